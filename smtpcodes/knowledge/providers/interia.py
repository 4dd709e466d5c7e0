"""Interia (Polish mailboxes: interia.pl, interia.eu, poczta.fm): its refusal texts.

Interia's help "Dlaczego wiadomość nie została dostarczona?" explains its replies, in Polish and
English: ``550 5.7.1 Recipient doesn't want your mail`` (the recipient put the sender on their
own block list), besides the common ``Account not found`` and ``Mailbox not available``. Its
mail exchangers refuse a sending server they hold for a spammer in Polish without diacritics:
``450 4.7.1 Twoj serwer poczty <ip> zostal tymczasowo zablokowany za spam`` (a temporary block
for the spam the server sent, its complaints and engagement; no public list named).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_HELP = (
    "https://pomoc.poczta.interia.pl/"
    "news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600"
)
_SUPED = (
    "https://www.suped.com/knowledge/email-deliverability/troubleshooting/"
    "why-are-my-emails-to-interiapl-being-rejected-and-what-can-i-do-about-it"
)

PROVIDER = Provider(
    name="interia",
    hosts=("interia.pl", "interia.eu", "poczta.fm", "interia.com"),
    source=_HELP,
    phrases=(
        # "Konto ... prawdopodobnie dodało Cię do listy zablokowanych."
        Phrases("interia.recipient-refuses", C.POLICY_VIOLATION, (
            "recipient doesn't want your mail",
        ), _HELP),
        # "zostal tymczasowo zablokowany za spam": temporarily blocked for spam.
        Phrases("interia.blocked-for-spam", C.REPUTATION, (
            "tymczasowo zablokowany za spam",
        ), _SUPED),
    ),
)
