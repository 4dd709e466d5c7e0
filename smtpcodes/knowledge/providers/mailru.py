"""Mail.ru (mail.ru, inbox.ru, list.ru, bk.ru): its spam rejection linking help.mail.ru/notspam-support,
its disabled-mailbox and DMARC wordings. Sources: Mail.ru postmaster help
(help.mail.ru/mail-help/postmaster) and the replies below.
"""

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
    ),
)
