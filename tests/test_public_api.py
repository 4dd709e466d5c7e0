"""The public surface: ``__all__`` is sorted, complete, and all that ``dir()`` shows."""

from __future__ import annotations

import subprocess
import sys

import pytest

import smtpcodes


def test_all_is_sorted_and_exported() -> None:
    """Every name in ``__all__`` exists; the list is sorted."""
    assert smtpcodes.__all__ == sorted(smtpcodes.__all__)
    for name in smtpcodes.__all__:
        assert getattr(smtpcodes, name) is not None


def test_dir_shows_only_the_api() -> None:
    """``dir(smtpcodes)`` lists the public names only."""
    assert dir(smtpcodes) == smtpcodes.__all__


def test_explain_is_loaded_lazily() -> None:
    """Importing smtpcodes does not load the long texts; using explain does."""
    code = (
        "import sys, smtpcodes\n"
        "assert 'smtpcodes.texts.en.codes' not in sys.modules\n"
        "smtpcodes.explain(550)\n"
        "assert 'smtpcodes.texts.en.codes' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603


def test_unknown_attribute_is_an_attribute_error() -> None:
    """A missing name says so."""
    with pytest.raises(AttributeError, match="nothing_here"):
        _ = smtpcodes.nothing_here
