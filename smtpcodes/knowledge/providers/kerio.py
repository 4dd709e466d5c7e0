"""Kerio Connect (GFI): the relay refusal of its SMTP server and the connection failure wording
of its delivery reports. Sources: GFI Kerio Connect support article "Outbound Email Delivery
Troubleshooting"."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_KB = ("https://support.kerioconnect.gfi.com/hc/en-us/articles/"
       "4416310418706-Outbound-Email-Delivery-Troubleshooting-Article")

PROVIDER = Provider(
    name="kerio",
    hosts=(),
    source="https://www.gfi.com/products-and-solutions/email-and-messaging-solutions/kerioconnect",
    phrases=(
        Phrases("kerio.relaying-denied", C.RELAY_DENIED, (
            "relaying is denied",
        ), _KB),
        Phrases("kerio.cannot-connect", C.NETWORK_ERROR, (
            "cannot connect to host",
        ), _KB),
    ),
)
