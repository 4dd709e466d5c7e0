"""Long explanations: meaning, usual causes and steps to fix, in English and German.

>>> from smtpcodes import explain
>>> e = explain(552, lang="de")
>>> e.lang, bool(e.fixes)
('de', True)

The texts are data (``_texts_codes``, ``_texts_enhanced``, ``_texts_categories``), one entry
per code or category per language; this module only looks them up and combines them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final, Literal, TypeAlias

from pydantic import BaseModel

from smtpcodes import _texts_categories, _texts_codes, _texts_enhanced
from smtpcodes._text_types import Text
from smtpcodes.enums import Category, ReplyCode
from smtpcodes.errors import UnknownCodeError, UnknownLanguageError
from smtpcodes.models import Classification, EnhancedStatusCode

__all__ = ["LANGUAGES", "Explainable", "Explanation", "Language", "explain"]


def __dir__() -> list[str]:
    return __all__


Language: TypeAlias = Literal["en", "de"]
LANGUAGES: Final[tuple[Language, ...]] = ("en", "de")
"""The languages every text exists in."""

Explainable: TypeAlias = (
    "int | str | ReplyCode | EnhancedStatusCode | Category | Classification"
)
"""What ``explain`` accepts."""

_CODES: Final[Mapping[str, Mapping[int, Text]]] = {
    "en": _texts_codes.EN, "de": _texts_codes.DE,
}
_ENHANCED: Final[Mapping[str, Mapping[str, Text]]] = {
    "en": _texts_enhanced.EN, "de": _texts_enhanced.DE,
}
_CATEGORIES: Final[Mapping[str, Mapping[Category, Text]]] = {
    "en": _texts_categories.EN, "de": _texts_categories.DE,
}
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


def explain(subject: Explainable, /, *, lang: str = "en") -> Explanation:
    """Explain a basic code, an enhanced code, a category or a classification.

    A ``Classification`` is explained by its category first (it knows more than the code: a
    blocklist named, SPF failing), followed by what its enhanced or basic code adds.

    >>> explain(421).title
    'Service not available'

    Raises:
        UnknownLanguageError: ``lang`` is not one of :data:`LANGUAGES`.
        UnknownCodeError: nothing is known about ``subject``.
        TypeError: ``subject`` is of another type.
    """
    language = _language(lang)
    if isinstance(subject, Classification):
        return _classification(subject, language)
    if isinstance(subject, Category):
        return _category(subject, language)
    if isinstance(subject, EnhancedStatusCode):
        return _enhanced(subject, language)
    if isinstance(subject, bool):
        msg = "explain() takes a code, not bool"
        raise TypeError(msg)
    if isinstance(subject, int):
        return _basic(subject, language)
    if isinstance(subject, str):
        return _from_string(subject, language)
    msg = f"explain() takes a code, a category or a Classification, not {type(subject).__name__}"
    raise TypeError(msg)


def _language(lang: str) -> Language:
    for known in LANGUAGES:
        if lang == known:
            return known
    msg = f"Unknown language: {lang[:20]!r}; supported: {', '.join(LANGUAGES)}"
    raise UnknownLanguageError(msg)


def _from_string(text: str, language: Language) -> Explanation:
    cleaned = text.strip()
    if _BASIC_RE.fullmatch(cleaned):
        return _basic(int(cleaned), language)
    if _ENHANCED_RE.fullmatch(cleaned):
        return _enhanced(EnhancedStatusCode.from_string(cleaned), language)
    try:
        category = Category(cleaned.lower())
    except ValueError:
        msg = f"No explanation for {text[:40]!r}: give a code (550, 5.7.26) or a category name"
        raise UnknownCodeError(msg) from None
    return _category(category, language)


def _make(subject: str, text: Text, language: Language) -> Explanation:
    return Explanation(
        subject=subject, title=text.title, meaning=text.meaning,
        causes=text.causes, fixes=text.fixes, lang=language,
    )


def _basic(code: int, language: Language) -> Explanation:
    text = _CODES[language].get(code)
    if text is None:
        msg = f"No explanation for reply code {code}: it is in no registry smtpcodes knows"
        raise UnknownCodeError(msg)
    return _make(str(code), text, language)


def _enhanced(code: EnhancedStatusCode, language: Language) -> Explanation:
    texts = _ENHANCED[language]
    text = texts.get(f"{code.subject}.{code.detail}") or texts.get(f"{code.subject}.0")
    if text is None:
        msg = f"No explanation for enhanced status code {code}"
        raise UnknownCodeError(msg)
    return _make(str(code), text, language)


def _category(category: Category, language: Language) -> Explanation:
    return _make(category.value, _CATEGORIES[language][category], language)


def _code_text(result: Classification, language: Language) -> tuple[str, Text] | None:
    if result.enhanced is not None and (result.enhanced.subject, result.enhanced.detail) != (0, 0):
        texts = _ENHANCED[language]
        key = f"{result.enhanced.subject}.{result.enhanced.detail}"
        if key in texts:
            return str(result.enhanced), texts[key]
    if result.code is not None and result.code in _CODES[language]:
        return str(result.code), _CODES[language][result.code]
    return None


def _classification(result: Classification, language: Language) -> Explanation:
    lead = _CATEGORIES[language][result.category]
    code = _code_text(result, language)
    if code is None:
        return _make(result.category.value, lead, language)
    code_subject, code_text = code
    if result.category is Category.UNKNOWN:
        return _make(code_subject, code_text, language)
    return Explanation(
        subject=f"{result.category.value} {code_subject}",
        title=lead.title,
        meaning=f"{lead.meaning} {code_text.meaning}",
        causes=_merge(lead.causes, code_text.causes),
        fixes=_merge(lead.fixes, code_text.fixes),
        lang=language,
    )


def _merge(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))
