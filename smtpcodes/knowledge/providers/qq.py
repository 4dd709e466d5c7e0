"""QQ Mail and Tencent Exmail (qq.com, foxmail.com, exmail.qq.com): the short English reasons of
its rejections and the help links they carry (service.mail.qq.com/detail/122/<n>, formerly
cgi-bin/help?...&no=<n>), one entry per documented reason: frequency limits, content denied,
suspected spam sender, rejected by recipients, mailbox not found, bad address syntax.
Also "Ip frequency limited" (no=1000725), "Mailbox unavailable or access denied" (a recipient that
has received too much mail in a short time) and the login's "A secure connection is requiered".
Sources: QQ Mail's postmaster help for rejected mail (service.mail.qq.com/detail/122), QQ's
explanations as senders and bulk-mail vendors quote them, and the replies below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_HELP = "https://service.mail.qq.com/detail/122"
# A sender's write-up of "550 Ip frequency limited. …no=1000725" with QQ's explanation translated (per-minute,
# per-hour and per-day limits on mail from one IP).
_IP_FREQ = "https://www.computersolutions.cn/blog/qq-mail-550-ip-frequency-limited-errors-and-how-to-solve-them/"
# A Chinese bulk-mail vendor's table of QQ Mail's reply texts with QQ's explanations (出错原因/改善建议).
_TABLE = "http://qiao.yimirj.com/article/detail/2261"

PROVIDER = Provider(
    name="qq",
    hosts=("qq.com", "foxmail.com", "exmail.qq.com", "tencent.com"),
    source=_HELP,
    tokens=(
        # 172-175: IP / domain / sender / connection frequency limited (exmail no=1000722-25).
        Token("qq.frequency-link", C.RATE_LIMITED,
              ("detail/122/172", "detail/122/173", "detail/122/174", "detail/122/175",
               "no=1000723", "no=1000725"), f"{_HELP}; {_IP_FREQ}"),
        # 59: spam embedded in the mail; 171: mail content denied (exmail no=1000726).
        Token("qq.content-link", C.SPAM_CONTENT,
              ("detail/122/59", "detail/122/171", "no=1000726"), _HELP),
        # 169: mailbox not found (exmail no=1000728).
        Token("qq.not-found-link", C.USER_UNKNOWN, ("detail/122/169", "no=1000728"), _HELP),
        # no=1001256: the help page on authorization codes (授权码), linked from 535 replies that
        # refuse the account password ("请使用授权码登录", "Please enter your authorization code").
        Token("qq.auth-code-link", C.AUTH_FAILED, ("no=1001256",),
              "https://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256"),
        # 167: bad address syntax (exmail no=1000730).
        Token("qq.syntax-link", C.SYNTAX_ERROR, ("detail/122/167", "no=1000730"), _HELP),
    ),
    phrases=(
        Phrases("qq.frequency", C.RATE_LIMITED,
                ("domain frequency limited", "sender frequency limited",
                 "connection frequency limited", "ip frequency limited"), f"{_HELP}; {_IP_FREQ}; {_TABLE}"),
        # "550 Mailbox unavailable or access denied": the recipient has received many mails in a short
        # time, and mail to it is refused for a while against attacks (您要发送的收件人短时间内收到大量邮件,
        # 为避免受到恶意攻击,暂时禁止向该收件人发信; 改善建议: 暂停向该收件人发信,稍后重新尝试).
        Phrases("qq.recipient-frequency", C.RATE_LIMITED, ("mailbox unavailable or access denied",), _TABLE),
        Phrases("qq.content", C.SPAM_CONTENT,
                ("mail content denied", "spam is embedded in the email",
                 "may contain inappropriate words"), _HELP),
        Phrases("qq.suspected-spam", C.REPUTATION, ("suspected spam",), _HELP),
        Phrases("qq.rejected-by-recipients", C.POLICY_VIOLATION,
                ("mail is rejected by recipients",), _HELP),
        # "530 Login fail. A secure connection is requiered(such as ssl)." (QQ's own spelling): QQ takes
        # the login only over SSL/TLS (port 465 or 587), as a user met it with a new authorization code.
        Phrases("qq.secure-connection", C.TLS_REQUIRED, ("a secure connection is requiered",),
                "https://github.com/lx1169732264/zdm/issues/3"),
        # The envelope sender's domain failed QQ's DNS check.
        Phrases("qq.sender-domain", C.SENDER_REJECTED,
                ("domain may not exist or dns check failed",), _HELP),
    ),
)
