"""smtpcodes: what a mail server's reply means, and what to do next.

>>> from smtpcodes import classify
>>> c = classify("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown")
>>> c.category, c.action, c.hard_bounce
(<Category.USER_UNKNOWN: 'user_unknown'>, <Action.SUPPRESS: 'suppress'>, True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from smtpcodes.enums import Action, Category, EvidenceKind, ReplyCode, Scope, Severity
from smtpcodes.errors import SmtpCodesError, UnknownCodeError, UnknownLanguageError

if TYPE_CHECKING:
    from smtpcodes._classify import classify, classify_many, classify_refused, parse
    from smtpcodes._explain import Explanation, explain
    from smtpcodes._input import ReplyInput, SMTPResponseLike
    from smtpcodes.bounce import (
        BounceRecipient,
        is_auto_reply,
        is_feedback_report,
        parse_bounce,
    )
    from smtpcodes.logscan import DeliveryStatus, LogRecord, scan_log
    from smtpcodes.models import (
        Classification,
        EnhancedStatusCode,
        Evidence,
        Reply,
        RetryAdvice,
    )
    from smtpcodes.retry import RetryDecision, RetryPolicy

__all__ = [
    "Action",
    "BounceRecipient",
    "Category",
    "Classification",
    "DeliveryStatus",
    "EnhancedStatusCode",
    "Evidence",
    "EvidenceKind",
    "Explanation",
    "LogRecord",
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
    "is_auto_reply",
    "is_feedback_report",
    "parse",
    "parse_bounce",
    "scan_log",
]

__version__: str
"""The installed distribution's version (read from its metadata on first use)."""

_LAZY = {
    "classify": "smtpcodes._classify",
    "classify_many": "smtpcodes._classify",
    "classify_refused": "smtpcodes._classify",
    "parse": "smtpcodes._classify",
    "ReplyInput": "smtpcodes._input",
    "SMTPResponseLike": "smtpcodes._input",
    "Classification": "smtpcodes.models",
    "EnhancedStatusCode": "smtpcodes.models",
    "Evidence": "smtpcodes.models",
    "Reply": "smtpcodes.models",
    "RetryAdvice": "smtpcodes.models",
    "Explanation": "smtpcodes._explain",
    "explain": "smtpcodes._explain",
    "BounceRecipient": "smtpcodes.bounce",
    "is_auto_reply": "smtpcodes.bounce",
    "is_feedback_report": "smtpcodes.bounce",
    "parse_bounce": "smtpcodes.bounce",
    "DeliveryStatus": "smtpcodes.logscan",
    "LogRecord": "smtpcodes.logscan",
    "scan_log": "smtpcodes.logscan",
    "RetryDecision": "smtpcodes.retry",
    "RetryPolicy": "smtpcodes.retry",
}
"""Names loaded on first use, so that ``import smtpcodes`` costs next to nothing: the enums and
errors are there at once; the models (whose definition makes pydantic scan the installed
distributions for plugins), the parser's patterns, the texts, the e-mail and log readers and the
retry policy load with the first name that needs them. ``from smtpcodes import classify`` loads
the classifier; the knowledge compiles on the first ``classify`` call."""


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("smtpcodes")
        except PackageNotFoundError:  # run from a source tree that was never installed
            return "0+unknown"
    module = _LAZY.get(name)
    if module is not None:
        from importlib import import_module

        value = getattr(import_module(module), name)
        globals()[name] = value  # later look-ups skip this function
        return value
    msg = f"module 'smtpcodes' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return __all__
