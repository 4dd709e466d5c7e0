"""Barracuda Email Security Gateway and Email Security Service (ESS / Essentials) replies.

The gateway rejects senders listed by Barracuda's reputation service with "blocked using
Barracuda Reputation" (BRBL, b.barracudacentral.org; the list itself is in the ``dnsbl``
module), tags its own refusals ``cuda_nsu`` and refuses content with "rejecting banned content"
or "spam URL in content". Sources: Barracuda Campus ("SMTP Error Codes" of the Email Security
Gateway, the ESS Message Log actions) and the smtpfieldmanual Barracuda page that quotes the
replies.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_CODES = "https://campus.barracuda.com/product/emailsecuritygateway/doc/39815000/smtp-error-codes/"
_ESS = "https://campus.barracuda.com/doc/169282026"
_SFM = "ActiveCampaign/smtp-field-manual:data/codes/550.json"

PROVIDER = Provider(
    name="barracuda",
    hosts=("barracudanetworks.com", "ess.barracudanetworks.com", "barracuda.com",
           "cudamail.com"),
    source=_CODES,
    phrases=(
        Phrases("barracuda.reputation", C.BLOCKLISTED, (
            "blocked using barracuda reputation", "barracudanetworks.com/reputation",
        ), _ESS),
        Phrases("barracuda.banned-content", C.SPAM_CONTENT, (
            "rejecting banned content", "spam url in content",
        ), _SFM),
        # ESS: the message impersonates a known brand or domain.
        Phrases("barracuda.spoofed", C.POLICY_VIOLATION, ("rejecting spoofed message",), _SFM),
        Phrases("barracuda.abuse", C.BLOCKLISTED, ("policy rejection- abuse",), _SFM),
        # The recipient's Barracuda subscription has expired.
        Phrases("barracuda.license", C.SERVICE_UNAVAILABLE, ("license expired",), _SFM),
    ),
)
