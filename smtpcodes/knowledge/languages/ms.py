"""Malay (ms): the SMTP error messages that mail clients and mail libraries show in Malay.
Sources: Thunderbird's Malay composeMsgs.properties (thunderbird/thunderbird-l10n) and PHPMailer's
Malay language file.
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/).
Also: Zimbra's web-client errors (Zimbra/zm-ajax ZMsg).
Also: SquirrelMail's translated RFC 5321/4954 reply texts (sitle/squirrelmail-src locales/)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases, Together

_TB = (
    "thunderbird/thunderbird-l10n:ms/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-ms.php"
_EVO = "GNOME/evolution-data-server:po/ms.po"
_ZIMBRA = "Zimbra/zm-ajax:WebRoot/messages/ZMsg_ms.properties"

LANGUAGE = Language(
    code="ms",
    name="Malay",
    phrases=(
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("ms.tls-required-glib-networking", C.TLS_REQUIRED, (
            "pelayan memerlukan sijil tls", "sijil tls tidak diterima",
            "tidak dapat mencipta sambungan tls", "sambungan tls ditutup tanpa jangka",
            "tidak menghantar satu sijil", "amaran tls mati",
        ), "GNOME/glib-networking:po/ms.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("ms.network-error-glib-networking", C.NETWORK_ERROR, (
            "had masa i/o soket telah tamat",
        ), "GNOME/glib-networking:po/ms.po"),
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("ms.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "tidak dapat log masuk pelayan",
        ), ("thunderbird/thunderbird-l10n:ms/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's connection errors (messenger.properties): the connection failed or timed
        # out.
        Phrases("ms.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "gagal disambung ke pelayan", "telah tamat tempoh",
        ), "thunderbird/thunderbird-l10n:ms/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): an authentication failure, encrypted
        # or plain-text passwords not supported (POP3 alike).
        Phrases("ms.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "gagal pengesahan", "tidak menyokong kata laluan",
            "tidak mengizinkan kata laluan teks biasa",
        ), "thunderbird/thunderbird-l10n:ms/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("ms.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "tidak berjaya menghantar kata laluan",
        ), "thunderbird/thunderbird-l10n:ms/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("ms.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "tidak dapat melaksanakan sambungan tls",
        ), "thunderbird/thunderbird-l10n:ms/mail/chrome/messenger/localMsgs.properties"),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("ms.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "terlalu banyak sambungan aktif",
        ), "Foundry376/Mailspring:app/lang/ms.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("ms.relay-denied-mailspring", C.RELAY_DENIED, (
            "pelayan smtp tidak akan menyampaikan mesej",
        ), "Foundry376/Mailspring:app/lang/ms.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("ms.rate-limited-mailspring", C.RATE_LIMITED, (
            "jalur lebar gmail melebihi",
            "melebihi had penghantaran harian",
        ), "Foundry376/Mailspring:app/lang/ms.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("ms.network-error-mailspring", C.NETWORK_ERROR, (
            "tidak dapat disambungkan ke pelayan",
        ), "Foundry376/Mailspring:app/lang/ms.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("ms.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "mengandungi lampiran tidak sah",
        ), "Foundry376/Mailspring:app/lang/ms.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("ms.auth-failed-mailspring", C.AUTH_FAILED, (
            "tidak menyokong pengesahan nama pengguna",
            "ralat pengesahan",
        ), "Foundry376/Mailspring:app/lang/ms.json"),
        Phrases("ms.auth-failed", C.AUTH_FAILED, (
            "tidak dapat mengesahkan pelayan", "tidak menyokong kaedah pengesahan",
            "tidak dapat pengesahan",
        ), _TB + "; " + _PM),
        Phrases("ms.network-error", C.NETWORK_ERROR, (
            "gagal disambungkan dengan pelayan", "hilang sambungan dengan pelayan",
            "kerana sambungan dengan pelayan keluar", "tidak dapat menghubungi hos pelayan smtp",
            "smtp connect() telah gagal",
        ), _TB + "; " + _PM),
        Phrases("ms.message-too-large", C.MESSAGE_TOO_LARGE, (
            "melebihi had saiz global pelayan",
        ), _TB),
        Phrases("ms.sender-rejected", C.SENDER_REJECTED, (
            "berikut merupakan ralat dari alamat e-mel",
        ), _PM),
        Phrases("ms.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "alamat e-mel anda adalah betul",
        ), _TB, decisive=False),
        Phrases("ms.network-error-thunderbird", C.NETWORK_ERROR, (
            "pelayan mungkin tersilap konfigurasi",
        ), _TB),
        Phrases("ms.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "tidak mengizinkan kata laluan teks jelas",
        ), _TB),
        Phrases("ms.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "penerima e-mel berikut telah gagal",
        ), _PM, decisive=False),
        Phrases("ms.mailbox-full-evolution", C.MAILBOX_FULL, (
            "melebihi peruntukan storan",
        ), _EVO),
        Phrases("ms.system-full-evolution", C.SYSTEM_FULL, (
            "storan sistem tidak mencukupi",
        ), _EVO),
        Phrases("ms.auth-required-evolution", C.AUTH_REQUIRED, (
            "pengesahihan diperlukan",
        ), _EVO),
        Phrases("ms.auth-failed-evolution", C.AUTH_FAILED, (
            "kegagalan pengesahihan sementara", "mekanisme pengesahihan terlalu lemah",
        ), _EVO),
        Phrases("ms.tls-required-evolution", C.TLS_REQUIRED, (
            "penyulitan diperlukan untuk mekanisme pengesahihan",
        ), _EVO),
        Phrases("ms.has-moved-evolution", C.HAS_MOVED, (
            "bukan pengguna setempat",
        ), _EVO),
        Phrases("ms.user-unknown-evolution", C.USER_UNKNOWN, (
            "peti surat tidak tersedia", "nama peti mel tidak dibenarkan",
        ), _EVO, decisive=False),
        Phrases("ms.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "khidmat tidak ada",
        ), _EVO, decisive=False),
        Phrases("ms.server-error-evolution", C.SERVER_ERROR, (
            "ralat dalam memproses",
        ), _EVO, decisive=False),
        Phrases("ms.syntax-error-evolution", C.SYNTAX_ERROR, (
            "ralat sintaks",
        ), _EVO, decisive=False),
        Phrases("ms.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "perintah tidak dilaksanakan",
        ), _EVO, decisive=False),
        Phrases("ms.auth-failed-evolution-response", C.AUTH_FAILED, (
            "respons pengesahihan teruk",
        ), _EVO),
        Phrases("ms.sender-rejected-evolution", C.SENDER_REJECTED, (
            "alamat pengirim tidak sah",
        ), _EVO, decisive=False),
        Phrases("ms.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "melebihi saiz maksimum yang dibenarkan",
        ), _ZIMBRA),
        Phrases("ms.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "kerana alamat tidak sah",
        ), _ZIMBRA, decisive=False),
        Phrases("ms.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "perkhidmatan tidak tersedia buat sementara waktu",
        ), _ZIMBRA, decisive=False),
        Phrases("ms.network-error-zimbra", C.NETWORK_ERROR, (
            "terlalu banyak lompatan antara pelayan",
        ), _ZIMBRA),
        Phrases("ms.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "sila semak penerima mesej",
        ), _TB, decisive=False),
        Phrases("ms.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "mungkin tidak kata laluan enkrip",
        ), _TB),
        # SquirrelMail's ms_MY translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ms.service-unavailable-weak-squirrelmail", C.SERVICE_UNAVAILABLE, (
            "tutup channel",
        ), "sitle/squirrelmail-src:locales/locale/ms_MY/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's ms_MY translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ms.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "transaksi kata laluan diperlukan",
            "pengesahan sementara gagal",
            "mekanisma pengesahan terlalu lemah",
        ), "sitle/squirrelmail-src:locales/locale/ms_MY/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's ms_MY translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ms.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "kotak email tidak wujud",
            "kotak email tidak ujud",
            "nama kotak email tidak dibenarkan",
        ), "sitle/squirrelmail-src:locales/locale/ms_MY/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's ms_MY translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ms.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "kesilapan dalam memproses",
        ), "sitle/squirrelmail-src:locales/locale/ms_MY/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's ms_MY translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ms.system-full-squirrelmail", C.SYSTEM_FULL, (
            "sistem anda telah penuh",
        ), "sitle/squirrelmail-src:locales/locale/ms_MY/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's ms_MY translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ms.syntax-error-squirrelmail", C.SYNTAX_ERROR, (
            "arahan tidak dikenali",
            "kesilapan syntax dalam parameters",
        ), "sitle/squirrelmail-src:locales/locale/ms_MY/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's ms_MY translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ms.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "arahan tidak dilaksanakan",
        ), "sitle/squirrelmail-src:locales/locale/ms_MY/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's ms_MY translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ms.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "susunan arahan yang tidak baik",
        ), "sitle/squirrelmail-src:locales/locale/ms_MY/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's ms_MY translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ms.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "pengesahan diperlukan",
        ), "sitle/squirrelmail-src:locales/locale/ms_MY/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's ms_MY translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ms.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "pengesahan gagal",
        ), "sitle/squirrelmail-src:locales/locale/ms_MY/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's ms_MY translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ms.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "enkripsi diperlukan untuk mekanisma pengesahan",
        ), "sitle/squirrelmail-src:locales/locale/ms_MY/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's ms_MY translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ms.has-moved-squirrelmail", C.HAS_MOVED, (
            "bukan pengguna tempatan",
        ), "sitle/squirrelmail-src:locales/locale/ms_MY/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's ms_MY translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("ms.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "melebihi ruangan yang diperuntukkan",
        ), "sitle/squirrelmail-src:locales/locale/ms_MY/LC_MESSAGES/squirrelmail.po"),
        # Joomla's Malay PHPMailer strings (PHPMAILER_*)
        Phrases("ms.auth-failed-joomla", C.AUTH_FAILED, (
            "tidak dapat mengesahkan",
        ), "AFUJ/joomla-cms-fr:installation/language/ms-MY/joomla.ini"),
        # Joomla's Malay PHPMailer strings (PHPMAILER_*)
        Phrases("ms.network-error-joomla", C.NETWORK_ERROR, (
            "tidak dapat menyambung ke hos smtp", "sambungan smtp gagal",
        ), "AFUJ/joomla-cms-fr:installation/language/ms-MY/joomla.ini"),
        # Joomla's Malay PHPMailer strings (PHPMAILER_*)
        Phrases("ms.sender-rejected-joomla", C.SENDER_REJECTED, (
            "alamat pengirim berikut gagal",
        ), "AFUJ/joomla-cms-fr:installation/language/ms-MY/joomla.ini"),
        # Joomla's Malay PHPMailer strings (PHPMAILER_*)
        Phrases("ms.user-unknown-joomla", C.USER_UNKNOWN, (
            "penerima berikut gagal",
        ), "AFUJ/joomla-cms-fr:installation/language/ms-MY/joomla.ini", decisive=False),
        # Joomla's Malay PHPMailer strings (PHPMAILER_*)
        Phrases("ms.tls-required-joomla", C.TLS_REQUIRED, (
            "tidak dapat memulakan tls",
        ), "AFUJ/joomla-cms-fr:installation/language/ms-MY/joomla.ini"),
        # Joomla 3's (another pack's) Malay PHPMailer strings (PHPMAILER_*)
        Phrases("ms.sender-rejected-joomla3-ddsales", C.SENDER_REJECTED, (
            "alamat berikut gagal",
        ), "dwarkesh0204/ddsales:language/ms-MY/ms-MY.ini"),
        # Joomla 3's (another pack's) Malay PHPMailer strings (PHPMAILER_*)
        Phrases("ms.network-error-joomla3-ddsales", C.NETWORK_ERROR, (
            "tidak dapat berhubung dengan hos smtp", "gagal berhubung dengan smtp",
        ), "dwarkesh0204/ddsales:language/ms-MY/ms-MY.ini"),
        # Joomla 3's (another pack's) Malay PHPMailer strings (PHPMAILER_*)
        Phrases("ms.tls-required-joomla3-ddsales", C.TLS_REQUIRED, (
            "tidak dapat mulakan tls",
        ), "dwarkesh0204/ddsales:language/ms-MY/ms-MY.ini"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("ms.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("sambungan ke pelayan", "sambungan pelayan"),
            ("ditetapkan semula", "terganggu", "terputus"),
        ), "thunderbird/thunderbird-l10n:ms/mail/chrome/messenger/messenger.properties", window=40),
    ),
)
