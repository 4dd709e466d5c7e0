"""Orange/Wanadoo and La Poste: their private reply codes ``OFR…_NNN`` and ``LPN…_NNN``.

Both French platforms end a refusal with a code whose last three digits name the reason (Orange:
``OFR_416``, ``OFR004_405``, ``ofr_506``, often followed by ``[416]``; La Poste: ``LPN007_420``,
``LPN105_104``, ``LPN416``); the prefix before the underscore varies by server. Each entry
below is one documented code group, with the code forms seen in real replies. Source: the code table of
sisimai's FrancePTT module (sisimai/p5-sisimai:lib/Sisimai/Rhost/FrancePTT.pm), which transcribes
Postmastery's table of Orange codes and the smtpfieldmanual Orange page, with the replies quoted.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_TABLE = "sisimai/p5-sisimai:lib/Sisimai/Rhost/FrancePTT.pm"

PROVIDER = Provider(
    name="orange",
    hosts=("orange.fr", "wanadoo.fr", "laposte.net", "smtp-in.orange.fr"),
    source=_TABLE,
    tokens=(
        # 101/102: IP blocked (Spamhaus, Cloudmark/"incident de spam", Senderscore lists).
        Token("orange.101-102", C.BLOCKLISTED, ("lpnaaa_101", "ofr006_102", "lpn007_102"), _TABLE),
        # 103, 510, 999: "Service refuse" - the IP is refused for its behaviour (blocked).
        Token("orange.103-510-999", C.BLOCKLISTED, (
            "ofr006_103", "lpn004_510", "lpn005_510", "lpn007_510", "lpn105_510",
        ), _TABLE),
        Token("orange.104", C.TOO_MANY_CONNECTIONS, (
            "ofr004_104", "ofr005_104", "ofr102_104", "lpn105_104",
        ), _TABLE),
        Token("orange.305", C.AUTH_FAILED, ("ofr_305",), _TABLE),
        Token("orange.401-517", C.SENDER_UNAUTHENTICATED, (
            "lpn004_401", "lpn007_401", "lpn007_517",
        ), _TABLE),
        Token("orange.402", C.AUTH_REQUIRED, ("lpn105_402", "ofr_402"), _TABLE),
        Token("orange.405-415-421", C.SENDER_REJECTED, (
            "ofr004_405", "lpn105_405", "ofr_415", "lpn105_421",
        ), _TABLE),
        Token("orange.416", C.USER_UNKNOWN, ("ofr_416", "lpn416"), _TABLE),
        Token("orange.417", C.MAILBOX_FULL, ("ofr_417",), _TABLE),
        Token("orange.420-426", C.MAILBOX_DISABLED, (
            "lpn004_420", "lpn006_420", "lpn007_420",
        ), _TABLE),
        Token("orange.505", C.SERVICE_UNAVAILABLE, ("ofr005_505", "lpn007_505"), _TABLE),
        Token("orange.506", C.SPAM_CONTENT, ("ofr_506",), _TABLE),
        Token("orange.514", C.MESSAGE_TOO_LARGE, ("ofr_514",), _TABLE),
    ),
    phrases=(
        # Wordings that name the reason without a code (the codes above decide the rest).
        Phrases("orange.spf", C.SENDER_UNAUTHENTICATED, (
            "spf/dns de votre nom de domaine",
        ), _TABLE),
        Phrases("orange.service-refuse", C.SERVICE_UNAVAILABLE, (
            "service refuse. veuillez essayer plus tard",
        ), _TABLE, decisive=False),
    ),
)
