"""iCloud Mail (icloud.com, me.com, mac.com): the bracketed policy tags of its rejections ([CS01],
[HM08] "Message rejected due to local policy", [HME1] SPF and DKIM both failing) and its
per-recipient wordings (excessive volume, recipient no longer on server, inactive address).
Sources: Apple's "Postmaster information for iCloud Mail" (support.apple.com/102322, formerly
HT204137, which every iCloud rejection links) and the replies collected below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_PM = "https://support.apple.com/en-us/102322"

PROVIDER = Provider(
    name="apple",
    hosts=("icloud.com", "me.com", "mac.com", "mail.icloud.com"),
    source=_PM,
    tokens=(
        # [BS01] is the same "Message rejected due to local policy" refusal (fm/smtp-codes: the
        # affected senders' SPF, DKIM and DMARC should be checked).
        Token("apple.local-policy", C.POLICY_VIOLATION, ("cs01", "hm08", "bs01"),
              f"{_PM}; fm/smtp-codes:data/codes/554.json"),
    ),
    phrases=(
        Phrases("apple.excessive-volume", C.RATE_LIMITED, ("deferred due to excessive volume",),
                _PM),
        Phrases("apple.moved", C.HAS_MOVED, ("recipient no longer on server",), _PM),
    ),
)
