"""OpenSMTPD: the replies of its SMTP server (smtp_session.c, lka_session.c) and the failure
wording of its delivery agent in bounces (mta.c, mta_session.c, scheduler), the local delivery
agent's user lookup failures (mda.c) and the delay notice of its bounces (bounce.c: "A message is
delayed for more than ...", a weak expiry beside the reason it quotes). Sources: the OpenSMTPD
portable source tree."""

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
        # smtp_session.c prefixes each protocol refusal with the RFC 3463 description of its code
        # ("Invalid command: ", "Invalid command arguments: "), words that alone mean a syntax
        # error; what follows says why: a command out of order or twice, or one not offered.
        Phrases("opensmtpd.invalid-command-sequence", C.BAD_SEQUENCE, (
            "invalid command: command not allowed at this point",
            "invalid command: already authenticated",
            "invalid command: channel already secured",
            "invalid command: pipelining not supported",
            "invalid command arguments: no recipient specified",
        ), _SESSION),
        Phrases("opensmtpd.invalid-command-unsupported", C.NOT_IMPLEMENTED, (
            "invalid command: command not supported",
            "invalid command: this feature is not supported yet",
        ), _SESSION),
        # smtp_session.c: RCPT's NOTIFY=NEVER together with SUCCESS/FAILURE/DELAY (RFC 3461).
        Phrases("opensmtpd.notify-never", C.SYNTAX_ERROR, (
            "notify option never cannot be combined",
        ), _SESSION),
        # lka_session.c: expanding the recipient's alias, .forward or virtual table failed, or
        # expanded to nothing ("424 4.2.4" / "524 5.2.4 Mailing list expansion problem").
        Phrases("opensmtpd.expansion", C.SERVER_ERROR, (
            "mailing list expansion problem",
        ), "OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/lka_session.c"),
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
        # mda.c and mta_session.c: the local delivery agent's user lookup or the queue's content
        # file failed on this host.
        Phrases("opensmtpd.local-delivery", C.SERVER_ERROR, (
            "temporary failure in user lookup",
            "permanent failure in user lookup",
            "error reading content file",
        ), "OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/mda.c; OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/mta_session.c"),
        # bounce.c, the delay notice: the message stays queued and is retried.
        Phrases("opensmtpd.delayed", C.EXPIRED, (
            "a message is delayed for more than",
            "only a temporary failure report",
        ), "OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/bounce.c",
            decisive=False),  # the reason it quotes for each recipient says more
        Phrases("opensmtpd.domain-unknown", C.HOST_UNKNOWN, (
            "domain does not exist",
        ), _MTA),
    ),
)
