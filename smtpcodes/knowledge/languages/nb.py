"""Norwegian Bokmål (nb): wordings of the SMTP error messages that mail clients and mail libraries
show in Norwegian Bokmål. Sources: Thunderbird's and Roundcube's Norwegian Bokmål SMTP error
strings and PHPMailer's Norwegian Bokmål language file."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:nb-NO/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/nb_NO/messages.inc"
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-nb.php"

LANGUAGE = Language(
    code="nb",
    name="Norwegian Bokmål",
    phrases=(
        Phrases("nb.auth-failed", C.AUTH_FAILED, (
            "kunne ikke autentisere", "pålogging feilet", "klarte ikke å autentisere",
            "støtter ikke den valgte autentiseringsmetoden",
        ), _THUNDERBIRD),
        Phrases("nb.network-error", C.NETWORK_ERROR, (
            "kunne ikke koble til smtp-vert", "klarte ikke koble til server",
            "tilkoblingen til utgående server", "ble mistet midt i en transaksjon",
            "fikk tidsavbrudd", "smtp connect() mislyktes",
        ), _THUNDERBIRD),
        Phrases("nb.message-too-large", C.MESSAGE_TOO_LARGE, (
            "meldingsstørrelse overskreder", "større enn maksstørrelsen",
        ), _THUNDERBIRD),
        Phrases("nb.too-many-recipients", C.RATE_LIMITED, (
            "tillatte antallet mottakere ble overskredet",
        ), _THUNDERBIRD),
        Phrases("nb.smtputf8", C.CONTENT_REJECTED, (
            "støtter ikke unicode i epostadressen",
        ), _ROUNDCUBE),
        Phrases("nb.sender-rejected", C.SENDER_REJECTED, (
            "følgende avsenderadresse mislyktes",
        ), _PHPMAILER),
    ),
)
