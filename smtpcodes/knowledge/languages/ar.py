"""Arabic (ar): wordings of SMTP errors that mail clients, mail libraries and servers show in
Arabic. Sources: Thunderbird's, Roundcube's and PHPMailer's Arabic SMTP error strings, Evolution's
translated RFC 5321 reply texts (GNOME/evolution-data-server po/ar.po), and Microsoft 365's Arabic
help title of the 5.1.90 NDR.
Also: Zimbra's web-client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo),
Mailman 2's list refusals.
Also: Sympa's delivery status notifications (sympa-community/sympa po/sympa/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

LANGUAGE = Language(
    code="ar",
    name="Arabic",
    phrases=(
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("ar.tls-required-glib-networking", C.TLS_REQUIRED, (
            "يتطلب الخادوم شهادة tls", "شهادة tls غير مقبولة", "تعذَّر إنشاء اتصال tls",
            "أخفق الندّ في إجراء إتصال tls", "أُغلق اتصال tls", "لم يرسل ندّ اتصال tls أي شهادة",
            "تنبيه tls قاتلًا", "خطأ أثناء إقامة اتصال tls", "سلطة إصدار شهادات tls غير مقبولة",
        ), "GNOME/glib-networking:po/ar.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("ar.network-error-glib-networking", C.NETWORK_ERROR, (
            "انتهت مهلة الدخل", "الاتصال معطوب",
        ), "GNOME/glib-networking:po/ar.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("ar.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "تعذر إيجاد خادوم",
        ), ("thunderbird/thunderbird-l10n:ar/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's IMAP errors (imapMsgs.properties): no connection to the mail server, the
        # server disconnected.
        Phrases("ar.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "تعذّر الاتصال بخادوم البريد", "انفصل الخادوم",
        ), "thunderbird/thunderbird-l10n:ar/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an authentication failure, encrypted
        # or plain-text passwords not supported (POP3 alike).
        Phrases("ar.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "فشل الاستيثاق", "يدعم كلمات السر المعمّاة", "لا يسمح بكلمات السر غير المعمّاة",
        ), "thunderbird/thunderbird-l10n:ar/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("ar.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "لم ينجح إرسال كلمة سر",
        ), "thunderbird/thunderbird-l10n:ar/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("ar.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "تعذر إنشاء اتصال tls",
        ), "thunderbird/thunderbird-l10n:ar/mail/chrome/messenger/localMsgs.properties"),
        # The page's Arabic note on a failed connection: the connection was refused.
        Phrases("ar.network-error-refused", C.NETWORK_ERROR, (
            "تم رفض الاتصال",
        ), "https://infotechhunter.com/pii_email_2d113871790217b2253f-email-error-solves-easily/"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("ar.tls-required-k9-check", C.TLS_REQUIRED, (
            "شهادة ssl غير صالحة",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ar/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("ar.network-error-k9-check", C.NETWORK_ERROR, (
            "لا يمكن الاتصال بالسيرفر",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ar/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("ar.auth-failed-k9-check", C.AUTH_FAILED, (
            "إسم المستخدم أو كلمة السر خاطئة",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ar/strings.xml"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("ar.tls-required-weak-k9", C.TLS_REQUIRED, (
            "خطأ في الشهادة",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-ar/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("ar.network-error-weak-k9", C.NETWORK_ERROR, (
            "خطأ في الإتصال",
            "خطأ في الشبكة",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-ar/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-ar/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-ar/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("ar.auth-failed-weak-k9", C.AUTH_FAILED, (
            "فشل المصادقة",
            "فشل مصادقة",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-ar/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-ar/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("ar.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "عدد كبير جدًا من الاتصالات النشطة",
        ), "Foundry376/Mailspring:app/lang/ar.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("ar.spam-content-mailspring", C.SPAM_CONTENT, (
            "مرشح البريد العشوائي الصادر",
        ), "Foundry376/Mailspring:app/lang/ar.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("ar.relay-denied-mailspring", C.RELAY_DENIED, (
            "لن يقوم خادم smtp بنقل رسالة",
        ), "Foundry376/Mailspring:app/lang/ar.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("ar.rate-limited-mailspring", C.RATE_LIMITED, (
            "لقد تجاوزت حد الإرسال اليومي",
            "عرض النطاق الترددي في gmail تجاوزت",
        ), "Foundry376/Mailspring:app/lang/ar.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("ar.network-error-mailspring", C.NETWORK_ERROR, (
            "غير قادر على الاتصال بالخادم",
        ), "Foundry376/Mailspring:app/lang/ar.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("ar.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "على مرفق غير قانوني",
        ), "Foundry376/Mailspring:app/lang/ar.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("ar.auth-failed-mailspring", C.AUTH_FAILED, (
            "خطأ في المصادقة",
            "لا يدعم خادم smtp مصادقة",
        ), "Foundry376/Mailspring:app/lang/ar.json"),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("ar.network-error-snappymail", C.NETWORK_ERROR, (
            "لايمكن الإتصال بالمخدم",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/ar/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("ar.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "خطأ في كلمة السر",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/ar/user.json", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("ar.auth-required-kmail", C.AUTH_REQUIRED, (
            "تحتاج إلى اسم مستخدم وكلمة سر",
        ), "KDE/kmailtransport:po/ar/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("ar.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "لا يدعم الاستيثاق",
        ), "KDE/kmailtransport:po/ar/libmailtransport6.po"),
        Phrases("ar.network-error-thunderbird", C.NETWORK_ERROR, (
            "بسبب فشل الاتصال بخادوم الصادر", "لفقد الاتصال مع خادوم الصادر",
            "لانتهاء مهلة الاتصال مع خادوم الصادر", "قد يكون الخادوم معدًا بشكل مغلوط",
        ), (
            "thunderbird/thunderbird-l10n:ar/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("ar.network-error-roundcube", C.NETWORK_ERROR, (
            "تعذر الاتصال بالخادم",
        ), "roundcube/roundcubemail:program/localization/ar_SA/messages.inc"),
        Phrases("ar.network-error-phpmailer", C.NETWORK_ERROR, (
            "لا يمكن الاتصال بالخادم",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ar.php"),
        Phrases("ar.auth-failed-thunderbird", C.AUTH_FAILED, (
            "تعذر استيثاق خادوم الصادر", "طريقة الاستيثاق المحددة",
        ), (
            "thunderbird/thunderbird-l10n:ar/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("ar.auth-failed-roundcube", C.AUTH_FAILED, (
            "تعذر التحقق من هويتك",
        ), "roundcube/roundcubemail:program/localization/ar_SA/messages.inc"),
        Phrases("ar.auth-failed-phpmailer", C.AUTH_FAILED, (
            "لا يمكن تأكيد الهوية",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ar.php"),
        Phrases("ar.auth-failed-evolution", C.AUTH_FAILED, (
            "فشل مؤقّت في التّوثّق", "آليّة التّوثّق ضعيفة",
        ), "GNOME/evolution-data-server:po/ar.po"),
        Phrases("ar.auth-required-evolution", C.AUTH_REQUIRED, (
            "مطلوبٌ التّوثيق",
        ), "GNOME/evolution-data-server:po/ar.po"),
        Phrases("ar.mailbox-full-evolution", C.MAILBOX_FULL, (
            "تجاوز مخصّصات مساحة التّخزين",
        ), "GNOME/evolution-data-server:po/ar.po"),
        Phrases("ar.system-full-evolution", C.SYSTEM_FULL, (
            "مساحة التّخزين على النّظام غير كافية",
        ), "GNOME/evolution-data-server:po/ar.po"),
        Phrases("ar.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "يتجاوز حد الحجم العمومي للخادوم",
        ), (
            "thunderbird/thunderbird-l10n:ar/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("ar.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "حجم الرسالة يتجاوز حد الخادم",
        ), "roundcube/roundcubemail:program/localization/ar_SA/messages.inc"),
        Phrases("ar.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "لا يدعم الخادم unicode في عنوان البريد",
        ), "roundcube/roundcubemail:program/localization/ar_SA/messages.inc"),
        Phrases("ar.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "خطأ على مستوى عنوان المرسل",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ar.php"),
        Phrases("ar.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "الحد اليومي لمستلمي الرسائل",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.ar-SA:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        Phrases("ar.user-unknown-evolution", C.USER_UNKNOWN, (
            "صندوق البريد غير متوفّر", "اسم صندوق البريد غير مسموح به",
        ), "GNOME/evolution-data-server:po/ar.po", decisive=False),
        Phrases("ar.has-moved-evolution", C.HAS_MOVED, (
            "المستخدم ليس محلّيًّا",
        ), "GNOME/evolution-data-server:po/ar.po"),
        Phrases("ar.syntax-error-evolution", C.SYNTAX_ERROR, (
            "خطأ صياغي",
        ), "GNOME/evolution-data-server:po/ar.po", decisive=False),
        Phrases("ar.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "الأمر غير مدمج",
        ), "GNOME/evolution-data-server:po/ar.po", decisive=False),
        Phrases("ar.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "الخدمة غير متوفّرة",
        ), "GNOME/evolution-data-server:po/ar.po", decisive=False),
        Phrases("ar.server-error-evolution", C.SERVER_ERROR, (
            "خطأ في المعالجة",
        ), "GNOME/evolution-data-server:po/ar.po", decisive=False),
        Phrases("ar.tls-required-evolution", C.TLS_REQUIRED, (
            "التشفير مطلوب لآليّة التّوثيق المطلوبة",
        ), "GNOME/evolution-data-server:po/ar.po"),
        Phrases("ar.user-unknown-zimbra", C.USER_UNKNOWN, (
            "لا يوجد مثل هذا الحساب",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ar.properties"),
        Phrases("ar.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "تجاوزت الحد الأقصى للحجم المسموح به",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ar.properties"),
        Phrases("ar.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "الخدمة غير متاحة مؤقتًا",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ar.properties", decisive=False),
        Phrases("ar.network-error-zimbra", C.NETWORK_ERROR, (
            "يوجد العديد من النقلات بين الملقمات",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ar.properties"),
        Phrases("ar.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "نص الرسالة كبير جداً", "رسالتك كانت كبيرة جداً",
        ), "jaredmauch/mailman2-python3:messages/ar/LC_MESSAGES/mailman.po"),
        Phrases("ar.too-many-recipients-mailman", C.RATE_LIMITED, (
            "عدد كبير من المستقبلين",
        ), "jaredmauch/mailman2-python3:messages/ar/LC_MESSAGES/mailman.po"),
        Phrases("ar.sender-rejected-mailman", C.SENDER_REJECTED, (
            "أنت ممنوع من إرسال الرسائل", "غير عضو إلى قائمة للأعضاء فقط",
            "غير الأعضاء غير مسموح لهم",
        ), "jaredmauch/mailman2-python3:messages/ar/LC_MESSAGES/mailman.po"),
        Phrases("ar.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "تعذر تحديد المرسل",
        ), "roundcube/roundcubemail:program/localization/ar_SA/messages.inc", decisive=False),
        Phrases("ar.user-unknown-sogo", C.USER_UNKNOWN, (
            "جميع العناوين خاطئة", "العناوين التالية غير صالحة",
        ), "Alinto/sogo:UI/MailerUI/Arabic.lproj/Localizable.strings"),
        Phrases("ar.network-error-sogo", C.NETWORK_ERROR, (
            "خطأ عند الاتصال إلى خادم",
        ), "Alinto/sogo:UI/MailerUI/Arabic.lproj/Localizable.strings"),
        Phrases("ar.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "بسبب عنوان (عناوين) غير صالح",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ar.properties", decisive=False),
        Phrases("ar.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "تذكرة kerberos/gssapi",
        ), (
            "thunderbird/thunderbird-l10n:ar/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("ar.content-rejected-mailman", C.CONTENT_REJECTED, (
            "نوع محتويات الرسالة", "لاحقة ملف الرسالة", "صارت الرسالة فارغة",
        ), "jaredmauch/mailman2-python3:messages/ar/LC_MESSAGES/mailman.po"),
        Phrases("ar.auth-failed-evolution-response", C.AUTH_FAILED, (
            "إستجابة توثيق رديئة من الخادوم",
        ), "GNOME/evolution-data-server:po/ar.po"),
        Phrases("ar.sender-rejected-evolution", C.SENDER_REJECTED, (
            "عنوان المرسِل ليس سليمًا",
        ), "GNOME/evolution-data-server:po/ar.po", decisive=False),
        # Sympa's delivery status notification for a list that does not exist (its subject, "List
        # unknown").
        Phrases("ar.user-unknown-sympa", C.USER_UNKNOWN, (
            "قائمة غير معروفه",
        ), "sympa-community/sympa:po/sympa/ar.po"),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("ar.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "تحقق من مستلم الرسالة",
        ), (
            "thunderbird/thunderbird-l10n:ar/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("ar.user-unknown-roundcube", C.USER_UNKNOWN, (
            "تعذرت إضافة المستلم",
        ), "roundcube/roundcubemail:program/localization/ar_SA/messages.inc", decisive=False),
        # Roundcube's refusal of a message over its recipient limit (toomanyrecipients).
        Phrases("ar.too-many-recipients-roundcube", C.RATE_LIMITED, (
            "عدد المرسل إليهم كبير",
        ), "roundcube/roundcubemail:program/localization/ar_SA/messages.inc"),
        # Thunderbird's note when the server refuses the sender (MAIL FROM): check your address.
        Phrases("ar.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "تأكد من أن عنوان بريدك صحيح",
        ), (
            "thunderbird/thunderbird-l10n:ar/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("ar.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "الأخطاء التالية فشل في الارسال لكل من",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ar.php", decisive=False),
        # PHPMailer's Arabic SMTP connect() failure.
        Phrases("ar.network-error-phpmailer-connect", C.NETWORK_ERROR, (
            "smtp connect() غير ممكن",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ar.php"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("ar.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "السبب التالي لرفض طلبك",
        ), "jaredmauch/mailman2-python3:templates/ar/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("ar.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "إلى أن يقوم منظم القائمة",
        ), "jaredmauch/mailman2-python3:templates/ar/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("ar.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "ترويسة مشكوك", "قائمة إخبارية منظمة", "النسخ العمياء",
            "اعتبرت رسالتك غير مناسبة",
            "أرسل إلى قائمة منظمة",
            "الرسالة لها جهة غير صريحة",
            "قائمة مقيدة حسب المرسل",
            "قد تحوي على تعليمات إدارية",
            "تعليق الطوارئ يعمل",
            "بسبب تطابق قاعدة مصفي",
        ), "jaredmauch/mailman2-python3:messages/ar/LC_MESSAGES/mailman.po"),
        # Joomla 3's Arabic PHPMailer strings (PHPMAILER_*)
        Phrases("ar.auth-failed-joomla3", C.AUTH_FAILED, (
            "لا يمكن المصادقة",
        ), "cuongnd/banhangonline88_joomla:language/ar-AA/ar-AA.ini"),
        # Joomla 3's Arabic PHPMailer strings (PHPMAILER_*)
        Phrases("ar.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "فشل في معالجة عنوان المرسل التالي",
        ), "cuongnd/banhangonline88_joomla:language/ar-AA/ar-AA.ini"),
        # Joomla 3's Arabic PHPMailer strings (PHPMAILER_*)
        Phrases("ar.user-unknown-joomla3", C.USER_UNKNOWN, (
            "فشل في معالجة عناوين مستلمي البريد التالين",
        ), "cuongnd/banhangonline88_joomla:language/ar-AA/ar-AA.ini", decisive=False),
        # Joomla 3's Arabic PHPMailer strings (PHPMAILER_*)
        Phrases("ar.network-error-joomla3", C.NETWORK_ERROR, (
            "لايمكن الإتصال مع smtp", "سقوط في سيرفر الـ smtp",
        ), "cuongnd/banhangonline88_joomla:language/ar-AA/ar-AA.ini"),
        # Joomla 3's Arabic PHPMailer strings (PHPMAILER_*)
        Phrases("ar.tls-required-joomla3", C.TLS_REQUIRED, (
            "لايمكن البدء بالاتصال عبر tls",
        ), "cuongnd/banhangonline88_joomla:language/ar-AA/ar-AA.ini"),
        # InfoTechHunter's Arabic guide to e-mail error messages, grouped as user, domain and
        # anti-spam errors: "صندوق البريد ممتلئ" (mailbox full), "الرسالة تتجاوز الحد الأقصى
        # للحجم" (message over the size limit), "مستخدم غير معروف" (unknown user), "لم يتم العثور
        # على النطاق" (domain not found), "تم رفض عنوان المرسل" (sender address rejected).
        Phrases("ar.mailbox-full-infotechhunter", C.MAILBOX_FULL, ("صندوق البريد ممتلئ",),
                "https://infotechhunter.com/pii_email_2d113871790217b2253f-email-error-solves-easily/"),
        Phrases("ar.message-too-large-infotechhunter", C.MESSAGE_TOO_LARGE, ("تتجاوز الحد الأقصى للحجم",),
                "https://infotechhunter.com/pii_email_2d113871790217b2253f-email-error-solves-easily/"),
        Phrases("ar.user-unknown-infotechhunter", C.USER_UNKNOWN, ("مستخدم غير معروف",),
                "https://infotechhunter.com/pii_email_2d113871790217b2253f-email-error-solves-easily/"),
        Phrases("ar.host-unknown-infotechhunter", C.HOST_UNKNOWN, ("لم يتم العثور على النطاق",),
                "https://infotechhunter.com/pii_email_2d113871790217b2253f-email-error-solves-easily/"),
        Phrases("ar.sender-rejected-infotechhunter", C.SENDER_REJECTED, ("تم رفض عنوان المرسل",),
                "https://infotechhunter.com/pii_email_2d113871790217b2253f-email-error-solves-easily/"),
        # Microsoft's Arabic help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("ar.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "حد البريد الإلكتروني اليومي",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ar-SA:AlchemyInsights/daily-email-limit-exceeded.md"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("ar.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "قبل إرسال هذه الرسالة",
        ), "roundcube/roundcubemail:program/localization/ar/messages.inc"),
        # Microsoft's help title for Exchange Online's 4.5.3 'Too many recipients (AS780090)' (the message over the per-message recipient limit).
        Phrases("ar.too-many-recipients-exchange", C.RATE_LIMITED, (
            "عدد كبير جدا من المستلمين",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ar-SA:AlchemyInsights/antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("ar.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "الحد الأقصى لعتبة التسليم",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ar-SA:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("ar.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "حد سعر المستلم",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ar-SA:AlchemyInsights/need-help-with-email-sending-limits.md"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("ar.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("الاتصال بالخادوم",),
            ("فشل", "انتهت مهلة", "صُفّر", "قوطِع"),
        ), "thunderbird/thunderbird-l10n:ar/mail/chrome/messenger/messenger.properties", window=40),
    ),
)
