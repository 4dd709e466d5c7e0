"""Persian (fa): wordings of SMTP errors that mail clients, mail libraries and servers show in
Persian. Sources: Roundcube's and PHPMailer's Persian SMTP error strings and Evolution's translated
RFC 5321 reply texts (GNOME/evolution-data-server po/fa.po).
Also: Mailman 2's list refusals, Roundcube's sender refusal.
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="fa",
    name="Persian",
    phrases=(
        # Mailman 2's hold and refusal reasons in this language's catalogue.
        Phrases("fa.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "فهرست میان‌داری شده", "مقصد این پیام آشکار نیست", "سربرگ این پیام مشکوک", "نامناسب برشمرده", "سربرگ پیام شما مشکوک", "گروه خبری میان‌داری شده", "مطابقت با قواعد پالایش", "نیاز به تایید دارد",
        ), "jaredmauch/mailman2-python3:messages/fa/LC_MESSAGES/mailman.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("fa.tls-required-glib-networking", C.TLS_REQUIRED, (
            "نیاز به گواهینامهٔ tls دارد", "گواهینامه tls غیر قابل پذیرش",
            "نمی‌توان اتصال tls ایجاد کرد", "دست دادن tls شکست خورد",
            "اتصال tls بطور غیر منتظره‌ای شکست خورد", "گواهینامه‌ای ارسال نکرد", "هشدارِ جدی tls",
            "مرجع گواهینامهٔ tls غیر قابل پذیرش",
        ), "GNOME/glib-networking:po/fa.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("fa.network-error-glib-networking", C.NETWORK_ERROR, (
            "مهلت سوکت ورودی و خروجی به سر رسید", "اتّصال خراب است",
        ), "GNOME/glib-networking:po/fa.po"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("fa.tls-required-k9-check", C.TLS_REQUIRED, (
            "گواهی ssl نامعتبر",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-fa/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("fa.network-error-k9-check", C.NETWORK_ERROR, (
            "اتصال به کارساز ناموفق بود",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-fa/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("fa.auth-failed-k9-check", C.AUTH_FAILED, (
            "نام کاربری یا گذرواژه اشتباه است",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-fa/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("fa.tls-required-geary-po", C.TLS_REQUIRED, (
            "گواهی این کارساز",
            "هویت این کارساز با هویت گواهی",
        ), "GNOME/geary:po/fa.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("fa.network-error-geary-po", C.NETWORK_ERROR, (
            "نتوانست وصل شود",
        ), "GNOME/geary:po/fa.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("fa.auth-failed-geary-po", C.AUTH_FAILED, (
            "گزارش ورود یا گذرواژهٔ نادرست",
            "نشانی رایانامه و گذرواژه\u200cتان",
            "ورود و گذرواژهٔ",
        ), "GNOME/geary:po/fa.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("fa.tls-required-weak-k9", C.TLS_REQUIRED, (
            "خطای گواهی",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-fa/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("fa.network-error-weak-k9", C.NETWORK_ERROR, (
            "خطای اتصال",
            "خطای شبکه",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-fa/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-fa/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-fa/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("fa.auth-failed-weak-k9", C.AUTH_FAILED, (
            "خطای احراز هویت",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-fa/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-fa/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("fa.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "ارتباطات فعال زیادی",
        ), "Foundry376/Mailspring:app/lang/fa.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("fa.spam-content-mailspring", C.SPAM_CONTENT, (
            "فیلتر هرزنامه یابی یاهو",
        ), "Foundry376/Mailspring:app/lang/fa.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("fa.relay-denied-mailspring", C.RELAY_DENIED, (
            "یک پیام را رله نخواهد کرد",
        ), "Foundry376/Mailspring:app/lang/fa.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("fa.rate-limited-mailspring", C.RATE_LIMITED, (
            "پهنای باند gmail بیش از حد است",
            "از حد مجاز روزانه خود فراتر رفته",
        ), "Foundry376/Mailspring:app/lang/fa.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("fa.network-error-mailspring", C.NETWORK_ERROR, (
            "اتصال به سرور / پورت ارائه شده امکان پذیر نیست",
        ), "Foundry376/Mailspring:app/lang/fa.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("fa.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "حاوی یک پیوست غیر قانونی",
        ), "Foundry376/Mailspring:app/lang/fa.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("fa.auth-failed-mailspring", C.AUTH_FAILED, (
            "خطای تایید - نام کاربری و رمز عبور",
        ), "Foundry376/Mailspring:app/lang/fa.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("fa.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "گیرنده نامعتبر",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/fa/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("fa.network-error-snappymail", C.NETWORK_ERROR, (
            "عدم اتصال به سرور",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/fa/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("fa.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "احراز هویت با موفقیت همراه نبود",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/fa/user.json", decisive=False),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("fa.network-error-deltachat", C.NETWORK_ERROR, (
            "بدون اتصال اینترنت",
        ), "deltachat/deltachat-android:src/main/res/values-fa/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("fa.auth-failed-deltachat", C.AUTH_FAILED, (
            "درستی نشانی رایانامه و گذرواژه",
        ), "deltachat/deltachat-android:src/main/res/values-fa/strings.xml"),
        Phrases("fa.network-error-roundcube", C.NETWORK_ERROR, (
            "اتصال به سرور ناموفق بود",
        ), "roundcube/roundcubemail:program/localization/fa_IR/messages.inc"),
        Phrases("fa.network-error-phpmailer", C.NETWORK_ERROR, (
            "اتصال به سرور smtp برقرار نشد", "خطا در اتصال به smtp",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-fa.php"),
        Phrases("fa.auth-failed-roundcube", C.AUTH_FAILED, (
            "تصدیق هویت ناموفق بود",
        ), "roundcube/roundcubemail:program/localization/fa_IR/messages.inc"),
        Phrases("fa.auth-failed-phpmailer", C.AUTH_FAILED, (
            "احراز هویت با شکست مواجه شد",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-fa.php"),
        Phrases("fa.auth-failed-evolution", C.AUTH_FAILED, (
            "شکست در تأیید هویت موقت", "سازوکار تأیید هویت ضعیف است",
        ), "GNOME/evolution-data-server:po/fa.po"),
        Phrases("fa.auth-required-evolution", C.AUTH_REQUIRED, (
            "تأیید هویت لازم است",
        ), "GNOME/evolution-data-server:po/fa.po"),
        Phrases("fa.mailbox-full-evolution", C.MAILBOX_FULL, (
            "تجاوز از حافظهٔ تخصیص یافته",
        ), "GNOME/evolution-data-server:po/fa.po"),
        Phrases("fa.system-full-evolution", C.SYSTEM_FULL, (
            "حافظهٔ سیستم کافی نیست",
        ), "GNOME/evolution-data-server:po/fa.po"),
        Phrases("fa.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "آدرس فرستنده اشتباه است",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-fa.php"),
        Phrases("fa.user-unknown-evolution", C.USER_UNKNOWN, (
            "صندوق نامه ناموجود", "جعبه نامه قابل دسترسی نیست", "نام نامه‌دان مجاز نیست",
        ), "GNOME/evolution-data-server:po/fa.po", decisive=False),
        Phrases("fa.has-moved-evolution", C.HAS_MOVED, (
            "کاربر محلی نیست",
        ), "GNOME/evolution-data-server:po/fa.po"),
        Phrases("fa.syntax-error-evolution", C.SYNTAX_ERROR, (
            "خطای نحوی",
        ), "GNOME/evolution-data-server:po/fa.po", decisive=False),
        Phrases("fa.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "فرمان پیاده‌سازی نشده است", "پارامتر فرمان پیاده سازی نشده است",
        ), "GNOME/evolution-data-server:po/fa.po", decisive=False),
        Phrases("fa.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "سرویس موجود نیست",
        ), "GNOME/evolution-data-server:po/fa.po", decisive=False),
        Phrases("fa.server-error-evolution", C.SERVER_ERROR, (
            "خطا در حال پردازش است",
        ), "GNOME/evolution-data-server:po/fa.po", decisive=False),
        Phrases("fa.tls-required-evolution", C.TLS_REQUIRED, (
            "برای سازوکار تأیید هویت خواسته شده رمزنگاری لازم است",
        ), "GNOME/evolution-data-server:po/fa.po"),
        Phrases("fa.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "بیش از حد بزرگ",
        ), "jaredmauch/mailman2-python3:messages/fa/LC_MESSAGES/mailman.po"),
        Phrases("fa.sender-rejected-mailman", C.SENDER_REJECTED, (
            "از فرستادن پیام به این فهرست، منع شده", "فرستادن توسط غیرعضو", "کسی غیر از اعضا",
        ), "jaredmauch/mailman2-python3:messages/fa/LC_MESSAGES/mailman.po"),
        Phrases("fa.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "ناموفق در تنظیم فرستنده",
        ), "roundcube/roundcubemail:program/localization/fa_IR/messages.inc", decisive=False),
        Phrases("fa.content-rejected-mailman", C.CONTENT_REJECTED, (
            "نوع محتوای این پیام", "پسوند پرونده", "این پیام خالی ماند",
        ), "jaredmauch/mailman2-python3:messages/fa/LC_MESSAGES/mailman.po"),
        Phrases("fa.auth-failed-evolution-response", C.AUTH_FAILED, (
            "پاسخ تأیید هویت نامناسب از کارساز",
        ), "GNOME/evolution-data-server:po/fa.po"),
        Phrases("fa.sender-rejected-evolution", C.SENDER_REJECTED, (
            "نشانی فرستنده معتبر نیست",
        ), "GNOME/evolution-data-server:po/fa.po", decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("fa.user-unknown-roundcube", C.USER_UNKNOWN, (
            "نام موفق در افزودن گیرنده",
        ), "roundcube/roundcubemail:program/localization/fa_IR/messages.inc", decisive=False),
        # Roundcube's refusal of a message over its recipient limit (toomanyrecipients).
        Phrases("fa.too-many-recipients-roundcube", C.RATE_LIMITED, (
            "گیرنده‌های بیش از اندازه",
        ), "roundcube/roundcubemail:program/localization/fa_IR/messages.inc"),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("fa.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "ارسال به آدرس گیرنده با خطا مواجه شد",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-fa.php", decisive=False),
        # Mailman 2's hold reason for a post with too many recipients.
        Phrases("fa.too-many-recipients-mailman", C.RATE_LIMITED, (
            "تعداد دریافت‌کنندگان این پیام، بیش از حد است",
        ), "jaredmauch/mailman2-python3:messages/fa/LC_MESSAGES/mailman.po"),
        # SquirrelMail's fa_IR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fa.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "سرویس در دسترس نیست",
        ), "sitle/squirrelmail-src:locales/locale/fa_IR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fa_IR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fa.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "تغییر گذرواژه لازم است",
            "خرابی موقت سیستم احراز هویت",
            "مکانیزم احراز هویت خیلی ضعیف است",
        ), "sitle/squirrelmail-src:locales/locale/fa_IR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fa_IR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fa.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "صندوق پستی در دسترس نیست",
            "این نام برای صندوق پستی مجاز نیست",
        ), "sitle/squirrelmail-src:locales/locale/fa_IR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fa_IR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fa.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "خطا در پردازش",
            "تراکنش ناموفق",
        ), "sitle/squirrelmail-src:locales/locale/fa_IR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fa_IR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fa.system-full-squirrelmail", C.SYSTEM_FULL, (
            "فضای خالی سیستم کافی نیست",
        ), "sitle/squirrelmail-src:locales/locale/fa_IR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fa_IR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fa.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "دستور شناخته نشد",
            "خطای دستوری در پارامترها",
        ), "sitle/squirrelmail-src:locales/locale/fa_IR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fa_IR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fa.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "این دستور پیاده",
        ), "sitle/squirrelmail-src:locales/locale/fa_IR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fa_IR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fa.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "ترتیب نادرستی از دستورات",
        ), "sitle/squirrelmail-src:locales/locale/fa_IR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fa_IR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fa.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "احراز هویت لازم است",
        ), "sitle/squirrelmail-src:locales/locale/fa_IR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fa_IR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fa.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "احراز هویت ناموفق",
        ), "sitle/squirrelmail-src:locales/locale/fa_IR/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's fa_IR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fa.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "رمزگذاری مورد نیاز است",
        ), "sitle/squirrelmail-src:locales/locale/fa_IR/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's fa_IR translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("fa.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "فضای اختصاصی شما پر شده است",
        ), "sitle/squirrelmail-src:locales/locale/fa_IR/LC_MESSAGES/squirrelmail.po"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("fa.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "میاندار، دلیل زیر را برای",
        ), "jaredmauch/mailman2-python3:templates/fa/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("fa.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "تا زمانی که میاندار فهرست",
        ), "jaredmauch/mailman2-python3:templates/fa/postheld.txt"),
        # Joomla 3's Persian PHPMailer strings (PHPMAILER_*)
        Phrases("fa.tls-required-joomla3", C.TLS_REQUIRED, (
            "امکان شروع tls ممکن نیست",
        ), "cuongnd/banhangonline88_joomla:language/fa-IR/fa-IR.ini"),
        # Joomla 3's Persian PHPMailer strings (PHPMAILER_*)
        Phrases("fa.network-error-joomla3", C.NETWORK_ERROR, (
            "اتصال smtp با مشکل مواجه شد", "نمی توان به هاست smtp وصل شد",
        ), "cuongnd/banhangonline88_joomla:language/fa-IR/fa-IR.ini"),
        # Joomla 3's Persian PHPMailer strings (PHPMAILER_*)
        Phrases("fa.auth-failed-joomla3", C.AUTH_FAILED, (
            "امکان معتبر کردن نیست",
        ), "cuongnd/banhangonline88_joomla:language/fa-IR/fa-IR.ini"),
        # Joomla 3's Persian PHPMailer strings (PHPMAILER_*)
        Phrases("fa.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "رهگیری از این آدرس با شکست مواجه شد",
        ), "cuongnd/banhangonline88_joomla:language/fa-IR/fa-IR.ini"),
        # Joomla 3's Persian PHPMailer strings (PHPMAILER_*)
        Phrases("fa.user-unknown-joomla3", C.USER_UNKNOWN, (
            "دریافت کننده عنوان شده موجود نیست",
        ), "cuongnd/banhangonline88_joomla:language/fa-IR/fa-IR.ini", decisive=False),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("fa.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "قبل از ارسال این پیام",
        ), "roundcube/roundcubemail:program/localization/fa_IR/messages.inc"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): the SMTP server is not reachable; the SMTP connection failed.
        Phrases("fa.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "سرور smtp قابل دسترسی نیست",
            "اتصال smtp ناموفق بود",
        ), "nextcloud/mail:l10n/fa.json"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): wrong SMTP user name or password; the server denied authentication; SMTP authentication error.
        Phrases("fa.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "نام کاربری یا رمز عبور smtp اشتباه است",
            "احراز هویت را رد کرد",
        ), "nextcloud/mail:l10n/fa.json"),
    ),
)
