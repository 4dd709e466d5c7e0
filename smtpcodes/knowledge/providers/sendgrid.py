"""Twilio SendGrid (sendgrid.net, the sending side): the reasons its Event Webhook and Email Activity
give for a dropped message ("reason": "Bounced Address", "Unsubscribed Address", "Spam Reporting
Address", "Invalid SMTPAPI header") and the names of its bounce and block classifications
("bounce_classification": "Frequency or Volume"). A program that classifies the webhook's reason
string gets the category here; the remote server's own reply comes in "reason" of a bounce event
and is read like any other. Sources: SendGrid "Drops" glossary and "Bounce and Block
Classifications" (docs.sendgrid.com), and the webhook payloads in the issues named by the learn set.
Single words ("Invalid", "Content", "Reputation") are left out: they would misfire on ordinary replies.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_DROPS = "https://docs.sendgrid.com/glossary/drops"
_CLASSES = "https://docs.sendgrid.com/ui/analytics-and-reporting/bounce-and-block-classifications"

PROVIDER = Provider(
    name="sendgrid",
    hosts=("sendgrid.net", "sendgrid.com"),
    source=_DROPS,
    phrases=(
        # The address is on the account's Bounces list: it bounced hard before (SendGrid's bounce
        # list holds the permanent failures; blocks and deferrals are not on it).
        Phrases("sendgrid.bounced-address", C.USER_UNKNOWN, ("bounced address",), _DROPS),
        # The address is on the Unsubscribes or Spam Reports list: a suppression, no bounce named.
        Phrases("sendgrid.suppressed", C.POLICY_VIOLATION,
                ("unsubscribed address", "spam reporting address"), _DROPS),
        # "The SMTPAPI header is built incorrectly": the message's X-SMTPAPI header must change.
        Phrases("sendgrid.smtpapi-header", C.CONTENT_REJECTED, ("invalid smtpapi header",), _DROPS),
        # The classification of rejections for sending too much or too fast.
        Phrases("sendgrid.frequency", C.RATE_LIMITED, ("frequency or volume",), _CLASSES),
    ),
)
