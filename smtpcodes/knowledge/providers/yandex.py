"""Yandex Mail (yandex.ru, yandex.com, ya.ru): its spam, rate and blocked-mailbox wordings.
Sources: Yandex Mail help for senders (yandex.com/support/mail, whose short links ya.cc/...
its spam rejections carry) and the replies below.

Also: Yandex's own SMTP front end, NwSMTP (yandex/NwSMTP src/), whose reply texts name the
reasons: its spam-source list, greeting and AUTH order, refused recipients, database failures."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_HELP = "https://yandex.com/support/mail/"

PROVIDER = Provider(
    name="yandex",
    hosts=("yandex.ru", "yandex.net", "yandex.com", "ya.ru", "yandex.by", "yandex.kz"),
    source=_HELP,
    phrases=(
        # Returned for a recipient mailbox that is blocked or frozen.
        Phrases("yandex.policy-target", C.MAILBOX_DISABLED,
                ("policy rejection on the target address",), _HELP),
        Phrases("yandex.spam", C.SPAM_CONTENT, ("rejected under suspicion of spam",), _HELP),
        Phrases("yandex.rate", C.RATE_LIMITED, ("recipient has exceeded message rate limit",),
                _HELP),
        # Yandex's refusal of a client IP its own spam-source list names (NwSMTP's rbl.cpp; Yandex's help:
        # only spam has come from the sender, blocked for 24 hours).
        Phrases("yandex.spam-statistics", C.BLOCKLISTED, (
            "blocked by spam statistics",
        ), (
            "yandex/NwSMTP:src/rbl.cpp; https://yandex.com/support/mail/bounces/yandex/message-r"
            "ejected-under-suspicion-of-spam.html?lang=en"
        )),
        # Yandex's MAIL FROM before HELO/EHLO.
        Phrases("yandex.greeting-first", C.BAD_SEQUENCE, (
            "good girl is greeting first",
        ), "yandex/NwSMTP:src/smtp_connection.cpp"),
        # Yandex's MAIL FROM on its submission service before SMTP AUTH.
        Phrases("yandex.auth-first", C.AUTH_REQUIRED, (
            "send auth command first",
        ), "yandex/NwSMTP:src/smtp_connection.cpp"),
        # Yandex's DATA after every recipient was refused; its help lists it with the non-existing
        # addresses.
        Phrases("yandex.no-correct-recipients", C.USER_UNKNOWN, (
            "no correct recipients",
        ), (
            "yandex/NwSMTP:src/smtp_connection.cpp; https://www.yandex.com/support/mail/bounces/"
            "yandex.html"
        )),
        # Yandex's temporary failure when its user database cannot be asked (NwSMTP's temp_user_error).
        Phrases("yandex.processing-error", C.SERVER_ERROR, (
            "requested action aborted: error in processing",
        ), "yandex/NwSMTP:src/options.cpp"),
        # Yandex's refusal of the null sender (MAIL FROM:<>) where it checks the sender's account.
        Phrases("yandex.null-sender", C.SENDER_REJECTED, (
            "requires non-null sender",
        ), "yandex/NwSMTP:src/bb_client_mailfrom.cpp"),
    ),
)
