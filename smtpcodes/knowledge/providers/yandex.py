"""Yandex Mail (yandex.ru, yandex.com, ya.ru): its spam, rate and blocked-mailbox wordings.
Sources: Yandex Mail help for senders (yandex.com/support/mail, whose short links ya.cc/...
its spam rejections carry) and the replies below.
"""

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
    ),
)
