"""Courier MTA: the replies of its SMTP server and submit process (courieresmtpd, submit) that
name their reason in Courier's own words: its RFC 821 syntax refusal and unknown-command reply,
the refusal of an address recently failing delivery (backscatter suppression), and the
connection and DNS failures its ESMTP client reports (module.esmtp/libesmtp.C), its size and
rate limits ("exceeds administrative limit", filters/ratefilter.C), the localmailfilter
whitelist refusal and the local delivery agent's failures (module.local/deliver.C, local.C: an
unreadable maildir, a bad home directory, an authlib lookup failure). Sources: the
Courier source (courier/courier/module.esmtp/courieresmtpd.C, courier/courier/submit.C), its FAQ,
and the replies seen in its FAQ and in administrators' logs."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_ESMTPD = "svarshavchik/courier:courier/courier/module.esmtp/courieresmtpd.C"
_SUBMIT = "svarshavchik/courier:courier/courier/submit.C"
_LIBESMTP = "svarshavchik/courier:courier/courier/module.esmtp/libesmtp.C"

PROVIDER = Provider(
    name="courier",
    hosts=(),
    source="https://www.courier-mta.org/",
    phrases=(
        Phrases("courier.syntax", C.SYNTAX_ERROR, (
            "your mail software violates rfc 821",
            "esmtp command error",
        ), _ESMTPD),
        # submit.C trackaddress(): delivery to this address failed (556) or was deferred (456)
        # recently, so Courier refuses further mail to it (courier(8), "backscatter").
        Phrases("courier.address-unavailable", C.USER_UNKNOWN, (
            "address unavailable",
            "address temporarily unavailable",
        ), _SUBMIT, decisive=False),
        # module.esmtp/libesmtp.C: the ESMTP client's connection and DNS failures.
        Phrases("courier.connection", C.NETWORK_ERROR, (
            "connection unexpectedly closed by remote host",
            "network connection shut down by the remote mail server",
            "dns lookup failed",
            "cannot obtain local socket ip address",
            "did not find a suitable mx for a connection",
            "remote mail server disconnected after receiving the starttls",
        ), _LIBESMTP),
        # submit2.C: the message is larger than the sizelimit configuration (523).
        Phrases("courier.size-limit", C.MESSAGE_TOO_LARGE, (
            "exceeds administrative limit",
        ), "svarshavchik/courier:courier/courier/submit2.C"),
        # filters/ratefilter.C: the per-sender message rate filter.
        Phrases("courier.rate-limit", C.RATE_LIMITED, (
            "number of messages exceeded administrative limit",
        ), "svarshavchik/courier:courier/courier/filters/ratefilter.C"),
        # submit.C: the recipient's localmailfilter has not whitelisted the sender (412).
        Phrases("courier.not-whitelisted", C.POLICY_VIOLATION, (
            "not whitelisted by this recipient",
        ), _SUBMIT),
        # module.local/deliver.C: the local delivery agent cannot read the recipient's
        # .courier file.
        Phrases("courier.local-delivery", C.SERVER_ERROR, (
            "unable to read .courier",
            "maildir.open",
            "maximum recursion level for dynamic delivery instructions",
            "invalid homedir or maildir for",
            "returned by authlib",
            "internal failure in courieresmtp",
        ), ("svarshavchik/courier:courier/courier/module.local/deliver.C; "
            "svarshavchik/courier:courier/courier/module.local/local.C; "
            "svarshavchik/courier:courier/courier/module.esmtp/esmtpclient.C")),
        # module.dsn/dsndelayed.txt, the delay notice: still queued, still being retried.
        Phrases("courier.delayed", C.EXPIRED, (
            "notify you about a temporary delay in delivering",
            "additional attempts to deliver your message will be made",
        ), "svarshavchik/courier:courier/courier/module.dsn/dsndelayed.txt",
            decisive=False),  # the diagnostic it gives per recipient says more
        Phrases("courier.no-mail", C.HOST_UNKNOWN, (
            "domain does not receive mail",
            "dns violates rfc 1035",
            "violate section 3.3.9 of rfc 1035",
        ), _LIBESMTP + "; " + _SUBMIT),
    ),
)
