"""smtpcodes.texts: every text in every language, German that stays German, advice said once."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from datetime import timedelta
from functools import cache

import pytest

from smtpcodes import (
    Action,
    Category,
    Classification,
    Explanation,
    ReplyCode,
    Scope,
    Severity,
    UnknownLanguageError,
    classify,
    explain,
    texts,
)
from smtpcodes._explain import ALIKE, likeness, merge
from smtpcodes._registry import ENHANCED_REGISTRY
from smtpcodes._tables import DESCRIPTIONS, PREFIXES
from smtpcodes.texts import LANGUAGES, Language, format_duration
from tests.conftest import DATA, load_jsonl

GUIDE_CODES = (421, 450, 451, 452, 500, 501, 502, 503, 504, 550, 551, 552, 553, 554)

_QUOTED_RE = re.compile(r"„[^“]*“|\"[^\"]*\"|'[^']*'|‚[^‘]*‘|“[^”]*”")
"""Quoted server replies ('535 5.7.8 Username and Password not accepted') stay as sent."""
_TOKEN_RE = re.compile(r"\S*[@=<>:/_0-9]\S*|\S+\.\w\S*|(?<!\w)-\S+")
"""Addresses, host names, codes, DNS mechanisms (include:, p=none, -all) and the second half of
a German pair ("Absenderadresse oder -domain") are not words."""
_WORD_RE = re.compile(r"[^\W\d_]+")
SHARED_WORDS = frozenset({
    "was", "also", "will", "per", "links", "normal", "positive",  # German words too
    "before",  # "POP before SMTP", the name of a technique
    "include", "exists", "none", "quarantine", "reject",  # SPF mechanisms, DMARC policies
    "temperror", "permerror",  # SPF results (RFC 7208)
})
"""Lowercase words that German and the English texts share; everything else English is a leak.

Technical names (SPF, DKIM, DMARC, TLS, MX, PTR, SMTP, DNS, IP, EHLO…) are capitalised and German
nouns are too, so only lowercase words are compared: in German text those are verbs, adjectives
and function words, and an English one there is a sentence left untranslated."""


def _strings(bundle: texts.Texts) -> list[str]:
    words = bundle.words
    found: list[str] = []
    for mapping in (words.descriptions, words.code_descriptions, words.severity_prefixes,
                    words.severity_names, words.category_names, words.action_names,
                    words.scope_names):
        found += mapping.values()
    found += [*words.labels, *(unit for pair in words.units for unit in pair)]
    for table in (bundle.codes, bundle.enhanced, bundle.categories):
        for text in table.values():
            found += [text.title, text.meaning, *text.causes, *text.fixes]
    for row in bundle.table:
        found += [row.meaning, *row.causes, *row.fixes]
    return found


def _lowercase_words(text: str) -> set[str]:
    plain = _TOKEN_RE.sub(" ", _QUOTED_RE.sub(" ", text))
    return {word for word in _WORD_RE.findall(plain) if word.islower() and len(word) > 2}


@cache
def _english_vocabulary() -> frozenset[str]:
    """The English texts' own lowercase words (three uses or more), less the shared ones."""
    counts: Counter[str] = Counter()
    for text in _strings(texts.get("en")):
        counts.update(_lowercase_words(text))
    return frozenset(word for word, n in counts.items() if n >= 3) - SHARED_WORDS


def _english_in(text: str) -> set[str]:
    return _lowercase_words(text) & _english_vocabulary()


class TestGermanIsComplete:
    """Everything a person reads exists in German, and in German words."""

    def test_every_german_text_is_free_of_english(self) -> None:
        """No German text of the library uses an English word of the library's own."""
        leaks = {text: _english_in(text) for text in _strings(texts.get("de"))}
        assert {text: words for text, words in leaks.items() if words} == {}

    def test_the_check_finds_english(self) -> None:
        """The check itself flags an untranslated sentence."""
        assert _english_in("Vorübergehender Fehler: The recipient mailbox is full.") >= {
            "recipient", "mailbox", "full"}
        assert not _english_in("Lesen Sie den Antworttext „550 user unknown“ mit p=none.")

    @pytest.mark.parametrize("category", list(Category), ids=str)
    def test_every_category(self, category: Category) -> None:
        """Every category has a German description, name and explanation."""
        de, en = texts.get("de"), texts.get("en")
        for value in (de.description(category), de.category_name(category),
                      *_explanation_strings(explain(category, lang="de"))):
            assert value.strip()
            assert not _english_in(value), value
        assert de.description(category) != en.description(category)

    @pytest.mark.parametrize("code", list(ReplyCode), ids=str)
    def test_every_registry_code(self, code: ReplyCode) -> None:
        """Every basic code has a German one-liner and explanation."""
        de = texts.get("de")
        assert de.words.code_descriptions[code] != code.description
        for value in (de.words.code_descriptions[code], *_explanation_strings(
                explain(code, lang="de"))):
            assert not _english_in(value), value

    def test_every_enhanced_registry_code(self) -> None:
        """Every enhanced code of the IANA registry is explained in German words."""
        for subject, detail in ENHANCED_REGISTRY:
            for value in _explanation_strings(explain(f"5.{subject}.{detail}", lang="de")):
                assert not _english_in(value), (subject, detail, value)

    def test_every_label_prefix_and_name(self) -> None:
        """Labels, severity prefixes and the names of severities, actions and scopes."""
        de, en = texts.get("de"), texts.get("en")
        assert all(label.strip() for label in de.labels)
        # Only "Code" is written alike in both languages.
        assert {a for a, b in zip(de.labels, en.labels, strict=True) if a == b} == {"Code"}
        for severity in Severity:
            assert de.severity_prefix(severity) != en.severity_prefix(severity)
            assert de.severity_name(severity).strip()
        assert {de.action_name(a) for a in Action}.isdisjoint(en.action_name(a) for a in Action)
        assert {de.scope_name(s) for s in Scope}.isdisjoint(en.scope_name(s) for s in Scope)
        for value in (*de.labels, *map(de.severity_prefix, Severity),
                      *map(de.action_name, Action), *map(de.scope_name, Scope)):
            assert not _english_in(value), value

    def test_the_issue_example_reads_german(self) -> None:
        """``452 4.2.2 Mailbox full`` in German: the prefix, the line, the durations."""
        result = classify("452 4.2.2 Mailbox full")
        de = texts.get("de")
        assert de.describe(result) == (
            "Vorübergehender Fehler: Das Postfach des Empfängers ist voll.")
        assert result.retry.give_up_after is not None
        assert de.duration(result.retry.give_up_after) == "3 Tage"


def _explanation_strings(explanation: Explanation) -> tuple[str, ...]:
    return (explanation.title, explanation.meaning, *explanation.causes, *explanation.fixes)


class TestShortTexts:
    """The one-liners: English is ``Classification.description``, every language is complete."""

    @pytest.mark.parametrize("lang", LANGUAGES)
    def test_every_language_covers_every_key(self, lang: Language) -> None:
        """Every language names every category, severity, action, scope and basic code."""
        words = texts.words(lang)
        assert set(words.descriptions) == set(words.category_names) == set(Category)
        assert set(words.severity_prefixes) == set(words.severity_names) == set(Severity)
        assert set(words.action_names) == set(Action)
        assert set(words.scope_names) == set(Scope)
        assert set(words.code_descriptions) == {int(code) for code in ReplyCode}

    def test_english_is_the_classification_description(self) -> None:
        """``Classification.description`` is the English bundle's ``describe()``."""
        en = texts.get("en")
        for reply in ("452 4.2.2 Mailbox full", "550 5.1.1 User unknown", "250 Ok",
                      "421 Try again later", "hello"):
            result = classify(reply)
            assert en.describe(result) == result.description
        assert DESCRIPTIONS is en.words.descriptions

    def test_the_classifier_prefixes_are_the_english_texts(self) -> None:
        """The prefixes ``_classify`` writes are the English bundle's (one home for both)."""
        from smtpcodes import _classify

        assert vars(_classify)["PREFIXES"] is PREFIXES
        assert dict(PREFIXES) == dict(texts.words("en").severity_prefixes)

    def test_reply_code_description_comes_from_the_texts(self) -> None:
        """``ReplyCode.description`` reads the English texts."""
        assert ReplyCode(550).description == texts.words("en").code_descriptions[550]

    def test_unknown_language(self) -> None:
        """An unknown language is refused by name, as explain() does."""
        with pytest.raises(UnknownLanguageError, match="supported: en, de"):
            texts.get("fr")
        with pytest.raises(UnknownLanguageError):
            format_duration(timedelta(hours=1), "xx")


class TestDurations:
    """Durations as people write them, never ``3 days, 0:00:00``."""

    @pytest.mark.parametrize(
        ("duration", "english", "german"),
        [
            (timedelta(hours=1), "1 hour", "1 Stunde"),
            (timedelta(days=3), "3 days", "3 Tage"),
            (timedelta(days=1), "1 day", "1 Tag"),
            (timedelta(minutes=30), "30 minutes", "30 Minuten"),
            (timedelta(minutes=1), "1 minute", "1 Minute"),
            (timedelta(minutes=90), "1 hour 30 minutes", "1 Stunde 30 Minuten"),
            (timedelta(seconds=300), "5 minutes", "5 Minuten"),
            (timedelta(seconds=45), "45 seconds", "45 Sekunden"),
            (timedelta(seconds=1), "1 second", "1 Sekunde"),
            (timedelta(days=2, hours=2), "2 days 2 hours", "2 Tage 2 Stunden"),
            (timedelta(0), "0 seconds", "0 Sekunden"),
            (timedelta(minutes=-5), "-5 minutes", "-5 Minuten"),
        ],
    )
    def test_both_languages(self, duration: timedelta, english: str, german: str) -> None:
        """The function and the bundle agree, in both languages."""
        assert format_duration(duration) == english == texts.get("en").duration(duration)
        assert format_duration(duration, "de") == german == texts.get("de").duration(duration)

    @pytest.mark.parametrize("category", list(Category), ids=str)
    def test_every_retry_advice_reads_well(self, category: Category) -> None:
        """No retry advice formats with a clock ("0:00:00")."""
        result = classify(f"451 {category.value}")
        for value in (result.retry.after, result.retry.give_up_after):
            if value is not None:
                assert ":" not in format_duration(value, "de")


class TestQuickReference:
    """The quick-reference table: the guide's fourteen codes, causes and fixes as lists."""

    @pytest.mark.parametrize("lang", LANGUAGES)
    def test_rows(self, lang: Language) -> None:
        """Fourteen rows in the guide's order, each fix list one longer than its causes."""
        table = texts.get(lang).table
        assert tuple(row.code for row in table) == GUIDE_CODES
        for row in table:
            assert row.meaning and row.causes and all(row.causes)
            assert len(row.fixes) == len(row.causes) + 1, row.code
            assert isinstance(row.causes, tuple)
            assert isinstance(row.fixes, tuple)

    def test_languages_agree(self) -> None:
        """Both languages have the same shape, and German is translated."""
        for en, de in zip(texts.get("en").table, texts.get("de").table, strict=True):
            assert (en.code, len(en.causes), len(en.fixes)) == (
                de.code, len(de.causes), len(de.fixes))
            assert en.meaning != de.meaning

    @pytest.mark.parametrize(
        ("code", "cause_word", "fix_word"),
        [
            (553, "address", "address"),
            (553, "PTR", "PTR"),
            (503, "AUTH", "Log in"),
            (554, "blocklist", "blocklist"),
            (552, "quota", "full mailbox"),
        ],
    )
    def test_each_fix_answers_its_cause(self, code: int, cause_word: str, fix_word: str) -> None:
        """Fix n answers cause n: 553's address fix comes first, its PTR fix second."""
        row = next(row for row in texts.get("en").table if row.code == code)
        index = next(i for i, cause in enumerate(row.causes) if cause_word in cause)
        assert fix_word.lower() in row.fixes[index].lower()

    @pytest.mark.parametrize("lang", LANGUAGES)
    def test_records_are_json_with_lists(self, lang: Language) -> None:
        """``table_records()`` is what ``smtpcodes table --json`` prints: lists, not joined."""
        records = texts.get(lang).table_records()
        assert json.loads(json.dumps(records, ensure_ascii=False)) == records
        first = records[0]
        assert set(first) == {"code", "kind", "meaning", "causes", "fixes"}
        assert isinstance(first["causes"], list)
        assert first["kind"] == {"en": "temporary", "de": "vorübergehend"}[lang]

    @pytest.mark.parametrize("lang", LANGUAGES)
    def test_last_fix_is_for_people_at_a_mail_client(self, lang: Language) -> None:
        """The guide's advice for a person at a mail client closes every row."""
        start = {"en": "At a mail client:", "de": "Im Mailprogramm:"}[lang]
        assert all(row.fixes[-1].startswith(start) for row in texts.get(lang).table)


def _subjects() -> list[object]:
    replies = [record["reply"] for path in sorted(DATA.glob("replies_*.jsonl"))
               for record in load_jsonl(path)]
    replies += [record["reply"] for path in sorted((DATA / "learn").glob("*.jsonl"))
                for record in load_jsonl(path)]
    subjects: list[object] = [*Category, *ReplyCode]
    subjects += [f"{klass}.{s}.{d}" for s, d in ENHANCED_REGISTRY for klass in (4, 5)]
    subjects += list({classify(reply): None for reply in replies})
    return subjects


@cache
def _all_subjects() -> tuple[object, ...]:
    return tuple(_subjects())


def _repeats(items: tuple[str, ...], lang: Language) -> list[tuple[str, str]]:
    return [(a, b) for a, b in itertools.combinations(items, 2)
            if likeness(a, b, lang=lang) >= ALIKE or _word_set(a) == _word_set(b)]


def _word_set(text: str) -> frozenset[str]:
    return frozenset(word[:6] for word in _WORD_RE.findall(text.casefold()) if len(word) > 2)


class TestSaidOnce:
    """No explanation repeats a cause or a fix."""

    @pytest.mark.parametrize("lang", LANGUAGES)
    def test_no_explanation_repeats_an_item(self, lang: Language) -> None:
        """Every registry code, category and classification of the test replies."""
        repeated = {}
        for subject in _all_subjects():
            explanation = explain(subject, lang=lang)  # type: ignore[arg-type]
            pairs = _repeats(explanation.causes, lang) + _repeats(explanation.fixes, lang)
            if pairs:
                repeated[explanation.subject] = pairs
        assert repeated == {}

    def test_the_check_finds_a_rewording(self) -> None:
        """Two wordings of one DMARC fix are alike; different fixes are not."""
        assert likeness(
            "Publish a DMARC record, start with p=none, and read the aggregate reports before "
            "tightening the policy.",
            "Publish a DMARC record, start with p=none and rua reports, and tighten it to "
            "quarantine or reject once every mail stream passes.") >= ALIKE
        assert likeness("The sending IP has no PTR record.",
                        "Reduce the size of the message.") < ALIKE

    def test_merge_keeps_the_first_wording_and_order(self) -> None:
        """The more specific list comes first; a later rewording is dropped."""
        assert merge(("Retry later from the queue.", "Check DNS."),
                     ("Retry later from the queue, please.", "Ask the postmaster.")) == (
            "Retry later from the queue.", "Check DNS.", "Ask the postmaster.")

    @pytest.mark.parametrize("lang", LANGUAGES)
    def test_5_7_26_says_each_fix_once(self, lang: Language) -> None:
        """550 5.7.26 (the issue's example) reads the headers and publishes DMARC once."""
        result = classify("550 5.7.26 Unauthenticated email from example.com is not accepted")
        fixes = explain(result, lang=lang).fixes
        assert sum("Authentication-Results" in fix for fix in fixes) == 1
        assert sum("p=none" in fix for fix in fixes) == 1
        assert sum("Gmail" in fix and ("bulk" in fix or "Massenversand" in fix)
                   for fix in fixes) == 1

    def test_german_4_2_2_says_its_meaning_once(self) -> None:
        """The German 4.2.2 explanation does not repeat its first sentence."""
        meaning = explain(classify("452 4.2.2 Mailbox full"), lang="de").meaning
        assert meaning.count("Speicherkontingent erreicht") == 1

    def test_specific_code_leads(self) -> None:
        """A specific enhanced code of the same category comes first; a generic one after."""
        specific = explain(classify("550 5.7.26 Unauthenticated email"))
        assert specific.title == explain("5.7.26").title
        generic = explain(classify(
            "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using "
            "zen.spamhaus.org"))
        assert generic.title == explain(Category.BLOCKLISTED).title


def test_classification_type_is_what_describe_takes() -> None:
    """``describe`` takes the public model."""
    result: Classification = classify("550 5.1.1 User unknown")
    assert texts.get("en").describe(result).startswith("Permanent failure: ")
