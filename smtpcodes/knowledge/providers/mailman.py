"""GNU Mailman (2.1 and 3): the reasons a list refuses or holds a post, as its notices to the
poster state them. Non-members and moderated members are refused ("You are not allowed to post
to this mailing list, and your message has been automatically rejected", "… the list's policy
is to prohibit non-members from posting to it", "Post by non-member to a members-only list",
"You are forbidden from posting messages to this list"); a post that names the list only in
Bcc is held ("Message has implicit destination"); Mailman 3 holds or refuses "The message is not
from a list member" and holds "The message comes from a moderated member"; a held post "awaits
moderator approval" and "Is being held until the list moderator can review it"; an
over-long one is held as "Message body is too big" (Mailman 3: "The message is larger than the
<n> KB maximum size"); Mailman 3's content filter refuses a message whose "content type was
explicitly disallowed" or that was empty "After content filtering", and holds one that "has no
subject". A post the moderator refused "has been rejected by the list moderator" (refuse.txt);
Mailman 3's notice that a post "was rejected for the following reasons" is weak (the reasons
it lists decide); Mailman 2 holds a post while an "Emergency hold on all list traffic" is in
effect or when "rejected by filter rule match"; its mail wrapper's "post script, list not
found" (in the MTA's bounce) names a list that does not exist. The DMARC-mitigation refusal
("… From: a domain which publishes a DMARC policy of reject or quarantine …") is read by
generic DMARC wording. Sources: Mailman 2.1 (Mailman/Handlers/Moderate.py, Hold.py, templates/en/postheld.txt)
and Mailman 3 (src/mailman/rules/moderation.py, implicit_dest.py)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_MM2 = "jaredmauch/mailman2-python3:Mailman/Handlers/"
_MM3 = "wikimedia/operations-debs-mailman3:src/mailman/rules/"

PROVIDER = Provider(
    name="mailman",
    hosts=(),
    source="https://list.org/",
    phrases=(
        Phrases("mailman.not-allowed-to-post", C.SENDER_REJECTED, (
            "not allowed to post",
            "prohibit non-members from posting",
            "post by non-member to a members-only list",
            "forbidden from posting",
            "message is not from a list member",
            "sender is explicitly forbidden",
            "is banned from this list",
            "has no valid senders",
        ), _MM2 + "Moderate.py; " + _MM2 + "Hold.py; " + _MM3 + "moderation.py; " + _MM3
           + "banned_address.py; " + _MM3 + "no_senders.py"),
        Phrases("mailman.implicit-destination", C.POLICY_VIOLATION, (
            "message has implicit destination",
            "implicit destinations are not allowed",
        ), _MM2 + "Hold.py"),
        Phrases("mailman.held", C.POLICY_VIOLATION, (
            "awaits moderator approval",
            "held until the list moderator can review it",
            "message comes from a moderated member",
            "post to moderated list",
            "deemed inappropriate by the moderator",
            "moderated newsgroup",
            "emergency moderation is in effect",
            "emergency hold on all list traffic",
            "rejected by filter rule match",
            "may contain administrivia",
            "suspicious header",
        ), _MM2 + "Hold.py; terencehonles/mailman:templates/en/postheld.txt; " + _MM3
           + "moderation.py; " + _MM3 + "emergency.py; " + _MM2 + "Emergency.py; " + _MM2
           + "SpamDetect.py"),
        Phrases("mailman.too-big", C.MESSAGE_TOO_LARGE, (
            "message body is too big",
            "your message was too big",
            "kb maximum size",
        ), _MM2 + "Hold.py; " + _MM3 + "max_size.py"),
        # Mailman 2's mail wrapper (scripts/post) for a list that does not exist: its stderr line,
        # which the MTA quotes in the bounce.
        Phrases("mailman.no-such-list", C.USER_UNKNOWN, (
            "post script, list not found",
        ), "jaredmauch/mailman2-python3:scripts/post"),
        # Mailman 2's refuse.txt: the list moderator rejected the post and gives a reason.
        Phrases("mailman.refused-by-moderator", C.POLICY_VIOLATION, (
            "rejected by the list moderator",
        ), "jaredmauch/mailman2-python3:templates/en/refuse.txt"),
        # Mailman 3's list:user:notice:rejected template: the post was rejected, its reasons listed
        # after (weak: a listed reason's own wording decides).
        Phrases("mailman.rejected-for-reasons", C.POLICY_VIOLATION, (
            "was rejected for the following reasons",
        ), "wikimedia/operations-debs-mailman3:src/mailman/templates/en/list:user:notice:rejected.txt",
            decisive=False),
        # Mailman 3's MIME filter (handlers/mime_delete.py) and its no_subject rule: the
        # message's form, not its poster, is refused.
        Phrases("mailman.content-filter", C.CONTENT_REJECTED, (
            "after content filtering",
            "was explicitly disallowed",
            "was not explicitly allowed",
            "message has no subject",
        ), _MM2 + "MimeDel.py; wikimedia/operations-debs-mailman3:src/mailman/handlers/"
           "mime_delete.py; " + _MM3 + "no_subject.py"),
    ),
)
