"""QQ Mail and Tencent Exmail (qq.com, foxmail.com, exmail.qq.com): the short English reasons of
its rejections and the help links they carry (service.mail.qq.com/detail/122/<n>, formerly
cgi-bin/help?...&no=<n>), one entry per documented reason: frequency limits, content denied,
suspected spam sender, rejected by recipients, mailbox not found, bad address syntax.
Sources: QQ Mail's postmaster help for rejected mail (service.mail.qq.com/detail/122).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_HELP = "https://service.mail.qq.com/detail/122"

PROVIDER = Provider(
    name="qq",
    hosts=("qq.com", "foxmail.com", "exmail.qq.com", "tencent.com"),
    source=_HELP,
    tokens=(
        # 172-175: IP / domain / sender / connection frequency limited (exmail no=1000722-25).
        Token("qq.frequency-link", C.RATE_LIMITED,
              ("detail/122/172", "detail/122/173", "detail/122/174", "detail/122/175",
               "no=1000723"), _HELP),
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
                 "connection frequency limited"), _HELP),
        Phrases("qq.content", C.SPAM_CONTENT,
                ("mail content denied", "spam is embedded in the email",
                 "may contain inappropriate words"), _HELP),
        Phrases("qq.suspected-spam", C.REPUTATION, ("suspected spam",), _HELP),
        Phrases("qq.rejected-by-recipients", C.POLICY_VIOLATION,
                ("mail is rejected by recipients",), _HELP),
        # The envelope sender's domain failed QQ's DNS check.
        Phrases("qq.sender-domain", C.SENDER_REJECTED,
                ("domain may not exist or dns check failed",), _HELP),
    ),
)
