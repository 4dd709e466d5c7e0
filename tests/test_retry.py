"""RetryPolicy.decide(): a table of (reply, attempts, elapsed) → decision, argument checks, laws."""

from __future__ import annotations

import smtplib
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from smtpcodes import (
    Action,
    Category,
    Classification,
    RetryDecision,
    RetryPolicy,
    Scope,
    SmtpCodesError,
    classify,
)

NOW = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
M, H, D = timedelta(minutes=1), timedelta(hours=1), timedelta(days=1)
POLICY = RetryPolicy(jitter=0)
"""The default policy without jitter, so that every wait in the table is exact."""

GMAIL_NOSUCHUSER = (
    "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
    "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
    "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser"
)
YAHOO_TSS04 = (
    "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or "
    "user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"
)
GMAIL_RATE = (
    "450-4.2.1 The user you are trying to contact is receiving mail at a rate that\r\n"
    "450 4.2.1 prevents additional messages from being delivered."
)
GMAIL_UNSOLICITED = (
    "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your\r\n"
    "421 4.7.28 IP address. To protect our users from spam, mail has been temporarily rate limited."
)
POSTGREY = ("450 4.2.0 <bob@example.com>: Recipient address rejected: Greylisted, see "
            "http://postgrey.schweikert.ch/help/example.com.html")
MILTER_GREYLIST = "451 4.7.1 Greylisting in action, please come back in 00:25:00"
SPAMHAUS = ("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using "
            "zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1")
DMARC = ("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\r\n"
         "550 5.7.26 DMARC policy.")

R, S, DOM, SND, MSG, SES, NONE = (Scope.RECIPIENT, Scope.SENDER, Scope.DOMAIN, Scope.SENDER,
                                  Scope.MESSAGE, Scope.SESSION, Scope.NONE)

# (reply, attempts, elapsed, retry, wait, suppress, scope, action, expired, in the reason)
# wait is at - now when retrying, else None.
TABLE: list[tuple[object, int, timedelta, bool, timedelta | None, bool, Scope, Action, bool,
                  str]] = [
    # Greylisting: the stated delay (or postgrey's 5 min), then RFC 5321's 30-minute interval.
    (POSTGREY, 1, 0 * M, True, 5 * M, False, R, Action.RETRY, False, "greylisted"),
    (MILTER_GREYLIST, 1, 0 * M, True, 25 * M, False, R, Action.RETRY, False, "the reply's wait"),
    (MILTER_GREYLIST, 2, 25 * M, True, 30 * M, False, R, Action.RETRY, False, "retry interval"),
    (MILTER_GREYLIST, 3, 2 * H, True, 30 * M, False, R, Action.RETRY, False, "retry interval"),
    # a wait below the floor is raised to it
    ("451 4.7.1 Greylisted, please retry in 3 seconds", 1, 0 * M, True, 5 * M, False, R,
     Action.RETRY, False, "retry in 5 min"),
    # Rate limits and connection limits: exponential backoff 5, 10, 20 … min, at most 3 h,
    # never sooner than the reply's wait; the whole destination pauses.
    ("421 4.7.0 Too many messages, retry after 300 seconds", 1, 0 * M, True, 5 * M, False, DOM,
     Action.RETRY, False, "pause the whole destination"),
    (GMAIL_RATE, 1, 0 * M, True, 1 * H, False, DOM, Action.RETRY, False, "rate_limited"),
    (GMAIL_RATE, 6, 6 * H, True, 160 * M, False, DOM, Action.RETRY, False, "backoff, attempt 6"),
    (GMAIL_RATE, 12, 1 * D, True, 3 * H, False, DOM, Action.RETRY, False, "backoff"),
    ("421 4.7.0 Too many concurrent connections from this IP", 1, 0 * M, True, 5 * M, False,
     DOM, Action.RETRY, False, "too_many_connections"),
    ("421 4.7.0 Too many concurrent connections from this IP", 3, 20 * M, True, 20 * M, False,
     DOM, Action.RETRY, False, "backoff, attempt 3"),
    ("421 4.7.0 Too many concurrent connections from this IP", 500, 4 * D, True, 3 * H, False,
     DOM, Action.RETRY, False, "backoff"),
    # Transient reputation deferrals are throttles too (Yahoo TSS04, Gmail 4.7.28).
    (YAHOO_TSS04, 1, 0 * M, True, 1 * H, False, DOM, Action.RETRY, False, "reputation"),
    (YAHOO_TSS04, 7, 8 * H, True, 3 * H, False, DOM, Action.RETRY, False, "backoff, attempt 7"),
    (GMAIL_UNSOLICITED, 1, 0 * M, True, 1 * H, False, DOM, Action.RETRY, False, "destination"),
    # Other destination pauses: the reply's wait first, then the 30-minute interval.
    ("421 4.3.2 Service not available, closing transmission channel", 1, 0 * M, True, 5 * M,
     False, DOM, Action.RETRY, False, "service_unavailable"),
    ("421 4.3.2 Service not available, closing transmission channel", 2, 5 * M, True, 30 * M,
     False, DOM, Action.RETRY, False, "retry interval"),
    ("451 4.3.0 Temporary local problem - please try later", 1, 0 * M, True, 15 * M, False, DOM,
     Action.RETRY, False, "server_error"),
    (ConnectionRefusedError(111, "Connection refused"), 1, 0 * M, True, 5 * M, False, DOM,
     Action.RETRY, False, "network_error"),
    (smtplib.SMTPServerDisconnected("Connection unexpectedly closed"), 4, 1 * H, True, 30 * M,
     False, DOM, Action.RETRY, False, "network_error"),
    # Too many recipients (RFC 5321 §4.5.3.1.10): send the rest now; refused again: back off.
    ("452 4.5.3 Too many recipients", 1, 0 * M, True, 0 * M, False, R, Action.RETRY, False,
     "send the rest"),
    ("452 4.5.3 Too many recipients", 2, 1 * M, True, 10 * M, False, DOM, Action.RETRY, False,
     "backoff, attempt 2"),
    # Mailbox full: retried for 72 h; escalated after 5 attempts and 3 days.
    ("452 4.2.2 Mailbox full", 1, 0 * M, True, 1 * H, False, R, Action.RETRY, False,
     "mailbox_full"),
    ("552 5.2.2 Mailbox full", 2, 1 * H, True, 1 * H, False, R, Action.RETRY, False,
     "mailbox_full"),
    ("452 4.2.2 Mailbox full", 40, 2 * D, True, 1 * H, False, R, Action.RETRY, False,
     "mailbox_full"),  # many attempts, but not yet 3 days
    ("452 4.2.2 Mailbox full", 4, 3 * D - 30 * M, True, 30 * M, False, R, Action.RETRY, False,
     "cut to the horizon"),  # the last attempt comes at 72 h
    ("452 4.2.2 Mailbox full", 4, 3 * D, False, None, False, R, Action.INVESTIGATE, True,
     "expired"),  # 72 h, but only 4 attempts: returned, not suppressed
    ("452 4.2.2 Mailbox full", 5, 3 * D, False, None, True, R, Action.SUPPRESS, False,
     "escalated"),
    ("552 5.2.2 Mailbox full", 70, 3 * D + 1 * H, False, None, True, R, Action.SUPPRESS, False,
     "across 70 attempts"),
    ("452 4.2.2 Mailbox full", 3, 3 * D + 1 * M, False, None, False, R, Action.INVESTIGATE,
     True, "expired"),
    ("450 4.2.1 Account disabled", 1, 0 * M, True, 30 * M, False, R, Action.RETRY, False,
     "mailbox_disabled"),
    ("450 4.2.1 Account disabled", 6, 3 * D, False, None, True, R, Action.SUPPRESS, False,
     "mailbox_disabled across 6 attempts"),
    # Hard bounces: never retried, whatever the count or age; suppressed.
    (GMAIL_NOSUCHUSER, 1, 0 * M, False, None, True, R, Action.SUPPRESS, False, "hard bounce"),
    (GMAIL_NOSUCHUSER, 9, 10 * D, False, None, True, R, Action.SUPPRESS, False, "user_unknown"),
    ("550 5.2.1 The email account that you tried to reach is disabled.", 1, 0 * M, False, None,
     True, R, Action.SUPPRESS, False, "mailbox_disabled"),
    ("551 5.1.6 User has moved", 1, 0 * M, False, None, True, R, Action.SUPPRESS, False,
     "has_moved"),
    ("550 5.1.2 Host unknown (Name server: example.invalid: host not found)", 1, 0 * M, False,
     None, True, DOM, Action.SUPPRESS, False, "host_unknown"),
    # Fix first, never retried: the scope says what to pause.
    (DMARC, 1, 0 * M, False, None, False, SND, Action.FIX_SENDER, False,
     "pause the sending setup"),
    (SPAMHAUS, 1, 0 * M, False, None, False, SND, Action.FIX_SENDER, False, "blocklisted"),
    ("553 5.1.8 <s@nonexistent.example>: Sender address rejected: Domain not found", 1, 0 * M,
     False, None, False, SND, Action.FIX_SENDER, False, "sender_rejected"),
    ("552 5.3.4 Message size exceeds fixed maximum message size", 1, 0 * M, False, None, False,
     MSG, Action.FIX_MESSAGE, False, "hold this message"),
    ("500 5.5.2 Syntax error, command unrecognized", 1, 0 * M, False, None, False, SES,
     Action.FIX_CLIENT, False, "protocol wrongly"),
    ("550 5.0.0 Rejected", 1, 0 * M, False, None, False, NONE, Action.INVESTIGATE, False,
     "a person should look"),
    ("250 2.0.0 Ok: queued as 4BQ2Zt1y", 1, 0 * M, False, None, False, NONE, Action.NONE, False,
     "nothing to do"),
    # Server-stated waits in English, German and French flow through to `at`.
    ("451 4.7.1 Please try again in 5 minutes", 1, 0 * M, True, 5 * M, False, R, Action.RETRY,
     False, "the reply's wait"),
    ("451 4.7.1 Greylisting in action, please come back in 00:05:00", 1, 0 * M, True, 5 * M,
     False, R, Action.RETRY, False, "greylisted"),
    ("450 4.7.1 Bitte versuchen Sie es in 20 Minuten erneut", 1, 0 * M, True, 20 * M, False, R,
     Action.RETRY, False, "retry in 20 min"),
    ("450 4.7.1 Veuillez réessayer dans 15 minutes", 1, 0 * M, True, 15 * M, False, R,
     Action.RETRY, False, "retry in 15 min"),
    ("451 4.3.0 Temporary failure, try again in 2 hours", 1, 0 * M, True, 2 * H, False, DOM,
     Action.RETRY, False, "retry in 2 h"),
    # a stated wait is a lower bound on later attempts too
    ("451 4.3.0 Temporary failure, try again in 2 hours", 3, 4 * H, True, 2 * H, False, DOM,
     Action.RETRY, False, "the reply's wait"),
    # Expiry: 5 days after the first failure; the last attempt comes at the horizon.
    ("421 4.3.2 Service not available", 30, 5 * D - 10 * M, True, 10 * M, False, DOM,
     Action.RETRY, False, "retry interval, cut to the horizon"),
    ("421 4.3.2 Service not available", 30, 5 * D - 2 * M, True, 5 * M, False, DOM,
     Action.RETRY, False, "cut to the horizon"),  # but not below the floor
    ("421 4.3.2 Service not available", 31, 5 * D, False, None, False, R,
     Action.INVESTIGATE, True, "the 5 d horizon reached"),
    ("421 4.3.2 Service not available", 31, 5 * D + 1 * M, False, None, False, R,
     Action.INVESTIGATE, True, "expired: service_unavailable for 5 d 1 min"),
    (POSTGREY, 50, 6 * D, False, None, False, R, Action.INVESTIGATE, True, "expired"),
    (YAHOO_TSS04, 40, 5 * D + 1 * H, False, None, False, R, Action.INVESTIGATE, True,
     "expired: reputation"),
]


@pytest.mark.parametrize(
    ("reply", "attempts", "elapsed", "retry", "wait", "suppress", "scope", "action", "expired",
     "reason"),
    TABLE,
    ids=[f"{i}-{str(row[0])[:28]}-{row[1]}" for i, row in enumerate(TABLE)],
)
def test_decision_table(reply: object, attempts: int, elapsed: timedelta, retry: bool,
                        wait: timedelta | None, suppress: bool, scope: Scope, action: Action,
                        expired: bool, reason: str) -> None:
    """Each (reply, attempts, elapsed) gets the documented decision."""
    decision = POLICY.decide(classify(reply), attempts=attempts,  # type: ignore[arg-type]
                             first_failure=NOW - elapsed, now=NOW)
    assert (retry, suppress, scope, action, expired) == (
        decision.retry, decision.suppress, decision.scope, decision.action, decision.expired)
    assert wait == (None if decision.at is None else decision.at - NOW)
    assert reason in decision.reason
    assert "\n" not in decision.reason


class TestPolicy:
    """The policy's own fields and its checks of the arguments."""

    def test_defaults_follow_the_sources(self) -> None:
        """The defaults are RFC 5321's, Postfix's, postgrey's and the ESPs'."""
        policy = RetryPolicy()
        assert (policy.interval, policy.floor, policy.greylist_delay) == (30 * M, 5 * M, 5 * M)
        assert (policy.give_up_after, policy.mailbox_give_up_after) == (5 * D, 3 * D)
        assert (policy.escalate_after_attempts, policy.escalate_after) == (5, 3 * D)
        assert (policy.backoff_base, policy.backoff_factor, policy.backoff_cap) == (
            5 * M, 2.0, 3 * H)

    def test_frozen_and_hashable(self) -> None:
        """A policy cannot be changed after it is made, and can be a dict key."""
        policy = RetryPolicy(seed=1)
        with pytest.raises(ValidationError):
            policy.seed = 2  # type: ignore[misc]
        assert {policy: 1}[RetryPolicy(seed=1)] == 1

    @pytest.mark.parametrize("field", ["floor", "interval", "give_up_after", "backoff_cap"])
    def test_negative_durations_are_refused(self, field: str) -> None:
        """A negative duration is a validation error."""
        with pytest.raises(ValidationError, match=field):
            RetryPolicy.model_validate({field: timedelta(seconds=-1)})

    def test_unknown_fields_are_refused(self) -> None:
        """A misspelt option is not silently ignored."""
        with pytest.raises(ValidationError):
            RetryPolicy.model_validate({"intervall": 60})
        with pytest.raises(ValidationError):
            RetryPolicy(jitter=2)

    def test_configured_horizon(self) -> None:
        """A shorter give-up horizon ends retries sooner (the parameters are configurable)."""
        policy = RetryPolicy(give_up_after=1 * D, interval=2 * H, jitter=0)
        c = classify("421 4.3.2 Service not available")
        assert policy.decide(c, attempts=3, first_failure=NOW - 20 * H, now=NOW).at == NOW + 2 * H
        assert policy.decide(c, attempts=3, first_failure=NOW - 23 * H, now=NOW).at == NOW + 1 * H
        assert policy.decide(c, attempts=3, first_failure=NOW - 24 * H, now=NOW).expired

    def test_escalation_can_be_turned_off(self) -> None:
        """With a very high attempt count, soft bounces only ever expire (Postmark, Mandrill)."""
        policy = RetryPolicy(escalate_after_attempts=10**9)
        c = classify("452 4.2.2 Mailbox full")
        decision = policy.decide(c, attempts=1000, first_failure=NOW - 4 * D, now=NOW)
        assert (decision.suppress, decision.expired) == (False, True)

    def test_at_is_in_nows_time_zone(self) -> None:
        """Aware times in different zones compare as instants; ``at`` keeps ``now``'s zone."""
        paris = timezone(timedelta(hours=1))
        now = NOW.astimezone(paris)
        decision = POLICY.decide(classify(POSTGREY), attempts=1, first_failure=NOW, now=now)
        assert decision.at is not None
        assert (decision.at, decision.at.utcoffset()) == (NOW + 5 * M, 1 * H)

    def test_naive_datetimes_are_refused(self) -> None:
        """A naive ``now`` or ``first_failure`` is an error that says what to pass."""
        c = classify(POSTGREY)
        naive = datetime(2026, 1, 5, 12, 0)  # noqa: DTZ001  # the point of the test
        with pytest.raises(SmtpCodesError, match="now must be a time-zone aware datetime"):
            POLICY.decide(c, attempts=1, first_failure=NOW, now=naive)
        with pytest.raises(SmtpCodesError, match="first_failure must be a time-zone aware"):
            POLICY.decide(c, attempts=1, first_failure=naive, now=NOW)

    @pytest.mark.parametrize("attempts", [0, -1, True])
    def test_attempts_must_be_positive(self, attempts: int) -> None:
        """``attempts`` counts failed attempts, this one included: at least 1."""
        with pytest.raises(SmtpCodesError, match="attempts must be an int of at least 1"):
            POLICY.decide(classify(POSTGREY), attempts=attempts, first_failure=NOW, now=NOW)

    def test_now_before_first_failure(self) -> None:
        """A clock that went backwards is reported, not turned into a negative age."""
        with pytest.raises(SmtpCodesError, match="is before first_failure"):
            POLICY.decide(classify(POSTGREY), attempts=1, first_failure=NOW + M, now=NOW)

    def test_not_a_classification(self) -> None:
        """Passing the raw reply is a TypeError naming the expected type."""
        with pytest.raises(TypeError, match="takes a Classification, not str"):
            POLICY.decide("450 greylisted", attempts=1,  # type: ignore[arg-type]
                          first_failure=NOW, now=NOW)

    def test_decision_is_a_frozen_model(self) -> None:
        """Decisions serialise and cannot be changed."""
        decision = POLICY.decide(classify(POSTGREY), attempts=1, first_failure=NOW, now=NOW)
        assert RetryDecision.model_validate_json(decision.model_dump_json()) == decision
        with pytest.raises(ValidationError):
            decision.retry = False  # type: ignore[misc]


class TestJitter:
    """The backoff's jitter: bounded, upward only, reproducible with a seed."""

    def test_bounded_and_upward(self) -> None:
        """A jittered wait lies in ``[backoff, backoff × (1 + jitter))``."""
        c = classify("421 4.7.0 Too many concurrent connections from this IP")
        for seed in range(50):
            policy = RetryPolicy(seed=seed, jitter=0.5)
            at = policy.decide(c, attempts=3, first_failure=NOW, now=NOW).at
            assert at is not None and 20 * M <= at - NOW < 30 * M

    def test_seeds_spread_the_waits(self) -> None:
        """Different seeds give different waits: paused queues do not return together."""
        c = classify("421 4.7.0 Too many concurrent connections from this IP")
        waits = {RetryPolicy(seed=s).decide(c, attempts=2, first_failure=NOW, now=NOW).at
                 for s in range(20)}
        assert len(waits) > 10

    def test_unseeded_jitter_stays_in_bounds(self) -> None:
        """Without a seed the jitter is fresh randomness, still within its bounds."""
        c = classify(GMAIL_RATE)
        at = RetryPolicy().decide(c, attempts=8, first_failure=NOW - H, now=NOW).at
        assert at is not None and 3 * H <= at - NOW < 3.75 * H


# Hypothesis laws ---------------------------------------------------------------------------

REPLIES = [row[0] for row in TABLE]
HARD_BOUNCES = [
    GMAIL_NOSUCHUSER,
    "550 5.1.1 <u@example.com>: Recipient address rejected: User unknown in local recipient "
    "table",
    "550 5.2.1 The email account that you tried to reach is disabled.",
    "551 5.1.6 User has moved; please try <new@example.org>",
    "550 5.1.2 Host unknown (Name server: example.invalid: host not found)",
    "556 5.1.10 Recipient address has null MX",
    "550 No such user here",
]

policies = st.builds(
    RetryPolicy,
    floor=st.timedeltas(min_value=timedelta(0), max_value=2 * H),
    interval=st.timedeltas(min_value=timedelta(0), max_value=6 * H),
    greylist_delay=st.timedeltas(min_value=timedelta(0), max_value=2 * H),
    backoff_base=st.timedeltas(min_value=timedelta(0), max_value=2 * H),
    backoff_factor=st.floats(min_value=1.0, max_value=10.0),
    backoff_cap=st.timedeltas(min_value=timedelta(0), max_value=2 * D),
    jitter=st.floats(min_value=0.0, max_value=1.0),
    seed=st.one_of(st.none(), st.integers()),
    give_up_after=st.timedeltas(min_value=timedelta(0), max_value=10 * D),
    mailbox_give_up_after=st.timedeltas(min_value=timedelta(0), max_value=10 * D),
    escalate_after_attempts=st.integers(min_value=1, max_value=100),
    escalate_after=st.timedeltas(min_value=timedelta(0), max_value=10 * D),
)
attempts_ = st.integers(min_value=1, max_value=10_000)
elapsed_ = st.timedeltas(min_value=timedelta(0), max_value=30 * D)
zones = st.sampled_from([UTC, timezone(timedelta(hours=-7)),
                         timezone(timedelta(hours=5, minutes=30))])


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(HARD_BOUNCES), policies, attempts_, elapsed_)
def test_a_hard_bounce_is_never_retried(reply: str, policy: RetryPolicy, attempts: int,
                                        elapsed: timedelta) -> None:
    """Whatever the policy, count or age: a hard bounce suppresses and is not retried."""
    decision = policy.decide(classify(reply), attempts=attempts, first_failure=NOW - elapsed,
                             now=NOW)
    assert (decision.retry, decision.at, decision.suppress) == (False, None, True)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.sampled_from(REPLIES), st.text(max_size=80)), policies, attempts_,
       elapsed_, zones)
def test_at_is_never_before_now(reply: object, policy: RetryPolicy, attempts: int,
                                elapsed: timedelta, zone: timezone) -> None:
    """A retry is at ``now`` or later; never sooner than the floor, nor than the reply's wait
    unless that would pass the horizon."""
    c = classify(reply)  # type: ignore[arg-type]
    now = NOW.astimezone(zone)
    decision = policy.decide(c, attempts=attempts, first_failure=NOW - elapsed, now=now)
    assert decision.retry == (decision.at is not None)
    if decision.at is not None:
        assert decision.at >= now
        wait = decision.at - now
        if wait:
            assert wait >= policy.floor
            soft = c.category in {Category.MAILBOX_FULL, Category.MAILBOX_DISABLED}
            horizon = policy.mailbox_give_up_after if soft else policy.give_up_after
            assert c.retry.after is None or wait >= min(c.retry.after,
                                                        max(horizon - elapsed, policy.floor))
    if decision.suppress:
        assert not decision.retry


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(REPLIES), st.integers(), st.lists(attempts_, min_size=1, max_size=8),
       elapsed_)
def test_same_seed_same_schedule(reply: object, seed: int, attempts: list[int],
                                 elapsed: timedelta) -> None:
    """Two policies with the same seed give the same decisions, attempt by attempt."""
    c = classify(reply)  # type: ignore[arg-type]
    first = NOW - elapsed

    def schedule(policy: RetryPolicy) -> list[RetryDecision]:
        return [policy.decide(c, attempts=n, first_failure=first, now=NOW) for n in attempts]

    assert schedule(RetryPolicy(seed=seed)) == schedule(RetryPolicy(seed=seed))


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(REPLIES), policies, attempts_, elapsed_)
def test_decision_follows_the_action(reply: object, policy: RetryPolicy, attempts: int,
                                     elapsed: timedelta) -> None:
    """Only ``retry`` verdicts are retried; fix_* and investigate keep their scope."""
    c: Classification = classify(reply)  # type: ignore[arg-type]
    decision = policy.decide(c, attempts=attempts, first_failure=NOW - elapsed, now=NOW)
    if c.action is not Action.RETRY:
        assert not decision.retry
        assert (decision.action, decision.scope) == (c.action, c.scope)
    if decision.retry:
        assert decision.action is Action.RETRY
