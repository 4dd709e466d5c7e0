"""The shapes of the texts: one explanation, one table row, and the short texts of a language."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Mapping

    from smtpcodes.enums import Action, Category, Scope, Severity

__all__ = ["Labels", "TableRow", "Text", "Units", "Words"]


class Text(NamedTuple):
    """One explanation in one language: a title, the meaning, causes and ordered fixes."""

    title: str
    meaning: str
    causes: tuple[str, ...]
    fixes: tuple[str, ...]


class TableRow(NamedTuple):
    """One line of the quick-reference table: a code, what it means, its main causes and fixes.

    Fix *n* answers cause *n* and says what a sending program or its operator does; the one
    fix after them is for a person at a mail client.
    """

    code: int
    meaning: str
    causes: tuple[str, ...]
    fixes: tuple[str, ...]


class Labels(NamedTuple):
    """The words the command line puts before values and above columns."""

    causes: str
    fixes: str
    code: str
    kind: str
    meaning: str
    main_causes: str
    main_fixes: str
    severity: str
    category: str
    action: str
    scope: str
    retry: str
    after: str
    give_up_after: str
    rule: str
    matched: str
    yes: str
    no: str


class Units(NamedTuple):
    """Duration units as ``(singular, plural)``, largest first."""

    day: tuple[str, str]
    hour: tuple[str, str]
    minute: tuple[str, str]
    second: tuple[str, str]


class Words(NamedTuple):
    """The short texts of one language: cheap to import, read by the command line."""

    descriptions: Mapping[Category, str]
    """One line per category (``Classification.description`` after the prefix)."""
    code_descriptions: Mapping[int, str]
    """One line per basic reply code of :class:`~smtpcodes.enums.ReplyCode`."""
    severity_prefixes: Mapping[Severity, str]
    """What goes before the description: ``Temporary failure``."""
    severity_names: Mapping[Severity, str]
    """A severity in a table cell: ``temporary``."""
    category_names: Mapping[Category, str]
    """A category in a few words: ``mailbox full``."""
    action_names: Mapping[Action, str]
    """An action in a few words: ``retry later``."""
    scope_names: Mapping[Scope, str]
    """A scope in a few words: ``this recipient``."""
    labels: Labels
    units: Units
    list_separator: str
    """Between the parts of a duration: ``" "`` gives ``1 hour 30 minutes``."""
    function_words: frozenset[str]
    """Words that say nothing about a cause or fix (articles, pronouns, auxiliaries): left out
    when ``explain()`` compares two items."""
