"""Danish (da): wordings of the SMTP error messages that mail clients and mail libraries show in
Danish. Sources: Thunderbird's and Roundcube's Danish SMTP error strings and PHPMailer's Danish
language file."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:da/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-da.php"

LANGUAGE = Language(
    code="da",
    name="Danish",
    phrases=(
        Phrases("da.auth-failed", C.AUTH_FAILED, (
            "login mislykkedes", "autenticering fejlede", "kunne ikke godkendes",
            "understøtter ikke den valgte sikkerhedsindstilling",
        ), _THUNDERBIRD),
        Phrases("da.network-error", C.NETWORK_ERROR, (
            "forbindelse til smtp serveren kunne ikke oprettes",
            "forbindelsen til serveren afbrudt", "forbindelsen til smtp-serveren",
            "forsvandt midt i overførslen", "smtp connect() fejlede",
        ), _THUNDERBIRD),
        Phrases("da.message-too-large", C.MESSAGE_TOO_LARGE, (
            "størrelse overskrider serverenes grænse", "overstiger den generelle størrelsesgrænse",
        ), _THUNDERBIRD),
        Phrases("da.too-many-recipients", C.RATE_LIMITED, (
            "antallet af modtagere overskrider",
        ), _THUNDERBIRD),
        Phrases("da.sender-rejected", C.SENDER_REJECTED, (
            "følgende afsenderadresse er forkert",
        ), _PHPMAILER),
    ),
)
