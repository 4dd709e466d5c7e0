"""Postal (the open-source mail delivery platform, postalserver/postal): the refusals of its SMTP
server ("535 Mail server has been suspended", "550 Route does not accept incoming messages",
"550 Invalid route token"). Source: its SMTP server client
(postalserver/postal:app/lib/smtp_server/client.rb), read whole.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_CLIENT = "postalserver/postal:app/lib/smtp_server/client.rb"

PROVIDER = Provider(
    name="postal",
    hosts=(),
    source=_CLIENT,
    phrases=(
        # The Postal mail server (the sending account) is suspended: no mail goes out through it.
        Phrases("postal.server-suspended", C.SENDER_REJECTED,
                ("mail server has been suspended",), _CLIENT),
        # The route (the incoming address) is configured to reject.
        Phrases("postal.route-rejects", C.POLICY_VIOLATION,
                ("route does not accept incoming messages",), _CLIENT),
        # The return-path or route token in the address names no server or route.
        Phrases("postal.invalid-token", C.USER_UNKNOWN,
                ("invalid route token", "invalid server token"), _CLIENT),
    ),
)
