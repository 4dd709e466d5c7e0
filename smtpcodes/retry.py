"""When to try a failed delivery again, and when to stop: RetryPolicy and RetryDecision.

A send loop keeps, per message and recipient, how many attempts failed and when the first
failure was; :meth:`RetryPolicy.decide` turns the latest :class:`~smtpcodes.Classification`
into one decision: retry at a time, suppress the address, or stop and let a person look. The
decision's ``scope`` says what to hold back: this recipient, or every delivery to the
destination (``Scope.DOMAIN``, e.g. a 421 rate limit), or the whole sending setup
(``Scope.SENDER``, e.g. a blocklisting).

Sources of the defaults (``standards.md`` §3–4): RFC 5321 §4.5.4.1 (retry interval at least
30 minutes, give up after at least 4–5 days, retry parameters configurable); Postfix
``minimal_backoff_time`` 300 s, doubling per attempt, ``maximal_queue_lifetime`` 5 d; postgrey's
300 s greylisting delay and milter-greylist's 1800 s; SendGrid's and SparkPost's 72 h soft-bounce
window and Mailchimp's 3 days; Brevo's 5 consecutive soft bounces and Mailchimp's 7 before an
address is blocklisted.

>>> from datetime import UTC, datetime, timedelta
>>> from smtpcodes import RetryPolicy, classify
>>> now = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
>>> d = RetryPolicy().decide(classify("451 4.7.1 Greylisted, please come back in 00:25:00"),
...                          attempts=1, first_failure=now, now=now)
>>> d.retry, d.at - now, d.scope.value
(True, datetime.timedelta(seconds=1500), 'recipient')

Added in 0.1.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Annotated, Final

from pydantic import BaseModel, Field

from smtpcodes.enums import Action, Category, Scope
from smtpcodes.errors import SmtpCodesError
from smtpcodes.models import Classification

__all__ = ["RetryDecision", "RetryPolicy"]


def __dir__() -> list[str]:
    return __all__


Wait = Annotated[timedelta, Field(ge=timedelta(0), le=timedelta(days=366))]
"""A duration from zero to a year."""

_M: Final = timedelta(minutes=1)
_H: Final = timedelta(hours=1)
_D: Final = timedelta(days=1)

_SOFT_BOUNCES: Final = frozenset({Category.MAILBOX_FULL, Category.MAILBOX_DISABLED})
"""Verdicts about the recipient's mailbox that large senders escalate to a suppression."""

_THROTTLES: Final = frozenset({
    Category.RATE_LIMITED, Category.TOO_MANY_CONNECTIONS, Category.REPUTATION,
    Category.BLOCKLISTED,
})
"""Transient refusals that ask the sender to slow down: Gmail's 4.7.28 "temporarily rate
limited" and Yahoo's [TSS04] deferral read as reputation, and keep failing while hammered."""

_WHY: Final = {
    Action.SUPPRESS: "hard bounce: never retry; suppress the address",
    Action.FIX_SENDER: "the sending side must change first; retrying makes it worse",
    Action.FIX_MESSAGE: "the message must change before it is sent again",
    Action.FIX_CLIENT: "the client used the protocol wrongly",
    Action.INVESTIGATE: "a failure with no actionable reason; a person should look",
    Action.NONE: "nothing to do",
    Action.CONTINUE: "go on with the dialogue",
}
"""Why each action other than ``retry`` is not retried."""

_HOLD: Final = {
    Scope.RECIPIENT: "hold this recipient only",
    Scope.MESSAGE: "hold this message",
    Scope.DOMAIN: "pause the whole destination",
    Scope.SENDER: "pause the sending setup",
    Scope.SESSION: "fix the client before the next session",
    Scope.NONE: "",
}
"""What a loop holds back, by the verdict's scope."""


class RetryDecision(BaseModel, frozen=True, use_attribute_docstrings=True):
    """What a send loop does next with one failed recipient (or destination).

    >>> RetryDecision(retry=False, at=None, suppress=True, scope=Scope.RECIPIENT,
    ...               action=Action.SUPPRESS, reason="hard bounce").suppress
    True
    """

    retry: bool
    """True: keep the message queued and try again at ``at``."""
    at: datetime | None
    """When to try again (in ``now``'s time zone); None when not retrying."""
    suppress: bool
    """True: the address is dead; stop mailing it (a hard bounce, or soft bounces escalated)."""
    scope: Scope
    """What to hold back: the recipient, the message, the destination (``DOMAIN``: pause its
    queue), the sending setup (``SENDER``: stop and fix it) or the client (``SESSION``)."""
    action: Action
    """The action taken: the classification's, or ``SUPPRESS`` after an escalation, or
    ``INVESTIGATE`` once retries expired."""
    expired: bool = False
    """True when the give-up horizon passed: stop retrying and return the message."""
    reason: str
    """One line saying why, for logs and alerts."""


class RetryPolicy(BaseModel, frozen=True, extra="forbid", use_attribute_docstrings=True):
    """How a send loop retries: intervals, backoff, horizons and soft-bounce escalation.

    Immutable and stateless: :meth:`decide` is a pure function of the classification, the
    attempt count, the first failure's time and the current time (and ``seed``). Every
    duration is configurable, as RFC 5321 §4.5.4.1 requires.

    The wait before the next attempt is the longest of: the ``floor``; the classification's
    ``retry.after`` (the server's stated wait, "try again in 5 minutes", "come back in
    00:05:00", "Bitte versuchen Sie es in 20 Minuten erneut", or classify's default for the
    category); and the policy's own schedule:

    - greylisting: ``greylist_delay`` before the first retry, ``interval`` after that (a
      greylister that deferred the retry wants the sender to wait longer: milter-greylist 30 min);
    - rate limits, too many connections and transient reputation or blocklist deferrals:
      ``backoff_base × backoff_factor ** (attempts - 1)``, at most ``backoff_cap``, stretched by
      a random factor in ``[1, 1 + jitter)`` so that queues paused together do not come back
      together (reproducible: the same ``seed`` gives the same schedule);
    - anything else: the classification's wait before the first retry, at least ``interval``
      after that (RFC 5321 §4.5.4.1: at least 30 minutes; two attempts in the first hour).

    A wait that would carry the next attempt past the give-up horizon is cut to it (but not
    below the floor): the attempt at the horizon is the last, and once ``now - first_failure``
    reaches the horizon the decision is ``expired``.

    A classification whose ``retry.after`` is zero (``452 4.5.3 Too many recipients``, RFC 5321
    §4.5.3.1.10: the server took what it could) is retried at once on the first attempt: send
    the remaining recipients in a new transaction now. Only that skips the floor.

    Soft-bounce escalation: a ``mailbox_full`` or ``mailbox_disabled`` verdict seen across at
    least ``escalate_after_attempts`` attempts **and** ``escalate_after`` since the first failure
    becomes a suppression, as large senders do it: Brevo blocklists an address after 5
    consecutive soft bounces (its Portuguese page says 4), Mailchimp cleans one after 7 (15 if
    it has prior activity), and SendGrid turns 72 h of deferrals into a Block. (Postmark and
    Mandrill never convert soft bounces; set ``escalate_after_attempts`` very high to do the
    same.) The loop counts ``attempts`` and keeps ``first_failure`` per recipient; to require
    *consecutive* mailbox verdicts, reset both when the verdict changes.

    Times must be time-zone aware (``datetime.now(UTC)``): a naive time is a
    :class:`~smtpcodes.SmtpCodesError`, since mixing local and UTC times would silently shift a
    schedule by hours. ``at`` is given in ``now``'s time zone.

    >>> from datetime import UTC, datetime
    >>> from smtpcodes import classify
    >>> now = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
    >>> policy = RetryPolicy(seed=7)
    >>> d = policy.decide(classify("550 5.1.1 User unknown"), attempts=1,
    ...                   first_failure=now, now=now)
    >>> d.retry, d.suppress, d.reason
    (False, True, 'user_unknown: hard bounce: never retry; suppress the address')
    """

    floor: Wait = 5 * _M
    """No retry comes sooner than this, whatever the server says (Postfix
    ``minimal_backoff_time``: 300 s); only a zero wait (too many recipients) skips it."""
    interval: Wait = 30 * _M
    """The least wait between later attempts (RFC 5321 §4.5.4.1: at least 30 minutes)."""
    greylist_delay: Wait = 5 * _M
    """The least wait before retrying a greylisted recipient the first time (postgrey's
    ``--delay`` 300 s, rspamd's 5 min; milter-greylist uses 30 min)."""
    backoff_base: Wait = 5 * _M
    """The first backoff for rate limits and connection limits (Postfix's 300 s)."""
    backoff_factor: Annotated[float, Field(ge=1.0, le=10.0)] = 2.0
    """The backoff grows by this factor per attempt (Postfix doubles it)."""
    backoff_cap: Wait = 3 * _H
    """The backoff never exceeds this (RFC 5321 §4.5.4.1: later, one attempt every 2–3 hours)."""
    jitter: Annotated[float, Field(ge=0.0, le=1.0)] = 0.25
    """The backoff is stretched by a random factor in ``[1, 1 + jitter)``; 0 turns it off."""
    seed: int | None = None
    """Makes the jitter reproducible: the same seed, attempt and first failure give the same
    wait. None draws fresh randomness each time."""
    give_up_after: Wait = 5 * _D
    """Stop retrying this long after the first failure (RFC 5321 §4.5.4.1: at least 4–5 days;
    Postfix ``maximal_queue_lifetime`` 5 d)."""
    mailbox_give_up_after: Wait = 72 * _H
    """The shorter horizon for a full or disabled mailbox (SendGrid and SparkPost: 72 h;
    Mailchimp: 3 days)."""
    escalate_after_attempts: Annotated[int, Field(ge=1)] = 5
    """Soft-bounce escalation: at least this many attempts (Brevo: 5; Mailchimp: 7)…"""
    escalate_after: Wait = 72 * _H
    """…and at least this long since the first failure (SendGrid: 72 h of deferrals)."""

    def decide(
        self, classification: Classification, /, *, attempts: int, first_failure: datetime,
        now: datetime,
    ) -> RetryDecision:
        """Decide what to do after a failed attempt.

        Args:
            classification: the verdict on the latest reply (or connection failure).
            attempts: how many attempts have failed so far, this one included (1 or more).
            first_failure: when the first attempt failed (time-zone aware).
            now: the current time (time-zone aware, not before ``first_failure``).

        >>> from datetime import UTC, datetime
        >>> from smtpcodes import classify
        >>> now = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
        >>> d = RetryPolicy(jitter=0).decide(classify("421 4.7.0 Too many connections"),
        ...                                  attempts=3, first_failure=now, now=now)
        >>> d.retry, d.at - now, d.scope.value
        (True, datetime.timedelta(seconds=1200), 'domain')

        Raises:
            SmtpCodesError: a naive datetime, ``now`` before ``first_failure``, or
                ``attempts`` below 1.
            TypeError: ``classification`` is not a :class:`~smtpcodes.Classification`.
        """
        elapsed = _check(classification, attempts, first_failure, now)
        category, scope = classification.category, classification.scope
        if classification.action is not Action.RETRY:
            return _no_retry(classification)
        soft = category in _SOFT_BOUNCES
        if soft and attempts >= self.escalate_after_attempts and elapsed >= self.escalate_after:
            return RetryDecision(
                retry=False, at=None, suppress=True, scope=Scope.RECIPIENT,
                action=Action.SUPPRESS,
                reason=(f"{category.value} across {attempts} attempts over {_span(elapsed)}: "
                        f"escalated to a hard bounce; suppress the address"))
        horizon = self.mailbox_give_up_after if soft else self.give_up_after
        if elapsed >= horizon:
            return RetryDecision(
                retry=False, at=None, suppress=False, scope=Scope.RECIPIENT,
                action=Action.INVESTIGATE, expired=True,
                reason=(f"expired: {category.value} for {_span(elapsed)}, the "
                        f"{_span(horizon)} horizon reached; stop retrying and return the message"))
        wait, basis = self._wait(classification, attempts, first_failure)
        if wait > horizon - elapsed:  # the last attempt comes at the horizon, not after it
            wait, basis = max(horizon - elapsed, self.floor), f"{basis}, cut to the horizon"
        hold = f"; {_HOLD[scope]}" if _HOLD[scope] else ""
        if wait == timedelta(0):  # too many recipients: nothing to hold back
            scope, hold = Scope.RECIPIENT, ""
        return RetryDecision(
            retry=True, at=now + wait, suppress=False, scope=scope, action=Action.RETRY,
            reason=f"{category.value}: retry in {_span(wait)} ({basis}){hold}")

    def _wait(self, c: Classification, attempts: int, first: datetime) -> tuple[timedelta, str]:
        """The wait before the next attempt and what set it."""
        stated = c.retry.after
        if stated == timedelta(0) and attempts == 1:
            return timedelta(0), "too many recipients: send the rest in a new transaction now"
        # On a tie the first candidate names the reason: the reply, then the schedule.
        candidates = [] if stated is None else [(stated, "the reply's wait")]
        if c.category in _THROTTLES:
            candidates.append((self._backoff(attempts, first), f"backoff, attempt {attempts}"))
        elif c.category is Category.GREYLISTED and attempts == 1:
            candidates.append((self.greylist_delay, "greylisting delay"))
        elif attempts > 1 or stated is None:
            candidates.append((self.interval, "retry interval"))
        candidates.append((self.floor, "policy floor"))
        return max(candidates, key=lambda pair: pair[0])

    def _backoff(self, attempts: int, first: datetime) -> timedelta:
        """``base × factor ** (attempts - 1)``, capped, stretched by the seeded jitter."""
        exponent = min(attempts - 1, 64)  # beyond that the cap has long been reached
        grown = self.backoff_base.total_seconds() * self.backoff_factor ** exponent
        seconds = min(grown, self.backoff_cap.total_seconds())
        if self.jitter:
            seconds *= 1 + self.jitter * self._random(attempts, first)
        return timedelta(seconds=round(seconds))

    def _random(self, attempts: int, first: datetime) -> float:
        if self.seed is None:
            return random.random()  # noqa: S311  # spreading retries, not cryptography
        # A str seed hashes with SHA-512 (random.seed version 2): stable across runs and
        # PYTHONHASHSEED, and different per attempt and per first failure.
        key = f"{self.seed}:{attempts}:{first.timestamp()!r}"
        return random.Random(key).random()  # noqa: S311  # reproducible jitter on purpose


def _check(c: object, attempts: object, first_failure: object, now: object) -> timedelta:
    """The time since the first failure, after checking the arguments (callers may be untyped)."""
    if not isinstance(c, Classification):
        msg = f"decide() takes a Classification, not {type(c).__name__}"
        raise TypeError(msg)
    if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
        msg = f"attempts must be an int of at least 1 (the failed attempts), not {attempts!r:.40}"
        raise SmtpCodesError(msg)
    first, current = _aware("first_failure", first_failure), _aware("now", now)
    if current < first:
        msg = f"now ({current.isoformat()}) is before first_failure ({first.isoformat()})"
        raise SmtpCodesError(msg)
    return current - first


def _aware(name: str, value: object) -> datetime:
    if not isinstance(value, datetime) or value.utcoffset() is None:
        msg = (f"{name} must be a time-zone aware datetime (e.g. datetime.now(UTC)), "
               f"not {value!r:.60}")
        raise SmtpCodesError(msg)
    return value


def _no_retry(c: Classification) -> RetryDecision:
    hold = f" ({_HOLD[c.scope]})" if c.scope not in {Scope.RECIPIENT, Scope.NONE} else ""
    return RetryDecision(
        retry=False, at=None, suppress=c.action is Action.SUPPRESS, scope=c.scope,
        action=c.action, reason=f"{c.category.value}: {_WHY[c.action]}{hold}")


def _span(wait: timedelta) -> str:
    """A duration as people write it: ``5 min``, ``3 d 2 h``, ``0 s``."""
    seconds = round(wait.total_seconds())
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60), ("s", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count} {unit}")
    return " ".join(parts) or "0 s"
