"""Long explanations: meaning, usual causes and steps to fix, in English and German.

>>> from smtpcodes import explain
>>> e = explain(552, lang="de")
>>> e.lang, bool(e.fixes)
('de', True)

The texts are data in :mod:`smtpcodes.texts` (one package per language), one entry per code or
category; this module only looks them up and merges them.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Final, TypeAlias

from pydantic import BaseModel

from smtpcodes import texts
from smtpcodes._tables import ENHANCED_CATEGORIES
from smtpcodes.enums import Category, ReplyCode
from smtpcodes.errors import UnknownCodeError
from smtpcodes.models import Classification, EnhancedStatusCode
from smtpcodes.texts import LANGUAGES, Language, Text

__all__ = ["LANGUAGES", "Explainable", "Explanation", "Language", "explain", "merge", "same"]


def __dir__() -> list[str]:
    return __all__


Explainable: TypeAlias = (
    "int | str | ReplyCode | EnhancedStatusCode | Category | Classification"
)
"""What ``explain`` accepts."""

_ENHANCED_RE: Final = re.compile(r"[245]\.[0-9]{1,3}\.[0-9]{1,3}", re.ASCII)
_BASIC_RE: Final = re.compile(r"[2-5][0-9][0-9]", re.ASCII)


class Explanation(BaseModel, frozen=True):
    """What a code or category means, why it happens and how to fix it, in one language.

    >>> e = explain("5.7.26")
    >>> e.subject, e.lang
    ('5.7.26', 'en')
    """

    subject: str
    """What is explained: ``"550"``, ``"5.7.26"``, ``"user_unknown"``, or a combination."""
    title: str
    """A short title."""
    meaning: str
    """What it means, in plain words."""
    causes: tuple[str, ...]
    """The usual causes."""
    fixes: tuple[str, ...]
    """Steps to fix it, in order."""
    lang: Language
    """The language of the texts."""


def explain(subject: Explainable, /, *, lang: Language = "en") -> Explanation:
    """Explain a basic code, an enhanced code, a category or a classification.

    A ``Classification`` merges the guidance of its category and of its code, most specific
    first (a specific enhanced code that agrees with the category leads; otherwise the
    category, which knows more than a bare code: a blocklist named, SPF failing), and says
    each cause and fix once.

    >>> explain(421).title
    'Service not available'

    Raises:
        UnknownLanguageError: ``lang`` is not one of :data:`LANGUAGES`.
        UnknownCodeError: nothing is known about ``subject``.
        TypeError: ``subject`` is of another type.
    """
    bundle = texts.get(lang)
    if isinstance(subject, Classification):
        return _classification(subject, bundle)
    if isinstance(subject, Category):
        return _category(subject, bundle)
    if isinstance(subject, EnhancedStatusCode):
        return _enhanced(subject, bundle)
    if isinstance(subject, bool):
        msg = "explain() takes a code, not bool"
        raise TypeError(msg)
    if isinstance(subject, int):
        return _basic(subject, bundle)
    if isinstance(subject, str):
        return _from_string(subject, bundle)
    msg = f"explain() takes a code, a category or a Classification, not {type(subject).__name__}"
    raise TypeError(msg)


def _from_string(text: str, bundle: texts.Texts) -> Explanation:
    cleaned = text.strip()
    if _BASIC_RE.fullmatch(cleaned):
        return _basic(int(cleaned), bundle)
    if _ENHANCED_RE.fullmatch(cleaned):
        return _enhanced(EnhancedStatusCode.from_string(cleaned), bundle)
    try:
        category = Category(cleaned.lower())
    except ValueError:
        msg = f"No explanation for {text[:40]!r}: give a code (550, 5.7.26) or a category name"
        raise UnknownCodeError(msg) from None
    return _category(category, bundle)


def _make(subject: str, text: Text, language: Language) -> Explanation:
    return Explanation(
        subject=subject, title=text.title, meaning=text.meaning,
        causes=text.causes, fixes=text.fixes, lang=language,
    )


def _basic(code: int, bundle: texts.Texts) -> Explanation:
    text = bundle.codes.get(code)
    if text is None:
        msg = f"No explanation for reply code {code}: it is in no registry smtpcodes knows"
        raise UnknownCodeError(msg)
    return _make(str(code), text, bundle.lang)


def _enhanced(code: EnhancedStatusCode, bundle: texts.Texts) -> Explanation:
    found = bundle.enhanced
    text = found.get(f"{code.subject}.{code.detail}") or found.get(f"{code.subject}.0")
    if text is None:
        msg = f"No explanation for enhanced status code {code}"
        raise UnknownCodeError(msg)
    return _make(str(code), text, bundle.lang)


def _category(category: Category, bundle: texts.Texts) -> Explanation:
    return _make(category.value, bundle.categories[category], bundle.lang)


def _code_text(result: Classification, bundle: texts.Texts) -> tuple[str, Text, bool] | None:
    """The code's text, and whether it is more specific than the category's."""
    enhanced = result.enhanced
    if enhanced is not None and (enhanced.subject, enhanced.detail) != (0, 0):
        key = f"{enhanced.subject}.{enhanced.detail}"
        if key in bundle.enhanced:
            rule = ENHANCED_CATEGORIES.get((enhanced.subject, enhanced.detail))
            leads = rule is not None and rule.specific and rule.category is result.category
            return str(enhanced), bundle.enhanced[key], leads
    if result.code is not None and result.code in bundle.codes:
        return str(result.code), bundle.codes[result.code], False
    return None


def _classification(result: Classification, bundle: texts.Texts) -> Explanation:
    category = bundle.categories[result.category]
    code = _code_text(result, bundle)
    if code is None:
        return _make(result.category.value, category, bundle.lang)
    code_subject, code_text, code_leads = code
    if result.category is Category.UNKNOWN:
        return _make(code_subject, code_text, bundle.lang)
    first, second = (code_text, category) if code_leads else (category, code_text)
    return Explanation(
        subject=f"{result.category.value} {code_subject}",
        title=first.title,
        meaning=f"{first.meaning} {second.meaning}",
        causes=merge(first.causes, second.causes),
        fixes=merge(first.fixes, second.fixes),
        lang=bundle.lang,
    )


_WORD_RE: Final = re.compile(r"[^\W_]+")
_SAME_WORDS: Final = 0.6
"""Two items whose word sets overlap this much (Jaccard) say the same thing."""
_SAME_LETTERS: Final = 0.75
"""Two items whose normalised texts match this closely (difflib ratio) say the same thing."""


def _words(text: str) -> frozenset[str]:
    return frozenset(word for word in _WORD_RE.findall(text.casefold()) if len(word) > 2)


def same(first: str, second: str) -> bool:
    """Whether two causes or two fixes say the same thing, worded alike or nearly so.

    >>> same("Publish a DMARC record with p=none.", "Publish a DMARC record with p=none first.")
    True
    """
    words_a, words_b = _words(first), _words(second)
    if not words_a or not words_b:
        return first.casefold() == second.casefold()
    if len(words_a & words_b) / len(words_a | words_b) >= _SAME_WORDS:
        return True
    text_a, text_b = " ".join(sorted(words_a)), " ".join(sorted(words_b))
    return SequenceMatcher(None, text_a, text_b).ratio() >= _SAME_LETTERS


def merge(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    """Both lists in order, each thing said once; of two alike items the longer stays, in
    the place of the first.

    >>> merge(("Wait and retry.",), ("Wait and retry later.", "Check DNS."))
    ('Wait and retry later.', 'Check DNS.')
    """
    kept: list[str] = []
    for item in (*first, *second):
        for index, earlier in enumerate(kept):
            if same(earlier, item):
                if len(item) > len(earlier):
                    kept[index] = item
                break
        else:
            kept.append(item)
    return tuple(kept)
