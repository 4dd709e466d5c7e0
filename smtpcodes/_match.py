"""Knowledge compiled into word-start trie regexes, once, on first use; the evidence a text holds.

Every phrase and token of :mod:`smtpcodes.knowledge` goes into one trie-shaped regex. The text is
lower-cased once and scanned once: the pattern starts with a character class (a non-letter,
non-digit), so the regex engine skips inside words at C speed and tries the trie only at word
starts; a lookahead lets every word start report the longest phrase beginning there, so phrases
that overlap are all found. Chinese and Japanese phrases (no spaces between words) have a trie of
their own, tried anywhere, and only on text that is not ASCII.

Nothing is compiled at ``import smtpcodes``: :func:`compiled` builds it on the first call.
"""

from __future__ import annotations

import re
import threading
from typing import Final, NamedTuple

from smtpcodes.enums import Action, Category, EvidenceKind, Scope
from smtpcodes.knowledge import load

__all__ = ["Compiled", "Entry", "Hit", "Kind", "compiled", "find"]


Kind = EvidenceKind
"""The kinds of evidence, strongest first (see ``_decide``)."""


class Entry(NamedTuple):
    """One knowledge entry as the decision sees it."""

    id: str
    category: Category
    kind: Kind
    decisive: bool
    action: Action | None = None
    scope: Scope | None = None


class Hit(NamedTuple):
    """An entry found in a text, with the phrase that matched."""

    entry: Entry
    matched: str


class Compiled(NamedTuple):
    """The knowledge, ready for the hot path."""

    words: re.Pattern[str]
    cjk: re.Pattern[str] | None
    phrases: dict[str, Entry]
    codes: dict[tuple[int | None, int, int], Entry]
    """Vendor enhanced codes: ``(class or None, subject, detail) -> entry``."""


_Trie = dict[str, "_Trie"]
_END: Final = ""
_FOLD: Final = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u00a0": " ", "\u201c": '"', "\u201d": '"', "\u2013": "-",
})
"""Typographic quotes, dashes and no-break spaces, as Gmail and Outlook write them."""


def _trie_pattern(phrases: list[str]) -> str:
    """A regex matching any of ``phrases``, longest first where one is a prefix of another."""
    root: _Trie = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _node_pattern(root)


def _node_pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _node_pattern(child) for char, child in sorted(node.items())
                if char != _END]
    if _END in node:
        branches.append("")  # the phrase may end here; longer phrases were tried first
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def is_cjk(char: str) -> bool:
    """True for the scripts written without spaces between words (Chinese, Japanese)."""
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or char >= "\uff00"


def _build() -> Compiled:
    knowledge = load()
    phrases: dict[str, Entry] = {}
    codes: dict[tuple[int | None, int, int], Entry] = {}

    def add(phrase: str, entry: Entry) -> None:
        phrases.setdefault(phrase.translate(_FOLD), entry)  # first wins; tests forbid clashes

    for provider in knowledge.providers:
        for token in provider.tokens:
            entry = Entry(token.id, token.category, Kind.PROVIDER, decisive=True,
                          action=token.action, scope=token.scope)
            for text in token.tokens:
                add(text, entry)
        for rule in provider.codes:
            entry = Entry(rule.id, rule.category, Kind.PROVIDER, decisive=True)
            for detail in rule.details:
                codes.setdefault((rule.klass, rule.subject, detail), entry)
    groups = [group for provider in knowledge.providers for group in provider.phrases]
    groups += [group for language in knowledge.languages for group in language.phrases]
    groups += knowledge.generic
    for group in groups:
        entry = Entry(group.id, group.category, Kind.PHRASE, decisive=group.decisive)
        for text in group.phrases:
            add(text, entry)
    spaced = [p for p in phrases if not is_cjk(p[0])]
    unspaced = [p for p in phrases if is_cjk(p[0])]
    return Compiled(
        words=re.compile(r"[^a-z0-9](?=(" + _trie_pattern(spaced) + "))"),
        cjk=re.compile(_trie_pattern(unspaced)) if unspaced else None,
        phrases=phrases,
        codes=codes,
    )


_LOCK: Final = threading.Lock()
_COMPILED: list[Compiled] = []


def compiled() -> Compiled:
    """The compiled knowledge, built on first use (thread-safe)."""
    if not _COMPILED:
        with _LOCK:
            if not _COMPILED:
                _COMPILED.append(_build())
    return _COMPILED[0]


def find(text: str, /) -> list[Hit]:
    """Every entry whose phrase or token starts a word of ``text`` (case-insensitive)."""
    if not text:
        return []
    knowledge = _COMPILED[0] if _COMPILED else compiled()
    lowered = " " + text.lower()
    ascii_only = lowered.isascii()
    if not ascii_only:
        lowered = lowered.translate(_FOLD)
    phrases = knowledge.phrases
    hits = []
    covered = 0  # a phrase that starts inside one already found is part of it, not evidence
    for found in knowledge.words.finditer(lowered):
        start = found.end()
        if start >= covered:
            phrase = found[1]
            hits.append(Hit(phrases[phrase], phrase))
            covered = start + len(phrase)
    if not ascii_only and knowledge.cjk is not None:
        hits += [Hit(phrases[found[0]], found[0]) for found in knowledge.cjk.finditer(lowered)]
    return hits
