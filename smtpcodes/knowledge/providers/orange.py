"""Orange/Wanadoo and La Poste: their private reply codes ``OFR…_NNN`` and ``LPN…_NNN``.

Both French platforms end a refusal with a code whose last three digits name the reason (Orange:
``OFR_416``, ``OFR004_405``, ``ofr_506``, often followed by ``[416]``; La Poste: ``LPN007_510``);
the prefix before the underscore varies by server. Each entry below is one code, in the forms
seen in the sources it names: the Orange page of ActiveCampaign's SMTP Field Manual, replies
pasted in public issue trackers, and Bento's table of Orange codes.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_FIELD_MANUAL = "ActiveCampaign/smtp-field-manual:page-data/provider/orange/page-data.json"
_BENTO = "https://bentonow.com/smtp-errors/orange"

PROVIDER = Provider(
    name="orange",
    hosts=("orange.fr", "wanadoo.fr", "laposte.net", "smtp-in.orange.fr"),
    source=_FIELD_MANUAL,
    tokens=(
        # 100: "Adresse IP source bloquee par Abusix. IP blocked by Abusix" (the sending IP is on
        # Abusix's blocklist; the reply links its lookup page).
        Token("orange.100", C.BLOCKLISTED, ("ofr006_100",),
              "forwardemail/forwardemail.net:test/helpers/get-bounce-info.js"),
        # 102: "Adresse IP source bloquee pour incident de spam" (the IP is on Cloudmark's list).
        Token("orange.102", C.BLOCKLISTED, ("ofr006_102",),
              "https://github.com/ActiveCampaign/smtp-field-manual/pull/60"),
        # 510: La Poste's "Service refuse" for a refused sending IP.
        Token("orange.510", C.BLOCKLISTED, ("lpn007_510",),
              "https://github.com/JamBrain/JamBrain/issues/270"),
        # 104: "Trop de connexions, veuillez verifier votre configuration".
        Token("orange.104", C.TOO_MANY_CONNECTIONS, ("ofr004_104",), _BENTO),
        # 405: "Emetteur invalide. Invalid Sender."
        Token("orange.405", C.SENDER_REJECTED, ("ofr004_405",), _FIELD_MANUAL),
        Token("orange.416", C.USER_UNKNOWN, ("ofr_416",), _FIELD_MANUAL),
        Token("orange.417", C.MAILBOX_FULL, ("ofr_417",), _FIELD_MANUAL),
        # 506: "Mail rejete. Mail rejected." (the content was refused).
        Token("orange.506", C.SPAM_CONTENT, ("ofr_506",), _FIELD_MANUAL),
    ),
    phrases=(
        # Orange's temporary refusal without a code of its own (OFR004_105, OFR_999).
        Phrases("orange.service-refuse", C.SERVICE_UNAVAILABLE, (
            "service refuse. veuillez essayer plus tard",
        ), _BENTO, decisive=False),
    ),
)
