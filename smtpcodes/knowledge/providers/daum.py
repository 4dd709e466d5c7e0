"""Daum/Kakao Mail (daum.net, hanmail.net; MX mx1-4.hanmail.net, banner "welcome to
HanMail.Net(tm)"): its replies carry a four-letter reason code after the enhanced code and
before the client's IP ("550 5.2.1 RACT 192.0.2.1: Mailbox is inactive", "550 5.1.1 RUSR …: No
such user", "421 4.4.5 CCRT …: Connection refused. Server is busy(RT)" when its spam center has
blocked the IP for a while). Sources: a hanmail.net reply pasted in
reacherhq/check-if-email-exists#1216, and a Korean list of Daum's return codes with Daum's own
Korean explanations (oliveit.tistory.com/39); its anti-spam system's automatic IP block ("DAS51 …:
Your mail is blocked automatically by anti-spam system", auctionpro.co.kr). ``CHIC`` (network busy) is not listed as a token:
it is also a word, and the 4.4.1 says the same.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_CODES = "https://oliveit.tistory.com/39"
_RACT = "https://github.com/reacherhq/check-if-email-exists/issues/1216"
_DAS51 = "https://auctionpro.co.kr/?p=2544"

PROVIDER = Provider(
    name="daum",
    hosts=("daum.net", "hanmail.net", "kakao.com"),
    source=_CODES,
    tokens=(
        # CCRT: "spam center detected the IP as a spam IP and temporarily blocked connection".
        Token("daum.ccrt", C.BLOCKLISTED, ("ccrt",), _CODES),
        Token("daum.rusr", C.USER_UNKNOWN, ("rusr",), _CODES),
        Token("daum.ract", C.MAILBOX_DISABLED, ("ract",), _RACT),
    ),
    phrases=(
        # "554 5.7.1 DAS51 <IP>: Your mail is blocked automatically by anti-spam system. (E06)": Daum's
        # anti-spam system blocking the sending IP (a Korean admin's note on it: the IP was on spam
        # blocklists after an account was abused, and Daum lifted the block on request).
        Phrases("daum.anti-spam-block", C.BLOCKLISTED, ("blocked automatically by anti-spam system",),
                _DAS51),
    ),
)
