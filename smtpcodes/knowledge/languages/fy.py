"""Western Frisian (fy): the SMTP and sending error messages that mail clients show in Western Frisian.
Sources: the mail clients' translation files named at each entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="fy",
    name="Western Frisian",
    phrases=(
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("fy.tls-required-weak-k9", C.TLS_REQUIRED, (
            "sertifikaatflater",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-fy/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("fy.network-error-weak-k9", C.NETWORK_ERROR, (
            "ferbiningsflater",
            "netwurkflater",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-fy/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-fy/strings.xml; thunderbird/thunderbird-android:feature/account/setup/src/main/res/values-fy/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("fy.auth-failed-weak-k9", C.AUTH_FAILED, (
            "autentikaasjeflater",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-fy/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-fy/strings.xml", decisive=False),
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
