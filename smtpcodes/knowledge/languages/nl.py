"""Dutch wording of SMTP replies and bounce notices: the Dutch text of Microsoft 365 NDRs, the
nl_NL Roundcube client strings that quote a server's refusal, and Dutch hosts' help pages that
quote or translate bounce wording (Strato, Lasso, Weboke). Dutch providers (KPN, Ziggo, xs4all)
reply in English, so most Dutch text reaches a sender through clients and NDR bodies. Sources:
sisimai/p5-sisimai Lhost/Office365.pm, roundcube/roundcubemail
program/localization/nl_NL/messages.inc, support.office.com nl-nl, strato.nl, lasso-concepten.nl."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_ROUNDCUBE = "roundcube/roundcubemail:program/localization/nl_NL/messages.inc"
_STRATO = "https://www.strato.nl/faq/mail/waarom-krijg-ik-foutmeldingen-bij-het-werken-met-e-mail/"
_LASSO = "https://forum.lasso-concepten.nl/t/foutmeldingen-bij-e-mail/154"
_O365 = (
    "https://support.office.com/nl-nl/article/rapporten-over-niet-uitgevoerde-bezorging-"
    "e-mailen-in-office-365-51daa6b9-2e35-49c4-a0c9-df85bf8533c3"
)
_DATION = (
    "https://help.dation.nl/support/solutions/articles/"
    "80001046844-niet-verzonden-e-mails-bijwerken-"
)

LANGUAGE = Language(
    code="nl",
    name="Dutch",
    phrases=(
        Phrases("nl.user-unknown", C.USER_UNKNOWN, (
            "e-mailadres niet bekend", "e-mail adres niet bekend",
        ), _DATION),
        Phrases("nl.user-unknown-weak", C.USER_UNKNOWN, ("bestaat niet",), _LASSO,
                decisive=False),
        Phrases("nl.mailbox-full", C.MAILBOX_FULL, (
            "postvak van de ontvanger is vol", "mailbox van het e-mailadres is vol",
            "mailbox vol", "postbus vol",
        ), _STRATO),
        Phrases("nl.auth-failed", C.AUTH_FAILED, ("authenticatie mislukt",), _ROUNDCUBE),
        Phrases("nl.network-error", C.NETWORK_ERROR, (
            "verbinding met server mislukt", "verbinding geweigerd",
        ), _ROUNDCUBE),
        Phrases("nl.system-full", C.SYSTEM_FULL, ("onvoldoende systeemopslag",), _LASSO),
        Phrases("nl.service-unavailable", C.SERVICE_UNAVAILABLE, (
            "service is niet beschikbaar",
        ), _LASSO, decisive=False),
        Phrases("nl.message-too-large", C.MESSAGE_TOO_LARGE, (
            "berichtgrootte overschrijdt",
        ), _ROUNDCUBE),
    ),
)
