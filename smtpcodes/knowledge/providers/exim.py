"""Exim: the replies of its SMTP server (smtp_in.c, the default ACLs of configure.default),
its verification and routing messages (verify.c, routers/dnslookup.c, rf_self_action.c), its
retry/bounce wording (retry.c, transports/smtp.c, deliver.c: timeout_frozen_after's "delivery
cancelled; message timed out", the delay warning "has not yet been delivered to one or more of its recipients")
and its local delivery failures (appendfile
and pipe transports, the redirect router), and the header checks of its DATA ACL
(verify = header_syntax / header_sender: "failing address in "From:" header"). Sources: the
Exim source tree and the replies recorded by
its test suite (test/stdout, test/log)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_SMTP_IN = "Exim/exim:src/src/smtp_in.c"
_ACL = "Exim/exim:src/src/configure.default"
_DNSLOOKUP = "Exim/exim:src/src/routers/dnslookup.c"
_RETRY = "Exim/exim:src/src/retry.c"
_VERIFY = "Exim/exim:src/src/verify.c"
_SMTP_T = "Exim/exim:src/src/transports/smtp.c"
_PIPE = "Exim/exim:src/src/transports/pipe.c"
_APPENDFILE = "Exim/exim:src/src/transports/appendfile.c"


PROVIDER = Provider(
    name="exim",
    hosts=(),
    source="https://www.exim.org/",
    phrases=(
        Phrases("exim.unrouteable", C.HOST_UNKNOWN, (
            "unrouteable address",
            "unrouteable mail domain",
        ), _VERIFY),
        Phrases("exim.no-mx-hosts", C.HOST_UNKNOWN, (
            "all relevant mx records point to non-existent hosts",
        ), _DNSLOOKUP),
        Phrases("exim.dns-defer", C.NETWORK_ERROR, (
            "host lookup did not complete",
        ), _DNSLOOKUP),
        Phrases("exim.retry-expired", C.EXPIRED, (
            "retry timeout exceeded",
            "have been failing for a long time",
            "delivery cancelled; message timed out",
        ), _RETRY + "; " + _SMTP_T + "; Exim/exim:src/src/deliver.c (timeout_frozen_after)"),
        # deliver.c, the delay warning (delay_warning): the message is still queued and retried.
        Phrases("exim.delayed", C.EXPIRED, (
            "has not yet been delivered to one or more of its",
            "delivery attempts will continue",
        ), "Exim/exim:src/src/deliver.c",
            decisive=False),  # the "Delay reason:" it quotes, where there is one, says more
        Phrases("exim.relay-not-permitted", C.RELAY_DENIED, (
            "relay not permitted",
        ), _ACL),
        Phrases("exim.administrative-prohibition", C.POLICY_VIOLATION, (
            "administrative prohibition",
        ), _ACL),
        Phrases("exim.synchronization", C.BAD_SEQUENCE, (
            "smtp synchronization error",
            "input sent without waiting for greeting",
        ), _SMTP_IN),
        Phrases("exim.bad-sequence", C.BAD_SEQUENCE, (
            "helo or ehlo required",
            "sender already given",
            "sender not yet given",
            "no sender yet given",
        ), _SMTP_IN, decisive=False),
        Phrases("exim.nonmail-commands", C.RATE_LIMITED, (
            "too many nonmail commands",
            "too many messages in this connection",
        ), _SMTP_IN),
        Phrases("exim.protocol-errors", C.SYNTAX_ERROR, (
            "too many syntax or protocol errors",
            "too many unrecognized commands",
            "syntactically invalid helo argument",
            "syntactically invalid ehlo argument",
            "recipient address must contain a domain",
            "unqualified address not permitted",
            "nul characters are not allowed in smtp commands",
            "unexpected null in smtp command",
            # smtp_in.c: a BDAT command without its chunk size, or with a size of zero.
            "missing size for bdat command",
            "zero size for bdat command",
        ), _SMTP_IN),
        Phrases("exim.lost-connection", C.NETWORK_ERROR, (
            "lost incoming connection",
        ), _SMTP_IN),
        # smtp_in.c: receiving the message failed on this host's spool.
        Phrases("exim.spool", C.SERVER_ERROR, (
            "error while writing spool file",
            "error in writing spool file",
        ), _SMTP_IN),
        # smtp_in.c: the authenticator deferred (435/454), e.g. its password back end is down.
        Phrases("exim.auth-deferred", C.AUTH_FAILED, (
            "unable to authenticate at present",
        ), _SMTP_IN),
        # smtp_in.c: the TLS negotiation after STARTTLS failed; only a command to end is accepted.
        Phrases("exim.tls-failure", C.TLS_REQUIRED, (
            "security failure",
        ), _SMTP_IN, decisive=False),
        Phrases("exim.smtputf8", C.CONTENT_REJECTED, (
            "no support for internationalised mailbox name",
        ), _SMTP_IN),
        Phrases("exim.sender-verify", C.SENDER_REJECTED, (
            "sender address must contain a domain",
            "could not complete sender verify",
        ), _SMTP_IN),
        Phrases("exim.not-advertised", C.NOT_IMPLEMENTED, (
            "auth command used when not advertised",
            "starttls command used when not advertised",
            # smtp_in.c: an extension the EHLO reply did not offer (XCLIENT, SMTPUTF8, CHUNKING).
            "xclient command used when not advertised",
            "smtputf8 used when not advertised",
            "bdat command used when chunking not advertised",
        ), _SMTP_IN),
        # verify.c, "verify = recipient/quota" (Exim >= 4.97): the callout to the recipient's
        # delivery found it over quota, and the negative result was cached: "Previous (cached)
        # quota verification failure".
        Phrases("exim.quota-verify", C.MAILBOX_FULL, (
            "quota verification failure",
        ), _VERIFY),
        # smtp_in.c: ETRN could not start a queue run on this host ("458 Unable to fork process").
        Phrases("exim.etrn-fork", C.SERVER_ERROR, (
            "unable to fork process",
        ), _SMTP_IN),
        # acl.c, "verify = certificate": the client's TLS certificate was not verified (or it
        # sent none), and the ACL denies it: "550 no verified certificate".
        Phrases("exim.no-verified-certificate", C.TLS_REQUIRED, (
            "no verified certificate",
        ), "Exim/exim:src/src/acl.c"),
        Phrases("exim.starttls-before-auth", C.TLS_REQUIRED, (
            "starttls required before auth",
        ), _SMTP_IN),
        Phrases("exim.service-not-available", C.SERVICE_UNAVAILABLE, (
            "smtp service not available",
            "too much load; please try again later",
        ), _SMTP_IN),
        Phrases("exim.space-shortage", C.SYSTEM_FULL, (
            "space shortage, please try later",
        ), _SMTP_IN),
        Phrases("exim.message-size", C.MESSAGE_TOO_LARGE, (
            "message size exceeds maximum permitted",
        ), _SMTP_IN),
        Phrases("exim.header-too-long", C.CONTENT_REJECTED, (
            "a message header line is too long",
            "message header is ridiculously long",
            "message header not crlf terminated",
        ), "Exim/exim:src/src/receive.c"),
        # verify.c, "verify = header_syntax" / "header_sender" in the DATA ACL: an address in a
        # header line does not parse, or no header names a verifiable sender.
        Phrases("exim.header-syntax", C.CONTENT_REJECTED, (
            "failing address in",
            "no valid sender in any header line",
            "invalid character in header",
        ), _VERIFY),
        # Local delivery: the appendfile and pipe transports, the redirect router, deliver.c.
        Phrases("exim.local-delivery", C.SERVER_ERROR, (
            "local delivery failed",
            "failed to lock mailbox",
            "mailbox file format unrecognized",
            "delivery to file forbidden",
            "delivery to pipe forbidden",
            "transport filter process failed",
            "pipe delivery process timed out",
            "child process of",
            "unable to exec or command does not exist",
            "command not found for",
            "timeout while writing to pipe",
            "syntax error in redirection data",
            "error in redirect data",
            "error in filter file",
            # appendfile.c / pipe.c: the transport cannot run as configured (a directory it may
            # not create, a file outside the home directory, no command, too large an environment).
            "failed to create directories for",
            "file creation outside the home directory is not permitted",
            "no command specified for",
            "too many environment settings for",
        ), (_PIPE + "; " + _APPENDFILE + "; Exim/exim:src/src/deliver.c; "
            "Exim/exim:src/src/routers/redirect.c; Exim/exim:src/src/os.c")),
        Phrases("exim.self-mx", C.NETWORK_ERROR, (
            "lowest numbered mx record points to local host",
        ), "Exim/exim:src/src/routers/rf_self_action.c"),
        Phrases("exim.tls-required", C.TLS_REQUIRED, (
            "a tls session is required",
        ), _SMTP_T),
        Phrases("exim.no-address", C.HOST_UNKNOWN, (
            "all mxs point to missing a records",
            "failed to lookup ip address for",
        ), _DNSLOOKUP + "; " + _SMTP_T),
    ),
)
