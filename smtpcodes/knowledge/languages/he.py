"""Hebrew (he): wordings of SMTP errors that mail clients, mail libraries and servers show in
Hebrew. Sources: Thunderbird's, Roundcube's and PHPMailer's Hebrew SMTP error strings, Evolution's
translated RFC 5321 reply texts (GNOME/evolution-data-server po/he.po), and Microsoft 365's Hebrew
help title of the 5.1.90 NDR. Hebrew letters are not ASCII word characters, so a phrase matches
after a prefix letter too.
Also: Zimbra's web-client errors (Zimbra/zm-ajax ZMsg_iw), SOGo's send errors
(Alinto/sogo), Mailman 2's list refusals, Roundcube's sender refusal.
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

LANGUAGE = Language(
    code="he",
    name="Hebrew",
    phrases=(
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("he.tls-required-glib-networking", C.TLS_REQUIRED, (
            "השרת דורש תעודת tls", "אישור ה־tls אינו מקובל", "לא ניתן ליצור חיבור tls",
            "לחיצת היד מסוג tls", "החיבור ל־tls נסגר באופן בלתי צפוי", "לא החזיר תעודה",
            "התראה על tls קטלני", "רשות האישורים ב־tls אינה מקובלת",
        ), "GNOME/glib-networking:po/he.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("he.network-error-glib-networking", C.NETWORK_ERROR, (
            "אזל הזמן שהוקצב לקריאה/כתיבה לשקע", "החיבור פגום",
        ), "GNOME/glib-networking:po/he.po"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("he.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "הכניסה נכשלה",
        ), "KDE/kimap:po/he/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("he.tls-required-kimap", C.TLS_REQUIRED, (
            "משא ומתן על tls נכשל", "לחיצת יד ה־ssl נכשלה",
        ), "KDE/kimap:po/he/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("he.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "לא ניתן למצוא שרת",
        ), ("thunderbird/thunderbird-l10n:he/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's connection errors (messenger.properties): the connection refused or
        # timed out.
        Phrases("he.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "התקבל סירוב לבקשת החיבור", "זמן ההמתנה לחיבור",
        ), "thunderbird/thunderbird-l10n:he/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection refused.
        Phrases("he.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "החיבור נתקל בסירוב",
        ), "thunderbird/thunderbird-l10n:he/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): encrypted passwords or the method not
        # supported (POP3 alike).
        Phrases("he.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "אינו תומך בססמאות מוצפנות", "אינו תומך בשיטת האימות",
        ), "thunderbird/thunderbird-l10n:he/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("he.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "שליחת הססמה",
        ), "thunderbird/thunderbird-l10n:he/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("he.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "לא ניתן להקים חיבור tls",
        ), "thunderbird/thunderbird-l10n:he/mail/chrome/messenger/localMsgs.properties"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("he.tls-required-geary-po", C.TLS_REQUIRED, (
            "תעודת השרת",
            "מזהה השרת לא תואם",
        ), "GNOME/geary:po/he.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("he.network-error-geary-po", C.NETWORK_ERROR, (
            "לא ניתן להתחבר, יש לבדוק את הרשת",
        ), "GNOME/geary:po/he.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("he.auth-failed-geary-po", C.AUTH_FAILED, (
            "בדיקת כתובת הדוא״ל והססמה",
            "ההתחברות והססמה שלך",
            "התחברות או ססמה לא נכונה",
        ), "GNOME/geary:po/he.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("he.tls-required-weak-k9", C.TLS_REQUIRED, (
            "שגיאה בתעודה",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-iw/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("he.network-error-weak-k9", C.NETWORK_ERROR, (
            "שגיאת חיבור",
            "שגיאת רשת",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-iw/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-iw/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-iw/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("he.auth-failed-weak-k9", C.AUTH_FAILED, (
            "נכשל באימות",
            "שגיאת אימות",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-iw/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-iw/strings.xml", decisive=False),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("he.network-error-deltachat", C.NETWORK_ERROR, (
            "אין חיבור לאינטרנט",
        ), "deltachat/deltachat-android:src/main/res/values-he/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("he.auth-failed-deltachat", C.AUTH_FAILED, (
            "לא ניתן להתחבר כ",
        ), "deltachat/deltachat-android:src/main/res/values-he/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("he.auth-required-kmail", C.AUTH_REQUIRED, (
            "יש לספק שם משתמש וסיסמה",
        ), "KDE/kmailtransport:po/he/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("he.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "לא תומך באימות",
        ), "KDE/kmailtransport:po/he/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("he.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "גדולה ממגבלת השרת",
        ), "M66B/FairEmail:app/src/main/res/values-iw-rIL/strings.xml"),
        Phrases("he.network-error-thunderbird", C.NETWORK_ERROR, (
            "שהשרת אינו זמין או שמסרב לחיבורי", "נקטע במהלך ההעברה",
            "יכול להיות שהשרת אינו מוגדר כראוי",
        ), (
            "thunderbird/thunderbird-l10n:he/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("he.network-error-roundcube", C.NETWORK_ERROR, (
            "אבד הקשר לשרת",
        ), "roundcube/roundcubemail:program/localization/he_IL/messages.inc"),
        Phrases("he.network-error-phpmailer", C.NETWORK_ERROR, (
            "לא הצלחתי להתחבר לשרת",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-he.php"),
        Phrases("he.auth-failed-roundcube", C.AUTH_FAILED, (
            "ההזדהות נכשלה",
        ), "roundcube/roundcubemail:program/localization/he_IL/messages.inc"),
        Phrases("he.auth-failed-phpmailer", C.AUTH_FAILED, (
            "פעולת האימות נכשלה",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-he.php"),
        Phrases("he.auth-failed-evolution", C.AUTH_FAILED, (
            "כשל זמני באימות", "שיטת האימות חלשה",
        ), "GNOME/evolution-data-server:po/he.po"),
        Phrases("he.auth-required-evolution", C.AUTH_REQUIRED, (
            "נדרשת הזדהות",
        ), "GNOME/evolution-data-server:po/he.po"),
        Phrases("he.mailbox-full-evolution", C.MAILBOX_FULL, (
            "חריגה מהקצאת שטח האחסון",
        ), "GNOME/evolution-data-server:po/he.po"),
        Phrases("he.system-full-evolution", C.SYSTEM_FULL, (
            "אחסון המערכת אינו מספיק",
        ), "GNOME/evolution-data-server:po/he.po"),
        Phrases("he.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "חורג ממגבלת הגודל הגלובלית של השרת",
        ), (
            "thunderbird/thunderbird-l10n:he/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("he.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "גודל ההודעה עולה על הגודל המותר",
        ), "roundcube/roundcubemail:program/localization/he_IL/messages.inc"),
        Phrases("he.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "לא תומך כתובת דואר אלקטרוני מקודדת ביוניקוד",
        ), "roundcube/roundcubemail:program/localization/he_IL/messages.inc"),
        Phrases("he.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "מגבלת קצב הנמענים היומית",
            "הגעת למגבלה היומית שלך עבור נמעני",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.he-IL:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        Phrases("he.user-unknown-evolution", C.USER_UNKNOWN, (
            "תיבת הדואר אינה זמינה", "שם תיבת הדואר אינו מורשה",
        ), "GNOME/evolution-data-server:po/he.po", decisive=False),
        Phrases("he.has-moved-evolution", C.HAS_MOVED, (
            "המשתמש אינו מקומי",
        ), "GNOME/evolution-data-server:po/he.po"),
        Phrases("he.syntax-error-evolution", C.SYNTAX_ERROR, (
            "שגיאת תחביר",
        ), "GNOME/evolution-data-server:po/he.po", decisive=False),
        Phrases("he.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "הפקודה לא ממומשת", "פרמטר הפקודה לא הוטמע",
        ), "GNOME/evolution-data-server:po/he.po", decisive=False),
        Phrases("he.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "השירות אינו זמין",
        ), "GNOME/evolution-data-server:po/he.po", decisive=False),
        Phrases("he.server-error-evolution", C.SERVER_ERROR, (
            "שגיאה בעת העיבוד",
        ), "GNOME/evolution-data-server:po/he.po", decisive=False),
        Phrases("he.tls-required-evolution", C.TLS_REQUIRED, (
            "ההצפנה הנדרשת עבור מנגנון האימות המבוקש",
        ), "GNOME/evolution-data-server:po/he.po"),
        Phrases("he.user-unknown-zimbra", C.USER_UNKNOWN, (
            "חשבון זה לא קיים",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_iw.properties"),
        Phrases("he.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "חורגת מהגודל המרבי המותר",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_iw.properties"),
        Phrases("he.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "השירות לא זמין באופן זמני",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_iw.properties", decisive=False),
        Phrases("he.network-error-zimbra", C.NETWORK_ERROR, (
            "דילוגים רבים מדי בין שרתים",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_iw.properties"),
        Phrases("he.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "גוף ההודעה גדול מידי", "ההודעה שלך היתה גדולה מידי",
        ), "jaredmauch/mailman2-python3:messages/he/LC_MESSAGES/mailman.po"),
        Phrases("he.too-many-recipients-mailman", C.RATE_LIMITED, (
            "יותר מידי נמענים",
        ), "jaredmauch/mailman2-python3:messages/he/LC_MESSAGES/mailman.po"),
        Phrases("he.sender-rejected-mailman", C.SENDER_REJECTED, (
            "אתה חסום משילוח הודעות", "מי שאינו מנוי",
        ), "jaredmauch/mailman2-python3:messages/he/LC_MESSAGES/mailman.po"),
        Phrases("he.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "לא נרשמה כתובת השולח",
        ), "roundcube/roundcubemail:program/localization/he_IL/messages.inc", decisive=False),
        Phrases("he.user-unknown-sogo", C.USER_UNKNOWN, (
            "הנמענים לא תקינים", "הכתובות הבאות לא תקינות",
        ), "Alinto/sogo:UI/MailerUI/Hebrew.lproj/Localizable.strings"),
        Phrases("he.network-error-sogo", C.NETWORK_ERROR, (
            "שגיאה בהתחברות לשרת",
        ), "Alinto/sogo:UI/MailerUI/Hebrew.lproj/Localizable.strings"),
        Phrases("he.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "עקב כתובות לא-חוקיות",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_iw.properties", decisive=False),
        Phrases("he.content-rejected-mailman", C.CONTENT_REJECTED, (
            "סוג תוכן הודעה זו", "סיומת שם הקובץ של מסר זה", "המסר נותר ריק",
        ), "jaredmauch/mailman2-python3:messages/he/LC_MESSAGES/mailman.po"),
        Phrases("he.sender-rejected-evolution", C.SENDER_REJECTED, (
            "כתובת השולח אינה תקנית",
        ), "GNOME/evolution-data-server:po/he.po", decisive=False),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("he.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "נא לבדוק את כתובת נמען ההודעה",
        ), (
            "thunderbird/thunderbird-l10n:he/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("he.user-unknown-roundcube", C.USER_UNKNOWN, (
            "לא נרשמה כתובת המקבל",
        ), "roundcube/roundcubemail:program/localization/he_IL/messages.inc", decisive=False),
        # Roundcube's refusal of a message over its recipient limit (toomanyrecipients).
        Phrases("he.too-many-recipients-roundcube", C.RATE_LIMITED, (
            "יותר מדי נמענים",
        ), "roundcube/roundcubemail:program/localization/he_IL/messages.inc"),
        # Thunderbird's note that the server refuses its encrypted-password authentication (the
        # mechanism must change).
        Phrases("he.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "לא תומך בססמאות מוצפנות",
        ), (
            "thunderbird/thunderbird-l10n:he/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        )),
        # Thunderbird's note when the server refuses the sender (MAIL FROM): check your address.
        Phrases("he.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "נא לוודא שכתובת הדוא״ל בהגדרות החשבון שלך נכונה",
        ), (
            "thunderbird/thunderbird-l10n:he/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("he.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "הנמענים הבאים נכשלו",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-he.php", decisive=False),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("he.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "נדחתה על ידי מפקח הרשימה",
        ), "jaredmauch/mailman2-python3:templates/he/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("he.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "מוחזק עד שמנהל הרשימה",
        ), "jaredmauch/mailman2-python3:templates/he/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("he.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "כותרת חשודה", "העתקים מוסתרים",
            "נקבעה כלא הולמת על ידי המפקח",
            "מסר נשלח אל רשימה מפוקחת",
            "למסר יעד לא ברור",
            "אל רשימה מוגבלת חייבים אישור",
            "מכיל הוראות מנהלתיות",
            "החזקת חרום של כל תעבורת",
            "נדחה בגלל התאמה לחוק סינון",
        ), "jaredmauch/mailman2-python3:messages/he/LC_MESSAGES/mailman.po"),
        # Mailman 3's list:user:notice:hold and refuse templates: the post is held for the moderator, or
        # the moderator rejected it.
        Phrases("he.policy-violation-mailman3-notice", C.POLICY_VIOLATION, (
            "מעוכבת עד שגופי הפיקוח",
            "על ידי אחד ממפקחי הרשימה",
        ), (
            "osstech-jp/mailman:src/mailman/templates/he/list:user:notice:hold.txt; osstech-j"
            "p/mailman:src/mailman/templates/he/list:user:notice:refuse.txt"
        )),
        # Mailman 3's list:user:notice:rejected template: the post was rejected, its reasons listed after
        # (weak: a listed reason's own wording decides).
        Phrases("he.policy-violation-mailman3-reasons", C.POLICY_VIOLATION, (
            "נדחתה מהסיבות הבאות",
        ), "osstech-jp/mailman:src/mailman/templates/he/list:user:notice:rejected.txt", decisive=False),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("he.sender-rejected-mailman3-core", C.SENDER_REJECTED, (
            "ההודעה היא מחבר מחוץ לרשימה",
            "חסום מול הרשימה הזאת",
            "להודעה אין שולחים תקפים",
        ), "osstech-jp/mailman:src/mailman/messages/he/LC_MESSAGES/mailman.po"),
        # Mailman 3's moderation hold reasons (moderated member, implicit destination, emergency
        # moderation) and its notice that a post awaits the moderator's approval.
        Phrases("he.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "פקודות ניהוליות", "תואמת לכלל כותרת", "קבוצת חדשות מפוקחת",
            "ההודעה מגיעה מחבר בפיקוח",
            "להודעה יש יעד מרומז",
            "ממתינה לאישור הפיקוח",
            "מופעל פיקוח חירום",
        ), "osstech-jp/mailman:src/mailman/messages/he/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold reason: the post exceeds the list's maximum message size.
        Phrases("he.message-too-large-mailman3-core", C.MESSAGE_TOO_LARGE, (
            "גדולה מהמגבלה המרבית",
        ), "osstech-jp/mailman:src/mailman/messages/he/LC_MESSAGES/mailman.po"),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("he.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "סוג התוכן של ההודעה", "סיומת הקובץ שבהודעה",
            "להודעה אין נושא",
        ), "osstech-jp/mailman:src/mailman/messages/he/LC_MESSAGES/mailman.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("he.tls-required-sylpheed", C.TLS_REQUIRED, (
            "לא מסוגל להתחיל סשן tls",
        ), "sylpheed-mail/sylpheed:po/he.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("he.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth לא זמין", "אימות נכשל",
        ), "sylpheed-mail/sylpheed:po/he.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("he.network-error-sylpheed", C.NETWORK_ERROR, (
            "חיבור נסגר על ידי מארח מרוחק", "לא מסוגל לקשר אל שרת smtp",
        ), "sylpheed-mail/sylpheed:po/he.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("he.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "ההודעה הינה גדולה מדי",
        ), "eworm-de/claws-mail:po/he.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("he.tls-required-claws", C.TLS_REQUIRED, (
            "שגיאה בהתחלת חיבור tls",
            "לא היתה אפשרות להתחיל סשן tls",
        ), "eworm-de/claws-mail:po/he.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("he.auth-failed-claws", C.AUTH_FAILED, (
            "אין שיטת smtp auth זמינה",
        ), "eworm-de/claws-mail:po/he.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("he.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "אימות תעודת ssl נכשל",
        ), "sylpheed-mail/sylpheed:po/he.po"),
        # Joomla 3's Hebrew PHPMailer strings (PHPMAILER_*)
        Phrases("he.auth-failed-joomla3", C.AUTH_FAILED, (
            "לא ניתן לאמת",
        ), "cuongnd/banhangonline88_joomla:language/he-IL/he-IL.ini"),
        # Joomla 3's Hebrew PHPMailer strings (PHPMAILER_*)
        Phrases("he.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "נכשלה מכתובת הבאה",
        ), "cuongnd/banhangonline88_joomla:language/he-IL/he-IL.ini"),
        # Joomla 3's Hebrew PHPMailer strings (PHPMAILER_*)
        Phrases("he.user-unknown-joomla3", C.USER_UNKNOWN, (
            "מקבל זה נכשל",
        ), "cuongnd/banhangonline88_joomla:language/he-IL/he-IL.ini", decisive=False),
        # Joomla 3's Hebrew PHPMailer strings (PHPMAILER_*)
        Phrases("he.network-error-joomla3", C.NETWORK_ERROR, (
            "לא ניתן להתחבר לשרת smtp", "חיבור smtp נכשל",
        ), "cuongnd/banhangonline88_joomla:language/he-IL/he-IL.ini"),
        # Joomla 3's Hebrew PHPMailer strings (PHPMAILER_*)
        Phrases("he.tls-required-joomla3", C.TLS_REQUIRED, (
            "אינו יכול להתחיל tls",
        ), "cuongnd/banhangonline88_joomla:language/he-IL/he-IL.ini"),
        # Microsoft's Hebrew help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("he.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "מגבלת הדואר האלקטרוני היומית",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.he-IL:AlchemyInsights/daily-email-limit-exceeded.md"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("he.rate-limited-sogo", C.RATE_LIMITED, (
            "יותר מדיי מיילים",
        ), "Alinto/sogo:UI/MailerUI/Hebrew.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("he.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "לפני מסירת הודעה זו",
        ), "roundcube/roundcubemail:program/localization/he_IL/messages.inc"),
        # Microsoft's help title for Exchange Online's 4.5.3 'Too many recipients (AS780090)' (the message over the per-message recipient limit).
        Phrases("he.too-many-recipients-exchange", C.RATE_LIMITED, (
            "נמענים רבים מדי",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.he-IL:AlchemyInsights/antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("he.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "סף המסירה המרבי",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.he-IL:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("he.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "מגבלת קצב הנמען",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.he-IL:AlchemyInsights/need-help-with-email-sending-limits.md"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("he.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("החיבור לשרת", "זמן החיבור לשרת"),
            ("נכשל", "התאפס", "נקטע", "תם"),
        ), "thunderbird/thunderbird-l10n:he/mail/chrome/messenger/messenger.properties", window=40),
    ),
)
