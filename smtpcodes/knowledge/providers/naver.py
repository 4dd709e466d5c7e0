"""Naver Mail (naver.com; replies end "- nsmtp" and link help.naver.com): its recipient wording,
and its IP filter: "421 4.3.2 Your IP(…) is filtered and this connection will be closed. You must
register your IP to http://realip.naver.com" (the same words as the older Korean portals' filter,
"By SpaceLee, the Lord of mail server", which hanafos.com answered with). Sources: Naver Mail help
(help.naver.com/alias/mail/newmail10.naver, linked from its rejections), Korean lists of the
portals' return messages (puffinknight.tistory.com/102, blog.jinbo.net/007/archive/20051107) and
the replies below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_HELP = "https://help.naver.com/alias/mail/newmail10.naver"
_PORTALS = "https://puffinknight.tistory.com/102"
_HANAFOS = "http://blog.jinbo.net/007/archive/20051107"

PROVIDER = Provider(
    name="naver",
    hosts=("naver.com", "navercorp.com"),
    source=_HELP,
    tokens=(
        # The sending IP must be registered at realip.naver.com before Naver takes its mail.
        Token("naver.realip", C.BLOCKLISTED, ("realip.naver.com",), _PORTALS),
    ),
    phrases=(
        Phrases("naver.user-unknown", C.USER_UNKNOWN, ("no such user. for more information",), _HELP),
        Phrases("naver.ip-filtered", C.BLOCKLISTED, (
            "is filtered and this connection will be closed",
        ), _HANAFOS),
    ),
)
