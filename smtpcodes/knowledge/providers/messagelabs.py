"""Symantec / Broadcom Email Security.cloud (formerly MessageLabs; MX ``*.messagelabs.com``): the
refusals its Broadcom knowledge-base articles document ("501 Connection rejected by policy [7.7]
20805, please visit www.messagelabs.com/support …", "451 TLS/SSLv3 Connection required.
(#4.7.1)", "553 Recipient mailbox is not allowed", "you are trying to use me [server-…] as a
relay, but I have not been configured to let you […] do this"). Sources: the Broadcom KB articles
164955, 162152, 162137, 175710, as quoted in sisimai's MessageLabs rhost module
(sisimai/rb-sisimai:lib/sisimai/rhost/messagelabs.rb).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_KB = "https://knowledge.broadcom.com/external/article/"

PROVIDER = Provider(
    name="messagelabs",
    hosts=("messagelabs.com", "symanteccloud.com"),
    source=_KB + "164955",
    phrases=(
        # 501 "Connection rejected by policy [7.7]": "My IP has a negative reputation with
        # Symantec" (check it at ipremoval.sms.symantec.com). Weak: other servers use the words
        # for a plain policy refusal.
        Phrases("messagelabs.negative-reputation", C.REPUTATION,
                ("connection rejected by policy",), _KB + "164955", decisive=False),
        # 451 "TLS/SSLv3 Connection required. (#4.7.1)": the Boundary Encryption service
        # requires TLS from this sender.
        Phrases("messagelabs.boundary-encryption", C.TLS_REQUIRED,
                ("tls/sslv3 connection required",), _KB + "162152"),
        # "You are trying to use me [server-X.tower-x.messagelabs.com] as a relay, but I have
        # not been configured to let you [IP, address] do this."
        Phrases("messagelabs.relay", C.RELAY_DENIED,
                ("as a relay, but i have not been configured",), _KB + "162137"),
        # 553 "Recipient mailbox is not allowed": an invalid address in the recipient's domain.
        Phrases("messagelabs.invalid-recipient", C.USER_UNKNOWN,
                ("recipient mailbox is not allowed",), _KB + "175710"),
    ),
)
