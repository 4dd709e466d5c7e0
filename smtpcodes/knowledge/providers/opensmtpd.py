"""OpenSMTPD: the replies of its SMTP server (smtp_session.c, lka_session.c) and the failure
wording of its delivery agent in bounces (mta.c, mta_session.c, scheduler). Sources: the
OpenSMTPD portable source tree."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_SESSION = "OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/smtp_session.c"
_MTA = "OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/mta.c"

PROVIDER = Provider(
    name="opensmtpd",
    hosts=(),
    source="https://www.opensmtpd.org/",
    phrases=(
        Phrases("opensmtpd.envelope-expired", C.EXPIRED, (
            "envelope expired",
        ), "OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/queue.c"),
        Phrases("opensmtpd.bad-sequence", C.BAD_SEQUENCE, (
            "pipelining not supported",
            "command not allowed at this point",
            "invalid command: already identified",
        ), _SESSION, decisive=False),
        # mta.c: why no MX of the destination could be used.
        Phrases("opensmtpd.mx-failure", C.NETWORK_ERROR, (
            "temporary failure in mx lookup",
            "network error on destination mxs",
            "no valid route to remote mx",
            "no valid route to destination",
            "all routes to destination blocked",
            "address family mismatch on destination mxs",
            "destination seem to reject all mails",
            "loop detected",
        ), _MTA + "; OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/queue.c"),
        Phrases("opensmtpd.domain-unknown", C.HOST_UNKNOWN, (
            "domain does not exist",
        ), _MTA),
    ),
)
