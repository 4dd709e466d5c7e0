"""Rspamd: the texts of its own replies beyond the default reject ("Spam message rejected", in
providers/filters.py) and greylisting ("Try again later"). Its external scanners (lua_scanners)
give a reply text per scanner kind: antivirus engines '${SCANNER}: virus found: "${VIRUS}"'
(read by generic virus wording), spam and bulk engines (Cloudmark, Razor, Vade, Kaspersky SE,
MetaDefender, VirusTotal) '${SCANNER}: spam message found', DCC, Pyzor and SpamAssassin
'... bulk message found', ICAP and oletools a 'threat found' or 'threat message found' (a
malicious attachment or macro). Haraka's rspamd plugin defers with "Rspamd scan error" or
"Rspamd scan timeout" when it cannot reach Rspamd: a temporary failure of the filter, not a
verdict on the message. mailcow, which runs Rspamd behind Postfix, replaces the reject text
with "This message does not meet our delivery requirements". Sources:
rspamd/rspamd:lualib/lua_scanners/*.lua (default messages), haraka/haraka-plugin-rspamd:index.js,
mailcow/mailcow-dockerized:data/conf/rspamd/override.d/worker-proxy.inc."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_SCANNERS = "rspamd/rspamd:lualib/lua_scanners/"
_HARAKA = "haraka/haraka-plugin-rspamd:index.js"

PROVIDER = Provider(
    name="rspamd",
    hosts=(),
    source="https://rspamd.com/doc/",
    phrases=(
        Phrases("rspamd.scanner-spam", C.SPAM_CONTENT, (
            "spam message found",
            "bulk message found",
        ), _SCANNERS + "razor.lua; " + _SCANNERS + "dcc.lua; " + _SCANNERS + "pyzor.lua"),
        Phrases("rspamd.scanner-threat", C.VIRUS, (
            "threat found with icap scanner",
            "threat message found",
        ), _SCANNERS + "icap.lua; " + _SCANNERS + "oletools.lua"),
        # mailcow sets Rspamd's proxy reject_message to this text: the reject action, which its
        # spam score (or a forced reject) chose. Weak: it names a filter verdict, not its reason.
        Phrases("rspamd.mailcow-reject", C.SPAM_CONTENT, (
            "does not meet our delivery requirements",
        ), "mailcow/mailcow-dockerized:data/conf/rspamd/override.d/worker-proxy.inc",
            decisive=False),
        Phrases("rspamd.scan-failed", C.SERVER_ERROR, (
            "rspamd scan error",
            "rspamd scan timeout",
            "anti-virus/oletools not ready",
        ), _HARAKA + "; Mailu/Mailu:core/rspamd/conf/force_actions.conf"),
    ),
)
