"""Cox Communications mail (cox.net, "cmsmtp" on its Cloudmark-run MX): the AUP#CX... codes of its
rejections ("Refer to Error Codes section at https://www.cox.com/.../email-error-codes.html for
more information. AUP#CXBL"). Sources: Cox "Email Error Codes" (cox.com residential and business
support, formerly postmaster.cox.net/confluence "Error Codes"), read whole, and the replies its
customers pasted on forums.cox.com.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Provider, Token

_CODES = "https://www.cox.com/residential/support/email-error-codes.html"
_PM = "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes"

PROVIDER = Provider(
    name="cox",
    hosts=("cox.net", "cox.com"),
    source=_CODES,
    tokens=(
        # CXBL "blocked by Cox due to exhibiting spam-like behavior", IPBL0001-IPBL1111 the IP
        # listed in Spamhaus ZEN / Return Path / ivmSIP / Cloudmark CSI (one bit each).
        Token("cox.blocked", C.BLOCKLISTED,
              ("aup#cxbl", "aup#ipbl0", "aup#ipbl1"), _PM),
        # CXCNCT: over the limit of concurrent SMTP connections per IP address (10).
        Token("cox.connections", C.TOO_MANY_CONNECTIONS, ("aup#cxcnct",), _CODES),
        # CXSNDR: "There was a problem with the sender's domain. Your email failed authentication
        # checks against your sending domain's SPF, DomainKeys, or DKIM policy."
        Token("cox.sender-domain", C.SENDER_UNAUTHENTICATED, ("aup#cxsndr",), _CODES),
        # CXTHRT / CXMJ: sending limited or blocked for suspicious activity on the Cox account.
        Token("cox.account-blocked", C.SENDER_REJECTED, ("aup#cxthrt", "aup#cxmj"), _CODES),
    ),
)
