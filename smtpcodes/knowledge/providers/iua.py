"""I.UA (i.ua, email.ua, ua.fm) and bigmir.net, Ukrainian webmail: what they answer at RCPT for a
mailbox frozen after months without a login ("550 Mailbox is frozen."), as a Ukrainian mailer
records it (denispan1993/vitaliy:apps/delivery/tasks.py). Their help pages
(``https://mail.i.ua/err/<n>/``) hold the other refusal texts; none is encoded here without a
real reply of its own.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_VITALIY = "denispan1993/vitaliy:apps/delivery/tasks.py"

PROVIDER = Provider(
    name="iua",
    hosts=("i.ua", "email.ua", "ua.fm", "bigmir.net"),
    source=_VITALIY,
    phrases=(
        Phrases("iua.frozen", C.MAILBOX_DISABLED, ("mailbox is frozen",), _VITALIY),
    ),
)
