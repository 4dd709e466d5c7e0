"""X.400 message transfer agents and the gateways between X.400 and Internet mail (the Exchange
5.5/2000/2003 MTA, RFC 2156 / RFC 1327 gateways): the reason and diagnostic codes of an X.400
non-delivery report (X.411 NonDeliveryReasonCode and NonDeliveryDiagnosticCode), as they are
printed by name in NDRs and MTA logs: "reason code unable-to-transfer and diagnostic code
maximum-time-expired" (diagnostic 5, RFC 2156's mapping to X.4.7: the delivery time expired),
"diagnostic code loop-detected" (diagnostic 3, X.4.6: a routing loop). The reason code alone
(transfer-failure, unable-to-transfer) says only that the transfer failed; the diagnostic
names why. Sources: X.411 as Microsoft lists it ("Reason Codes and Diagnostic Codes on
Non-Delivery Notifications", KB 174175), RFC 2156 §4.6 (diagnostic to status mapping), and the
Exchange MTA's own event texts (KB 169715, event 201)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_CODES = "https://mskb.pkisolutions.com/kb/174175; https://www.rfc-editor.org/rfc/rfc2156"
_KB169715 = "https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/169/715.HTM"

PROVIDER = Provider(
    name="x400",
    hosts=(),
    source="https://www.rfc-editor.org/rfc/rfc2156",
    phrases=(
        # Diagnostic 5, maximum-time-expired: the message's latest delivery time passed.
        Phrases("x400.maximum-time-expired", C.EXPIRED, (
            "maximum-time-expired",
            "max time expired",
        ), _CODES + "; " + _KB169715),
        # Diagnostic 3, loop-detected (and 27, redirection-loop-detected): the MTA saw its own
        # trace information in the message.
        Phrases("x400.loop-detected", C.NETWORK_ERROR, (
            "loop-detected",
        ), _CODES + "; https://kb.eventtracker.com/evtpass/evtPages/EventId_201_MSExchangeMTA_49793.asp"),
    ),
)
