"""The command line, driven through ``main()`` with captured output."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from smtpcodes._cli import default_language, main
from tests.test_texts import GUIDE_CODES


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str, str]:
    code = main(list(argv), stdin=io.StringIO(stdin))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start from an English locale unless they set another."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


class TestClassify:
    def test_reply_as_argument_is_classified(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A first word that is no subcommand is a reply; the verdict names category and action."""
        code, out, _ = run(capsys, "550 5.1.1 <u@example.com>: User unknown")
        assert code == 0
        assert "550 5.1.1  permanent  user_unknown  -> suppress" in out
        assert "rule: generic.user-unknown" in out

    def test_explicit_subcommand_and_several_replies(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``classify`` takes several replies."""
        code, out, _ = run(capsys, "classify", "452 4.2.2 Mailbox full", "250 2.0.0 Ok")
        assert code == 0
        assert "mailbox_full  -> retry" in out
        assert "delivered  -> none" in out

    def test_json_is_one_object_per_line(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``--json`` prints the Classification's fields plus the input reply."""
        code, out, _ = run(capsys, "--json", "421 4.7.0 [TSS04] deferred", "550 5.1.1 no such user")
        lines = [json.loads(line) for line in out.splitlines()]
        assert code == 0
        assert [line["category"] for line in lines] == ["reputation", "user_unknown"]
        assert lines[0]["reply"] == "421 4.7.0 [TSS04] deferred"
        assert lines[0]["severity"] == "transient"
        assert lines[0]["action"] == "retry"
        assert lines[1]["enhanced"] == "5.1.1"

    def test_stdin_line_by_line(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without arguments, each non-empty stdin line is a reply."""
        code, out, _ = run(capsys, "--json", stdin="452 4.2.2 full\n\n530 5.7.0 Authentication "
                                                    "required\n")
        assert code == 0
        assert [json.loads(line)["category"] for line in out.splitlines()] == [
            "mailbox_full", "auth_required"]

    def test_hints_are_passed(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``--command`` and ``--status`` reach classify."""
        _, out, _ = run(capsys, "--json", "--command", "MAIL", "--status", "5.1.1", "rejected")
        record = json.loads(out)
        assert record["category"] == "sender_rejected"
        assert record["command"] == "MAIL"

    def test_explain_flag_adds_the_guidance(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``--explain`` prints causes and fixes after the verdict, in the chosen language."""
        code, out, _ = run(capsys, "--explain", "--lang", "de", "552 5.3.4 Message too big")
        assert code == 0
        assert "Nachricht zu groß" in out  # the category, as a German reader names it
        assert "Ursachen:" in out
        assert "Lösung:" in out

    def test_explain_flag_with_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With ``--json`` the explanation is a nested object."""
        _, out, _ = run(capsys, "--json", "--explain", "550 5.7.26 DMARC policy")
        record = json.loads(out)
        assert record["explanation"]["lang"] == "en"
        assert record["explanation"]["fixes"]

    def test_usage_error_exits_2_on_stderr(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A bad option is a usage error: exit status 2, message on stderr."""
        with pytest.raises(SystemExit) as exited:
            main(["classify", "--lang", "fr", "550"])
        assert exited.value.code == 2
        assert "invalid choice" in capsys.readouterr().err


class TestExplain:
    def test_explain_code(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``explain 421`` prints title, meaning, causes and numbered fixes."""
        code, out, _ = run(capsys, "explain", "421")
        assert code == 0
        assert out.startswith("421: ")
        assert "Causes:" in out
        assert "  1. " in out

    def test_explain_in_german_by_flag_and_by_locale(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``--lang de`` selects German; so does LANG=de_DE, and the flag wins over it."""
        _, out, _ = run(capsys, "explain", "552", "--lang", "de")
        assert "Ursachen:" in out
        monkeypatch.setenv("LANG", "de_DE.UTF-8")
        _, out, _ = run(capsys, "explain", "5.7.26")
        assert "Ursachen:" in out
        _, out, _ = run(capsys, "explain", "5.7.26", "--lang", "en")
        assert "Causes:" in out

    def test_explain_category_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A category name is explained; ``--json`` prints the Explanation."""
        code, out, _ = run(capsys, "explain", "greylisted", "--json")
        record = json.loads(out)
        assert code == 0
        assert record["subject"] == "greylisted"
        assert record["lang"] == "en"

    def test_explain_unknown_subject_exits_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Something unexplainable is a usage error on stderr."""
        code, out, err = run(capsys, "explain", "nonsense")
        assert code == 2
        assert out == ""
        assert "No explanation for 'nonsense'" in err


class TestTable:
    def test_table_lists_the_guide_codes(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The quick-reference table has a row per guide code with kind, meaning, cause, fix."""
        code, out, _ = run(capsys, "table")
        rows = [line for line in out.splitlines() if line.startswith(("| 4", "| 5"))]
        assert code == 0
        assert out.startswith("| Code | Kind | Meaning | Main causes | Main fixes |")
        assert [row.split(" | ")[0][2:] for row in rows] == [str(c) for c in GUIDE_CODES]
        assert "| 421 | temporary |" in out
        assert "| 550 | permanent |" in out

    def test_table_in_german_as_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``table --lang de --json`` prints one German row per line."""
        _, out, _ = run(capsys, "table", "--lang", "de", "--json")
        rows = [json.loads(line) for line in out.splitlines()]
        assert len(rows) == len(GUIDE_CODES)
        assert rows[0]["kind"] == "vorübergehend"
        assert all(row["fixes"] and row["causes"] and row["meaning"] for row in rows)
        assert all(isinstance(row["causes"], list) for row in rows)  # lists, not "; "-strings


@pytest.mark.parametrize(
    ("environ", "language"),
    [({"LANG": "de_DE.UTF-8"}, "de"), ({"LC_ALL": "de_AT", "LANG": "en_US"}, "de"),
     ({"LC_ALL": "en_GB", "LANG": "de_DE"}, "en"), ({}, "en"), ({"LANG": "C"}, "en")],
)
def test_default_language(environ: dict[str, str], language: str) -> None:
    """LC_ALL wins over LANG; a value starting with ``de`` selects German."""
    assert default_language(environ) == language


def test_python_dash_m_runs_the_cli() -> None:
    """``python -m smtpcodes`` is the same command."""
    done = subprocess.run(
        [sys.executable, "-m", "smtpcodes", "--json", "550 5.1.1 No such user"],
        capture_output=True, text=True, check=True,
    )
    assert json.loads(done.stdout)["category"] == "user_unknown"


class TestGermanOutput:
    """With ``--lang de`` no English word of the library's own reaches the terminal.

    The check is tests/test_texts.py's: lowercase words of the English texts that German does
    not share; identifiers (rule ids, codes) and quoted reply text are not words.
    """

    @staticmethod
    def _leaks(out: str) -> set[str]:
        from tests.test_texts import _english_in

        return _english_in(out)

    def test_every_registry_code_as_a_reply(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``smtpcodes --lang de --explain 'NNN X.Y.Z'`` for every registry code, both classes."""
        from smtpcodes._registry import ENHANCED_REGISTRY

        replies = [f"{klass}50 {klass}.{subject}.{detail}"
                   for subject, detail in ENHANCED_REGISTRY for klass in (4, 5)]
        code, out, _ = run(capsys, "--lang", "de", "--explain", *replies)
        assert code == 0
        assert self._leaks(out) == set()

    def test_every_category_explained(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``smtpcodes explain CATEGORY --lang de`` for every category."""
        from smtpcodes import Category

        for category in Category:
            assert run(capsys, "explain", category.value, "--lang", "de")[0] == 0
        assert self._leaks(capsys.readouterr().out) == set()

    def test_table_and_locale(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``LANG=de_DE.UTF-8 smtpcodes table`` and a verdict read German throughout."""
        monkeypatch.setenv("LANG", "de_DE.UTF-8")
        _, table, _ = run(capsys, "table")
        _, verdict, _ = run(capsys, "452 4.2.2 Mailbox full")
        assert self._leaks(table) == set()
        assert self._leaks(verdict) == set()
        assert "aufgeben nach 3 Tage" in verdict
        assert "Vorübergehender Fehler: Das Postfach des Empfängers ist voll." in verdict
