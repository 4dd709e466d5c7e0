"""L-Soft LISTSERV: the reasons it returns a post. A post from an address that is not a
subscriber of a private list (Send= Private) is answered "you are not authorized to post"; mail
from a user the list has "served out" (blocked after errors) is refused; a list an owner holds
postpones distribution ("Distribution postponed because list is held"). Sources: L-Soft's list
owner FAQ (http://www.lsoft.com/manuals/owner-faq.stm) and universities' LISTSERV help pages
quoting its notices (http://listserv.uga.edu/ownerfaq/monitor-nonsub.html,
https://su-jsm.atlassian.net/wiki/pages/diffpages.action?originalId=159964808&pageId=159964764)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_FAQ = "http://www.lsoft.com/manuals/owner-faq.stm"
_UGA = "http://listserv.uga.edu/ownerfaq/monitor-nonsub.html"
_SU = "https://su-jsm.atlassian.net/wiki/pages/diffpages.action?originalId=159964808&pageId=159964764"

PROVIDER = Provider(
    name="listserv",
    hosts=(),
    source="https://www.lsoft.com/products/listserv.asp",
    phrases=(
        Phrases("listserv.not-authorized", C.SENDER_REJECTED, (
            "not authorized to post",
            "user that had been served out",
        ), _UGA + "; " + _SU + "; " + _FAQ),
        Phrases("listserv.held", C.POLICY_VIOLATION, (
            "postponed because list is held",
        ), _FAQ),
    ),
)
