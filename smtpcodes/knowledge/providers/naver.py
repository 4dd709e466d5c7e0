"""Naver Mail (naver.com; replies end "- nsmtp" and link help.naver.com): its recipient wording.
Sources: Naver Mail help (help.naver.com/alias/mail/newmail10.naver, linked from its
rejections) and the reply below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_HELP = "https://help.naver.com/alias/mail/newmail10.naver"

PROVIDER = Provider(
    name="naver",
    hosts=("naver.com", "navercorp.com"),
    source=_HELP,
    phrases=(
        Phrases("naver.user-unknown", C.USER_UNKNOWN, ("no such user. for more information",), _HELP),
    ),
)
