"""Ukrainian (uk): the Ukrainian SMTP error wording of mail clients that show or quote a server's
refusal: Thunderbird's composeMsgs.properties (thunderbird/thunderbird-l10n), Roundcube's
messages.inc, Evolution's translations of the RFC 5321 reply texts
(GNOME/evolution-data-server po/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/), Zimbra's
web-client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI),
PHPMailer's language files, Mailman 2's refusals, Evolution's RFC 5321 reply texts, Roundcube's
regional SMTP errors.
Also: IMP webmail's translated recipient-limit refusal (horde/imp locale/).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/).
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them.
Also: Geary's, Balsa's, Claws Mail's and Sylpheed's translated send errors, Mailspring's, Nextcloud
Mail's, FairEmail's, Thunderbird for Android's and Delta Chat's translated account and login errors,
where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_EVO_PO = "GNOME/evolution-data-server:po/uk.po"
_RC_L10N = "roundcube/roundcubemail:program/localization/uk_UA/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="uk",
    name="Ukrainian",
    phrases=(
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("uk.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "неможливо виконати вхід на сервері",
        ), ("thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("uk.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "не можу знайти сервер",
        ), ("thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("uk.auth-failed-mutt-po", C.AUTH_FAILED, (
            "помилка анонімної аутентифікації", "login заборонено на цьому сервері",
        ), "muttmua/mutt:po/uk.po"),
        # Mutt's authentication errors (po/): anonymous, CRAM-MD5, GSSAPI, SASL or APOP
        # authentication failed, LOGIN disabled on the server, login failed.
        Phrases("uk.auth-failed-weak-mutt-po-login", C.AUTH_FAILED, (
            "помилка реєстрації",
        ), "muttmua/mutt:po/uk.po"),
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write.
        Phrases("uk.network-error-mutt-po", C.NETWORK_ERROR, (
            "не вдалося відновити з’єднання", "не вийшло знайти адресу", "не вийшло з’єднатися з",
            "сервер закрив з’єднання", "помилка сесії smtp",
        ), "muttmua/mutt:po/uk.po"),
        # Mutt's TLS errors (po/): TLS could not be negotiated, no encrypted connection, SSL
        # failed, the server certificate expired, untrusted or not matching the host name, its
        # verification failed.
        Phrases("uk.tls-required-mutt-po", C.TLS_REQUIRED, (
            "не вийшло домовитись про tls", "шифроване з’єднання недоступне", "помилка ssl",
            "строк дії сертифікату сервера", "не відповідає сертифікату",
            "неможливо отримати сертифікат", "помилка перевірки сертифікату",
            "не вдалось перевірити хост сертифікату",
        ), "muttmua/mutt:po/uk.po"),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("uk.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "спроба реєстрації завершилася невдало",
        ), "KDE/kimap:po/uk/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("uk.tls-required-kimap", C.TLS_REQUIRED, (
            "не вдалося встановити режим шифрування tls", "встановлення з’єднання ssl",
        ), "KDE/kimap:po/uk/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("uk.network-error-kdepim", C.NETWORK_ERROR, (
            "не вдалося встановити з’єднання з сервером", "сервер розірвав з'єднання",
            "сервер одразу розірвав з'єднання", "перевищено час очікування на дані від сервера",
            "розірвано з'єднання", "від’єднано від сервера під час спроби входу",
            "від’єднано під час спроби входу",
        ), "KDE/kdepim-runtime:po/uk/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("uk.auth-failed-kdepim", C.AUTH_FAILED, (
            "сталася помилка під час розпізнавання", "не вдалося зареєструватися на сервері",
        ), "KDE/kdepim-runtime:po/uk/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("uk.tls-required-kdepim", C.TLS_REQUIRED, (
            "помилка ssl/tls",
        ), "KDE/kdepim-runtime:po/uk/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("uk.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "немає доступу до сервера",
        ), "KDE/kdepim-runtime:po/uk/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("uk.tls-required-glib-networking", C.TLS_REQUIRED, (
            "сервер потребує сертифікат tls", "неприпустимий сертифікат tls",
            "неможливо створити з'єднання tls", "узгодження зв'язку за допомогою tls",
            "раптово закрито з'єднання tls", "не надіслав сертифіката", "критичної помилки tls",
            "неприйнятна служба сертифікації tls",
        ), "GNOME/glib-networking:po/uk.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("uk.network-error-glib-networking", C.NETWORK_ERROR, (
            "перевищено час очікування на введення-виведення", "з'єднання є непрацездатним",
        ), "GNOME/glib-networking:po/uk.po"),
        # Thunderbird's connection timeout (messenger.properties).
        Phrases("uk.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "час очікування з'єднання",
        ), "thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): disconnected from the server.
        Phrases("uk.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "відбулося відключення від",
        ), "thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error.
        Phrases("uk.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "невиправна помилка tls",
        ), "thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): plain-text passwords not allowed, the
        # method not supported, the Kerberos/GSSAPI ticket refused (POP3 alike).
        Phrases("uk.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "не дозволяє паролі у вигляді звичайного тексту",
            "не підтримує вибраний метод автентифікації",
            "квиток kerberos/gssapi не був прийнятий",
            "квиток kerberos / gssapi не був прийнятий",
        ), "thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed,
        # plain-text or encrypted passwords not supported.
        Phrases("uk.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "не вдалося надіслати пароль", "не дозволяє використання звичайних текстових паролів",
            "не підтримує використання зашифрованих паролів",
        ), "thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("uk.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "не вдалося встановити tls-зв'язок",
        ), "thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/localMsgs.properties"),
        # Balsa's lost-connection and SMTP-connect failures.
        Phrases("uk.network-error-balsa-po", C.NETWORK_ERROR, (
            "з'єднання втрачено",
        ), "GNOME/balsa:po/uk.po"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("uk.tls-required-k9-check", C.TLS_REQUIRED, (
            "недійсний сертифікат ssl",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-uk/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("uk.network-error-k9-check", C.NETWORK_ERROR, (
            "не можу з'єднатися з сервером",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-uk/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("uk.auth-failed-k9-check", C.AUTH_FAILED, (
            "ім'я користувача або пароль невірні",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-uk/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("uk.tls-required-geary-po", C.TLS_REQUIRED, (
            "сертифікат сервера",
            "сертифіката сервера",
            "профіль сервера не відповідає",
        ), "GNOME/geary:po/uk.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("uk.network-error-geary-po", C.NETWORK_ERROR, (
            "не вдалося встановити з'єднання. перевірте",
        ), "GNOME/geary:po/uk.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("uk.auth-failed-geary-po", C.AUTH_FAILED, (
            "перевірте ваші ім'я користувача і пароль",
            "перевірте ім'я користувача і пароль до вашої електронної пошти",
            "повідомлено про помилкове ім'я користувача",
        ), "GNOME/geary:po/uk.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("uk.tls-required-weak-k9", C.TLS_REQUIRED, (
            "помилка сертифіката",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-uk/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("uk.network-error-weak-k9", C.NETWORK_ERROR, (
            "помилка в мережі",
            "помилка з’єднання",
            "помилка мережі",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-uk/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-uk/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-uk/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("uk.auth-failed-weak-k9", C.AUTH_FAILED, (
            "збій аутентифікації",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-uk/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-uk/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("uk.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "забагато активних зв'язків",
        ), "Foundry376/Mailspring:app/lang/uk.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("uk.spam-content-mailspring", C.SPAM_CONTENT, (
            "спамом-фільтром",
        ), "Foundry376/Mailspring:app/lang/uk.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("uk.relay-denied-mailspring", C.RELAY_DENIED, (
            "smtp-сервер не буде передавати повідомлення",
        ), "Foundry376/Mailspring:app/lang/uk.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("uk.rate-limited-mailspring", C.RATE_LIMITED, (
            "перевищили щоденний ліміт відправле",
            "пропускна спроможність gmail перевищена",
        ), "Foundry376/Mailspring:app/lang/uk.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("uk.network-error-mailspring", C.NETWORK_ERROR, (
            "неможливо підключитися до вказаного вами сервера",
        ), "Foundry376/Mailspring:app/lang/uk.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("uk.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "нелегальне вкладення",
        ), "Foundry376/Mailspring:app/lang/uk.json"),
        # Mailspring's 'Authentication required.'
        Phrases("uk.auth-required-mailspring", C.AUTH_REQUIRED, (
            "автентифікація потрібна",
        ), "Foundry376/Mailspring:app/lang/uk.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("uk.auth-failed-mailspring", C.AUTH_FAILED, (
            "не підтримує базову автентифікацію",
            "помилка автентифікації",
            "більше не може автентифікувати",
        ), "Foundry376/Mailspring:app/lang/uk.json"),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("uk.network-error-snappymail", C.NETWORK_ERROR, (
            "помилка з'єднання з сервером",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/uk/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("uk.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "не вдалося авторизуватися",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/uk/user.json", decisive=False),
        # Delta Chat's login failure for want of an internet connection.
        Phrases("uk.network-error-deltachat", C.NETWORK_ERROR, (
            "немає підключення до інтернету",
        ), "deltachat/deltachat-android:src/main/res/values-uk/strings.xml"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("uk.auth-failed-deltachat", C.AUTH_FAILED, (
            "не вдалося увійти як",
        ), "deltachat/deltachat-android:src/main/res/values-uk/strings.xml"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("uk.auth-required-kmail", C.AUTH_REQUIRED, (
            "ви повинні надати ім'я користувача та пароль",
        ), "KDE/kmailtransport:po/uk/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("uk.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "не підтримує автентифікації",
        ), "KDE/kmailtransport:po/uk/libmailtransport6.po"),
        # FairEmail's authentication-failure notice.
        Phrases("uk.auth-failed-fairemail", C.AUTH_FAILED, (
            "автентифікація не вдалася",
        ), "M66B/FairEmail:app/src/main/res/values-uk-rUA/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("uk.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "більший за ліміт, встановлений сервером",
        ), "M66B/FairEmail:app/src/main/res/values-uk-rUA/strings.xml"),
        Phrases("uk.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "ваша адреса електронної пошти вказана правильно",
        ), _TB_L10N, decisive=False),
        Phrases("uk.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "перевищення дозволеної кількості отримувачів",
        ), _TB_L10N),
        Phrases("uk.message-too-large-thunderbird", C.MESSAGE_TOO_LARGE, (
            "перевищує глобальне обмеження розміру",
        ), _TB_L10N),
        Phrases("uk.network-error-thunderbird", C.NETWORK_ERROR, (
            "можливо, сервер має неправильну конфігурацію",
            "збій з'єднання з сервером вихідної пошти", "було втрачене при виконанні операції",
            "завершився час очікування з'єднання",
        ), _TB_L10N),
        Phrases("uk.auth-failed-thunderbird", C.AUTH_FAILED, (
            "неможливо авторизуватися на сервері", "не підтримує обраний метод автентифікації",
        ), _TB_L10N),
        Phrases("uk.network-error-roundcube", C.NETWORK_ERROR, (
            "не вдалося з'єднатися з сервером",
        ), _RC_L10N),
        Phrases("uk.auth-failed-roundcube", C.AUTH_FAILED, (
            "невдала спроба автентифікації",
        ), _RC_L10N),
        Phrases("uk.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "не вдалося вказати відправника",
        ), _RC_L10N, decisive=False),
        Phrases("uk.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "розмір листа перевищує ліміт сервера",
        ), _RC_L10N),
        Phrases("uk.mailbox-full-evolution", C.MAILBOX_FULL, (
            "скінчився вільний простір у сховищі",
        ), _EVO_PO),
        Phrases("uk.auth-required-evolution", C.AUTH_REQUIRED, (
            "вимагається автентифікація",
        ), _EVO_PO),
        Phrases("uk.auth-failed-evolution", C.AUTH_FAILED, (
            "тимчасовий збій автентифікації", "механізм автентифікації надто слабкий",
        ), _EVO_PO),
        Phrases("uk.system-full-evolution", C.SYSTEM_FULL, (
            "недостатньо місця у системному сховищі",
        ), _EVO_PO),
        Phrases("uk.sender-rejected-mailman", C.SENDER_REJECTED, (
            "заборонено надсилати повідомлення у цей список", "не від учасника до списку",
            "не дозволено надсилати повідомлення у цей список",
        ), "jaredmauch/mailman2-python3:messages/uk/LC_MESSAGES/mailman.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("uk.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "добного обмеження для одержувачів",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.uk-UA:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # Gmail's Ukrainian sending-limit errors (Google Workspace's help on sending limits).
        Phrases("uk.rate-limited-gmail", C.RATE_LIMITED, (
            "вичерпали ліміт для надсилання",
            "перевищили максимальну кількість одержувачів",
        ), "https://support.google.com/a/answer/166852?hl=uk"),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("uk.network-error-glibc", C.NETWORK_ERROR, (
            "критична помилка при розв'язанні назв",
            "вузол вимкнено",
            "мережу вимкнено",
            "з'єднання розірвано програмним забезпеченням",
            "помилка під час визначення назви вузла",
            "у з'єднанні відмовлено", "перевищено інтервал очікування з'єднання",
            "немає маршруту до вузла", "не вдалося призначити вказану адресу",
            "не вдалося отримати доступ до мережі", "вузол розірвав з'єднання",
            "тимчасова помилка розв'язання назв",
        ), "bminor/glibc:po/uk.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("uk.host-unknown-glibc", C.HOST_UNKNOWN, (
            "невідомий вузол",
            "невідома назва чи сервіс", "з даною назвою вузла не пов'язано жодної адреси",
        ), "bminor/glibc:po/uk.po"),
        Phrases("uk.user-unknown-evolution", C.USER_UNKNOWN, (
            "поштова скринька недоступна", "неприпустиме ім'я поштової скриньки",
        ), "GNOME/evolution-data-server:po/uk.po", decisive=False),
        Phrases("uk.has-moved-evolution", C.HAS_MOVED, (
            "користувач не локальний",
        ), "GNOME/evolution-data-server:po/uk.po"),
        Phrases("uk.syntax-error-evolution", C.SYNTAX_ERROR, (
            "синтаксична помилка",
        ), "GNOME/evolution-data-server:po/uk.po", decisive=False),
        Phrases("uk.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "команди не реалізовано",
        ), "GNOME/evolution-data-server:po/uk.po", decisive=False),
        Phrases("uk.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "служба не доступна",
        ), "GNOME/evolution-data-server:po/uk.po", decisive=False),
        Phrases("uk.server-error-evolution", C.SERVER_ERROR, (
            "помилка при обробці",
        ), "GNOME/evolution-data-server:po/uk.po", decisive=False),
        Phrases("uk.tls-required-evolution", C.TLS_REQUIRED, (
            "запитаний механізм автентифікації потребує шифрування",
        ), "GNOME/evolution-data-server:po/uk.po"),
        Phrases("uk.user-unknown-zimbra", C.USER_UNKNOWN, (
            "такий обліковий запис не існує",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_uk.properties"),
        Phrases("uk.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "розмір перевищує максимально дозволені межі",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_uk.properties"),
        Phrases("uk.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "служба тимчасово недоступна",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_uk.properties", decisive=False),
        Phrases("uk.network-error-zimbra", C.NETWORK_ERROR, (
            "надто багато переходів між серверами",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_uk.properties"),
        Phrases("uk.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "повідомлення надто велик",
        ), "jaredmauch/mailman2-python3:messages/uk/LC_MESSAGES/mailman.po"),
        Phrases("uk.too-many-recipients-mailman", C.RATE_LIMITED, (
            "надто багато отримувачів",
        ), "jaredmauch/mailman2-python3:messages/uk/LC_MESSAGES/mailman.po"),
        Phrases("uk.auth-failed-phpmailer", C.AUTH_FAILED, (
            "помилка авторизації",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-uk.php"),
        Phrases("uk.network-error-phpmailer", C.NETWORK_ERROR, (
            "не вдається під'єднатися до smtp-серверу", "помилка з'єднання з smtp-сервером",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-uk.php"),
        Phrases("uk.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "невірна адреса відправника",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-uk.php", decisive=False),
        Phrases("uk.content-rejected-roundcube", C.CONTENT_REJECTED, (
            "не підтримує юнікод в адресі",
        ), "roundcube/roundcubemail:program/localization/uk_UA/messages.inc"),
        Phrases("uk.user-unknown-sogo", C.USER_UNKNOWN, (
            "некоректні адреси всіх отримувачів", "такі адреси некоректні",
        ), "Alinto/sogo:UI/MailerUI/Ukrainian.lproj/Localizable.strings"),
        Phrases("uk.network-error-sogo", C.NETWORK_ERROR, (
            "помилка при з'єднанні з сервером smtp",
        ), "Alinto/sogo:UI/MailerUI/Ukrainian.lproj/Localizable.strings"),
        Phrases("uk.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "через неприпустимі адреси",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_uk.properties", decisive=False),
        Phrases("uk.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "не дозволяє використання звичайних паролів",
        ), (
            "thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("uk.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "використовуєте правильні облікові дані для надсилання",
        ), (
            "thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("uk.content-rejected-mailman", C.CONTENT_REJECTED, (
            "тип вмісту повідомлення", "файл із розширенням, яке", "повідомлення стало порожнім",
        ), "jaredmauch/mailman2-python3:messages/uk/LC_MESSAGES/mailman.po"),
        Phrases("uk.auth-failed-evolution-response", C.AUTH_FAILED, (
            "неправильна автентифікація від сервера",
        ), "GNOME/evolution-data-server:po/uk.po"),
        Phrases("uk.sender-rejected-evolution", C.SENDER_REJECTED, (
            "неправильна адреса відправника",
        ), "GNOME/evolution-data-server:po/uk.po", decisive=False),
        # IMP's (Horde webmail) refusal of a message over the sender's recipient limit.
        Phrases("uk.too-many-recipients-imp", C.RATE_LIMITED, (
            "вам не дозволено слати листи до більш ніж",
        ), "horde/imp:locale/uk/LC_MESSAGES/imp.po"),
        # IMP's note on each recipient the SMTP server refused (the reason is the server's).
        Phrases("uk.user-unknown-imp", C.USER_UNKNOWN, (
            "адресу відхилено сервером-відправником",
        ), "horde/imp:locale/uk/LC_MESSAGES/imp.po", decisive=False),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("uk.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "перевірте отримувача повідомлення",
        ), (
            "thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("uk.user-unknown-roundcube", C.USER_UNKNOWN, (
            "не вдалося додати отримувача",
        ), "roundcube/roundcubemail:program/localization/uk_UA/messages.inc", decisive=False),
        # Roundcube's refusal of a message over its recipient limit (toomanyrecipients).
        Phrases("uk.too-many-recipients-roundcube", C.RATE_LIMITED, (
            "забагато отримувачів",
        ), "roundcube/roundcubemail:program/localization/uk_UA/messages.inc"),
        # Thunderbird's note that the server refuses its encrypted-password authentication (the
        # mechanism must change).
        Phrases("uk.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "не підтримує зашифровані паролі",
        ), (
            "thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        )),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("uk.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "не вдалося відправлення для таких отримувачів",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-uk.php", decisive=False),
        # GNU Mailutils' local delivery refuses, the recipient's mailbox quota or size exceeded
        Phrases("uk.mailbox-full-mailutils", C.MAILBOX_FULL, ("обмеження розміру скриньки",),
                "Distrotech/mailutils:po/uk.po"),
        # GNU Mailutils' stream errors, the remote host closed the connection
        Phrases("uk.network-error-mailutils", C.NETWORK_ERROR, (
            "з'єднання закрито віддаленим сервером",
        ),
                "Distrotech/mailutils:po/uk.po"),
        # GNU Mailutils' authentication errors, unsupported scheme, failed
        Phrases("uk.auth-failed-mailutils", C.AUTH_FAILED, (
            "непідтримувана схема ідентифікації", "ідентифікація не вдалася",
        ),
                "Distrotech/mailutils:po/uk.po"),
        # SquirrelMail's uk_UA translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("uk.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "сервіс недоступний",
        ), "sitle/squirrelmail-src:locales/locale/uk_UA/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's uk_UA translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("uk.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "необхідна передача пароля",
            "механізм ідентифікації небезпечний",
        ), "sitle/squirrelmail-src:locales/locale/uk_UA/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's uk_UA translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("uk.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "помилка при виконанні",
            "помилка транзакції",
        ), "sitle/squirrelmail-src:locales/locale/uk_UA/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's uk_UA translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("uk.system-full-squirrelmail", C.SYSTEM_FULL, (
            "недостатньо місця на диску",
        ), "sitle/squirrelmail-src:locales/locale/uk_UA/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's uk_UA translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("uk.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "ідентифікація не виконана",
            "помилка входу",
        ), "sitle/squirrelmail-src:locales/locale/uk_UA/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's uk_UA translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("uk.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "команда не підтримується",
            "параметр команди не підтримується",
        ), "sitle/squirrelmail-src:locales/locale/uk_UA/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's uk_UA translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("uk.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "неприпустима послідовність команд",
        ), "sitle/squirrelmail-src:locales/locale/uk_UA/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's uk_UA translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("uk.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "потрібна ідентифікація",
        ), "sitle/squirrelmail-src:locales/locale/uk_UA/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's uk_UA translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("uk.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "механізм ідентифікації вимагає шифрування",
        ), "sitle/squirrelmail-src:locales/locale/uk_UA/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's uk_UA translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("uk.has-moved-squirrelmail", C.HAS_MOVED, (
            "користувач не на локальному сервері",
        ), "sitle/squirrelmail-src:locales/locale/uk_UA/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's uk_UA translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("uk.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "перевищена квота зберігання",
        ), "sitle/squirrelmail-src:locales/locale/uk_UA/LC_MESSAGES/squirrelmail.po"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("uk.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "відхилено адміністратором списку",
        ), "jaredmauch/mailman2-python3:templates/uk/refuse.txt"),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("uk.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "поки адміністратор списку його розгляне",
        ), "jaredmauch/mailman2-python3:templates/uk/postheld.txt"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Emergency.py, SpamDetect.py): a
        # moderated list, an implicit destination, a restricted list's approval, administrivia, a
        # suspicious header, a post the moderator deemed inappropriate, an emergency hold, a header
        # filter rule.
        Phrases("uk.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "контрольовану групу новин", "приховані копії та інші",
            "керівник списку вважає недопустимим",
            "надсилання у контрольований список",
            "не визначену чітко адресу",
            "з обмеженими правами надсилання",
            "можливо містить адміністративні команди",
            "містить підозрілий заголовок",
            "аварійне затримання всього трафіку",
            "відкинуте правилом фільтру",
        ), "jaredmauch/mailman2-python3:messages/uk/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("uk.sender-rejected-mailman3-core", C.SENDER_REJECTED, (
            "не від учасника списку",
            "заблокований у цьому списку",
            "без дійсних відправників",
        ), "osstech-jp/mailman:src/mailman/messages/uk/LC_MESSAGES/mailman.po"),
        # Mailman 3's moderation hold reasons (moderated member, implicit destination, emergency
        # moderation) and its notice that a post awaits the moderator's approval.
        Phrases("uk.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "містить адмін-дії", "відповідає правилам заголовка", "модерованій групі новин",
            "від модерованого учасника",
            "має неявне призначення",
            "очікує на схвалення модератора",
            "діє термінова модерація",
        ), "osstech-jp/mailman:src/mailman/messages/uk/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold reason: the post exceeds the list's maximum message size.
        Phrases("uk.message-too-large-mailman3-core", C.MESSAGE_TOO_LARGE, (
            "перевищує максимальний розмір",
        ), "osstech-jp/mailman:src/mailman/messages/uk/LC_MESSAGES/mailman.po"),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("uk.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "розширення файлу повідомлення",
            "повідомлення без теми",
        ), "osstech-jp/mailman:src/mailman/messages/uk/LC_MESSAGES/mailman.po"),
        # Odoo's mail server test: "Сервер відмовився від адреси відправника (<from>) з помилкою"
        # (The server refused the sender address).
        Phrases("uk.sender-rejected-odoo", C.SENDER_REJECTED, (
            "відмовився від адреси відправника",
        ), "odoo/odoo:odoo/addons/base/i18n/uk/LC_MESSAGES/code.po"),
        # Odoo's mail server test: "Здається, що ваш сервер не підтримує SSL, можливо, ви захочете
        # спробувати STARTTLS" (the server does not seem to support SSL).
        Phrases("uk.tls-required-odoo", C.TLS_REQUIRED, (
            "не підтримує ssl",
        ), "odoo/odoo:odoo/addons/base/i18n/uk/LC_MESSAGES/code.po"),
        # Odoo's mail server test (base uk.po): "Сервер несподівано закрив з’єднання. Перевірте
        # конфігурацію, подану на цьому номері порту."
        Phrases("uk.network-error-odoo", C.NETWORK_ERROR, (
            "сервер несподівано закрив",
        ), "odoo/odoo:odoo/addons/base/i18n/uk.po"),
        # Trojitá's SMTP sender (src/MSA/SMTP.cpp), translated: "Cannot send message due to an
        # SSL/TLS error" ("Не вдалося надіслати повідомлення через помилку SSL/TLS").
        Phrases("uk.tls-required-trojita", C.TLS_REQUIRED, (
            "через помилку ssl/tls",
        ), "jktjkt/trojita:po/uk/trojita_common.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("uk.tls-required-sylpheed", C.TLS_REQUIRED, (
            "не вдалося почати сесію tls",
        ), "sylpheed-mail/sylpheed:po/uk.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("uk.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth недоступна", "невдача автентифікації",
        ), "sylpheed-mail/sylpheed:po/uk.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("uk.network-error-sylpheed", C.NETWORK_ERROR, (
            "з'єднання закрито сервером", "не вдалося з'єднатися із сервером smtp",
        ), "sylpheed-mail/sylpheed:po/uk.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("uk.auth-failed-msmtp", C.AUTH_FAILED, (
            "придатний до використання спосіб розпізнавання",
        ), "marlam/msmtp:po/uk.po"),
        # msmtp's "the server does not support authentication": the server's EHLO offers no AUTH
        # (marlam/msmtp:src/msmtp.c tests the AUTH capability), a command not implemented there.
        Phrases("uk.not-implemented-msmtp-auth", C.NOT_IMPLEMENTED, (
            "не передбачено підтримки розпізнавання",
        ), "marlam/msmtp:po/uk.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("uk.tls-required-msmtp", C.TLS_REQUIRED, (
            "сертифікат tls не пройшов перевірки",
            "помилка при ініціалізації tls",
        ), "marlam/msmtp:po/uk.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("uk.network-error-msmtp", C.NETWORK_ERROR, (
            "з'єднання неочікувано розірвано",
            "вузол недоступний",
            "строк очікування на завершення дії перевищено",
        ), "marlam/msmtp:po/uk.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("uk.auth-failed-balsa", C.AUTH_FAILED, ("не вдалося пройти розпізнавання gssapi", "немає відомих способів пройти розпізнавання",
            "немає відповідного механізму розпізнавання",
        ), "GNOME/balsa:po/uk.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("uk.auth-required-balsa", C.AUTH_REQUIRED, (
            "потрібні ім'я користувача і пароль",
        ), "GNOME/balsa:po/uk.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("uk.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "не пропонує служби smtp",
        ), "GNOME/balsa:po/uk.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("uk.tls-required-claws", C.TLS_REQUIRED, (
            "не можу почати tls сесію",
        ), "eworm-de/claws-mail:po/uk.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("uk.network-error-claws", C.NETWORK_ERROR, (
            "віддалений сервер припинив",
        ), "eworm-de/claws-mail:po/uk.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("uk.auth-failed-claws", C.AUTH_FAILED, (
            "авторизація не вдалася",
        ), "eworm-de/claws-mail:po/uk.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("uk.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "повідомлення завелике",
        ), "eworm-de/claws-mail:po/uk.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("uk.auth-failed-claws-2", C.AUTH_FAILED, (
            "не має методу smtp auth",
        ), "eworm-de/claws-mail:po/uk.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("uk.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "невдача перевірки сертифіката ssl",
        ), "sylpheed-mail/sylpheed:po/uk.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("uk.tls-required-balsa-session", C.TLS_REQUIRED, ("видавець підписаного сертифіката невідомий", "пошкоджений сертифікат tls", "сертифікат відкликано", "термін дії сертифіката минув",
            "не вдалося виконати узгодження tls",
            "потрібна tls, але вона недоступна",
        ), "GNOME/balsa:po/uk.po"),
        # Geary's untrusted-connection reasons: the server certificate unsigned, mismatched or expired.
        Phrases("uk.tls-required-geary", C.TLS_REQUIRED, (
            "сертифікат сервера не підписано",
            "профіль сервера не відповідає профілю",
            "строк дії сертифіката сервера вичерпано",
        ), "GNOME/geary:po/uk.po"),
        # Claws Mail's SMTP AUTH errors: failed, stronger authentication required, the method unavailable.
        Phrases("uk.auth-failed-claws-session", C.AUTH_FAILED, (
            "сильна (сильніша) авторизація вимагається",
            "помилка трапилася при авторизації",
            "метод smtp auth не доступний",
        ), "eworm-de/claws-mail:po/uk.po"),
        # Claws Mail's connection errors: timed out, refused, closed by the remote host.
        Phrases("uk.network-error-claws-session", C.NETWORK_ERROR, (
            "час з’єднання закінчився",
        ), "eworm-de/claws-mail:po/uk.po"),
        # FairEmail's account legends: authentication failed (weak: the server's own reply decides).
        Phrases("uk.auth-failed-weak-fairemail-legend", C.AUTH_FAILED, (
            "помилка аутентифікації",
        ), "M66B/FairEmail:app/src/main/res/values-uk-rUA/strings.xml", decisive=False),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("uk.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "не відповідне підключення до інтернету",
        ), "M66B/FairEmail:app/src/main/res/values-uk-rUA/strings.xml", decisive=False),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("uk.network-error-nextcloud-mail", C.NETWORK_ERROR, (
            "сервер smtp недоступний",
            "помилка підключення smtp",
        ), "nextcloud/mail:l10n/uk.json"),
        # Nextcloud Mail's translated account-test errors: the SMTP server is unreachable or the connection failed; the SMTP credentials were refused.
        Phrases("uk.auth-failed-nextcloud-mail", C.AUTH_FAILED, (
            "пароль smtp неправильні",
        ), "nextcloud/mail:l10n/uk.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("uk.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls недоступний",
            "tls недоступний",
        ), "Foundry376/Mailspring:app/lang/uk.json"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("uk.network-error-sylpheed-session", C.NETWORK_ERROR, (
            "не знайдено smtp-сервер",
            "час сеансу закінчився",
            "помилка з'єднання з",
        ), "sylpheed-mail/sylpheed:po/uk.po"),
        # Sylpheed's SMTP session errors: the session timed out, the server not found, an error during authentication.
        Phrases("uk.auth-failed-sylpheed-session", C.AUTH_FAILED, (
            "помилка під час автентифікації",
        ), "sylpheed-mail/sylpheed:po/uk.po"),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("uk.auth-failed-espocrm", C.AUTH_FAILED, (
            "невірні облікові дані",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/uk_UA/Email.json"),
        # Joomla 3's Ukrainian PHPMailer strings (PHPMAILER_*)
        Phrases("uk.auth-failed-joomla3", C.AUTH_FAILED, (
            "неможливо пройти автентифікацію",
        ), "cuongnd/banhangonline88_joomla:language/uk-UA/uk-UA.ini"),
        # Joomla 3's Ukrainian PHPMailer strings (PHPMAILER_*)
        Phrases("uk.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "наступні адреси «від» є невірні",
        ), "cuongnd/banhangonline88_joomla:language/uk-UA/uk-UA.ini"),
        # Joomla 3's Ukrainian PHPMailer strings (PHPMAILER_*)
        Phrases("uk.user-unknown-joomla3", C.USER_UNKNOWN, (
            "помилка при надсиланні до отримувачів",
        ), "cuongnd/banhangonline88_joomla:language/uk-UA/uk-UA.ini", decisive=False),
        # Joomla 3's Ukrainian PHPMailer strings (PHPMAILER_*)
        Phrases("uk.network-error-joomla3", C.NETWORK_ERROR, (
            "неможливо підключитися до smtp-сервера", "не вдалося підключитися до smtp",
        ), "cuongnd/banhangonline88_joomla:language/uk-UA/uk-UA.ini"),
        # Joomla 3's Ukrainian PHPMailer strings (PHPMAILER_*)
        Phrases("uk.tls-required-joomla3", C.TLS_REQUIRED, (
            "не вдалося запустити tls",
        ), "cuongnd/banhangonline88_joomla:language/uk-UA/uk-UA.ini"),
        # Microsoft's Ukrainian help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("uk.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "щоденне обмеження електронної пошти",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.uk-UA:AlchemyInsights/daily-email-limit-exceeded.md"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("uk.rate-limited-sogo", C.RATE_LIMITED, (
            "послати занадто багато",
        ), "Alinto/sogo:UI/MailerUI/Ukrainian.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("uk.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "секунд для відправки листа",
        ), "roundcube/roundcubemail:program/localization/uk_UA/messages.inc"),
        # Microsoft's help title for Exchange Online's 4.5.3 'Too many recipients (AS780090)' (the message over the per-message recipient limit).
        Phrases("uk.too-many-recipients-exchange", C.RATE_LIMITED, (
            "забагато одержувачів",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.uk-UA:AlchemyInsights/antispam-4-5-3-too-many-recipients-as780090.md"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("uk.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "максимальне граничне значення доставки",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.uk-UA:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("uk.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "обмеження частоти надсилання",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.uk-UA:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Mutt's translated SMTP client errors (po/): could not connect; the server closed the connection; SMTP session failed with a read or write error.
        Phrases("uk.network-error-mutt", C.NETWORK_ERROR, (
            "сервер закрив з'єднання",
            "не вийшло з'єднатися з",
            "помилка сесії smtp: помилка читання",
            "помилка сесії smtp: помилка запису",
        ), "muttmua/mutt:po/uk.po"),
        # Trojitá's translated IMAP/SMTP login failure (po/): authentication failed, often a bad password or wrong user name.
        Phrases("uk.auth-failed-trojita", C.AUTH_FAILED, (
            "спроба пройти розпізнавання зазнала невдачі",
        ), "jktjkt/trojita:po/uk/trojita_common.po"),
        # Microsoft 365's localized help on the sender (account) blocked for sending too much spam (AlchemyInsights sender-blocked-for-sending-too-much-spam; the restricted users portal).
        Phrases("uk.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "заблоковано для надсилання занадто багато",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.uk-UA:AlchemyInsights/sender-blocked-for-sending-too-much-spam.md"),
        # Microsoft 365's machine-translated help for 550 5.7.511 'Access denied, banned sender' (AlchemyInsights ip-blocked-for-sending-too-much-spam-550-5-7-51).
        Phrases("uk.blocklisted-microsoft-banned-sender", C.BLOCKLISTED, (
            "ip-адреси заблоковано для надсилання",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.uk-UA:AlchemyInsights/ip-blocked-for-sending-too-much-spam-550-5-7-51.md"),
        # Mailpile's SMTP/IMAP login errors (smtp_client.py, mail_source/): the server refused the
        # login (AUTH or OAuth2), a bad character in the username or password.
        Phrases("uk.auth-failed-mailpile", C.AUTH_FAILED, (
            "поштовий сервер відмовив у доступі",
            "символ в логіні або паролі",
            "неправильний логін або пароль",
        ), "mailpile/Mailpile:shared-data/locale/uk/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the server refused the envelope sender (MAIL FROM).
        Phrases("uk.sender-rejected-mailpile", C.SENDER_REJECTED, (
            "відправника відхилено",
        ), "mailpile/Mailpile:shared-data/locale/uk/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the TLS negotiation failed.
        Phrases("uk.tls-required-mailpile", C.TLS_REQUIRED, (
            "не вдалося створити безпечне з'єднання",
        ), "mailpile/Mailpile:shared-data/locale/uk/LC_MESSAGES/mailpile.po"),
        # Mailpile's connection errors (conn_brokers, smtp_client): could not connect, the
        # connection timed out or was refused, the host unreachable.
        Phrases("uk.network-error-mailpile", C.NETWORK_ERROR, (
            "тайм-аут підключення",
            "в з'єднанні відмовлено",
            "хост недоступний",
            "не вдалося з'єднатися з",
        ), "mailpile/Mailpile:shared-data/locale/uk/LC_MESSAGES/mailpile.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the mailbox quota exceeded.
        Phrases("uk.mailbox-full-evolution-exchange", C.MAILBOX_FULL, (
            "перевищено квоту поштової скриньки",
        ), "GNOME/evolution-mapi:po/uk.po; GNOME/evolution-ews:po/uk.po"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("uk.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "не вдалося увійти до сервера",
            "строк дії пароля вичерпано",
        ), "GNOME/evolution-mapi:po/uk.po; GNOME/evolution-ews:po/uk.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("uk.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "обмеження на кількість сеансів",
        ), "GNOME/evolution-mapi:po/uk.po; GNOME/evolution-ews:po/uk.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the account is disabled.
        Phrases("uk.mailbox-disabled-evolution-exchange", C.MAILBOX_DISABLED, (
            "обліковий запис вимкнено",
        ), "GNOME/evolution-mapi:po/uk.po; GNOME/evolution-ews:po/uk.po"),
        # Evolution's EWS back end (evolution-ews): the Exchange or Microsoft 365 server is busy
        # (ErrorServerBusy), waiting to retry.
        Phrases("uk.service-unavailable-evolution-exchange", C.SERVICE_UNAVAILABLE, (
            "сервер exchange зайнято",
            "сервер microsoft 365 зайнято",
        ), "GNOME/evolution-mapi:po/uk.po; GNOME/evolution-ews:po/uk.po"),
        # Zimbra web client (ZmMsg): the attachment failed because the message would exceed the
        # size limit.
        Phrases("uk.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "перевищено граничний розмір повідомлення",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_uk.properties"),
        # Zimbra web client (ZmMsg): authentication failed with the account.
        Phrases("uk.auth-failed-zimbra-web", C.AUTH_FAILED, (
            "не вдалося виконати автентифікацію",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_uk.properties"),
        # Zimbra web client (ZmMsg): the user is not authenticated.
        Phrases("uk.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "користувача не авторизовано",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_uk.properties"),
        # Zimbra web client (ZmMsg): the mail quota is exceeded.
        Phrases("uk.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "перевищення квоти пошти",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_uk.properties"),
        # Zimbra web client (ZmMsg): the upload was rejected, the file contains a virus.
        Phrases("uk.virus-zimbra-web", C.VIRUS, (
            "містить вірус",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_uk.properties"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("uk.network-error-glib-gio", C.NETWORK_ERROR, (
            "вводу-виводу сокета",
            "мережа недоступна",
            "вузол є недоступним",
            "помилка при розв'язанні імені",
            "тимчасово неможливо розв'язати",
            "не вдалося під'єднатися до проксі-сервера",
        ), "GNOME/glib:po/uk.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("uk.network-error-libsoup", C.NETWORK_ERROR, (
            "мережевий потік несподівано закрився",
            "несподівано зв'язок розірвано",
        ), "GNOME/libsoup:po/uk.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("uk.rate-limited-tuta", C.RATE_LIMITED, (
            "перевищено кількість дозволених спроб",
            "перевищили кількість дозволених листів",
            "перевищено кількість дозволених електронних листів",
        ), "tutao/tutanota:src/ui/translations/uk.ts"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("uk.mailbox-full-tuta", C.MAILBOX_FULL, (
            "перевищено граничний обсяг сховища",
        ), "tutao/tutanota:src/ui/translations/uk.ts"),
        # Tuta (Tutanota) client's connection errors: the connection to the server was lost.
        Phrases("uk.network-error-tuta", C.NETWORK_ERROR, (
            "підключення до сервера втрачено",
        ), "tutao/tutanota:src/ui/translations/uk.ts"),
    ),
    together=(
        # Mutt's connection errors (po/): the connection timed out or closed, could not connect,
        # the host not found, the server closed the connection, the SMTP session failed on read
        # or write. The address or mechanism between the words.
        Together("uk.together-network-error-mutt", C.NETWORK_ERROR, (
            ("з’єднання з",),
            ("закрито",),
        ), "muttmua/mutt:po/uk.po", window=40),
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("uk.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("з'єднання з сервером",),
            ("скинуто", "перервано"),
        ), "thunderbird/thunderbird-l10n:uk/mail/chrome/messenger/messenger.properties", window=50),
        # Microsoft's Ukrainian Alchemy Insights article on NDR 5.1.90 ("Відправник перевищив
        # обмеження 10 000 повідомлень за добу"): a daily limit exceeded or reached, in any case.
        Together("uk.together-rate-limited", C.RATE_LIMITED, (
            ("перевищ", "досягнуто"),
            ("обмежен",),
            ("за добу", "добного", "добов", "щоденн"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.uk-UA:AlchemyInsights/5-1-90-your-message-cant-be-sent-dai"
           "ly-limit.md", window=50),
        # The Ukrainian article on NDR 5.7.511 ("видаліть постраждалих обліковий запис зі списку
        # заблоковані відправники"): the sender on the blocked senders' list.
        Together("uk.together-blocklisted", C.BLOCKLISTED, (
            ("списк",),
            ("заблокован",),
            ("відправник",),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.uk-UA:AlchemyInsights/1264-ip-blocked-for-sending-too-much"
           "-spam-550-5-7-51.md"),
        # The Ukrainian article on NDR 4.5.3 ("обсяг трафік електронної пошти від IP-адресу
        # джерела перевищує ліміт"): the mail traffic over its limit.
        Together("uk.together-rate-limited-traffic", C.RATE_LIMITED, (
            ("трафік",),
            ("перевищує",),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.uk-UA:AlchemyInsights/1049-antispam-4-5-3-too-many-recipien"
           "ts-as780090.md", window=60),
        # Microsoft's Ukrainian Alchemy Insights article on NDR 5.4.1 ("550 5.4.1 ретранслятор
        # доступ заборонено", Relay Access Denied): access to the relay refused.
        Together("uk.together-relay-denied", C.RELAY_DENIED, (
            ("ретрансл",),
            ("заборонено", "відмовлено"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.uk-UA:AlchemyInsights/antispam-5-4-1-dbeb-catch-all.md", window=30),
    ),
)
