"""263 enterprise mail (263.net, 263xmail.com, x263.net): the replies its help lists for mail that
263's servers refuse. Its help calls its "mail size limit exceeded" a full mailbox (信箱超容); the
English words alone plainly say a message over a size limit (as 1&1's error list uses them), so
only the help's Chinese label is read, as a weak full-mailbox hint. "This target address is not
our MX service client" is an address 263 does not host (263's table of bounce texts lists it
with the missing addresses).
Sources: 263's regional help "为什么发送到263企业邮局系统被退信?" and its bounce table
(退信对照表, as shared on book118), and the replies below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_HELP = "http://www.263gmail.js.cn/help/13/2.htm"
_TABLE = "https://max.book118.com/html/2017/0108/81360738.shtm"

PROVIDER = Provider(
    name="net263",
    hosts=("263.net", "263xmail.com", "x263.net", "263.net.cn", "net263.com"),
    source=_HELP,
    phrases=(
        # d) 信箱超容退信提示: mail size limit exceeded (in reply to end of DATA command)
        Phrases("net263.mailbox-over-quota", C.MAILBOX_FULL, ("信箱超容",), _HELP, decisive=False),
        Phrases("net263.not-hosted", C.USER_UNKNOWN, ("is not our mx service client",), _TABLE),
    ),
)
