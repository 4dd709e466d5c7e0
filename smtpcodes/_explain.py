"""Long explanations: meaning, usual causes and steps to fix, in English and German.

>>> from smtpcodes import explain
>>> e = explain(552, lang="de")
>>> e.lang, bool(e.fixes)
('de', True)

The texts are data in :mod:`smtpcodes.texts` (one package per language), one entry per code or
category; this module only looks them up and merges them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Annotated, Final, TypeAlias

from pydantic import BaseModel, Field

from smtpcodes import texts
from smtpcodes._parse import enhanced_from_text
from smtpcodes._tables import ENHANCED_CATEGORIES
from smtpcodes.enums import Category, ReplyCode
from smtpcodes.errors import UnknownCodeError
from smtpcodes.models import Classification, EnhancedStatusCode
from smtpcodes.texts import LANGUAGES, Language, Text

__all__ = ["LANGUAGES", "Explainable", "Explanation", "Language", "explain", "likeness", "merge"]


def __dir__() -> list[str]:
    return __all__


Explainable: TypeAlias = (
    "int | str | ReplyCode | EnhancedStatusCode | Category | Classification"
)
"""What ``explain`` accepts."""

_BASIC_RE: Final = re.compile(r"[2-5][0-9][0-9]", re.ASCII)


class Explanation(BaseModel, frozen=True):
    """What a code or category means, why it happens and how to fix it, in one language.

    >>> e = explain("5.7.26")
    >>> e.subject, e.lang
    ('5.7.26', 'en')
    """

    subject: Annotated[str, Field(
        description=(
            "What is explained: ``550``, ``5.7.26``, ``user_unknown``, or a category and a code."
        ),
    )]
    title: Annotated[str, Field(description="A short title.")]
    meaning: Annotated[str, Field(description="What it means, in plain words.")]
    causes: Annotated[tuple[str, ...], Field(description="The usual causes, most specific first.")]
    fixes: Annotated[tuple[str, ...], Field(description="Steps to fix it, most specific first.")]
    lang: Annotated[Language, Field(description="The language of the texts.")]


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
    triple = enhanced_from_text(cleaned)  # the package's one reading of an enhanced code
    if triple is not None and ".".join(map(str, triple)) == cleaned:
        return _enhanced(EnhancedStatusCode(klass=triple[0], subject=triple[1],
                                            detail=triple[2]), bundle)
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
    # A specific code of the same category covers the category's ground in detail: what the
    # category adds must differ more clearly to be worth saying.
    threshold = ALIKE_SAME_TOPIC if code_leads else ALIKE
    return Explanation(
        subject=f"{result.category.value} {code_subject}",
        title=first.title,
        meaning=" ".join(merge(_sentences(first.meaning), _sentences(second.meaning),
                               lang=bundle.lang, threshold=ALIKE_SENTENCE)),
        causes=merge(first.causes, second.causes, lang=bundle.lang, threshold=threshold),
        fixes=merge(first.fixes, second.fixes, lang=bundle.lang, threshold=threshold),
        lang=bundle.lang,
    )


ALIKE: Final = 0.4
"""Two items whose weighted word vectors (TF-IDF, cosine) are this close say the same thing.

Measured on every explanation of the test replies in both languages, function words left out:
from about 0.4 up, pairs are rewordings of one fact ("Publish a DMARC record, start with
p=none…" twice); below it, more and more pairs share a topic but say different things ("the
mailbox was deleted" / "the account was suspended")."""
ALIKE_SAME_TOPIC: Final = 0.2
"""The bar when a specific code's text and its own category's text meet (552 5.2.2 and
``mailbox_full``): both describe one situation, so the category adds only what shares little
with the code's items (a new fact such as a small free-account quota), not a rewording."""
ALIKE_SENTENCE: Final = 0.5
"""The bar for sentences of two meanings: only a sentence said twice is dropped."""

_WORD_RE: Final = re.compile(r"[^\W_]+")
_SENTENCE_RE: Final = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9])")
_STEM: Final = 6
"""Words are compared by their first letters, so that plural and case endings still match."""


def _sentences(text: str) -> tuple[str, ...]:
    return tuple(_SENTENCE_RE.split(text.strip()))


def _terms(text: str, lang: Language) -> Counter[str]:
    skip = texts.words(lang).function_words
    return Counter(word[:_STEM] for word in _WORD_RE.findall(text.casefold())
                   if len(word) > 2 and word not in skip)


@cache
def _weights(lang: Language) -> tuple[Mapping[str, float], float]:
    """Inverse document frequency of every term over all causes and fixes of a language."""
    bundle = texts.get(lang)
    items = {item for table in (bundle.codes, bundle.enhanced, bundle.categories)
             for text in table.values() for item in (*text.causes, *text.fixes)}
    counts: Counter[str] = Counter()
    for item in items:
        counts.update(set(_terms(item, lang)))
    total = len(items) + 1
    return {term: math.log(total / n) for term, n in counts.items()}, math.log(total)


@lru_cache(maxsize=16_384)
def _vector(text: str, lang: Language) -> tuple[Mapping[str, float], float]:
    """The TF-IDF vector of a text and its length; texts come from a fixed set, so cached."""
    weights, rare = _weights(lang)
    vector = MappingProxyType({term: (1 + math.log(n)) * weights.get(term, rare)
                               for term, n in _terms(text, lang).items()})
    return vector, math.sqrt(sum(v * v for v in vector.values()))


def likeness(first: str, second: str, /, *, lang: Language = "en") -> float:
    """How alike two causes or fixes are, 0 to 1: cosine of their TF-IDF word vectors.

    >>> likeness("Publish a DMARC record with p=none.", "Publish a DMARC record (p=none).") > ALIKE
    True
    >>> round(likeness("The sending IP has no PTR record.", "Reduce the message size."), 2)
    0.0
    """
    (a, norm_a), (b, norm_b) = _vector(first, lang), _vector(second, lang)
    if not norm_a or not norm_b:
        return float(first.strip().casefold() == second.strip().casefold())
    return sum(weight * b.get(term, 0.0) for term, weight in a.items()) / (norm_a * norm_b)


def merge(
    first: tuple[str, ...], second: tuple[str, ...], /, *,
    lang: Language = "en", threshold: float = ALIKE,
) -> tuple[str, ...]:
    """Both lists in order, each thing said once: an item alike an earlier one is dropped.

    >>> merge(("Wait and retry.",), ("Wait and retry later.", "Check DNS."))
    ('Wait and retry.', 'Check DNS.')
    """
    kept: list[str] = []
    for item in (*first, *second):
        if not any(likeness(earlier, item, lang=lang) >= threshold for earlier in kept):
            kept.append(item)
    return tuple(kept)
