"""Amazon SES (email-smtp.<region>.amazonaws.com, the sending side): the refusals its SMTP
interface and API return to the sending program, above all the unverified sender identity
("554 Message rejected: Email address is not verified. The following identities failed the check
in region ..."). Sources: "Amazon SES email sending errors" and "SMTP response codes returned by
Amazon SES" (docs.aws.amazon.com/ses/latest/dg/), and the replies pasted in the issues below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_ERRORS = "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html"

PROVIDER = Provider(
    name="amazonses",
    hosts=("amazonses.com", "amazonaws.com", "email-smtp.us-east-1.amazonaws.com"),
    source=_ERRORS,
    phrases=(
        # The From, Source, Sender or Return-Path address (or domain) is not a verified identity
        # in that region (and, in the sandbox, the recipient too).
        Phrases("amazonses.not-verified", C.SENDER_REJECTED,
                ("email address is not verified", "identities failed the check"), _ERRORS),
    ),
)
