"""Haraka: the rejection its SMTP core (connection.js) gives a recipient that no rcpt plugin
accepted while relaying is off. Sources: the Haraka source
(connection.js) and its plugin documentation (docs/Plugins.md)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

PROVIDER = Provider(
    name="haraka",
    hosts=(),
    source="https://haraka.github.io/",
    phrases=(
        Phrases("haraka.cannot-deliver", C.RELAY_DENIED, (
            "i cannot deliver mail for",
        ), "haraka/Haraka:docs/Plugins.md"),
    ),
)
