"""IceWarp Server (formerly Merak): the wording of its SMTP service's 5xx replies, as its
administrator documentation tabulates them ("Interpretation of 5xx Errors in IceWarp SMTP"):
"501 5.7.1 Message is too long" (a size limit of the server, domain or user), "501 5.5.2 Domain
name required" (MAIL FROM without a domain), "501 5.5.1 HELO/EHLO requires domain address".
"Command unrecognized", "Syntax error in parameters scanning" and "Authentication failed" are
generic wording. Sources: docs.icewarp.com."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_DOC = ("https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/"
        "Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm")

PROVIDER = Provider(
    name="icewarp",
    hosts=(),
    source=_DOC,
    phrases=(
        # Intrusion Prevention: the client's IP made too many connections a minute, failed
        # logins, unknown-user deliveries or relay attempts, and is refused for a while.
        Phrases("icewarp.intrusion-prevention", C.RATE_LIMITED, (
            "intrusion prevention active",
        ), "http://www.icewarp.com/support/online_help/358.htm; "
           "http://bayern-online.com/v2261/artikel.cfm/203/Fehlermeldung-Intrusion-prevention-"
           "active-for.html"),
        Phrases("icewarp.message-too-long", C.MESSAGE_TOO_LARGE, (
            "message is too long",
        ), _DOC),
        Phrases("icewarp.domain-required", C.SYNTAX_ERROR, (
            "domain name required",
            "helo/ehlo requires domain address",
        ), _DOC),
    ),
)
