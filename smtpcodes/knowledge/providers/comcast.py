"""Comcast / Xfinity (comcast.net): the block codes its rejections carry and link to
(BL000xxx: sending patterns characteristic of spam, Spamhaus ZEN, Cloudmark CSI, SenderScore and
their combinations; ES000001/ES000010 dynamic or residential space; DM000001 DMARC) and its
recipient wordings. Sources: Comcast postmaster "Mail delivery error codes" table
(postmaster.comcast.net, now xfinity.com/support/articles/email-errors).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_CODES = "http://postmaster.comcast.net/mail-error-codes.html"
_XFINITY = "https://www.xfinity.com/support/articles/email-errors"

PROVIDER = Provider(
    name="comcast",
    hosts=("comcast.net", "xfinity.com"),
    source=_CODES,
    tokens=(
        # BL000000-BL000111 (spam patterns or listed on ZEN / CSI / SenderScore) and ES000001 /
        # ES000010 (mail from Comcast's own or external dynamic/residential IP space).
        Token("comcast.blocked", C.BLOCKLISTED, ("bl000", "es000001", "es000010"), _CODES),
        Token("comcast.dmarc", C.SENDER_UNAUTHENTICATED, ("dm000001",), _XFINITY),
    ),
    phrases=(
        Phrases("comcast.not-customer", C.USER_UNKNOWN,
                ("not our customer", "recipient mailbox unallocated"), _XFINITY),
        Phrases("comcast.quota", C.MAILBOX_FULL, ("extended quota violation",), _XFINITY),
    ),
)
