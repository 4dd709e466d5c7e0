"""Naver Mail (naver.com; replies end "- nsmtp" and link help.naver.com): its recipient wording,
and its IP filter: "421 4.3.2 Your IP(…) is filtered and this connection will be closed. You must
register your IP to http://realip.naver.com" (the same words as the older Korean portals' filter,
"By SpaceLee, the Lord of mail server", which hanafos.com answered with). Sources: Naver Mail help
(help.naver.com/alias/mail/newmail10.naver, linked from its rejections), Korean lists of the
portals' return messages (puffinknight.tistory.com/102, blog.jinbo.net/007/archive/20051107: the
recipient's reject list or spam setting, a suspended user, a refused relay, exhausted attempts) and
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
        # The other Korean portals' refusals the same list quotes: Paran's "Transaction failed.
        # (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com)", an IP to register before it may send;
        # a portal's "Since you sent too many e-mails, you are not allowed to send more e-mails within
        # 24 hours" (a daily limit, though the reply also speaks of spam).
        Token("naver.paran-cleanip", C.BLOCKLISTED, ("cleanip.paran.com",), _PORTALS),
        Token("naver.portal-daily-limit", C.RATE_LIMITED, ("since you sent too many e-mails",), _PORTALS),
    ),
    phrases=(
        Phrases("naver.user-unknown", C.USER_UNKNOWN, ("no such user. for more information",), _HELP),
        # "550 You are registered as spammer (by user's reject list)": the recipient's own block list
        # (수신거부), not a spam verdict on the content.
        Phrases("naver.user-reject-list", C.BLOCKLISTED, ("by user's reject list",), _PORTALS),
        # "554 5.0.0 Service unavailable (userid: mail is denied, by spam filter)", which the same list
        # files with it under 받는사람의 스팸설정(수신거부)에 의해 차단된 경우: the recipient's own spam setting
        # refuses the sender, not a verdict on the content.
        Phrases("naver.user-spam-setting", C.BLOCKLISTED, ("mail is denied, by spam filter",), _PORTALS),
        Phrases("naver.ip-filtered", C.BLOCKLISTED, (
            "is filtered and this connection will be closed",
        ), _HANAFOS),
        # More of the Korean portals' return messages on the same list, by the list's own headings:
        # "550 5.1.1 Suspended user" (받는사람이 사용중지된 경우: a disabled recipient, not a missing one),
        # "554 Relay operation rejected" (메일발송권한이 없거나…: no right to relay), and "The maximum
        # number of delivery attempts has been reached" (the sender's retries ran out).
        Phrases("naver.portal-suspended-user", C.MAILBOX_DISABLED, ("suspended user",), _PORTALS),
        Phrases("naver.portal-relay-rejected", C.RELAY_DENIED, ("relay operation rejected",), _PORTALS),
        Phrases("naver.portal-attempts-exhausted", C.EXPIRED, (
            "maximum number of delivery attempts has been reached",
        ), _PORTALS),
    ),
)
