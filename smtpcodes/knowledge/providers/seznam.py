"""Seznam.cz (Czech mailboxes: seznam.cz, email.cz, post.cz, spoluzaci.cz): its bounce reasons.

Seznam's help ("Uživatel neexistuje") quotes its own bilingual bounce notice, whose reason line
reads ``5.1.1 szn; User hasn't got the service mapped``: the address has no mailbox at Seznam
(a recipient that does not exist, or was mistyped).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Provider, Token

_HELP = "https://napoveda.seznam.cz/uzivatel-neexistuje"

PROVIDER = Provider(
    name="seznam",
    hosts=("seznam.cz", "email.cz", "post.cz", "spoluzaci.cz", "stream.cz"),
    source=_HELP,
    tokens=(
        Token("seznam.service-not-mapped", C.USER_UNKNOWN, (
            "hasn't got the service mapped",
        ), _HELP),
    ),
)
