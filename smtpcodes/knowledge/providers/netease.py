"""NetEase mail (163.com, 126.com, yeah.net, and NetEase enterprise mail): the bracket-less
three-letter codes of its replies, which all link mail.163.com/help/help_spam_16.htm; DT:SPM is
content judged to be spam, and "Local user only" refuses a sender that is not a local user.
Sources: NetEase's published reply-code table (help_spam_16, "退信代码说明") and the replies below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Provider, Token

_CODES = "http://mail.163.com/help/help_spam_16.htm"

PROVIDER = Provider(
    name="netease",
    hosts=("163.com", "126.com", "yeah.net", "netease.com", "188.com", "qiye.163.com"),
    source=_CODES,
    tokens=(
        # 554/550/451 DT:SPM: the mail carries spam characteristics (451: try again later).
        Token("netease.dt-spm", C.SPAM_CONTENT, ("dt:spm",), _CODES),
    ),
    phrases=(
        # 553 Local user only: SMTP hosts accept only local users as sender.
    ),
)
