"""Free (free.fr, aliceadsl.fr, libertysurf.fr): refusals documented on postmaster.free.fr.

Free rejects spam and viruses at the end of DATA and answers for disabled and full mailboxes;
it also blocks a sending IP for up to 24 hours from real-time statistics (the wordings sisimai
attributes to those blocks, "too many spams/errors from your IP", were seen in no real reply and
are left out). Sources: postmaster.free.fr (its list of error messages and explanations) and the
smtpfieldmanual Free page that quotes them.
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
    ),
)
