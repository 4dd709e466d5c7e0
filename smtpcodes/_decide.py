"""Evidence to verdict, by a documented precedence; every step a named rule.

All the evidence a reply holds is collected first: the knowledge entries its words match
(:mod:`smtpcodes._match`), its enhanced code, its basic code. Each piece gets a *level*; the
lowest level wins, and within a level the category that stands first in
:data:`smtpcodes._tables.CATEGORY_PRIORITY` (a sender's address before a mailbox, a blocklist
before reputation before spam):

====  ============================================================================
0     a provider's own token (``[TSS04]``, ``S3150``, ``?p=NoSuchUser``)
1     a decisive phrase ("mailbox full", "greylisted", "blocked using")
2     a specific enhanced code (X.1.1, X.2.2, X.7.26 …) or a provider's vendor code
3     a weak phrase ("quota", "blocked")
4     a generic enhanced code (X.0.0, X.7.1, X.5.0 …)
5     the basic code's default (503 bad sequence, 552 too large …)
====  ============================================================================

A success code (2xx) is ``delivered`` and a 3xx ``intermediate`` before any of this: what the
server did is what its code says. Then context rules may change the reading, each named:

- ``context.mail-from`` — an address category in reply to MAIL FROM is about the sender.
- ``context.greeting`` — at the greeting (``CONNECT``, or a ``<host> ESMTP …`` banner) there is no
  recipient yet: a refusal there is ``service_unavailable``, never a dead mailbox.
- ``refine.auth-temperror`` — a transient SPF/DKIM/DMARC DNS error clears on retry.
- ``refine.too-many-recipients`` — RFC 5321 §4.5.3.1.10: a transient "too many recipients" means
  send the rest in a new transaction now; a permanent one is the client's to fix (split them).

Severity follows the basic code, else the enhanced class, else the category's usual nature
(:data:`smtpcodes._tables.NATURE`).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Final, NamedTuple

from smtpcodes._match import Entry, Hit, Kind, compiled, find
from smtpcodes._parse import Enhanced, ParsedReply
from smtpcodes._tables import (
    ACTIONS,
    BASIC_CODE_CATEGORIES,
    CATEGORY_PRIORITY,
    ENHANCED_CATEGORIES,
    NATURE,
    SCOPES,
    TRANSIENT_ENHANCED_CATEGORIES,
    VENDOR_ENHANCED_RANGES,
)
from smtpcodes.enums import SEVERITY_BY_DIGIT, Action, Category, Scope, Severity

__all__ = ["Candidate", "Verdict", "decide"]

C = Category


class Candidate(NamedTuple):
    """One piece of evidence with its level (lower wins) and what it says."""

    level: int
    priority: int
    category: Category
    kind: Kind
    rule: str
    matched: str


class Verdict(NamedTuple):
    """What the rules decided, before it becomes a public ``Classification``."""

    category: Category
    severity: Severity
    action: Action
    scope: Scope
    winner: Candidate
    runner_up: Candidate | None
    retry_after: timedelta | None = None
    """A wait a refinement rule sets (0 for "send the rest now"); None leaves the schedule's."""


_RANK: Final = {category: rank for rank, category in enumerate(CATEGORY_PRIORITY)}

_RECIPIENT_SIDE: Final = frozenset({
    C.USER_UNKNOWN, C.HOST_UNKNOWN, C.MAILBOX_DISABLED, C.HAS_MOVED,
})
"""Address categories that, in reply to MAIL FROM, are about the sender's address."""

_NO_RECIPIENT_YET: Final = frozenset({
    C.USER_UNKNOWN, C.MAILBOX_DISABLED, C.MAILBOX_FULL, C.HAS_MOVED, C.UNKNOWN,
    C.POLICY_VIOLATION,
})
"""Categories that cannot be what a greeting refusal means (no recipient was named yet)."""

_GREETING_COMMANDS: Final = frozenset({"CONNECT"})
_AUTH_TEMPERROR: Final = ("temperror", "temporary error", "dns timeout", "temporary dns",
                          "dns lookup", "try again later", "temporarily")
_NONE: Final = Candidate(9, 0, C.UNKNOWN, Kind.NONE, "none", "")


def _candidate(level: int, entry: Entry, matched: str) -> Candidate:
    return Candidate(level, _RANK[entry.category], entry.category, entry.kind, entry.id, matched)


def _phrase_candidates(hits: list[Hit]) -> list[Candidate]:
    found = []
    for entry, matched in hits:
        level = 0 if entry.kind is Kind.PROVIDER else 1 if entry.decisive else 3
        found.append(_candidate(level, entry, matched))
    return found


def _enhanced_candidate(enhanced: Enhanced, *, from_hint: bool) -> Candidate | None:
    klass, subject, detail = enhanced
    written = f"{klass}.{subject}.{detail}"
    vendor = compiled().codes
    entry = vendor.get((klass, subject, detail)) or vendor.get((None, subject, detail))
    if entry is not None:
        return _candidate(2, entry, written)
    key = (subject, detail)
    rule = (TRANSIENT_ENHANCED_CATEGORIES.get(key) if klass == 4 else None) or (
        ENHANCED_CATEGORIES.get(key))
    if rule is None:
        for vendor_subject, details, vendor_rule in VENDOR_ENHANCED_RANGES:
            if subject == vendor_subject and detail in details:
                rule = vendor_rule
                break
    if rule is None:
        return None
    kind = Kind.HINT if from_hint else Kind.ENHANCED
    return Candidate(2 if rule.specific else 4, _RANK[rule.category], rule.category, kind,
                     f"rfc3463.x.{subject}.{detail}", written)


def _candidates(reply: ParsedReply, *, status_hint: bool) -> list[Candidate]:
    found = _phrase_candidates(find(reply.text))
    if not found and reply.wrapper:  # the reporting MTA's words only when the reply says nothing
        found = _phrase_candidates(find(reply.wrapper))
    if reply.enhanced is not None:
        by_code = _enhanced_candidate(reply.enhanced, from_hint=status_hint)
        if by_code is not None:
            found.append(by_code)
    if reply.code is not None:
        default = BASIC_CODE_CATEGORIES.get(reply.code)
        if default is not None:
            found.append(Candidate(5, _RANK[default], default, Kind.CODE,
                                   f"rfc5321.{reply.code}", str(reply.code)))
    return found


def _success(reply: ParsedReply) -> Candidate | None:
    code = reply.code
    if code is not None and code < 400:
        if code < 300:
            return Candidate(0, 0, C.DELIVERED, Kind.CODE, "rfc5321.2xx", str(code))
        return Candidate(0, 0, C.INTERMEDIATE, Kind.CODE, "rfc5321.3xx", str(code))
    if code is None and reply.enhanced is not None and reply.enhanced[0] == 2:
        return Candidate(0, 0, C.DELIVERED, Kind.ENHANCED, "rfc3463.2.x.x",
                         ".".join(map(str, reply.enhanced)))
    return None


def _severity(reply: ParsedReply, category: Category) -> Severity:
    if reply.code is not None:
        return SEVERITY_BY_DIGIT[reply.code // 100]
    if reply.enhanced is not None:
        return SEVERITY_BY_DIGIT[reply.enhanced[0]]
    return NATURE[category]


def _is_greeting(reply: ParsedReply) -> bool:
    if reply.command in _GREETING_COMMANDS:
        return True
    words = reply.text[:120].lower().split(None, 2)
    return len(words) >= 2 and "." in words[0] and words[1] in {"esmtp", "smtp"}


def decide(reply: ParsedReply, /, *, status_hint: bool = False) -> Verdict:
    """Category, severity, action and scope for a parsed reply, with the deciding evidence."""
    success = _success(reply)
    if success is not None:
        return _verdict(reply, success, None)
    found = _candidates(reply, status_hint=status_hint)
    if not found:
        winner, runner_up = _NONE, None
    else:
        found.sort()
        winner = found[0]
        runner_up = next((c for c in found if c.category is not winner.category), None)
    if reply.command == "MAIL" and winner.category in _RECIPIENT_SIDE:
        winner, runner_up = (
            winner._replace(category=C.SENDER_REJECTED, kind=Kind.CONTEXT,
                            rule=f"context.mail-from({winner.rule})"), winner)
    elif winner.category in _NO_RECIPIENT_YET and reply.code in {421, 554, 521} and (
            _is_greeting(reply)):
        winner, runner_up = (
            winner._replace(category=C.SERVICE_UNAVAILABLE, kind=Kind.CONTEXT,
                            rule=f"context.greeting({winner.rule})"), winner)
    return _verdict(reply, winner, runner_up)


def _verdict(reply: ParsedReply, winner: Candidate, runner_up: Candidate | None) -> Verdict:
    category = winner.category
    severity = _severity(reply, category)
    action = ACTIONS[severity, category]
    scope = SCOPES[severity, category]
    retry_after: timedelta | None = None
    if winner.kind is Kind.PROVIDER and winner.level == 0:
        entry = compiled().phrases.get(winner.matched)
        if entry is not None:
            action = entry.action or action
            scope = entry.scope or scope
    if category is C.SENDER_UNAUTHENTICATED and severity is Severity.TRANSIENT and (
            reply.enhanced == (4, 7, 24) or any(w in reply.text.lower() for w in _AUTH_TEMPERROR)):
        action, winner = Action.RETRY, winner._replace(rule=f"refine.auth-temperror({winner.rule})")
    elif category is C.RATE_LIMITED and (
            winner.rule == "generic.too-many-recipients"
            or (reply.enhanced is not None and reply.enhanced[1:] == (5, 3))):
        if severity is Severity.PERMANENT:
            action, scope = Action.FIX_CLIENT, Scope.SESSION
        else:
            retry_after = timedelta(0)
        winner = winner._replace(rule=f"refine.too-many-recipients({winner.rule})")
    return Verdict(category, severity, action, scope, winner, runner_up, retry_after)
