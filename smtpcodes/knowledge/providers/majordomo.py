"""Majordomo 2: the reasons it gives a poster whose message was denied or stalled ("Denied post
to the <list> mailing list"), one text per check in files/en/error/. The author is "not a
member of any of the restrict_post groups", or "The postblock flag is set" for them (refused
posters); "The <list> mailing list is moderated" (held for the moderator); "The message body
is too long" (a size limit); "The message headers are too large", "A MIME header is too long",
"Illegal MIME part in <part>: <type>", "The message does not have any headers" (the message's
form). Source: jasontibbitts/majordomo:files/en/error/."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_ERRORS = "jasontibbitts/majordomo:files/en/error/"

PROVIDER = Provider(
    name="majordomo",
    hosts=(),
    source="https://github.com/jasontibbitts/majordomo",
    phrases=(
        Phrases("majordomo.restricted", C.SENDER_REJECTED, (
            "restrict_post groups",
            "postblock flag is set",
        ), _ERRORS + "restrict_post; " + _ERRORS + "post_block"),
        Phrases("majordomo.moderated", C.POLICY_VIOLATION, (
            "mailing list is moderated",
        ), _ERRORS + "moderate"),
        Phrases("majordomo.body-length", C.MESSAGE_TOO_LARGE, (
            "message body is too long",
        ), _ERRORS + "body_length"),
        Phrases("majordomo.form", C.CONTENT_REJECTED, (
            "mime header is too long",
            "illegal mime part",
            "does not have any headers",
        ), _ERRORS + "mime_header_length; " + _ERRORS + "body_part_deny; " + _ERRORS
           + "no_headers"),
    ),
)
