"""Every text a person reads, one package per language: ``texts/en/``, ``texts/de/``.

A language package holds its short texts in ``__init__.py`` (``WORDS``: one-line descriptions,
severity prefixes, names of categories, actions and scopes, the command line's labels, duration
units) and its long texts in ``codes.py``, ``enhanced.py``, ``categories.py`` (explanations) and
``table.py`` (the quick-reference table). Adding a language is one new package with those five
modules plus its code in :data:`Language`; the tests check that it is complete.

The API, for the command line and for callers who show texts to people:

- :func:`get` ``(lang) -> Texts``: everything in one language, loaded on first use and cached.
- :class:`Texts`: ``describe(classification)``, ``description(category)``,
  ``severity_prefix(severity)``, ``severity_name(severity)``, ``category_name(category)``,
  ``action_name(action)``, ``scope_name(scope)``, ``duration(timedelta)``, ``labels`` (a
  :class:`Labels`), ``table`` (:class:`TableRow` tuples: fix *n* answers cause *n*, the last
  fix is for a person at a mail client), ``table_records()`` (the same as JSON-ready dicts with
  lists), and the explanation mappings ``codes``, ``enhanced`` and ``categories`` (read by
  ``explain()``).
- :func:`words` ``(lang) -> Words``: only the short texts, without loading the long ones.
- :func:`format_duration` ``(timedelta, lang) -> str``: ``"1 hour 30 minutes"``,
  ``"3 Tage"``.

>>> from datetime import timedelta
>>> from smtpcodes import classify, texts
>>> de = texts.get("de")
>>> de.describe(classify("452 4.2.2 Mailbox full"))
'Vorübergehender Fehler: Das Postfach des Empfängers ist voll.'
>>> de.duration(timedelta(days=3)), texts.format_duration(timedelta(minutes=90), "en")
('3 Tage', '1 hour 30 minutes')
>>> de.labels.give_up_after
'aufgeben nach'
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Final, Literal, TypeAlias, cast, get_args

from smtpcodes.enums import ReplyCode
from smtpcodes.errors import UnknownLanguageError
from smtpcodes.texts._types import Labels, TableRow, Text, Units, Words

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import timedelta

    from smtpcodes.enums import Action, Category, Scope, Severity
    from smtpcodes.models import Classification

__all__ = [
    "LANGUAGES",
    "Labels",
    "Language",
    "TableRow",
    "Text",
    "Texts",
    "Units",
    "Words",
    "format_duration",
    "get",
    "language",
    "words",
]


def __dir__() -> list[str]:
    return __all__


Language: TypeAlias = Literal["en", "de"]
"""The languages every text exists in; each names a package ``smtpcodes.texts.<lang>``."""
LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)
"""The values of :data:`Language`, in order: English first."""

_SECONDS: Final = (86_400, 3_600, 60, 1)
"""The sizes of :class:`Units`' day, hour, minute and second."""


def language(lang: str, /) -> Language:
    """Check a language code; the one place an unknown language is refused.

    >>> language("de")
    'de'

    Raises:
        UnknownLanguageError: ``lang`` is not one of :data:`LANGUAGES`.
    """
    for known in LANGUAGES:
        if lang == known:
            return known
    msg = f"Unknown language: {lang[:20]!r}; supported: {', '.join(LANGUAGES)}"
    raise UnknownLanguageError(msg)


@dataclass(frozen=True, slots=True)
class Texts:
    """Every text of one language, with the helpers that format values for people.

    >>> from smtpcodes.enums import Action
    >>> get("de").action_name(Action.RETRY)
    'später erneut versuchen'
    """

    lang: Language
    words: Words
    codes: Mapping[int, Text]
    """Explanations of basic reply codes."""
    enhanced: Mapping[str, Text]
    """Explanations of enhanced codes, keyed ``"subject.detail"`` (``"7.26"``)."""
    categories: Mapping[Category, Text]
    """Explanations of categories."""
    table: tuple[TableRow, ...]
    """The quick-reference table: the troubleshooting guide's fourteen codes."""

    @property
    def labels(self) -> Labels:
        """The command line's labels and column headers."""
        return self.words.labels

    def describe(self, result: Classification, /) -> str:
        """One line: severity prefix and category description (in English, ``.description``)."""
        return f"{self.severity_prefix(result.severity)}: {self.description(result.category)}"

    def description(self, category: Category, /) -> str:
        """The one-line description of a category."""
        return self.words.descriptions[category]

    def severity_prefix(self, severity: Severity, /) -> str:
        """What goes before a description: ``Temporary failure``, ``Vorübergehender Fehler``."""
        return self.words.severity_prefixes[severity]

    def severity_name(self, severity: Severity, /) -> str:
        """A severity for a table cell: ``temporary``, ``vorübergehend``."""
        return self.words.severity_names[severity]

    def category_name(self, category: Category, /) -> str:
        """A category in a few words: ``mailbox full``, ``Postfach voll``."""
        return self.words.category_names[category]

    def action_name(self, action: Action, /) -> str:
        """An action in a few words: ``retry later``, ``später erneut versuchen``."""
        return self.words.action_names[action]

    def scope_name(self, scope: Scope, /) -> str:
        """A scope in a few words: ``this recipient``, ``dieser Empfänger``."""
        return self.words.scope_names[scope]

    def duration(self, duration: timedelta, /) -> str:
        """A duration as people write it: ``1 hour``, ``3 Tage``."""
        return _format(duration, self.words)

    def table_records(self) -> list[dict[str, object]]:
        """The quick-reference table as JSON-ready records, causes and fixes as lists.

        >>> get("en").table_records()[0]["kind"], type(get("de").table_records()[0]["fixes"])
        ('temporary', <class 'list'>)
        """
        return [
            {"code": row.code, "kind": self.severity_name(ReplyCode(row.code).severity),
             "meaning": row.meaning, "causes": list(row.causes), "fixes": list(row.fixes)}
            for row in self.table
        ]


@cache
def words(lang: str, /) -> Words:
    """The short texts of a language, without its long explanations.

    Raises:
        UnknownLanguageError: ``lang`` is not one of :data:`LANGUAGES`.
    """
    module = importlib.import_module(f"{__name__}.{language(lang)}")
    return cast("Words", module.WORDS)


@cache
def get(lang: str, /) -> Texts:
    """Every text of a language, loaded on first use.

    >>> get("en").labels.give_up_after
    'give up after'

    Raises:
        UnknownLanguageError: ``lang`` is not one of :data:`LANGUAGES`.
    """
    checked = language(lang)
    package = f"{__name__}.{checked}"
    return Texts(
        lang=checked,
        words=words(checked),
        codes=cast("Mapping[int, Text]", importlib.import_module(f"{package}.codes").CODES),
        enhanced=cast(
            "Mapping[str, Text]", importlib.import_module(f"{package}.enhanced").ENHANCED),
        categories=cast(
            "Mapping[Category, Text]",
            importlib.import_module(f"{package}.categories").CATEGORIES),
        table=cast("tuple[TableRow, ...]", importlib.import_module(f"{package}.table").TABLE),
    )


def format_duration(duration: timedelta, /, lang: str = "en") -> str:
    """A duration in whole units, largest first, without zero parts.

    >>> from datetime import timedelta
    >>> format_duration(timedelta(hours=1)), format_duration(timedelta(days=3), "de")
    ('1 hour', '3 Tage')
    >>> format_duration(timedelta(minutes=30)), format_duration(timedelta(0), "de")
    ('30 minutes', '0 Sekunden')

    Raises:
        UnknownLanguageError: ``lang`` is not one of :data:`LANGUAGES`.
    """
    return _format(duration, words(lang))


def _format(duration: timedelta, texts: Words) -> str:
    seconds = round(duration.total_seconds())
    sign, seconds = ("-" if seconds < 0 else ""), abs(seconds)
    parts = []
    for size, (one, many) in zip(_SECONDS, texts.units, strict=True):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count} {one if count == 1 else many}")
    return sign + (texts.list_separator.join(parts) or f"0 {texts.units.second[1]}")
