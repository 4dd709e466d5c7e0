"""Mail.ru (mail.ru, inbox.ru, list.ru, bk.ru): its spam rejection linking help.mail.ru/notspam-support,
its disabled-mailbox and DMARC wordings. Sources: Mail.ru postmaster help
(help.mail.ru/mail-help/postmaster) and the replies below.

Also: mailout.ru's list of Mail.ru's delivery errors (a barred sending account)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_PM = "https://help.mail.ru/mail-help/postmaster"

PROVIDER = Provider(
    name="mailru",
    hosts=("mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru"),
    source=_PM,
    tokens=(
        Token("mailru.notspam", C.SPAM_CONTENT, ("notspam-support",), _PM),
    ),
    phrases=(
        Phrases("mailru.disabled", C.MAILBOX_DISABLED, ("is unavailable: account is disabled",),
                _PM),
        # Mail.ru's refusal of a sending account it has barred from sending (suspected
        # theft of its password or spam from it): the sender's account, not the recipient's.
        Phrases("mailru.sending-disabled", C.SENDER_REJECTED, (
            "message sending for this account is disabled",
        ), "https://mailout.ru/2015/09"),
    ),
)
