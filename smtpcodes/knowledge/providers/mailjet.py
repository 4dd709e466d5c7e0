"""Mailjet (mailjet.com, the sending side): the "error" strings of its Event API's bounce and
blocked events, from its table of possible values ("error_related_to": "domain", "error": "no mail
host"). The recipient errors ("user unknown", "mailbox inactive", "quota exceeded") and
"greylisted" and "sender blocked" are read by the generic wording; "blacklisted" is one common word
and is left out. Sources: Mailjet's Event API guide (mailjet/api-documentation, "Possible values
for errors"), and django-anymail's Mailjet webhook, which lists the newer values ("spam
reporter", "typofix").
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_EVENTS = "mailjet/api-documentation:guides/_event-api.md"
_ANYMAIL = "anymail/django-anymail:anymail/webhooks/mailjet.py"

PROVIDER = Provider(
    name="mailjet",
    hosts=("mailjet.com",),
    source=_EVENTS,
    tokens=(
        # "typofix": the address's domain is a typo Mailjet recognised: no such mailbox.
        Token("mailjet.typofix", C.USER_UNKNOWN, ("typofix",), _ANYMAIL),
        # "preblocked": "an address that recently (or repeatedly) bounced. We didn't try to send
        # it" - a suppression whose name says no cause.
        Token("mailjet.preblocked", C.POLICY_VIOLATION, ("preblocked",), _EVENTS),
    ),
    phrases=(
        # "no mail host": "Nobody answers when we knock at the door." ("invalid domain" is not
        # encoded: servers write it for a malformed HELO or address, a syntax error.)
        Phrases("mailjet.domain", C.HOST_UNKNOWN, ("no mail host",), _EVENTS,
                decisive=False),
        Phrases("mailjet.relay", C.RELAY_DENIED, ("relay/access denied",), _EVENTS),
        # "Something in your email has triggered an anti-spam filter".
        Phrases("mailjet.content-blocked", C.SPAM_CONTENT, ("content blocked",), _EVENTS,
                decisive=False),
        Phrases("mailjet.policy-issue", C.POLICY_VIOLATION, ("policy issue",), _EVENTS),
        # "Something went wrong on our server-side. A temporary error."
        Phrases("mailjet.system-issue", C.SERVER_ERROR, ("system issue",), _EVENTS),
        Phrases("mailjet.connection-issue", C.NETWORK_ERROR, ("connection issue",), _EVENTS),
        # The recipient reported an earlier message as spam; a second copy in one campaign was
        # held back (X-Mailjet-DeduplicateCampaign).
        Phrases("mailjet.suppressed", C.POLICY_VIOLATION,
                ("spam reporter", "duplicate in campaign"), _EVENTS),
    ),
)
