"""MailScanner: the notices it sends a sender whose message it refused or stripped
(reports/en/sender.*.report.txt). Their subjects and first lines name the reason: "Potentially
dangerous email rejected" ("This message contained potentially dangerous content", HTML it
will not pass), "Oversized email rejected" ("was too large and has been removed ... the maximum
allowed is ..."), "Our virus detector failed to completely analyse a message you sent" (a
message it could not unpack, often Outlook's Rich Text format), "Unrequested mail rejected"
(the site's refusal of unsolicited mail); the virus, filename and spam notices are read by
generic wording ("virus detector", "unacceptable attachments", "Unsolicited commercial email").
Source: MailScanner/v5:common/usr/share/MailScanner/reports/en/."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_REPORTS = "MailScanner/v5:common/usr/share/MailScanner/reports/en/"

PROVIDER = Provider(
    name="mailscanner",
    hosts=(),
    source="https://www.mailscanner.info/",
    phrases=(
        Phrases("mailscanner.dangerous-content", C.CONTENT_REJECTED, (
            "potentially dangerous email rejected",
            "potentially dangerous content",
            "failed to completely analyse",
        ), _REPORTS + "sender.content.report.txt; " + _REPORTS + "sender.error.report.txt"),
        Phrases("mailscanner.oversized", C.MESSAGE_TOO_LARGE, (
            "oversized email rejected",
            "was too large and has been",
            "but the maximum allowed is",
        ), _REPORTS + "sender.size.report.txt"),
        Phrases("mailscanner.unrequested", C.SPAM_CONTENT, (
            "unrequested mail rejected",
        ), _REPORTS + "rejection.report.txt"),
    ),
)
