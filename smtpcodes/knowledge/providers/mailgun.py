"""Mailgun (mailgun.org, the sending side): the reasons and delivery-status descriptions of its
"failed" events for a recipient on one of the domain's suppression lists ("reason":
"suppress-bounce", "delivery-status": {"code": 605, "description": "Not delivering to previously
bounced address"}), and its "espblock" reason. Sources: Mailgun's own Go client
(mailgun/mailgun-go, events/enums.go, the event reasons it parses), Mailgun's stats documentation
and the webhook payloads pasted in the issues named by the learn set. "old", "generic" and
"bounce" are single common words and are left out.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_ENUMS = "mailgun/mailgun-go:events/enums.go"
_SYMFONY = ("symfony/symfony:src/Symfony/Component/Mailer/Bridge/Mailgun/RemoteEvent/"
            "MailgunPayloadConverter.php")

PROVIDER = Provider(
    name="mailgun",
    hosts=("mailgun.org", "mailgun.net", "mailgun.com"),
    source=_ENUMS,
    tokens=(
        # The address is on the Bounces list, which holds the addresses that bounced hard (605).
        Token("mailgun.suppress-bounce", C.USER_UNKNOWN, ("suppress-bounce",), _ENUMS),
        # On the Unsubscribes (606) or Complaints (607) list: a suppression, no bounce named.
        Token("mailgun.suppress-other", C.POLICY_VIOLATION,
              ("suppress-complaint", "suppress-unsubscribe"), _ENUMS),
        # A temporary failure because the receiving mailbox provider blocked the sending.
        Token("mailgun.espblock", C.BLOCKLISTED, ("espblock",), _ENUMS),
    ),
    phrases=(
        Phrases("mailgun.previously-bounced", C.USER_UNKNOWN,
                ("not delivering to previously bounced address",), _SYMFONY),
        Phrases("mailgun.suppressed", C.POLICY_VIOLATION, (
            "not delivering to a user who marked your messages as spam",
            "not delivering to unsubscribed address",
        ), _SYMFONY),
    ),
)
