"""ClamAV (clamd) as mail servers call it. A found virus is read by generic virus wording
("Message is infected with <name>" from Haraka's clamd plugin, "virus found" from Rspamd's
scanner, "Infected" from clamav-milter). What this module adds are the deferrals a front end
gives when the scanner itself fails ("Error connecting to virus scanner", "Virus scanner timed
out", "Virus scanner error", "Error running virus scanner"): a temporary failure on the
receiving side, retried later, not a virus in the message. Haraka's other scanner plugins
(AVG, ESET) defer in the same words ("Virus scanner error (AVG)", "Virus scanner timeout (AVG)").
Sources: haraka/haraka-plugin-clamd:index.js, haraka/haraka-plugin-avg:index.js,
haraka/haraka-plugin-esets:index.js."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_HARAKA = "haraka/haraka-plugin-clamd:index.js"

PROVIDER = Provider(
    name="clamav",
    hosts=(),
    source="https://docs.clamav.net/",
    phrases=(
        Phrases("clamav.scanner-failed", C.SERVER_ERROR, (
            "error connecting to virus scanner",
            "virus scanner timed out",
            "virus scanner error",
            "error running virus scanner",
            "virus scanner timeout",
        ), _HARAKA + "; haraka/haraka-plugin-avg:index.js; haraka/haraka-plugin-esets:index.js"),
    ),
)
