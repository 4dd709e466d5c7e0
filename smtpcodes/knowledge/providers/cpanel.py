"""cPanel & WHM shared hosting (its Exim configuration): the sending-side limits a cPanel server
applies to a hosted domain ("Domain example.com has exceeded the max emails per hour (123/100
(123%)) allowed. Message will be reattempted later"; "… has exceeded the max defers and failures
per hour (5/5 (100%)) allowed. Message discarded.") and the RBL refusal of its stock ACL
("JunkMail rejected - <host> [<ip>]:<port> is in an RBL, see <list's text>"). Sources: cPanel
support "The exceeded the max defers and failures per hour message", forums.cpanel.net, and
replies pasted in public issues.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_DEFERS = ("https://support.cpanel.net/hc/en-us/articles/360049231233-The-exceeded-the-max-"
           "defers-and-failures-per-hour-message")
_JUNK = "https://github.com/getconversio/email-deep-validator/issues/9"

PROVIDER = Provider(
    name="cpanel",
    hosts=(),
    source=_DEFERS,
    phrases=(
        # The hosted domain passed its hourly sending limit, or its hourly share of failed or
        # deferred messages: mail is held (or discarded) until the hour's count drops.
        Phrases("cpanel.send-limits", C.RATE_LIMITED, (
            "max emails per hour", "max defers and failures per hour",
            "maximum defers and failures per hour",
        ), _DEFERS),
        # The stock cPanel RBL ACL: the connecting host is listed on a DNS blocklist.
        Phrases("cpanel.junkmail", C.BLOCKLISTED, ("junkmail rejected",), _JUNK),
    ),
)
