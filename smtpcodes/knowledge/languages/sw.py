"""Swahili (sw): the SMTP and mail-sending error messages that web applications show
in Swahili. Sources: Joomla 3's
PHPMailer strings in this language (PHPMAILER_*)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="sw",
    name="Swahili",
    phrases=(
        # Joomla 3's Swahili PHPMailer strings (PHPMAILER_*)
        Phrases("sw.auth-failed-joomla3", C.AUTH_FAILED, (
            "haikuweza kuthibitisha",
        ), "cuongnd/banhangonline88_joomla:language/sw-KE/sw-KE.ini"),
        # Joomla 3's Swahili PHPMailer strings (PHPMAILER_*)
        Phrases("sw.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "anwani ifuatayo ya mtujaji imeshindwa",
        ), "cuongnd/banhangonline88_joomla:language/sw-KE/sw-KE.ini"),
        # Joomla 3's Swahili PHPMailer strings (PHPMAILER_*)
        Phrases("sw.user-unknown-joomla3", C.USER_UNKNOWN, (
            "mapokeo yafuatayo yameshindwa",
        ), "cuongnd/banhangonline88_joomla:language/sw-KE/sw-KE.ini", decisive=False),
        # Joomla 3's Swahili PHPMailer strings (PHPMAILER_*)
        Phrases("sw.network-error-joomla3", C.NETWORK_ERROR, (
            "haikuweza kuunganishwa na hosti ya smtp", "kuunganishwa na smtp imeshindwa",
        ), "cuongnd/banhangonline88_joomla:language/sw-KE/sw-KE.ini"),
        # Joomla 3's Swahili PHPMailer strings (PHPMAILER_*)
        Phrases("sw.tls-required-joomla3", C.TLS_REQUIRED, (
            "haikuweza kuanzisha tls",
        ), "cuongnd/banhangonline88_joomla:language/sw-KE/sw-KE.ini"),
        # Joomla 3's (another pack's) Swahili PHPMailer strings (PHPMAILER_*)
        Phrases("sw.sender-rejected-joomla3-ddsales", C.SENDER_REJECTED, (
            "anwani zifuatazo za 'kutoka kwa' yameshindwa",
        ), "dwarkesh0204/ddsales:language/sw-KE/sw-KE.ini"),
    ),
)
