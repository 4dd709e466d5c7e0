"""The API as another typed package sees it: strict mypy, without the pydantic plugin."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from mypy import api

GOOD = """
from datetime import timedelta
from smtpcodes import Action, Category, Classification, Severity, classify, explain, parse

def should_retry(reply: str | bytes) -> timedelta | None:
    result: Classification = classify(reply, command="RCPT", status="5.1.1")
    if result.action is Action.RETRY and result.retry.retry:
        return result.retry.after
    return None

def summary(code: int) -> str:
    result = classify(code)
    category: Category = result.category
    severity: Severity = result.severity
    enhanced = str(result.enhanced) if result.enhanced is not None else "-"
    return f"{category.value} {severity.value} {enhanced} {result.hard_bounce}"

def advice(reply: str) -> list[str]:
    return list(explain(classify(reply), lang="de").fixes)

def text_of(reply: bytes) -> str:
    return parse(reply).text
"""

BAD = """
from smtpcodes import classify

result = classify("550 5.1.1 No such user")
result.code = 250
"""


def _mypy(tmp_path: Path, source: str) -> tuple[str, int]:
    package = tmp_path / "consumer"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "use.py").write_text(source)
    out, err, status = api.run([
        "--strict", "--no-incremental", "--cache-dir", os.devnull,
        "--config-file", os.devnull, str(package),
    ])
    return out + err, status


@pytest.mark.slow
def test_typed_use_passes_strict_mypy(tmp_path: Path) -> None:
    """A correct use of the API type-checks under ``mypy --strict`` in another package."""
    output, status = _mypy(tmp_path, GOOD)
    assert status == 0, output


@pytest.mark.slow
def test_assigning_a_field_is_a_type_error(tmp_path: Path) -> None:
    """Classifications are frozen, and type checkers know it."""
    output, status = _mypy(tmp_path, BAD)
    assert status == 1
    assert "read-only" in output or "frozen" in output, output
