"""STRATO (Berlin hosting and mailboxes, mail exchangers under ``rzone.de``): its refusal texts.

STRATO's FAQ "Fehlermeldungen bei E-Mails" (and its English twin "Why are my emails not being
delivered?") lists the replies its mail servers give: ``Refused by local policy. No SPAM please!``
with a hint in brackets (``B-URL``, ``B-TEXT``, ``B-SCORE``, ``B-EX``: suspicious link or text;
``B-ATTACH``: an attachment that may not be sent), and ``Forbidden domain 'xxx' in Envelope-From
(B-EFROM-STRATO)``: an envelope sender in a domain that belongs to STRATO itself, sent from
outside STRATO's own servers.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_FAQ_DE = "https://strato.de/faq/mail/fehlermeldungen-bei-e-mails"
_FAQ_EN = "https://www.strato-hosting.co.uk/faq/product/why-are-my-emails-not-being-delivered"

PROVIDER = Provider(
    name="strato",
    hosts=("strato.de", "rzone.de", "strato.com", "strato-hosting.co.uk"),
    source=_FAQ_DE,
    tokens=(
        # The envelope sender uses a domain of STRATO GmbH: refused as a forged sender.
        Token("strato.b-efrom", C.SENDER_REJECTED, ("b-efrom-strato",), _FAQ_EN),
    ),
    phrases=(
        # "Ihre E-Mail verstößt gegen die Filter- bzw. Spamregel des jeweiligen Empfängers."
        Phrases("strato.no-spam-please", C.SPAM_CONTENT, (
            "refused by local policy. no spam please",
        ), _FAQ_DE),
    ),
)
