"""What smtpcodes knows, as data: generic wording, providers and MTAs, languages.

- :mod:`.generic` — wording by category that any server may use.
- ``providers/<name>.py`` — one provider or MTA each, exporting ``PROVIDER``.
- ``languages/<code>.py`` — one language each, exporting ``LANGUAGE``.

A new provider or language is one new module (and its test replies); :func:`load` finds it.
Nothing here is read at ``import smtpcodes``; the matcher loads it on first use.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import NamedTuple

from smtpcodes.knowledge._schema import CodeRule, Language, Phrases, Provider, Together, Token

__all__ = [
    "CodeRule", "Knowledge", "Language", "Phrases", "Provider", "Together", "Token", "load",
]


class Knowledge(NamedTuple):
    """Everything the matcher compiles."""

    generic: tuple[Phrases, ...]
    providers: tuple[Provider, ...]
    languages: tuple[Language, ...]
    together: tuple[Together, ...] = ()
    """The generic wording's words that name a reason side by side (``generic.TOGETHER``)."""


def _modules(package: str, attribute: str) -> list[object]:
    path = importlib.import_module(package).__path__
    names = sorted(info.name for info in pkgutil.iter_modules(path))
    return [getattr(importlib.import_module(f"{package}.{name}"), attribute)
            for name in names if not name.startswith("_")]


def load() -> Knowledge:
    """Import every knowledge module (sorted by name, so the result is the same every time)."""
    from smtpcodes.knowledge import generic

    providers = tuple(p for p in _modules(f"{__name__}.providers", "PROVIDER")
                      if isinstance(p, Provider))
    languages = tuple(lang for lang in _modules(f"{__name__}.languages", "LANGUAGE")
                      if isinstance(lang, Language))
    return Knowledge(generic.PHRASES, providers, languages, generic.TOGETHER)
