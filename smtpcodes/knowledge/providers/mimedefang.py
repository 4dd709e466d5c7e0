"""MIMEDefang, the Sendmail/Postfix milter: the refusals its stock filters give (action_bounce,
action_tempfail). "Message contained too many MIME parts" refuses a message too complicated to
parse, and "MIME type message/partial not accepted here" a fragmented one (read by generic "mime
type"); "Problem running virus-scanner" is the temporary failure of the scanner, not a virus
found. Sources: The-McGrail-Foundation/MIMEDefang:mimedefang.pl.in,
examples/suggested-minimum-filter-for-windows-clients."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_REPO = "The-McGrail-Foundation/MIMEDefang:"

PROVIDER = Provider(
    name="mimedefang",
    hosts=(),
    source="https://mimedefang.org/",
    phrases=(
        Phrases("mimedefang.mime-parts", C.CONTENT_REJECTED, (
            "too many mime parts",
        ), _REPO + "mimedefang.pl.in"),
        Phrases("mimedefang.scanner-failed", C.SERVER_ERROR, (
            "problem running virus-scanner",
        ), _REPO + "examples/suggested-minimum-filter-for-windows-clients"),
        # mimedefang.pl.in: re-streaming the message per recipient or domain failed; mimedefang.c:
        # the filter's RESULTS file held a line too long to pass back (5.4.0). Both are the
        # filter host's own failure.
        Phrases("mimedefang.internal", C.SERVER_ERROR, (
            "unable to stream message",
            "overlong line in results file",
        ), _REPO + "mimedefang.pl.in; " + _REPO + "mimedefang.c"),
        # modules/lib/Mail/MIMEDefang/TLSPolicy.pm: the recipient domain's MTA-STS policy (mode
        # enforce) does not list the MX the message would go to.
        Phrases("mimedefang.mta-sts", C.TLS_REQUIRED, (
            "not permitted by mta-sts policy",
        ), _REPO + "modules/lib/Mail/MIMEDefang/TLSPolicy.pm"),
    ),
)
