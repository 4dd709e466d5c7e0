"""amavis (amavisd-new) content filter: the reasons of its SMTP replies, "<code> Reject, id=<id> -
<reason>" (or "250 2.7.0 Ok, discarded, id=<id> - <reason>"). The reasons come from
%smtp_reason_by_ccat: "INFECTED: <virus>", "spam", "spammy" (read by generic wording),
"BANNED: <file names>" (a banned file name or type, 554 5.7.0), "UNCHECKED: encrypted" or
"UNCHECKED: over limits" (a part it could not scan, 554 5.7.0), "BAD HEADER: <problem>" (older
versions "BAD_HEADER:", 554 5.6.0), "Message size exceeds recipient's size limit" (552 5.3.4),
and the re-injection failures "Temporary MTA failure on relaying", "Rejected by next-hop MTA on
relaying", "Unable to relay message back to MTA" (550 5.3.5), which are amavis' own errors, not
relay refusals; "451 4.5.0 Error in processing, id=<id>, <error>" is a temporary failure.
Sources: the amavisd script (lathiat/amavisd:amavisd, %smtp_reason_by_ccat and the status
table next to it), and the real replies named in the learn set."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_AMAVISD = "lathiat/amavisd:amavisd"

PROVIDER = Provider(
    name="amavis",
    hosts=(),
    source="https://www.amavis.org/",
    phrases=(
        Phrases("amavis.banned", C.CONTENT_REJECTED, (
            "banned:",
        ), _AMAVISD, decisive=False),  # "Banned:" also heads other servers' IP refusals
        Phrases("amavis.bad-header", C.CONTENT_REJECTED, (
            "bad header:",
            "bad_header:",
        ), _AMAVISD),
        # CC_UNCHECKED: a part amavis could not scan, an encrypted archive or one past its
        # decoding limits (554 5.7.0).
        Phrases("amavis.unchecked", C.CONTENT_REJECTED, (
            "unchecked: encrypted",
            "unchecked: over limits",
        ), _AMAVISD),
        Phrases("amavis.oversized", C.MESSAGE_TOO_LARGE, (
            "message size exceeds recipient's size limit",
        ), _AMAVISD),
        Phrases("amavis.reinjection", C.SERVER_ERROR, (
            "temporary mta failure on relaying",
            "rejected by next-hop mta on relaying",
            "unable to relay message back to mta",
            "error in processing, id=",
        ), _AMAVISD),
        # amavisd: "451 4.5.0 Error in processing, id=<id>, <section> FAILED: <error>" names the
        # step that failed; "virus_scan FAILED" / "spam_scan FAILED" ("ALL VIRUS SCANNERS FAILED",
        # "NO VIRUS SCANNERS AVAILABLE") say the scanner did not run, not that a virus or spam
        # was found: the filter host's own failure, retried.
        Phrases("amavis.scan-failed", C.SERVER_ERROR, (
            "virus_scan failed",
            "spam_scan failed",
            "all virus scanners failed",
            "no virus scanners available",
        ), _AMAVISD),
    ),
)
