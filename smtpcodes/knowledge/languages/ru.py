"""Russian (ru): wordings of the SMTP error messages that mail clients and mail libraries show in
Russian (Russian mailbox providers answer SMTP in English). Sources: Thunderbird's and
Roundcube's Russian SMTP error strings and PHPMailer's Russian language file.
Also: Thunderbird's composeMsgs.properties, Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/).
Also: glibc's translated strerror and resolver texts (bminor/glibc po/),
Microsoft's localized Windows Sockets error list (win32-pr desktop-src/WinSock), Zimbra's web-
client errors (Zimbra/zm-ajax ZMsg), SOGo's send errors (Alinto/sogo UI/MailerUI), Mailman 2's
refusals, Evolution's RFC 5321 reply texts.
Also: Sympa's delivery status notifications (sympa-community/sympa po/sympa/).
Also: .NET's localized SmtpStatusCode reference (learn.microsoft.com), SQL Server Reporting
Services' docs quoting .NET's SmtpClient refusal.
Also: mailing-list managers' notices to posters (Mailman 2 and 3 templates and catalogues, Sympa,
ezmlm-idx, mlmmj, fml) where this language has them."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/ru_RU/messages.inc"
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-ru.php"

_EVO_PO = "GNOME/evolution-data-server:po/ru.po"
_RC_L10N = "roundcube/roundcubemail:program/localization/ru_RU/messages.inc"
_TB_L10N = (
    "thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/messengercompose/composeMsgs.properties"
)

LANGUAGE = Language(
    code="ru",
    name="Russian",
    phrases=(
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("ru.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "не могу войти на сервер",
        ), ("thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("ru.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "не могу найти сервер",
        ), ("thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # KDE's IMAP library (kimap): the login failed, plain login disabled or the
        # authentication mode not supported by the server.
        Phrases("ru.auth-failed-weak-kimap", C.AUTH_FAILED, (
            "вход не удался",
        ), "KDE/kimap:po/ru/libkimap6.po", decisive=False),
        # KDE's IMAP library (kimap): the login failed as the TLS negotiation failed, the SSL
        # handshake failed.
        Phrases("ru.tls-required-kimap", C.TLS_REQUIRED, (
            "ошибка согласования tls", "обмена приветствиями ssl",
        ), "KDE/kimap:po/ru/libkimap6.po"),
        # KDE's Akonadi mail resources (kdepim-runtime; KMail fetches through them): no
        # connection to the server, the server terminated the connection, a timeout, the
        # connection broken or lost, disconnected during login.
        Phrases("ru.network-error-kdepim", C.NETWORK_ERROR, (
            "сервер прервал соединение", "сервер сразу же прервал соединение",
            "превышено время ожидания данных от сервера", "разорвано соединение",
            "отключение от сервера во время входа", "отключение во время входа",
        ), "KDE/kdepim-runtime:po/ru/akonadi_pop3_resource.po"),
        # KDE's Akonadi mail resources (kdepim-runtime): an error during authentication, unable
        # to log in to the server.
        Phrases("ru.auth-failed-kdepim", C.AUTH_FAILED, (
            "невозможно войти на сервер",
        ), "KDE/kdepim-runtime:po/ru/akonadi_pop3_resource.po"),
        # KDE's Akonadi POP3 resource (kdepim-runtime): an SSL/TLS error.
        Phrases("ru.tls-required-kdepim", C.TLS_REQUIRED, (
            "ошибка ssl/tls",
        ), "KDE/kdepim-runtime:po/ru/akonadi_pop3_resource.po"),
        # KDE's Akonadi IMAP resource (kdepim-runtime): the server is not available.
        Phrases("ru.service-unavailable-kdepim", C.SERVICE_UNAVAILABLE, (
            "сервер недоступен",
        ), "KDE/kdepim-runtime:po/ru/akonadi_imap_resource.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("ru.tls-required-glib-networking", C.TLS_REQUIRED, (
            "сервер требует сертификат tls", "недопустимый сертификат tls",
            "не удалось создать соединение tls", "квитирование tls",
            "соединение tls неожиданно закрылось", "не предоставил сертификат",
            "фатальное предупреждение tls", "неприемлемый центр сертификации tls",
        ), "GNOME/glib-networking:po/ru.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("ru.network-error-glib-networking", C.NETWORK_ERROR, (
            "превышено время ожидания ввода-вывода сокета", "соединение разорвано",
        ), "GNOME/glib-networking:po/ru.po"),
        # Thunderbird's IMAP errors (imapMsgs.properties): disconnected from the server.
        Phrases("ru.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "произошло отключение от",
        ), "thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error.
        Phrases("ru.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "неустранимая ошибка tls",
        ), "thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("ru.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "не удалось отправить пароль",
        ), "thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("ru.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "не удалось установить соединение с использованием tls",
        ), "thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/localMsgs.properties"),
        # mailout.ru's Russian explanation of a bounce: the user deleted this address.
        Phrases("ru.user-unknown-mailout", C.USER_UNKNOWN, (
            "удалил данный почтовый адрес",
        ), "https://mailout.ru/2015/09"),
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("ru.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "сек. для отправки сообщения",
        ), "roundcube/roundcubemail:program/localization/ru_RU/messages.inc"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("ru.message-too-large-roundcube-attach", C.MESSAGE_TOO_LARGE, (
            "превышен максимальный размер сообщ",
        ), "roundcube/roundcubemail:program/localization/ru_RU/messages.inc"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("ru.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "слишком много активных подключений",
        ), "Foundry376/Mailspring:app/lang/ru.json"),
        # Mailspring's 'The message has been blocked by Yahoo's outbound spam filter.'
        Phrases("ru.spam-content-mailspring", C.SPAM_CONTENT, (
            "фильтром исходящих спама",
        ), "Foundry376/Mailspring:app/lang/ru.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("ru.relay-denied-mailspring", C.RELAY_DENIED, (
            "сервер smtp не будет передавать сообщение",
        ), "Foundry376/Mailspring:app/lang/ru.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("ru.rate-limited-mailspring", C.RATE_LIMITED, (
            "превышена пропускная способность gmail",
            "превысили лимит ежедневной отправки",
        ), "Foundry376/Mailspring:app/lang/ru.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("ru.network-error-mailspring", C.NETWORK_ERROR, (
            "невозможно подключиться к указанному серверу",
        ), "Foundry376/Mailspring:app/lang/ru.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("ru.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "содержит незаконное вложение",
        ), "Foundry376/Mailspring:app/lang/ru.json"),
        # Mailspring's 'Authentication required.'
        Phrases("ru.auth-required-mailspring", C.AUTH_REQUIRED, (
            "необходима аутентификация",
        ), "Foundry376/Mailspring:app/lang/ru.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("ru.auth-failed-mailspring", C.AUTH_FAILED, (
            "не поддерживает базовую аутентификацию",
        ), "Foundry376/Mailspring:app/lang/ru.json"),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("ru.network-error-snappymail", C.NETWORK_ERROR, (
            "ошибка соединения с сервером",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/ru/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("ru.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "не удалось авторизоваться",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/ru/user.json", decisive=False),
        # Cypht's 'Failed to authenticate to the SMTP server'.
        Phrases("ru.auth-failed-cypht", C.AUTH_FAILED, (
            "невозможно аутентифицироваться",
        ), "cypht-org/cypht:language/ru.php"),
        # Cypht's 'Could not add server: Connection refused'.
        Phrases("ru.network-error-cypht", C.NETWORK_ERROR, (
            "соединение отклонено",
        ), "cypht-org/cypht:language/ru.php"),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("ru.auth-required-kmail", C.AUTH_REQUIRED, (
            "требуется указать имя пользователя и пароль",
        ), "KDE/kmailtransport:po/ru/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("ru.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "больше, чем лимит сервера",
        ), "M66B/FairEmail:app/src/main/res/values-ru-rRU/strings.xml"),
        Phrases("ru.auth-failed", C.AUTH_FAILED, (
            "не удалось пройти аутентификацию", "ошибка авторизации",
            "не удалось аутентифицироваться", "не поддерживает выбранный метод аутентификации",
        ), _THUNDERBIRD),
        # Microsoft's Russian help title for 550 5.7.708 'Access denied, traffic not accepted from this IP' (a poorly reputed IP, as the 5.7.7xx code rule reads it).
        Phrases("ru.reputation-microsoft-traffic", C.REPUTATION, (
            "не принятый с этого ip",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/"
            "antispam-550-5-7-708-service-unavailable-access-denied-traffic-not-accepted.md")),
        # Microsoft's Russian help title for 5.7.750 'Client blocked from sending from unregistered domain' (the 5.7.7xx code rule reads it as reputation).
        Phrases("ru.reputation-microsoft-unregistered-domain", C.REPUTATION, (
            "из незарегистрированного домена",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/"
            "5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d.md")),
        # Microsoft's Russian help title: the account restricted for sending too much spam (5.1.8, the sender blocked).
        Phrases("ru.sender-rejected-exchange-spam", C.SENDER_REJECTED, (
            "ограничен для отправки слишком много спама",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/"
            "sender-blocked-for-sending-too-much-spam.md")),
        # Exchange Online's Russian 5.1.8 NDR for a user restricted for sending spam, as Microsoft's ru-RU docs on the Restricted users portal quote it: "система не распознала вас как допустимого отправителя".
        Phrases("ru.sender-rejected-exchange-bad-sender", C.SENDER_REJECTED, (
            "не распознала вас как допустимого отправителя",
        ), ("MicrosoftDocs/microsoft-365-docs-pr.ru-RU:microsoft-365/security/office-365-security/"
            "removing-user-from-restricted-users-portal-after-spam.md")),
        # Microsoft's Russian help on Exchange Online's receiving limit: senders get an NDR (5.2.121/5.2.122) saying the mailbox exceeded its maximum delivery threshold.
        Phrases("ru.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "применяются ограничения в течение следующих",
            "превысил максимальный порог доставки",
        ), ("isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/"
            "mailbox-receiving-limit.md")),
        Phrases("ru.network-error", C.NETWORK_ERROR, (
            "не удается подключиться", "сбой соединения с сервером",
            "ошибка соединения с smtp-сервером", "не удалось установить соединение",
            "было утеряно в середине транзакции", "время ожидания соединения",
        ), _THUNDERBIRD),
        Phrases("ru.message-too-large", C.MESSAGE_TOO_LARGE, (
            "размер сообщения превышает", "превышает глобальный предел размера",
        ), _THUNDERBIRD),
        Phrases("ru.too-many-recipients", C.RATE_LIMITED, (
            "разрешённого количества получателей",
        ), _THUNDERBIRD),
        Phrases("ru.smtputf8", C.CONTENT_REJECTED, (
            "не поддерживает unicode в адресе",
        ), _ROUNDCUBE),
        Phrases("ru.sender-rejected", C.SENDER_REJECTED, (
            "неверный адрес отправителя",
        ), _PHPMAILER),
        Phrases("ru.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "адрес электронной почты верен",
        ), _TB_L10N, decisive=False),
        Phrases("ru.network-error-thunderbird", C.NETWORK_ERROR, (
            "возможно, сервер неверно сконфигурирован",
        ), _TB_L10N),
        Phrases("ru.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "невозможно установить отправителя",
        ), _RC_L10N, decisive=False),
        Phrases("ru.mailbox-full-evolution", C.MAILBOX_FULL, (
            "исчерпано место в хранилище",
        ), _EVO_PO),
        Phrases("ru.auth-required-evolution", C.AUTH_REQUIRED, (
            "требуется аутентификация",
        ), _EVO_PO),
        Phrases("ru.auth-failed-evolution", C.AUTH_FAILED, (
            "временный сбой аутентификации", "слишком слабый механизм аутентификации",
        ), _EVO_PO),
        Phrases("ru.system-full-evolution", C.SYSTEM_FULL, (
            "недостаточно места в системном хранилище",
        ), _EVO_PO),
        Phrases("ru.sender-rejected-mailman", C.SENDER_REJECTED, (
            "запрещено отправлять сообщения в этот список",
            "в закрытый список с постороннего адреса",
            "запрещено доставлять сообщения с посторонних адресов",
        ), "jaredmauch/mailman2-python3:messages/ru/LC_MESSAGES/mailman.po"),
        Phrases("ru.user-unknown-sympa", C.USER_UNKNOWN, (
            "следующий адрес не является рассылкой",
        ), "sympa-community/sympa:po/sympa/ru.po"),
        Phrases("ru.sender-rejected-sympa", C.SENDER_REJECTED, (
            "ограничена её владельцами",
            "рассылка сообщения: отказано в авторизации",
            "вам не разрешено отправлять такие сообщения", "отправка сообщений в эту рассылку",
        ), "sympa-community/sympa:po/sympa/ru.po"),
        # Exchange Online's 5.1.90 NDR (the sender's daily recipient limit), as Microsoft's
        # localized help titles it.
        Phrases("ru.rate-limited-daily-recipients", C.RATE_LIMITED, (
            "превысил дневное ограничение",
            "допустимое количество получателей сообщения в день",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/5-1-90-your-mess"
            "age-cant-be-sent-daily-limit.md"
        )),
        # Gmail's Russian sending-limit errors (Google Workspace's help on sending limits).
        Phrases("ru.rate-limited-gmail", C.RATE_LIMITED, (
            "превышено ограничение на отправку сообщений",
            "превышено ограничение на количество получателей",
        ), "https://support.google.com/a/answer/166852?hl=ru&ref_topic=28609"),
        # glibc's translated strerror texts: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, EADDRNOTAVAIL,
        # ENETUNREACH, ECONNRESET, ECONNABORTED, ENETDOWN, EHOSTDOWN, gai_strerror's EAI_AGAIN
        # and the resolver's host name lookup failure.
        Phrases("ru.network-error-glibc", C.NETWORK_ERROR, (
            "неисправимая ошибка в разрешении имен",
            "узел выключен",
            "сеть не работает",
            "программа вызвала разрыв соединения",
            "сбой поиска имени узла",
            "в соединении отказано", "время ожидания соединения истекло", "нет маршрута до узла",
            "невозможно назначить запрошенный адрес", "сеть недоступна",
            "соединение разорвано другой стороной", "временный сбой в разрешении имен",
        ), "bminor/glibc:po/ru.po"),
        # glibc's translated gai_strerror texts (EAI_NONAME, EAI_NODATA) and the resolver's
        # unknown host.
        Phrases("ru.host-unknown-glibc", C.HOST_UNKNOWN, (
            "неизвестный узел",
            "неизвестное имя или служба", "с именем узла не связано ни одного адреса",
        ), "bminor/glibc:po/ru.po"),
        # Microsoft's Windows Sockets error list in this language (WSAECONNREFUSED 10061,
        # WSAETIMEDOUT 10060, WSAEHOSTUNREACH 10065, WSAEADDRNOTAVAIL 10049, WSAECONNRESET 10054,
        # WSAENETDOWN 10050 to WSAECONNABORTED 10053),
        # as Windows MTAs and mail clients quote the socket error of a failed delivery.
        Phrases("ru.network-error-winsock", C.NETWORK_ERROR, (
            "сброс соединения по одноранговому узлу",
            "сетевое подключение разорвано",
            "подключение прервано программным обеспечением",
            "программное обеспечение привело к прерыванию подключения",
            "подключение отклонено", "конечный компьютер отказался",
            "истекло время ожидания подключения", "попытка подключения не удалась",
            "нет маршрута к узлу", "принудительно завершено удаленным узлом",
        ), "MicrosoftDocs/win32-pr.ru-ru:desktop-src/WinSock/windows-sockets-error-codes-2.md"),
        Phrases("ru.user-unknown-evolution", C.USER_UNKNOWN, (
            "почтовый ящик недоступен", "имя почтового ящика недопустимо",
        ), "GNOME/evolution-data-server:po/ru.po", decisive=False),
        Phrases("ru.has-moved-evolution", C.HAS_MOVED, (
            "пользователь не локальный",
        ), "GNOME/evolution-data-server:po/ru.po"),
        Phrases("ru.syntax-error-evolution", C.SYNTAX_ERROR, (
            "синтаксическая ошибка",
        ), "GNOME/evolution-data-server:po/ru.po", decisive=False),
        Phrases("ru.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "команда не реализована", "параметр команды не реализован",
        ), "GNOME/evolution-data-server:po/ru.po", decisive=False),
        Phrases("ru.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "сервис не доступен",
        ), "GNOME/evolution-data-server:po/ru.po", decisive=False),
        Phrases("ru.server-error-evolution", C.SERVER_ERROR, (
            "ошибка при обработке",
        ), "GNOME/evolution-data-server:po/ru.po", decisive=False),
        Phrases("ru.tls-required-evolution", C.TLS_REQUIRED, (
            "для запрошенного механизма аутентификации требуется шифрование",
        ), "GNOME/evolution-data-server:po/ru.po"),
        Phrases("ru.user-unknown-zimbra", C.USER_UNKNOWN, (
            "такой учетной записи нет",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ru.properties"),
        Phrases("ru.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "превышен максимально допустимый размер",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ru.properties"),
        Phrases("ru.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "сервис временно недоступен",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ru.properties", decisive=False),
        Phrases("ru.network-error-zimbra", C.NETWORK_ERROR, (
            "слишком много переходов между серверами",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ru.properties"),
        Phrases("ru.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "сообщения слишком велик",
        ), "jaredmauch/mailman2-python3:messages/ru/LC_MESSAGES/mailman.po"),
        Phrases("ru.too-many-recipients-mailman", C.RATE_LIMITED, (
            "слишком много адресатов",
        ), "jaredmauch/mailman2-python3:messages/ru/LC_MESSAGES/mailman.po"),
        Phrases("ru.user-unknown-sogo", C.USER_UNKNOWN, (
            "все получатели являются недействительными", "следующие адреса неверны",
        ), "Alinto/sogo:UI/MailerUI/Russian.lproj/Localizable.strings"),
        Phrases("ru.network-error-sogo", C.NETWORK_ERROR, (
            "ошибка при соединении с сервером smtp",
        ), "Alinto/sogo:UI/MailerUI/Russian.lproj/Localizable.strings"),
        Phrases("ru.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "потому что указаны неверные адреса",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ru.properties", decisive=False),
        Phrases("ru.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "мандат kerberos/gssapi не был принят",
        ), (
            "thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("ru.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "не разрешает использование обычных текстовых паролей",
        ), (
            "thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        )),
        Phrases("ru.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "используете правильную учётную запись для отправки",
        ), (
            "thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/messengercompose/composeMs"
            "gs.properties"
        ), decisive=False),
        Phrases("ru.content-rejected-mailman", C.CONTENT_REJECTED, (
            "с таким типом содержимого", "с таким расширением файла", "сообщение оказалось пустым",
        ), "jaredmauch/mailman2-python3:messages/ru/LC_MESSAGES/mailman.po"),
        Phrases("ru.auth-failed-evolution-response", C.AUTH_FAILED, (
            "неверный ответ от сервера при идентификации",
        ), "GNOME/evolution-data-server:po/ru.po"),
        # Sympa's delivery status notification for a list that does not exist (its subject, "List
        # unknown").
        Phrases("ru.user-unknown-sympa-list", C.USER_UNKNOWN, (
            "неизвестная рассылка",
            "рассылка неизвестна",
        ), "sympa-community/sympa:po/sympa/ru.po"),
        # Sympa's notice of a message over the list's size limit (5.2.3).
        Phrases("ru.message-too-large-sympa", C.MESSAGE_TOO_LARGE, (
            "слишком большое сообщение",
            "превысил максимальный размер",
        ), "sympa-community/sympa:po/sympa/ru.po"),
        # Sympa's notice of a virus found in the poster's message.
        Phrases("ru.virus-sympa", C.VIRUS, (
            "в вашем письме вирус",
            "антивирусная программа обнаружила вирус",
        ), "sympa-community/sympa:po/sympa/ru.po"),
        # Thunderbird's note when the server refuses a recipient (RCPT TO): check the recipient's
        # address; the server's own reply, quoted in it, names the reason.
        Phrases("ru.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "проверьте правильность написания адреса получателя",
        ), (
            "thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        ), decisive=False),
        # Roundcube's note when the SMTP server refuses a recipient (smtptoerror); the server's
        # reply, quoted in it, names the reason.
        Phrases("ru.user-unknown-roundcube", C.USER_UNKNOWN, (
            "невозможно добавить получателя",
        ), "roundcube/roundcubemail:program/localization/ru_RU/messages.inc", decisive=False),
        # Roundcube's refusal of a message over its recipient limit (toomanyrecipients).
        Phrases("ru.too-many-recipients-roundcube", C.RATE_LIMITED, (
            "слишком много получателей",
        ), "roundcube/roundcubemail:program/localization/ru_RU/messages.inc"),
        # Thunderbird's note that the server refuses its encrypted-password authentication (the
        # mechanism must change).
        Phrases("ru.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "не поддерживает использование зашифрованных паролей",
        ), (
            "thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/messengercompose/composeMsgs."
            "properties"
        )),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("ru.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "ошибка следующих получателей",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-ru.php", decisive=False),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 4.4.1/4.4.2: the destination server does not respond, or the connection between the servers dropped.
        Phrases("ru.network-error-exchange2013", C.NETWORK_ERROR, (
            "конечный сервер не отвечает",
            "разрыв соединения между серверами",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 5.2.1: the mailbox can't be accessed (offline, disabled or quarantined).
        Phrases("ru.mailbox-disabled-weak-exchange2013", C.MAILBOX_DISABLED, (
            "не удается получить доступ к почтовому ящику",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 5.2.2: the recipient's mailbox is over its storage quota.
        Phrases("ru.mailbox-full-exchange2013", C.MAILBOX_FULL, (
            "превысил свою квоту",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 5.3.4: the message exceeds the configured size limit.
        Phrases("ru.message-too-large-exchange2013", C.MESSAGE_TOO_LARGE, (
            "превышает ограничение на размер сообщения",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 5.5.3: more recipients than a single message may have.
        Phrases("ru.rate-limited-exchange2013", C.RATE_LIMITED, (
            "превышает общее количество получателей",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 5.7.1: the sender isn't allowed to send to this recipient.
        Phrases("ru.policy-violation-exchange2013", C.POLICY_VIOLATION, (
            "отправителю не разрешено",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 4.4.7: the message expired in the queue.
        Phrases("ru.expired-exchange2013", C.EXPIRED, (
            "срок действия сообщения в очереди истек",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 5.7.1: relaying to a system that isn't the message's final destination is refused.
        Phrases("ru.relay-denied-exchange2013", C.RELAY_DENIED, (
            "не является конечным местом назначения",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 5.7.1: the sending system didn't authenticate to a receiver that requires it.
        Phrases("ru.auth-required-exchange2013", C.AUTH_REQUIRED, (
            "не выполнила проверку подлинности для принимающей",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 5.1.1: there is no such recipient in the destination mail system.
        Phrases("ru.user-unknown-exchange2013", C.USER_UNKNOWN, (
            "не существует в целевой системе электронной почты",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 4.3.1: insufficient memory or a full disk on the receiving server.
        Phrases("ru.system-full-weak-exchange2013", C.SYSTEM_FULL, (
            "ошибка нехватки памяти",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 5.2.3: the message is too large for the recipient's local limit.
        Phrases("ru.message-too-large-local-exchange2013", C.MESSAGE_TOO_LARGE, (
            "сообщение слишком велико",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 5.4.4: no route for the message's delivery (next hop unknown).
        Phrases("ru.network-error-no-route-exchange2013", C.NETWORK_ERROR, (
            "отсутствует маршрут доставки сообщения",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 5.3.5 and 5.4.6: a mail loop was detected (зацикливание почты, почтовый цикл; X.4.6 routing loop).
        Phrases("ru.network-error-loop-exchange2013", C.NETWORK_ERROR, (
            "зацикливания почты", "почтового цикл", "почтовый цикл",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 5.1.7: the sender's SMTP address is wrong or missing (SMTP-адрес отправителя).
        Phrases("ru.sender-rejected-exchange2013", C.SENDER_REJECTED, (
            "smtp-адрес отправителя",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        )),
        # Exchange's Russian NDR reference (Exchange 2013 docs), 5.7.3: the sender forbade reassignment to an alternate recipient; weak, a policy refusal.
        Phrases("ru.policy-violation-weak-exchange2013", C.POLICY_VIOLATION, (
            "переназначение альтернативному получателю",
        ), (
            "MicrosoftDocs/OfficeDocs-Exchange-Test-pr.ru-ru:Exchange-Server-2013/dsns-and-nd"
            "rs-in-exchange-2013-exchange-2013-help.md"
        ), decisive=False),
        # Plesk's Russian notice for mail to a nonexistent address ('this address no longer accepts mail'), as its
        # Russian locale's help quotes it.
        Phrases("ru.user-unknown-plesk", C.USER_UNKNOWN, (
            "адрес больше не принимает писем",
        ), (
            "http://ftp.hosteurope.de/mirror/autoinstall.plesk.com/PSA_8.3.0/dist-pkg-FreeBSD"
            "-6.1-i386/distfiles/psa-locale-ru-ru-8.3.tar.gz"
        )),
        # Microsoft's Russian help titles 'Mailbox Quota Exceeded' 'Превышена квота почтовых ящиков'.
        Phrases("ru.mailbox-full-microsoft", C.MAILBOX_FULL, (
            "превышена квота почтов",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/mailbox-quota-ex"
            "ceeded.md"
        )),
        # Microsoft's Russian help on 550 5.7.511 'Access denied, banned sender': 'Доступ запрещен, запрещенный отправитель'.
        Phrases("ru.blocklisted-microsoft", C.BLOCKLISTED, (
            "запрещенный отправитель",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/ip-blocked-for-s"
            "ending-too-much-spam-550-5-7-51.md"
        )),
        # Microsoft's Russian help titles NDR 554 5.2.2 'mailbox full' 'полный почтовый ящик'.
        Phrases("ru.mailbox-full-microsoft-ndr", C.MAILBOX_FULL, (
            "полный почтовый ящик",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/mailbox-full-error.md"),
        # Microsoft's Russian help on 451 4.7.0 'Temporary server error. Please try again later. PRX4'.
        Phrases("ru.server-error-microsoft", C.SERVER_ERROR, (
            "временная ошибка сервера",
        ), (
            "isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/451-470-temporar"
            "y-server-error.md"
        )),
        # K-9 / Thunderbird for Android says "Сбой аутентификации"
        Phrases("ru.auth-failed-k9", C.AUTH_FAILED, ("сбой аутентификации",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-ru/strings.xml")),
        # K-9 / Thunderbird for Android status says "Сбой подключения"
        Phrases("ru.network-error-weak-k9", C.NETWORK_ERROR, ("сбой подключения",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-ru/strings.xml"),
                decisive=False),
        # K-9 account setup says "Ошибка сети. Проверьте состояние вашего соединения"
        Phrases("ru.network-error-weak-k9-setup", C.NETWORK_ERROR, ("ошибка сети",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/setup/src/main/res/values-ru/strings.xml"),
                decisive=False),
        # K-9 server check says "Ошибка аутентификации"
        Phrases("ru.auth-failed-weak-k9", C.AUTH_FAILED, ("ошибка аутентификации",),
                ("thunderbird/thunderbird-android:"
                 "feature/account/server/validation/src/main/res/values-ru/strings.xml"),
                decisive=False),
        # Geary, when it cannot reach the server, asks to check the network
        Phrases("ru.network-error-geary", C.NETWORK_ERROR, ("не удалось подключиться",),
                "GNOME/geary:po/ru.po", decisive=False),
        # Geary says an incorrect login or password, check your sending login and password
        Phrases("ru.auth-failed-geary", C.AUTH_FAILED, ("проверьте свой адрес и пароль эл. почты",
            "неправильном логине или пароле", "логин и пароль для отправления",
        ),
                "GNOME/geary:po/ru.po"),
        # Delta Chat cannot log in and asks to check the address and the password
        Phrases("ru.auth-failed-deltachat", C.AUTH_FAILED, ("пароль введены правильно",),
                "deltachat/deltachat-android:src/main/res/values-ru/strings.xml"),
        # Delta Chat reports no internet connection (and so a failed login)
        Phrases("ru.network-error-deltachat", C.NETWORK_ERROR, (
            "отсутствует соединение с интернетом",
        ),
                "deltachat/deltachat-android:src/main/res/values-ru/strings.xml"),
        # GNOME Online Accounts' mail setup errors, server does not support STARTTLS, TLS not available
        Phrases("ru.tls-required-goa", C.TLS_REQUIRED, (
            "не поддерживает starttls", "tls недоступен",
        ),
                "GNOME/gnome-online-accounts:po/ru.po"),
        # GNOME Online Accounts' mail setup errors, unknown authentication mechanism, failed
        Phrases("ru.auth-failed-goa", C.AUTH_FAILED, ("неизвестный механизм аутентификации",),
                "GNOME/gnome-online-accounts:po/ru.po"),
        # fetchmail keeps the message, the SMTP server requires STARTTLS, TLS is mandatory
        Phrases("ru.tls-required-fetchmail", C.TLS_REQUIRED, (
            "требуется starttls", "требуется использовать tls",
        ),
                "Distrotech/fetchmail:po/ru.po"),
        # fetchmail timed out waiting to connect to the server
        Phrases("ru.network-error-fetchmail", C.NETWORK_ERROR, ("ожидания подключения к серверу",),
                "Distrotech/fetchmail:po/ru.po"),
        # fetchmail's SMTP listener refused the recipient address (weak, the reason follows)
        Phrases("ru.user-unknown-weak-fetchmail", C.USER_UNKNOWN, (
            "не понравился адрес получателя", "отверг адреса локальных получателей",
        ),
                "Distrotech/fetchmail:po/ru.po", decisive=False),
        # K-9's account check (before Nov 2023), the username or password is incorrect
        Phrases("ru.auth-failed-k9-check", C.AUTH_FAILED, ("неверные имя пользователя или пароль",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ru/strings.xml"),
        # K-9's account check (before Nov 2023), it cannot connect to the server
        Phrases("ru.network-error-k9-check", C.NETWORK_ERROR, (
            "не удаётся подключиться к серверу",
        ),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ru/strings.xml"),
        # K-9's account check (before Nov 2023), the server presented an invalid SSL certificate
        Phrases("ru.tls-required-k9-check", C.TLS_REQUIRED, ("неверный сертификат ssl",),
                "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-ru/strings.xml"),
        # Geary's untrusted-connection dialog, the server's TLS certificate is unsigned, expired or mismatched
        Phrases("ru.tls-required-geary", C.TLS_REQUIRED, ("был отозван и теперь недействителен", "сертификат сервера не был активирован", "сертификат сервера считается небезопасным",
            "не подписан известным центром сертификации", "сертификат сервера просрочен", "не совпадают с учётными данными в сертификате",
        ),
                "GNOME/geary:po/ru.po"),
        # K-9 / Thunderbird for Android notification says "Certificate error" (weak)
        Phrases("ru.tls-required-weak-k9", C.TLS_REQUIRED, ("ошибка сертификата",),
                ("thunderbird/thunderbird-android:"
                 "legacy/ui/legacy/src/main/res/values-ru/strings.xml"),
                decisive=False),
        # GNOME Online Accounts' TLS errors, the signing certificate authority is unknown, expired
        Phrases("ru.tls-required-goa-certificate", C.TLS_REQUIRED, (
            "неизвестный центр сертификации", "сертификат устарел",
        ),
                "GNOME/gnome-online-accounts:po/ru.po"),
        # GNOME Online Accounts' TLS error "Invalid certificate" (weak)
        Phrases("ru.tls-required-weak-goa", C.TLS_REQUIRED, ("неверный сертификат",),
                "GNOME/gnome-online-accounts:po/ru.po", decisive=False),
        # GNOME Online Accounts, the server refused the password for the username
        Phrases("ru.auth-failed-goa-password", C.AUTH_FAILED, (
            "неверный пароль с именем пользователя",
        ),
                "GNOME/gnome-online-accounts:po/ru.po"),
        # fetchmail's authentication-failed notice and unknown login or authentication error
        Phrases("ru.auth-failed-fetchmail", C.AUTH_FAILED, (
            "неизвестный логин или ошибка аутентификации",
        ),
                "Distrotech/fetchmail:po/ru.po"),
        # Evolution's SMTP errors, STARTTLS not supported or failed, secure connection failed
        Phrases("ru.tls-required-evolution-smtp", C.TLS_REQUIRED, (
            "starttls не поддерживается", "сбой команды starttls",
        ),
                "GNOME/evolution-data-server:po/ru.po"),
        # Evolution's SMTP errors, the AUTH command failed, no support for the mechanism
        Phrases("ru.auth-failed-evolution-smtp", C.AUTH_FAILED, ("сбой команды auth",),
                "GNOME/evolution-data-server:po/ru.po"),
        # Evolution's SMTP error when MAIL FROM fails (weak, the server's reason follows)
        Phrases("ru.sender-rejected-weak-evolution-smtp", C.SENDER_REJECTED, (
            "сбой команды mail from",
        ),
                "GNOME/evolution-data-server:po/ru.po", decisive=False),
        # Evolution's SMTP error when RCPT TO fails (weak, the server's reason follows)
        Phrases("ru.user-unknown-weak-evolution-smtp", C.USER_UNKNOWN, ("сбой команды rcpt to",),
                "GNOME/evolution-data-server:po/ru.po", decisive=False),
        # .NET's SmtpClient refusal (SmtpException) as SQL Server Reporting Services' docs quote it:
        # the SMTP server wants a secure connection or an authenticated client.
        Phrases("ru.auth-required-dotnet", C.AUTH_REQUIRED, (
            "клиент не прошел проверку подлинности",
        ), "zelanko/sql-docs.ru-ru:docs/reporting-services/install-windows/configure-e-mail-for-a-reporting-services-service-application.md"),
        # .NET's SmtpStatusCode reference (ru-ru): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("ru.bad-sequence-dotnet-docs", C.BAD_SEQUENCE, (
            "отправлены в неправильной последовательности",
        ), "https://learn.microsoft.com/ru-ru/dotnet/api/system.net.mail.smtpstatuscode"),
        # .NET's SmtpStatusCode reference (ru-ru): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("ru.not-implemented-weak-dotnet-docs", C.NOT_IMPLEMENTED, (
            "не может применить указанную команду",
            "не может применить указанный параметр команды",
        ), "https://learn.microsoft.com/ru-ru/dotnet/api/system.net.mail.smtpstatuscode", decisive=False),
        # .NET's SmtpStatusCode reference (ru-ru): what each RFC 5321 reply code means, as SmtpClient
        # reports it.
        Phrases("ru.syntax-error-dotnet-docs", C.SYNTAX_ERROR, (
            "не может распознать указанную команду",
        ), "https://learn.microsoft.com/ru-ru/dotnet/api/system.net.mail.smtpstatuscode"),
        # Geary, when the server refuses the login, asks to check the receiving login and password
        Phrases("ru.auth-failed-geary-receiving", C.AUTH_FAILED, ("логин и пароль для получения",),
                "GNOME/geary:po/ru.po"),
        # Mailman 2's refuse.txt, translated: the list moderator rejected the poster's request (the post)
        # and gives a reason.
        Phrases("ru.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "отклонен модератором",
        ), "jaredmauch/mailman2-python3:templates/ru/refuse.txt"),
        # mlmmj's translated listtexts: the post matched an access rule the list's administrator set
        # (access) and mlmmj's translated listtexts: the list address is in neither To: nor Cc: (notintocc)
        Phrases("ru.policy-violation-mlmmj", C.POLICY_VIOLATION, (
            "правилу, установленному администратором",
            "адрес должен содержаться либо в заголовке",
        ), "neonkore/MLmmj:listtexts/ru/access; neonkore/MLmmj:listtexts/ru/notintocc"),
        # mlmmj's translated listtexts: the poster's address is not subscribed, and only subscribers
        # may post (subonlypost)
        Phrases("ru.sender-rejected-mlmmj", C.SENDER_REJECTED, (
            "только подписчики могут размещать",
            "рассылка только для подписчиков",
        ), "neonkore/MLmmj:listtexts/ru/subonlypost"),
        # Sympa's translated reject.tt2 and delivery status notification: the moderator rejected the
        # post, or it was forwarded to the moderators for approval.
        Phrases("ru.policy-violation-sympa", C.POLICY_VIOLATION, (
            "отвергнуто модератором",
            "переслано модераторам",
        ), "sympa-community/sympa:po/sympa/ru.po"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, Moderate.py): a moderated list,
        # an implicit destination (the list not in To: or Cc:), a restricted list's approval, possible
        # administrivia, a suspicious header, a post the moderator deemed inappropriate.
        Phrases("ru.policy-violation-mailman-moderation", C.POLICY_VIOLATION, (
            "считает ваше сообщение неподходящим",
            "в модерируемый список рассылки",
            "скрытый адресат",
            "указание скрытых адресатов",
            "список с ограниченным доступом требует",
            "содержится административный запрос",
            "содержит подозрительный заголовок",
        ), "jaredmauch/mailman2-python3:messages/ru/LC_MESSAGES/mailman.po"),
        # Mailman 3's notice that a post is held for the moderator.
        Phrases("ru.policy-violation-mailman3-awaits", C.POLICY_VIOLATION, (
            "ожидает одобрения модератора",
        ), (
            "wikimedia/operations-debs-mailman3:src/mailman/messages/ru/LC_MESSAGES/mailman.p"
            "o"
        )),
        # Mailman 2's postheld.txt, translated: the post is held until the list moderator approves it.
        Phrases("ru.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "задержано для рассмотрения модератором",
        ), "jaredmauch/mailman2-python3:templates/ru/postheld.txt"),
        # Sympa's translated refusal of a MIME multipart post.
        Phrases("ru.content-rejected-sympa", C.CONTENT_REJECTED, (
            "многокомпонентные сообщения в этой рассылке",
        ), "sympa-community/sympa:po/sympa/ru.po"),
        # Mailman 2's translated hold and rejection reasons (Hold.py, SpamDetect.py): emergency hold
        # of all list traffic, a header filter rule matched, a post to a moderated newsgroup.
        Phrases("ru.policy-violation-mailman-filter", C.POLICY_VIOLATION, (
            "в модерируюмую конференцию",
            "экстренное задержание всех сообщений",
            "отклонено фильтром",
        ), "jaredmauch/mailman2-python3:messages/ru/LC_MESSAGES/mailman.po"),
        # Sympa's translated hint beside a subscribers-only refusal: the poster may be subscribed under
        # another address (weak: alone it only hints that the sender is not a subscriber).
        Phrases("ru.sender-rejected-sympa-other-address", C.SENDER_REJECTED, (
            "подписаны на рассылку другим адресом",
        ), "sympa-community/sympa:po/sympa/ru.po", decisive=False),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("ru.sender-rejected-mailman3-core", C.SENDER_REJECTED, (
            "сообщение от не-подписчика",
            "забанен в этом списке",
            "нет действительных отправителей",
        ), "osstech-jp/mailman:src/mailman/messages/ru/LC_MESSAGES/mailman.po"),
        # Mailman 3's moderation hold reasons (moderated member, implicit destination, emergency
        # moderation) and its notice that a post awaits the moderator's approval.
        Phrases("ru.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "содержит административную информацию", "соответствует правилу заголовка", "модерируемой группе новостей",
            "имеет неявное назначение",
            "действует экстренная модерация",
        ), "osstech-jp/mailman:src/mailman/messages/ru/LC_MESSAGES/mailman.po"),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("ru.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "тип контента сообщения", "тип содержимого сообщения", "расширение файла сообщения",
            "у сообщения нет темы",
        ), "osstech-jp/mailman:src/mailman/messages/ru/LC_MESSAGES/mailman.po"),
        # Odoo's mail server test: "Ваш сервер, кажется, не поддерживает SSL, вместо него вы можете
        # попробовать STARTTLS" (the server does not seem to support SSL).
        Phrases("ru.tls-required-odoo", C.TLS_REQUIRED, (
            "не поддерживает ssl",
        ), "odoo/odoo:odoo/addons/base/i18n/ru/LC_MESSAGES/code.po"),
        # Odoo's mail server test (base ru.po): "Сервер неожиданно закрыл соединение. Проверьте
        # конфигурацию, обслуживаемую на этом номере порта."
        Phrases("ru.network-error-odoo", C.NETWORK_ERROR, (
            "неожиданно закрыл соединение",
        ), "odoo/odoo:odoo/addons/base/i18n/ru.po"),
        # Odoo's mail server test (base ru.po): "Сервер отказал адрес отправителя (<from>) с ошибкой"
        # (The server refused the sender address).
        Phrases("ru.sender-rejected-odoo", C.SENDER_REJECTED, (
            "отказал адрес отправителя",
        ), "odoo/odoo:odoo/addons/base/i18n/ru.po"),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("ru.tls-required-sylpheed", C.TLS_REQUIRED, (
            "сбой начала сеанса tls",
        ), "sylpheed-mail/sylpheed:po/ru.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("ru.auth-failed-sylpheed", C.AUTH_FAILED, (
            "аутентификация smtp недоступна",
        ), "sylpheed-mail/sylpheed:po/ru.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("ru.network-error-sylpheed", C.NETWORK_ERROR, (
            "сервер закрыл соединение",
        ), "sylpheed-mail/sylpheed:po/ru.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("ru.auth-failed-msmtp", C.AUTH_FAILED, (
            "не найден рабочий метод аутентификации",
        ), "marlam/msmtp:po/ru.po"),
        # msmtp's "the server does not support authentication": the server's EHLO offers no AUTH
        # (marlam/msmtp:src/msmtp.c tests the AUTH capability), a command not implemented there.
        Phrases("ru.not-implemented-msmtp-auth", C.NOT_IMPLEMENTED, (
            "сервер не поддерживает аутентификацию",
        ), "marlam/msmtp:po/ru.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("ru.tls-required-msmtp", C.TLS_REQUIRED, (
            "tls-сертификат не прошёл проверку",
            "сбой при инициализации tls",
        ), "marlam/msmtp:po/ru.po"),
        # msmtp's translated SMTP client errors (authentication unsupported, TLS handshake or
        # certificate check failed, connection closed, host unreachable, timeout).
        Phrases("ru.network-error-msmtp", C.NETWORK_ERROR, (
            "подключение неожиданно разорвано",
            "узел недоступен",
            "время ожидания операции истекло",
        ), "marlam/msmtp:po/ru.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("ru.network-error-balsa", C.NETWORK_ERROR, ("соединение потеряно",
            "не удалось соединиться с сервером smtp",
        ), "GNOME/balsa:po/ru.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("ru.auth-failed-balsa", C.AUTH_FAILED, ("способ аутентификации неизвестен",
            "нет подходящего механизма аутентификации",
        ), "GNOME/balsa:po/ru.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("ru.auth-required-balsa", C.AUTH_REQUIRED, (
            "требуется имя пользователя и пароль",
        ), "GNOME/balsa:po/ru.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("ru.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "не предоставляет доступ к службе smtp",
        ), "GNOME/balsa:po/ru.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("ru.network-error-claws", C.NETWORK_ERROR, (
            "соединение прервано удалённым узлом",
        ), "eworm-de/claws-mail:po/ru.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("ru.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "сообщение слишком большое",
        ), "eworm-de/claws-mail:po/ru.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("ru.tls-required-claws", C.TLS_REQUIRED, (
            "ошибка tls соединения",
            "tls сертификат недействителен",
        ), "eworm-de/claws-mail:po/ru.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("ru.auth-failed-claws", C.AUTH_FAILED, (
            "не найдено подходящего метода smtp аутентификации",
        ), "eworm-de/claws-mail:po/ru.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("ru.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "сбой проверки ssl-сертификата",
        ), "sylpheed-mail/sylpheed:po/ru.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("ru.tls-required-balsa-session", C.TLS_REQUIRED, ("повреждённый tls-сертификат", "сертификат был отозван", "срок действия сертификата истёк", "удостоверяющий центр подписи неизвестен",
            "не удалось выполнить согласование tls",
            "требуется tls, но он недоступен",
        ), "GNOME/balsa:po/ru.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("ru.network-error-balsa-session", C.NETWORK_ERROR, (
            "не удалось связаться с сервером smtp",
        ), "GNOME/balsa:po/ru.po"),
        # EspoCRM's 'Invalid credentials.' (Email messages.invalidCredentials), shown when the SMTP server refuses the login
        Phrases("ru.auth-failed-espocrm", C.AUTH_FAILED, (
            "неверные учетные данные",
        ), "espocrm/espocrm:application/Espo/Resources/i18n/ru_RU/Email.json"),
        # phpList's translated notice that a campaign was suspended because the message is too large
        Phrases("ru.message-too-large-phplist", C.MESSAGE_TOO_LARGE, (
            "большого объёма письма", "слишком большой размер письма",
        ), "phpList/phplist3:public_html/lists/admin/locale/ru/phplist.po"),
        # Post SMTP's connectivity test: no outbound route on the port, a firewall between the site and the Internet, no mail service on that port
        Phrases("ru.network-error-post-smtp", C.NETWORK_ERROR, (
            "невозможно установить связь между сайтом", "установил firewall между",
            "не предоставляет доступ к этому порту",
        ), "wpexpertsio/Post-SMTP:Postman/languages/postman-smtp-ru_RU.po"),
        # Zammad's email-channel probe 'Authentication not possible (not offered by the service)': the server offers no AUTH
        Phrases("ru.not-implemented-zammad", C.NOT_IMPLEMENTED, (
            "не предлагается службой",
        ), "zammad/zammad:i18n/zammad.ru.po"),
        # 34web's SMTP module for Bitrix24, its Russian send errors: the connection to the server failed or it gave no answer
        Phrases("ru.network-error-bitrix-smtp", C.NETWORK_ERROR, (
            "ошибка подключения к серверу", "не получен ответ от сервера",
        ), ("neeil1990/polimer-vrn:bitrix/modules/s34web.mailsmtpb24/lang/ru/"
            "classes/general/mailSender.php"), decisive=False),
        # 34web's SMTP module for Bitrix24, its Russian send errors: the TLS connection failed
        Phrases("ru.tls-required-bitrix-smtp", C.TLS_REQUIRED, (
            "ошибка подключения tls",
        ), ("neeil1990/polimer-vrn:bitrix/modules/s34web.mailsmtpb24/lang/ru/"
            "classes/general/mailSender.php")),
        # Joomla's Russian PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("ru.user-unknown-joomla", C.USER_UNKNOWN, (
            "ошибка при отправке следующим адресатам",
        ), "bringer/lavuelta:language/ru-RU/ru-RU.ini", decisive=False),
        # Joomla's Russian PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("ru.network-error-joomla", C.NETWORK_ERROR, (
            "невозможно подключиться к smtp-серверу",
        ), "bringer/lavuelta:language/ru-RU/ru-RU.ini"),
        # Joomla 3's Russian PHPMailer strings (PHPMAILER_*)
        Phrases("ru.auth-failed-joomla3", C.AUTH_FAILED, (
            "не удалось пройти авторизацию",
        ), "cuongnd/banhangonline88_joomla:language/ru-RU/ru-RU.ini"),
        # Joomla 3's Russian PHPMailer strings (PHPMAILER_*)
        Phrases("ru.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "ошибка в перечисленных адресах отправителей",
        ), "cuongnd/banhangonline88_joomla:language/ru-RU/ru-RU.ini"),
        # Joomla 3's Russian PHPMailer strings (PHPMAILER_*)
        Phrases("ru.user-unknown-joomla3", C.USER_UNKNOWN, (
            "следующие получатели недоступны",
        ), "cuongnd/banhangonline88_joomla:language/ru-RU/ru-RU.ini", decisive=False),
        # Joomla 3's Russian PHPMailer strings (PHPMAILER_*)
        Phrases("ru.network-error-joomla3", C.NETWORK_ERROR, (
            "не удаётся подключиться к хосту smtp", "ошибка подключения к smtp",
        ), "cuongnd/banhangonline88_joomla:language/ru-RU/ru-RU.ini"),
        # Joomla 3's Russian PHPMailer strings (PHPMAILER_*)
        Phrases("ru.tls-required-joomla3", C.TLS_REQUIRED, (
            "не удалось запустить tls",
        ), "cuongnd/banhangonline88_joomla:language/ru-RU/ru-RU.ini"),
        # phpBB's Russian messenger errors (NO_CONNECT_TO_SMTP_HOST, NO_SUPPORTED_AUTH_METHODS)
        Phrases("ru.network-error-phpbb", C.NETWORK_ERROR, (
            "не удалось соединиться с smtp-сервером",
        ), "rxu/Olympusrupack:language/ru/common.php"),
        # phpBB's Russian messenger errors (NO_CONNECT_TO_SMTP_HOST, NO_SUPPORTED_AUTH_METHODS): no shared mechanism
        Phrases("ru.auth-failed-phpbb", C.AUTH_FAILED, (
            "метод аутентификации не поддерживается",
        ), "rxu/Olympusrupack:language/ru/common.php"),
        # SpaceWeb's help: sending from sites is switched off when the sending limits are exceeded
        # ("превышение лимитов по отправке почтовых сообщений").
        Phrases("ru.rate-limited-sweb", C.RATE_LIMITED, ("превышение лимитов по отправке",),
                "https://help.sweb.ru/entry/199/"),
        # A Russian host's note on '550 spam message rejected': the request sends "оригинал письма,
        # которое было отмечено нашими антиспам-фильтрами как спам".
        Phrases("ru.spam-content-antispam-filters", C.SPAM_CONTENT, ("антиспам-фильтрами как спам",),
                "https://errorsmaster.ru/oshibka-550-spam-message-rejected"),
        # Microsoft's Russian help title for SharePoint's 'Daily email limit exceeded. Workflow is suspended' (the workflow mail refused past the Exchange Online sending limits).
        Phrases("ru.rate-limited-daily-email-workflow", C.RATE_LIMITED, (
            "ежедневное ограничение электронной почты",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/daily-email-limit-exceeded.md"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("ru.rate-limited-sogo", C.RATE_LIMITED, (
            "отправить слишком много сообщений",
        ), "Alinto/sogo:UI/MailerUI/Russian.lproj/Localizable.strings"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("ru.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "предел скорости получателей",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Sendsay's Russian list of SMTP errors: 503 wrong sequence of commands.
        Phrases("ru.bad-sequence-sendsay", C.BAD_SEQUENCE, (
            "неправильная последовательность команд",
        ), "https://sendsay.ru/blog/oshibki-otpravki-pisma-kody-i-prichiny-vozniknovieniia"),
        # Sendsay's Russian list of SMTP errors: 500 command not recognised (syntax error).
        Phrases("ru.syntax-error-sendsay", C.SYNTAX_ERROR, (
            "команда не распознана",
        ), "https://sendsay.ru/blog/oshibki-otpravki-pisma-kody-i-prichiny-vozniknovieniia"),
        # Kopano's MAPI error text (m4lcommon/Util.cpp, MAPI_E_STORE_FULL), translated: the message store has reached its maximum size.
        Phrases("ru.mailbox-full-kopano", C.MAILBOX_FULL, (
            "хранилища письма достиг максимального размера",
        ), "Kopano-dev/kopano-core:po/ru.po"),
        # Kopano spooler's NDR text (spooler/Spooler.cpp), translated: a fatal error while processing the message, Kopano cannot send it.
        Phrases("ru.server-error-kopano", C.SERVER_ERROR, (
            "при обработке вашего сообщения произошла ошибка",
        ), "Kopano-dev/kopano-core:po/ru.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): the recipient's mailbox quota is exceeded, or the message would exceed its maximum size.
        Phrases("ru.mailbox-full-mailutils", C.MAILBOX_FULL, (
            "превысил квоту на размер почтового ящика",
            "превысил бы максимальный размер почтового ящика",
        ), "Distrotech/mailutils:po/ru.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): no such user (name).
        Phrases("ru.user-unknown-mailutils", C.USER_UNKNOWN, (
            "нет такого пользователя",
            "нет такого имени пользователя",
        ), "Distrotech/mailutils:po/ru.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): unsupported authentication scheme; authentication failed.
        Phrases("ru.auth-failed-mailutils", C.AUTH_FAILED, (
            "схема авторизации не поддерживается",
        ), "Distrotech/mailutils:po/ru.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): the remote host closed the connection.
        Phrases("ru.network-error-mailutils", C.NETWORK_ERROR, (
            "удалённая машина прервала соединение",
        ), "Distrotech/mailutils:po/ru.po"),
        # Mailpile's SMTP/IMAP login errors (smtp_client.py, mail_source/): the server refused the
        # login (AUTH or OAuth2), a bad character in the username or password.
        Phrases("ru.auth-failed-mailpile", C.AUTH_FAILED, (
            "почтовый сервер отказал в доступе",
            "символ в имени пользователя или пароле",
            "неправильное имя пользователя или пароль",
        ), "mailpile/Mailpile:shared-data/locale/ru_RU/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the server refused the envelope sender (MAIL FROM).
        Phrases("ru.sender-rejected-mailpile", C.SENDER_REJECTED, (
            "отправитель отклонён",
        ), "mailpile/Mailpile:shared-data/locale/ru_RU/LC_MESSAGES/mailpile.po"),
        # Mailpile's SMTP client: the TLS negotiation failed.
        Phrases("ru.tls-required-mailpile", C.TLS_REQUIRED, (
            "ошибка создания tls соединения",
        ), "mailpile/Mailpile:shared-data/locale/ru_RU/LC_MESSAGES/mailpile.po"),
        # Opie's mail library (libmailwrapper): the login at the server failed.
        Phrases("ru.auth-failed-opie", C.AUTH_FAILED, (
            "ошибка при регистрации на сервере",
            "аутентификация не удалась",
        ), "opieproject/opie:i18n/ru/libmailwrapper.ts"),
        # Opie's mail library (libmailwrapper): the server has no TLS support, STARTTLS not supported,
        # SMTP TLS could not be set up.
        Phrases("ru.tls-required-opie", C.TLS_REQUIRED, (
            "нет поддержки tls",
            "нет поддержки starttls",
            "ошибка инициализации smtp tls",
        ), "opieproject/opie:i18n/ru/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'Service not available' (421).
        Phrases("ru.service-unavailable-opie", C.SERVICE_UNAVAILABLE, (
            "сервис недоступен",
        ), "opieproject/opie:i18n/ru/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'Data exceeds storage allocation' (552).
        Phrases("ru.mailbox-full-opie", C.MAILBOX_FULL, (
            "данные превышают отведенное место",
        ), "opieproject/opie:i18n/ru/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'Mailbox unavailable' (550), a weak sign.
        Phrases("ru.user-unknown-opie", C.USER_UNKNOWN, (
            "ящик недоступен",
        ), "opieproject/opie:i18n/ru/libmailwrapper.ts", decisive=False),
        # Opie's mail library: libetpan's SMTP error 'Bad command sequence' (503).
        Phrases("ru.bad-sequence-opie", C.BAD_SEQUENCE, (
            "последовательность команд",
        ), "opieproject/opie:i18n/ru/libmailwrapper.ts"),
        # Opie's mail library: libetpan's SMTP error 'User not local' (551).
        Phrases("ru.has-moved-opie", C.HAS_MOVED, (
            "пользователь не местный",
        ), "opieproject/opie:i18n/ru/libmailwrapper.ts"),
        # Opie's mail library (libmailwrapper/libmail, over libetpan): could not connect to the IMAP or
        # SMTP server, the connection refused, the host lookup failed.
        Phrases("ru.network-error-opie", C.NETWORK_ERROR, (
            "ошибка при подключении к серверу",
            "соединение отвергнуто",
            "ошибка инициализации smtp соединения",
            "сервер отказал в соединении",
            "поиск хоста неудался",
        ), ("opieproject/opie:i18n/ru/libmail.ts; op"
            "ieproject/opie:i18n/ru/libmailwrapper.ts")),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the mailbox quota exceeded.
        Phrases("ru.mailbox-full-evolution-exchange", C.MAILBOX_FULL, (
            "превышен допустимый объём почтового ящика",
        ), "GNOME/evolution-mapi:po/ru.po; GNOME/evolution-ews:po/ru.po"),
        # Evolution's Exchange back ends (evolution-mapi, evolution-ews): the login at the server failed,
        # the password expired.
        Phrases("ru.auth-failed-evolution-exchange", C.AUTH_FAILED, (
            "не удалось выполнить вход на сервере",
            "срок действия пароля истёк",
            "срок действия пароля истек",
        ), "GNOME/evolution-mapi:po/ru.po; GNOME/evolution-ews:po/ru.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): no more sessions can be created, the
        # session limit was reached.
        Phrases("ru.too-many-connections-evolution-exchange", C.TOO_MANY_CONNECTIONS, (
            "достигнут лимит количества сеансов",
        ), "GNOME/evolution-mapi:po/ru.po; GNOME/evolution-ews:po/ru.po"),
        # Evolution's MAPI (Exchange) errors (evolution-mapi): the account is disabled.
        Phrases("ru.mailbox-disabled-evolution-exchange", C.MAILBOX_DISABLED, (
            "учётная запись отключена",
        ), "GNOME/evolution-mapi:po/ru.po; GNOME/evolution-ews:po/ru.po"),
        # Evolution's EWS back end (evolution-ews): the Exchange or Microsoft 365 server is busy
        # (ErrorServerBusy), waiting to retry.
        Phrases("ru.service-unavailable-evolution-exchange", C.SERVICE_UNAVAILABLE, (
            "сервер exchange занят",
            "сервер microsoft 365 занят",
        ), "GNOME/evolution-mapi:po/ru.po; GNOME/evolution-ews:po/ru.po"),
        # Zimbra web client (ZmMsg): the attachment failed because the message would exceed the
        # size limit.
        Phrases("ru.message-too-large-zimbra-web", C.MESSAGE_TOO_LARGE, (
            "превышен предельный размер сообщения",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ru.properties"),
        # Zimbra web client (ZmMsg): authentication failed with the account.
        Phrases("ru.auth-failed-zimbra-web", C.AUTH_FAILED, (
            "сбой авторизации учетной записи",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ru.properties"),
        # Zimbra web client (ZmMsg): the user is not authenticated.
        Phrases("ru.auth-required-zimbra-web", C.AUTH_REQUIRED, (
            "пользователь не прошел проверку подлинности",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ru.properties"),
        # Zimbra web client (ZmMsg): the mail quota is exceeded.
        Phrases("ru.mailbox-full-zimbra-web", C.MAILBOX_FULL, (
            "превышения лимита почтового ящика",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ru.properties"),
        # Zimbra web client (ZmMsg): the upload was rejected, the file contains a virus.
        Phrases("ru.virus-zimbra-web", C.VIRUS, (
            "содержит вирус",
        ), "Zimbra/zm-web-client:WebRoot/messages/ZmMsg_ru.properties"),
        # GLib's GIO network errors (GNOME/glib po/): socket I/O timed out, network or host unreachable,
        # error resolving a host name, could not connect to the proxy server.
        Phrases("ru.network-error-glib-gio", C.NETWORK_ERROR, (
            "истекло время ожидания i/o сокета",
            "хост недоступен",
            "ошибка при разрешении",
            "временно невозможно разрешить",
        ), "GNOME/glib:po/ru.po"),
        # libsoup's translated connection errors (GNOME/libsoup po/): the network stream closed or the
        # connection terminated unexpectedly.
        Phrases("ru.network-error-libsoup", C.NETWORK_ERROR, (
            "сетевой поток неожиданно закрылся",
            "соединение было неожиданно разорвано",
        ), "GNOME/libsoup:po/ru.po"),
        # Tuta (Tutanota) mail client's errors (src/ui/translations): the number of allowed emails
        # was exceeded, or the allowed attempts; try again later.
        Phrases("ru.rate-limited-tuta", C.RATE_LIMITED, (
            "частота разрешённых попыток превысилась",
            "лимит на номер отправленных писем исчерпан",
            "превышено количество допустимых электронных писем",
        ), "tutao/tutanota:src/ui/translations/ru.ts"),
        # Tuta (Tutanota) mail client's errors: the storage limit is exceeded, no more mail can be
        # received or sent.
        Phrases("ru.mailbox-full-tuta", C.MAILBOX_FULL, (
            "превышен лимит хранения данных",
        ), "tutao/tutanota:src/ui/translations/ru.ts"),
        # Tuta (Tutanota) mail client's errors: the body text exceeds the maximum size limit.
        Phrases("ru.message-too-large-tuta", C.MESSAGE_TOO_LARGE, (
            "основной текст превышает максимальный размер",
        ), "tutao/tutanota:src/ui/translations/ru.ts"),
        # Tuta (Tutanota) client's connection errors: the connection to the server was lost.
        Phrases("ru.network-error-tuta", C.NETWORK_ERROR, (
            "соединение с сервером было потеряно",
        ), "tutao/tutanota:src/ui/translations/ru.ts"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("ru.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("соединение с сервером",),
            ("сброшено", "прервано"),
        ), "thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/messenger.properties", window=60),
        # Mailout's list of Mail.ru errors ("лимит свободного места для хранения писем в почтовом
        # ящике превышен, и нет свободного места") and a Google Sites guide ("Переполненный
        # почтовый ящик ... на сервере не хватает места"): the mailbox, in any case, full or out
        # of room.
        Together("ru.together-mailbox-full", C.MAILBOX_FULL, (
            ("ящик",),
            ("переполнен", "нет свободного места", "не хватает места", "недостаточно места"),
        ), "https://mailout.ru/2015/09"),
        # Treeofbonsai's article on mail to Yandex ("письмо может быть отправлено на
        # несуществующий ящик"): a non-existent mailbox, address, user or account (not "домен
        # получателя не существует", a missing domain).
        Together("ru.together-user-unknown", C.USER_UNKNOWN, (
            ("несуществующ", "не существует"),
            ("ящик", "адрес", "пользовател", "аккаунт"),
        ), "https://treeofbonsai.ru/wiki/pocemu-pisma-ne-doxodyat-v-yandeks-poctu-priciny-i-reseniya",
            window=25),
        # Gmail's Russian list of SMTP errors (4.2.1: "Пользователь, с которым вы пытаетесь
        # связаться, получает электронные письма слишком быстро"): mail arriving too fast.
        Together("ru.together-rate-limited", C.RATE_LIMITED, (
            ("письма", "писем", "сообщени"),
            ("слишком быстро", "слишком часто", "слишком много"),
        ), "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-a"
           "nd-codes?hl=ru", window=30),
        # Google's Russian Alert Center reference (OUT_OF_QUOTA: "Пользователь не может получать
        # электронную почту из-за недостаточной квоты"): unable to receive for want of quota.
        Together("ru.together-mailbox-full-quota", C.MAILBOX_FULL, (
            ("получать", "получения", "принимать"),
            ("недостаточной квот", "недостаточная квота", "нехватки квот"),
        ), "https://developers.google.cn/workspace/admin/alertcenter/reference/rest/v1beta1/EmailInv"
           "alidReason?hl=ru", window=50),
        # Microsoft's Russian Alchemy Insights article on NDR 4.5.3 ("объем трафика электронной
        # почты с IP-адреса источника превышает ограничение"): the mail traffic over its limit.
        Together("ru.together-rate-limited-traffic", C.RATE_LIMITED, (
            ("трафик",),
            ("превышает",),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/1049-antispam-4-5-3-too-many-recipien"
           "ts-as780090.md", window=60),
        # Microsoft's Russian Alchemy Insights article on NDR 5.7.511 ("удалите затронутых учетной
        # записи в списке заблокированных отправителей"): the sender on the blocked senders' list.
        Together("ru.together-blocklisted", C.BLOCKLISTED, (
            ("списк",),
            ("заблокированных отправител", "заблокированные отправител"),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/1264-ip-blocked-for-sending-too-much"
           "-spam-550-5-7-51.md", window=30),
        # Microsoft's Russian Alchemy Insights article on NDR 5.4.1 ("550 5.4.1 отказ в доступе к
        # ретрансляции", Relay Access Denied): access to the relay refused.
        Together("ru.together-relay-denied", C.RELAY_DENIED, (
            ("отказ", "отказано", "запрещ"),
            ("ретрансляци",),
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.ru-RU:AlchemyInsights/antispam-5-4-1-dbeb-catch-all.md", window=30),
        # ESET NOD32's Russian help on removing infections ("В случае обнаружения зараженного
        # сообщения электронной почты"): an infected message or attachment, in any case.
        Together("ru.together-virus", C.VIRUS, (
            ("заражен", "инфицирован"),
            ("сообщени", "письм", "вложени"),
        ), "http://nod32.helpmax.net/ru/%d0%b0%d0%bd%d1%82%d0%b8%d0%b2%d0%b8%d1%80%d1%83%d1%81%d0%b"
           "d%d0%b0%d1%8f-%d0%b7%d0%b0%d1%89%d0%b8%d1%82%d0%b0/%d0%b7%d0%b0%d1%89%d0%b8%d1%82%d0%b"
           "0-%d1%8d%d0%bb%d0%b5%d0%ba%d1%82%d1%80%d0%be%d0%bd%d0%bd%d0%be%d0%b9-%d0%bf%d0%be%d1%8"
           "7%d1%82%d1%8b/%d1%83%d0%b4%d0%b0%d0%bb%d0%b5%d0%bd%d0%b8%d0%b5-%d0%b7%d0%b0%d1%80%d0%b"
           "0%d0%b6%d0%b5%d0%bd%d0%b8%d0%b9", window=30),
        # fetchmail's "<protocol> connection to <host> failed", the host between the words
        Together("ru.together-network-error-fetchmail", C.NETWORK_ERROR, (
            ("сбой",),
            ("подключения к",),
        ), "Distrotech/fetchmail:po/ru.po", window=60),
    ),
)
