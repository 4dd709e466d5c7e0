"""explain(): complete, bilingual guidance for every code and category."""

from __future__ import annotations

import pytest

from smtpcodes import (
    Category,
    EnhancedStatusCode,
    Explanation,
    ReplyCode,
    UnknownCodeError,
    UnknownLanguageError,
    classify,
    explain,
    texts,
)
from smtpcodes._registry import ENHANCED_REGISTRY
from smtpcodes.texts import LANGUAGES, Language

LANGS = LANGUAGES
KEY_ENHANCED = ["1.1", "1.2", "1.10", "2.1", "2.2", "3.4", "4.7", "5.0", "5.1", "5.2", "5.3",
                "5.4", "5.5", "5.6", "7.0", "7.1", "7.8", "7.23", "7.24", "7.25", "7.26", "7.27"]


def _complete(explanation: Explanation) -> bool:
    return bool(explanation.title and explanation.meaning and explanation.causes
                and explanation.fixes and all(explanation.causes) and all(explanation.fixes))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("code", list(ReplyCode), ids=str)
def test_every_registry_code(code: ReplyCode, lang: Language) -> None:
    """Every basic code in the registry has a complete explanation in both languages."""
    result = explain(code, lang=lang)
    assert _complete(result)
    assert (result.subject, result.lang) == (str(int(code)), lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("category", list(Category), ids=str)
def test_every_category(category: Category, lang: Language) -> None:
    """Every category has a complete explanation in both languages."""
    assert _complete(explain(category, lang=lang))
    assert explain(category.value, lang=lang) == explain(category, lang=lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", KEY_ENHANCED)
@pytest.mark.parametrize("klass", [4, 5])
def test_enhanced_codes_that_matter(key: str, klass: int, lang: Language) -> None:
    """The enhanced codes that matter in practice are explained, as text and as model."""
    text = f"{klass}.{key}"
    assert _complete(explain(text, lang=lang))
    assert explain(EnhancedStatusCode.from_string(text), lang=lang).subject == text


def test_unregistered_detail_falls_back_to_its_subject() -> None:
    """A vendor code (5.7.606) is explained by its subject's generic entry (X.7.0)."""
    assert explain("5.7.606").title == explain("5.7.0").title


@pytest.mark.parametrize("name", ["codes", "categories", "enhanced"])
def test_languages_have_the_same_keys_and_no_empty_fields(name: str) -> None:
    """English and German cover the same keys, and no field is empty."""
    english, german = getattr(texts.get("en"), name), getattr(texts.get("de"), name)
    assert set(english) == set(german), name
    for table in (english, german):
        for key, text in table.items():
            assert text.title.strip() and text.meaning.strip(), key
            assert text.causes and all(c.strip() for c in text.causes), key
            assert text.fixes and all(f.strip() for f in text.fixes), key
    for key in english:
        assert english[key] != german[key], f"{name} {key} is not translated"


def test_german_is_german() -> None:
    """German texts use German words and umlauts, not English."""
    text = explain(552, lang="de")
    joined = " ".join((text.meaning, *text.causes, *text.fixes))
    assert any(ch in joined for ch in "äöüß")
    assert " die " in joined or " der " in joined


@pytest.mark.parametrize(
    ("code", "facts"),
    [
        (421, ["587", "STARTTLS", "firewall", "DNS"]),
        (552, ["25 MB", "attachment", "link"]),
        (450, ["greylist"]),
        (554, ["blocklist"]),
    ],
)
def test_guide_facts_are_present(code: int, facts: list[str]) -> None:
    """The troubleshooting guide's key facts for a code appear in its causes or fixes."""
    text = explain(code)
    joined = " ".join((text.meaning, *text.causes, *text.fixes)).lower()
    for fact in facts:
        assert fact.lower() in joined, fact


def test_classification_leads_with_its_category() -> None:
    """A classification is explained by its category first, then by its code."""
    result = classify("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using "
                      "zen.spamhaus.org")
    long_form = explain(result)
    category = explain(Category.BLOCKLISTED)
    code = explain("5.7.1")
    assert long_form.title == category.title
    assert long_form.causes[: len(category.causes)] == category.causes
    assert set(code.fixes) <= set(long_form.fixes)
    assert long_form.subject == "blocklisted 5.7.1"


def test_unknown_classification_is_explained_by_its_code() -> None:
    """When nothing decisive was read, the code is the best guidance there is."""
    result = classify("550 Rejected")
    assert explain(result) == explain(550)


def test_unknown_language_lists_the_supported_ones() -> None:
    """An unknown language is a ValueError naming en and de."""
    with pytest.raises(UnknownLanguageError, match="supported: en, de"):
        explain(550, lang="fr")  # type: ignore[arg-type]
    assert issubclass(UnknownLanguageError, ValueError)


@pytest.mark.parametrize("subject", [599, "599", "9.9.9", "not_a_category", "1.2.3"])
def test_unknown_subject(subject: int | str) -> None:
    """Something with no explanation is an UnknownCodeError (a ValueError)."""
    with pytest.raises(UnknownCodeError):
        explain(subject)


def test_wrong_type() -> None:
    """Other types are a TypeError."""
    with pytest.raises(TypeError, match="not float"):
        explain(5.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not bool"):
        explain(True)  # noqa: FBT003


@pytest.mark.parametrize("lang", LANGS)
def test_every_registry_enhanced_code(lang: Language) -> None:
    """Every enhanced code of the IANA registry, in both classes, has a complete explanation."""
    for subject, detail in ENHANCED_REGISTRY:
        for klass in (4, 5):
            assert _complete(explain(f"{klass}.{subject}.{detail}", lang=lang)), (subject, detail)
