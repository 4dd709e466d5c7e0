"""Trend Micro (InterScan Messaging Security, Hosted Email Security, Worry-Free, Email Reputation
Services): its Email Reputation Services (ERS, the former MAPS RBL+ lists at mail-abuse.com)
refuse listed senders: "550 5.7.1 Service unavailable; Client host [<ip>] blocked using Trend
Micro RBL+", "Mail from <ip> blocked using Trend Micro Email Reputation database", "Your email
messages have been blocked by the recipient OR by Trend Micro Email Reputation Service". Sources:
Trend Micro "Frequently asked questions about messages blocked by Email Reputation Services" and
"Valid emails are blocked by the Email Reputation feature of WFBS".
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_ERS = ("https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-"
        "messages-blocked-by-email-reputation-services-ers")

PROVIDER = Provider(
    name="trendmicro",
    hosts=("trendmicro.com", "trendmicro.eu", "tmes.trendmicro.com"),
    source=_ERS,
    phrases=(
        # The sending IP is in the ERS standard (RBL+) or dynamic (zombie/DUL) database.
        Phrases("trendmicro.ers", C.BLOCKLISTED, (
            "trend micro email reputation", "trend micro rbl+", "rbl-plus.mail-abuse.org",
        ), _ERS),
    ),
)
