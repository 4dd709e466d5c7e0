"""Ipswitch (now Progress) IMail Server, whose SMTP server announces itself as SMTPD32 and whose
bounces come from "SMTP32" ("Undeliverable Mail", "Original message follows."): its refusal to
relay for a client that has not authenticated, "550 not local host <domain>, not a gateway", and
the bounce line for a full mailbox, "User mailbox exceeds allowed size: <address>". Sources: ISP
help pages that quote the relay refusal, Saint Xavier University's IMail help, and the SMTP32
bounces of GNU Mailman's bounce-detector tests (flufl.bounce)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

PROVIDER = Provider(
    name="imail",
    hosts=(),
    source="https://www.imailserver.com/",
    phrases=(
        Phrases("imail.not-a-gateway", C.RELAY_DENIED, (
            "not a gateway",
        ), ("http://www.ihmars.com/Irism/techtipOE550.htm; "
            "https://www.mailslurp.com/blog/fixing-smtp-550-errors")),
        Phrases("imail.mailbox-size", C.MAILBOX_FULL, (
            "user mailbox exceeds allowed size",
        ), ("http://www.sxu.edu/info_svcs/imail/fullmailbox.asp; "
            "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php")),
    ),
)
