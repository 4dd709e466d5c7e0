"""Real SMTP dialogues on 127.0.0.1: what smtplib and aiosmtplib raise or return is classified.

An aiosmtpd server answers with scripted replies of real servers (``tests/scripted_smtp.py``);
the stdlib client and aiosmtplib talk to it, and every exception and refusal they produce goes
through ``classify`` or ``classify_refused``. No sleeping, no network beyond 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import smtplib
import socket
import ssl
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from smtpcodes import (
    Action,
    Category,
    Classification,
    RetryPolicy,
    Scope,
    Severity,
    classify,
    classify_refused,
)
from tests.scripted_smtp import HOST, ScriptedHandler, free_port, running

pytest.importorskip("aiosmtpd")
aiosmtplib: Any = pytest.importorskip("aiosmtplib")

MESSAGE = "From: a@example.org\r\nTo: b@example.com\r\nSubject: test\r\n\r\nHello.\r\n"
SENDER = "news@example.org"


class Server:
    """The port of a running scripted server and its handler."""

    def __init__(self, port: int, handler: ScriptedHandler) -> None:
        self.port, self.handler = port, handler

    def smtp(self, local_hostname: str = "client.example") -> smtplib.SMTP:
        return smtplib.SMTP(HOST, self.port, local_hostname=local_hostname, timeout=10)

    def send_async(self, recipients: list[str], sender: str = SENDER,
                   local_hostname: str = "client.example") -> Any:
        """aiosmtplib.send(): its result, or the exception it raised (returned, not raised)."""

        async def send() -> Any:
            try:
                return await aiosmtplib.send(
                    MESSAGE, sender=sender, recipients=recipients, hostname=HOST,
                    port=self.port, local_hostname=local_hostname, start_tls=False, timeout=10)
            except aiosmtplib.SMTPException as error:
                return error

        return asyncio.run(send())


@pytest.fixture
def server() -> Iterator[Server]:
    """A scripted SMTP server on a free port of 127.0.0.1, stopped after the test."""
    handler = ScriptedHandler()
    with running(handler) as port:
        yield Server(port, handler)


@pytest.fixture
def ascii_server() -> Iterator[Server]:
    """The scripted server without SMTPUTF8 in its EHLO reply."""
    handler = ScriptedHandler()
    with running(handler, smtputf8=False) as port:
        yield Server(port, handler)


def _verdict(c: Classification) -> tuple[str | None, int | None, str | None, Category, Action,
                                         Scope]:
    return (c.command, c.code, None if c.enhanced is None else str(c.enhanced), c.category,
            c.action, c.scope)


NOSUCHUSER = ("RCPT", 550, "5.1.1", Category.USER_UNKNOWN, Action.SUPPRESS, Scope.RECIPIENT)
OVER_QUOTA = ("RCPT", 452, "4.2.2", Category.MAILBOX_FULL, Action.RETRY, Scope.RECIPIENT)
GREYLISTED = ("RCPT", 451, "4.7.1", Category.GREYLISTED, Action.RETRY, Scope.RECIPIENT)
SPAMHAUS = ("RCPT", 554, "5.7.1", Category.BLOCKLISTED, Action.FIX_SENDER, Scope.SENDER)
TSS04_RCPT = ("RCPT", 421, "4.7.0", Category.REPUTATION, Action.RETRY, Scope.DOMAIN)


class TestSmtplib:
    """The stdlib client: exceptions, and sendmail()'s dict of refused recipients."""

    def test_recipients_refused(self, server: Server) -> None:
        """Every recipient refused: SMTPRecipientsRefused, one verdict per address."""
        with server.smtp() as smtp, pytest.raises(smtplib.SMTPRecipientsRefused) as caught:
            smtp.sendmail(SENDER, ["nosuchuser@example.com", "spamhaus@example.com"], MESSAGE)
        got = classify_refused(caught.value)
        assert {address: _verdict(c) for address, c in got.items()} == {
            "nosuchuser@example.com": NOSUCHUSER, "spamhaus@example.com": SPAMHAUS}
        text = got["nosuchuser@example.com"].text
        assert "double-checking" in text and text.endswith("?p=NoSuchUser")  # all three lines

    def test_partial_failure(self, server: Server) -> None:
        """Some accepted: sendmail() returns the refused ones, and the message went out."""
        recipients = ["ok@example.com", "full@example.com", "greylisted@example.com"]
        with server.smtp() as smtp:
            refused = smtp.sendmail(SENDER, recipients, MESSAGE)
        got = classify_refused(refused)
        assert {address: _verdict(c) for address, c in got.items()} == {
            "full@example.com": OVER_QUOTA, "greylisted@example.com": GREYLISTED}
        assert server.handler.delivered == [(SENDER, ["ok@example.com"])]

    def test_421_at_rcpt_closes_the_session(self, server: Server) -> None:
        """Yahoo's 421 [TSS04]: smtplib closes and raises; the verdict pauses the destination."""
        with server.smtp() as smtp, pytest.raises(smtplib.SMTPRecipientsRefused) as caught:
            smtp.sendmail(SENDER, ["ok@example.com", "tss04@example.com"], MESSAGE)
        got = classify_refused(caught.value)
        assert {address: _verdict(c) for address, c in got.items()} == {
            "tss04@example.com": TSS04_RCPT}
        now = datetime(2026, 1, 5, tzinfo=UTC)
        decision = RetryPolicy().decide(got["tss04@example.com"], attempts=1,
                                        first_failure=now, now=now)
        assert (decision.retry, decision.scope) == (True, Scope.DOMAIN)

    def test_helo_refused(self, server: Server) -> None:
        """421 to EHLO and HELO: SMTPHeloError, read as answering EHLO."""
        with server.smtp("tss04.example") as smtp, pytest.raises(smtplib.SMTPHeloError) as caught:
            smtp.sendmail(SENDER, ["ok@example.com"], MESSAGE)
        assert _verdict(classify(caught.value)) == (
            "EHLO", 421, "4.7.0", Category.REPUTATION, Action.RETRY, Scope.DOMAIN)

    @pytest.mark.parametrize(("sender", "code", "enhanced"), [
        ("bad@nonexistent.invalid", 553, "5.1.8"),
        ("ghost@example.org", 550, "5.1.1"),  # "User unknown": the sender's, not a recipient's
    ])
    def test_sender_refused(self, server: Server, sender: str, code: int, enhanced: str) -> None:
        """SMTPSenderRefused answered MAIL: the sender is rejected, no recipient is unknown."""
        with server.smtp() as smtp, pytest.raises(smtplib.SMTPSenderRefused) as caught:
            smtp.sendmail(sender, ["ok@example.com"], MESSAGE)
        assert caught.value.sender == sender
        assert _verdict(classify(caught.value)) == (
            "MAIL", code, enhanced, Category.SENDER_REJECTED, Action.FIX_SENDER, Scope.SENDER)

    def test_data_refused(self, server: Server) -> None:
        """SMTPDataError answered DATA: Gmail's DMARC reject asks to fix the sender."""
        with server.smtp() as smtp, pytest.raises(smtplib.SMTPDataError) as caught:
            smtp.sendmail(SENDER, ["ok@example.com", "dmarc@example.com"], MESSAGE)
        c = classify(caught.value)
        assert _verdict(c) == ("DATA", 550, "5.7.26", Category.SENDER_UNAUTHENTICATED,
                               Action.FIX_SENDER, Scope.SENDER)
        assert "DmarcRejection" in c.text

    def test_server_disconnected(self, server: Server) -> None:
        """The server hangs up without a reply: SMTPServerDisconnected is a network error."""
        with server.smtp() as smtp, pytest.raises(smtplib.SMTPServerDisconnected) as caught:
            smtp.sendmail(SENDER, ["drop@example.com"], MESSAGE)
        c = classify(caught.value)
        assert (c.category, c.action, c.scope) == (
            Category.NETWORK_ERROR, Action.RETRY, Scope.DOMAIN)

    def test_connection_refused(self) -> None:
        """Nothing listens on the port: ConnectionRefusedError is a network error."""
        with pytest.raises(ConnectionRefusedError) as caught:
            smtplib.SMTP(HOST, free_port(), timeout=10)
        c = classify(caught.value)
        assert (c.category, c.action, c.scope) == (
            Category.NETWORK_ERROR, Action.RETRY, Scope.DOMAIN)

    def test_delivered(self, server: Server) -> None:
        """A clean send returns no refusals; the end-of-data reply reads as delivered."""
        with server.smtp() as smtp:
            assert smtp.sendmail(SENDER, ["ok@example.com"], MESSAGE) == {}
            smtp.mail(SENDER)
            smtp.rcpt("ok@example.com")
            reply = smtp.data(MESSAGE)
        assert classify(reply).category is Category.DELIVERED


class TestAiosmtplib:
    """aiosmtplib: its exceptions, its list of refusals, and send()'s (errors, message)."""

    def test_recipients_refused(self, server: Server) -> None:
        """Every recipient refused: SMTPRecipientsRefused holds a list of SMTPRecipientRefused."""
        error = server.send_async(["nosuchuser@example.com", "spamhaus@example.com"])
        assert isinstance(error, aiosmtplib.SMTPRecipientsRefused)
        got = classify_refused(error)
        assert {address: _verdict(c) for address, c in got.items()} == {
            "nosuchuser@example.com": NOSUCHUSER, "spamhaus@example.com": SPAMHAUS}

    def test_one_recipient_refused_is_classified_alone(self, server: Server) -> None:
        """Each SMTPRecipientRefused of the list is itself a classifiable reply."""
        error = server.send_async(["nosuchuser@example.com"])
        (refused,) = error.recipients
        assert _verdict(classify(refused)) == NOSUCHUSER

    def test_partial_failure(self, server: Server) -> None:
        """Some accepted: send() returns ({address: SMTPResponse}, message) for the others."""
        result = server.send_async(["ok@example.com", "full@example.com", "greylisted@example.com"])
        errors, message = result
        assert message.startswith("2.0.0 Ok: queued")
        expected = {"full@example.com": OVER_QUOTA, "greylisted@example.com": GREYLISTED}
        for refused in (result, errors):  # the pair and its dict are both accepted
            got = classify_refused(refused)
            assert {address: _verdict(c) for address, c in got.items()} == expected
        assert server.handler.delivered == [(SENDER, ["ok@example.com"])]

    def test_421_at_rcpt(self, server: Server) -> None:
        """Yahoo's 421 [TSS04] at RCPT pauses the destination."""
        result = server.send_async(["tss04@example.com"])
        got = classify_refused(result)
        assert {address: _verdict(c) for address, c in got.items()} == {
            "tss04@example.com": TSS04_RCPT}

    def test_helo_refused(self, server: Server) -> None:
        """421 to EHLO and HELO: SMTPHeloError, read as answering EHLO."""
        error = server.send_async(["ok@example.com"], local_hostname="tss04.example")
        assert isinstance(error, aiosmtplib.SMTPHeloError)
        assert _verdict(classify(error)) == (
            "EHLO", 421, "4.7.0", Category.REPUTATION, Action.RETRY, Scope.DOMAIN)

    @pytest.mark.parametrize(("sender", "code", "enhanced"), [
        ("bad@nonexistent.invalid", 553, "5.1.8"),
        ("ghost@example.org", 550, "5.1.1"),
    ])
    def test_sender_refused(self, server: Server, sender: str, code: int, enhanced: str) -> None:
        """SMTPSenderRefused answered MAIL: the sender is rejected, no recipient is unknown."""
        error = server.send_async(["ok@example.com"], sender=sender)
        assert isinstance(error, aiosmtplib.SMTPSenderRefused)
        assert _verdict(classify(error)) == (
            "MAIL", code, enhanced, Category.SENDER_REJECTED, Action.FIX_SENDER, Scope.SENDER)

    def test_data_refused(self, server: Server) -> None:
        """SMTPDataError answered DATA: Gmail's DMARC reject asks to fix the sender."""
        error = server.send_async(["ok@example.com", "dmarc@example.com"])
        assert isinstance(error, aiosmtplib.SMTPDataError)
        assert _verdict(classify(error)) == ("DATA", 550, "5.7.26",
                                             Category.SENDER_UNAUTHENTICATED, Action.FIX_SENDER,
                                             Scope.SENDER)

    def test_server_disconnected(self, server: Server) -> None:
        """The server hangs up without a reply: SMTPServerDisconnected is a network error."""
        error = server.send_async(["drop@example.com"])
        assert isinstance(error, aiosmtplib.SMTPServerDisconnected)
        c = classify(error)
        assert (c.category, c.action, c.scope) == (
            Category.NETWORK_ERROR, Action.RETRY, Scope.DOMAIN)

    def test_connection_refused(self) -> None:
        """Nothing listens on the port: SMTPConnectError is a network error."""
        closed = Server(free_port(), ScriptedHandler())
        error = closed.send_async(["ok@example.com"])
        assert isinstance(error, aiosmtplib.SMTPConnectError)
        c = classify(error)
        assert (c.category, c.action, c.scope) == (
            Category.NETWORK_ERROR, Action.RETRY, Scope.DOMAIN)


class TestFailuresBeforeAReply:
    """Failures with no reply at all: TLS, DNS, a missing extension."""

    def test_tls_handshake_failure_smtplib(self, server: Server) -> None:
        """Implicit TLS against a plain-text server: ssl.SSLError reads as a TLS failure."""
        with pytest.raises(ssl.SSLError) as caught:
            smtplib.SMTP_SSL(HOST, server.port, timeout=10, context=ssl.create_default_context())
        c = classify(caught.value)
        assert (c.category, c.action, c.scope) == (
            Category.TLS_REQUIRED, Action.FIX_SENDER, Scope.SENDER)

    def test_tls_handshake_failure_reads_alike_in_both_clients(self, server: Server) -> None:
        """The same failed handshake gets the same verdict from smtplib and aiosmtplib."""
        with pytest.raises(ssl.SSLError) as caught:
            smtplib.SMTP_SSL(HOST, server.port, timeout=10, context=ssl.create_default_context())

        async def send() -> Any:
            try:
                return await aiosmtplib.send(MESSAGE, sender=SENDER, recipients=["ok@example.com"],
                                             hostname=HOST, port=server.port, use_tls=True,
                                             timeout=10)
            except aiosmtplib.SMTPException as error:
                return error

        error = asyncio.run(send())
        assert isinstance(error, aiosmtplib.SMTPConnectError)
        assert isinstance(error.__cause__, ssl.SSLError)
        assert classify(error).category is classify(caught.value).category

    @pytest.fixture
    def no_such_host(self, monkeypatch: pytest.MonkeyPatch) -> str:
        """A host name whose look-up fails as a real NXDOMAIN does, without asking DNS."""
        name, real = "mx.nonexistent.invalid", socket.getaddrinfo

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            if host == name:
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
            return real(host, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        return name

    def test_unknown_host_smtplib(self, no_such_host: str) -> None:
        """smtplib lets socket.gaierror through: the host name does not exist."""
        with pytest.raises(socket.gaierror) as caught:
            smtplib.SMTP(no_such_host, 25, timeout=10)
        assert classify(caught.value).category is Category.HOST_UNKNOWN

    def test_unknown_host_reads_alike_in_both_clients(self, no_such_host: str) -> None:
        """A host name that does not resolve gets the same verdict from both clients."""

        async def send() -> Any:
            try:
                return await aiosmtplib.send(MESSAGE, sender=SENDER, recipients=["ok@example.com"],
                                             hostname=no_such_host, port=25, timeout=10)
            except aiosmtplib.SMTPException as error:
                return error

        error = asyncio.run(send())
        assert isinstance(error, aiosmtplib.SMTPConnectError)
        assert isinstance(error.__cause__, socket.gaierror)
        assert classify(error).category is Category.HOST_UNKNOWN

    @pytest.mark.parametrize("step", ["smtputf8", "auth"])
    def test_extension_not_supported_smtplib(self, ascii_server: Server, step: str) -> None:
        """smtplib refuses locally when the server lacks SMTPUTF8 or AUTH: still a verdict."""
        attempts: dict[str, Callable[[smtplib.SMTP], object]] = {
            "smtputf8": lambda smtp: smtp.sendmail(SENDER, ["ok@example.com"], MESSAGE,
                                                   mail_options=["SMTPUTF8"]),
            "auth": lambda smtp: smtp.login("user", "password"),  # AUTH needs TLS here
        }
        with ascii_server.smtp() as smtp, pytest.raises(smtplib.SMTPNotSupportedError) as caught:
            attempts[step](smtp)
        verdict = classify(caught.value)
        wanted = {"smtputf8": Category.CONTENT_REJECTED, "auth": Category.NOT_IMPLEMENTED}[step]
        assert (verdict.category, verdict.severity) == (wanted, Severity.PERMANENT)

    def test_extension_not_supported_aiosmtplib(self, ascii_server: Server) -> None:
        """aiosmtplib refuses SMTPUTF8 when the server does not offer it: still a verdict."""

        async def send() -> Any:
            try:
                return await aiosmtplib.send(MESSAGE, sender=SENDER, recipients=["ok@example.com"],
                                             hostname=HOST, port=ascii_server.port,
                                             start_tls=False, mail_options=["SMTPUTF8"],
                                             timeout=10)
            except aiosmtplib.SMTPException as error:
                return error

        error = asyncio.run(send())
        assert isinstance(error, aiosmtplib.SMTPNotSupported)
        assert classify(error).category is Category.CONTENT_REJECTED  # the message needs SMTPUTF8
