"""MDaemon (Alt-N / MDaemon Technologies): the wording of its delivery status notifications and
their session transcripts, where MDaemon states the reason itself (an unknown local user, a
recipient domain its name server does not know). Sources: MDaemon's help pages and the MDaemon
DSNs quoted in a public bounce parser."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_UNKNOWN_MAIL = "http://help.altn.com/mdaemon/de/unknown_mail.htm"
_DSN = "https://mdaemon.dutaint.co.id/14.5/queues_dsn-options.htm"

PROVIDER = Provider(
    name="mdaemon",
    hosts=(),
    source="https://www.mdaemon.com/",
    phrases=(
        # "<address> - no such user here." in the notice MDaemon returns for unknown local users.
        Phrases("mdaemon.no-such-user", C.USER_UNKNOWN, (
            "no such user here",
        ), _UNKNOWN_MAIL),
        # The DSN session transcript line when the recipient domain does not resolve (NXDOMAIN).
        Phrases("mdaemon.domain-unknown", C.HOST_UNKNOWN, (
            "name server reports domain name unknown",
        ), _DSN),
    ),
)
