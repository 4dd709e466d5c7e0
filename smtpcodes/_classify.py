"""Evidence to verdict: category, severity, action and retry advice for a parsed reply.

Decision order (taxonomy.md): a decisive phrase or a specific enhanced code beats a generic
enhanced code, which beats the basic code's default; a phrase beats a specific enhanced code
only when its rule is marked decisive. Severity follows the basic code, else the enhanced class,
else the category's usual nature. Every step is a table lookup; the rule that decided is
recorded as ``Evidence``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Final, NamedTuple

from smtpcodes._parse import ParsedReply
from smtpcodes._rules import find_phrase
from smtpcodes._tables import (
    ACTIONS,
    BASIC_CODE_CATEGORIES,
    DEFAULT_RETRY,
    ENHANCED_CATEGORIES,
    RETRY_SCHEDULE,
    TRANSIENT_ENHANCED_CATEGORIES,
    VENDOR_ENHANCED_RANGES,
    EnhancedRule,
)
from smtpcodes.enums import SEVERITY_BY_DIGIT, Action, Category, Severity

__all__ = ["Verdict", "decide", "retry_advice"]


class Verdict(NamedTuple):
    """What the rules decided, before it becomes a public ``Classification``."""

    category: Category
    severity: Severity
    action: Action
    rule: str
    matched: str


_USUALLY_TRANSIENT: Final = frozenset({
    Category.GREYLISTED, Category.RATE_LIMITED, Category.TOO_MANY_CONNECTIONS,
    Category.SYSTEM_FULL, Category.NETWORK_ERROR, Category.SERVICE_UNAVAILABLE,
})
"""Categories whose nature is transient when no code states the severity."""

_USUALLY_PERMANENT: Final = frozenset({
    Category.USER_UNKNOWN, Category.HOST_UNKNOWN, Category.MAILBOX_DISABLED,
    Category.HAS_MOVED, Category.EXPIRED, Category.RELAY_DENIED, Category.SENDER_REJECTED,
    Category.SENDER_UNAUTHENTICATED, Category.REVERSE_DNS, Category.BLOCKLISTED,
    Category.SPAM_CONTENT, Category.VIRUS, Category.CONTENT_REJECTED,
    Category.MESSAGE_TOO_LARGE, Category.AUTH_REQUIRED, Category.AUTH_FAILED,
    Category.TLS_REQUIRED, Category.POLICY_VIOLATION,
})
"""Categories whose nature is permanent when no code states the severity."""

_SENDER_SIDE: Final = frozenset({
    Category.USER_UNKNOWN, Category.HOST_UNKNOWN, Category.MAILBOX_DISABLED, Category.HAS_MOVED,
})
"""Address categories that, in reply to MAIL FROM, are about the sender's address."""


def _enhanced_rule(enhanced: str | None) -> EnhancedRule | None:
    if enhanced is None:
        return None
    klass, subject, detail = enhanced.split(".")
    key = (int(subject), int(detail))
    rule = (TRANSIENT_ENHANCED_CATEGORIES.get(key) if klass == "4" else None) or (
        ENHANCED_CATEGORIES.get(key))
    if rule is None:
        for vendor_subject, details, vendor_rule in VENDOR_ENHANCED_RANGES:
            if key[0] == vendor_subject and key[1] in details:
                return vendor_rule
    return rule


def _category(reply: ParsedReply) -> tuple[Category, str, str]:  # noqa: PLR0911
    """The category and the rule that decided it, with what it matched."""
    code = reply.code
    if code is not None and code < 400:
        if code < 300:
            return Category.DELIVERED, "code:2xx", str(code)
        return Category.INTERMEDIATE, "code:3xx", str(code)
    if code is None and reply.enhanced is not None and reply.enhanced[0] == "2":
        return Category.DELIVERED, "enhanced-class:2", reply.enhanced
    # The reply's own words first; the reporting MTA's wrapper only when they say nothing.
    hit = find_phrase(reply.text) or find_phrase(reply.wrapper)
    by_code = _enhanced_rule(reply.enhanced)
    if hit is not None and (hit.rule.decisive or by_code is None or not by_code.specific):
        return hit.rule.category, f"phrase:{hit.rule.id}", hit.phrase
    if by_code is not None and reply.enhanced is not None:
        kind = "enhanced" if by_code.specific else "enhanced-generic"
        return by_code.category, f"{kind}:x.{reply.enhanced[2:]}", reply.enhanced
    if code is not None:
        if code == 554 and reply.command == "CONNECT":
            return Category.SERVICE_UNAVAILABLE, "code:554-greeting", "554"
        default = BASIC_CODE_CATEGORIES.get(code)
        if default is not None:
            return default, f"code:{code}", str(code)
    return Category.UNKNOWN, "none", ""


def _severity(reply: ParsedReply, category: Category) -> Severity:
    if reply.code is not None:
        return SEVERITY_BY_DIGIT[reply.code // 100]
    if reply.enhanced is not None:
        return SEVERITY_BY_DIGIT[int(reply.enhanced[0])]
    if category in _USUALLY_TRANSIENT:
        return Severity.TRANSIENT
    if category in _USUALLY_PERMANENT:
        return Severity.PERMANENT
    if category is Category.DELIVERED:
        return Severity.SUCCESS
    return Severity.UNKNOWN


def decide(reply: ParsedReply, /) -> Verdict:
    """Category, severity and action for a parsed reply, with the deciding rule."""
    category, rule, matched = _category(reply)
    if reply.command == "MAIL" and category in _SENDER_SIDE:
        category, rule = Category.SENDER_REJECTED, f"command:mail-from({rule})"
    severity = _severity(reply, category)
    return Verdict(category, severity, ACTIONS[severity, category], rule, matched)


def retry_advice(
    verdict: Verdict, hint: timedelta | None, /
) -> tuple[bool, timedelta | None, timedelta | None]:
    """``(retry, after, give_up_after)`` for a verdict and the server's own wait hint."""
    if verdict.action is not Action.RETRY:
        return False, None, None
    row = RETRY_SCHEDULE.get(verdict.category, DEFAULT_RETRY)
    return True, hint if hint is not None else row.after, row.give_up_after
