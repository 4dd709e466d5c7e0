"""Italian wording of SMTP replies and bounce notices: Aruba's (PEC and hosting) Italian replies,
Exchange's Italian NDR text, the Italian names Outlook.com gives its delivery errors, and the
Italian Roundcube client strings that quote a server's refusal. Sources: Aruba's PEC and hosting
guides, sisimai/set-of-emails lhost-exchange2007-07.eml, support.office.com it-it,
roundcube/roundcubemail program/localization/it_IT/messages.inc."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_PEC = (
    "https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/"
    "errori-comuni-durante-invio-ricezione-pec.aspx"
)
_EXCHANGE = "sisimai/set-of-emails:maildir/bsd/lhost-exchange2007-07.eml"
_OUTLOOK = (
    "https://support.office.com/it-it/article/la-posta-inviata-in-outlook-com-restituisce-"
    "un-messaggio-di-mancato-recapito-45e048ac-f7b1-4c0f-b525-081cb34f1062"
)
_ROUNDCUBE = "roundcube/roundcubemail:program/localization/it_IT/messages.inc"

LANGUAGE = Language(
    code="it",
    name="Italian",
    phrases=(
        Phrases("it.user-unknown", C.USER_UNKNOWN, (
            "destinatario sconosciuto",
            "utente sconosciuto", "cassetta postale non trovata",
            "non sono riuscito a trovare l'indirizzo e-mail",
            "non sono riuscito a trovare l’indirizzo e-mail",
            "nessun utente simile in questo indirizzo",
        ), _EXCHANGE),
        Phrases("it.mailbox-full", C.MAILBOX_FULL, (
            "cassetta postale piena", "quota superata",
        ), _OUTLOOK),
        Phrases("it.blocklisted", C.BLOCKLISTED, ("indirizzo ip bloccato",), _PEC),
        Phrases("it.auth-failed", C.AUTH_FAILED, ("autenticazione non riuscita",), _ROUNDCUBE),
        Phrases("it.network-error", C.NETWORK_ERROR, (
            "connessione al server non riuscita", "timeout della connessione",
        ), _ROUNDCUBE),
        Phrases("it.service-unavailable", C.SERVICE_UNAVAILABLE, (
            "risorse temporaneamente non disponibili",
        ), _OUTLOOK, decisive=False),
        Phrases("it.message-too-large", C.MESSAGE_TOO_LARGE, (
            "dimensione del messaggio supera", "dimensione massima del messaggio",
        ), _ROUNDCUBE),
    ),
)
