"""Mandrill, Mailchimp Transactional (mandrillapp.com, the sending side): the "reject_reason"
values of its send API and reject events ("hard-bounce", "invalid-sender", "test-mode-limit") and
the "bounce_description" of its hard_bounce webhook events ("bad_mailbox", Momentum's bounce class
10). "spam", "unsub", "custom", "invalid", "unsigned" and "rule" are single words and are left out;
"soft-bounce" says no cause. Sources: Mailchimp Transactional API reference (messages/send) and
webhook documentation, and the payloads named by the learn set.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Provider, Token

_SEND = "https://mailchimp.com/developer/transactional/api/messages/send-new-message/"
_WEBHOOKS = "https://mailchimp.com/developer/transactional/docs/webhooks/"

PROVIDER = Provider(
    name="mandrill",
    hosts=("mandrillapp.com",),
    source=_SEND,
    tokens=(
        # "hard-bounce": the recipient is on the rejection denylist after a hard bounce;
        # "bad_mailbox": the hard bounce itself named a mailbox that does not exist.
        Token("mandrill.hard-bounce", C.USER_UNKNOWN, ("hard-bounce", "bad_mailbox"), _WEBHOOKS),
        Token("mandrill.invalid-sender", C.SENDER_REJECTED, ("invalid-sender",), _SEND),
        # A test API key's sending limit.
        Token("mandrill.test-mode-limit", C.RATE_LIMITED, ("test-mode-limit",), _SEND),
    ),
)
