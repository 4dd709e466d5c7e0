"""Bosnian (bs): the SMTP and mail-sending error messages that web applications show
in Bosnian. Sources: Joomla 3's
PHPMailer strings in this language (PHPMAILER_*)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="bs",
    name="Bosnian",
    phrases=(
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
    ),
)
