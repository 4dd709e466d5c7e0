"""Free (free.fr, aliceadsl.fr, libertysurf.fr): refusals documented on postmaster.free.fr.

Free rejects spam and viruses at the end of DATA and answers for disabled and full mailboxes;
it also blocks a sending IP for up to 24 hours from real-time statistics: "451 too many errors
detected from your IP (…), please visit http://postmaster.free.fr/" was pasted in a public issue
(mozfr/besogne#226); the "too many spams" form was seen in no real reply and is left out.
Sources: postmaster.free.fr (its list of error messages and explanations), the smtpfieldmanual
Free page that quotes them, and replies pasted in GitHub issues.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_PM = "https://postmaster.free.fr/"

PROVIDER = Provider(
    name="free",
    hosts=("free.fr", "aliceadsl.fr", "libertysurf.fr", "mx1.free.fr", "mx2.free.fr"),
    source=_PM,
    phrases=(
        Phrases("free.spam-detected", C.SPAM_CONTENT, ("spam detected",), _PM),
        Phrases("free.virus-detected", C.VIRUS, ("virus detected",), _PM),
        Phrases("free.inactivity", C.MAILBOX_DISABLED, (
            "mailbox has been blocked due to inactivity",
        ), _PM),
        Phrases("free.quota", C.MAILBOX_FULL, ("user quota exceeded",), _PM),
        # The sending IP is blocked for a while after too many errors (unknown users, spam).
        Phrases("free.too-many-errors", C.BLOCKLISTED, ("too many errors detected from your ip",),
                "https://github.com/mozfr/besogne/issues/226"),
    ),
)
