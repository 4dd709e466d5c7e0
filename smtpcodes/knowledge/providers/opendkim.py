"""OpenDKIM, the DKIM signing and verifying milter: the reply texts it sets (``dkimf_libstatus()``).

Most of them name a failed check of the sender's signature ("bad DKIM signature data", "no DKIM
signature data", "DKIM signature syntax error", "DKIM key retrieval failed"), which the generic
"dkim" wording already reads as an authentication failure of the sending domain. Two do not: an
internal error of libopendkim and a failure to sign are the receiving (or relaying) host's own
fault, a temporary ``451 4.7.0`` when the milter's handling is tempfail; and its reputation
check defers with "Message deferred for policy reasons". Source: the milter's
code, trusteddomainproject/OpenDKIM:opendkim/opendkim.c.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_OPENDKIM = "trusteddomainproject/OpenDKIM:opendkim/opendkim.c (dkimf_libstatus)"

PROVIDER = Provider(
    name="opendkim",
    hosts=(),
    source=_OPENDKIM,
    phrases=(
        Phrases("opendkim.internal", C.SERVER_ERROR, (
            "internal dkim error", "dkim signing error",
        ), _OPENDKIM),
        # opendkim.c (REPDENYTXT, the _FFR_REPUTATION / _FFR_REPRRD checks): "450 4.7.1 Message
        # deferred for policy reasons" is sent only when the signing domain's reputation (spam
        # ratio or rate) is over the configured limit.
        Phrases("opendkim.reputation", C.REPUTATION, (
            "message deferred for policy reasons",
        ), "trusteddomainproject/OpenDKIM:opendkim/opendkim.c (REPDENYTXT)"),
    ),
)
