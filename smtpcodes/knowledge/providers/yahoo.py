"""Yahoo Mail and AOL (one platform, MX *.yahoodns.net): the bracketed tags of its replies (TS*/TSS*
deferrals for complaints and unexpected volume, TSS06/09/11 permanent deferrals, PH* content-based
policy blocks; its TSS07/BL2x rejections name Spamhaus and are read by the dnsbl module) and the
qmail-era "delivery error: dd ..." mailbox wordings. Sources: Yahoo Sender Hub "SMTP Error Codes" (senders.yahooinc.com, formerly
postmaster.yahooinc.com/error-codes and help.yahoo.com SLN3434/SLN3436), read whole.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_CODES = "https://senders.yahooinc.com/smtp-error-codes/"

PROVIDER = Provider(
    name="yahoo",
    hosts=("yahoo.com", "yahoodns.net", "aol.com", "ymail.com", "rocketmail.com", "aim.com"),
    source=_CODES,
    tokens=(
        # "Message temporarily deferred (eg: TS* Errors)": complaints, spam-like traits, poor IP
        # reputation, unusual traffic patterns.
        Token("yahoo.ts-deferred", C.REPUTATION,
              ("tss04", "tss05", "ts01", "ts02", "ts03", "ipts04", "ipts05"), _CODES),
        # 553 5.7.2 "All messages from <ip> will be permanently deferred; Retrying will NOT succeed".
        Token("yahoo.permanently-deferred", C.REPUTATION, ("tss06", "tss09", "tss11"), _CODES),
        # "Your IP is listed by Spamhaus" ([TSS07], [BL21] ... [BL23] Spamhaus XBL).
        # "Content based blocks (e.g: PH* Errors)": content Yahoo won't accept for policy reasons.
        Token("yahoo.ph", C.POLICY_VIOLATION, ("ph01",), _CODES),
    ),
    phrases=(
        Phrases("yahoo.user-unknown", C.USER_UNKNOWN, ("this user doesn't have a",), _CODES),
        Phrases("yahoo.disabled", C.MAILBOX_DISABLED,
                ("this mailbox is disabled", "has been disabled or discontinued"), _CODES),
        Phrases("yahoo.policy", C.POLICY_VIOLATION, ("not accepted for policy reasons",), _CODES),
        Phrases("yahoo.headers", C.CONTENT_REJECTED, ("headers are not rfc compliant",), _CODES),
        # "Unresolvable RFC.5321 or RFC.5322 from domain" (451 or 554).
        Phrases("yahoo.unresolvable-from", C.SENDER_REJECTED,
                ("unresolvable rfc.5321", "unresolvable rfc.5322"), _CODES),
        Phrases("yahoo.rate", C.RATE_LIMITED,
                ("user is receiving mail too quickly", "max message per connection reached"),
                _CODES),
    ),
)
