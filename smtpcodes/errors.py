"""Errors smtpcodes raises for misuse. Reply *content* never raises; these are for wrong calls.

::

    SmtpCodesError (ValueError)
     ├── UnknownLanguageError   a language with no texts
     └── UnknownCodeError       a code or category with no explanation
"""

from __future__ import annotations

__all__ = ["SmtpCodesError", "UnknownCodeError", "UnknownLanguageError"]


def __dir__() -> list[str]:
    return __all__


class SmtpCodesError(ValueError):
    """Base of every error smtpcodes raises on purpose.

    >>> issubclass(UnknownLanguageError, SmtpCodesError)
    True
    """


class UnknownLanguageError(SmtpCodesError):
    """The requested language has no texts; the message lists the supported ones."""


class UnknownCodeError(SmtpCodesError):
    """No explanation exists for the given code or name."""
