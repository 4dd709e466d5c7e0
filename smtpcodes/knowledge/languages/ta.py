"""Tamil (ta): the SMTP and mail-sending error messages that web applications show
in Tamil. Sources: Joomla 3's
PHPMailer strings in this language (PHPMAILER_*)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="ta",
    name="Tamil",
    phrases=(
        # Joomla 3's Tamil PHPMailer strings (PHPMAILER_*)
        Phrases("ta.auth-failed-joomla3", C.AUTH_FAILED, (
            "அத்தாட்சிப்படுத்த முடியவில்லை",
        ), "cuongnd/banhangonline88_joomla:language/ta-IN/ta-IN.ini"),
        # Joomla 3's Tamil PHPMailer strings (PHPMAILER_*)
        Phrases("ta.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "பின்வரும் அனுப்புநர் மின்-அஞ்சல் முகவரி தோல்வியுற்றது",
        ), "cuongnd/banhangonline88_joomla:language/ta-IN/ta-IN.ini"),
        # Joomla 3's Tamil PHPMailer strings (PHPMAILER_*)
        Phrases("ta.user-unknown-joomla3", C.USER_UNKNOWN, (
            "பின்வரும் பெறுநர் மின்-அஞ்சல் முகவரிகள் தோல்வியுற்றன",
        ), "cuongnd/banhangonline88_joomla:language/ta-IN/ta-IN.ini", decisive=False),
        # Joomla 3's Tamil PHPMailer strings (PHPMAILER_*)
        Phrases("ta.network-error-joomla3", C.NETWORK_ERROR, (
            "புரவலர் கணினியுடன் (host) தொடர்பு கொள்ள முடியவில்லை",
            "தொடர்பு கொள்ளுதல் தோல்வியுற்றது",
        ), "cuongnd/banhangonline88_joomla:language/ta-IN/ta-IN.ini"),
        # Joomla 3's Tamil PHPMailer strings (PHPMAILER_*)
        Phrases("ta.tls-required-joomla3", C.TLS_REQUIRED, (
            "tls-ஐத் தொடங்க முடியவில்லை",
        ), "cuongnd/banhangonline88_joomla:language/ta-IN/ta-IN.ini"),
        # Roundcube's refusal to send again so soon: 'Please wait $sec sec(s). before sending this message.'
        Phrases("ta.rate-limited-roundcube-wait", C.RATE_LIMITED, (
            "இந்த செய்தி அனுப்புவதற்கு முன்பு",
        ), "roundcube/roundcubemail:program/localization/ta_IN/messages.inc"),
        # Mailspring's sending errors: 'Gmail bandwidth exceeded. Please try again later.' and 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.'
        Phrases("ta.rate-limited-mailspring", C.RATE_LIMITED, (
            "gmail அலைவரிசை மீறப்பட்டது",
            "தினசரி அனுகூலத்தை",
        ), "Foundry376/Mailspring:app/lang/ta.json"),
    ),
)
