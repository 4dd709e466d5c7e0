"""Rackspace Email (Rackspace Cloud Office, MX *.emailsrvr.com): the wordings of its refusals,
each ending in a "(G<n>)" code ("Email address could not be found, or was misspelled (G8)",
"Received too many messages from a new or untrusted IP (G28)"). Sources: Rackspace's "Common email
bounce messages" (docs.rackspace.com), the Rackspace page of smtp.codes listing its G-coded replies,
and the replies below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_BOUNCES = "https://docs.rackspace.com/docs/common-email-bounces"
_CODES = "https://smtp.codes/rackspace"

PROVIDER = Provider(
    name="rackspace",
    hosts=("emailsrvr.com", "rackspace.com"),
    source=_BOUNCES,
    phrases=(
        # 550 5.1.1 ... (G8).
        Phrases("rackspace.user-unknown", C.USER_UNKNOWN,
                ("could not be found, or was misspelled",), _CODES),
        # 451 4.7.1 (G28): an IP that has not yet established good sending behaviour sent too much.
        Phrases("rackspace.untrusted-ip", C.REPUTATION,
                ("from a new or untrusted ip",), _CODES),
        # 451 4.3.0 "Client host rejected: Throttled - Too much spam from your mail server": "the
        # recipient's server has received too much spam from this source".
        Phrases("rackspace.throttled", C.REPUTATION,
                ("too much spam from your mail server",), _BOUNCES),
    ),
)
