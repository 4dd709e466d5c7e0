"""Plesk (hosting control panel): Outgoing Mail Control, its per-mailbox, per-domain and
per-subscription hourly limits on outgoing messages. Its milter (psa-pc-remote's ``limit-out``
handler) rejects the message over the limit at end of data with "5.7.0 Your message could not be
sent. The limit on the number of allowed outgoing messages was exceeded. Try again later."
Sources: Plesk's knowledge base ("How outgoing messages limit works", "What will happen to
emails that are sent once the outgoing limit is reached?").
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_LIMIT = "https://support.plesk.com/hc/en-us/articles/213389069-How-outgoing-messages-limit-works"
_KB = ("https://www.plesk.com/kb/support/what-will-happen-to-emails-that-are-sent-once-the-"
       "outgoing-limit-is-reached/")

PROVIDER = Provider(
    name="plesk",
    hosts=(),
    source=_LIMIT,
    phrases=(
        Phrases("plesk.outgoing-limit", C.RATE_LIMITED, (
            "limit on the number of allowed outgoing messages",
        ), f"{_LIMIT}; {_KB}"),
    ),
)
