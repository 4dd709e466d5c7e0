"""I.UA (i.ua, email.ua, ua.fm: the Ukrainian webmail): the error texts its numbered help pages
(``https://mail.i.ua/err/<n>/``) give for each refusal. The list of those pages, as transcribed
with their meaning in sisimai's ``Sisimai::Rhost::IUA``: 1 "The use of SMTP as mail gate is
forbidden", 2 "User is not found", 3 "Mailbox was not used for more than 3 months" (a frozen
mailbox; at RCPT the reply is "550 Mailbox is frozen."), 4 "Mailbox is full", 5 "Letter sending
limit is exceeded", 6 "Use SMTP of your provider to send mail", 7 a wrong HELO/EHLO value,
8 "Couldn't check sender address", 9 the sender's IP is blacklisted, 10 the recipient's
address-management allow list. Texts 4, 5 and 9 are read by the generic wording already.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_ERR = "https://mail.i.ua/err/"
_IUA = "sisimai/p5-sisimai:lib/Sisimai/Rhost/IUA.pm"

PROVIDER = Provider(
    name="iua",
    hosts=("i.ua", "email.ua", "ua.fm"),
    source=_ERR,
    phrases=(
        # 1 and 6: the client used I.UA's MX as a relay, or sent from a dial-up address instead of
        # its own provider's smarthost.
        Phrases("iua.mail-gate", C.RELAY_DENIED,
                ("use of smtp as mail gate is forbidden", "use smtp of your provider to send"),
                _IUA),
        Phrases("iua.user-not-found", C.USER_UNKNOWN, ("user is not found",), _IUA),
        # 3: the mailbox exists but was frozen after months without a login.
        Phrases("iua.unused", C.MAILBOX_DISABLED, ("mailbox was not used for more than",), _IUA),
        # What I.UA (and bigmir.net) answer at RCPT for such a mailbox: "550 Mailbox is frozen."
        Phrases("iua.frozen", C.MAILBOX_DISABLED, ("mailbox is frozen",),
                "denispan1993/vitaliy:apps/delivery/tasks.py"),
        Phrases("iua.helo", C.SYNTAX_ERROR, ("wrong value if command helo/ehlo",), _IUA),
        Phrases("iua.sender-check", C.SENDER_REJECTED, ("couldn't check sender address",), _IUA),
        # 10: the recipient accepts mail only from the addresses of its own allow list.
        Phrases("iua.allow-list", C.POLICY_VIOLATION,
                ("not in the list mail address management",), _IUA),
    ),
)
