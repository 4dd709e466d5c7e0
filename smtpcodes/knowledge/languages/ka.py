"""Georgian (ka): the SMTP and mail-sending error messages that web applications show
in Georgian. Sources: Joomla 3's
PHPMailer strings in this language (PHPMAILER_*)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="ka",
    name="Georgian",
    phrases=(
        # Sympa's answer to a command or post for a list it does not know ('List unknown').
        Phrases("ka.user-unknown-sympa", C.USER_UNKNOWN, (
            "სია უცნობია",
        ), "sympa-community/sympa:po/sympa/ka.po"),
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("ka.tls-required-glib-networking", C.TLS_REQUIRED, (
            "სერვერი tls სერტიფიკატს მოითხოვს", "მიუღებელი tls სერთიფიკატი",
            "tls შეერთების შექმნა შეუძლებელია", "tls შეერთების დაწყებa არ შეუძლია",
            "tls შეერთება მოულოდნელად დაიხურა", "სერტიფიკატი არ გამოაგზავნა",
            "ფატალური tls გაფრთხილება", "tls სერთიფიკატის მიუღებელი გამომცემელი",
        ), "GNOME/glib-networking:po/ka.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("ka.network-error-glib-networking", C.NETWORK_ERROR, (
            "სოკეტის i/o ვადა გავიდა", "შეერთება გაფუჭებულია",
        ), "GNOME/glib-networking:po/ka.po"),
        # Joomla 3's Georgian PHPMailer strings (PHPMAILER_*)
        Phrases("ka.auth-failed-joomla3", C.AUTH_FAILED, (
            "ამოცნობა ვერ ხერხდება",
        ), "cuongnd/banhangonline88_joomla:language/ka-GE/ka-GE.ini"),
        # Joomla 3's Georgian PHPMailer strings (PHPMAILER_*)
        Phrases("ka.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "მისამართიდან ვერ მოხერხდა",
        ), "cuongnd/banhangonline88_joomla:language/ka-GE/ka-GE.ini"),
        # Joomla 3's Georgian PHPMailer strings (PHPMAILER_*)
        Phrases("ka.user-unknown-joomla3", C.USER_UNKNOWN, (
            "შემდეგ ადრესატებთან დაკავშირება ვერ ხერხდება",
        ), "cuongnd/banhangonline88_joomla:language/ka-GE/ka-GE.ini", decisive=False),
        # Joomla 3's Georgian PHPMailer strings (PHPMAILER_*)
        Phrases("ka.network-error-joomla3", C.NETWORK_ERROR, (
            "დაკავშირება ვერ ხერხდება",
        ), "cuongnd/banhangonline88_joomla:language/ka-GE/ka-GE.ini"),
        # Joomla 3's Georgian PHPMailer strings (PHPMAILER_*)
        Phrases("ka.tls-required-joomla3", C.TLS_REQUIRED, (
            "ვერ მოხერხდა tls გაშვება",
        ), "cuongnd/banhangonline88_joomla:language/ka-GE/ka-GE.ini"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("ka.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "სანამ იგზავნება შეტყობინება",
        ), "roundcube/roundcubemail:program/localization/ka_GE/messages.inc"),
        # Thunderbird's smtpTooManyRecipients: the message not sent because the allowed number of recipients was exceeded (the server's reply follows).
        Phrases("ka.too-many-recipients-thunderbird", C.RATE_LIMITED, (
            "მიმღებების ნებადართულ რაოდენობაზე გადაჭარბების",
        ), "thunderbird/thunderbird-l10n:ka/mail/chrome/messenger/messengercompose/composeMsgs.properties"),
        # Mailspring's sending errors: 'Gmail bandwidth exceeded. Please try again later.' and 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.'
        Phrases("ka.rate-limited-mailspring", C.RATE_LIMITED, (
            "gmail სიჩქარეს გადააჭარბა",
            "ყოველდღიური გაგზავნის ლიმიტს",
        ), "Foundry376/Mailspring:app/lang/ka.json"),
    ),
)
