"""SmarterMail (SmarterTools): its refusals of a client that relays without SMTP AUTH ("550
Authentication is required for relay") and of an authenticated client whose envelope sender's
domain differs from its login ("550 From domain must match authenticated domain"), and its user
throttling refusal ("Sender is throttled"). Sources:
SmarterMail hosts' knowledge-base pages quoting these replies, and issue threads."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_KB = "https://www.aspnethosting.co.uk/knowledgebase.php?action=displayarticle&id=185"
_THROTTLE = "https://hostbuddy.com/support/kb/a1533/sender-is-throttled-error-message.aspx"

PROVIDER = Provider(
    name="smartermail",
    hosts=(),
    source="https://www.smartertools.com/smartermail/",
    phrases=(
        Phrases("smartermail.auth-relay", C.AUTH_REQUIRED, (
            "authentication is required for relay",
        ), _KB),
        Phrases("smartermail.from-domain", C.SENDER_REJECTED, (
            "from domain must match authenticated domain",
        ), _KB),
        # User throttling ("Outgoing Messages per Hour" with the Reject action): the account
        # sent more than its hourly allowance.
        Phrases("smartermail.throttled", C.RATE_LIMITED, (
            "sender is throttled",
        ), f"{_THROTTLE}; https://www.smarterasp.net/support/kb/a1533/sender-is-throttled-error-"
           "message.aspx"),
    ),
)
