"""Western Frisian (fy): the SMTP and sending error messages that mail clients show in Western Frisian.
Sources: the mail clients' translation files named at each entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="fy",
    name="Western Frisian",
    phrases=(
        # K-9 Mail's account-setup check: the server presented an invalid SSL certificate.
        Phrases("fy.tls-required-k9-check", C.TLS_REQUIRED, (
            "ûnjildich ssl-sertifikaat",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-fy/strings.xml"),
        # K-9 Mail's account-setup check: cannot connect to server.
        Phrases("fy.network-error-k9-check", C.NETWORK_ERROR, (
            "kin gjin ferbining mei server meitsje",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-fy/strings.xml"),
        # K-9 Mail's account-setup check: user name or password incorrect.
        Phrases("fy.auth-failed-k9-check", C.AUTH_FAILED, (
            "brûkersnamme of wachtwurd ûnjildich",
        ), "thunderbird/thunderbird-android:app/ui/legacy/src/main/res/values-fy/strings.xml"),
        # Roundcube's 'Too many recipients' and 'Please wait N sec(s) before sending this message'.
        Phrases("fy.rate-limited-roundcube", C.RATE_LIMITED, (
            "tefolle ûntfangers",
            "foar it ferstjoeren fan dit berjocht",
        ), "roundcube/roundcubemail:program/localization/fy_NL/messages.inc"),
        # Roundcube's 'Message size exceeds server limit' and 'Maximum size of a message exceeded' (attaching a file).
        Phrases("fy.message-too-large-roundcube", C.MESSAGE_TOO_LARGE, (
            "maksimum grutte fan in berjocht",
        ), "roundcube/roundcubemail:program/localization/fy_NL/messages.inc"),
        # Roundcube's 'SMTP Error: Failed to set sender'.
        Phrases("fy.sender-rejected-roundcube", C.SENDER_REJECTED, (
            "stjoerder fêststelle mislearre",
        ), "roundcube/roundcubemail:program/localization/fy_NL/messages.inc"),
        # Roundcube's 'SMTP Error: Authentication failed'.
        Phrases("fy.auth-failed-roundcube", C.AUTH_FAILED, (
            "ferifikaasje mislearre",
        ), "roundcube/roundcubemail:program/localization/fy_NL/messages.inc"),
        # Roundcube's 'SMTP Error: Connection to server failed'.
        Phrases("fy.network-error-roundcube", C.NETWORK_ERROR, (
            "ferbining mei tsjinner mislearre",
        ), "roundcube/roundcubemail:program/localization/fy_NL/messages.inc"),
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
        # Mailspring's sending errors: 'Gmail bandwidth exceeded. Please try again later.' and 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.'
        Phrases("fy.rate-limited-mailspring", C.RATE_LIMITED, (
            "gmail-bandbreedte",
            "ferstjoeren beheind",
        ), "Foundry376/Mailspring:app/lang/fy.json"),
    ),
)
