"""Postfix: the replies of its SMTP server (smtpd access restrictions, protocol errors, cleanup
status). Sources: Postfix source
(src/smtpd/smtpd.c, src/smtpd/smtpd_check.c, src/global/cleanup_strerror.c) and the
replies its test suite records (src/smtpd/*.ref)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_SMTPD = "vdukhovni/postfix:postfix/src/smtpd/smtpd.c"
_CHECK = "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c"
_CLEANUP = "vdukhovni/postfix:postfix/src/global/cleanup_strerror.c"

PROVIDER = Provider(
    name="postfix",
    hosts=(),
    source="https://www.postfix.org/",
    phrases=(
        Phrases("postfix.user-unknown-table", C.USER_UNKNOWN, (
            "user unknown in local recipient table",
            "user unknown in virtual mailbox table",
            "user unknown in virtual alias table",
            "user unknown in relay recipient table",
        ), _CHECK),
        Phrases("postfix.relay-access-denied", C.RELAY_DENIED, (
            "relay access denied",
        ), _CHECK),
        Phrases("postfix.helo-rejected", C.POLICY_VIOLATION, (
            "helo command rejected: need fully-qualified hostname",
            "helo command rejected: invalid ip address",
            "helo command rejected: host not found",
            "helo command rejected: invalid name",
        ), _CHECK),
        Phrases("postfix.client-hostname", C.REVERSE_DNS, (
            "client host rejected: cannot find your hostname",
            "client host rejected: cannot find your reverse hostname",
        ), _CHECK),
        Phrases("postfix.sender-rejected", C.SENDER_REJECTED, (
            "sender address rejected: domain not found",
            "sender address rejected: need fully-qualified address",
            "sender address rejected: not owned by user",
            "sender address rejected: not logged in",
            "sender address rejected: undeliverable address",
            "sender address rejected: unverified address",
        ), _CHECK),
        Phrases("postfix.recipient-domain-not-found", C.HOST_UNKNOWN, (
            "recipient address rejected: domain not found",
        ), _CHECK),
        Phrases("postfix.pipelining", C.BAD_SEQUENCE, (
            "improper use of smtp command pipelining",
            "error: smtp protocol synchronization",
        ), _CHECK),
        Phrases("postfix.bad-sequence", C.BAD_SEQUENCE, (
            "error: need mail command",
            "error: need rcpt command",
            "error: nested mail command",
            "error: send helo/ehlo first",
            "error: mail transaction in progress",
            "error: no valid recipients",
            "error: mail after bdat",
            "error: rcpt after bdat",
            "error: data after bdat",
        ), _SMTPD, decisive=False),
        Phrases("postfix.syntax", C.SYNTAX_ERROR, (
            "error: command not recognized",
            "error: bad syntax",
            "error: command too long",
            "error: bad utf-8 syntax",
        ), _SMTPD),
        Phrases("postfix.too-many-connections", C.TOO_MANY_CONNECTIONS, (
            "error: too many connections from",
        ), _SMTPD),
        Phrases("postfix.server-error", C.SERVER_ERROR, (
            "temporary lookup failure",
            "temporary lookup error",
            "server configuration error",
        ), _CLEANUP),
        Phrases("postfix.not-accepting", C.SERVICE_UNAVAILABLE, (
            "esmtp not accepting connections",
        ), _SMTPD),
    ),
)
