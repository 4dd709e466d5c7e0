"""Basque (eu): the SMTP and mail-sending error messages that web applications show
in Basque. Sources: Joomla 3's
PHPMailer strings in this language (PHPMAILER_*)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="eu",
    name="Basque",
    phrases=(
        # Joomla 3's Basque PHPMailer strings (PHPMAILER_*)
        Phrases("eu.auth-failed-joomla3", C.AUTH_FAILED, (
            "ezin da autentifikatu",
        ), "cuongnd/banhangonline88_joomla:language/eu-ES/eu-ES.ini"),
        # Joomla 3's Basque PHPMailer strings (PHPMAILER_*)
        Phrases("eu.sender-rejected-joomla3", C.SENDER_REJECTED, (
            "ondorengo nondik helbideak huts egin du",
        ), "cuongnd/banhangonline88_joomla:language/eu-ES/eu-ES.ini"),
        # Joomla 3's Basque PHPMailer strings (PHPMAILER_*)
        Phrases("eu.user-unknown-joomla3", C.USER_UNKNOWN, (
            "ondorengo hartzaileek huts egin dute",
        ), "cuongnd/banhangonline88_joomla:language/eu-ES/eu-ES.ini", decisive=False),
        # Joomla 3's Basque PHPMailer strings (PHPMAILER_*)
        Phrases("eu.network-error-joomla3", C.NETWORK_ERROR, (
            "ezin da smtp zerbitzariarekin konektatu", "konexioan huts egin da",
        ), "cuongnd/banhangonline88_joomla:language/eu-ES/eu-ES.ini"),
        # Joomla 3's Basque PHPMailer strings (PHPMAILER_*)
        Phrases("eu.tls-required-joomla3", C.TLS_REQUIRED, (
            "ezin da tls hasieratu",
        ), "cuongnd/banhangonline88_joomla:language/eu-ES/eu-ES.ini"),
    ),
)
