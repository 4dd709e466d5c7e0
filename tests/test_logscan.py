"""scan_log() on Postfix, Exim and Sendmail log excerpts, and the ``smtpcodes scan`` command.

Where the line shapes are documented:

- Postfix: delivery agents log ``QUEUEID: to=<…>, relay=…, delay=…, delays=a/b/c/d, dsn=…,
  status=… (…)`` (``src/global/log_adhoc.c``; Postfix ``MAILLOG_README`` and ``DEBUG_README``,
  which show such lines); the queue manager logs ``from=<…>, status=expired, returned to
  sender`` for a message that timed out (``src/qmgr/qmgr_active.c``).
- Exim: Exim specification, chapter "Log files", sections "Log line flags" (``<= => -> *> **
  ==``) and "Logging message reception/deliveries", including ``C="…"`` for the remote
  confirmation and ``defer (-44)`` errno forms.
- Sendmail: Sendmail Installation and Operation Guide, section "Log file", and
  ``logdelivery()`` in ``sendmail/deliver.c`` (``to=…, ctladdr=…, delay=…, xdelay=…,
  mailer=…, pri=…, relay=…, dsn=…, stat=…``).
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from smtpcodes import Action, Category, DeliveryStatus, LogRecord, Scope, scan_log
from smtpcodes._cli import main
from tests.conftest import DATA

LOGS = DATA / "logs"
"""Log excerpts, one file per MTA, in the shapes documented above."""

POSTFIX = (LOGS / "postfix.log").read_text(encoding="utf-8")
EXIM = (LOGS / "exim_mainlog").read_text(encoding="utf-8")
SENDMAIL = (LOGS / "sendmail.log").read_text(encoding="utf-8")


def _records(text: str, **options: int) -> list[LogRecord]:
    return list(scan_log(text.splitlines(), **options))


class TestPostfix:
    """Postfix delivery-agent and queue-manager lines."""

    def test_only_delivery_attempts(self) -> None:
        """connect, qmgr bookkeeping, bounce and removed lines give no record."""
        records = _records(POSTFIX)
        assert [(r.queue_id, r.recipient, r.status) for r in records] == [
            ("3F2A1C0E9B", "ann@example.com", DeliveryStatus.SENT),
            ("3F2A1C0E9B", "bob@example.net", DeliveryStatus.BOUNCED),
            ("3F2A1C0E9B", "cat@example.org", DeliveryStatus.DEFERRED),
            ("4TbX2k3kZ3z9rwW", "dan@gmail.com", DeliveryStatus.DEFERRED),
            ("5A6B7C8D9E", None, DeliveryStatus.EXPIRED),
        ]

    def test_fields(self) -> None:
        """A bounced line gives host, program, pid, relay, delay, dsn and the reply."""
        record = _records(POSTFIX)[1]
        assert (record.host, record.program, record.pid) == ("mx1", "postfix/smtp", 4242)
        assert (record.relay, record.delay, record.dsn) == (
            "mx.example.net[192.0.2.7]:25", "2.1", "5.1.1")
        assert record.reply.startswith("host mx.example.net[192.0.2.7] said: 550 5.1.1")
        assert record.reply.endswith("(in reply to RCPT TO command)")
        assert record.classification.category == Category.USER_UNKNOWN
        assert record.classification.command == "RCPT"

    def test_verdicts(self) -> None:
        """Each attempt is classified with its dsn as the status hint."""
        assert [(r.classification.category, r.classification.action, r.classification.scope)
                for r in _records(POSTFIX)] == [
            (Category.DELIVERED, Action.NONE, Scope.NONE),
            (Category.USER_UNKNOWN, Action.SUPPRESS, Scope.RECIPIENT),
            (Category.NETWORK_ERROR, Action.RETRY, Scope.DOMAIN),
            (Category.REPUTATION, Action.RETRY, Scope.DOMAIN),
            (Category.EXPIRED, Action.INVESTIGATE, Scope.RECIPIENT),
        ]

    def test_orig_to(self) -> None:
        """``orig_to=`` is the original recipient."""
        assert _records(POSTFIX)[2].original_recipient == "cat@old.example.org"

    def test_times(self) -> None:
        """BSD stamps parse only with a year; RFC 3339 stamps always parse."""
        plain = _records(POSTFIX)
        assert (plain[0].time, plain[0].timestamp) == ("Jan  5 10:00:02", None)
        assert _records(POSTFIX, year=2024)[0].timestamp == datetime(2024, 1, 5, 10, 0, 2)  # noqa: DTZ001
        assert plain[3].timestamp == datetime(2024, 1, 5, 10, 0, 6, 123456,
                                              tzinfo=timezone(timedelta(hours=1)))


class TestExim:
    """Exim main-log lines."""

    def test_flags(self) -> None:
        """``=>`` and ``->`` are sent, ``**`` bounced, ``==`` deferred; ``<=`` is no attempt."""
        assert [(r.recipient, r.status) for r in _records(EXIM)] == [
            ("eve@example.com", DeliveryStatus.SENT),
            ("fay@example.net", DeliveryStatus.BOUNCED),
            ("gus@example.org", DeliveryStatus.DEFERRED),
            ("nobody@nowhere.invalid", DeliveryStatus.BOUNCED),
            ("ivy@example.com", DeliveryStatus.SENT),
        ]

    def test_fields_and_verdicts(self) -> None:
        """The confirmation, the host and the error text are read and classified."""
        sent, full, grey, unroutable, alias = _records(EXIM)
        assert (sent.reply, sent.relay) == ("250 2.0.0 Ok: queued as 12345",
                                            "mx.example.com [192.0.2.1]")
        assert sent.classification.category == Category.DELIVERED
        assert full.classification.category == Category.MAILBOX_FULL
        assert full.reply == ("SMTP error from remote mail server after RCPT "
                              "TO:<fay@example.net>: 550 5.2.2 Mailbox full")
        assert grey.classification.category == Category.GREYLISTED
        assert unroutable.reply == "Unrouteable address"
        assert alias.original_recipient == "ivy-alias@example.com"
        assert sent.queue_id == "1rLabc-000123-AB"
        assert sent.host is None  # Exim's own log names no host

    def test_exim_through_syslog(self) -> None:
        """Exim writing to syslog: the same message after the syslog prefix."""
        line = ("Jan  5 10:01:02 mail exim[7001]: 1rLabc-000123-AB ** fay@example.net "
                "R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.7]: SMTP error from remote "
                "mail server after RCPT TO:<fay@example.net>: 550 5.1.1 No such user")
        (record,) = _records(line)
        assert (record.host, record.program, record.status) == (
            "mail", "exim", DeliveryStatus.BOUNCED)
        assert record.classification.category == Category.USER_UNKNOWN


class TestSendmail:
    """Sendmail's delivery lines."""

    def test_stat_and_dsn(self) -> None:
        """``stat=Sent`` is sent, ``Deferred:`` or a 4.x.x dsn deferred, others bounced."""
        assert [(r.recipient, r.status, r.dsn, r.classification.category)
                for r in _records(SENDMAIL)] == [
            ("hal@example.com", DeliveryStatus.SENT, "2.0.0", Category.DELIVERED),
            ("ivy@example.net", DeliveryStatus.BOUNCED, "5.1.1", Category.USER_UNKNOWN),
            ("jon@example.org", DeliveryStatus.DEFERRED, "4.0.0", Category.NETWORK_ERROR),
        ]

    def test_fields(self) -> None:
        """Relay, delay and the reply of a sent line are read as written."""
        sent = _records(SENDMAIL)[0]
        assert (sent.relay, sent.delay, sent.reply) == (
            "mx.example.com. [192.0.2.1]", "00:00:01",
            "40AB01b1012346 Message accepted for delivery")


    def test_recipient_list(self) -> None:
        """One delivery to several recipients (``to=<a>,<b>``) is one record per recipient."""
        line = ("Jan  5 10:02:06 mail sm-mta[5152]: 40AA01a1012348: to=<kay@example.com>,"
                "<lou@example.com>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120000, "
                "relay=mx.example.com. [192.0.2.1], dsn=4.2.2, stat=Deferred: 452 4.2.2 "
                "Mailbox full")
        assert [(r.recipient, r.status, r.classification.category) for r in _records(line)] == [
            ("kay@example.com", DeliveryStatus.DEFERRED, Category.MAILBOX_FULL),
            ("lou@example.com", DeliveryStatus.DEFERRED, Category.MAILBOX_FULL),
        ]


def test_import_stays_cheap() -> None:
    """``import smtpcodes`` loads neither the log scanner nor the bounce parser."""
    code = ("import sys, smtpcodes\n"
            "assert 'smtpcodes.logscan' not in sys.modules\n"
            "assert 'smtpcodes.bounce' not in sys.modules\n"
            "assert smtpcodes.scan_log and 'smtpcodes.logscan' in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603


class TestRobustness:
    """Any input is read; nothing is kept between lines."""

    def test_bytes_and_bad_bytes(self) -> None:
        """Bytes lines are decoded as UTF-8 with bad bytes replaced."""
        line = (SENDMAIL.splitlines()[2].replace("User unknown", "User unknown \xff")
                .encode("latin-1"))
        (record,) = scan_log([line])
        assert record.reply == "User unknown \ufffd"

    @pytest.mark.parametrize("line", [
        "", "garbage", "Jan  5 10:00:00 mx1 postfix/smtp[1]: ", "x" * 100_000,
        "Jan  5 10:00:00 mx1 postfix/smtp[1]: ABCDE: to=<, status=",
        "2024-01-05 10:01:00 1rLabc-000123-AB ** ",
    ], ids=["empty", "garbage", "no fields", "huge", "cut off", "exim cut off"])
    def test_odd_lines_give_nothing(self, line: str) -> None:
        """Lines that record no complete delivery attempt give no record and no error."""
        assert _records(line) == []

    def test_streaming(self) -> None:
        """Records come out as lines go in: an endless source can be read."""
        def endless() -> object:
            while True:
                yield SENDMAIL.splitlines()[2]

        records = scan_log(endless())  # type: ignore[arg-type]
        assert next(records).recipient == next(records).recipient == "ivy@example.net"


ALL = POSTFIX + EXIM + SENDMAIL


def _run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str]:
    code = main(["scan", *argv], stdin=io.StringIO(stdin))
    out, err = capsys.readouterr()
    assert err == ""  # no progress bar: stderr is not a terminal
    return code, out


class TestCli:
    """``smtpcodes scan``."""

    def test_summary_figures(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """The summary counts attempts by status, category, action, scope and failing domain."""
        log = tmp_path / "maillog"
        log.write_text(ALL, encoding="utf-8")
        code, out = _run(capsys, str(log))
        assert code == 0
        assert out.splitlines()[0] == ("delivery attempts: 13 (bounced 4, deferred 4, sent 4, "
                                       "expired 1)")
        sections = {block.splitlines()[0].split()[0]: block.splitlines()[2:]
                    for block in out.split("\n\n")[1:]}
        assert sections["category"][:3] == ["delivered          4", "network_error      2",
                                            "user_unknown       2"]
        assert sections["action"] == ["retry            5", "none             4",
                                      "suppress         3", "investigate      1"]
        assert sections["scope"] == ["recipient      5", "domain         4", "none           4"]
        assert sections["failing"] == ["example.net          3", "example.org          3",
                                       "gmail.com            1", "nowhere.invalid      1"]

    def test_json_lines(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """``--json`` prints one object per delivery attempt with verdict and reply."""
        log = tmp_path / "exim_mainlog"
        log.write_text(EXIM, encoding="utf-8")
        code, out = _run(capsys, "--json", str(log))
        rows = [json.loads(line) for line in out.splitlines()]
        assert code == 0
        assert len(rows) == 5
        assert {key: rows[1][key] for key in ("time", "queue_id", "recipient", "status",
                                               "category", "action", "scope")} == {
            "time": "2024-01-05 10:01:02", "queue_id": "1rLabc-000123-AB",
            "recipient": "fay@example.net", "status": "bounced", "category": "mailbox_full",
            "action": "retry", "scope": "recipient"}
        assert rows[1]["reply"].endswith("550 5.2.2 Mailbox full")

    def test_gzip_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A ``.gz`` log is decompressed transparently."""
        log = tmp_path / "maillog.1.gz"
        log.write_bytes(gzip.compress(SENDMAIL.encode()))
        _, out = _run(capsys, "--json", str(log))
        assert [json.loads(line)["status"] for line in out.splitlines()] == [
            "sent", "bounced", "deferred"]

    def test_stdin(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without a file the log is read from stdin."""
        _, out = _run(capsys, "--json", stdin=SENDMAIL)
        assert len(out.splitlines()) == 3

    def test_missing_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A file that cannot be opened is exit status 2 with the reason on stderr."""
        assert main(["scan", "/nonexistent/maillog"]) == 2
        assert "No such file" in capsys.readouterr().err

    def test_progress_only_on_a_terminal(self, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
        """With stderr a terminal and a file as input, a percentage goes to stderr only."""
        log = tmp_path / "maillog"
        log.write_text(SENDMAIL, encoding="utf-8")
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
        assert main(["scan", "--json", str(log)]) == 0
        out, err = capsys.readouterr()
        assert err.endswith(f"scanning {log}: 100 %\n")
        assert "scanning" not in out
        assert len(out.splitlines()) == 3

    def test_subprocess_reads_bytes_from_stdin(self) -> None:
        """``python -m smtpcodes scan`` reads stdin as bytes, replacing undecodable ones."""
        data = POSTFIX.encode() + b"Jan  5 10:00:09 mx1 postfix/smtp[1]: \xff\xfe\n"
        done = subprocess.run([sys.executable, "-m", "smtpcodes", "scan", "--json"],
                              input=data, capture_output=True, check=True)
        assert len(done.stdout.splitlines()) == 5
        assert done.stderr == b""
