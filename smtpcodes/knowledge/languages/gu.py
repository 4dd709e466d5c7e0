"""Gujarati (gu): the SMTP and mail-sending error messages that web applications show
in Gujarati. Sources: Joomla's Gujarati
PHPMailer strings (a Joomla 1.5 language pack)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="gu",
    name="Gujarati",
    phrases=(
        # Joomla's Gujarati PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("gu.auth-failed-joomla", C.AUTH_FAILED, (
            "પ્રમાણભૂતતા નહી થઈ શકે",
        ), "bringer/lavuelta:language/gu-IN/gu-IN.ini"),
        # Joomla's Gujarati PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("gu.sender-rejected-joomla", C.SENDER_REJECTED, (
            "પાસેથી સરનામું અસમર્થ થયુ",
        ), "bringer/lavuelta:language/gu-IN/gu-IN.ini"),
        # Joomla's Gujarati PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("gu.user-unknown-joomla", C.USER_UNKNOWN, (
            "ઉપ્ભોગ્તા અસમર્થ થયા",
        ), "bringer/lavuelta:language/gu-IN/gu-IN.ini", decisive=False),
        # Joomla's Gujarati PHPMailer strings (PHPMAILER_*) in a Joomla 1.5 language pack
        Phrases("gu.network-error-joomla", C.NETWORK_ERROR, (
            "હોસ્ટ્ સાથે સમ્પર્ક નતી થતો",
        ), "bringer/lavuelta:language/gu-IN/gu-IN.ini"),
        # Mailspring's sending errors: 'Gmail bandwidth exceeded. Please try again later.' and 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.'
        Phrases("gu.rate-limited-mailspring", C.RATE_LIMITED, (
            "બેન્ડવિડ્થ ઓળંગાઈ",
            "દૈનિક મોકલવાની મર્યાદાને ઓળંગી",
        ), "Foundry376/Mailspring:app/lang/gu.json"),
    ),
)
