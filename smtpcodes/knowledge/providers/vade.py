"""Vade (Vade Secure, now part of Hornetsecurity): the filter in front of OX App Suite's hosted mail
(its US and EU platforms, postmaster-oxsus / postmaster-oxseu.vadesecure.com). Its refusals read
"550 5.7.1 Connection refused" whatever the reason, and carry a code naming it: OXSUS0001_403 (or
OXSEU0001_403) is an unknown recipient, "_101 ... blocked by Vade Threat List" its own IP
blocklist, and OXSUS0006_404 on outbound mail an account over its sending limits. Without these
tokens the reply reads as a network error ("connection refused"). Sources: Vade's postmaster pages
(inbound and outbound error codes), and the replies quoted on suped.com and sinosoft.guru.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Provider, Token

_US = "https://postmaster-oxsus.vadesecure.com/"
_US_IN = "https://postmaster-oxsus.vadesecure.com/inbound_error_codes"
_EU_IN = "https://postmaster-oxseu.vadesecure.com/inbound_error_codes"
_404 = ("https://sinosoft.guru/knowledgebase/291/How-to-Fix-OX-Outbound-Error-450-4.2.0--Recipient-"
        "Temporarily-Rejected-OXSUS0006_404.html")
_403 = ("https://www.suped.com/knowledge/email-deliverability/troubleshooting/"
        "is-vades-use-of-550-571-a-hard-bounce-and-what-do-the-error-codes-mean")

PROVIDER = Provider(
    name="vade",
    hosts=("vadesecure.com", "vade.com"),
    source=_US,
    tokens=(
        # _101 "550 5.7.1 Connection refused - [IP_ADDRESS] blocked by Vade Threat List": "Your
        # sending address is listed on the Vade Threat Network List".
        Token("vade.threat-list", C.BLOCKLISTED, ("blocked by vade threat list", "oxsus0001_101"),
              _EU_IN),
        # _403 "550 5.7.1 Connection refused": the recipient (or the customer) does not exist, or
        # the RCPT TO address is malformed; Vade tells bulk senders to treat it as an unsubscribe.
        Token("vade.unknown-recipient", C.USER_UNKNOWN,
              ("oxsus0001_403", "oxsus001_403", "oxseu0001_403"), _403),
        # Outbound (OX Mail submission): "450 4.2.0 Recipient temporarily rejected -
        # OXSUS0006_404", the account's sending limits (per hour, per day, recipients per message).
        Token("vade.outbound-limit", C.RATE_LIMITED, ("oxsus0006_404",), _404),
    ),
)
