"""The last reading of a reply's words: a word model, where no rule said anything.

Where no phrase, token or ``Together`` entry matched and the reply has neither an enhanced code
nor a basic code that names a reason, the reply's words are scored by a linear model learned
from sourced text (``tools/train_words.py`` writes ``smtpcodes/knowledge/learned.json``): the
learn set's replies in ``tests/data`` and every phrase in ``smtpcodes/knowledge/``, each of which
names its source. It reads what the rules were never written to read, such as a notice whose
sentences no phrase spells ("Ihre Nachricht wurde von einem Moderator abgewiesen").

The model's features are the words' first :data:`STEM` letters (a stem covers a language's
inflections), each pair of neighbouring stems, and each pair of neighbouring characters of the
scripts written without spaces (Chinese, Japanese, Korean, Thai). A feature counts only if the
replies of at least two independent sources use it: a word only one program or provider
writes tells the program, not the reason.

It answers only when its best category leads the next by the margin stored with the weights
(chosen on the learn set with whole sources held out: 86 % of its answers right), and by more
where the verdict would suppress an address, which cannot be taken back (92 % right). Its
evidence is the weakest of all (level 6): it never overrides a rule.
"""

from __future__ import annotations

import json
import operator
import re
from itertools import pairwise
from pathlib import Path
from typing import Any, Final, NamedTuple

from smtpcodes._match import ADDRESS_RE, PRIORITY, Candidate, Kind, accentless, built_once, fold
from smtpcodes._tables import ACTIONS
from smtpcodes.enums import Action, Category, Severity

__all__ = ["LEVEL", "MAX_LEARNED", "MAX_PAIRS", "STEM", "Model", "features", "guess", "lead",
           "model_of", "suppresses"]

STEM: Final = 5
"""Letters of a word that make its feature: "abgewiesen" and "abgewiesenen" are one stem (five
read more held-out replies than six, as right: ``tools/train_words.py --cv``)."""

MAX_LEARNED: Final = 1024
"""Characters of a reply the model reads: a notice names its reason in its first sentences."""

MAX_PAIRS: Final = 256
"""Character pairs of the unspaced scripts read at most: a Chinese or Japanese notice says in
256 characters what a Latin one says in a thousand (and each pair is a new string to hash)."""

LEVEL: Final = 6
"""The model's evidence level: below the basic code's default (5), the weakest there is."""

_LETTERS: Final = re.compile(r"[^\W\d_]++")
"""A run of letters in any script (digits and the underscore are not letters)."""
_ASCII_LETTERS: Final = re.compile(r"[a-z]++")
"""The same on lower-cased ASCII text, where it is these letters only (and twice as fast)."""
_URL: Final = re.compile(r"(?:https?://|www\.)\S++")
"""A link: its words name a help page or a host, not the reason."""


def _unspaced(char: str) -> bool:
    """True for the scripts written without spaces between words: Thai, Japanese kana, Chinese
    characters, Hangul syllables (Korean words run on with their particles)."""
    return ("\u0e00" <= char <= "\u0e7f" or "\u3040" <= char <= "\u30ff"
            or "\u3400" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af"
            or "\uf900" <= char <= "\ufaff")


SAYS_NOTHING: Final = ("requested mail action not taken", "requested action not taken",
                       "requested mail action aborted", "requested action aborted",
                       "try another time", "action not taken")
"""RFC 5321's own reply texts that say no more than their code (§4.2.2, and §4.3.2 "try another
time"): the model does not read them, so that "450 Requested action not taken: try another time"
stays a generic transient failure. (The RFC texts that do name a reason, "mailbox unavailable"
or "insufficient system storage", are phrases the rules read first.)"""


def _readable(text: str) -> str:
    """``text``'s first characters, lower-cased and folded, without links, addresses and
    RFC 5321's content-free texts."""
    lowered = fold(text[:MAX_LEARNED].lower())
    if "://" in lowered or "www." in lowered:
        lowered = _URL.sub(" ", lowered)
    if "@" in lowered:
        lowered = ADDRESS_RE.sub(" ", lowered)
    if "action" in lowered or "another" in lowered:
        for boilerplate in SAYS_NOTHING:
            lowered = lowered.replace(boilerplate, " ")
    return lowered


def features(text: str, /) -> list[str]:
    """The model's features of ``text``, sorted (the trainer and :func:`guess` share them)."""
    lowered = _readable(text)
    if lowered.isascii():  # most replies: list comprehensions, no per-word branches
        words = _ASCII_LETTERS.findall(lowered)
        stems = [word[:STEM] if len(word) >= 3 else "" for word in words]
        found = set(stems)
        found.discard("")
    else:
        stems, found = _other_scripts(_LETTERS.findall(lowered))
    found.update([f"{a}_{b}" for a, b in pairwise(stems) if a and b])
    return sorted(found)


def _other_scripts(words: list[str]) -> tuple[list[str], set[str]]:
    """The stems of ``words`` ("" for a short word or an unspaced run, which no stem pair
    spans) and the character pairs of the unspaced runs (at most :data:`MAX_PAIRS`)."""
    table = accentless()  # built once (cached), shared with the phrase matcher
    stems: list[str] = []
    found: set[str] = set()
    pairs = MAX_PAIRS
    for word in words:
        if _unspaced(word[0]):
            stems.append("")
            if len(word) == 1:
                found.add(word)
            elif pairs > 0:
                run = word[:pairs + 1]
                pairs -= len(run) - 1
                found.update(map(operator.add, run, run[1:]))
            continue
        if not word.isascii():
            low, high = min(word), max(word)
            # only a word with a letter the table maps (Latin-1 to Latin Extended-B, Latin
            # Extended Additional) is translated: Cyrillic and Greek words are left as they are
            if low < "\u0250" or (high >= "\u1e00" and low <= "\u1eff"):
                word = word.translate(table)  # noqa: PLW2901
        stem = word[:STEM] if len(word) >= 3 else ""
        stems.append(stem)
        if stem:
            found.add(stem)
    return stems, found


class Model(NamedTuple):
    """The weights and margins :func:`guess` reads (``model_of`` builds one)."""

    categories: tuple[Category, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]
    margins: tuple[float, ...]
    """The lead each category needs: more for one whose verdict suppresses an address."""


_MODEL: list[Model] = []


_DATA: Final = Path(__file__).parent / "knowledge" / "learned.json"
"""The weights ``tools/train_words.py`` writes (data, like the rest of ``knowledge/``)."""


def suppresses(category: Category) -> bool:
    """True where a permanent verdict of ``category`` suppresses the address (``ACTIONS``): such
    a verdict needs the larger margin, as a suppression cannot be taken back."""
    return ACTIONS[Severity.PERMANENT, category] is Action.SUPPRESS


def model_of(raw: dict[str, Any]) -> Model:
    """The model of the JSON structure ``tools/train_words.py`` writes (``learned.json``)."""
    weights = {feature: tuple((int(index), float(weight)) for index, weight in pairs)
               for feature, pairs in raw["weights"].items()}
    categories = tuple(Category(name) for name in raw["categories"])
    margins = tuple(float(raw["suppress_margin"]) if suppresses(category)
                    else float(raw["margin"]) for category in categories)
    return Model(categories, weights, margins)


def _load() -> Model:
    accentless()  # built with the model, not on a first reply
    return model_of(json.loads(_DATA.read_text(encoding="utf-8")))


_Named = list[tuple[str, tuple[tuple[int, float], ...]]]


def lead(model: Model, found: list[str]) -> tuple[int | None, float, _Named]:
    """The index of the best category for the features ``found``, its lead over the next
    (or over nothing, 0.0), and the features the model knows with their weights; ``None`` and
    0.0 where it knows none. :func:`guess` and the trainer's held-out figures both read this."""
    weights = model.weights
    named = [(feature, pairs) for feature in found
             if (pairs := weights.get(feature)) is not None]
    if not named:
        return None, 0.0, named
    scores = [0.0] * len(model.categories)
    for _, pairs in named:
        for index, weight in pairs:
            scores[index] += weight
    top = max(scores)
    second = max(0.0, sorted(scores)[-2]) if len(scores) > 1 else 0.0
    return scores.index(top), top - second, named


def guess(text: str, /) -> Candidate | None:
    """The category the word model reads in ``text``, as the weakest evidence, if its best
    category leads the next by the margin; else ``None``."""
    model = _MODEL[0] if _MODEL else built_once(_MODEL, _load)
    best, ahead, named = lead(model, features(text))
    if best is None or ahead < model.margins[best]:
        return None
    category = model.categories[best]
    return Candidate(LEVEL, PRIORITY[category], 2, category, Kind.LEARNED,
                     f"learned.{category.value.replace('_', '-')}", _strongest(named, best))


def _strongest(named: _Named, best: int) -> str:
    """The (up to) three features that speak most for the chosen category, as the evidence's
    ``matched``: what a person auditing the verdict looks at first."""
    shares = sorted((-weight, feature) for feature, pairs in named
                    for index, weight in pairs if index == best and weight > 0)
    return " … ".join(feature for _, feature in shares[:3])
