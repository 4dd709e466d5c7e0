"""Rambler Mail (rambler.ru, lenta.ru, autorambler.ru, myrambler.ru, ro.ru): its 540 refusals of a
recipient, "recipient address rejected: Inactive" (a mailbox frozen for disuse, read by the generic
wording) and "recipient address rejected: Blocked" (a mailbox Rambler has blocked), its
"rate limit exceeded" and "Spam message rejected" replies. Source: the Rambler entries of the SMTP
Field Manual (ActiveCampaign/smtp-field-manual, codes 452, 540 and 554).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_540 = "ActiveCampaign/smtp-field-manual:data/codes/540.json"

PROVIDER = Provider(
    name="rambler",
    hosts=("rambler.ru", "lenta.ru", "autorambler.ru", "myrambler.ru", "ro.ru", "rambler.ua"),
    source=_540,
    phrases=(
        # "540 5.7.1 <user@rambler.ru>: recipient address rejected: Blocked": the mailbox itself is
        # blocked, beside "...: Inactive" for a dormant one.
        Phrases("rambler.blocked-mailbox", C.MAILBOX_DISABLED,
                ("recipient address rejected: blocked",), _540),
    ),
)
