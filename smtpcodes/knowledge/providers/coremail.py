"""Coremail, the mail server many Chinese companies, universities and hosted services run (its
own help centre icoremail.vip lists the reply texts its servers write, one article each): a
forged envelope sender ("Fake sender"), a refused or suspended ("Hangup", 挂起) sending IP or
user, and its wordings for a missing mailbox.
Sources: Coremail's bounce articles (icoremail.vip support, category 84), yunrelay.com's
explanation of "Fake sender" (信封发信人跟信头显示发信人不一致), dbmailserver.com's list of
missing-address replies, and the replies below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_LIST = "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0"
_LIST_USERS = "https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225"
_FAKE = "http://www.yunrelay.com/news/mailreject/714205212544.html"
_SPF_REJECT = "https://hezoon.cn/compro/detail/23/305/530.html"
_MISSING = "https://www.dbmailserver.com/tui-xin-address-not-exist.htm"

PROVIDER = Provider(
    name="coremail",
    hosts=("coremail.cn", "icoremail.net", "mailhz.icoremail.net"),
    source=_LIST,
    tokens=(
        # "DebugInfo:SPF_REJECT": the sending IP is outside the sender domain's SPF record (由于spf的原因
        # (对方的发信ip不在域名申明的发信ip范围内)…被服务器拒绝), as a Coremail reseller's help explains it.
        Token("coremail.spf-reject", C.SENDER_UNAUTHENTICATED, ("spf_reject",), _SPF_REJECT),
    ),
    phrases=(
        # 550 Requested mail action not taken: Fake sender (the envelope sender and the From:
        # header disagree); "sender is rejected".
        Phrases("coremail.fake-sender", C.SENDER_REJECTED, ("fake sender", "sender is rejected"),
                f"{_FAKE}; {_LIST}"),
        # "IP is rejected": the connecting IP is refused outright.
        Phrases("coremail.ip-rejected", C.BLOCKLISTED, ("ip is rejected",), _LIST),
        # "IP is Hangup": the IP is suspended for its sending behaviour (NetEase, on the same
        # servers, says 被临时挂起 of HL:IHU).
        Phrases("coremail.ip-hangup", C.REPUTATION, ("ip is hangup",), _LIST),
        # "User hangup": the mailbox is suspended (like "User suspended").
        Phrases("coremail.user-hangup", C.MAILBOX_DISABLED, ("user hangup",), _LIST),
        # "unavailable mail user", "local server don't exists that user", "not user of this
        # server": no such mailbox.
        Phrases("coremail.no-user", C.USER_UNKNOWN, (
            "unavailable mail user", "don't exists that user", "not user of this server",
        ), f"{_LIST_USERS}; {_MISSING}"),
    ),
)
