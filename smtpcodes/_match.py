"""Knowledge compiled into word-start trie regexes, once, on first use; the evidence a text holds.

Every phrase and token of :mod:`smtpcodes.knowledge` goes into one trie-shaped regex. The text is
lower-cased once and scanned once: the pattern starts with a character class (a non-letter,
non-digit), so the regex engine skips inside words at C speed and tries the trie only at word
starts, and only where the next character can begin a phrase. At each word start the longest
phrase wins, and a phrase that starts inside one already found is part of it, not evidence of
its own ("mailbox size limit exceeded" is a full mailbox, not a message over a size limit).
Every other phrase is found, wherever it stands, and the decision ranks them all by kind, not by
position. Chinese and Japanese phrases (no spaces between words) have a trie of their own, tried
anywhere, and only on text that is not ASCII. A phrase written with Latin diacritics is also
compiled in its ASCII spelling ("échec" as "echec"), as an ASCII-only server or client writes it;
a phrase an entry writes always wins over another's accentless spelling.

Nothing is compiled at ``import smtpcodes``: :func:`compiled` gathers the phrases on the first
call, and each of the three scans (ASCII text, other scripts written with spaces, Chinese and
Japanese) is compiled when the first text that needs it comes (see :class:`Scans`).
"""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from collections.abc import Callable
from functools import cache, cached_property
from typing import Final, NamedTuple, TypeVar

from smtpcodes._tables import CATEGORY_PRIORITY
from smtpcodes.enums import Action, Category, EvidenceKind, Scope

__all__ = [
    "ADDRESS_RE", "JOINED_PREFIXES", "MAX_CJK", "MAX_MATCH", "MAX_TOGETHER", "MAX_TOGETHER_HITS",
    "PRIORITY",
    "Candidate", "Compiled", "Joint", "Kind", "Override", "Scans", "accentless", "built_once",
    "compiled",
    "find", "find_together", "fold", "is_unspaced", "joint", "trie",
]


Kind = EvidenceKind
"""The kinds of evidence, strongest first (see ``_decide``)."""


class Candidate(NamedTuple):
    """One piece of evidence: its level (lower wins), its category's priority, what it says.

    Levels (``_decide`` documents the precedence): 0 a provider's token or one documented
    vendor code (a documented block of codes, like Microsoft's 5.7.5xx rules, is level 2), 1 a
    decisive phrase, 2 a specific enhanced code, 3 a weak phrase, 4 a generic enhanced code, 5 the
    basic code's default. Candidates compare as tuples, so ``min()`` is the winner.
    """

    level: int
    priority: int
    origin: int
    """0 a provider's or MTA's module, 1 a language's, 2 the generic wording: at the same level
    and category, the more specific module is the one the evidence names."""
    category: Category
    kind: Kind
    rule: str
    matched: str


class Override(NamedTuple):
    """A provider's documented refinement of the action or scope tables."""

    action: Action | None
    scope: Scope | None


class Scans:
    """The three trie scans of :class:`Compiled`, each compiled the first time a text needs it.

    Compiling a trie of every language's phrases is most of a first call's cost (seconds, not
    microseconds): a program that only ever reads English replies never compiles the tries of
    the other scripts. Each scan is an attribute once built (``cached_property``), so the hot
    path pays no call for it; it is built once under a lock, so that threads share one.
    """

    def __init__(self, spaced: list[str], ascii_spaced: list[str], unspaced: list[str]) -> None:
        self._spaced = spaced
        self._ascii_spaced = ascii_spaced
        self._unspaced = unspaced

    @cached_property
    def words(self) -> re.Pattern[str]:
        """Every phrase written with spaces between words, tried at word starts."""
        return self._once("words", lambda: _word_pattern(self._spaced))

    @cached_property
    def ascii_words(self) -> re.Pattern[str]:
        """The same trie without the phrases that hold a non-ASCII character: on ASCII text they
        could never match, and every branch the regex engine need not try is time saved."""
        return self._once("ascii_words", lambda: _word_pattern(self._ascii_spaced))

    @cached_property
    def cjk(self) -> re.Pattern[str] | None:
        """The Chinese, Japanese and Thai phrases, tried anywhere (see :func:`is_unspaced`)."""
        if not self._unspaced:
            return None
        return self._once("cjk", lambda: re.compile(
            "(?=[" + _starts(self._unspaced) + "])" + _trie_pattern(self._unspaced)))

    def _once(self, name: str, build: Callable[[], re.Pattern[str]]) -> re.Pattern[str]:
        """The scan ``name``, built by the first thread that asks (Python 3.12 dropped the lock
        ``cached_property`` held): stored here under the lock, so a thread that waited finds
        it."""
        with _SCAN_LOCK:
            found: re.Pattern[str] | None = vars(self).get(name)
            if found is None:
                found = vars(self)[name] = build()
        return found


_SCAN_LOCK: Final = threading.Lock()


class Compiled(NamedTuple):
    """The knowledge, ready for the hot path."""

    scans: Scans
    phrases: dict[str, Candidate]
    """Every phrase and token, lower-cased, to the evidence it is."""
    codes: dict[tuple[int | None, int, int], Candidate]
    """Vendor enhanced codes: ``(class or None, subject, detail) -> evidence``."""
    overrides: dict[str, Override]
    """Rule id -> the provider's refinement of the action or scope."""


PRIORITY: Final = {category: rank for rank, category in enumerate(CATEGORY_PRIORITY)}
"""Category -> its rank in :data:`smtpcodes._tables.CATEGORY_PRIORITY`."""


_Trie = dict[str, "_Trie"]
_T = TypeVar("_T")
_END: Final = ""
_FOLDS: Final = (("\u2019", "'"), ("\u2018", "'"), ("\u00a0", " "), ("\u201c", '"'),
                 ("\u201d", '"'), ("\u2013", "-"), ("\u0219", "\u015f"), ("\u021b", "\u0163"),
                 ("i\u0307", "i"))
"""Typographic quotes, dashes and no-break spaces, as Gmail and Outlook write them, to plain
ones; and Romanian's s and t with a comma below (U+0219, U+021B, the standard spelling) to the
cedilla forms (U+015F, U+0163) that older translations and Latin-2 text use, so that either
spelling of a phrase reads the other; and the "i" plus combining dot above that Python makes
of Turkish capital "İ" when it lower-cases ("İnternet" -> "i̇nternet") to a plain "i" (a few
``str.replace`` passes: C speed, unlike ``str.translate`` on non-ASCII text)."""


def fold(text: str, /) -> str:
    """``text`` with typographic quotes, dashes and no-break spaces made plain, and its letters
    composed (NFC): a text written with combining accents ("e" + U+0301, as macOS and some
    translation files store it) reads as the phrases, which are written precomposed."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    for fancy, plain in _FOLDS:
        if fancy in text:
            text = text.replace(fancy, plain)
    return text


_BASE_LETTERS: Final = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h"}
"""Latin letters that are no letter plus a diacritic in Unicode, as ASCII writes them."""


@cache
def accentless() -> dict[int, str]:
    """A ``str.translate`` table (built once and shared: read it, never change it) from Latin
    letters with diacritics (Latin-1 Supplement to Latin Extended-B, and the Latin Extended
    Additional block Vietnamese uses) to ASCII: how a server or client limited to ASCII writes
    "échec", "bloqué" or "não" ("echec", "bloque", "nao")."""
    table = {ord(letter): bare for letter, bare in _BASE_LETTERS.items()}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        bare = "".join(c for c in unicodedata.normalize("NFD", chr(code))
                       if not unicodedata.combining(c))
        if bare != chr(code) and bare.isascii() and bare.isalpha():
            table[code] = bare
    return table


def _trie_pattern(phrases: list[str]) -> str:
    """A regex matching any of ``phrases``, longest first where one is a prefix of another.

    Its first level is split into groups of neighbouring first characters, and those into
    groups again (about the cube root of their number at each level), each group behind a
    look-ahead for its characters: the regex engine tries the branches of an alternation one by
    one, and a trie of every language's phrases starts with over a thousand characters, so a
    few character-class tests, instead of a test per first character, turn a try away. The
    groups share no first character, so the match is the same."""
    root = trie(phrases)
    firsts = sorted(root)
    fan = max(_GROUP, round(len(firsts) ** (1 / 3)))
    return _grouped(firsts, root, fan)


def trie(phrases: list[str]) -> _Trie:
    """``phrases`` as a tree of their characters; ``""`` marks where one ends. Each node's
    children stand in the order of their characters (the phrases are read sorted)."""
    root: _Trie = {}
    for phrase in sorted(phrases):
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _grouped(chars: list[str], root: _Trie, fan: int) -> str:
    """The alternation of ``root``'s branches for ``chars``: at most ``fan`` of them side by side,
    else ``fan`` groups of neighbouring characters, each behind a look-ahead for its own."""
    if len(chars) <= fan:
        inner = [_escape(char) + _node_pattern(root[char]) for char in chars]
        return inner[0] if len(inner) == 1 else "(?:" + "|".join(inner) + ")"
    size = -(-len(chars) // fan)  # ceiling: fan groups at most
    branches = ["(?=[" + _starts(chars[at:at + size]) + "])"
                + _grouped(chars[at:at + size], root, fan)
                for at in range(0, len(chars), size)]
    return "(?:" + "|".join(branches) + ")"


_GROUP: Final = 6
"""The fewest branches (or groups) the trie's first level puts side by side."""


@cache
def _escape(char: str) -> str:
    """``re.escape`` of one character, once per character (a trie has hundreds of thousands)."""
    return re.escape(char)


def _node_pattern(node: _Trie) -> str:
    branches = [_escape(char) + _node_pattern(child) for char, child in node.items()
                if char != _END]  # in the order of their characters: see trie()
    if _END in node:
        branches.append("")  # the phrase may end here; longer phrases were tried first
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def is_unspaced(char: str) -> bool:
    """True for the scripts written without spaces between words (Chinese, Japanese, Thai): their
    phrases are matched anywhere, not at word starts."""
    return ("\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or char >= "\uff00"
            or "\u0e00" <= char <= "\u0e7f")


def _build() -> Compiled:
    from smtpcodes.knowledge import load  # the knowledge loads on first use

    knowledge = load()
    phrases: dict[str, Candidate] = {}
    codes: dict[tuple[int | None, int, int], Candidate] = {}
    overrides: dict[str, Override] = {}

    def add(phrase: str, level: int, origin: int, rule: str, category: Category,  # noqa: PLR0913, PLR0917
            kind: Kind) -> None:
        folded = fold(phrase)  # first wins; tests forbid clashes
        phrases.setdefault(folded, Candidate(level, PRIORITY[category], origin, category, kind,
                                             rule, folded))

    for provider in knowledge.providers:
        for token in provider.tokens:
            if token.action is not None or token.scope is not None:
                overrides[token.id] = Override(token.action, token.scope)
            for text in token.tokens:
                add(text, 0, 0, token.id, token.category, Kind.PROVIDER)
        for rule in provider.codes:
            for detail in rule.details:
                written = f"{rule.klass or 'x'}.{rule.subject}.{detail}"
                codes.setdefault((rule.klass, rule.subject, detail), Candidate(
                    0 if len(rule.details) == 1 else 2, PRIORITY[rule.category], 0,
                    rule.category, Kind.PROVIDER, rule.id, written))
    groups = [(group, 0) for provider in knowledge.providers for group in provider.phrases]
    groups += [(group, 1) for language in knowledge.languages for group in language.phrases]
    groups += [(group, 2) for group in knowledge.generic]
    for group, origin in groups:
        for text in group.phrases:
            add(text, 1 if group.decisive else 3, origin, group.id, group.category, Kind.PHRASE)
    _add_accentless(phrases)
    _add_joined_prefixes(phrases)
    spaced, ascii_spaced, unspaced = _by_script(list(phrases))
    return Compiled(
        scans=Scans(spaced, ascii_spaced, unspaced),
        phrases=phrases,
        codes=codes,
        overrides=overrides,
    )


def _by_script(words: list[str]) -> tuple[list[str], list[str], list[str]]:
    """``words`` written with spaces between words, those of them in ASCII, and the Chinese,
    Japanese and Thai ones (matched anywhere, see :func:`is_unspaced`)."""
    spaced = [word for word in words if not is_unspaced(word[0])]
    return spaced, [word for word in spaced if word.isascii()], [
        word for word in words if is_unspaced(word[0])]


def _add_joined_prefixes(phrases: dict[str, Candidate]) -> None:
    """Each Hebrew or Arabic phrase also behind each prefix its script joins to a word (see
    :data:`_LETTERS`), added after every written phrase (a written one wins a clash)."""
    for phrase, candidate in list(phrases.items()):
        for low, high, prefixes in JOINED_PREFIXES:
            if low <= phrase[0] <= high:
                for prefix in prefixes:
                    phrases.setdefault(prefix + phrase,
                                       candidate._replace(matched=prefix + phrase))


def _add_accentless(phrases: dict[str, Candidate]) -> None:
    """Each phrase also without its accents, added after every written phrase (a written one wins
    a clash): an ASCII-only server or client drops them, and the reason stays the same."""
    table = accentless()
    for phrase, candidate in list(phrases.items()):
        bare = phrase if phrase.isascii() else phrase.translate(table)
        if bare != phrase:
            phrases.setdefault(bare, candidate._replace(matched=bare))


_LETTERS: Final = (
    "a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0300-\u036f"  # Latin
    "\u0370-\u037d\u037f-\u0386\u0388-\u03ff\u1f00-\u1fff"  # Greek, without its ; and ·
    "\u0400-\u052f\u0531-\u0559\u0560-\u0588"  # Cyrillic, Armenian letters
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u05d0-\u05ea\u05ef-\u05f2"  # Hebrew
    "\u0610-\u061a\u0620-\u0669\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f"  # Arabic
    "\u0900-\u0963\u0966-\u0dff"  # Devanagari to Sinhala, without the danda
    "\u0e00-\u0e7f\u10a0-\u10ff"  # Thai (its phrases are matched anywhere), Georgian
)
"""What a word is made of, for where words start: letters, digits and the marks that follow a
letter, in the alphabets written with spaces between words: Latin with its diacritics, Greek,
Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Georgian. So "déspam", precomposed or
decomposed, holds no word "spam", and no Russian phrase starts inside a Russian word. Hebrew and
Arabic write their articles, conjunctions and prepositions joined to the next word (Hebrew
"האימות", "the authentication"; Arabic "بلاحقة", "with the extension"): their phrases are also
compiled behind each of those prefixes (:data:`JOINED_PREFIXES`). Thai letters are letters too:
Thai, like Chinese and Japanese, puts no spaces between words, so its phrases are in the trie
tried anywhere (see :func:`is_unspaced`). Hangul is not listed: Korean joins particles and
nouns without a space ("SMTP서버"), so its phrases are tried at each syllable."""

JOINED_PREFIXES: Final = (
    # Hebrew's one-letter prefixes (and, the, in, as, to, from, that) and the pairs they most
    # often make ("and the", "that the", "from the", "to the", "in the"...): Hebrew grammar,
    # https://en.wikipedia.org/wiki/Hebrew_grammar
    ("\u05d0", "\u05ea", ("ו", "ה", "ב", "כ", "ל", "מ", "ש", "וה", "שה", "מה", "לה", "בה", "כש",
                          "וב", "ול", "ומ", "וש")),
    # Arabic's article al- and its joined conjunctions and prepositions (and, so, with, like,
    # for) with their usual joins: https://en.wikipedia.org/wiki/Arabic_grammar
    ("\u0620", "\u064a", ("ال", "و", "ف", "ب", "ك", "ل", "وال", "بال", "فال", "كال", "لل", "ول",
                          "وب", "فب", "فل")),
)
"""Prefixes a script writes joined to the next word: (first letter, last letter, prefixes)."""


def _word_pattern(phrases: list[str]) -> re.Pattern[str]:
    """A non-letter, non-digit, non-combining mark, a look-ahead for a character that can start a
    phrase, the trie."""
    # The trie is tried only where the next character can start a phrase: one character-class
    # test turns away a space before "<", a digit run, or each ideograph of Chinese text (all of
    # them non-letters, so each would otherwise start a try of the whole trie).
    starts = _starts(phrases)
    # A combining mark (U+0300-U+036F) belongs to the letter before it, so no word starts after
    # one ("re\u0301ussi" is one word): not trying the trie there also keeps a text of
    # letter-and-mark pairs from trying it at every other character.
    return re.compile("[^" + _LETTERS + "](?=[" + starts + "])(" + _trie_pattern(phrases)
                      + ")")


ADDRESS_RE: Final = re.compile(r"(?<![a-z0-9._%+=-])[a-z0-9._%+=-]++@[a-z0-9.-]++")
"""An e-mail address, in lower-case text: its local part and domain are no words of the
sentence ("user@…" is not a user, "mailbox-full@…" no full mailbox), so a ``Together`` scan
blanks it out. ASCII only, so that the Chinese or Japanese words written right before one stay;
tried only where a run of its characters starts, so that a long run without an "@" is read once,
not once per position."""


class Joint(NamedTuple):
    """The words of the :class:`~smtpcodes.knowledge.Together` entries, compiled."""

    words: re.Pattern[str] | None
    """Every word start where a word of some entry begins (zero-width, so none hides another)."""
    ascii_words: re.Pattern[str] | None
    """The same with the ASCII words alone, for ASCII text (fewer branches to try)."""
    cjk: re.Pattern[str] | None
    """The same for Chinese and Japanese words, anywhere."""
    parts: dict[str, tuple[tuple[int, int], ...]]
    """A word as the scan finds it -> (entry, group) of it and of every word it begins with."""
    entries: tuple[tuple[Candidate, int, int], ...]
    """Per entry: its evidence, its number of groups, its window."""


def _build_joint() -> Joint:
    from smtpcodes.knowledge import load  # the knowledge loads on first use

    table = accentless()
    owners: dict[str, set[tuple[int, int]]] = {}
    entries: list[tuple[Candidate, int, int]] = []
    knowledge = load()
    together = [(entry, 1) for language in knowledge.languages for entry in language.together]
    together += [(entry, 2) for entry in knowledge.together]
    for index, (entry, origin) in enumerate(together):
        entries.append((Candidate(3, PRIORITY[entry.category], origin, entry.category,
                                  Kind.PHRASE, entry.id, ""), len(entry.groups), entry.window))
        for group_index, group in enumerate(entry.groups):
            for word in group:
                for spelling in {fold(word), fold(word).translate(table)}:
                    owners.setdefault(spelling, set()).add((index, group_index))
    # A scan finds the longest word at each start: it stands for the shorter ones it begins with
    # (each of its prefixes looked up, not every other word compared with it).
    parts = {word: tuple(sorted({key for end in range(1, len(word) + 1)
                                 for key in owners.get(word[:end], ())}))
             for word in owners}
    spaced, ascii_spaced, unspaced = _by_script(list(owners))
    return Joint(
        words=_joint_words(spaced),
        ascii_words=_joint_words(ascii_spaced),
        cjk=re.compile("(?=[" + _starts(unspaced) + "])(?=(" + _trie_pattern(unspaced) + "))")
        if unspaced else None,
        parts=parts,
        entries=tuple(entries),
    )


def _joint_words(words: list[str]) -> re.Pattern[str] | None:
    """Every word start (after a non-letter, non-digit, non-mark) where one of ``words`` begins."""
    if not words:
        return None
    return re.compile("[^" + _LETTERS + "](?=[" + _starts(words) + "])(?=("
                      + _trie_pattern(words) + "))")


def _starts(words: list[str]) -> str:
    """A character class's body of the characters that begin ``words``: one class test turns
    a position away before the trie's alternatives are tried."""
    return "".join(re.escape(char) for char in sorted({word[0] for word in words}))


_JOINT: list[Joint] = []

MAX_TOGETHER: Final = 1024
"""Characters of a reply's text a ``Together`` scan reads: a notice names its reason in its first
sentences (a fallback's scan, tried at every position of Chinese or Japanese text, is kept to half
of what the phrases read)."""

MAX_TOGETHER_HITS: Final = 64
"""Words a ``Together`` scan reads at most: a real notice holds a handful; a text that repeats
one word a thousand times gets no more work than one that holds it 64 times."""


def joint() -> Joint:
    """The compiled :class:`Joint` words, built on first use (thread-safe)."""
    return _JOINT[0] if _JOINT else built_once(_JOINT, _build_joint)


def find_together(text: str, /) -> list[Candidate]:
    """The :class:`~smtpcodes.knowledge.Together` entries whose words all stand within their
    window in ``text`` (any case): the fallback where no phrase matched."""
    compiled_joint = joint()
    lowered = " " + fold(text.lower()[:MAX_TOGETHER])
    if "@" in lowered:
        lowered = ADDRESS_RE.sub(" ", lowered)
    found: list[tuple[int, int, int, str]] = []  # (position, entry, group, word)
    if lowered.isascii():
        scans = [compiled_joint.ascii_words]
    else:
        scans = [compiled_joint.words, compiled_joint.cjk]
    for scan in scans:
        if scan is None:
            continue
        for match in itertools.islice(scan.finditer(lowered), MAX_TOGETHER_HITS):
            word = match.group(1)
            found += [(match.start(1), entry, group, word)
                      for entry, group in compiled_joint.parts[word]]
    by_entry: dict[int, list[tuple[int, int, str]]] = {}
    for position, entry, group, word in sorted(found):
        by_entry.setdefault(entry, []).append((position, group, word))
    hits = []
    for entry, seen in by_entry.items():
        candidate, groups, window = compiled_joint.entries[entry]
        words = _within(seen, groups, window)
        if words:
            hits.append(candidate._replace(matched=" … ".join(words)))
    return hits


def _within(seen: list[tuple[int, int, str]], groups: int, window: int) -> list[str]:
    """The words of the first stretch of at most ``window`` characters of ``seen`` (sorted by
    position) that holds a word of every group, in the order they stand; [] if none does."""
    last: dict[int, tuple[int, str]] = {}  # group -> its latest (position, word)
    for position, group, word in seen:
        last[group] = (position, word)
        if len(last) == groups and position - min(p for p, _ in last.values()) <= window:
            return [w for _, w in sorted(last.values())]
    return []


MAX_MATCH: Final = 2048
"""Characters of a reply's text the matcher reads: a reply's reason stands in its first lines
(the longest real ones in tests/data and the shared corpus are under 1,000 characters)."""

MAX_CJK: Final = 1024
"""Characters the Chinese and Japanese phrases are looked for in: their trie is tried at every
position, not only at word starts, and such a notice names its reason in its first lines (the
longest real ones in tests/data and the shared corpus name it in their first 300)."""

_LOCK: Final = threading.Lock()
_COMPILED: list[Compiled] = []


def compiled() -> Compiled:
    """The compiled knowledge, built on first use (thread-safe)."""
    return _COMPILED[0] if _COMPILED else built_once(_COMPILED, _build)


def built_once(store: list[_T], build: Callable[[], _T]) -> _T:
    """``store``'s one item, built by ``build`` under the lock if no thread has built it yet."""
    with _LOCK:
        if not store:
            store.append(build())
    return store[0]


def find(text: str, /, lowered: str = "") -> list[Candidate]:
    """The evidence of every phrase or token that starts a word of ``text`` (any case);
    ``lowered`` is ``text.lower()`` where the caller has it already."""
    if not text:
        return []
    knowledge = _COMPILED[0] if _COMPILED else compiled()
    lowered = " " + (lowered or text.lower())[:MAX_MATCH]
    evidence = knowledge.phrases.__getitem__  # map() keeps the look-ups at C level
    if not lowered.isascii():
        lowered = fold(lowered)
        if not lowered.isascii():  # not only typographic quotes, dashes or no-break spaces
            scans = knowledge.scans
            hits = list(map(evidence, scans.words.findall(lowered)))
            if scans.cjk is not None:  # tried at every position: half the characters
                hits += map(evidence, scans.cjk.findall(lowered, 0, MAX_CJK))
            return hits
    return list(map(evidence, knowledge.scans.ascii_words.findall(lowered)))
