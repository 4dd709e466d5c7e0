"""Phrase matching: the rule tables compiled once, at import, into one trie-shaped regex.

A reply's lower-cased text is scanned once; every phrase found names its rule, and the rule
that stands first in :data:`smtpcodes._phrases.PHRASE_RULES` wins. The trie shares common
prefixes (``user unknown``, ``user not found``…), so the scan costs about one character test
per position whatever the number of phrases, and it has no nested quantifiers.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final, NamedTuple

from smtpcodes._phrases import PHRASE_RULES, PhraseRule

__all__ = ["PhraseHit", "find_phrase"]


class PhraseHit(NamedTuple):
    """The best phrase rule that matched, its rank (lower wins) and the phrase."""

    rank: int
    rule: PhraseRule
    phrase: str


_Trie = dict[str, "_Trie"]
_END: Final = ""


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


_RANKS: Final = MappingProxyType({
    phrase: PhraseHit(rank, rule, phrase)
    for rank, rule in enumerate(PHRASE_RULES)
    for phrase in rule.phrases
})

_PHRASES_RE: Final = re.compile(_trie_pattern(list(_RANKS)))
"""Every phrase of every rule, as one trie."""


_FOLD: Final = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00a0": " "})
"""Typographic quotes and no-break spaces, as Gmail and Outlook write them, to plain ones."""


def find_phrase(text: str, /) -> PhraseHit | None:
    """The first-ranked rule whose phrase occurs in ``text``, compared in lower case."""
    if not text:
        return None
    best: PhraseHit | None = None
    lowered = text.lower()
    if not lowered.isascii():
        lowered = lowered.translate(_FOLD)
    for found in _PHRASES_RE.finditer(lowered):
        hit = _RANKS[found.group()]
        if best is None or hit.rank < best.rank:
            best = hit
    return best
