"""SpamAssassin as MTAs and milters call it: rejections that quote its score. Exim's
content-scanning ACL example rejects with "This message scored $spam_score spam points."; other front ends
quote the score as "spam score" ("554 Message detected as spam (spam score was 6.5)").
spamass-milter's "Blocked by SpamAssassin" lives in providers/filters.py. Sources: the Exim
specification (chapter "Content scanning at ACL time", the spam condition) and real replies
quoted in issue threads."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_EXIM_SPEC = ("https://www.exim.org/exim-html-current/doc/html/spec_html/"
              "ch-content_scanning_at_acl_time.html")

PROVIDER = Provider(
    name="spamassassin",
    hosts=(),
    source="https://spamassassin.apache.org/",
    phrases=(
        Phrases("spamassassin.score", C.SPAM_CONTENT, (
            "spam points",
            "spam score",
        ), _EXIM_SPEC),
    ),
)
