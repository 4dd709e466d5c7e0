"""Sophos Email (Sophos Central Email Security, MX *.hydra.sophos.com): its outbound rate limit's
"554 5.7.28 Mail flood detected". Its XGEMAIL_00xx codes (0001-0003 DKIM/SPF/DMARC, 0004/0005
RBL/DBL, 0008/0009 block lists, 0011 unknown recipient, 0012 size, 0014/0015 rate limits; Sophos
Central help "SMTP error codes") wait for learn replies from a source of their own. Sources: that
page and Sophos's advisory on the outbound rate limit.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_CODES = ("https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/"
          "SMTPErrorCodes/index.html")
_FLOOD = ("https://thetechgeeks.com/blogs/sophos/sophos-central-email-outbound-email-rate-limit-"
          "mail-flood-detected-notifications-and-bounce-backs")

PROVIDER = Provider(
    name="sophos",
    hosts=("hydra.sophos.com", "sophos.com"),
    source=_CODES,
    phrases=(
        # "554 5.7.28 Mail flood detected": the outbound rate limit on bulk recipients.
        Phrases("sophos.mail-flood", C.RATE_LIMITED, ("mail flood detected",), _FLOOD),
    ),
)
