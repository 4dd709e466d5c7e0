"""MailChannels (outbound relay smtp.mailchannels.net and inbound filtering): the bracketed tags
of its 550 5.7.1 refusals ("[CS] Message blocked" from its content filter, "[IB_FEB]" a blocked
attachment type) and its SPF refusal "[BFD] Sender prohibited by SPF"; "[S09] Try Again Later" is its inbound
greylisting. Sources: MailChannels
documentation "SMTP errors" (docs.mailchannels.com, outbound and inbound), MailChannels support's
explanation quoted in the issue below, and the replies below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_OUT = "https://docs.mailchannels.com/outbound/smtp-errors"
_IN = "https://docs.mailchannels.com/inbound/smtp-errors"
_CS = "https://github.com/jeremydumais/CPP-SMTPClient-library/issues/46"
_BFD = "https://github.com/justingit/dada-mail/issues/717"

PROVIDER = Provider(
    name="mailchannels",
    hosts=("mailchannels.net", "mailchannels.com"),
    source=_OUT,
    tokens=(
        # "When the mail content shows any spam patterns, it will get blocked by our content
        # filter with a CS error" (MailChannels support, quoted in the issue).
        Token("mailchannels.content-filter", C.SPAM_CONTENT, ("cs] message blocked",), _CS),
        # [IB_FEB] "Your message could not be delivered because it contained an attachment type
        # that is not allowed".
        # [S09] "Try Again Later": the inbound filter greylists an unrecognized sender.
        Token("mailchannels.greylisted", C.GREYLISTED, ("s09] try again later",), _IN),
        Token("mailchannels.blocked-attachment", C.CONTENT_REJECTED, ("ib_feb]",), _IN),
    ),
    phrases=(
        Phrases("mailchannels.spf", C.SENDER_UNAUTHENTICATED, ("sender prohibited by spf",), _BFD),
    ),
)
