"""Bulgarian (bg): the SMTP error messages that mail clients and mail libraries show in
Bulgarian. Sources: Thunderbird's Bulgarian composeMsgs.properties (thunderbird/thunderbird-l10n),
Roundcube's Bulgarian messages.inc and PHPMailer's Bulgarian language file.
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/).
Also: SOGo's send errors (Alinto/sogo UI/MailerUI); glibc's strerror and resolver texts
(bminor/glibc po/).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Geary's, Balsa's, Claws Mail's and Sylpheed's translated send errors, Mailspring's, Nextcloud
Mail's, FairEmail's, Thunderbird for Android's and Delta Chat's translated account and login errors,
where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB = (
    "thunderbird/thunderbird-l10n:bg/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/bg_BG/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-bg.php"
_EVO = "GNOME/evolution-data-server:po/bg.po"
_SOGO = "Alinto/sogo:UI/MailerUI/Bulgarian.lproj/Localizable.strings"
_GLIBC = "bminor/glibc:po/bg.po"

LANGUAGE = Language(
    code="bg",
    name="Bulgarian",
    phrases=(
        # Mailman 3's notice that a post was rejected, with the reasons (list:user:notice:rejected.txt).
        Phrases("bg.policy-violation-mailman3-rejected", C.POLICY_VIOLATION, (
            "беше отхвърлено, защото",
        ), "osstech-jp/mailman:src/mailman/templates/bg/list:user:notice:rejected.txt"),
        # Mailman 3's notice that a post is held until a moderator reviews it (list:user:notice:hold.txt).
        Phrases("bg.policy-violation-mailman3-hold", C.POLICY_VIOLATION, (
            "беше задържано, докато модератор",
        ), "osstech-jp/mailman:src/mailman/templates/bg/list:user:notice:hold.txt"),
        # Mailman 3's notice that a moderator refused a request (list:user:notice:refuse.txt).
        Phrases("bg.policy-violation-mailman3-refuse", C.POLICY_VIOLATION, (
            "беше отхвърлена от модератора",
        ), "osstech-jp/mailman:src/mailman/templates/bg/list:user:notice:refuse.txt"),
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("bg.auth-failed-mutt-po", C.AUTH_FAILED, (
            "неуспешно включване", "е изключен на този сървър",
        ), "muttmua/mutt:po/bg.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("bg.network-error-mutt-po", C.NETWORK_ERROR, (
            "сървърът затвори връзката",
        ), "muttmua/mutt:po/bg.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("bg.tls-required-mutt-po", C.TLS_REQUIRED, (
            "не може да бъде установена tsl връзка", "неуспешен ssl",
            "сертификатът на сървъра е изтекъл", "от сървъра не може да бъде получен сертификат",
        ), "muttmua/mutt:po/bg.po"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("bg.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "неуспешно вход", "входът неуспешен",
        ), "KDE/kimap:po/bg/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("bg.tls-required-kimap", C.TLS_REQUIRED, (
            "tls преговорите не успяха", "неуспешно ръкостискане на ssl",
        ), "KDE/kimap:po/bg/libkimap6.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("bg.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "не се открива сървър",
        ), ("thunderbird/thunderbird-l10n:bg/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("bg.network-error-kdepim", C.NETWORK_ERROR, (
            "не може да се осъществи връзка със сървъра", "сървърът прекрати връзката",
            "сървърът веднага прекрати връзката", "не може да се свърже с imap сървъра",
            "връзката е загубена", "прекъсната връзка със сървъра по време на влизане",
            "прекъснато по време на влизане",
        ), "KDE/kdepim-runtime:po/bg/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("bg.auth-failed-kdepim", C.AUTH_FAILED, (
            "получи се грешка при опознаване", "невъзможност за влизане в сървъра",
        ), "KDE/kdepim-runtime:po/bg/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("bg.tls-required-kdepim", C.TLS_REQUIRED, (
            "грешка в ssl/tls",
        ), "KDE/kdepim-runtime:po/bg/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("bg.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "сървърът не е наличен",
        ), "KDE/kdepim-runtime:po/bg/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("bg.tls-required-glib-networking", C.TLS_REQUIRED, (
            "изисква сертификат за tls", "неприемлив сертификат за tls",
            "не може да се създаде връзка по tls", "ръкостискане по tls",
            "връзката по tls неочаквано прекъсна", "не върна сертификат",
            "фатално съобщение за tls", "неприемлив удостоверител за сертификати",
        ), "GNOME/glib-networking:po/bg.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("bg.network-error-glib-networking", C.NETWORK_ERROR, (
            "просрочено време за отговор при входни-изходна", "връзката е прекъсната",
        ), "GNOME/glib-networking:po/bg.po"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text passwords not allowed
        # (POP3 alike).
        Phrases("bg.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "не допуска незащитени пароли",
        ), "thunderbird/thunderbird-l10n:bg/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): no connection to the mail server.
        Phrases("bg.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "невъзможна връзка с пощенски сървър",
        ), "thunderbird/thunderbird-l10n:bg/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error.
        Phrases("bg.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "неотменима грешка с tls",
        ), "thunderbird/thunderbird-l10n:bg/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("bg.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "изпращането на парола",
        ), "thunderbird/thunderbird-l10n:bg/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("bg.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "невъзможно е установяването на tls връзка",
        ), "thunderbird/thunderbird-l10n:bg/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("bg.tls-required-k9-check", C.TLS_REQUIRED, (
            "невалиден ssl сертификат",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-bg/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("bg.auth-failed-k9-check", C.AUTH_FAILED, (
            "потребителското име или паролата са неправилни",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-bg/strings.xml"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("bg.tls-required-weak-k9", C.TLS_REQUIRED, (
            "грешка в сертификата",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-bg/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("bg.network-error-weak-k9", C.NETWORK_ERROR, (
            "грешка при свързване",
            "мрежова грешка",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-bg/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-bg/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-bg/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("bg.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "твърде много активни връзки",
        ), "Foundry376/Mailspring:app/lang/bg.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("bg.spam-content-mailspring", C.SPAM_CONTENT, (
            "филтъра за изходящ спам",
        ), "Foundry376/Mailspring:app/lang/bg.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("bg.relay-denied-mailspring", C.RELAY_DENIED, (
            "сървърът няма да предаде съобщение",
        ), "Foundry376/Mailspring:app/lang/bg.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("bg.rate-limited-mailspring", C.RATE_LIMITED, (
            "превишили дневния си лимит за изпращане",
            "ширината на трафик в gmail е надхвърлена",
        ), "Foundry376/Mailspring:app/lang/bg.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("bg.network-error-mailspring", C.NETWORK_ERROR, (
            "не може да се свърже с предоставения от вас сървър",
        ), "Foundry376/Mailspring:app/lang/bg.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("bg.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "незаконно прикачен файл",
        ), "Foundry376/Mailspring:app/lang/bg.json"),
        # Mailspring's 'Authentication required.'
        Phrases("bg.auth-required-mailspring", C.AUTH_REQUIRED, (
            "необходимо е удостоверяване",
        ), "Foundry376/Mailspring:app/lang/bg.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("bg.auth-failed-mailspring", C.AUTH_FAILED, (
            "грешка при удостоверяване",
            "не поддържа основно удостоверяване",
            "вече не може да удостоверява",
        ), "Foundry376/Mailspring:app/lang/bg.json"),
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("bg.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "невалидни получатели",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/bg/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("bg.network-error-snappymail", C.NETWORK_ERROR, (
            "не може да се свърже със сървъра",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/bg/user.json"),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("bg.network-error-deltachat", C.NETWORK_ERROR, (
            "няма връзка към интернет",
        ), "deltachat/deltachat-android:src/main/res/values-bg/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("bg.auth-failed-deltachat", C.AUTH_FAILED, (
            "не можете да влезете като",
        ), "deltachat/deltachat-android:src/main/res/values-bg/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("bg.auth-required-kmail", C.AUTH_REQUIRED, (
            "трябва да предоставите потребителско име и парола",
        ), "KDE/kmailtransport:po/bg/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("bg.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "не поддържа удостоверяване",
        ), "KDE/kmailtransport:po/bg/libmailtransport6.po"),
        # FairEmail's authentication-failure notice.
        Phrases("bg.auth-failed-fairemail", C.AUTH_FAILED, (
            "неуспешна идентификация",
        ), "M66B/FairEmail:app/src/main/res/values-bg-rBG/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("bg.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "по-голямо от лимита на сървъра",
        ), "M66B/FairEmail:app/src/main/res/values-bg-rBG/strings.xml"),
        Phrases("bg.auth-failed", C.AUTH_FAILED, (
            "неуспешно удостоверяване", "не поддържа избрания метод за удостоверяване",
            "не може да се удостовери", "грешни потребител",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("bg.network-error", C.NETWORK_ERROR, (
            "поради липса на връзка с изходящия", "пропадна насред предаването",
            "времето за изчакване на изходящия", "не може да се свърже с smtp хоста",
            "няма връзка със сървъра",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("bg.message-too-large", C.MESSAGE_TOO_LARGE, (
            "надхвърля ограничението на сървъра за общ размер",
            "размерът на писмото надвишава ограничението",
        ), _TB + "; " + _RC),
        Phrases("bg.too-many-recipients", C.RATE_LIMITED, (
            "превишаване на разрешения брой получатели", "прекалено много адреси за изпращане",
        ), _TB + "; " + _RC),
        Phrases("bg.smtputf8", C.CONTENT_REJECTED, (
            "не поддържа smtputf8", "не поддържа unicode в имейл адреса",
        ), _TB + "; " + _RC),
        Phrases("bg.sender-rejected", C.SENDER_REJECTED, (
            "следните адреси за подател са невалидни",
        ), _PM),
        Phrases("bg.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "дали е верен пощенският ви адрес",
        ), _TB, decisive=False),
        Phrases("bg.network-error-thunderbird", C.NETWORK_ERROR, (
            "сървърът може би е неправилно конфигуриран",
        ), _TB),
        Phrases("bg.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "билетът kerberos",
        ), _TB),
        Phrases("bg.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "не приема пароли от обикновен текст",
        ), _TB),
        Phrases("bg.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "следните адреси за получател са невалидни",
        ), _PM, decisive=False),
        Phrases("bg.mailbox-full-evolution", C.MAILBOX_FULL, (
            "квотата за запазване е надвишена",
        ), _EVO),
        Phrases("bg.system-full-evolution", C.SYSTEM_FULL, (
            "липса на достатъчна квота",
        ), _EVO),
        Phrases("bg.auth-required-evolution", C.AUTH_REQUIRED, (
            "изисква се удостоверяване",
        ), _EVO),
        Phrases("bg.auth-failed-evolution", C.AUTH_FAILED, (
            "временна грешка при удостоверяване", "механизмът да удостоверяване е твърде слаб",
        ), _EVO),
        Phrases("bg.tls-required-evolution", C.TLS_REQUIRED, (
            "механизъм на удостоверяване изисква шифриране",
        ), _EVO),
        Phrases("bg.has-moved-evolution", C.HAS_MOVED, (
            "потребителят не е локален",
        ), _EVO),
        Phrases("bg.user-unknown-evolution", C.USER_UNKNOWN, (
            "липсва пощенска кутия", "името на пощенската кутия не е разрешено",
        ), _EVO, decisive=False),
        Phrases("bg.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "услугата липсва",
        ), _EVO, decisive=False),
        Phrases("bg.server-error-evolution", C.SERVER_ERROR, (
            "грешка в обработката",
        ), _EVO, decisive=False),
        Phrases("bg.syntax-error-evolution", C.SYNTAX_ERROR, (
            "синтактична грешка",
        ), _EVO, decisive=False),
        Phrases("bg.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "командата не е реализирана",
        ), _EVO, decisive=False),
        Phrases("bg.auth-failed-evolution-response", C.AUTH_FAILED, (
            "грешен отговор за удостоверяване",
        ), _EVO),
        Phrases("bg.sender-rejected-evolution", C.SENDER_REJECTED, (
            "неправилен адрес на изпращача",
        ), _EVO, decisive=False),
        Phrases("bg.user-unknown-sogo", C.USER_UNKNOWN, (
            "всички получатели са невалидни", "следните получатели са невалидни",
        ), _SOGO, decisive=False),
        Phrases("bg.network-error-sogo", C.NETWORK_ERROR, (
            "грешка при свързване със smtp сървър",
        ), _SOGO),
        Phrases("bg.network-error-glibc", C.NETWORK_ERROR, (
            "отказано свързване", "просрочена мрежова операция", "няма маршрут до компютъра",
            "недостъпен адрес на гнездо", "мрежата е недостъпна",
            "едностранно прекъсване на връзката", "временен неуспех при определянето на име",
            "софтуерно предизвикано прекъсване на връзката", "мрежата е изключена",
            "компютърът е изключен", "неуспех при търсенето на името на компютъра",
            "невъзстановим провал при анализа за име",
        ), _GLIBC),
        Phrases("bg.host-unknown-glibc", C.HOST_UNKNOWN, (
            "не е известно името на услугата", "не е асоцииран адрес за името на компютъра",
            "неизвестно име на компютър",
        ), _GLIBC),
        Phrases("bg.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "използвате правилната самоличност за изпращане",
        ), _TB, decisive=False),
        Phrases("bg.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "проверете получателя на писмото",
        ), _TB, decisive=False),
        Phrases("bg.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "не поддържа шифровани пароли",
        ), _TB),
        # SquirrelMail's bg_BG translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("bg.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "затварянен на канала",
        ), "sitle/squirrelmail-src:locales/locale/bg_BG/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's bg_BG translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("bg.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "нужна е промяна на паролата",
            "временен проблем с аутентикацията",
            "механизама за аутентикиране е твърде несигурен",
        ), "sitle/squirrelmail-src:locales/locale/bg_BG/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's bg_BG translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("bg.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "пощенската кутия е недостъпна",
        ), "sitle/squirrelmail-src:locales/locale/bg_BG/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's bg_BG translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("bg.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "грешка при обработката",
            "транзакцията пропадна",
        ), "sitle/squirrelmail-src:locales/locale/bg_BG/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's bg_BG translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("bg.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "неправилна последователност от команди",
        ), "sitle/squirrelmail-src:locales/locale/bg_BG/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's bg_BG translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("bg.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "командния параметър не е реализиран",
        ), "sitle/squirrelmail-src:locales/locale/bg_BG/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's bg_BG translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("bg.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "изисква се аутентикация",
        ), "sitle/squirrelmail-src:locales/locale/bg_BG/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's bg_BG translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("bg.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "неуспешна аутентикация",
        ), "sitle/squirrelmail-src:locales/locale/bg_BG/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's bg_BG translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("bg.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "метод на аутентикация изисква криптиране",
        ), "sitle/squirrelmail-src:locales/locale/bg_BG/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's bg_BG translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("bg.has-moved-squirrelmail", C.HAS_MOVED, (
            "потребителя не е локален",
        ), "sitle/squirrelmail-src:locales/locale/bg_BG/LC_MESSAGES/squirrelmail.po"),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("bg.sender-rejected-mailman3-core", C.SENDER_REJECTED, (
            "не е от абонат на пощенския списък",
            "е блокиран за този пощенски списък",
            "няма валидни податели",
        ), "osstech-jp/mailman:src/mailman/messages/bg/LC_MESSAGES/mailman.po"),
        # Mailman 3's moderation hold reasons (moderated member, implicit destination, emergency
        # moderation) and its notice that a post awaits the moderator's approval.
        Phrases("bg.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "идва от модериран член",
            "аварийното модериране е включено",
        ), "osstech-jp/mailman:src/mailman/messages/bg/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold reason: the post exceeds the list's maximum message size.
        Phrases("bg.message-too-large-mailman3-core", C.MESSAGE_TOO_LARGE, (
            "по-голямо от максималния размер",
        ), "osstech-jp/mailman:src/mailman/messages/bg/LC_MESSAGES/mailman.po"),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("bg.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "съдържанието на писмото",
            "съобщението няма тема",
        ), "osstech-jp/mailman:src/mailman/messages/bg/LC_MESSAGES/mailman.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("bg.tls-required-sylpheed", C.TLS_REQUIRED, (
            "не може да се стартира tls сесия",
        ), "sylpheed-mail/sylpheed:po/bg.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("bg.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth не е наличен", "удостоверяването се провали",
        ), "sylpheed-mail/sylpheed:po/bg.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("bg.network-error-sylpheed", C.NETWORK_ERROR, (
            "връзката е прекратена от отдалечения хост",
        ), "sylpheed-mail/sylpheed:po/bg.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("bg.tls-required-claws", C.TLS_REQUIRED, (
            "грешка при започването на tls-сесията",
        ), "eworm-de/claws-mail:po/bg.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("bg.network-error-claws", C.NETWORK_ERROR, (
            "връзката е прекъсната от отдалечения компютър",
        ), "eworm-de/claws-mail:po/bg.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("bg.auth-failed-claws", C.AUTH_FAILED, (
            "грешка при автентификацията",
        ), "eworm-de/claws-mail:po/bg.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("bg.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "писмото е твърде голямо",
        ), "eworm-de/claws-mail:po/bg.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("bg.auth-failed-claws-2", C.AUTH_FAILED, (
            "няма наличен smtp auth метод",
        ), "eworm-de/claws-mail:po/bg.po"),
        # Balsa's SMTP send errors: the SMTP server refused the connection or cannot be reached.
        Phrases("bg.network-error-balsa", C.NETWORK_ERROR, (
            "smtp сървърът отказа свързването",
            "smtp сървърът не може да бъде достигнат",
        ), "GNOME/balsa:po/bg.po"),
        # Claws Mail's connection errors: timed out, refused, closed by the remote host.
        Phrases("bg.network-error-claws-session", C.NETWORK_ERROR, (
            "просрочена връзка",
        ), "eworm-de/claws-mail:po/bg.po"),
        # Claws Mail's SMTP AUTH errors: failed, stronger authentication required, the method unavailable.
        Phrases("bg.auth-failed-claws-session", C.AUTH_FAILED, (
            "изисква се по-сигурно удостоверяване",
            "грешка по време на автентификацията",
            "smtp auth метод не е наличен",
        ), "eworm-de/claws-mail:po/bg.po"),
        # FairEmail's account legends: authentication failed (weak: the server's own reply decides).
        Phrases("bg.auth-failed-weak-fairemail-legend", C.AUTH_FAILED, (
            "пропадна удостоверяването",
        ), "M66B/FairEmail:app/src/main/res/values-bg-rBG/strings.xml", decisive=False),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("bg.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "подходяща интернет връзка",
        ), "M66B/FairEmail:app/src/main/res/values-bg-rBG/strings.xml", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("bg.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "smtp imap сървърът не е достъпен",
            "smtp връзката прекъсна",
        ), "nextcloud/mail:l10n/bg.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("bg.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "грешно smtp име на потребител или парола",
        ), "nextcloud/mail:l10n/bg.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("bg.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls не е налице",
            "tls не е налице",
        ), "Foundry376/Mailspring:app/lang/bg.json"),
        # PHPMailer's SMTP error: connect() to the SMTP server failed.
        Phrases("bg.network-error-phpmailer-connect", C.NETWORK_ERROR, (
            "smtp провален connect()",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-bg.php"),
        # Thunderbird for Android (K-9) notification: authentication failed for the account, update the server settings (weak).
        Phrases("bg.auth-failed-weak-thunderbird-android-notification", C.AUTH_FAILED, (
            "обновете сървърните настройки",
        ), (
            "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-bg/strings.xml"
        ), decisive=False),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("bg.auth-failed-espocrm", C.AUTH_FAILED, (
            "невалидни данни за вход",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/bg_BG/Email.json"),
        # Joomla 3's Bulgarian PHPMailer strings (PHPMAILER_*)
        Phrases("bg.auth-failed-joomla3", C.AUTH_FAILED, (
            "не може да се идентифицирате",
        ), "cuongnd/banhangonline88_joomla:language/bg-BG/bg-BG.ini"),
        # Joomla 3's Bulgarian PHPMailer strings (PHPMAILER_*)
        Phrases("bg.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "адресът на изпращача е грешен",
        ), "cuongnd/banhangonline88_joomla:language/bg-BG/bg-BG.ini"),
        # Joomla 3's Bulgarian PHPMailer strings (PHPMAILER_*)
        Phrases("bg.user-unknown-joomla3", C.USER_UNKNOWN, (
            "има проблем с адресите на следните получатели",
        ), "cuongnd/banhangonline88_joomla:language/bg-BG/bg-BG.ini", decisive=False),
        # Joomla 3's Bulgarian PHPMailer strings (PHPMAILER_*)
        Phrases("bg.network-error-joomla3", C.NETWORK_ERROR, (
            "не може да бъде осъществена връзка с smtp хоста",
            "грешка при свързването със smtp сървъра",
        ), "cuongnd/banhangonline88_joomla:language/bg-BG/bg-BG.ini"),
        # Joomla 3's Bulgarian PHPMailer strings (PHPMAILER_*)
        Phrases("bg.tls-required-joomla3", C.TLS_REQUIRED, (
            "не може да бъде стартиран tls",
        ), "cuongnd/banhangonline88_joomla:language/bg-BG/bg-BG.ini"),
        # Microsoft's Bulgarian help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("bg.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "ограничението за дневен имейл",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.bg-BG:AlchemyInsights/daily-email-limit-exceeded.md"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("bg.rate-limited-sogo", C.RATE_LIMITED, (
            "твърде много писма",
        ), "Alinto/sogo:UI/MailerUI/Bulgarian.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("bg.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "преди да изпратите писмото",
        ), "roundcube/roundcubemail:program/localization/bg_BG/messages.inc"),
        # Microsoft's help title for Exchange Online's 4.5.3 'Too many recipients (AS780090)' (the message over the per-message recipient limit).
        Phrases("bg.too-many-recipients-exchange", C.RATE_LIMITED, (
            "твърде много получатели",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.bg-BG:AlchemyInsights/antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft's help title for Exchange Online's 5.1.90 NDR: the sender's daily recipient limit reached.
        Phrases("bg.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "ограничението за дневната ставка на получателя",
            "дневното си ограничение за получателите",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.bg-BG:AlchemyInsights/5-1-90-your-message-cant-be-sent-daily-limit.md"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("bg.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "се дроселят",
            "максималния праг за доставяне",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.bg-BG:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("bg.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "ограничението за ставката на получателя",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.bg-BG:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Mutt's translated SASL authentication failure (po/).
        Phrases("bg.auth-failed-mutt", C.AUTH_FAILED, (
            "неуспешна sasl идентификация",
        ), "muttmua/mutt:po/bg.po"),
        # Microsoft 365's localized help on the sender (account) blocked for sending too much spam (AlchemyInsights sender-blocked-for-sending-too-much-spam; the restricted users portal).
        Phrases("bg.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "ограничен за изпращане на твърде много",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.bg-BG:AlchemyInsights/sender-blocked-for-sending-too-much-spam.md"),
    ),
    together=(
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed. The address or
        # mechanism between the words.
        Together("bg.together-auth-failed-mutt", C.AUTH_FAILED, (
            ("неуспешна",),
            ("идентификация",),
        ), "muttmua/mutt:po/bg.po", window=30),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write. The address or mechanism between the words.
        Together("bg.together-network-error-mutt", C.NETWORK_ERROR, (
            ("връзката с", "хостът"),
            ("е затворена", "не може да бъде намерен"),
        ), "muttmua/mutt:po/bg.po", window=40),
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("bg.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("връзката със сървъра", "времето за свързване"),
            ("неуспешна", "отказана", "прекъсна", "изтече"),
        ), "thunderbird/thunderbird-l10n:bg/mail/chrome/messenger/messenger.properties", window=60),
    ),
)
