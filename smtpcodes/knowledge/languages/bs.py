"""Bosnian (bs): the SMTP and mail-sending error messages that web applications show
in Bosnian. Sources: Joomla 3's
PHPMailer strings in this language (PHPMAILER_*).
Also: the mail clients' translation files named at each entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

LANGUAGE = Language(
    code="bs",
    name="Bosnian",
    phrases=(
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("bs.tls-required-glib-networking", C.TLS_REQUIRED, (
            "server zahtijeva tls certifikat", "ne mogu kreirati tls vezu",
            "tls veza neočekivano zatvorena", "nije poslao certifikat", "tls usaglašavanju",
            "neprihvatljiv tls certifikat",
        ), "GNOME/glib-networking:po/bs.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("bs.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "ne mogu naći server",
        ), ("thunderbird/thunderbird-l10n:bs/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's IMAP errors (imapMsgs.properties): the connection failed or refused.
        Phrases("bs.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "neuspješno povezivanje na",
        ), "thunderbird/thunderbird-l10n:bs/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an authentication failure, encrypted
        # passwords or the method not supported, the Kerberos/GSSAPI ticket refused.
        Phrases("bs.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "autientifikacija neuspješna", "ne podržava enkriptovane lozinke",
            "ne podržava izabranu metodu autentikacije", "kerberos/gssapi karta nije prihvaćena",
        ), "thunderbird/thunderbird-l10n:bs/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): encrypted passwords not supported.
        Phrases("bs.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "ne podržava kriptovane lozinke",
        ), "thunderbird/thunderbird-l10n:bs/mail/chrome/messenger/localMsgs.properties"),
        # Joomla 3's Bosnian PHPMailer strings (PHPMAILER_*)
        Phrases("bs.auth-failed-joomla3", C.AUTH_FAILED, (
            "ne može se autorizovati",
        ), "cuongnd/banhangonline88_joomla:language/bs-BA/bs-BA.ini"),
        # Joomla 3's Bosnian PHPMailer strings (PHPMAILER_*)
        Phrases("bs.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "sljedeća izvorna adresa je generisala grešku",
        ), "cuongnd/banhangonline88_joomla:language/bs-BA/bs-BA.ini"),
        # Joomla 3's Bosnian PHPMailer strings (PHPMAILER_*)
        Phrases("bs.user-unknown-joomla3", C.USER_UNKNOWN, (
            "sljedeći primaoci nisu prošli",
        ), "cuongnd/banhangonline88_joomla:language/bs-BA/bs-BA.ini", decisive=False),
        # Joomla 3's Bosnian PHPMailer strings (PHPMAILER_*)
        Phrases("bs.network-error-joomla3", C.NETWORK_ERROR, (
            "nije moguće povezivanje na smtp server", "povezivanje nije uspjelo",
        ), "cuongnd/banhangonline88_joomla:language/bs-BA/bs-BA.ini"),
        # Joomla 3's Bosnian PHPMailer strings (PHPMAILER_*)
        Phrases("bs.tls-required-joomla3", C.TLS_REQUIRED, (
            "ne može se pokrenuti tls",
        ), "cuongnd/banhangonline88_joomla:language/bs-BA/bs-BA.ini"),
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("bs.rate-limited-roundcube", C.RATE_LIMITED, (
            "previše primaoca",
            "molimo sačekajte $sec sekundi prije slanja",
        ), "roundcube/roundcubemail:program/localization/bs_BA/messages.inc"),
        # Roundcube's 'SMTP Error: Failed to set sender'.
        Phrases("bs.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "nije uspjelo postavljanje pošiljaoca",
        ), "roundcube/roundcubemail:program/localization/bs_BA/messages.inc"),
        # Roundcube's 'SMTP Error: Connection to server failed'.
        Phrases("bs.network-error-roundcube", C.NETWORK_ERROR, (
            "veza sa serverom nije uspostavljena",
        ), "roundcube/roundcubemail:program/localization/bs_BA/messages.inc"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("bs.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "previše aktivnih veza",
        ), "Foundry376/Mailspring:app/lang/bs.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("bs.relay-denied-mailspring", C.RELAY_DENIED, (
            "smtp server ne bi prenio poruku",
        ), "Foundry376/Mailspring:app/lang/bs.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("bs.rate-limited-mailspring", C.RATE_LIMITED, (
            "propusni opseg je prekoračen",
            "prekoračili ste ograničenje dnevnog slanja",
        ), "Foundry376/Mailspring:app/lang/bs.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("bs.network-error-mailspring", C.NETWORK_ERROR, (
            "ne mogu se povezati sa serverom / portom",
        ), "Foundry376/Mailspring:app/lang/bs.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("bs.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "sadrži nepravilan prilog",
        ), "Foundry376/Mailspring:app/lang/bs.json"),
        # Mailspring's 'Authentication required.'
        Phrases("bs.auth-required-mailspring", C.AUTH_REQUIRED, (
            "potrebna je provjera autentičnosti",
        ), "Foundry376/Mailspring:app/lang/bs.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("bs.auth-failed-mailspring", C.AUTH_FAILED, (
            "greška autentikacije",
            "ne podržava autentifikaciju osnovnog korisničkog imena",
        ), "Foundry376/Mailspring:app/lang/bs.json"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("bs.tls-required-weak-k9", C.TLS_REQUIRED, (
            "greška sertifikata",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-bs/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("bs.network-error-weak-k9", C.NETWORK_ERROR, (
            "greška internet veze",
            "mrežna greška",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-bs/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-bs/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("bs.auth-failed-weak-k9", C.AUTH_FAILED, (
            "autentifikacija nije uspjela",
            "greška pri autentikaciji",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-bs/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-bs/strings.xml", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("bs.auth-required-kmail", C.AUTH_REQUIRED, (
            "morate unijeti korisničko ime i šifru",
        ), "KDE/kmailtransport:po/bs/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("bs.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "ne podržava autentifikaciju",
        ), "KDE/kmailtransport:po/bs/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("bs.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "veća od ograničenja servera",
        ), "M66B/FairEmail:app/src/main/res/values-bs-rBA/strings.xml"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("bs.rate-limited-sogo", C.RATE_LIMITED, (
            "poslati previše e-mailova",
        ), "Alinto/sogo:UI/MailerUI/Bosnian.lproj/Localizable.strings"),
        # Trojitá's translated IMAP/SMTP login failure (po/): authentication failed, often a bad password or wrong user name.
        Phrases("bs.auth-failed-trojita", C.AUTH_FAILED, (
            "neuspjela autentifikacija",
        ), "jktjkt/trojita:po/bs/trojita_common.po"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("bs.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("povezivanje na server",),
            ("nije uspjelo", "je resetovano", "je prekinuto", "veza je odbijena"),
        ), "thunderbird/thunderbird-l10n:bs/mail/chrome/messenger/messenger.properties", window=40),
    ),
)
