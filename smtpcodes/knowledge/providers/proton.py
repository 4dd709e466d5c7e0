"""Proton Mail (protonmail.ch, proton.me; MX mail.protonmail.ch): its spam filter's refusal "550
5.7.1 Rejected by spam filter". Sources: the Proton Mail entries of ActiveCampaign's SMTP Field
Manual (smtpfieldmanual.com/provider/protonmail).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_SFM = "ActiveCampaign/smtp-field-manual:data/codes/550.json"

PROVIDER = Provider(
    name="proton",
    hosts=("protonmail.ch", "protonmail.com", "proton.me", "pm.me"),
    source="https://smtpfieldmanual.com/provider/protonmail",
    phrases=(
        Phrases("proton.spam-filter", C.SPAM_CONTENT, ("rejected by spam filter",), _SFM,
                decisive=False),
    ),
)
