"""The result types of smtpcodes: frozen pydantic models, shareable and hashable.

>>> from smtpcodes import classify
>>> c = classify("452 4.2.2 Mailbox full")
>>> (c.code, str(c.enhanced), c.category.value, c.action.value)
(452, '4.2.2', 'mailbox_full', 'retry')

Every field carries its description in ``Field(description=...)``, so the JSON schema
(``Classification.model_json_schema()``) documents each field; attribute docstrings would need
``use_attribute_docstrings``, which reads the source at import and doubles its cost.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from pydantic import BaseModel, Field, field_validator, model_serializer, model_validator

from smtpcodes._registry import ENHANCED_REGISTRY, SUBJECTS, RegistryEntry
from smtpcodes.enums import SEVERITY_BY_DIGIT, Action, Category, EvidenceKind, Scope, Severity

__all__ = [
    "Classification",
    "EnhancedStatusCode",
    "Evidence",
    "Reply",
    "RetryAdvice",
]


def __dir__() -> list[str]:
    return __all__


SmtpCode = Annotated[int, Field(ge=200, le=599)]
"""A basic reply code: three digits, first digit 2 to 5 (RFC 5321 §4.2)."""


class EnhancedStatusCode(BaseModel, frozen=True, defer_build=True):
    """An RFC 3463 enhanced status code, ``class.subject.detail``.

    It serialises as people write it, ``"5.1.1"``, and validates from that string too.

    >>> code = EnhancedStatusCode.from_string("5.1.1")
    >>> str(code), code.title, code.model_dump_json()
    ('5.1.1', 'Bad destination mailbox address', '"5.1.1"')
    """

    klass: Annotated[int, Field(
        ge=2, le=5, description=(
            "The class digit: 2 success, 4 persistent transient failure, 5 permanent failure."
        ),
    )]
    subject: Annotated[int, Field(
        ge=0, le=999, description=(
            "The subject: 0 other, 1 addressing, 2 mailbox, 3 mail system, 4 network, 5 protocol, "
            "6 content, 7 security or policy."
        ),
    )]
    detail: Annotated[int, Field(ge=0, le=999, description="The detail within the subject.")]

    @field_validator("klass")
    @classmethod
    def _known_class(cls, value: int) -> int:
        if value == 3:  # RFC 3463 §3.1: only 2, 4 and 5 are classes
            msg = "class must be 2, 4 or 5"
            raise ValueError(msg)
        return value

    @model_validator(mode="before")
    @classmethod
    def _from_written(cls, value: object) -> object:
        if isinstance(value, str):
            parts = value.strip().split(".")
            if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts):
                msg = f"Invalid enhanced status code: {value[:40]!r}"
                raise ValueError(msg)
            return {"klass": int(parts[0]), "subject": int(parts[1]), "detail": int(parts[2])}
        return value

    @model_serializer(mode="plain")
    def _written(self) -> str:
        return str(self)

    @classmethod
    def from_string(cls, text: str, /) -> EnhancedStatusCode:
        """Build from ``"5.1.1"``; a ``ValueError`` if the text is not of that shape.

        Raises:
            ValueError: the text is not ``class.subject.detail`` with class 2, 4 or 5.
        """
        return cls.model_validate(text)

    def __str__(self) -> str:
        return f"{self.klass}.{self.subject}.{self.detail}"

    @property
    def entry(self) -> RegistryEntry | None:
        """The IANA registry entry for ``X.subject.detail``, or None if it is not registered."""
        return ENHANCED_REGISTRY.get((self.subject, self.detail))

    @property
    def title(self) -> str:
        """The registry title, or the subject's name for an unregistered detail."""
        entry = self.entry
        if entry is not None:
            return entry.title
        return SUBJECTS.get(self.subject, "Unregistered status")

    @property
    def severity(self) -> Severity:
        """The severity the class digit declares."""
        return SEVERITY_BY_DIGIT.get(self.klass, Severity.UNKNOWN)


class Evidence(BaseModel, frozen=True, defer_build=True):
    """Which named rule decided the category, of which kind, and what it matched.

    Where another piece of evidence pointed at a different category, ``runner_up`` names it,
    so that every verdict can be audited.
    """

    kind: Annotated[EvidenceKind, Field(
        description=(
            "The kind of evidence: provider, phrase, enhanced, code, context, hint or none."
        ),
    )]
    rule: Annotated[str, Field(
        description=(
            "The id of the rule that decided (``gmail.nosuchuser``, ``generic.mailbox-full``, "
            "``rfc3463.x.1.1``, ``rfc5321.503``, ``context.mail-from(…)``)."
        ),
    )]
    matched: Annotated[str, Field(
        description="What the rule read: the phrase or token found, or the code.",
    )]
    category: Annotated[Category, Field(
        description="The category this evidence points at.",
    )] = Category.UNKNOWN
    runner_up: Annotated[Evidence | None, Field(
        description="The strongest evidence for another category, if any was found.",
    )] = None


class Reply(BaseModel, frozen=True, defer_build=True):
    """A reply as the parser read it.

    >>> from smtpcodes import parse
    >>> r = parse("550-5.1.1 No such user\\r\\n550 5.1.1 see https://example.com")
    >>> r.code, str(r.enhanced), r.text
    (550, '5.1.1', 'No such user see https://example.com')
    """

    code: Annotated[SmtpCode | None, Field(
        description="The basic reply code, if the input had one.",
    )] = None
    enhanced: Annotated[EnhancedStatusCode | None, Field(
        description="The enhanced status code, if the input had one (``5.1.1`` or ``#5.1.1``).",
    )] = None
    text: Annotated[str, Field(
        description="The reply's text: every line without its codes, joined with single spaces.",
    )] = ""
    command: Annotated[str | None, Field(
        description=(
            "The SMTP command the reply answered, where the input says so (``RCPT``, ``DATA``…)."
        ),
    )] = None
    remote_host: Annotated[str | None, Field(
        description=(
            "The remote server that answered, where a wrapper names it (Postfix ``host X said``)."
        ),
    )] = None
    retry_after: Annotated[timedelta | None, Field(
        description="The wait the server asked for in its text (``please come back in 00:25:00``).",
    )] = None


class RetryAdvice(BaseModel, frozen=True, defer_build=True):
    """Whether and when to try again.

    >>> RetryAdvice(retry=False)
    RetryAdvice(retry=False, after=None, give_up_after=None)
    """

    retry: Annotated[bool, Field(
        description="True when the message should stay queued and be tried again.",
    )]
    after: Annotated[timedelta | None, Field(
        description="The earliest sensible wait before the next attempt.",
    )] = None
    give_up_after: Annotated[timedelta | None, Field(
        description="How long after the first failure to stop retrying and return the message.",
    )] = None


class Classification(BaseModel, frozen=True, defer_build=True):
    """What a reply means and what to do about it.

    >>> from smtpcodes import classify
    >>> c = classify("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown")
    >>> c.category.value, c.action.value, c.hard_bounce
    ('user_unknown', 'suppress', True)
    """

    code: Annotated[SmtpCode | None, Field(
        description="The basic reply code, if one was read or given.",
    )]
    enhanced: Annotated[EnhancedStatusCode | None, Field(
        description="The enhanced status code, if one was read or given.",
    )]
    severity: Annotated[Severity, Field(
        description="What the server declared: from the basic code, else the enhanced class.",
    )]
    category: Annotated[Category, Field(description="Why: the reason the reply gives.")]
    action: Annotated[Action, Field(description="What the sending program should do.")]
    scope: Annotated[Scope, Field(
        description=(
            "Whom the verdict is about: one recipient, the message, the destination, the sender."
        ),
    )] = Scope.NONE
    retry: Annotated[RetryAdvice, Field(description="Whether and when to retry.")]
    evidence: Annotated[Evidence, Field(
        description="The rule that decided the category and what it matched.",
    )]
    description: Annotated[str, Field(
        description=(
            "One English line: severity and reason. ``smtpcodes.texts.get(lang).describe()`` "
            "gives it in every language, ``explain()`` the long form."
        ),
    )]
    text: Annotated[str, Field(description="The reply text without codes and wrappers.")] = ""
    command: Annotated[str | None, Field(
        description="The SMTP command the reply answered, where known.",
    )] = None
    code_conflict: Annotated[bool, Field(
        description="True when the basic code and the enhanced class disagree (``550 4.2.2``).",
    )] = False

    @property
    def permanent(self) -> bool:
        """The server declared a permanent failure (5xx)."""
        return self.severity is Severity.PERMANENT

    @property
    def transient(self) -> bool:
        """The server declared a transient failure (4xx)."""
        return self.severity is Severity.TRANSIENT

    @property
    def hard_bounce(self) -> bool:
        """The address is dead: the advised action is to suppress it."""
        return self.action is Action.SUPPRESS
