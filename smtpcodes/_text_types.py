"""The shape of one explanation text entry (data modules ``_texts_*`` use it)."""

from __future__ import annotations

from typing import NamedTuple


class Text(NamedTuple):
    """One explanation in one language: a title, the meaning, causes and ordered fixes."""

    title: str
    meaning: str
    causes: tuple[str, ...]
    fixes: tuple[str, ...]
