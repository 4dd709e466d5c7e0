"""Zoho Mail (zoho.com, zohomail.com and regional hosts): its outbound blocks for unusual sending
activity, the "Relaying disallowed as <address>" refusal of a From it may not use, its
MailPolicy rejections and its virus scanner's wording. Sources: Zoho Mail's usage policy and
help pages linked from its replies (zoho.com/mail/help/usage-policy.html) and the replies below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_POLICY = "https://www.zoho.com/mail/help/usage-policy.html"

PROVIDER = Provider(
    name="zoho",
    hosts=("zoho.com", "zohomail.com", "zoho.eu", "zoho.in", "zohomail.eu", "zohomail.in"),
    source=_POLICY,
    phrases=(
        Phrases("zoho.unusual-activity", C.RATE_LIMITED, ("unusual sending activity detected",),
                _POLICY),
        Phrases("zoho.relaying-as", C.SENDER_REJECTED, ("relaying disallowed as",), _POLICY),
        # "541 5.4.1 Mail rejected by destination domain": a mail filter the receiving domain's
        # administrator set up refused the message (a policy of the recipient's side, not a
        # routing failure as X.4.1 would read).
        Phrases("zoho.mail-policy", C.POLICY_VIOLATION,
                ("mailpolicy violation", "delivery restricted by policy error",
                 "mail rejected by destination domain"),
                f"{_POLICY}; ActiveCampaign/smtp-field-manual:data/codes/451.json; "
                "https://smtp.codes/zoho"),
    ),
)
