"""Zimbra Collaboration: the replies of its mailbox server's LMTP service, which the Zimbra MTA (a
Postfix, see postfix) relays as "host ... said: ...". Sources: zm-mailbox
store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java and Zimbra's own LMTP test output."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_LMTP = "Zimbra/zm-mailbox:store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java"

PROVIDER = Provider(
    name="zimbra",
    hosts=(),
    source="https://www.zimbra.com/",
    phrases=(
        Phrases("zimbra.delivery-failure", C.SERVER_ERROR, (
            "permanent message delivery failure",
            "temporary message delivery failure try again",
        ), _LMTP, decisive=False),
        # MAILBOX_NOT_ON_THIS_SERVER: the account's mailbox lives on (has been moved to) another
        # mailbox server than the one the MTA handed the message to.
        Phrases("zimbra.not-on-server", C.HAS_MOVED, (
            "mailbox is not on this server",
        ), _LMTP),
    ),
)
