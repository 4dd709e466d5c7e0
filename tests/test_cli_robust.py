"""The command line never shows a traceback: closed pipes, Ctrl-C, bad bytes, ASCII terminals."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import smtpcodes
from smtpcodes._cli import main

CLI = [sys.executable, "-m", "smtpcodes"]


def _env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("LC_")}
    env.update({"LANG": "C.UTF-8", "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    env.update(extra)
    return env


@pytest.mark.parametrize("argv", [["table"], ["--json"], ["explain", "550"]])
def test_a_closed_pipe_ends_quietly(argv: list[str]) -> None:
    """``smtpcodes table | head -1``: the reader goes away after one line; no traceback."""
    feed = b"".join(b"550 5.1.1 user %d unknown\n" % n for n in range(1000))  # < a pipe buffer
    with subprocess.Popen(CLI + argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,  # noqa: S603
                          stderr=subprocess.PIPE, env=_env()) as proc:
        assert proc.stdout is not None
        assert proc.stdin is not None
        assert proc.stderr is not None
        try:
            proc.stdin.write(feed)
            proc.stdin.close()
        except BrokenPipeError:
            pass
        assert proc.stdout.readline()
        proc.stdout.close()
        errors = proc.stderr.read()
        status = proc.wait(timeout=60)
    assert b"Traceback" not in errors
    assert status == 0


class _Interrupting(io.BytesIO):
    """A stdin whose second line is Ctrl-C."""

    def __iter__(self) -> Iterator[bytes]:
        yield b"452 4.2.2 Mailbox full\n"
        raise KeyboardInterrupt


def test_ctrl_c_exits_130_without_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    """SIGINT while reading stdin: status 130, nothing on stderr."""
    assert main([], stdin=_Interrupting()) == 130
    assert capsys.readouterr().err == ""


def test_undecodable_stdin_bytes_are_replaced() -> None:
    """Under a strict UTF-8 locale, a stray Latin-1 byte does not end the run."""
    done = subprocess.run(  # noqa: S603
        [*CLI, "--json"], input=b"550 5.1.1 Benutzer unbekannt \xfc\n452 4.2.2 Mailbox full\n",
        capture_output=True, env=_env(LC_ALL="C.UTF-8", PYTHONUTF8="0"), check=False)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [line["category"] for line in lines] == ["user_unknown", "mailbox_full"]
    assert "\ufffd" in lines[0]["reply"]


def test_an_ascii_only_stdout_gets_escapes() -> None:
    """Text the terminal cannot show is escaped, not a UnicodeEncodeError."""
    done = subprocess.run(  # noqa: S603
        [*CLI, "550 5.1.1 用户不存在 – unbekannt"], capture_output=True,
        env=_env(PYTHONIOENCODING="ascii"), check=False)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert b"user_unknown" in done.stdout


def test_an_undecodable_argument_is_answered() -> None:
    """sys.argv with bytes that are not UTF-8 (surrogate escapes) is classified and printed."""
    done = subprocess.run(  # noqa: S603
        [*CLI, "--json", os.fsdecode(b"550 5.1.1 no such user \xff")], capture_output=True,
        env=_env(), check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["category"] == "user_unknown"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """``--version`` prints the installed version, the same as ``smtpcodes.__version__``."""
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"smtpcodes {smtpcodes.__version__}"
    assert smtpcodes.__version__[0].isdigit()


def test_usage_errors_go_to_stderr_with_status_2() -> None:
    """An unknown option is a usage error: stderr, exit 2, no traceback."""
    done = subprocess.run([*CLI, "table", "--bogus"], capture_output=True,  # noqa: S603
                          env=_env(), check=False)
    assert done.returncode == 2
    assert b"usage:" in done.stderr
    assert b"Traceback" not in done.stderr
