"""Hindi (hi): wordings of SMTP errors that mail libraries and servers show in Hindi. Sources:
PHPMailer's Hindi SMTP error strings and Evolution's translated RFC 5321 reply texts
(GNOME/evolution-data-server po/hi.po).
Also: Zimbra's web-client errors (Zimbra/zm-ajax ZMsg_hi)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="hi",
    name="Hindi",
    phrases=(
        # glib-networking's TLS errors (the GIO TLS backend GNOME mail clients such as
        # Evolution, Geary and Balsa connect through): the TLS certificate unacceptable or
        # required, the TLS connection or handshake failed, closed unexpectedly, a fatal TLS
        # alert.
        Phrases("hi.tls-required-glib-networking", C.TLS_REQUIRED, (
            "सर्वर के लिए tls प्रमाणपत्र चाहिए", "अस्वीकार्य tls प्रमाणपत्र",
            "tls कनेक्शन नहीं बनाया जा सका", "tls हैंडशेक", "tls अप्रत्याशित रूप से बंद हो गया",
            "सहकर्मी ने प्रमाण पत्र नहीं भेजा", "घातक tls चेतावनी",
        ), "GNOME/glib-networking:po/hi.po"),
        # glib-networking's socket errors (GNOME mail clients' connections): the socket I/O
        # timed out, the connection broken.
        Phrases("hi.network-error-glib-networking", C.NETWORK_ERROR, (
            "सॉकेट i/o का समय समाप्त हो गया", "कनेक्शन टूटा हुआ है",
        ), "GNOME/glib-networking:po/hi.po"),
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("hi.tls-required-weak-k9", C.TLS_REQUIRED, (
            "सर्टिफिकेट गड़बड़",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-hi/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("hi.network-error-weak-k9", C.NETWORK_ERROR, (
            "कनेक्शन गड़बड़",
            "नेटवर्क गड़बड़",
            "संजाल त्रुटि",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-hi/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-hi/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-hi/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("hi.auth-failed-weak-k9", C.AUTH_FAILED, (
            "ऑथेंटिकेशन गड़बड़",
            "ऑथेंटिकेशन नहीं हुआ",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-hi/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-hi/strings.xml", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("hi.auth-required-kmail", C.AUTH_REQUIRED, (
            "आपको एक उपयोक्ता नाम तथा पासवर्ड देना होगा",
        ), "KDE/kmailtransport:po/hi/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("hi.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "प्रमाणीकरण समर्थित नहीं करता",
        ), "KDE/kmailtransport:po/hi/libmailtransport6.po"),
        Phrases("hi.network-error-phpmailer", C.NETWORK_ERROR, (
            "सर्वर से कनेक्ट नहीं हो सका",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-hi.php"),
        Phrases("hi.auth-failed-phpmailer", C.AUTH_FAILED, (
            "प्रामाणिकता की जांच नहीं हो सका",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-hi.php"),
        Phrases("hi.auth-failed-evolution", C.AUTH_FAILED, (
            "अस्थायी सत्यापन विफलता", "सत्यापन यांत्रिकी काफी कमजोर",
        ), "GNOME/evolution-data-server:po/hi.po"),
        Phrases("hi.auth-required-evolution", C.AUTH_REQUIRED, (
            "सत्यापन आवश्यक",
        ), "GNOME/evolution-data-server:po/hi.po"),
        Phrases("hi.mailbox-full-evolution", C.MAILBOX_FULL, (
            "भंडारण संभाजन से ज्यादा",
        ), "GNOME/evolution-data-server:po/hi.po"),
        Phrases("hi.system-full-evolution", C.SYSTEM_FULL, (
            "अपर्याप्त सिस्टम भंडारण",
        ), "GNOME/evolution-data-server:po/hi.po"),
        Phrases("hi.sender-rejected-phpmailer", C.SENDER_REJECTED, (
            "प्रेषक का पता गलत है",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-hi.php"),
        Phrases("hi.user-unknown-evolution", C.USER_UNKNOWN, (
            "मेलबॉक्स अनुपलब्ध", "मेलबॉक्स नाम की अनुमति नहीं",
        ), "GNOME/evolution-data-server:po/hi.po", decisive=False),
        Phrases("hi.has-moved-evolution", C.HAS_MOVED, (
            "उपभोक्ता स्थानीय नहीं",
        ), "GNOME/evolution-data-server:po/hi.po"),
        Phrases("hi.syntax-error-evolution", C.SYNTAX_ERROR, (
            "वाक्य रचना त्रुटि",
        ), "GNOME/evolution-data-server:po/hi.po", decisive=False),
        Phrases("hi.not-implemented-evolution", C.NOT_IMPLEMENTED, (
            "कमांड लागू नहीं किया गया", "कमांड पैरामीटर लागू नहीं किया गया",
        ), "GNOME/evolution-data-server:po/hi.po", decisive=False),
        Phrases("hi.server-error-evolution", C.SERVER_ERROR, (
            "प्रक्रिया में त्रुटि",
        ), "GNOME/evolution-data-server:po/hi.po", decisive=False),
        Phrases("hi.tls-required-evolution", C.TLS_REQUIRED, (
            "निवेदित सत्यापन यांत्रिकी के लिये गोपन की आवश्यकता है",
        ), "GNOME/evolution-data-server:po/hi.po"),
        Phrases("hi.user-unknown-zimbra", C.USER_UNKNOWN, (
            "ऐसा कोई अकाउंट मौजूद नहीं है",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_hi.properties"),
        Phrases("hi.message-too-large-zimbra", C.MESSAGE_TOO_LARGE, (
            "आकार को पार कर गया है",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_hi.properties"),
        Phrases("hi.service-unavailable-zimbra", C.SERVICE_UNAVAILABLE, (
            "सेवा अस्थायी रूप से अनुपलब्ध है",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_hi.properties", decisive=False),
        Phrases("hi.network-error-zimbra", C.NETWORK_ERROR, (
            "सर्वर्स के बीच बहुत से अंतर हैं",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_hi.properties"),
        Phrases("hi.user-unknown-zimbra-address", C.USER_UNKNOWN, (
            "होने के कारण मैसेज नहीं भेजा जा सका",
        ), "Zimbra/zm-ajax:WebRoot/messages/ZMsg_hi.properties", decisive=False),
        Phrases("hi.auth-failed-evolution-response", C.AUTH_FAILED, (
            "सर्वर से गलत सत्यापन अनुक्रिया",
        ), "GNOME/evolution-data-server:po/hi.po"),
        Phrases("hi.sender-rejected-evolution", C.SENDER_REJECTED, (
            "प्रेषक का पता सही नहीं है",
        ), "GNOME/evolution-data-server:po/hi.po", decisive=False),
        # PHPMailer's note on the recipients the SMTP server refused (recipients_failed); the
        # server's reply names the reason.
        Phrases("hi.user-unknown-phpmailer", C.USER_UNKNOWN, (
            "निम्न प्राप्तकर्ताओं को पते भेजने में विफल",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-hi.php", decisive=False),
        # PHPMailer's Hindi SMTP connect() failure.
        Phrases("hi.network-error-phpmailer-connect", C.NETWORK_ERROR, (
            "smtp का connect () फ़ंक्शन विफल हुआ",
        ), "PHPMailer/PHPMailer:language/phpmailer.lang-hi.php"),
        # Joomla 3's Hindi PHPMailer strings (PHPMAILER_*)
        Phrases("hi.auth-failed-joomla3", C.AUTH_FAILED, (
            "प्रमाणित नहीं किया जा सका है",
        ), "cuongnd/banhangonline88_joomla:language/hi-IN/hi-IN.ini"),
        # Joomla 3's Hindi PHPMailer strings (PHPMAILER_*)
        Phrases("hi.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "निम्नलिखित पते से विफल",
        ), "cuongnd/banhangonline88_joomla:language/hi-IN/hi-IN.ini"),
        # Joomla 3's Hindi PHPMailer strings (PHPMAILER_*)
        Phrases("hi.user-unknown-joomla3", C.USER_UNKNOWN, (
            "निम्न प्राप्तकर्ताओं विफल",
        ), "cuongnd/banhangonline88_joomla:language/hi-IN/hi-IN.ini", decisive=False),
        # Joomla 3's Hindi PHPMailer strings (PHPMAILER_*)
        Phrases("hi.network-error-joomla3", C.NETWORK_ERROR, (
            "एस.एम.टी.पी होस्ट कनेक्ट नहीं किया जा सका", "एसएमटीपी कनेक्ट विफल",
        ), "cuongnd/banhangonline88_joomla:language/hi-IN/hi-IN.ini"),
        # Joomla 3's Hindi PHPMailer strings (PHPMAILER_*)
        Phrases("hi.tls-required-joomla3", C.TLS_REQUIRED, (
            "टीएलएस शुरू नहीं कर सका",
        ), "cuongnd/banhangonline88_joomla:language/hi-IN/hi-IN.ini"),
        # Mailspring's sending errors: 'Gmail bandwidth exceeded. Please try again later.' and 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.'
        Phrases("hi.rate-limited-mailspring", C.RATE_LIMITED, (
            "बैंडविड्थ पार हो गया",
            "दैनिक प्रेषण सीमा पार",
        ), "Foundry376/Mailspring:app/lang/hi.json"),
    ),
)
