"""Sohu mail (sohu.com, vip.sohu.com, sogou.com and Sohu's enterprise mail): the replies its
servers give, as Chinese hosts' tables of its bounce codes explain them. "553 5.7.0 IP REJECT:
<ip>:<timestamp>:<url>" is a sending IP on Sohu's own blacklist (发件IP在搜狐系统黑名单中: too many
mails or spam-like mail from it in a short time, forged sender domains); the rest
of its replies are Postfix's and read as such.
Source: 365seal.com's analysis of Sohu's bounce codes (mail退信代码分析).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_CODES = "https://365seal.com/y/dRvzkOzRVO.html"

PROVIDER = Provider(
    name="sohu",
    hosts=("sohu.com", "vip.sohu.com", "sohu.net", "sogou.com"),
    source=_CODES,
    phrases=(
        Phrases("sohu.ip-reject", C.BLOCKLISTED, ("ip reject",), _CODES),
    ),
)
