"""Japanese ISPs and mobile carriers (BBIQ, BIGLOBE, @nifty, OCN, So-net; NTT docomo, au/KDDI,
SoftBank, WILLCOM). Their published error texts are mostly read by the generic wording already: docomo's
"550 Unknown user", "500 Line Too Long" and "552 Too much mail data" (which docomo uses for a full
mailbox, while the generic wording reads it as a message over a size limit), au's "550 <...>: User
unknown" and "554 <...>: Relay access denied" (an address au does not serve), SoftBank's "550
Invalid recipient" and "553 <domain> does not exist" (an envelope sender domain with no DNS
records, refused at MAIL FROM). What the generic wording misses is below. Sources: the carriers'
pages of Sendmagic's SMTP reply-code notes (note.com/sendmagic) and the ISPs' FAQ pages.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_BBIQ = "https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552&page=2000"
_PDX = "https://nobuneko.com/blog/archives/2012/03/undelivered_mail_returned_to_s.html"

PROVIDER = Provider(
    name="jpisp",
    hosts=("bbiq.jp", "biglobe.ne.jp", "nifty.com", "ocn.ne.jp", "so-net.ne.jp",
           "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp"),
    source=_BBIQ,
    phrases=(
        # BBIQ: "Message size exceeds remaining quota": the recipient's mailbox has no room left
        # for the message (its FAQ: 送信先の受信ボックスの容量に空きがない), not a size limit.
        Phrases("jpisp.remaining-quota", C.MAILBOX_FULL,
                ("message size exceeds remaining quota",), _BBIQ),
        # WILLCOM (pdx.ne.jp, now Y!mobile): "552 We failed to deliver mail because the volume of
        # recipient's mailbox exceeded the local limit." - the recipient's mailbox is full.
        Phrases("jpisp.local-limit", C.MAILBOX_FULL,
                ("mailbox exceeded the local limit",), _PDX),
    ),
)
