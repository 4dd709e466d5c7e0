"""Apache James: the replies of its SMTP and LMTP servers (protocols-smtp hooks and fastfail
handlers, protocols-lmtp). Its relay refusal ("550 5.7.1 Requested action not taken: relaying
denied"), "530 5.7.1 Authentication Required", "Unknown user: <rcpt>", "452 4.5.3 Requested
action not taken: max recipients reached" and "552 5.2.2 Over Quota error when delivering
message to <rcpt>" are generic wording; the entries below are James' own. Sources:
apache/james-project (protocols/smtp/src/main, server/protocols/protocols-smtp/src/main,
server/protocols/protocols-lmtp) and the replies its tests assert."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_CORE = "apache/james-project:protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/"
_SERVER = ("apache/james-project:server/protocols/protocols-smtp/src/main/java/org/apache/"
           "james/smtpserver/")

PROVIDER = Provider(
    name="james",
    hosts=(),
    source="https://james.apache.org/",
    phrases=(
        Phrases("james.greylist", C.GREYLISTED, (
            "temporary rejected: please try again later",
            "reconnect to fast",
        ), _CORE + "fastfail/AbstractGreylistHandler.java"),
        Phrases("james.sender-auth", C.SENDER_REJECTED, (
            "incorrect authentication for specified email address",
        ), _CORE + "AbstractSenderAuthIdentifyVerificationHook.java"),
        Phrases("james.sender-domain", C.SENDER_REJECTED, (
            "contains a domain with no valid mx records",
        ), _CORE + "fastfail/ValidSenderDomainHandler.java"),
        Phrases("james.dnsrbl", C.BLOCKLISTED, (
            "rejected: unauthenticated e-mail from",
        ), _CORE + "fastfail/DNSRBLHandler.java"),
        Phrases("james.spf-lookup", C.SENDER_UNAUTHENTICATED, (
            "problem on spf lookup",
        ), _SERVER + "fastfail/SPFHandler.java"),
        Phrases("james.headers", C.CONTENT_REJECTED, (
            "header lines are too many",
            "header size is too large",
        ), _SERVER + "EnforceHeaderLimitationsMessageHook.java"),
        Phrases("james.bare-lf", C.CONTENT_REJECTED, (
            "line delimiter must be crlf",
        ), _SERVER + "DataLineJamesMessageHookHandler.java"),
        Phrases("james.lmtp-temporary", C.SERVER_ERROR, (
            "temporary error deliver message",
        ), "apache/james-project:server/protocols/protocols-lmtp/src/main/java/org/apache/james/"
           "lmtpserver/DataLineLMTPHandler.java"),
    ),
)
