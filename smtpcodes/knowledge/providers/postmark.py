"""Postmark (postmarkapp.com, the sending side): the bounce types of its Bounce API and bounce
webhook ("Type": "HardBounce", "SpamNotification", "ManuallyDeactivated") and the reasons of its
suppressions ("SuppressionReason": "ManualSuppression"), CamelCase names only Postmark writes.
Types that say nothing of the cause ("SoftBounce", "Transient", "AutoResponder", "Unknown") stay
unknown; "Blocked", "VirusNotification" and "DMARCPolicy" are read by the generic wording.
Sources: Postmark "Bounce API" (postmarkapp.com/developer), its official Node.js client's
BounceType enum, and the webhook payloads named by the learn set.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Provider, Token

_TYPES = "https://postmarkapp.com/developer/api/bounce-api#bounce-types"
_SUPPRESSIONS = "https://postmarkapp.com/developer/api/suppressions-api"

PROVIDER = Provider(
    name="postmark",
    hosts=("postmarkapp.com", "mtasv.net"),
    source=_TYPES,
    tokens=(
        # Hard bounce: "unable to deliver your message (ex: unknown user, mailbox not found)".
        Token("postmark.hard-bounce", C.USER_UNKNOWN, ("hardbounce",), _TYPES),
        # "The address is not a valid email address."
        Token("postmark.bad-address", C.USER_UNKNOWN, ("bademailaddress",), _TYPES),
        # "A temporary DNS error."
        Token("postmark.dns-error", C.NETWORK_ERROR, ("dnserror",), _TYPES),
        # "The recipient has requested an address change."
        Token("postmark.address-change", C.HAS_MOVED, ("addresschange",), _TYPES),
        # Delivered, but "blocked by the user, or classified as spam, bulk mail, or had rejected
        # content".
        Token("postmark.spam-notification", C.SPAM_CONTENT, ("spamnotification",), _TYPES),
        # The address is deactivated or suppressed: a complaint, by hand, no bounce named.
        Token("postmark.deactivated", C.POLICY_VIOLATION,
              ("spamcomplaint", "manuallydeactivated", "manualsuppression"), _SUPPRESSIONS),
        # "An error occurred while attempting to render your template."
        Token("postmark.template", C.CONTENT_REJECTED, ("templaterenderingfailed",), _TYPES),
    ),
)
