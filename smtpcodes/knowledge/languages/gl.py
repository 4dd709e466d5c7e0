"""Galician (gl): the SMTP and sending error messages that mail clients show in Galician.
Sources: the mail clients' translation files named at each entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="gl",
    name="Galician",
    phrases=(
        # FairEmail"s authentication-failure notice.
        Phrases("gl.auth-failed-fairemail", C.AUTH_FAILED, (
            "erro na autenticación",
        ), "M66B/FairEmail:app/src/main/res/values-gl-rES/strings.xml"),
        # FairEmail"s warning that a message is larger than the server"s advertised SIZE limit.
        Phrases("gl.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "máis grande que o límite do servidor",
        ), "M66B/FairEmail:app/src/main/res/values-gl-rES/strings.xml"),
    ),
)
