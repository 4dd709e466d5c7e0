"""Mimecast (Email Security Cloud Gateway): its documented SMTP error codes table.

Mimecast's replies are plain wording plus a link to its code page
(``https://community.mimecast.com/docs/DOC-1369#550``). One entry per documented code group of
the table "Mimecast SMTP Error Codes" (4xx and 5xx sections: reason given to the sending MTA,
description, resolution), each with a real reply that shows it. Categories follow Mimecast's
descriptions;
where one reason covers two readings (451 greylisting or poor reputation) the documented first
reading is used.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_CODES = "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754"
_ZD = ("https://mimecastsupport.zendesk.com/hc/en-us/articles/"
       "34000709564691-Policies-Mimecast-SMTP-Error-Codes")

PROVIDER = Provider(
    name="mimecast",
    hosts=("mimecast.com", "mimecast.co.za", "mimecast-offshore.com"),
    source=_CODES,
    tokens=(
        # 554 "email rejected due to security policies - MCSpamSignature…": spam signature.
        # "550 csi.mimecast.org Poor Reputation Sender.": the sending IP is on Mimecast's copy
        # of Cloudmark Sender Intelligence (CSI), a blocklist (as dnsbl.cloudmark).
        Token("mimecast.csi", C.BLOCKLISTED, ("csi.mimecast.org",),
              "zone-eu/zone-mta:config/bounces.txt"),
    ),
    phrases=(
        # 451: greylisting (retry from 1 minute to 12 hours), or a poor IP reputation.
        Phrases("mimecast.greylisting", C.GREYLISTED, (
            "internal resource temporarily unavailable",
            "internal resources are temporarily unavailable",
            "internal resource is temporarily unavailable",
        ), _CODES),
        # 421: the sender is on a Blocked Senders policy; 451: IP on the block list for
        # too many invalid connections.
        Phrases("mimecast.sender-blocked", C.BLOCKLISTED, (
            "sender address blocked", "recipient temporarily unavailable",
        ), _CODES),
        # 550: the sender address or domain is on the recipient's Blocked Senders policy or on
        # a user's personal block list.
        Phrases("mimecast.envelope-blocked", C.BLOCKLISTED, (
            "envelope blocked", "manually blocked senders", "blocked senders - block policy",
            "block policy for envelope from address", "policy level block list in force",
            # "Rejected by header based Blocked Senders: <address>": the header From is on the
            # recipient organization's Blocked Senders list.
            "header based blocked senders",
        ), f"{_CODES}; https://wordtothewise.com/2018/07/who-are-mimecast"),
        Phrases("mimecast.anti-spoofing", C.POLICY_VIOLATION, (
            "anti-spoofing policy", "header based anti-spoofing", "header-based anti-spoofing",
        ), _CODES),
        Phrases("mimecast.sender-invalid", C.SENDER_UNAUTHENTICATED, (
            "spf sender invalid", "dkim sender invalid", "dmarc sender invalid",
        ), _CODES),
        Phrases("mimecast.open-relay", C.RELAY_DENIED, (
            "open relay not allowed", "open relay is not allowed",
            "account outbounds disabled", "hostname is not authorized",
        ), _CODES),
        # 451 "Account inbounds disabled": the recipient's Mimecast account has inbound mail
        # turned off in its Administration Console; the destination takes no mail for now.
        Phrases("mimecast.busy", C.SERVICE_UNAVAILABLE, (
            "unable to process connection at this time", "account inbounds disabled",
        ), f"{_CODES}; {_ZD}; fm/smtp-codes:data/codes/451.json"),
        # 451 "Account service is temporarily unavailable": too many concurrent inbound
        # connections for the recipient's account (20 by default).
        Phrases("mimecast.account-connections", C.TOO_MANY_CONNECTIONS, (
            "account service is temporarily unavailable",
        ), f"{_ZD}; fm/smtp-codes:data/codes/451.json"),
        # 554: a signature was found: a virus, or a spam score over the maximum.
        Phrases("mimecast.security", C.VIRUS, (
            "email rejected due to security policies",
        ), _CODES, decisive=False),
    ),
)
