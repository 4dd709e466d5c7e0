"""The word model (``smtpcodes._learned``): the last reading, where no rule said anything.

What is proved here: the committed weights are what the trainer writes; the model reads real
sourced replies of many languages; ``classify`` consults it only where no phrase, token,
``Together`` entry, enhanced code or basic code said anything, and then names it as the
weakest evidence; it abstains on words that name no reason; its work is bounded; addresses,
links and RFC 5321's content-free texts count for nothing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from smtpcodes import Action, Category, EvidenceKind, Severity, classify
from smtpcodes import _decide as decide_module
from smtpcodes._decide import decide
from smtpcodes._learned import _MODEL, LEVEL, MAX_LEARNED, _load, features, guess
from smtpcodes._match import Candidate
from smtpcodes._parse import parse_text
from smtpcodes._tables import ACTIONS

ROOT = Path(__file__).resolve().parents[1]

C = Category

LEARN_REPLIES = [
    # (reply, category, source): rows of the learn set (tests/data/learn), which the model was
    # trained on; these prove that the committed weights read what they were trained to read.
    ("エラー: あなたはこの $ml_name メーリングリストのメンバーではありません。", C.SENDER_REJECTED,
     "fmlorg/fml8:fml/share/message/euc-jp/error/not_member"),
    ("Sie haben das Limit zum Senden von E‑Mails erreicht.", C.RATE_LIMITED,
     "https://support.google.com/mail/answer/6596?hl=de&ref_topic=7065107"),
    ("El servidor necesita STARTTLS para acceder a él.", C.TLS_REQUIRED,
     "eworm-de/claws-mail:po/es.po"),
    ("Il tuo messaggio &egrave; stato giudicato inappropriato dal moderatore.",
     C.POLICY_VIOLATION,
     "jaredmauch/mailman2-python3:messages/it/LC_MESSAGES/mailman.po"),
    ("Le serveur est incapable de se connecter. Le nom du serveur peut être mal orthographié.",
     C.NETWORK_ERROR,
     "https://assistance.groupemagiconline.com/knowledge-base/code-derreurs-mail/"),
    ("Lähettäjä on ylittänyt päivittäinen vastaanottajan enimmäisraja 10 000"
     " viestiä kohdassa Lähetysrajoitukset kuvatulla tavalla.",
     C.RATE_LIMITED,
     "isabella232/OfficeDocs-AlchemyInsights-pr.fi-FI:AlchemyInsights/"
     "5-1-90-your-message-cant-be-sent-daily-limit.md"),
    ("Antivirusul de pe serverul nostru de mail a gasit intr-unul dintre mailurile trimise de "
     "dumneavoastra la un virus.", C.VIRUS,
     "MailScanner/v5:common/usr/share/MailScanner/reports/ro/sender.virus.report.txt"),
    ("Certyfikat serwera nie jest podpisany przez znaną instytucję", C.TLS_REQUIRED,
     "GNOME/geary:po/pl.po"),
    ("SMTP Hatası: SMTP sunucusuna bağlanılamadı.", C.NETWORK_ERROR,
     "PHPMailer/PHPMailer:language/phpmailer.lang-tr.php"),
    ("Сообщение не может быть отправлено, так как время ожидания соединения с Сервером "
     "исходящей почты (SMTP) «%S» истекло. Попробуйте снова.", C.NETWORK_ERROR,
     "thunderbird/thunderbird-l10n:ru/mail/chrome/messenger/messengercompose/"
     "composeMsgs.properties"),
    ("Ваше повідомлення до ${mlist.fqdn_listname} очікує на схвалення модератора",
     C.POLICY_VIOLATION, "osstech-jp/mailman:src/mailman/messages/uk/LC_MESSAGES/mailman.po"),
]


@pytest.mark.parametrize(("reply", "category", "source"), LEARN_REPLIES)
def test_the_model_reads_sourced_replies(reply: str, category: Category, source: str) -> None:
    found = guess(reply)
    assert found is not None, source
    assert (found.category, found.kind, found.level) == (category, EvidenceKind.LEARNED, LEVEL)
    assert found.rule == f"learned.{category.value.replace('_', '-')}"
    assert found.matched  # the features that spoke for it, for an audit


def _without_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the phrase and ``Together`` scans find nothing, as on a reply no rule was written
    for: what is left to read is the codes and, last, the model."""
    def nothing(*_: object) -> list[Candidate]:
        return []
    monkeypatch.setattr(decide_module, "find", nothing)
    monkeypatch.setattr(decide_module, "find_together", nothing)


@pytest.mark.parametrize(("reply", "category", "source"), LEARN_REPLIES[:4])
def test_classify_falls_back_on_the_model_only_where_nothing_else_spoke(
        monkeypatch: pytest.MonkeyPatch, reply: str, category: Category, source: str) -> None:
    _without_rules(monkeypatch)
    winner = decide(parse_text(reply)).winner
    assert (winner.kind, winner.category) == (EvidenceKind.LEARNED, category), source
    # A basic code with a default of its own speaks first: the model never overrides it.
    coded = decide(parse_text(f"421 {reply}")).winner
    assert (coded.kind, coded.rule) == (EvidenceKind.CODE, "rfc5321.421")
    # So does an enhanced code, however generic.
    enhanced = decide(parse_text(f"550 5.7.1 {reply}")).winner
    assert enhanced.kind is EvidenceKind.ENHANCED


def test_a_phrase_beats_the_model() -> None:
    # generic.mailbox-full reads it; the model is not consulted.
    result = classify("Mailbox full. Sie haben das Limit zum Senden von E-Mails erreicht.")
    assert result.evidence.kind is EvidenceKind.PHRASE


@pytest.mark.parametrize("reply", [
    "xyzzy plugh",  # no word the model knows
    "450 Requested action not taken: try another time",  # RFC 5321 §4.2.2's texts say nothing
    "550 Requested mail action not taken",
    "",
])
def test_the_model_abstains_where_the_words_name_no_reason(reply: str) -> None:
    assert guess(reply) is None
    assert classify(reply).category is C.UNKNOWN


def test_addresses_links_and_boilerplate_are_no_features() -> None:
    assert features("user.unknown@example.org www.example.org/quota/exceeded") == []
    assert guess("mailbox-full@example.org https://example.org/mailbox/full/quota") is None
    assert features("Requested action not taken: try another time") == []


def test_features_are_sorted_stems_pairs_and_character_pairs() -> None:
    assert features("Mailbox unavailable") == ["mailb", "mailb_unava", "unava"]
    assert features("用户不存在") == ["不存", "存在", "户不", "用户"]
    assert features("Échec: boîte pleine") == sorted(
        ["echec", "boite", "echec_boite", "plein", "boite_plein"])


def test_the_model_reads_a_bounded_prefix() -> None:
    long = "Ihre Nachricht wurde vom Moderator abgewiesen. " + "Postfach " * 200_000
    assert features(long) == features(long[:MAX_LEARNED])


def test_the_committed_weights_are_what_the_trainer_writes() -> None:
    """``tools/train_words.py`` is deterministic: the committed JSON is its output, so the
    weights can always be traced back to the sourced learn set and knowledge."""
    trainer = [sys.executable, str(ROOT / "tools" / "train_words.py"), "--check"]
    result = subprocess.run(trainer, capture_output=True, text=True, check=False,  # noqa: S603
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_trainers_dead_categories_are_those_that_suppress() -> None:
    """``tools/train_words.py`` measures false suppressions over the categories whose permanent
    verdict suppresses the address; they must be the ones the model gives the higher margin."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import train_words
    finally:
        sys.path.remove(str(ROOT / "tools"))
    suppressing = {category.value for category in Category
                   if (Severity.PERMANENT, category) in ACTIONS
                   and ACTIONS[Severity.PERMANENT, category] is Action.SUPPRESS}
    assert set(train_words.DEAD) == suppressing


def test_a_suppressing_verdict_needs_the_higher_margin() -> None:
    model = _MODEL[0] if _MODEL else _load()
    for category, margin in zip(model.categories, model.margins, strict=True):
        suppresses = ACTIONS[Severity.PERMANENT, category] is Action.SUPPRESS
        assert margin == (5.0 if suppresses else 3.0), category
