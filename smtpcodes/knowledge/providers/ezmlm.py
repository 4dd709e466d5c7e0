"""ezmlm (ezmlm-idx), the qmail mailing-list manager: the refusals ezmlm-reject, ezmlm-store and
ezmlm-issubn give a post, each ending in a qmail-style "(#5.x.y)" code. Its codes do not always
name the reason: a refused MIME type, like a message too short, carries #5.2.3 (the code of a
message too large), so the wording decides. A post from a non-subscriber is refused "Sorry,
only subscribers may post" or "you are not allowed to post messages to this list" (read by
Mailman's "not allowed to post"); a poster the owner blocked gets "I've been told to reject
your posts"; a post whose list address is only in Bcc "List address must be in To: or Cc:".
Source: bruceg/ezmlm-idx:lang/en_US/messages (ERR_* and TXT_* texts)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_MESSAGES = "bruceg/ezmlm-idx:lang/en_US/messages"

PROVIDER = Provider(
    name="ezmlm",
    hosts=(),
    source="https://untroubled.org/ezmlm/",
    phrases=(
        Phrases("ezmlm.subscribers-only", C.SENDER_REJECTED, (
            "only subscribers may post",
            "told to reject your posts",
        ), _MESSAGES + " (TXT_ONLY_SUBSCRIBERS, TXT_REJECT_POSTS)"),
        Phrases("ezmlm.mime-type", C.CONTENT_REJECTED, (
            "mime content-type",
            "unacceptable mime parts",
            "accept messages shorter than",
            "accept message with empty subject",
        ), _MESSAGES + " (ERR_BAD_TYPE, ERR_BAD_PART, ERR_BAD_ALL, ERR_MIN_SIZE, ERR_NO_SUBJECT)"),
        Phrases("ezmlm.too-large", C.MESSAGE_TOO_LARGE, (
            "accept messages larger than",
        ), _MESSAGES + " (ERR_MAX_SIZE)"),
        Phrases("ezmlm.list-address", C.POLICY_VIOLATION, (
            "list address must be in to",
        ), _MESSAGES + " (ERR_NO_ADDRESS)"),
    ),
)
