"""Evidence to verdict, by a documented precedence; every step a named rule.

All the evidence a reply holds is collected first: the knowledge entries its words match
(:mod:`smtpcodes._match`), its enhanced code, its basic code. Each piece gets a *level*; the
lowest level wins, and within a level the category that stands first in
:data:`smtpcodes._tables.CATEGORY_PRIORITY` (a sender's address before a mailbox, a blocklist
before reputation before spam):

====  ============================================================================
0     a provider's own token (``[TSS04]``, ``S3150``, ``?p=NoSuchUser``) or a single vendor
      code (Microsoft's 5.7.509): the provider documents what it means
1     a decisive phrase in any language ("mailbox full", "greylisted", "blocked using")
2     a specific enhanced code (X.1.1, X.2.2, X.7.26 …) or a documented block of vendor codes
      (Microsoft's 5.7.500–5.7.699 tenant and sender rules)
3     a weak phrase ("quota", "blocked"); where no phrase matched at all, the words of a
      ``Together`` entry side by side ("mailbox" … "capacity")
4     a generic enhanced code (X.0.0, X.7.1, X.5.0 …)
5     the basic code's default (503 bad sequence, 552 too large …); RFC 4954's AUTH codes
      (432, 534, 535, 538) stand at level 4, beside a generic enhanced code
6     where none of the above said anything: the word model learned from sourced replies
      and phrases (:mod:`smtpcodes._learned`), if its best category leads by its margin
====  ============================================================================

Within a level and category, a provider's or MTA's own wording is named before a language's,
and a language's before the generic wording (the evidence names the most specific module).

A success code (2xx) is ``delivered`` and a 3xx ``intermediate`` before any of this: what the
server did is what its code says. Then context rules may change the reading, each named:

- ``context.mail-from`` — a permanent refusal of MAIL FROM that names an address category, or
  no reason, or only a weak policy word ("Access denied"), is about the sender's address
  (RFC 5321 §3.3: MAIL FROM carries the sender; the recipients come later).
- ``context.sender-label`` — Postfix's "Sender address rejected:" names the restriction that
  refused the sender: an address category after it (the sender's mailbox or domain unknown), a
  weak policy word, or nothing more, is about the sender's address, as at MAIL FROM; a reason of
  its own after it ("Rate limit exceeded", "Greylisted") stands.
- ``context.sender-code`` — an address category with an enhanced code that names the sender's
  address (RFC 3463 X.1.7 "bad sender's mailbox address syntax", X.1.8 "bad sender's system
  address") is about the sender ("553 5.1.8 … Domain of sender address … does not exist").
- ``context.greeting`` — at the greeting (``CONNECT``, or a ``<host> ESMTP …`` banner) there is no
  recipient yet: a refusal there is ``service_unavailable``, never a dead mailbox.
- ``refine.auth-temperror`` — a transient SPF/DKIM/DMARC DNS error clears on retry.
- ``refine.too-many-recipients`` — RFC 5321 §4.5.3.1.10: a transient "too many recipients" means
  send the rest in a new transaction now; a permanent one is the client's to fix (split them).

Severity follows the basic code, else the enhanced class, else what the words say of it
("failed permanently", "delivery temporarily suspended": :data:`smtpcodes._tables.SEVERITY_WORDS`),
else the category's usual nature (:data:`smtpcodes._tables.NATURE`).
"""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache
from typing import Final, NamedTuple

from smtpcodes._match import PRIORITY, Candidate, Kind, compiled, find, find_together
from smtpcodes._parse import Enhanced, ParsedReply
from smtpcodes._tables import (
    ACTIONS,
    BASIC_CODE_CATEGORIES,
    ENHANCED_CATEGORIES,
    NATURE,
    SCOPES,
    SEVERITY_WORDS,
    TRANSIENT_ENHANCED_CATEGORIES,
)
from smtpcodes.enums import SEVERITY_BY_DIGIT, Action, Category, Scope, Severity

__all__ = ["Candidate", "Decision", "Verdict", "decide", "settle"]

C = Category


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


_RECIPIENT_SIDE: Final = frozenset({
    C.USER_UNKNOWN, C.HOST_UNKNOWN, C.MAILBOX_DISABLED, C.HAS_MOVED,
})
"""Address categories that, in reply to MAIL FROM, are about the sender's address."""

_NO_RECIPIENT_YET: Final = frozenset({
    C.USER_UNKNOWN, C.MAILBOX_DISABLED, C.MAILBOX_FULL, C.HAS_MOVED, C.UNKNOWN,
    C.POLICY_VIOLATION,
})
"""Categories that cannot be what a greeting refusal means (no recipient was named yet)."""

_SENDER_DETAILS: Final = frozenset({7, 8})
"""X.1.7 and X.1.8: the enhanced codes of the sender's address (RFC 3463 §3.2)."""
_SENDER_LABEL: Final = "generic.sender-rejected-label"
"""The knowledge entry of Postfix's "Sender address rejected" (see ``context.sender-label``)."""
_GREETING_COMMANDS: Final = frozenset({"CONNECT"})
_AUTH_TEMPERROR: Final = ("temperror", "temporary error", "dns timeout", "temporary dns",
                          "dns lookup", "try again later", "temporarily")
_NONE: Final = Candidate(9, 0, 2, C.UNKNOWN, Kind.NONE, "none", "")
_SPECIFIC_LEVEL: Final = 2
"""A specific enhanced code's level: ``Together`` entries (level 3) are not read beside one."""


_AUTH_CODES: Final = frozenset({432, 534, 535, 538})
"""Basic codes that RFC 4954 §4 and §6 define for the AUTH command alone (432 a password
transition is needed, 534 the mechanism is too weak, 535 the credentials are invalid, 538
encryption is required for the mechanism): they name their reason as a generic enhanced code
does not ("535-5.7.1 Please log in with your web browser" is a refused login, not a policy)."""

_CODE_CANDIDATES: Final = {
    code: Candidate(4 if code in _AUTH_CODES else 5, PRIORITY[category], 2, category, Kind.CODE,
                    f"rfc5321.{code}", str(code))
    for code, category in BASIC_CODE_CATEGORIES.items()
}
"""The basic code's default as evidence: level 5, the weakest; the AUTH codes at level 4, beside
a generic enhanced code (where ``CATEGORY_PRIORITY`` puts ``auth_failed`` first)."""


@lru_cache(maxsize=2048)
def _enhanced_candidate(enhanced: Enhanced, from_hint: bool) -> Candidate | None:  # noqa: FBT001
    klass, subject, detail = enhanced
    vendor = compiled().codes
    found = vendor.get((klass, subject, detail)) or vendor.get((None, subject, detail))
    if found is not None:
        return found
    key = (subject, detail)
    rule = (TRANSIENT_ENHANCED_CATEGORIES.get(key) if klass == 4 else None) or (
        ENHANCED_CATEGORIES.get(key))
    if rule is None:
        return None
    kind = Kind.HINT if from_hint else Kind.ENHANCED
    return Candidate(2 if rule.specific else 4, PRIORITY[rule.category], 2, rule.category, kind,
                     f"rfc3463.x.{subject}.{detail}", f"{klass}.{subject}.{detail}")


def _says_no_cause(found: list[Candidate]) -> bool:
    """No evidence, or only a consequence: that delivery time ran out (``CATEGORY_PRIORITY``
    ranks ``expired`` after every reason), or that a local delivery program failed with a bare
    sysexits(3) text (Sendmail's "Can't create output", Postfix's "can't create user output
    file"). The reporting MTA's own words, or its session transcript, may name the cause where
    the quoted reply does not (procmail's "Quota exceeded while writing …")."""
    return all(candidate.category is C.EXPIRED or candidate.rule in _CONSEQUENCES
               for candidate in found)


_CONSEQUENCES: Final = frozenset({"sendmail.local-errors", "postfix.sysexits"})
"""The knowledge entries of sysexits(3) texts (hrs-allbsd/sendmail:sendmail/deliver.c,
vdukhovni/postfix:postfix/src/global/sys_exits.c): a local program failed, for a reason they
do not name."""


def _success(reply: ParsedReply) -> Candidate:
    """A 2xx is delivered and a 3xx intermediate, whatever the text says."""
    code = reply.code
    if code is not None:
        if code < 300:
            return Candidate(0, 0, 2, C.DELIVERED, Kind.CODE, "rfc5321.2xx", str(code))
        return Candidate(0, 0, 2, C.INTERMEDIATE, Kind.CODE, "rfc5321.3xx", str(code))
    return Candidate(0, 0, 2, C.DELIVERED, Kind.ENHANCED, "rfc3463.2.x.x",
                     ".".join(map(str, reply.enhanced or ())))


def _severity(reply: ParsedReply, category: Category) -> Severity:
    if reply.code is not None:
        return SEVERITY_BY_DIGIT[reply.code // 100]
    if reply.enhanced is not None:
        return SEVERITY_BY_DIGIT[reply.enhanced[0]]
    if category is not C.UNKNOWN:
        stated = _stated_severity(reply.wrapper, reply.text)
        if stated is not None:
            return stated
    return NATURE[category]


def _stated_severity(wrapper: str, text: str) -> Severity | None:
    """The severity the first of ``SEVERITY_WORDS`` in the wrapper's and the reply's words states,
    if any. Every one of them holds one of six stems in its usual cases; a text without any (most
    texts without a code) is not lower-cased and searched word by word (a chain of ``in`` tests
    runs at C speed, unlike a generator over the stems)."""
    joined = f"{wrapper} {text}" if wrapper else text
    if not ("ermanent" in joined or "emporar" in joined or "elayed" in joined
            or "ERMANENT" in joined or "EMPORAR" in joined or "ELAYED" in joined):
        return None
    lowered = joined.lower()
    first: tuple[int, Severity] | None = None
    for words, severity in SEVERITY_WORDS:
        at = lowered.find(words)
        if at >= 0 and (first is None or at < first[0]):
            first = (at, severity)
    return first[1] if first is not None else None


def _permanent(reply: ParsedReply) -> bool:
    if reply.code is not None:
        return reply.code >= 500
    return reply.enhanced is not None and reply.enhanced[0] == 5


def _is_greeting(reply: ParsedReply) -> bool:
    if reply.command in _GREETING_COMMANDS:
        return True
    words = reply.text[:120].lower().split(None, 2)
    return len(words) >= 2 and "." in words[0] and words[1] in {"esmtp", "smtp"}


def _sender_context(reply: ParsedReply, category: Category, found: list[Candidate]) -> str:
    """The context rule that makes an address category (or no reason, or a weak policy word)
    the sender's, if one applies: ``context.mail-from``, ``context.sender-code``,
    ``context.sender-label``; else ``""``."""
    if reply.command == "MAIL" and _permanent(reply):
        return "context.mail-from"
    if category is C.UNKNOWN:
        return ""
    enhanced = reply.enhanced
    if (category in _RECIPIENT_SIDE and enhanced is not None and enhanced[1] == 1
            and enhanced[2] in _SENDER_DETAILS):
        return "context.sender-code"
    if any(c.rule == _SENDER_LABEL for c in found):
        return "context.sender-label"
    return ""


def _words(reply: ParsedReply, together: bool) -> list[Candidate]:  # noqa: FBT001
    """The evidence of the reply's words (``together``: read ``Together`` entries where no
    phrase matched; not where a specific enhanced code, which outranks them, is read)."""
    found = find(reply.text, reply.lowered)
    if reply.wrapper and _says_no_cause(found):
        # The reporting MTA's words only when the reply names no cause: it says nothing, or
        # only that retries ran out (qmail-send's "in the queue too long" after qmail-remote's
        # "Connected to ... but my name was rejected. Remote host said: ..."), or only a bare
        # sysexits text (Sendmail's "Can't create output" below a transcript that says why).
        found += find(reply.wrapper)
    if not found and together:
        # No phrase: words that name a reason side by side (``Together``), the reply's own first.
        found = find_together(reply.text) or (
            find_together(reply.wrapper) if reply.wrapper else [])
    return found


def decide(reply: ParsedReply, /, *, status_hint: bool = False) -> Decision:
    """The deciding evidence and severity of a parsed reply (``settle`` makes it a verdict).

    The hot path: written out in one function, as each call saved is a real share of the time.
    """
    code, enhanced = reply.code, reply.enhanced
    if (code is not None and code < 400) or (code is None and enhanced is not None
                                             and enhanced[0] == 2):
        return _verdict(reply, _success(reply), None)
    by_code = (None if enhanced is None
               else _enhanced_candidate(enhanced, status_hint))  # positional: a cheaper key
    found = _words(reply, by_code is None or by_code.level > _SPECIFIC_LEVEL)
    if by_code is not None:
        found.append(by_code)
    if code is not None:
        by_basic = _CODE_CANDIDATES.get(code)
        if by_basic is not None:
            found.append(by_basic)
    if not found:
        learned = _learned(reply)
        winner, runner_up = (_NONE if learned is None else learned), None
    elif len(found) == 1:
        winner, runner_up = found[0], None
    else:
        winner = min(found)
        category = winner.category
        others = [c for c in found if c.category is not category]
        runner_up = min(others) if others else None
    category = winner.category
    weak_policy = category is C.POLICY_VIOLATION and winner.level >= 3
    if category in _RECIPIENT_SIDE or category is C.UNKNOWN or weak_policy:
        context = _sender_context(reply, category, found)
        if context:
            winner, runner_up = (
                winner._replace(category=C.SENDER_REJECTED, kind=Kind.CONTEXT,
                                rule=f"{context}({winner.rule})"), winner)
            return _verdict(reply, winner, runner_up)
    if category in _NO_RECIPIENT_YET and code in {421, 554, 521} and _is_greeting(reply):
        winner, runner_up = (
            winner._replace(category=C.SERVICE_UNAVAILABLE, kind=Kind.CONTEXT,
                            rule=f"context.greeting({winner.rule})"), winner)
    return _verdict(reply, winner, runner_up)


def _learned(reply: ParsedReply) -> Candidate | None:
    """Where nothing else was read: the word model's reading of the reply's own words
    (``learned.*``, level 6), if it is sure enough. Not the reporting MTA's wrapper: "SMTP error
    from remote mail server after MAIL FROM" says where the reply came, not why. The model is
    imported here, on first use: ``from smtpcodes import classify`` need not load it."""
    if not reply.text:
        return None
    from smtpcodes._learned import guess  # loaded on first use, see above

    return guess(reply.text)


class Decision(NamedTuple):
    """What the evidence decided: everything a verdict depends on, hashable (results are
    built once per distinct decision, see ``_classify``)."""

    winner: Candidate
    runner_up: Candidate | None
    severity: Severity
    refinement: str = ""
    """The refinement rule that applies, if any (``auth-temperror``, ``too-many-recipients``)."""


def _verdict(reply: ParsedReply, winner: Candidate, runner_up: Candidate | None) -> Decision:
    category = winner.category
    severity = _severity(reply, category)
    if category is C.SENDER_UNAUTHENTICATED and severity is Severity.TRANSIENT and (
            reply.enhanced == (4, 7, 24) or any(w in reply.text.lower() for w in _AUTH_TEMPERROR)):
        return Decision(winner, runner_up, severity, "auth-temperror")
    if category is C.RATE_LIMITED and (
            winner.rule == "generic.too-many-recipients"
            or (reply.enhanced is not None and reply.enhanced[1:] == (5, 3))):
        return Decision(winner, runner_up, severity, "too-many-recipients")
    return _new_decision(Decision, (winner, runner_up, severity, ""))  # the hot path: C-level


_new_decision = tuple.__new__


def settle(decision: Decision, /) -> Verdict:
    """The verdict of a decision: action and scope from the tables, then the named
    refinements and a provider's documented overrides."""
    winner, runner_up, severity, refinement = decision
    category = winner.category
    action = ACTIONS[severity, category]
    scope = SCOPES[severity, category]
    retry_after: timedelta | None = None
    if winner.kind is Kind.PROVIDER:
        override = compiled().overrides.get(winner.rule)
        if override is not None:
            action = override.action or action
            scope = override.scope or scope
    if refinement == "auth-temperror":
        action = Action.RETRY
    elif refinement == "too-many-recipients":
        if severity is Severity.PERMANENT:
            action, scope = Action.FIX_CLIENT, Scope.SESSION
        else:
            retry_after = timedelta(0)
    if refinement:
        winner = winner._replace(rule=f"refine.{refinement}({winner.rule})")
    return Verdict(category, severity, action, scope, winner, runner_up, retry_after)
