"""Indonesian (id): the SMTP error messages that mail clients and mail libraries show in
Indonesian. Sources: Thunderbird's Indonesian composeMsgs.properties
(thunderbird/thunderbird-l10n), Roundcube's Indonesian messages.inc and PHPMailer's Indonesian
language file.
Also: Evolution's translated RFC 5321 reply texts (GNOME/evolution-data-server po/).
Also: Zimbra's web-client errors (Zimbra/zm-ajax ZMsg); SOGo's send errors (Alinto/sogo
UI/MailerUI); glibc's strerror and resolver texts (bminor/glibc po/).
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
    "thunderbird/thunderbird-l10n:id/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_RC = "roundcube/roundcubemail:program/localization/id_ID/messages.inc"
_PM = "PHPMailer/PHPMailer:language/phpmailer.lang-id.php"
_EVO = "GNOME/evolution-data-server:po/id.po"
_ZIMBRA = "Zimbra/zm-ajax:WebRoot/messages/ZMsg_in.properties"
_SOGO = "Alinto/sogo:UI/MailerUI/Indonesian.lproj/Localizable.strings"
_GLIBC = "bminor/glibc:po/id.po"

LANGUAGE = Language(
    code="id",
    name="Indonesian",
    phrases=(
        # Thunderbird's account setup errors (accountCreationModel.properties): unable to log in
        # at the server, probably a wrong configuration, username or password.
        Phrases("id.auth-failed-thunderbird-setup", C.AUTH_FAILED, (
            "gagal masuk log ke server",
        ), ("thunderbird/thunderbird-l10n:id/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # Thunderbird's account setup errors (accountCreationModel.properties): the server
        # cannot be found.
        Phrases("id.network-error-thunderbird-setup", C.NETWORK_ERROR, (
            "tidak dapat menemukan server",
        ), ("thunderbird/thunderbird-l10n:id/mail/chrome/messenger/accountCreationModel.prope"
            "rties")),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("id.tls-required-glib-networking", C.TLS_REQUIRED, (
            "memerlukan sertifikat tls", "sertifikat tls tak dapat diterima",
            "tak bisa membuat sambungan tls", "jabat tangan tls", "sambungan tls tertutup",
            "tak mengembalikan sertifikat", "peringatan tls yang fatal",
        ), "GNOME/glib-networking:po/id.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("id.network-error-glib-networking", C.NETWORK_ERROR, (
            "sambungan rusak",
        ), "GNOME/glib-networking:po/id.po"),
        # Thunderbird's connection failed (messenger.properties).
        Phrases("id.network-error-thunderbird-connection", C.NETWORK_ERROR, (
            "gagal tersambung ke server",
        ), "thunderbird/thunderbird-l10n:id/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's OAuth2 error: authentication failure while connecting
        # (messenger.properties).
        Phrases("id.auth-failed-thunderbird-connection", C.AUTH_FAILED, (
            "kegagalan otentikasi",
        ), "thunderbird/thunderbird-l10n:id/mail/chrome/messenger/messenger.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): the server disconnected.
        Phrases("id.network-error-thunderbird-imap", C.NETWORK_ERROR, (
            "telah terputus",
        ), "thunderbird/thunderbird-l10n:id/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): a TLS error that cannot be
        # overridden.
        Phrases("id.tls-required-thunderbird-imap", C.TLS_REQUIRED, (
            "kesalahan tls yang tidak dapat ditimpa",
        ), "thunderbird/thunderbird-l10n:id/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's IMAP errors (imapMsgs.properties): encrypted or plain-text passwords not
        # supported (POP3 alike).
        Phrases("id.auth-failed-thunderbird-imap", C.AUTH_FAILED, (
            "tidak mendukung sandi terekripsi", "tidak mendukung sandi yang dienkripsi",
            "tidak mengizinkan sandi plaintext", "tidak mendukung sandi teks polos",
        ), "thunderbird/thunderbird-l10n:id/mail/chrome/messenger/imapMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): sending the password failed.
        Phrases("id.auth-failed-thunderbird-pop", C.AUTH_FAILED, (
            "pengiriman sandi untuk pengguna",
        ), "thunderbird/thunderbird-l10n:id/mail/chrome/messenger/localMsgs.properties"),
        # Thunderbird's POP3 errors (localMsgs.properties): no TLS connection to the POP3
        # server.
        Phrases("id.tls-required-thunderbird-pop", C.TLS_REQUIRED, (
            "tidak dapat membuat koneksi tls",
        ), "thunderbird/thunderbird-l10n:id/mail/chrome/messenger/localMsgs.properties"),
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("id.tls-required-k9-check", C.TLS_REQUIRED, (
            "sertifikat ssl yang tidak valid",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-in/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("id.network-error-k9-check", C.NETWORK_ERROR, (
            "tidak dapat terhubung ke server",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-in/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("id.auth-failed-k9-check", C.AUTH_FAILED, (
            "nama pengguna atau kata kunci salah",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-in/strings.xml"),
        # Geary's server-certificate problems (expired, revoked, not activated, unknown authority, insecure, identity mismatch).
        Phrases("id.tls-required-geary-po", C.TLS_REQUIRED, (
            "sertifikat peladen",
            "identitas peladen tak cocok",
        ), "GNOME/geary:po/id.po"),
        # Geary's 'Could not connect, check your network'.
        Phrases("id.network-error-geary-po", C.NETWORK_ERROR, (
            "tidak bisa menyambung, periksalah jaringan",
        ), "GNOME/geary:po/id.po"),
        # Geary's login problems: check your sending / receiving login and password; an account reported an incorrect login or password.
        Phrases("id.auth-failed-geary-po", C.AUTH_FAILED, (
            "periksa alamat dan kata sandi surel",
            "periksa login dan kata sandi",
            "log masuk atau kata sandi yang salah",
        ), "GNOME/geary:po/id.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("id.tls-required-weak-k9", C.TLS_REQUIRED, (
            "kesalahan sertifikat",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-in/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("id.network-error-weak-k9", C.NETWORK_ERROR, (
            "galat jaringan",
            "galat sambungan",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-in/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-in/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-in/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("id.auth-failed-weak-k9", C.AUTH_FAILED, (
            "autentikasi gagal",
            "galat autentikasi",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-in/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-in/strings.xml", decisive=False),
        # Mailspring's 'There are too many active connections to your Gmail account.'
        Phrases("id.too-many-connections-mailspring", C.TOO_MANY_CONNECTIONS, (
            "terlalu banyak koneksi aktif",
        ), "Foundry376/Mailspring:app/lang/id.json"),
        # Mailspring's 'The SMTP server would not relay a message. You may need to authenticate.'
        Phrases("id.relay-denied-mailspring", C.RELAY_DENIED, (
            "tidak akan menyampaikan pesan",
        ), "Foundry376/Mailspring:app/lang/id.json"),
        # Mailspring's 'Gmail bandwidth exceeded' and 'blocked by Yahoo - you have exceeded your daily sending limit'.
        Phrases("id.rate-limited-mailspring", C.RATE_LIMITED, (
            "bandwidth gmail terlampaui",
            "melampaui batas pengiriman harian",
        ), "Foundry376/Mailspring:app/lang/id.json"),
        # Mailspring's 'Connection Error - Unable to connect to the server / port you provided.'
        Phrases("id.network-error-mailspring", C.NETWORK_ERROR, (
            "tidak dapat terhubung ke server / port",
        ), "Foundry376/Mailspring:app/lang/id.json"),
        # Mailspring's 'The message contains an illegal attachment that is not allowed by the server.'
        Phrases("id.content-rejected-mailspring", C.CONTENT_REJECTED, (
            "berisi lampiran ilegal",
        ), "Foundry376/Mailspring:app/lang/id.json"),
        # Mailspring's 'Authentication required.'
        Phrases("id.auth-required-mailspring", C.AUTH_REQUIRED, (
            "diperlukan autentikasi",
        ), "Foundry376/Mailspring:app/lang/id.json"),
        # Mailspring's SMTP errors: authentication error (check user name and password); the server offers no basic user name / password authentication.
        Phrases("id.auth-failed-mailspring", C.AUTH_FAILED, (
            "kesalahan otentikasi",
            "tidak mendukung otentikasi nama pengguna",
            "tidak dapat lagi mengautentikasi",
        ), "Foundry376/Mailspring:app/lang/id.json"),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("id.network-error-snappymail", C.NETWORK_ERROR, (
            "tidak terhubung ke server",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/id/user.json"),
        # Cypht's 'Failed to authenticate to the SMTP server'.
        Phrases("id.auth-failed-cypht", C.AUTH_FAILED, (
            "gagal untuk meng-otentikasi",
        ), "cypht-org/cypht:language/id.php"),
        # Delta Chat's login failure: cannot log in as the address; check the address and the password.
        Phrases("id.auth-failed-deltachat", C.AUTH_FAILED, (
            "tidak bisa login sebagai",
        ), "deltachat/deltachat-android:src/main/res/values-in/strings.xml"),
        # FairEmail's authentication-failure notice.
        Phrases("id.auth-failed-fairemail", C.AUTH_FAILED, (
            "gagal otentikasi",
        ), "M66B/FairEmail:app/src/main/res/values-in-rID/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("id.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "melebihi dari batas server",
        ), "M66B/FairEmail:app/src/main/res/values-in-rID/strings.xml"),
        Phrases("id.auth-failed", C.AUTH_FAILED, (
            "tidak dapat mengotentikasi", "tidak mendukung metode otentikasi yang dipilih",
            "otentifikasi gagal",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("id.network-error", C.NETWORK_ERROR, (
            "karena kegagalan sambungan", "terputus di tengah transaksi", "kehabisan waktu",
            "tidak dapat terhubung ke host smtp", "smtp connect() gagal",
            "koneksi ke server gagal",
        ), _TB + "; " + _PM + "; " + _RC),
        Phrases("id.message-too-large", C.MESSAGE_TOO_LARGE, (
            "melebihi batas maksimum ukuran global server", "ukuran pesan melampaui batas server",
        ), _TB + "; " + _RC),
        Phrases("id.too-many-recipients", C.RATE_LIMITED, (
            "melebihi cacah penerima yang diizinkan", "terlalu banyak penerima",
        ), _TB + "; " + _RC),
        Phrases("id.smtputf8", C.CONTENT_REJECTED, (
            "tidak mendukung smtputf8", "server tidak mendukung unicode",
        ), _TB + "; " + _RC),
        Phrases("id.sender-rejected", C.SENDER_REJECTED, (
            "alamat pengirim berikut mengakibatkan kesalahan",
        ), _PM),
        Phrases("id.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "gagal mengatur pengirim",
        ), _RC, decisive=False),
        Phrases("id.sender-rejected-thunderbird", C.SENDER_REJECTED, (
            "alamat surel anda sudah benar",
        ), _TB, decisive=False),
        Phrases("id.network-error-thunderbird", C.NETWORK_ERROR, (
            "server mungkin tidak dikonfigurasi dengan benar",
        ), _TB),
        Phrases("id.auth-failed-gssapi-thunderbird", C.AUTH_FAILED, (
            "tiket kerberos",
        ), _TB),
        Phrases("id.auth-failed-plaintext-thunderbird", C.AUTH_FAILED, (
            "tidak mengizinkan kata sandi plaintext",
        ), _TB),
        Phrases("id.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "alamat tujuan berikut menyebabkan kesalahan", "gagal menambah penerima",
        ), _PM + "; " + _RC, decisive=False),
        Phrases("id.mailbox-full-evolution", C.MAILBOX_FULL, (
            "melebihi alokasi penyimpanan",
        ), _EVO),
        Phrases("id.system-full-evolution", C.SYSTEM_FULL, (
            "penyimpanan sistem tidak cukup",
        ), _EVO),
        Phrases("id.auth-required-evolution", C.AUTH_REQUIRED, (
            "autentikasi diperlukan",
        ), _EVO),
        Phrases("id.auth-failed-evolution", C.AUTH_FAILED, (
            "autentikasi temporer gagal", "mekanisme autentikasi terlalu lemah",
        ), _EVO),
        Phrases("id.tls-required-evolution", C.TLS_REQUIRED, (
            "penyandian diperlukan untuk mekanisme autentikasi",
        ), _EVO),
        Phrases("id.has-moved-evolution", C.HAS_MOVED, (
            "pengguna tidak berada pada sistem lokal",
        ), _EVO),
        Phrases("id.user-unknown-evolution", C.USER_UNKNOWN, (
            "kotak surat tidak tersedia", "nama kotak surat tidak diperkenankan",
        ), _EVO, decisive=False),
        Phrases("id.service-unavailable-evolution", C.SERVICE_UNAVAILABLE, (
            "layanan tidak tersedia",
        ), _EVO, decisive=False),
        Phrases("id.server-error-evolution", C.SERVER_ERROR, (
            "kesalahan dalam pemrosesan",
        ), _EVO, decisive=False),
        Phrases("id.syntax-error-evolution", C.SYNTAX_ERROR, (
            "salah sintaks",
        ), _EVO, decisive=False),
        Phrases("id.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "perintah tidak diimplementasikan",
        ), _EVO, decisive=False),
        Phrases("id.auth-failed-evolution-response", C.AUTH_FAILED, (
            "balasan autentikasi dari peladen tidak benar",
        ), _EVO),
        Phrases("id.sender-rejected-evolution", C.SENDER_REJECTED, (
            "alamat pengirim salah",
        ), _EVO, decisive=False),
        Phrases("id.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "melampaui ukuran maksimal yang diizinkan",
        ), _ZIMBRA),
        Phrases("id.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "karena alamat tidak valid",
        ), _ZIMBRA, decisive=False),
        Phrases("id.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "layanan sementara tidak tersedia",
        ), _ZIMBRA, decisive=False),
        Phrases("id.network-error-zimbra", C.NETWORK_ERROR, (
            "terlalu banyak lompatan antar server",
        ), _ZIMBRA),
        Phrases("id.user-unknown-sogo", C.USER_UNKNOWN, (
            "semua penerima tidak valid", "alamat berikut tidak valid",
        ), _SOGO, decisive=False),
        Phrases("id.network-error-sogo", C.NETWORK_ERROR, (
            "kesalahan saat menghubungkan ke server smtp",
        ), _SOGO),
        Phrases("id.network-error-glibc", C.NETWORK_ERROR, (
            "koneksi ditolak", "koneksi kehabisan waktu", "tidak ada rute ke host",
            "tidak dapat menempatkan permintaan alamat", "jaringan tidak dapat dicapai",
            "koneksi direset oleh peer", "kegagalan sementara dalam resolusi nama",
            "perangkat lunak menyebabkan pembatalan koneksi", "jaringan sedang turun",
            "host sedang turun", "pencarian nama host gagal",
            "kegagalan tidak terekover dalam resolusi nama",
        ), _GLIBC),
        Phrases("id.host-unknown-glibc", C.HOST_UNKNOWN, (
            "nama atau layanan tidak diketahui", "tidak ada alamat terasosiasi dengan hostname",
            "host tidak dikenal",
        ), _GLIBC),
        Phrases("id.sender-rejected-identity-thunderbird", C.SENDER_REJECTED, (
            "menggunakan identitas yang benar untuk mengirim",
        ), _TB, decisive=False),
        Phrases("id.user-unknown-thunderbird", C.USER_UNKNOWN, (
            "periksa kembali penerima pesan",
        ), _TB, decisive=False),
        Phrases("id.auth-failed-encrypted-thunderbird", C.AUTH_FAILED, (
            "tidak mendukung kata sandi terenkripsi", "tidak mendukung sandi terenkripsi",
        ), _TB),
        # Microsoft 365's Indonesian help: 554 5.2.2 mailbox full (kotak surat penuh) and "Mailbox quota exceeded".
        Phrases("id.mailbox-full", C.MAILBOX_FULL, ("kotak surat penuh", "kuota kotak surat terlampaui", "melampaui kuota kotak surat"),
                "isabella232/OfficeDocs-AlchemyInsights-pr.id-ID:AlchemyInsights/mailbox-full-error.md; isabella232/OfficeDocs-AlchemyInsights-pr.id-ID:AlchemyInsights/mailbox-quota-exceeded.md"),
        # Microsoft 365's Indonesian help: the sending IP on a block list (daftar blokir).
        Phrases("id.blocklisted-microsoft", C.BLOCKLISTED, ("daftar blokir",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.id-ID:AlchemyInsights/error-sending-email-blocked-by-spamhaus.md"),
        # GoDaddy's Indonesian bounce table: "Account does not exist" and Microsoft 365's 5.4.1 "Recipient address rejected: Access denied".
        Phrases("id.words-user-unknown", C.USER_UNKNOWN, ("akun tidak ada", "alamat penerima ditolak: akses ditolak"),
                "https://www.godaddy.com/id-id/help/perbaiki-email-yang-ditolak-dengan-kesalahan-pentalan-40685"),
        # GoDaddy's Indonesian "Account disabled".
        Phrases("id.words-mailbox-disabled", C.MAILBOX_DISABLED, ("akun dinonaktifkan",),
                "https://www.godaddy.com/id-id/help/perbaiki-email-yang-ditolak-dengan-kesalahan-pentalan-40685"),
        # GoDaddy's Indonesian "Account storage limit" (the recipient is over quota).
        Phrases("id.words-mailbox-full", C.MAILBOX_FULL, ("batasan penyimpanan akun",),
                "https://www.godaddy.com/id-id/help/perbaiki-email-yang-ditolak-dengan-kesalahan-pentalan-40685"),
        # GoDaddy's Indonesian "Delivery time expired".
        Phrases("id.words-expired", C.EXPIRED, ("waktu pengiriman habis",),
                "https://www.godaddy.com/id-id/help/perbaiki-email-yang-ditolak-dengan-kesalahan-pentalan-40685"),
        # Microsoft 365's Indonesian 451 4.7.0 "Temporary server error. Please try again later." (PRX4): weak, as a reason may follow.
        Phrases("id.server-error-exchange", C.SERVER_ERROR, ("kesalahan server sementara",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.id-ID:AlchemyInsights/451-470-temporary-server-error.md", decisive=False),
        # Microsoft 365's Indonesian 5.1.90: the sender reached the daily limit for message recipients.
        Phrases("id.rate-limited-daily-recipients", C.RATE_LIMITED, ("batas harian untuk penerima",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.id-ID:AlchemyInsights/5-1-90-your-message-cant-be-sent-daily-limit.md"),
        # Microsoft 365's Indonesian help title "Daily email limit exceeded" (the sender over its daily sending limit).
        Phrases("id.rate-limited-daily-email", C.RATE_LIMITED, ("batasan email harian terlampaui",),
                "isabella232/OfficeDocs-AlchemyInsights-pr.id-ID:AlchemyInsights/daily-email-limit-exceeded.md"),
        # An Indonesian ESP's bounce classes: "invalid recipient" (Penerima Tidak Valid).
        Phrases("id.words-user-unknown-invalid", C.USER_UNKNOWN, ("penerima tidak valid",),
                "https://docs.mtarget.co/id/articles/10382900-klasifikasi-bounce"),
        # The same classes: the recipient's mailbox full (kotak surat penerima penuh), which "kotak surat penuh" does not match.
        Phrases("id.words-mailbox-full-recipient", C.MAILBOX_FULL, ("kotak surat penerima penuh",),
                "https://docs.mtarget.co/id/articles/10382900-klasifikasi-bounce"),
        # The same classes: the message too large for the recipient (ukurannya terlalu besar).
        Phrases("id.words-message-too-large", C.MESSAGE_TOO_LARGE, ("ukurannya terlalu besar",),
                "https://docs.mtarget.co/id/articles/10382900-klasifikasi-bounce"),
        # The same classes' 554 5.7.1: the recipient address refused by system policy (ditolak karena kebijakan sistem).
        Phrases("id.words-policy", C.POLICY_VIOLATION, ("ditolak karena kebijakan",),
                "https://docs.mtarget.co/id/articles/10382900-klasifikasi-bounce"),
        # SquirrelMail's id_ID translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("id.auth-failed-squirrelmail", C.AUTH_FAILED, (
            "transisi sandi diperlukan",
            "otentikasi sementara gagal",
            "mekanisme otentikasi terlalu lemah",
        ), "sitle/squirrelmail-src:locales/locale/id_ID/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's id_ID translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("id.server-error-weak-squirrelmail", C.SERVER_ERROR, (
            "ada kesalahan proses",
        ), "sitle/squirrelmail-src:locales/locale/id_ID/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's id_ID translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("id.system-full-squirrelmail", C.SYSTEM_FULL, (
            "sistem penyimpanan tidak memadai",
        ), "sitle/squirrelmail-src:locales/locale/id_ID/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's id_ID translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("id.not-implemented-weak-squirrelmail", C.NOT_IMPLEMENTED, (
            "perintah tak diterapkan",
        ), "sitle/squirrelmail-src:locales/locale/id_ID/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's id_ID translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("id.bad-sequence-squirrelmail", C.BAD_SEQUENCE, (
            "urutan perintah tidak bagus",
        ), "sitle/squirrelmail-src:locales/locale/id_ID/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's id_ID translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("id.auth-required-squirrelmail", C.AUTH_REQUIRED, (
            "otentikasi dibutuhkan",
        ), "sitle/squirrelmail-src:locales/locale/id_ID/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's id_ID translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("id.auth-failed-weak-squirrelmail", C.AUTH_FAILED, (
            "otentikasi gagal",
        ), "sitle/squirrelmail-src:locales/locale/id_ID/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's id_ID translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("id.tls-required-squirrelmail", C.TLS_REQUIRED, (
            "enkripsi diperlukan untuk meminta mekanisme otentikasi",
        ), "sitle/squirrelmail-src:locales/locale/id_ID/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's id_ID translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("id.user-unknown-weak-squirrelmail", C.USER_UNKNOWN, (
            "kotak surat tak tersedia",
            "nama kotak surat tidak diperbolehkan",
        ), "sitle/squirrelmail-src:locales/locale/id_ID/LC_MESSAGES/squirrelmail.po", decisive=False),
        # SquirrelMail's id_ID translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("id.has-moved-squirrelmail", C.HAS_MOVED, (
            "pengguna bukan lokal",
        ), "sitle/squirrelmail-src:locales/locale/id_ID/LC_MESSAGES/squirrelmail.po"),
        # SquirrelMail's id_ID translation of the RFC 5321/4954 reply texts (class/deliver/Deliver_SMTP),
        # as its compose screen shows a server's refusal.
        Phrases("id.mailbox-full-squirrelmail", C.MAILBOX_FULL, (
            "alokasi penyimpanan penuh",
        ), "sitle/squirrelmail-src:locales/locale/id_ID/LC_MESSAGES/squirrelmail.po"),
        # ezmlm-idx's translated refusals of a post from a non-subscriber (TXT_ONLY_SUBSCRIBERS) and
        # from a poster the owner blocked (TXT_REJECT_POSTS).
        Phrases("id.sender-rejected-ezmlm", C.SENDER_REJECTED, (
            "hanya pelanggan boleh mengirim",
            "program ini menolak posting anda",
        ), "bruceg/ezmlm-idx:lang/id/messages"),
        # ezmlm-idx's translated ERR_MAX_SIZE: the post is larger than the list's limit.
        Phrases("id.message-too-large-ezmlm", C.MESSAGE_TOO_LARGE, (
            "tidak terima pesan dengan size melebihi",
        ), "bruceg/ezmlm-idx:lang/id/messages"),
        # ezmlm-idx's translated ERR_NO_ADDRESS: the list address is not in To: or Cc:.
        Phrases("id.policy-violation-ezmlm", C.POLICY_VIOLATION, (
            "telah diberitahu untuk menolak pesan ini",
            "alamat milis harus ada di",
        ), "bruceg/ezmlm-idx:lang/id/messages"),
        # ezmlm-idx's translated ERR_NO_SUBJECT and ERR_MIN_SIZE: no subject, too short.
        Phrases("id.content-rejected-ezmlm", C.CONTENT_REJECTED, (
            "bagian mime yang tidak dapat diterima",
            "tidak menerima pesan dengan subjek kosong",
            "tidak menerima pesan yang lebih kecil",
        ), "bruceg/ezmlm-idx:lang/id/messages"),
        # Mailman 3's list:user:notice:hold and refuse templates: the post is held for the moderator, or
        # the moderator rejected it.
        Phrases("id.policy-violation-mailman3-notice", C.POLICY_VIOLATION, (
            "ditahan hingga moderator milis",
            "ditolak oleh moderator milis",
        ), (
            "osstech-jp/mailman:src/mailman/templates/id/list:user:notice:hold.txt; osstech-j"
            "p/mailman:src/mailman/templates/id/list:user:notice:refuse.txt"
        )),
        # Mailman 3's list:user:notice:rejected template: the post was rejected, its reasons listed after
        # (weak: a listed reason's own wording decides).
        Phrases("id.policy-violation-mailman3-reasons", C.POLICY_VIOLATION, (
            "ditolak atas alasan berikut",
        ), "osstech-jp/mailman:src/mailman/templates/id/list:user:notice:rejected.txt", decisive=False),
        # Mailman 3's hold and rejection reasons about the poster: not a member, banned, no valid sender.
        Phrases("id.sender-rejected-mailman3-core", C.SENDER_REJECTED, (
            "pesan bukan dari anggota milis",
            "dilarang dari milis ini",
            "tidak memiliki pengirim yang valid",
        ), "osstech-jp/mailman:src/mailman/messages/id/LC_MESSAGES/mailman.po"),
        # Mailman 3's moderation hold reasons (moderated member, implicit destination, emergency
        # moderation) and its notice that a post awaits the moderator's approval.
        Phrases("id.policy-violation-mailman3-core", C.POLICY_VIOLATION, (
            "cocok dengan aturan tajuk",
            "dari anggota termoderasi",
            "menunggu persetujuan moderator",
        ), "osstech-jp/mailman:src/mailman/messages/id/LC_MESSAGES/mailman.po"),
        # Mailman 3's hold reason: the post exceeds the list's maximum message size.
        Phrases("id.message-too-large-mailman3-core", C.MESSAGE_TOO_LARGE, (
            "lebih besar dari ukuran maksimum",
        ), "osstech-jp/mailman:src/mailman/messages/id/LC_MESSAGES/mailman.po"),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("id.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "jenis konten pesan", "ekstensi berkas pesan",
            "pesan tidak ada subjek",
        ), "osstech-jp/mailman:src/mailman/messages/id/LC_MESSAGES/mailman.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("id.auth-failed-balsa", C.AUTH_FAILED, ("otentikasi gssapi gagal", "tidak ada cara untuk mengotentikasi",
            "tak ditemukan mekanisme otentikasi",
        ), "GNOME/balsa:po/id.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("id.auth-required-balsa", C.AUTH_REQUIRED, (
            "perlu nama pengguna dan kata sandi",
        ), "GNOME/balsa:po/id.po"),
        # Balsa's translated SMTP client errors (libnetclient, libbalsa/send.c): connecting failed, no
        # suitable authentication mechanism, user name and password required, no SMTP service on port
        # 465, 587 or 25, no STARTTLS.
        Phrases("id.service-unavailable-balsa", C.SERVICE_UNAVAILABLE, (
            "tidak menawarkan layanan smtp",
        ), "GNOME/balsa:po/id.po"),
        # Claws Mail's translated SMTP session errors (TLS session, connection closed by the remote
        # host, authentication failed).
        Phrases("id.network-error-claws", C.NETWORK_ERROR, (
            "sambungan ditutup oleh remote host",
        ), "eworm-de/claws-mail:po/id_ID.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("id.message-too-large-claws", C.MESSAGE_TOO_LARGE, (
            "pesan terlalu besar",
        ), "eworm-de/claws-mail:po/id_ID.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("id.tls-required-claws", C.TLS_REQUIRED, (
            "jalinan tls gagal",
            "sertifikat tls tidak sah",
        ), "eworm-de/claws-mail:po/id_ID.po"),
        # Claws Mail's translated SMTP errors: the message is too big for the server's SIZE, the
        # TLS handshake failed or the certificate is invalid, no SMTP AUTH method available.
        Phrases("id.auth-failed-claws", C.AUTH_FAILED, (
            "metode smtp auth tidak tersedia",
        ), "eworm-de/claws-mail:po/id_ID.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("id.tls-required-balsa-session", C.TLS_REQUIRED, ("otoritas sertifikat penandatangan tidak diketahui", "sertifikat tls rusak", "sertifikat telah dicabut", "sertifikat telah kedaluwarsa",
            "negosiasi tls gagal",
            "tls diperlukan tetapi tidak tersedia",
        ), "GNOME/balsa:po/id.po"),
        # Balsa's translated SMTP session errors: TLS negotiation failed, TLS required but not
        # available, cannot reach the SMTP server (the queued messages stay in the outbox).
        Phrases("id.network-error-balsa-session", C.NETWORK_ERROR, ("menghubungi server smtp", "koneksi hilang",
            "tak bisa menjangkau server smtp",
        ), "GNOME/balsa:po/id.po"),
        # Geary's untrusted-connection reasons: the server certificate unsigned, mismatched or expired.
        Phrases("id.tls-required-geary", C.TLS_REQUIRED, (
            "tak ditandatangani oleh otoritas yang dikenal",
            "sertifikat peladen telah kedaluwarsa",
        ), "GNOME/geary:po/id.po"),
        # Claws Mail's SMTP session errors: STARTTLS could not be started or failed, the server requires it.
        Phrases("id.tls-required-claws-session", C.TLS_REQUIRED, (
            "tidak dapat menjalankan sesi starttls",
            "kesalahan dalam memulai koneksi starttls",
            "starttls gagal",
            "server membutuhkan starttls untuk masuk",
            "tidak dapat memulai sesi starttls",
        ), "eworm-de/claws-mail:po/id_ID.po"),
        # Claws Mail's SMTP AUTH errors: failed, stronger authentication required, the method unavailable.
        Phrases("id.auth-failed-claws-session", C.AUTH_FAILED, (
            "dibutuhkan otentifikasi yang (lebih) kuat",
            "terjadi kesalahan pada otentifikasi",
            "metode smtp auth yang dipilih tidak tersedia",
        ), "eworm-de/claws-mail:po/id_ID.po"),
        # Claws Mail's connection errors: timed out, refused, closed by the remote host.
        Phrases("id.network-error-claws-session", C.NETWORK_ERROR, (
            "sambungan habis waktu",
            "sambungan ditolak",
        ), "eworm-de/claws-mail:po/id_ID.po"),
        # FairEmail: no (suitable) internet connection (weak).
        Phrases("id.network-error-weak-fairemail", C.NETWORK_ERROR, (
            "tidak ada koneksi internet",
        ), "M66B/FairEmail:app/src/main/res/values-in-rID/strings.xml", decisive=False),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("id.tls-required-mailspring", C.TLS_REQUIRED, (
            "starttls tidak tersedia",
            "tls tidak tersedia",
        ), "Foundry376/Mailspring:app/lang/id.json"),
        # Mailspring's translated send errors (app/lang): the server's refusal as the client words it.
        Phrases("id.spam-content-mailspring", C.SPAM_CONTENT, (
            "filter spam keluar",
        ), "Foundry376/Mailspring:app/lang/id.json"),
        # Joomla 3's Indonesian PHPMailer strings (PHPMAILER_*)
        Phrases("id.auth-failed-joomla3", C.AUTH_FAILED, (
            "tidak bisa otentikasi",
        ), "cuongnd/banhangonline88_joomla:language/id-ID/id-ID.ini"),
        # Joomla 3's Indonesian PHPMailer strings (PHPMAILER_*)
        Phrases("id.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "dari alamat berikut gagal",
        ), "cuongnd/banhangonline88_joomla:language/id-ID/id-ID.ini"),
        # Joomla 3's Indonesian PHPMailer strings (PHPMAILER_*)
        Phrases("id.network-error-joomla3", C.NETWORK_ERROR, (
            "tidak bisa terhubungi ke host smtp", "sambungan smptp gagal",
        ), "cuongnd/banhangonline88_joomla:language/id-ID/id-ID.ini"),
        # Joomla 3's Indonesian PHPMailer strings (PHPMAILER_*)
        Phrases("id.tls-required-joomla3", C.TLS_REQUIRED, (
            "tidak bisa memulai tls",
        ), "cuongnd/banhangonline88_joomla:language/id-ID/id-ID.ini"),
        # FaberHost's note on cPanel's default address: the sender is told "bahwa alamat email
        # tersebut tidak ada", the address "tidak terdaftar di akun hosting penerima".
        Phrases("id.user-unknown-faberhost", C.USER_UNKNOWN, (
            "alamat email tersebut tidak ada", "tidak terdaftar di akun hosting",
        ), "http://news.faberhost.com/2015/06/pengertian-default-address.html"),
        # SOGo webmail's refusal to send more mail for now: 'Tried to send too many mails. Please wait.'
        Phrases("id.rate-limited-sogo", C.RATE_LIMITED, (
            "mengirim terlalu banyak",
        ), "Alinto/sogo:UI/MailerUI/Indonesian.lproj/Localizable.strings"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("id.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "sebelum mengirim pesan ini",
        ), "roundcube/roundcubemail:program/localization/id_ID/messages.inc"),
        # Microsoft's help on Exchange Online's mailbox receiving limit (3,600 messages an hour): senders get a 5.2.121 or 5.2.122 NDR saying the mailbox exceeded its maximum delivery threshold.
        Phrases("id.rate-limited-microsoft-receiving", C.RATE_LIMITED, (
            "dikenai batas untuk",
            "ambang batas pengiriman maksimum",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.id-ID:AlchemyInsights/mailbox-receiving-limit.md"),
        # Microsoft's help on Exchange Online's sending limits: once the recipient rate limit (10,000 recipients a day) is reached, the mailbox cannot send until the count falls below it.
        Phrases("id.rate-limited-recipient-rate", C.RATE_LIMITED, (
            "batas tarif penerima",
        ), "isabella232/OfficeDocs-AlchemyInsights-pr.id-ID:AlchemyInsights/need-help-with-email-sending-limits.md"),
        # Google Workspace's Indonesian help: a trial account that passes 500 mails in 24 hours gets undeliverable-mail notices about the sending limit.
        Phrases("id.rate-limited-gmail-trial", C.RATE_LIMITED, (
            "tentang batas pengiriman",
        ), "https://knowledge.workspace.google.com/kb/how-to-confirm-gmail-sending-limits-after-upgrading-from-a-free-trial-account-to-a-paid-subscription-000006733?hl=id"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): the recipient's mailbox quota is exceeded, or the message would exceed its maximum size.
        Phrases("id.mailbox-full-mailutils", C.MAILBOX_FULL, (
            "kuota kotak surat dilewati",
            "melebihi ukuran maksimal kotak surat",
        ), "Distrotech/mailutils:po/id.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): no such user (name).
        Phrases("id.user-unknown-mailutils", C.USER_UNKNOWN, (
            "tidak ada pengguna seperti itu",
            "tidak ada nama pengguna seperti itu",
        ), "Distrotech/mailutils:po/id.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): unsupported authentication scheme; authentication failed.
        Phrases("id.auth-failed-mailutils", C.AUTH_FAILED, (
            "skema autentifikasi tidak didukung",
            "autentifikasi gagal",
        ), "Distrotech/mailutils:po/id.po"),
        # GNU Mailutils' translated delivery and SMTP client texts (po/): the remote side (host) closed the connection.
        Phrases("id.network-error-mailutils", C.NETWORK_ERROR, (
            "telah menutup koneksi",
            "koneksi ditutup oleh remote host",
        ), "Distrotech/mailutils:po/id.po"),
        # fetchmail's translated SMTP-listener refusals (po/): it doesn't like the recipient address; it rejected the local recipient addresses.
        Phrases("id.user-unknown-fetchmail", C.USER_UNKNOWN, (
            "tidak menyukai alamat penerima",
            "menolak alamat penerima lokal",
        ), "Distrotech/fetchmail:po/id.po"),
        # fetchmail's translated TLS refusal (po/): TLS is mandatory for this session but the server refused CAPA.
        Phrases("id.tls-required-fetchmail", C.TLS_REQUIRED, (
            "tls merupakan keharusan",
        ), "Distrotech/fetchmail:po/id.po"),
        # fetchmail's translated login failure (po/): unknown login or authentication error.
        Phrases("id.auth-failed-fetchmail", C.AUTH_FAILED, (
            "galat otentikasi",
        ), "Distrotech/fetchmail:po/id.po"),
        # fetchmail's translated connect timeout (po/): timeout after N seconds waiting to connect to the server.
        Phrases("id.network-error-fetchmail", C.NETWORK_ERROR, (
            "waktu habis setelah",
        ), "Distrotech/fetchmail:po/id.po"),
    ),
    together=(
        # Thunderbird's connection errors (messenger.properties): the connection to the server
        # failed, timed out, was reset or interrupted, the server between the words.
        Together("id.together-network-error-thunderbird", C.NETWORK_ERROR, (
            ("sambungan ke server",),
            ("diset ulang", "terputus"),
        ), "thunderbird/thunderbird-l10n:id/mail/chrome/messenger/messenger.properties", window=40),
    ),
)
