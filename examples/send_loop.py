"""A send loop that does what smtpcodes advises: retry, suppress, pause a destination, or alert.

Every recipient is tried once; each refusal is classified and handed to a :class:`RetryPolicy`,
whose decision says what happens next:

- ``retry``: try again at ``decision.at``; if the verdict is about the whole destination
  (``Scope.DOMAIN``: a 421 rate limit, Yahoo's TSS04), hold every recipient there until then;
- ``suppress``: a hard bounce (or a mailbox full for days): never mail the address again;
- ``expired``: retried for too long: give up and tell the sender;
- anything else: alert a person; a sender-scope verdict (a blocklisting, DMARC, a refused
  envelope sender) stops the whole run, since more mail would only make it worse.

The clock is injected, so a test runs days of retries in no time::

    python examples/send_loop.py --port 2525 alice@example.com bob@example.net
"""

from __future__ import annotations

import argparse
import smtplib
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from smtpcodes import Action, Classification, RetryPolicy, Scope, classify, classify_refused

MESSAGE = "From: news@example.org\r\nSubject: Hello\r\n\r\nHello from the send loop.\r\n"
DELIVERED = classify(250)


class Clock(Protocol):
    """Where the loop reads the time and waits: the real one sleeps, a test's one jumps."""

    def now(self) -> datetime: ...
    def wait_until(self, when: datetime) -> None: ...


class SystemClock:
    """The wall clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def wait_until(self, when: datetime) -> None:
        time.sleep(max(0.0, (when - self.now()).total_seconds()))


@dataclass
class Delivery:
    """One recipient's state in the queue."""

    recipient: str
    due: datetime
    attempts: int = 0
    first_failure: datetime | None = None

    @property
    def domain(self) -> str:
        return self.recipient.rpartition("@")[2].lower()


@dataclass
class Report:
    """What became of every recipient, and the attempts made."""

    delivered: list[str] = field(default_factory=list)
    suppressed: list[str] = field(default_factory=list)
    returned: list[str] = field(default_factory=list)
    """Retried until the policy's horizon passed: the sender gets a bounce."""
    alerts: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)
    """Not sent because a sender-scope verdict stopped the run (fix the setup, then resend)."""
    stopped: bool = False
    """True when a sender-scope verdict stopped the run."""
    log: list[tuple[datetime, str, tuple[str, ...]]] = field(default_factory=list)
    """(time, destination, recipients) of every SMTP session."""


def attempt(host: str, port: int, sender: str, recipients: list[str]) -> dict[str, Classification]:
    """One SMTP transaction for ``recipients``: a verdict for each of them."""
    try:
        with smtplib.SMTP(host, port, timeout=30) as smtp:
            refused = smtp.sendmail(sender, recipients, MESSAGE)
    except smtplib.SMTPRecipientsRefused as error:
        verdicts = classify_refused(error)
        # smtplib gives up at a 421, before DATA: the recipients it had not listed were not
        # sent either, and the 421 speaks for them too.
        last = list(verdicts.values())[-1]
        return {rcpt: verdicts.get(rcpt, last) for rcpt in recipients}
    except OSError as error:  # refused MAIL or DATA, lost or refused connection: all alike
        return dict.fromkeys(recipients, classify(error))
    verdicts = classify_refused(refused)
    return {rcpt: verdicts.get(rcpt, DELIVERED) for rcpt in recipients}


def main(  # noqa: PLR0913  # a recipe's options, all keyword-only
    recipients: Sequence[str], *, port: int, host: str = "127.0.0.1",
    sender: str = "news@example.org", policy: RetryPolicy | None = None,
    clock: Clock | None = None,
) -> Report:
    """Send to every recipient, retrying as advised, until nothing is left to do."""
    loop = SendLoop(host, port, sender, policy or RetryPolicy(), clock or SystemClock())
    return loop.run(recipients)


@dataclass
class SendLoop:
    """The queue, the paused destinations and the report of one run."""

    host: str
    port: int
    sender: str
    policy: RetryPolicy
    clock: Clock
    paused: dict[str, datetime] = field(default_factory=dict)
    """Destination -> when its pause ends."""
    report: Report = field(default_factory=Report)

    def run(self, recipients: Sequence[str]) -> Report:
        queue = [Delivery(rcpt, due=self.clock.now()) for rcpt in recipients]
        while queue:
            now = self.clock.now()
            ready = [d for d in queue if d.due <= now and self._free(d.domain, now)]
            if not ready:
                self.clock.wait_until(min(max(d.due, self.paused.get(d.domain, d.due))
                                          for d in queue))
                continue
            for domain in dict.fromkeys(d.domain for d in ready):  # a session per destination
                batch = [d for d in ready if d.domain == domain]
                self.report.log.append((now, domain, tuple(d.recipient for d in batch)))
                verdicts = attempt(self.host, self.port, self.sender,
                                   [d.recipient for d in batch])
                for delivery in batch:
                    if self._settle(delivery, verdicts[delivery.recipient], now):
                        queue.remove(delivery)
                if self.report.stopped:  # more mail would make it worse: hold the rest
                    self.report.held.extend(d.recipient for d in queue)
                    return self.report
        return self.report

    def _free(self, domain: str, now: datetime) -> bool:
        return self.paused.get(domain, now) <= now

    def _settle(self, delivery: Delivery, verdict: Classification, now: datetime) -> bool:
        """Act on one recipient's verdict; True when it leaves the queue."""
        report = self.report
        if verdict.action is Action.NONE:
            report.delivered.append(delivery.recipient)
            return True
        delivery.attempts += 1
        delivery.first_failure = delivery.first_failure or now
        decision = self.policy.decide(verdict, attempts=delivery.attempts,
                                      first_failure=delivery.first_failure, now=now)
        if decision.retry and decision.at is not None:
            delivery.due = decision.at
            if decision.scope is Scope.DOMAIN:  # hold the whole destination, not one address
                self.paused[delivery.domain] = max(self.paused.get(delivery.domain, now),
                                                   decision.at)
            return False
        if decision.suppress:
            report.suppressed.append(delivery.recipient)
        elif decision.expired:
            report.returned.append(delivery.recipient)
        else:
            report.alerts.append(f"{delivery.recipient}: {decision.reason}")
            if decision.scope is Scope.SENDER:  # the sending setup must change: stay queued
                report.stopped = True
                return False
        return True


def cli(argv: Sequence[str] | None = None) -> int:
    """``send_loop.py [--host H] [--port P] [--sender S] RECIPIENT …``; exit 1 on alerts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("recipients", nargs="+")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=25)
    parser.add_argument("--sender", default="news@example.org")
    args = parser.parse_args(argv)
    report = main(args.recipients, port=args.port, host=args.host, sender=args.sender)
    for name in ("delivered", "suppressed", "returned", "alerts", "held"):
        sys.stdout.write(f"{name}: {', '.join(getattr(report, name)) or '-'}\n")
    return 1 if report.alerts else 0


if __name__ == "__main__":
    raise SystemExit(cli())
