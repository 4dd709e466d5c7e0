"""Icelandic (is): the SMTP and sending error messages that mail clients show in Icelandic.
Sources: the mail clients' translation files named at each entry."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

LANGUAGE = Language(
    code="is",
    name="Icelandic",
    phrases=(
        # SnappyMail's 'Invalid recipients' notification (the RCPT refusal it shows).
        Phrases("is.user-unknown-weak-snappymail", C.USER_UNKNOWN, (
            "rangir viðtakendur",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/is/user.json", decisive=False),
        # SnappyMail's 'Can't connect to server' notification.
        Phrases("is.network-error-snappymail", C.NETWORK_ERROR, (
            "get ekki tengst á netþjón",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/is/user.json"),
        # SnappyMail's bare 'Authentication failed' notification.
        Phrases("is.auth-failed-weak-snappymail", C.AUTH_FAILED, (
            "auðkenning mistókst",
        ), "the-djmaze/snappymail:snappymail/v/0.0.0/app/localization/is/user.json", decisive=False),
    ),
)
