"""Sympa: the reasons its delivery status notifications give when a list refuses a message.
Posting restricted by the list's send scenario ("Message distribution in the list is
restricted to list subscribers.", "… for this list is restricted to list moderators.",
"Message distribution in this list is not allowed."; subject "Message distribution:
Authorization denied"), an unknown list ("The following address is not a known mailing
list"), a message over the list's size limit ("… its size (%1 kB) was over the maximum size
(%2 kB) allowed on this list"), a list that takes no MIME multipart posts ("Multipart messages
are not allowed in this list."), and a message forwarded to or rejected by the moderator.
Sources: sympa-community/sympa (default/mail_tt2/delivery_status_notification.tt2,
report.tt2, reject.tt2)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_TT2 = "sympa-community/sympa:default/mail_tt2/"
_DSN = _TT2 + "delivery_status_notification.tt2"

PROVIDER = Provider(
    name="sympa",
    hosts=(),
    source="https://www.sympa.community/",
    phrases=(
        Phrases("sympa.restricted", C.SENDER_REJECTED, (
            "message distribution in the list is restricted to",
            "message distribution for this list is restricted to",
            "message distribution in this list is not allowed",
            "message distribution: authorization denied",
        ), _TT2 + "report.tt2; " + _DSN),
        Phrases("sympa.unknown-list", C.USER_UNKNOWN, (
            "not a known mailing list",
        ), _DSN),
        Phrases("sympa.multipart", C.CONTENT_REJECTED, (
            "multipart messages are not allowed",
        ), _TT2 + "report.tt2"),
        Phrases("sympa.too-large", C.MESSAGE_TOO_LARGE, (
            "was over the maximum size",
        ), _DSN),
        Phrases("sympa.moderated", C.POLICY_VIOLATION, (
            "has been forwarded to the moderator",
            "has been rejected by the moderator",
        ), _DSN + "; " + _TT2 + "reject.tt2"),
    ),
)
