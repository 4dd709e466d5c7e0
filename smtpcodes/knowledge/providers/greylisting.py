"""Greylisting servers: the default deferral texts of the common implementations.

A greylister defers the first delivery of an unknown (client IP, sender, recipient) triplet;
the sender should simply retry. Default texts: postgrey "Greylisted, see
http://postgrey.schweikert.ch/help/<domain>.html"; milter-greylist "451 4.7.1 Greylisting in
action, please come back in <time>" (or "… come back later"); sqlgrey "Greylisted for <n>
minutes" and "Throttling too many connections from new source - Try again later."; Haraka's greylist plugin "Greylisted. Please come back later."; OpenSMTPD
filter-greylist "451 greylisted, try again later". Gross ("4.4.3 Please try again later") and
rspamd's greylist module ("Try again later", also its generic soft-reject text) name no reason;
their texts are left to generic wording, as is the greylistd example ACL's "<ip> is not yet
authorized to deliver mail from <…>" (generic.greylisted holds it). Sources: each project's source or default
configuration, named per entry.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

PROVIDER = Provider(
    name="greylisting",
    hosts=(),
    source="schweikert/postgrey:postgrey",
    tokens=(
        Token("greylisting.postgrey", C.GREYLISTED, (
            "postgrey",
        ), "schweikert/postgrey:postgrey"),
    ),
    phrases=(
        Phrases("greylisting.milter-greylist", C.GREYLISTED, (
            "greylisting in action", "please come back in", "please come back later",
        ), "kou/milter-greylist:milter-greylist.c"),
        # milter-greylist.c: the reply of a "blacklist" ACL entry (by address, sender, recipient
        # or DNSRBL), "551 5.7.1 Go away!": the client is explicitly blocked, not greylisted.
        Phrases("greylisting.milter-greylist-blacklist", C.BLOCKLISTED, (
            "go away!",
        ), "ryoqun/milter-greylist:milter-greylist.c"),
        Phrases("greylisting.sqlgrey", C.GREYLISTED, (
            "greylisted for", "throttling too many connections from new source",
        ), "mmatuska/sqlgrey:sqlgrey"),
        Phrases("greylisting.haraka", C.GREYLISTED, (
            "greylisted. please come back later",
        ), "haraka/haraka-plugin-greylist:config/greylist.ini"),
        Phrases("greylisting.filter-greylist", C.GREYLISTED, (
            "greylisted, try again later",
        ), "poolpOrg/filter-greylist:filter-greylist.go"),
    ),
)
