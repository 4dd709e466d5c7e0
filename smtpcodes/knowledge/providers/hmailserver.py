"""hMailServer (Windows MTA): the replies of its SMTP server (relay and authentication rules,
recipient checks, its spam-protection tests) and its delivery errors. Its greylisting answers
only "451 Please try again later." and its unknown recipients "550 Unknown user": both are left
to generic wording. Sources: the hMailServer source tree (source/Server/SMTP/SMTPConnection.cpp,
RecipientParser.cpp, Common/AntiSpam/SpamTest*.cpp) and the replies its regression tests
record (test/RegressionTests)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_SRC = "hmailserver/hmailserver:hmailserver/source/Server/"
_CONN = _SRC + "SMTP/SMTPConnection.cpp"
_RCPT = _SRC + "SMTP/RecipientParser.cpp"
_SPAM = _SRC + "Common/AntiSpam/"

PROVIDER = Provider(
    name="hmailserver",
    hosts=(),
    source="https://www.hmailserver.com/",
    phrases=(
        Phrases("hmailserver.relay", C.RELAY_DENIED, (
            "delivery is not allowed to this address",
        ), _CONN),
        Phrases("hmailserver.auth-required", C.AUTH_REQUIRED, (
            "smtp authentication is required",
            "smtp authentication required",
        ), _CONN),
        Phrases("hmailserver.tls-for-auth", C.TLS_REQUIRED, (
            "a ssl/tls-connection is required for authentication",
        ), _CONN),
        Phrases("hmailserver.credentials", C.AUTH_FAILED, (
            "login credentials no longer valid",
        ), _CONN),
        Phrases("hmailserver.route", C.USER_UNKNOWN, (
            "recipient not in route list",
        ), _RCPT),
        Phrases("hmailserver.inactive", C.MAILBOX_DISABLED, (
            "domain has been disabled",
            "alias is not active",
            "distribution list is not active",
        ), _RCPT),
        Phrases("hmailserver.sender-mx", C.SENDER_REJECTED, (
            "sender domain does not have any mx records",
        ), _SPAM + "SpamTestMXRecords.cpp"),
        Phrases("hmailserver.spf", C.SENDER_UNAUTHENTICATED, (
            "blocked by spf",
        ), _SPAM + "SpamTestSPF.cpp"),
        Phrases("hmailserver.helo", C.POLICY_VIOLATION, (
            "host name specified in helo does not match",
        ), _SPAM + "SpamTestHeloHost.cpp"),
        Phrases("hmailserver.not-saved", C.SERVER_ERROR, (
            "message was received but it could not be saved",
        ), _CONN),
        # SMTPConnection.cpp answers a malformed MAIL or RCPT argument with its "Invalid syntax"
        # reply that shows the expected form; TransparentTransmissionBuffer.cpp ends DATA with
        # 554 when a line is over its length limit.
        Phrases("hmailserver.syntax", C.SYNTAX_ERROR, (
            "syntax should be mail from", "syntax should be rcpt to",
            "too long line was received",
        ), _CONN + "; " + _SRC + "Common/Util/TransparentTransmissionBuffer.cpp"),
    ),
)
