"""Macedonian (mk): the SMTP error messages that mail clients and webmails show in Macedonian.
Sources: Roundcube's Macedonian messages.inc.
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_RC = "roundcube/roundcubemail:program/localization/mk_MK/messages.inc"
_EVO = "GNOME/evolution-data-server:po/mk.po"

LANGUAGE = Language(
    code="mk",
    name="Macedonian",
    phrases=(
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("mk.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "премногу активни врски",
        ), "Foundry376/Mailspring:app/lang/mk.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("mk.spam-content-mailspring", C.SPAM_CONTENT, (
            "излезниот филтер за спам",
        ), "Foundry376/Mailspring:app/lang/mk.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("mk.relay-denied-mailspring", C.RELAY_DENIED, (
            "серверот smtp нема да пренесе порака",
        ), "Foundry376/Mailspring:app/lang/mk.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("mk.rate-limited-mailspring", C.RATE_LIMITED, (
            "го надминавте дневното ограничува",
            "пропусниот опсег на gmail е надминат",
        ), "Foundry376/Mailspring:app/lang/mk.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("mk.network-error-mailspring", C.NETWORK_ERROR, (
            "не можам да се поврзам со серверот",
        ), "Foundry376/Mailspring:app/lang/mk.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("mk.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "содржи нелегиран прилог",
        ), "Foundry376/Mailspring:app/lang/mk.json"),
        # Mailspring's 'Authentication required.'
        Phrases("mk.auth-required-mailspring", C.AUTH_REQUIRED, (
            "потребна е автентикација",
        ), "Foundry376/Mailspring:app/lang/mk.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("mk.auth-failed-mailspring", C.AUTH_FAILED, (
            "грешка при автентикација",
            "не поддржува проверка на основното",
        ), "Foundry376/Mailspring:app/lang/mk.json"),
        Phrases("mk.auth-failed", C.AUTH_FAILED, (
            "не успееа потврдувањето",
        ), _RC),
        Phrases("mk.network-error", C.NETWORK_ERROR, (
            "не успеав да се поврзам со серверот",
        ), _RC),
        Phrases("mk.too-many-recipients", C.RATE_LIMITED, (
            "премногу примачи",
        ), _RC),
        Phrases("mk.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "не успеав да го поставам испраќачот",
        ), _RC, decisive=False),
        Phrases("mk.user-unknown-roundcube", C.USER_UNKNOWN, (
            "не успеав да го поставам примачот",
        ), _RC, decisive=False),
        Phrases("mk.mailbox-full-evolution", C.MAILBOX_FULL, (
            "надминато е алоцирањето на складиштето",
        ), _EVO),
        Phrases("mk.system-full-evolution", C.SYSTEM_FULL, (
            "недостаток на системско складиште",
        ), _EVO),
        Phrases("mk.auth-required-evolution", C.AUTH_REQUIRED, (
            "потребна е проверка",
        ), _EVO),
        Phrases("mk.auth-failed-evolution", C.AUTH_FAILED, (
            "привремен неуспех на проверката", "механизмот за проверка е премногу слаб",
        ), _EVO),
        Phrases("mk.tls-required-evolution", C.TLS_REQUIRED, (
            "потребно е кодирање за бараниот механизам",
        ), _EVO),
        Phrases("mk.has-moved-evolution", C.HAS_MOVED, (
            "корисникот не е локален",
        ), _EVO),
        Phrases("mk.user-unknown-evolution", C.USER_UNKNOWN, (
            "сандачето е недостапно", "името на сандачето не е дозволено",
        ), _EVO, decisive=False),
        Phrases("mk.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "сервисот не е достапен",
        ), _EVO, decisive=False),
        Phrases("mk.server-error-evolution", C.SERVER_ERROR, (
            "грешка во процесирањето",
        ), _EVO, decisive=False),
        Phrases("mk.syntax-error-evolution", C.SYNTAX_ERROR, (
            "синтаксна грешка",
        ), _EVO, decisive=False),
        Phrases("mk.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "командата не е имплементирана",
        ), _EVO, decisive=False),
        Phrases("mk.auth-failed-evolution-response", C.AUTH_FAILED, (
            "лош одговор за проверка",
        ), _EVO),
        Phrases("mk.sender-rejected-evolution", C.SENDER_REJECTED, (
            "адресата на испраќачот не е валидна",
        ), _EVO, decisive=False),
        # SquirrelMail's mk translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("mk.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "затварање на каналот",
        ), "sitle/squirrelmail-src:locales/locale/mk/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's mk translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("mk.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "командата не може да биде препознаена",
        ), "sitle/squirrelmail-src:locales/locale/mk/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's mk translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("mk.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "автентикација е потребна",
        ), "sitle/squirrelmail-src:locales/locale/mk/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's mk translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("mk.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "механизамот за автентикација е премногу слаб",
        ), "sitle/squirrelmail-src:locales/locale/mk/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's mk translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("mk.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "автентикацијата е неуспешна",
        ), "sitle/squirrelmail-src:locales/locale/mk/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's mk translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("mk.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "кодирање е потребно за тој механизам",
        ), "sitle/squirrelmail-src:locales/locale/mk/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's mk translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("mk.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "поштенското сандаче е недостапно",
            "името на поштенското сандаче не е дозволено",
        ), "sitle/squirrelmail-src:locales/locale/mk/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's mk translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("mk.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "трансакцијата е неуспешна",
        ), "sitle/squirrelmail-src:locales/locale/mk/LC_MESSAGES/squirrelmail.po", decisive=False),
        # Joomla 3's Macedonian PHPMailer strings (PHPMAILER_*)
        Phrases("mk.auth-failed-joomla3", C.AUTH_FAILED, (
            "неможна автентификација",
        ), "cuongnd/banhangonline88_joomla:language/mk-MK/mk-MK.ini"),
        # Joomla 3's Macedonian PHPMailer strings (PHPMAILER_*)
        Phrases("mk.user-unknown-joomla3", C.USER_UNKNOWN, (
            "неуспешно е за следните клиенти",
        ), "cuongnd/banhangonline88_joomla:language/mk-MK/mk-MK.ini", decisive=False),
        # Joomla 3's Macedonian PHPMailer strings (PHPMAILER_*)
        Phrases("mk.network-error-joomla3", C.NETWORK_ERROR, (
            "неможност да се конектира smtp услужувачот", "конекцијата не успеа",
        ), "cuongnd/banhangonline88_joomla:language/mk-MK/mk-MK.ini"),
        # Joomla 3's Macedonian PHPMailer strings (PHPMAILER_*)
        Phrases("mk.tls-required-joomla3", C.TLS_REQUIRED, (
            "неможно стартување tls",
        ), "cuongnd/banhangonline88_joomla:language/mk-MK/mk-MK.ini"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("mk.rate-limited-sogo", C.RATE_LIMITED, (
            "пратам премногу пораки",
        ), "Alinto/sogo:UI/MailerUI/Macedonian.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("mk.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "пред да го испратите писмото",
        ), "roundcube/roundcubemail:program/localization/mk_MK/messages.inc"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): the SMTP server is not reachable; the SMTP connection failed.
        Phrases("mk.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "серверот не е достапен",
            "неуспешна smtp врска",
        ), "nextcloud/mail:l10n/mk.json"),
        # Nextcloud Mail's translated SMTP account errors (l10n/): wrong SMTP user name or password; the server denied authentication; SMTP authentication error.
        Phrases("mk.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "лозинката или корисничкото име се грешни",
        ), "nextcloud/mail:l10n/mk.json"),
    ),
)
