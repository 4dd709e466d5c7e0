"""Bosnian (bs): the SMTP and sending error messages that mail clients show in Bosnian.
Sources: the mail clients' translation files named at each entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="bs",
    name="Bosnian",
    phrases=(
        # K-9 Mail / Thunderbird for Android's certificate error label.
        Phrases("bs.tls-required-weak-k9", C.TLS_REQUIRED, (
            "greška sertifikata",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-bs/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's connection and network error labels.
        Phrases("bs.network-error-weak-k9", C.NETWORK_ERROR, (
            "greška internet veze",
            "mrežna greška",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-bs/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-bs/strings.xml", decisive=False),
        # K-9 Mail / Thunderbird for Android's bare authentication-failure labels.
        Phrases("bs.auth-failed-weak-k9", C.AUTH_FAILED, (
            "autentifikacija nije uspjela",
            "greška pri autentikaciji",
        ), "thunderbird/thunderbird-android:legacy/ui/legacy/src/main/res/values-bs/strings.xml; thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-bs/strings.xml", decisive=False),
        # KMail's (kmailtransport) refusal to send: the SMTP server requires a user name and password.
        Phrases("bs.auth-required-kmail", C.AUTH_REQUIRED, (
            "morate unijeti korisničko ime i šifru",
        ), "KDE/kmailtransport:po/bs/libmailtransport6.po"),
        # KMail's (kmailtransport) SMTP settings note that the server offers no SMTP AUTH (the msmtp reading: not_implemented).
        Phrases("bs.not-implemented-kmail-auth", C.NOT_IMPLEMENTED, (
            "ne podržava autentifikaciju",
        ), "KDE/kmailtransport:po/bs/libmailtransport6.po"),
        # FairEmail's warning that a message is larger than the server's advertised SIZE limit.
        Phrases("bs.message-too-large-fairemail", C.MESSAGE_TOO_LARGE, (
            "veća od ograničenja servera",
        ), "M66B/FairEmail:app/src/main/res/values-bs-rBA/strings.xml"),
    ),
)
