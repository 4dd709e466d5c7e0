"""The shapes of knowledge: named, sourced groups of wordings, tokens and codes (data only).

Every module under ``knowledge/`` builds its entries from these types. The matcher
(:mod:`smtpcodes._match`) compiles them once, on first use; the decision (:mod:`smtpcodes._decide`)
ranks what they found by their kind (see ``Kind``). Conventions every entry keeps (and
``tests/test_knowledge.py`` checks):

- ``id`` is unique across all knowledge, dotted: ``<module>.<name>`` (``gmail.nosuchuser``,
  ``de.mailbox-full``, ``generic.user-unknown``).
- Phrases and tokens are literal and lower-case, and start with a letter or digit: they match at
  the start of a word (``"user unknown"`` matches ``"550 User unknown"`` but not
  ``"superuser unknown"``); they may end inside a word (``"greylist"`` matches
  ``"greylisted"``). Chinese and Japanese phrases match anywhere, as those scripts have no
  spaces.
- ``source`` names where the wording or code was seen: a URL, or ``repository:path``.
- Each entry decides at least one real reply in ``tests/data/learn/*.jsonl`` (whose ``rule`` field
  names the entry's id).
- A :class:`Together` entry's words follow the phrases' rules (lower-case, a word start, any
  case in the text); they name a reason only side by side, so each may be short and common.
"""

from __future__ import annotations

from typing import NamedTuple

from smtpcodes.enums import Action, Category, Scope

__all__ = ["CodeRule", "Language", "Phrases", "Provider", "Together", "Token"]


class Phrases(NamedTuple):
    """Wordings that all mean one category.

    ``decisive`` wordings name their reason outright ("mailbox full"): they beat a specific
    enhanced code. The others ("quota", "blocked") only beat generic codes and basic-code
    defaults.
    """

    id: str
    category: Category
    phrases: tuple[str, ...]
    source: str
    decisive: bool = True


class Together(NamedTuple):
    """Words that name a reason only side by side: one word of each group, all within
    ``window`` characters.

    A notice's sentence is inflected and reordered in ways no fixed phrase spells (a mailbox
    "is full", "has reached its capacity", "capacity of the mailbox exceeded"): its words are
    steadier than its phrases. Read only where no phrase or token of the knowledge matched
    the reply (a fallback, never an override), at the weak phrases' level.
    """

    id: str
    category: Category
    groups: tuple[tuple[str, ...], ...]
    source: str
    window: int = 40


class Token(NamedTuple):
    """A provider's own tag or private code in the text (``[TSS04]``, ``S3150``, ``?p=NoSuchUser``).

    Tokens are the strongest evidence: the provider documents what each one means. ``action`` and
    ``scope`` refine taxonomy.md's tables where the provider documents it (a 4xx that will keep
    failing until the sender changes something is ``fix_sender``).
    """

    id: str
    category: Category
    tokens: tuple[str, ...]
    source: str
    action: Action | None = None
    scope: Scope | None = None


class CodeRule(NamedTuple):
    """A provider's enhanced codes outside the IANA registry (Microsoft's 5.7.509, 4.7.650…).

    ``klass`` is 4 or 5, or None for both; ``details`` the detail numbers the rule covers under
    ``subject`` (a ``range`` for a documented block of codes).
    """

    id: str
    klass: int | None
    subject: int
    details: range | tuple[int, ...]
    category: Category
    source: str


class Provider(NamedTuple):
    """One mailbox provider, filter or MTA: its hosts and what its replies carry."""

    name: str
    hosts: tuple[str, ...]
    source: str
    tokens: tuple[Token, ...] = ()
    phrases: tuple[Phrases, ...] = ()
    codes: tuple[CodeRule, ...] = ()


class Language(NamedTuple):
    """One language's wordings, by category (``code`` is the ISO 639-1 code)."""

    code: str
    name: str
    phrases: tuple[Phrases, ...]
    together: tuple[Together, ...] = ()
