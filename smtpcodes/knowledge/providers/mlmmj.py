"""mlmmj, the mailing-list manager: the notices it sends a poster whose post the list refused
or holds. A post that matched an access rule "was rejected because it matched a rule set up by
the list administrator"; one over the size limit "was rejected due to the size limit of <n>
bytes" (subject "Post to <list> denied due to size limit"); one whose list address is in neither
To: nor Cc: is refused as "the list address must be contained in either the To: or Cc: header";
a non-subscriber's post to "a subscribers only list" is refused (its body, "only subscribers may
post", is read by ezmlm's wording); a post to a moderated list "has been queued for approval".
Sources: neonkore/MLmmj listtexts/ (access, maxmailsize, notintocc, subonlypost,
en/moderation-poster)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_TEXTS = "neonkore/MLmmj:listtexts/"

PROVIDER = Provider(
    name="mlmmj",
    hosts=(),
    source="https://mlmmj.org/",
    phrases=(
        # listtexts/access: the post matched an access rule of the list's administrator.
        Phrases("mlmmj.access", C.POLICY_VIOLATION, (
            "rejected because it matched a rule",
        ), _TEXTS + "access"),
        # listtexts/maxmailsize: the post is over the list's size limit.
        Phrases("mlmmj.too-large", C.MESSAGE_TOO_LARGE, (
            "rejected due to the size limit",
            "denied due to size limit",
        ), _TEXTS + "maxmailsize"),
        # listtexts/notintocc: the list address is in neither To: nor Cc: (an implicit
        # destination).
        Phrases("mlmmj.not-in-to-cc", C.POLICY_VIOLATION, (
            "list address must be contained in",
        ), _TEXTS + "notintocc"),
        # listtexts/subonlypost's subject: only subscribers may post.
        Phrases("mlmmj.subscribers-only", C.SENDER_REJECTED, (
            "is a subscribers only list",
        ), _TEXTS + "subonlypost"),
        # listtexts/en/moderation-poster: the post is held for the moderators.
        Phrases("mlmmj.moderated", C.POLICY_VIOLATION, (
            "has been queued for approval",
            "configured to have moderated posts",
        ), _TEXTS + "en/moderation-poster"),
    ),
)
