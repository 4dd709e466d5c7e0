"""Cisco Secure Email (IronPort, AsyncOS Email Security Appliance): its default reply texts.

AsyncOS writes enhanced codes in the ``#5.7.1`` form and, unless an administrator changed them,
answers with the defaults of its listener settings: SPF/SIDF verification ("#5.7.1 SPF
unauthorized mail is prohibited", "#4.4.3 Temporary error occurred during SPF verification"),
DMARC verification ("#5.7.1 DMARC unauthenticated mail is prohibited", "#4.7.1 Unable to
perform DMARC verification"). HAT banners that reject on SenderBase reputation (SBRS) point at
senderbase.org / talosintelligence.com. Sources: the AsyncOS for Email user guides and CLI
reference (chapters Email Authentication and Host Access Table).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_SPF = "https://manualsbrain.com/en/manuals/1700579/?page=292"
_DMARC = "https://manualsbrain.com/pt/manuals/1649655/?page=537"
_HAT = "https://jassweb.com/solved/solved-ironport-rejecting-emails-closed/"

PROVIDER = Provider(
    name="cisco",
    hosts=("iphmx.com", "ironport.com", "cisco.com"),
    source=_SPF,
    tokens=(
        # HAT banners of SBRS-based rejections link the SenderBase/Talos reputation lookup.
        Token("cisco.sbrs", C.REPUTATION, (
            "senderbase.org", "talosintelligence.com/reputation",
        ), _HAT),
    ),
    phrases=(
        Phrases("cisco.spf", C.SENDER_UNAUTHENTICATED, (
            "spf unauthorized mail is prohibited",
            "temporary error occurred during spf verification",
        ), _SPF),
        Phrases("cisco.dmarc", C.SENDER_UNAUTHENTICATED, (
            "dmarc unauthenticated mail is prohibited", "unable to perform dmarc verification",
        ), _DMARC),
        # "550 #5.7.1 Your access to submit messages to this e-mail system has been rejected":
        # the HAT refused the sender, whose IP or domain has a low reputation with Cisco Talos
        # (or sits on a policy the administrator set), as the SBRS banners above.
        Phrases("cisco.access-rejected", C.REPUTATION, (
            "access to submit messages to this e-mail system has been rejected",
        ), "fm/smtp-codes:data/codes/550.json; zone-eu/zone-mta:config/bounces.txt"),
    ),
)
