"""smtpcodes: what a mail server's reply means, and what to do next.

>>> from smtpcodes import classify
>>> c = classify("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown")
>>> c.category, c.action, c.hard_bounce
(<Category.USER_UNKNOWN: 'user_unknown'>, <Action.SUPPRESS: 'suppress'>, True)
"""

from __future__ import annotations

from smtpcodes._api import ReplyInput, SMTPResponseLike, classify, parse
from smtpcodes.enums import Action, Category, ReplyCode, Severity
from smtpcodes.models import Classification, EnhancedStatusCode, Evidence, Reply, RetryAdvice

__all__ = [
    "Action",
    "Category",
    "Classification",
    "EnhancedStatusCode",
    "Evidence",
    "Reply",
    "ReplyCode",
    "ReplyInput",
    "RetryAdvice",
    "SMTPResponseLike",
    "Severity",
    "classify",
    "parse",
]


def __dir__() -> list[str]:
    return __all__
