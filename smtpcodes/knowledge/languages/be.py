"""Belarusian (be): the SMTP error messages that mail clients and mail libraries show in
Belarusian. Sources: Roundcube's Belarusian messages.inc, PHPMailer's Belarusian language file and
Thunderbird's Belarusian composeMsgs.properties (thunderbird/thunderbird-l10n).
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_TB = (
    "thunderbird/thunderbird-l10n:be/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/be_BE/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-be.php"
_EVO = "GNOME/evolution-data-server:po/be.po"

LANGUAGE = Language(
    code="be",
    name="Belarusian",
    phrases=(
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("be.tls-required-glib-networking", C.TLS_REQUIRED, (
            "сервер запатрабаваў сертыфікат tls", "непрыдатны сертыфікат tls",
            "не ўдалося стварыць злучэнне tls", "вітанне tls", "злучэнне tls нечакана закрылася",
            "не адправіў сертыфікат", "фатальную абвестку tls",
            "непрыдатны цэнтр сертыфікацыі tls",
        ), "GNOME/glib-networking:po/be.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("be.network-error-glib-networking", C.NETWORK_ERROR, (
            "скончыўся тэрмін чакання для ўводу-вываду", "злучэнне разарвалася",
        ), "GNOME/glib-networking:po/be.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("be.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "не атрымаліваецца знайсці сервер",
        ), ("thunderbird/thunderbird-l10n:be/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection failed or timed out.
        Phrases("be.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "не атрымалася падлучыцца да сервера", "час чакання злучэння",
        ), "thunderbird/thunderbird-l10n:be/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an unrecoverable TLS error.
        Phrases("be.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "непапраўная памылка tls",
        ), "thunderbird/thunderbird-l10n:be/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the method not supported, the
        # Kerberos/GSSAPI ticket refused (POP3 alike).
        Phrases("be.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "не падтрымлівае выбраны спосаб аўтэнтыфікацыі",
            "квіток kerberos/gssapi не быў прыняты",
        ), "thunderbird/thunderbird-l10n:be/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("be.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "дасыланне пароля",
        ), "thunderbird/thunderbird-l10n:be/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("be.tls-required-k9-check", C.TLS_REQUIRED, (
            "хібны сертыфікат ssl",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-be/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("be.network-error-k9-check", C.NETWORK_ERROR, (
            "не ўдалося злучыцца з серверам",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-be/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("be.auth-failed-k9-check", C.AUTH_FAILED, (
            "хібныя лагін ці пароль",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-be/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("be.tls-required-geary-po", C.TLS_REQUIRED, (
            "сертыфікат сервера",
            "тэрмін дзеяння сертыфіката",
            "уліковыя даныя сервера адрозніваюцца",
        ), "GNOME/geary:po/be.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("be.network-error-geary-po", C.NETWORK_ERROR, (
            "не атрымалася злучыцца, праверце сетку",
        ), "GNOME/geary:po/be.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("be.auth-failed-geary-po", C.AUTH_FAILED, (
            "праверце ваш лагін і пароль",
            "праверце лагін і пароль",
            "хібны лагін ці пароль",
        ), "GNOME/geary:po/be.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("be.tls-required-weak-k9", C.TLS_REQUIRED, (
            "памылка сертыфіката",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-be/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("be.network-error-weak-k9", C.NETWORK_ERROR, (
            "памылка злучэння",
            "памылка сеткі",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-be/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-be/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-be/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("be.auth-failed-weak-k9", C.AUTH_FAILED, (
            "памылка аўтэнтыфікацыі",
            "няўдалая аўтарызацыя",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-be/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-be/strings.xml", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("be.network-error-snappymail", C.NETWORK_ERROR, (
            "памылка злучэння з серверам",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/be/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("be.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "не атрымалася аўтарызавацца",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/be/user.json", decisive=False),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("be.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "не падтрымлівае ідэнтыфікацыю",
        ), "KDE/kmailtransport:po/be/libmailtransport6.po"),
        # FairEmail's authentication-failure notice.
        Phrases("be.auth-failed-fairemail", C.AUTH_FAILED, (
            "аўтэнтыфікацыя не ўдалася",
        ), "M66B/FairEmail:app/src/main/res/values-be-rBY/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("be.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "перавышае ліміт сервера",
        ), "M66B/FairEmail:app/src/main/res/values-be-rBY/strings.xml"),
        Phrases("be.auth-failed", C.AUTH_FAILED, (
            "не атрымалася выканаць аўтэнтыфікацыю", "памылка ідэнтыфікацыі",
        ), _RC + "; " + _PM),
        Phrases("be.network-error", C.NETWORK_ERROR, (
            "не атрымалася злучыцца з серверам", "нельга ўстанавіць сувязь з smtp-серверам",
            "памылка сувязі з smtp-серверам",
        ), _RC + "; " + _PM),
        Phrases("be.message-too-large", C.MESSAGE_TOO_LARGE, (
            "памер ліста перавышае ліміт сервера",
        ), _RC),
        Phrases("be.too-many-recipients", C.RATE_LIMITED, (
            "занадта шмат атрымальнікаў",
        ), _RC),
        Phrases("be.smtputf8", C.CONTENT_REJECTED, (
            "сервер не падтрымлівае юнікод",
        ), _RC),
        Phrases("be.sender-rejected", C.SENDER_REJECTED, (
            "няправільны адрас адпраўніка",
        ), _PM),
        Phrases("be.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "не атрымалася пазначыць адпраўніка",
        ), _RC, decisive=False),
        Phrases("be.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "што вы ўвялі правільны адрас электроннай пошты",
        ), _TB, decisive=False),
        Phrases("be.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "няправільныя атрымальнікі", "не атрымалася пазначыць атрымальніка",
        ), _PM + "; " + _RC, decisive=False),
        Phrases("be.mailbox-full-evolution", C.MAILBOX_FULL, (
            "дасягнута абмежаванне на дыскавую прастору",
        ), _EVO),
        Phrases("be.system-full-evolution", C.SYSTEM_FULL, (
            "сістэме не стае дыскавай прасторы",
        ), _EVO),
        Phrases("be.auth-required-evolution", C.AUTH_REQUIRED, (
            "патрабуецца ідэнтыфікацыя",
        ), _EVO),
        Phrases("be.auth-failed-evolution", C.AUTH_FAILED, (
            "часовая няўдача ідэнтыфікацыі", "надта небяспечны спосаб ідэнтыфікацыі",
        ), _EVO),
        Phrases("be.tls-required-evolution", C.TLS_REQUIRED, (
            "ідэнтыфікацыі патрабуецца шыфраванне",
        ), _EVO),
        Phrases("be.has-moved-evolution", C.HAS_MOVED, (
            "немясцовы карыстальнік",
        ), _EVO),
        Phrases("be.user-unknown-evolution", C.USER_UNKNOWN, (
            "паштовае сховішча недаступна", "забароненая назва паштовага сховішча",
        ), _EVO, decisive=False),
        Phrases("be.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "паслуга недаступна",
        ), _EVO, decisive=False),
        Phrases("be.server-error-evolution", C.SERVER_ERROR, (
            "памылка ў апрацоўцы",
        ), _EVO, decisive=False),
        Phrases("be.syntax-error-evolution", C.SYNTAX_ERROR, (
            "сінтаксічная памылка",
        ), _EVO, decisive=False),
        Phrases("be.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "загад не мае праграмнай рэалізацыі",
        ), _EVO, decisive=False),
        Phrases("be.auth-failed-evolution-response", C.AUTH_FAILED, (
            "кепскі ідэнтыфікацыйны адказ",
        ), _EVO),
        Phrases("be.sender-rejected-evolution", C.SENDER_REJECTED, (
            "хібны адрас адпраўніка",
        ), _EVO, decisive=False),
        # Sylpheed's translated SMTP session errors ("Can't start TLS session").
        Phrases("be.tls-required-sylpheed", C.TLS_REQUIRED, (
            "нельга пачаць сеанс tls",
        ), "sylpheed-mail/sylpheed:po/be.po"),
        # Sylpheed's translated SMTP session errors ("SMTP AUTH not available / Authentication failed").
        Phrases("be.auth-failed-sylpheed", C.AUTH_FAILED, (
            "smtp auth недаступна", "аўтэнтыфікацыя схібіла",
        ), "sylpheed-mail/sylpheed:po/be.po"),
        # Sylpheed's translated SMTP session errors ("Connection closed by the remote host / Can't connect to SMTP server").
        Phrases("be.network-error-sylpheed", C.NETWORK_ERROR, (
            "злучэнне закрытае аддаленым серверам", "нельга злучыцца з серверам smtp",
        ), "sylpheed-mail/sylpheed:po/be.po"),
        # Sylpheed's translated "SSL certificate verify failed" (the server's certificate did not verify).
        Phrases("be.tls-required-sylpheed-ssl", C.TLS_REQUIRED, (
            "верыфікацыя сертыфікату ssl схібіла",
        ), "sylpheed-mail/sylpheed:po/be.po"),
        # Joomla 3's Belarusian PHPMailer strings (PHPMAILER_*)
        Phrases("be.auth-failed-joomla3", C.AUTH_FAILED, (
            "не атрымалася прайсці аўтарызацыю",
        ), "cuongnd/banhangonline88_joomla:language/be-BY/be-BY.ini"),
        # Joomla 3's Belarusian PHPMailer strings (PHPMAILER_*)
        Phrases("be.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "памылка ў пералічаных адрасах адпраўнікоў",
        ), "cuongnd/banhangonline88_joomla:language/be-BY/be-BY.ini"),
        # Joomla 3's Belarusian PHPMailer strings (PHPMAILER_*)
        Phrases("be.user-unknown-joomla3", C.USER_UNKNOWN, (
            "наступныя атрымальнікі недаступныя",
        ), "cuongnd/banhangonline88_joomla:language/be-BY/be-BY.ini", decisive=False),
        # Joomla 3's Belarusian PHPMailer strings (PHPMAILER_*)
        Phrases("be.network-error-joomla3", C.NETWORK_ERROR, (
            "не ўдаецца падключыцца да хоста smtp", "памылка падлучэння да smtp",
        ), "cuongnd/banhangonline88_joomla:language/be-BY/be-BY.ini"),
        # Joomla 3's Belarusian PHPMailer strings (PHPMAILER_*)
        Phrases("be.tls-required-joomla3", C.TLS_REQUIRED, (
            "не атрымалася запусціць tls",
        ), "cuongnd/banhangonline88_joomla:language/be-BY/be-BY.ini"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("be.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "перад адпраўленнем гэтага ліста",
        ), "roundcube/roundcubemail:program/localization/be_BE/messages.inc"),
        # Mailspring's sending errors: 'Gmail bandwidth exceeded. Please try again later.' and 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.'
        Phrases("be.rate-limited-mailspring", C.RATE_LIMITED, (
            "прапускная здольнасць gmail",
            "дзённай ліміт на адпраўку",
        ), "Foundry376/Mailspring:app/lang/be.json"),
    ),
)
