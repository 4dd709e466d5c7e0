"""Brevo, formerly Sendinblue (brevo.com, sendinblue.com, the sending side): the reason codes of its
blocked transactional contacts ("reason": {"code": "contactFlaggedAsSpam"}) and the reason of its
"blocked" webhook event for a recipient on the account's blocklist ("blocked : due to blacklist
user"). "hardBounce" is read by Postmark's token of the same name. Sources: Brevo API reference
"Get the list of blocked or unsubscribed transactional contacts" (developers.brevo.com), and the
webhook payload named by the learn set.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_BLOCKED = "https://developers.brevo.com/reference/get-transac-blocked-contacts"
_ANYMAIL = "anymail/django-anymail:tests/test_brevo_webhooks.py"

PROVIDER = Provider(
    name="brevo",
    hosts=("brevo.com", "sendinblue.com", "sendinblue.net"),
    source=_BLOCKED,
    tokens=(
        # Blocked for a spam complaint, by an administrator, or unsubscribed (via email, API or
        # Marketing Automation): suppressions, no bounce named.
        Token("brevo.blocked-contact", C.POLICY_VIOLATION,
              ("contactflaggedasspam", "adminblocked", "unsubscribedvia"), _BLOCKED),
    ),
    phrases=(
        Phrases("brevo.blacklisted-user", C.POLICY_VIOLATION, ("due to blacklist user",),
                _ANYMAIL),
    ),
)
