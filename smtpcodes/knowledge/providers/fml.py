"""fml (fml4 and fml8), the Japanese mailing-list manager: its English notices to a poster the
list refuses. A non-member is told "You are not a member of this <list> mailing list" (fml8's
user/deny and error/not_member) or that fml "rejected the post from not a member"
(error/post_from_not_member); fml4's content filter refuses an HTML mail ("This mailing list
denies a HTML mail which has plaintext and html parts with the same contents") and one with
attachments ("This mailing list denies messages with attatchments", its spelling). Its
Japanese notices are read by the Japanese module. Sources: fmlorg/fml8
fml/share/message/us-ascii/, fmlorg/fml4 messages/English/filter."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_FML8 = "fmlorg/fml8:fml/share/message/us-ascii/"

PROVIDER = Provider(
    name="fml",
    hosts=(),
    source="https://www.fml.org/",
    phrases=(
        # fml8's refusal of a post from an address that is not a member of the list.
        Phrases("fml.not-member", C.SENDER_REJECTED, (
            "you are not a member of this",
            "rejected the post from not a member",
        ), _FML8 + "user/deny; " + _FML8 + "error/not_member; " + _FML8
           + "error/post_from_not_member"),
        # fml4's content filter: an HTML mail or a mail with attachments is refused.
        Phrases("fml.filter", C.CONTENT_REJECTED, (
            "mailing list denies a html mail",
            "mailing list denies messages with",
        ), "fmlorg/fml4:messages/English/filter"),
    ),
)
