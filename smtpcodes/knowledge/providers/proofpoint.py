"""Proofpoint (Protection Server / PPS, Essentials, pphosted.com; also Apple's MX filtering).

Proofpoint's own refusals name its reputation services: ``Blocked - see
https://ipcheck.proofpoint.com/?ip=…`` (formerly ``support.proofpoint.com/dnsbl-lookup.cgi``) and
``blocked using prs.proofpoint.com`` (Proofpoint Dynamic Reputation, PDR); delisting is requested
at ipcheck.proofpoint.com. Sources: Proofpoint Essentials' help pages ("Common Error Codes found
in Message Details", "Proofpoint Dynamic Reputation (PDR) IP blocklisting and IP address removal")
and the smtpfieldmanual Proofpoint page that quotes their replies.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_ERRORS = ("https://help.proofpoint.com/Proofpoint_Essentials/Email_Security/"
           "Administrator_Topics/110_logs/Common_Error_Codes_found_in_Message_Details")
_BURST = ("https://cleartext.zendesk.com/hc/en-us/articles/205923028-Burst-rate-limit-exceeded-"
          "error")
_PDR = ("https://help.proofpoint.com/Proofpoint_Essentials/Email_Security/Administrator_Topics/"
        "Other_Features/Proofpoint_Dynamic_Reputation_(PDR)_IP_blocklisting_and_IP_address_removal")

PROVIDER = Provider(
    name="proofpoint",
    hosts=("pphosted.com", "ppe-hosted.com", "proofpoint.com"),
    source=_ERRORS,
    tokens=(
        Token("proofpoint.pdr", C.BLOCKLISTED, (
            "ipcheck.proofpoint.com", "prs.proofpoint.com",
            "support.proofpoint.com/dnsbl-lookup",
        ), _PDR),
        # Essentials' outbound burst limit (per user, per 10 minutes), sent after Postfix's
        # "Sender address rejected:" prefix: a token so that the reason outranks the prefix.
        Token("proofpoint.burst-rate", C.RATE_LIMITED, ("burst rate limit exceeded",), _BURST),
    ),
    phrases=(
        Phrases("proofpoint.invalid-address", C.USER_UNKNOWN, (
            "user email address is marked as invalid",
        ), _ERRORS),
    ),
)
