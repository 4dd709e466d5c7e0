"""Basque (eu): the SMTP and sending error messages that mail clients show in Basque.
Sources: the mail clients' translation files named at each entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="eu",
    name="Basque",
    phrases=(
        # FairEmail"s authentication-failure notice.
        Phrases("eu.auth-failed-fairemail", C.AUTH_FAILED, (
            "autentifikazioak huts egin du",
        ), "M66B/FairEmail:app/src/main/res/values-eu-rES/strings.xml"),
    ),
)
