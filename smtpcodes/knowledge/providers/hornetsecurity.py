"""Hornetsecurity (formerly antispameurope; its headers still say X-antispameurope): the reasons
its filter gives at SMTP time, as listed in its classification table (reason, definition). Most
name spam or a virus plainly and need nothing here; these read otherwise: "554 5.5.4 Spam IP
rejected" is its IP reputation / RBL block (the 'rbl50' tag is the stage before it), "554 5.5.7
e-mail Rejected Content Attachment" a blocked attachment, "552 5.5.2 Message size (content
filter)" and "554 5.5.3 e-mail Rejected Content Filter Size" a size limit, and "554 5.7.1 unknown
domain or unknown recipient (LDAP check)" a recipient its directory does not know. Source: the
table as published by EveryCloud, a Hornetsecurity reseller.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_CODES = ("https://support.everycloud.com/support/solutions/articles/"
          "4000007755-workspace-classification-codes")

PROVIDER = Provider(
    name="hornetsecurity",
    hosts=("hornetsecurity.com", "antispameurope.com"),
    source=_CODES,
    phrases=(
        Phrases("hornetsecurity.spam-ip", C.BLOCKLISTED, ("spam ip rejected",), _CODES),
        Phrases("hornetsecurity.attachment", C.CONTENT_REJECTED,
                ("rejected content attachment",), _CODES),
        Phrases("hornetsecurity.size", C.MESSAGE_TOO_LARGE, (
            "rejected content filter size", "message size (content filter)",
        ), _CODES),
        Phrases("hornetsecurity.ldap-check", C.USER_UNKNOWN,
                ("unknown domain or unknown recipient",), _CODES),
    ),
)
