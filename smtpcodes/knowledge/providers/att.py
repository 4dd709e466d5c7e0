"""AT&T consumer mail (att.net, sbcglobal.net, bellsouth.net, prodigy.net and the other legacy
domains, before and while they move to Yahoo's platform): the "DNSBL:RBL 521< ip >_is_blocked"
and "blocked by ldap:ou=rblmx" blocklist rejections, and the mailbox and DNS wordings of its
published error summary. Sources: AT&T's postmaster/mailblock pages (att.com/esupport/postmaster,
rbl.att.net and worldnet.att.net block_enduser.html error message summary).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_PM = "https://www.att.com/esupport/postmaster/"
_BLOCK = "http://rbl.att.net/block_enduser.html"

PROVIDER = Provider(
    name="att",
    hosts=("att.net", "sbcglobal.net", "bellsouth.net", "prodigy.net", "pacbell.net",
           "swbell.net", "ameritech.net", "flash.net", "nvbell.net", "snet.net", "wans.net"),
    source=_PM,
    tokens=(
        Token("att.rbl", C.BLOCKLISTED,
              ("dnsbl:rbl", "dnsbl:attrbl", "abuse_rbl@abuse-att.net", "ou=rblmx"), _PM),
    ),
    phrases=(
        Phrases("att.suspended", C.MAILBOX_DISABLED, ("mailbox currently suspended",), _BLOCK),
        Phrases("att.valid-sender-domain", C.SENDER_REJECTED, ("requires valid sender domain",),
                _BLOCK),
        Phrases("att.dns-lookup", C.REVERSE_DNS, ("failure in dns look-up",), _BLOCK),
        Phrases("att.blank-mailhost", C.USER_UNKNOWN, ("blank mailhost",), _PM),
    ),
)
