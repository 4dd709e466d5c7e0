"""Western Frisian (fy): the SMTP and sending error messages that mail clients show in Western Frisian.
Sources: the mail clients' translation files named at each entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="fy",
    name="Western Frisian",
    phrases=(
        # FairEmail's authentication-failure notice.
        Phrases("fy.auth-failed-fairemail", C.AUTH_FAILED, (
            "autentikaasje mislearre",
        ), "M66B/FairEmail:app/src/main/res/values-fy-rNL/strings.xml"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("fy.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "grutter dan de serverlimyt",
        ), "M66B/FairEmail:app/src/main/res/values-fy-rNL/strings.xml"),
    ),
)
