"""MailEnable (Windows mail server): its refusal of an unauthenticated client that sends to a
non-local address, "503 This mail server requires authentication when attempting to send to a
non-local e-mail address. Please check your mail client settings or contact your administrator
to verify that the domain or address is defined for this server." Sources: MailEnable SMTP
logs quoted in public issue threads."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_IPBAN = "https://github.com/DigitalRuby/IPBan/issues/260"

PROVIDER = Provider(
    name="mailenable",
    hosts=(),
    source="https://www.mailenable.com/",
    phrases=(
        # The SMTP service's limit on concurrent inbound connections was reached (the log line
        # reads "ME-E0125: Connection Refused: ... the inbound connection limit has been reached").
        Phrases("mailenable.connection-limit", C.TOO_MANY_CONNECTIONS, (
            "service temporarily refused connection",
        ), "http://www.mailenable.com/kb/content/article.asp?ID=ME020343"),
        Phrases("mailenable.auth-required", C.AUTH_REQUIRED, (
            "requires authentication when attempting to send to a non-local",
        ), _IPBAN),
    ),
)
