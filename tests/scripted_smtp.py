"""A real SMTP server on 127.0.0.1 that answers with scripted replies of real servers.

The replies are chosen by the address's local part (RCPT TO, MAIL FROM), by a recipient that
poisons the DATA phase, and by the client's EHLO name. aiosmtpd is imported only when a server
starts, so that test modules can skip cleanly (``pytest.importorskip``) when it is missing.
Nothing here sleeps or leaves 127.0.0.1.
"""

# aiosmtpd calls the handle_* hooks by these names, with these arguments, used or not.
# ruff: noqa: ARG002, N802

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from aiosmtpd.smtp import SMTP, Envelope, Session

HOST: Final = "127.0.0.1"

# Gmail, a recipient that does not exist (three lines, as Gmail sends it).
GMAIL_NOSUCHUSER: Final = (
    "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
    "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
    "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser"
)
# Gmail, a recipient over quota.
GMAIL_OVER_QUOTA: Final = (
    "452-4.2.2 The recipient's inbox is out of storage space. Please direct\r\n"
    "452-4.2.2 the recipient to\r\n"
    "452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp"
)
# Yahoo's deferral of a sending IP (volume or complaints).
YAHOO_TSS04: Final = (
    "421 4.7.0 [TSS04] Messages from 127.0.0.1 temporarily deferred due to unexpected volume "
    "or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"
)
# Gmail, DMARC reject after the message data.
GMAIL_DMARC: Final = (
    "550-5.7.26 Unauthenticated email from example.org is not accepted due to domain's\r\n"
    "550-5.7.26 DMARC policy. Please contact the administrator of example.org domain if\r\n"
    "550-5.7.26 this was a legitimate mail. To learn about the DMARC initiative, go to\r\n"
    "550 5.7.26  https://support.google.com/mail/?p=DmarcRejection"
)
# Postfix reject_rbl_client with Spamhaus ZEN.
SPAMHAUS: Final = (
    "554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org; "
    "https://www.spamhaus.org/query/ip/127.0.0.1"
)
# Postfix with postgrey (a site whose defer code is 451 4.7.1).
POSTGREY: Final = (
    "451 4.7.1 <greylisted@example.com>: Recipient address rejected: Greylisted, see "
    "http://postgrey.schweikert.ch/help/example.com.html"
)
# Postfix reject_unknown_sender_domain, answering MAIL FROM.
SENDER_DOMAIN_NOT_FOUND: Final = (
    "553 5.1.8 <bad@nonexistent.invalid>: Sender address rejected: Domain not found"
)
# Sendmail refusing a local sender that does not exist: read alone it is a user unknown.
SENDER_USER_UNKNOWN: Final = "550 5.1.1 <ghost@example.org>... User unknown"

RCPT_REPLIES: Final = {
    "nosuchuser": GMAIL_NOSUCHUSER,
    "full": GMAIL_OVER_QUOTA,
    "tss04": YAHOO_TSS04,
    "spamhaus": SPAMHAUS,
    "greylisted": POSTGREY,
}
"""Recipients (by local part) refused at RCPT TO, and how."""
MAIL_REPLIES: Final = {"bad": SENDER_DOMAIN_NOT_FOUND, "ghost": SENDER_USER_UNKNOWN}
"""Senders (by local part) refused at MAIL FROM."""
DATA_REPLIES: Final = {"dmarc": GMAIL_DMARC}
"""Recipients (by local part) whose presence makes the server refuse the message data."""
EHLO_REPLIES: Final = {"tss04.example": YAHOO_TSS04}
"""Client names refused at EHLO and HELO."""
GREYLIST_ONCE: Final = "greylisted"
"""The greylisted recipient is deferred on the first attempt of each sender only."""
DROP: Final = "drop"
"""A recipient at which the server closes the connection without a reply."""
QUEUED: Final = "250 2.0.0 Ok: queued as 4BQ2Zt1y"


def _local(address: str) -> str:
    return address.partition("@")[0].lower()


@dataclass
class ScriptedHandler:
    """aiosmtpd hooks that answer as the scripts say; accepted messages are kept."""

    delivered: list[tuple[str, list[str]]] = field(default_factory=list)
    """(sender, recipients) of every message accepted after DATA."""
    greylisted: set[tuple[str | None, str]] = field(default_factory=set)
    """(sender, recipient) pairs deferred once by greylisting: their retry is accepted."""

    async def handle_EHLO(self, server: SMTP, session: Session, envelope: Envelope,
                          hostname: str, responses: list[str]) -> list[str]:
        if hostname in EHLO_REPLIES:
            return [EHLO_REPLIES[hostname]]
        session.host_name = hostname
        return responses

    async def handle_HELO(self, server: SMTP, session: Session, envelope: Envelope,
                          hostname: str) -> str:
        if hostname in EHLO_REPLIES:
            return EHLO_REPLIES[hostname]
        session.host_name = hostname
        return f"250 {server.hostname}"

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, mail_options: list[str]) -> str:
        refused = MAIL_REPLIES.get(_local(address))
        if refused is not None:
            return refused
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        local = _local(address)
        if local == DROP:
            if server.transport is not None:
                server.transport.close()  # what is pushed after this is discarded
            return "421 4.4.2 never sent"
        refused = RCPT_REPLIES.get(local)
        if local == GREYLIST_ONCE and (envelope.mail_from, address) in self.greylisted:
            refused = None  # the retry of a greylisted triplet passes
        if refused is not None:
            if local == GREYLIST_ONCE:
                self.greylisted.add((envelope.mail_from, address))
            return refused
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: SMTP, session: Session,
                          envelope: Envelope) -> str:
        for rcpt in envelope.rcpt_tos:
            refused = DATA_REPLIES.get(_local(rcpt))
            if refused is not None:
                return refused
        self.delivered.append((str(envelope.mail_from), list(envelope.rcpt_tos)))
        return QUEUED


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (just released by the kernel)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
    return port


@contextmanager
def running(handler: ScriptedHandler, *, smtputf8: bool = True) -> Iterator[int]:
    """Serve ``handler`` on 127.0.0.1 for the duration of the block; yields the port.

    ``smtputf8=False`` makes the server leave SMTPUTF8 out of its EHLO reply.
    """
    from aiosmtpd.controller import Controller

    controller = Controller(handler, hostname=HOST, port=free_port(),
                            server_hostname="mx.example.test", ready_timeout=10,
                            enable_SMTPUTF8=smtputf8)
    controller.start()
    try:
        yield controller.port
    finally:
        controller.stop()
