"""qpsmtpd, the Perl SMTP daemon built of plugins: the refusals of its stock plugins that name
their reason in their own words (loadcheck's deferral while the host is overloaded, noop_counter's
disconnect after too many NOOPs, parse_addr_withhelo's unparsable MAIL/RCPT commands,
qmail_deliverable's refusal of a bounce to a mailing list). Source: the qpsmtpd source tree
(plugins/)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_PLUGINS = "smtpd/qpsmtpd:plugins/"

PROVIDER = Provider(
    name="qpsmtpd",
    hosts=(),
    source="https://github.com/smtpd/qpsmtpd",
    phrases=(
        # plugins/loadcheck: DENYSOFT while the system load average is over its limit.
        Phrases("qpsmtpd.load", C.SERVICE_UNAVAILABLE, (
            "server load too high",
        ), _PLUGINS + "loadcheck"),
        # plugins/noop_counter: DENY_DISCONNECT after too many NOOPs in a row.
        Phrases("qpsmtpd.noops", C.RATE_LIMITED, (
            "too many consecutive noops",
        ), _PLUGINS + "noop_counter"),
        # plugins/parse_addr_withhelo: the MAIL FROM / RCPT TO argument does not parse.
        Phrases("qpsmtpd.parse", C.SYNTAX_ERROR, (
            "could not parse your mail from command",
            "could not parse your rcpt to command",
        ), _PLUGINS + "parse_addr_withhelo"),
        # plugins/qmail_deliverable: an ezmlm list address refuses a null (bounce) sender.
        Phrases("qpsmtpd.list-null-sender", C.POLICY_VIOLATION, (
            "mailing lists do not accept null senders",
        ), _PLUGINS + "qmail_deliverable"),
    ),
)
