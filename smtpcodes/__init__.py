"""smtpcodes: what a mail server's reply means, and what to do next.

>>> from smtpcodes import classify
>>> c = classify("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown")
>>> c.category, c.action, c.hard_bounce
(<Category.USER_UNKNOWN: 'user_unknown'>, <Action.SUPPRESS: 'suppress'>, True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from smtpcodes._classify import classify, classify_many, classify_refused, parse
from smtpcodes._input import ReplyInput, SMTPResponseLike
from smtpcodes.enums import Action, Category, EvidenceKind, ReplyCode, Scope, Severity
from smtpcodes.errors import SmtpCodesError, UnknownCodeError, UnknownLanguageError
from smtpcodes.models import Classification, EnhancedStatusCode, Evidence, Reply, RetryAdvice
from smtpcodes.retry import RetryDecision, RetryPolicy

if TYPE_CHECKING:
    from smtpcodes._explain import Explanation, explain

__all__ = [
    "Action",
    "Category",
    "Classification",
    "EnhancedStatusCode",
    "Evidence",
    "EvidenceKind",
    "Explanation",
    "Reply",
    "ReplyCode",
    "ReplyInput",
    "RetryAdvice",
    "RetryDecision",
    "RetryPolicy",
    "SMTPResponseLike",
    "Scope",
    "Severity",
    "SmtpCodesError",
    "UnknownCodeError",
    "UnknownLanguageError",
    "classify",
    "classify_many",
    "classify_refused",
    "explain",
    "parse",
]

_LAZY = frozenset({"Explanation", "explain"})
"""Names whose module holds the long texts: loaded on first use, so the import stays cheap."""


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from smtpcodes import _explain

        return getattr(_explain, name)
    msg = f"module 'smtpcodes' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return __all__
