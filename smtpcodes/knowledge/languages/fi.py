"""Finnish (fi): wordings of the SMTP error messages that mail clients and mail libraries show in
Finnish. Sources: Thunderbird's and Roundcube's Finnish SMTP error strings and PHPMailer's
Finnish language file."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:fi/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/fi_FI/messages.inc"
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-fi.php"

LANGUAGE = Language(
    code="fi",
    name="Finnish",
    phrases=(
        Phrases("fi.auth-failed", C.AUTH_FAILED, (
            "tunnistus epäonnistui", "todennus smtp-palvelimelle",
            "ei tue valittua todennustapaa",
        ), _THUNDERBIRD),
        Phrases("fi.network-error", C.NETWORK_ERROR, (
            "yhteys palvelimeen ei onnistu", "yhdistäminen epäonnistui", "ei onnistuttu luomaan",
            "katkesi kesken tiedonsiirron", "aikakatkaistiin",
        ), _THUNDERBIRD),
        Phrases("fi.message-too-large", C.MESSAGE_TOO_LARGE, (
            "viestin koko ylittää", "ylittää palvelimen kokorajoituksen",
        ), _THUNDERBIRD),
        Phrases("fi.too-many-recipients", C.RATE_LIMITED, (
            "vastaanottajien sallittu määrä ylittyi",
        ), _THUNDERBIRD),
        Phrases("fi.smtputf8", C.CONTENT_REJECTED, (
            "ei tue unicodea sähköpostiosoitteessa",
        ), _ROUNDCUBE),
        Phrases("fi.sender-rejected", C.SENDER_REJECTED, (
            "lähettäjän osoite on virheellinen",
        ), _PHPMAILER),
    ),
)
