"""Swedish (sv): wordings of Swedish bounce notices and bounce-reason labels and of the SMTP error
messages that mail clients show in Swedish. Sources: GoDaddy's Swedish bounce table, Swedish
newsletter services' bounce labels (Multinet EditNews, Styrelseproffset), Thunderbird's and
Roundcube's Swedish SMTP error strings and PHPMailer's Swedish language file."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_THUNDERBIRD = (
    "thunderbird/thunderbird-l10n:sv-SE/mail/chrome/messenger/messengercompose/"
    "composeMsgs.properties"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/sv_SE/messages.inc"
_PHPMAILER = "PHPMailer/PHPMailer:language/phpmailer.lang-sv.php"
_SE_GODADDY_COM = "https://se.godaddy.com/help/vad-ar-en-e-postavvisning-3568"
_SUPPORT_MULTINET_SE = (
    "https://support.multinet.se/sv-SE/support/solutions/articles/"
    "12000068538-mjuka-och-harda-studsar"
)

LANGUAGE = Language(
    code="sv",
    name="Swedish",
    phrases=(
        Phrases("sv.auth-failed", C.AUTH_FAILED, (
            "kunde inte autentisera", "inloggningen misslyckades", "kan inte autentisera",
            "stöder inte den valda autentiseringsmetoden",
        ), _THUNDERBIRD),
        Phrases("sv.network-error", C.NETWORK_ERROR, (
            "kunde inte ansluta till smtp-server", "anslutning till servern misslyckades",
            "förlorades mitt under transaktionen", "gjorde timeout", "avbryter anslutningen",
            "anslutning till utgående server", "smtp connect() misslyckades",
        ), _THUNDERBIRD),
        Phrases("sv.message-too-large", C.MESSAGE_TOO_LARGE, (
            "meddelandet är för stort", "överskrider den globala storleksgränsen",
        ), _THUNDERBIRD),
        Phrases("sv.too-many-recipients", C.RATE_LIMITED, (
            "tillåtna antalet mottagare överskrids",
        ), _THUNDERBIRD),
        Phrases("sv.smtputf8", C.CONTENT_REJECTED, (
            "klarar inte mailadresser med unicode",
        ), _ROUNDCUBE),
        Phrases("sv.sender-rejected", C.SENDER_REJECTED, (
            "följande avsändaradress är felaktig",
        ), _PHPMAILER),
        Phrases("sv.user-unknown", C.USER_UNKNOWN, (
            "mottagaren hittades inte", "kontot finns inte", "adressen finns inte",
        ), _SE_GODADDY_COM),
        Phrases("sv.mailbox-full", C.MAILBOX_FULL, (
            "lagringsutrymme är slut", "brevlådan är full", "brevlåda är full",
        ), _SE_GODADDY_COM),
        Phrases("sv.mailbox-disabled", C.MAILBOX_DISABLED, (
            "kontot är inaktivt",
        ), _SE_GODADDY_COM),
        Phrases("sv.host-unknown", C.HOST_UNKNOWN, (
            "domänen finns inte", "domänen saknar mailserver",
        ), _SUPPORT_MULTINET_SE),
        Phrases("sv.service-unavailable", C.SERVICE_UNAVAILABLE, (
            "servern tillfälligt otillgänglig",
        ), _SE_GODADDY_COM, decisive=False),
    ),
)
