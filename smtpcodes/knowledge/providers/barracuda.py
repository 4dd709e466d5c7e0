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
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_CODES = "https://campus.barracuda.com/product/emailsecuritygateway/doc/39815000/smtp-error-codes/"
_ESS = "https://campus.barracuda.com/doc/169282026"
_SFM = "ActiveCampaign/smtp-field-manual:data/codes/550.json"
_RATE = ("https://campus.barracuda.com/product/emailgatewaydefense/doc/167976820/"
         "inbound-rate-control")

PROVIDER = Provider(
    name="barracuda",
    hosts=("barracudanetworks.com", "ess.barracudanetworks.com", "barracuda.com",
           "cudamail.com"),
    source=_CODES,
    tokens=(
        # Rate Control: more connections or messages from one IP than the half-hour threshold
        # allows; further attempts are deferred until the next half hour ("450 too many
        # connections from your IP (rate controlled)"). A rate over a period, not concurrency.
        Token("barracuda.rate-control", C.RATE_LIMITED, ("rate controlled",),
              f"{_RATE}; https://gist.github.com/pbruna/4595838"),
    ),
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
