"""Content filters' notices: rspamd, SpamAssassin (spamass-milter), amavis, ClamAV (milter/clamsmtp).

rspamd rejects with "Spam message rejected" (its milter/proxy default reject message), names a
GTUBE test message "Gtube pattern". spamass-milter rejects with "5.7.1 Blocked by SpamAssassin". amavis answers
"Reject, id=<id> - SPAM" or "… - INFECTED: <name>" and, for spam, "5.7.1 Message content
rejected, UBE, id=<id>". ClamAV names its test signature "Eicar-Test-Signature"
(Win.Test.EICAR_HDB-1 in the hash database) and clamsmtp rejects with "Virus Detected; Content
Rejected". Sources: rspamd (src/libserver/milter_internal.h, src/libmime/message.c), spamass-milter's default reject text (spamass-milter.cpp), and
real replies quoting amavis, ClamAV signature names and clamsmtp.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_RSPAMD = "rspamd/rspamd:src/libserver/milter_internal.h"
_GTUBE = "rspamd/rspamd:src/libmime/message.c"
_AMAVIS = "https://github.com/docker-mailserver/docker-mailserver/pull/2361"

PROVIDER = Provider(
    name="filters",
    hosts=(),
    source=_RSPAMD,
    phrases=(
        Phrases("filters.rspamd-spam", C.SPAM_CONTENT, ("spam message rejected",), _RSPAMD),
        Phrases("filters.gtube", C.SPAM_CONTENT, ("gtube",), _GTUBE),
        Phrases("filters.spamassassin", C.SPAM_CONTENT, ("blocked by spamassassin",),
                "http://savannah.nongnu.org/projects/spamass-milt/"),
    ),
)
