"""examples/send_loop.py against the scripted SMTP server, on a clock that jumps, not sleeps."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from examples.send_loop import Report, cli, main
from smtpcodes import RetryPolicy
from tests.scripted_smtp import ScriptedHandler, running

pytest.importorskip("aiosmtpd")

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


class FakeClock:
    """Time that moves only when the loop waits, and then at once."""

    def __init__(self) -> None:
        self.current = START
        self.waits: list[datetime] = []

    def now(self) -> datetime:
        return self.current

    def wait_until(self, when: datetime) -> None:
        assert when > self.current, "the loop waits only for something in the future"
        self.waits.append(when)
        self.current = when


@pytest.fixture
def port() -> Iterator[int]:
    """A scripted SMTP server on 127.0.0.1 (tests/scripted_smtp.py)."""
    with running(ScriptedHandler()) as port:
        yield port


def _sessions(report: Report, domain: str) -> list[datetime]:
    return [at for at, dest, _ in report.log if dest == domain]


class TestSendLoop:
    """Each kind of verdict ends where the policy says."""

    def test_retries_suppresses_and_gives_up(self, port: int) -> None:
        """Delivered, delivered after greylisting, suppressed (hard and escalated), returned."""
        clock = FakeClock()
        report = main(["ok@example.com", "nosuchuser@example.com", "full@example.com",
                       "greylisted@example.com", "tss04@yahoo.example"], port=port, clock=clock,
                      policy=RetryPolicy(seed=2026))
        assert report.delivered == ["ok@example.com", "greylisted@example.com"]
        assert report.suppressed == ["nosuchuser@example.com", "full@example.com"]
        assert report.returned == ["tss04@yahoo.example"]
        assert (report.alerts, report.held, report.stopped) == ([], [], False)
        # greylisting: retried after postgrey's 5 minutes, then accepted
        assert _sessions(report, "example.com")[:2] == [START, START + timedelta(minutes=5)]
        # the full mailbox was retried for 3 days (SendGrid's 72 h) before it was suppressed
        assert _sessions(report, "example.com")[-1] - START == timedelta(days=3)
        # Yahoo's destination was retried with a growing backoff, capped at 3 h (+ up to 25 %
        # jitter), until the 5-day horizon
        yahoo = _sessions(report, "yahoo.example")
        gaps = [later - earlier for earlier, later in itertools.pairwise(yahoo)]
        assert gaps[:4] == [timedelta(hours=1)] * 4
        assert all(timedelta(hours=1) <= gap < timedelta(hours=3.75) for gap in gaps[:-1])
        assert max(gaps) >= timedelta(hours=3)
        assert yahoo[-1] - START == timedelta(days=5)  # the last attempt, at the horizon

    def test_a_destination_pause_holds_every_recipient_there(self, port: int) -> None:
        """While Yahoo defers, its other recipients wait too; other destinations go on."""
        clock = FakeClock()
        report = main(["tss04@yahoo.example", "ok@yahoo.example", "ok@example.com"], port=port,
                      clock=clock, policy=RetryPolicy(give_up_after=timedelta(hours=6)))
        assert report.delivered == ["ok@example.com"]
        assert report.returned == ["tss04@yahoo.example", "ok@yahoo.example"]  # one session
        yahoo = [(at, rcpts) for at, dest, rcpts in report.log if dest == "yahoo.example"]
        assert all(rcpts == ("tss04@yahoo.example", "ok@yahoo.example") for _, rcpts in yahoo)
        assert [at - START for at, _ in yahoo][:3] == [
            timedelta(0), timedelta(hours=1), timedelta(hours=2)]

    def test_a_sender_verdict_stops_the_run(self, port: int) -> None:
        """Spamhaus lists the sending IP: alert, and hold everything not yet delivered."""
        report = main(["ok@example.com", "spamhaus@example.com", "later@example.net"],
                      port=port, clock=FakeClock())
        assert report.delivered == ["ok@example.com"]
        assert report.stopped
        assert report.held == ["spamhaus@example.com", "later@example.net"]
        (alert,) = report.alerts
        assert alert.startswith("spamhaus@example.com: blocklisted:")
        assert "pause the sending setup" in alert

    def test_a_refused_sender_stops_the_run(self, port: int) -> None:
        """553 at MAIL FROM is about the sender, not the recipients: nobody is suppressed."""
        report = main(["a@example.com", "b@example.com"], port=port, clock=FakeClock(),
                      sender="bad@nonexistent.invalid")
        assert (report.suppressed, report.held) == ([], ["a@example.com", "b@example.com"])
        assert all("sender_rejected" in alert for alert in report.alerts)

    def test_command_line(self, port: int, capsys: pytest.CaptureFixture[str]) -> None:
        """The script's entry point prints the outcome and exits 0 when no alert was raised."""
        assert cli(["--port", str(port), "ok@example.com", "nosuchuser@example.com"]) == 0
        out = capsys.readouterr().out
        assert "delivered: ok@example.com\n" in out
        assert "suppressed: nosuchuser@example.com\n" in out
