"""Rule hygiene: the knowledge is sourced, unambiguous, and every entry earns its place.

- ids are unique; every entry names its source;
- phrases are lower-case, start a word, and no phrase belongs to two entries;
- no phrase is shadowed by another phrase of its own entry (it could never decide anything);
- every entry decides at least one real reply of the learn set (``tests/data/learn``);
- no phrase exists for one corpus line: a phrase that fires on exactly one line of
  ``shared/corpus/bounces.jsonl`` must also fire on a learn-set reply;
- nothing is taken from the corpus's origin: no entry and no learn reply cites sisimai (its
  ``set-of-emails`` bounces are the shared corpus, and its rule tables and issues were written
  from them).
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from collections import Counter
from functools import cache
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smtpcodes import _match, classify
from smtpcodes._match import _LETTERS, compiled, find, fold, is_unspaced
from smtpcodes._parse import parse_text
from smtpcodes.knowledge import Knowledge, load
from tests.conftest import DATA, SHARED_CORPUS, load_jsonl

KNOWLEDGE: Knowledge = load()
LEARN: list[dict[str, Any]] = [
    row for path in sorted((DATA / "learn").glob("*.jsonl")) for row in load_jsonl(path)
] + [row for path in sorted(DATA.glob("replies_*.jsonl")) for row in load_jsonl(path)]

CORPUS_ORIGIN = "sisimai"
"""The project whose public bounce collection (``set-of-emails``) shared/corpus was taken from
(see its README): its e-mails, rule tables and issue threads back nothing here."""

EXPECTED_PROVIDERS = [
    "gmail", "microsoft", "yahoo", "apple", "comcast", "att", "gmx", "tonline", "orange", "free",
    "sfr", "mimecast", "proofpoint", "barracuda", "cisco", "zoho", "yandex", "mailru", "qq",
    "netease", "naver", "postfix", "exim", "sendmail", "qmail", "opensmtpd", "haraka", "zimbra",
    "courier", "domino", "mdaemon", "kerio", "greylisting", "dnsbl",
]
EXPECTED_LANGUAGES = ["de", "fr", "it", "es", "pt", "nl", "pl", "cs", "ru", "zh", "ja", "sv"]


def _entries() -> list[tuple[str, str, tuple[str, ...]]]:
    """(id, source, phrases) of every entry."""
    found = [(p.id, p.source, p.phrases) for p in KNOWLEDGE.generic]
    found += [(t.id, t.source, ()) for t in KNOWLEDGE.together]  # words: tested apart
    for provider in KNOWLEDGE.providers:
        found += [(t.id, t.source, t.tokens) for t in provider.tokens]
        found += [(p.id, p.source, p.phrases) for p in provider.phrases]
        found += [(c.id, c.source, ()) for c in provider.codes]
    for language in KNOWLEDGE.languages:
        found += [(p.id, p.source, p.phrases) for p in language.phrases]
        found += [(t.id, t.source, ()) for t in language.together]  # words: tested apart
    return found


ENTRIES = _entries()


def test_nothing_comes_from_the_corpus_origin() -> None:
    """No entry and no learn-set reply names sisimai as its source."""
    entries = [i for i, source, _ in ENTRIES if CORPUS_ORIGIN in source.lower()]
    replies = [row["reply"][:60] for row in LEARN
               if CORPUS_ORIGIN in str(row.get("source", "")).lower()]
    assert (entries, replies) == ([], [])


def test_ids_are_unique() -> None:
    """No two entries share an id."""
    counts = Counter(entry_id for entry_id, _, _ in ENTRIES)
    assert [i for i, n in counts.items() if n > 1] == []


def test_ids_name_their_module() -> None:
    """An id is ``<module>.<name>``: the module it lives in is found from it."""
    modules = {"generic"} | {p.name for p in KNOWLEDGE.providers} | {
        lang.code for lang in KNOWLEDGE.languages}
    assert [i for i, _, _ in ENTRIES if i.split(".", 1)[0] not in modules] == []


def test_every_entry_names_a_source() -> None:
    """A URL, an RFC, or ``repository:path``."""
    assert [i for i, source, _ in ENTRIES if len(source.strip()) < 6] == []


def test_phrases_are_lower_case_word_starts() -> None:
    """Literal, lower-case, stripped, and starting with a letter or digit."""
    bad = [(i, p) for i, _, phrases in ENTRIES for p in phrases
           if p != p.lower() or p != p.strip() or not p
           or not (p[0].isalnum() or is_unspaced(p[0]))]
    assert bad == []


def test_no_phrase_belongs_to_two_entries() -> None:
    """A phrase means one thing; which entry it belongs to is never an accident of order."""
    owners: dict[str, list[str]] = {}
    for entry_id, _, phrases in ENTRIES:
        for phrase in set(phrases):
            owners.setdefault(phrase, []).append(entry_id)
    assert {p: ids for p, ids in owners.items() if len(ids) > 1} == {}


def _word_start_in(short: str, long: str) -> bool:
    if is_unspaced(short[0]):
        return short in long
    return re.search("(?:^|[^" + _LETTERS + "])" + re.escape(short), long) is not None


def test_no_phrase_is_shadowed_within_its_entry() -> None:
    """A phrase that holds another phrase of its own entry at a word start adds nothing."""
    shadowed = [
        (entry_id, long, short)
        for entry_id, _, phrases in ENTRIES
        for long in phrases for short in phrases
        if short != long and _word_start_in(short, long)
    ]
    assert shadowed == []


def _deciding_rule(rule: str) -> str:
    """``context.mail-from(gmail.x)`` -> ``gmail.x``: the knowledge entry inside a context rule."""
    while "(" in rule:
        rule = rule[rule.index("(") + 1 : rule.rindex(")")]
    return rule


@cache
def _decided() -> frozenset[str]:
    rules = set()
    for row in LEARN:
        evidence = classify(row["reply"], command=row.get("command")).evidence
        rules.add(_deciding_rule(evidence.rule))
    return frozenset(rules)


TOGETHER = [*KNOWLEDGE.together,
            *(entry for language in KNOWLEDGE.languages for entry in language.together)]


def test_together_words_are_lower_case_word_starts_in_two_groups_or_more() -> None:
    """A ``Together`` entry has at least two groups, none empty, no word in two of them, and its
    words are written as phrases are (lower-case, stripped, starting a word)."""
    bad = []
    for entry in TOGETHER:
        words = [w for group in entry.groups for w in group]
        if len(entry.groups) < 2 or not all(entry.groups) or len(set(words)) != len(words):
            bad.append((entry.id, "groups"))
        bad += [(entry.id, w) for w in words
                if w != w.lower() or w != w.strip() or not (w[0].isalnum() or is_unspaced(w[0]))]
        if not 10 <= entry.window <= 120:
            bad.append((entry.id, "window"))
    assert bad == []


@pytest.mark.parametrize("entry_id", sorted(i for i, _, _ in ENTRIES))
def test_every_entry_decides_a_real_reply(entry_id: str) -> None:
    """Each entry is the deciding rule of at least one learn-set reply."""
    assert entry_id in _decided()


@cache
def _fired(rows: tuple[str, ...]) -> Counter[str]:
    """How many rows each phrase fires on, read as the engine reads them (codes stripped from
    every line of a multi-line reply, the wrapper's words apart)."""
    counts: Counter[str] = Counter()
    for text in rows:
        parsed = parse_text(text)
        hits = find(parsed.text) + (find(parsed.wrapper) if parsed.wrapper else [])
        counts.update({hit.matched for hit in hits})
    return counts


@pytest.mark.skipif(not (SHARED_CORPUS / "bounces.jsonl").exists(), reason="no shared corpus")
def test_no_phrase_exists_for_one_corpus_line() -> None:
    """A phrase that fires on exactly one corpus line also reads some learn-set reply."""
    corpus = tuple(row["text"] for row in load_jsonl(SHARED_CORPUS / "bounces.jsonl"))
    on_corpus = _fired(corpus)
    on_learn = _fired(tuple(row["reply"] for row in LEARN))
    lonely = sorted(p for p, n in on_corpus.items() if n == 1 and not on_learn[p])
    assert lonely == []


@pytest.mark.parametrize("name", EXPECTED_PROVIDERS)
def test_listed_provider_has_a_module_and_real_replies(name: str) -> None:
    """Every provider and MTA the issue lists has its module and learn-set replies it decides."""
    modules = {p.name for p in KNOWLEDGE.providers}
    assert name in modules
    assert any(_deciding_rule(rule).startswith(f"{name}.") for rule in _decided())


@pytest.mark.parametrize("code", EXPECTED_LANGUAGES)
def test_listed_language_has_a_module_and_real_replies(code: str) -> None:
    """Every language the issue lists has its module and learn-set replies it decides."""
    assert code in {lang.code for lang in KNOWLEDGE.languages}
    assert any(_deciding_rule(rule).startswith(f"{code}.") for rule in _decided())


def test_the_ascii_trie_finds_what_the_whole_trie_finds_on_ascii_text() -> None:
    """ASCII text is scanned with the ASCII phrases only: on every ASCII reply of the learn and
    check sets it finds exactly what the whole trie finds."""
    knowledge = compiled().scans
    texts = [row["reply"] for row in LEARN] + [
        row["reply"] for path in sorted((DATA / "check").glob("*.jsonl"))
        for row in load_jsonl(path)]
    checked = 0
    for text in texts:
        lowered = " " + text.lower()
        if lowered.isascii():
            assert knowledge.ascii_words.findall(lowered) == knowledge.words.findall(lowered)
            checked += 1
    assert checked > 1000


_ASCII_PHRASES = sorted(p for p in compiled().phrases if p.isascii() and not is_unspaced(p[0]))


@given(st.lists(st.tuples(st.sampled_from(_ASCII_PHRASES),
                          st.sampled_from([" ", ": ", "-", ".", "<", "x", "", " 550 "])),
                max_size=6))
def test_the_ascii_trie_agrees_on_phrases_run_together(pieces: list[tuple[str, str]]) -> None:
    """Phrases run together with any separator, overlapping or cut: the same hits either way."""
    knowledge = compiled().scans
    lowered = " " + "".join(phrase + sep for phrase, sep in pieces)
    assert knowledge.ascii_words.findall(lowered) == knowledge.words.findall(lowered)


def _written_phrases() -> set[str]:
    """Every phrase and token as an entry writes it (lower-cased, typographic marks made plain)."""
    return {fold(phrase) for _, _, phrases in _entries() for phrase in phrases}


def test_a_phrase_written_with_accents_also_reads_without_them() -> None:
    """An ASCII-only server or client drops the accents ("Echec de la connexion SMTP"): every
    phrase with Latin diacritics is also found in its ASCII spelling, with the same category."""
    knowledge = compiled()
    written = _written_phrases()
    accented = [p for p in written if not p.isascii() and any("\u00c0" <= c <= "\u024f" for c in p)]
    assert len(accented) > 500
    for phrase in accented:
        bare = "".join(c for c in unicodedata.normalize("NFD", phrase)
                       if not unicodedata.combining(c))
        if bare.isascii():
            assert bare in knowledge.phrases, phrase
            if bare not in written:  # a written phrase keeps its own entry (tested below)
                # two spellings may share one ("größe", "grösse"): the first entry names it
                assert knowledge.phrases[bare].category is knowledge.phrases[phrase].category


def test_a_written_phrase_is_never_replaced_by_another_one_without_its_accents() -> None:
    """Where an accentless spelling equals a phrase some entry writes, the written one decides."""
    knowledge = compiled()
    assert all(knowledge.phrases[phrase].matched == phrase for phrase in _written_phrases())


@pytest.mark.parametrize(("reply", "rule"), [
    # PHPMailer's French texts, in the file's earlier version that wrote them without accents
    # (PHPMailer/PHPMailer:language/phpmailer.lang-fr.php).
    ("Erreur SMTP : Echec de l'authentification.", "fr.auth-failed-phpmailer"),
    ("Erreur SMTP : Impossible de se connecter au serveur SMTP.", "fr.network-error-phpmailer"),
])
def test_replies_without_accents_are_read(reply: str, rule: str) -> None:
    assert classify(reply).evidence.rule == rule


@pytest.mark.parametrize("reply", [
    # Roundcube's Romanian text writes the cedilla (roundcube/roundcubemail:program/localization/
    # ro_RO/messages.inc); Microsoft's Romanian help writes the standard comma below
    # (isabella232/OfficeDocs-AlchemyInsights-pr.ro-RO: antispam-4-5-3-too-many-recipients).
    "Prea mulţi destinatari", "Prea mulți destinatari", "PREA MULȚI DESTINATARI",
])
def test_romanian_reads_both_spellings_of_s_and_t(reply: str) -> None:
    """Romanian s and t with a comma below and with a cedilla are one letter to the matcher."""
    assert classify(reply).evidence.rule == "ro.rate-limited-roundcube-too-many-recipients"


@pytest.mark.parametrize("reply", [
    # Delta Chat's Turkish text (deltachat/deltachat-android:src/main/res/values-tr/strings.xml),
    # as written and with the Turkish capital "İ", which Python lower-cases to "i" plus U+0307
    "Internet bağlantısı yok; giriş başarısız.", "İnternet bağlantısı yok; giriş başarısız.",
])
def test_turkish_capital_dotted_i_reads_as_i(reply: str) -> None:
    """A text that starts with Turkish "İ" finds the phrase written with "i"."""
    assert classify(reply).evidence.rule == "tr.network-error-deltachat"


def test_no_word_starts_after_a_combining_mark() -> None:
    """A combining mark belongs to the letter before it: decomposed "e\u0301spam" is one word,
    not an "e" followed by the word "spam"; so is precomposed "\u00e9spam"."""
    assert find("550 e\u0301spam here") == []
    assert find("550 \u00e9spam here") == []
    assert [hit.rule for hit in find("550 spam here")] == ["generic.spam-content"]


@pytest.mark.parametrize(("reply", "rule"), [
    # mail.fr's German bounce text (https://mail.fr/de/hilfe/nachrichten/e-mail/
    # mail_delivery_system_und_bounce_mails) and Roundcube's French one
    # (roundcube/roundcubemail:program/localization/fr_FR/messages.inc), each decomposed (NFD),
    # as macOS file names and some translation files store accented letters
    ("Empfa\u0308nger unbekannt / Adresse existiert nicht", "de.user-unknown"),
    ("Erreur SMTP ($code) : e\u0301chec d\u2019authentification.", "fr.auth-failed"),
])
def test_decomposed_accents_read_as_the_precomposed_phrase(reply: str, rule: str) -> None:
    """Text is composed (NFC) before it is matched: "a" + U+0308 is "\u00e4"."""
    assert classify(reply).evidence.rule == rule


def test_no_russian_phrase_starts_inside_a_russian_word() -> None:
    """Cyrillic letters are letters where words start: "сервер не поддерживает аутентификацию"
    (msmtp's Russian, marlam/msmtp:po/ru.po) is found as a sentence, not inside a longer word."""
    assert [hit.rule for hit in find("сервер не поддерживает аутентификацию")] == [
        "ru.not-implemented-msmtp-auth"]
    assert find("суперсервер не поддерживает аутентификацию") == []


def test_the_grouped_trie_matches_what_the_plain_trie_matches() -> None:
    """The trie's first level is split into groups behind look-aheads (``_trie_pattern``); the
    matches stay those of the plain alternation, on every learn-set reply."""
    phrases = sorted(compiled().phrases)[::5]
    spaced = [p for p in phrases if not is_unspaced(p[0])]
    grouped = re.compile(_match._trie_pattern(spaced))
    plain = re.compile(_match._node_pattern(_match.trie(spaced)))
    for row in LEARN[::3]:
        text = row["reply"].lower()
        assert grouped.findall(text) == plain.findall(text), row["reply"]


@pytest.mark.parametrize(("reply", "rule"), [
    # Thunderbird for Android's Hebrew (thunderbird/thunderbird-android:legacy/ui/legacy/src/main/
    # res/values-iw/strings.xml): "the authentication" is one word, the article joined to it;
    # Mailman's Arabic (jaredmauch/mailman2-python3:messages/ar/LC_MESSAGES/mailman.po): "with the
    # extension", the preposition joined
    ("האימות נכשל עבור %s. עדכן את הגדרות השרת.", "he.auth-failed-sylpheed"),
    ("لم يتم السماح بلاحقة ملف الرسالة بشكل صريح", "ar.content-rejected-mailman"),
])
def test_hebrew_and_arabic_phrases_are_read_behind_a_joined_prefix(reply: str, rule: str) -> None:
    """Hebrew and Arabic letters are letters where words start, and their phrases are also
    compiled behind each prefix those scripts join to a word (``_match.JOINED_PREFIXES``)."""
    assert classify(reply).evidence.rule == rule


def test_no_hebrew_phrase_starts_behind_a_letter_that_is_no_prefix() -> None:
    """Behind "א", which Hebrew does not join to a word, a phrase stands inside a word."""
    assert [hit.rule for hit in find("שגיאת חיבור")] != []
    assert find("אשגיאת חיבור") == []


_SCANS_BUILT = """
from smtpcodes import classify
from smtpcodes._match import compiled
built = lambda: sorted(set(vars(compiled().scans)) & {"words", "ascii_words", "cjk"})
classify("550 5.1.1 <user@example.com>: Recipient address rejected: User unknown")
print(built())
classify("550 5.1.1 Benutzer unbekannt")
print(built())
classify("550 Benutzer unbekannt, die Adresse gibt es nicht mehr: Grüße")
print(built())
"""


def test_each_scan_compiles_when_the_first_text_needs_it() -> None:
    """In a fresh interpreter, an ASCII reply compiles the ASCII scan alone (most of a first
    call's cost is compiling the tries); the first text in another script compiles the others."""
    printed = subprocess.run([sys.executable, "-c", _SCANS_BUILT], capture_output=True,  # noqa: S603
                             text=True, check=True).stdout.split("\n")
    assert printed[:3] == ["['ascii_words']", "['ascii_words']",
                           "['ascii_words', 'cjk', 'words']"]


_THREADS_ASK = """
import threading
from smtpcodes._match import compiled
scans, seen = compiled().scans, []
threads = [threading.Thread(target=lambda: seen.append(id(scans.ascii_words))) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(len(seen), len(set(seen)))
"""


def test_threads_that_ask_for_a_scan_at_once_share_one() -> None:
    """Four threads that need the ASCII scan at the same moment get one compiled pattern."""
    printed = subprocess.run([sys.executable, "-c", _THREADS_ASK], capture_output=True,  # noqa: S603
                             text=True, check=True).stdout.split()
    assert printed == ["4", "1"]
