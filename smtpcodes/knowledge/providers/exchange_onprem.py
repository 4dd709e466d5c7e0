"""Exchange Server on premises (5.5 and 2000/2003 for the expiry texts, 2007-2019 otherwise): the
resolver, send-connector and store-driver status strings of its DSNs
and the replies of its receive connectors that providers/microsoft.py (Exchange Online) does not
hold. RESOLVER.RST.AuthRequired and RESOLVER.RST.NotAuthorized mean the recipient (usually a
distribution group) accepts mail only from authenticated or listed senders: a delivery
restriction, not an SMTP AUTH request. The store driver's quota exceptions
(MapiExceptionShutoffQuotaExceeded, QuotaExceededException) mean a full mailbox; "452 4.3.1
Insufficient system resources" is the transport's back pressure (low disk space or memory);
"Client does not have permissions to send as this sender" refuses the envelope sender of an
authenticated client; "... has been trying to deliver this message without success and has stopped
trying" is the text of the expiry NDR (QUEUE.Expired); older versions said "Could not deliver
the message in the time limit specified" (#4.4.7) and, in the 5.5 MTA, "The maximum time for
delivering the message expired" and the 5.5 Internet Mail Service "The time has expired.";
Exchange 2013 and later name the last error after the expiry ("550 5.4.316 Message expired,
connection refused"), which stays an expiry. The delay DSN ("Delivery will continue to be
attempted") is a weak expiry beside the cause it quotes. SMTPSEND.DNS.NonExistentDomain names a
destination domain that does not exist and 2000/2003's "could not be found in Domain Name Service"
(#5.4.0) one without a mail server; "451 4.4.0 DNS query failed" and the send connector's
"Winsock error code: 10060" are temporary network failures; "Recipient deferred because there is
no Mdb" is the store's own trouble. "Unable to relay" and "Client was not authenticated" are
generic wording.
Sources: "DSNs and NDRs in Exchange Server" and "Understanding back pressure" on
learn.microsoft.com, and the replies quoted in bounce samples and issue threads."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_DSN = ("https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-"
        "messages/non-delivery-reports-and-bounce-messages")
_BACK_PRESSURE = "https://learn.microsoft.com/en-us/exchange/mail-flow/back-pressure"

PROVIDER = Provider(
    name="exchange_onprem",
    hosts=(),
    source=_DSN,
    tokens=(
        Token("exchange_onprem.restricted-recipient", C.POLICY_VIOLATION, (
            "resolver.rst.authrequired", "resolver.rst.notauthorized",
        ), _DSN),
        # The send connector could not resolve the destination: the domain does not exist (a 451
        # 4.4.0 "DNS query failed" deferral that names why).
        Token("exchange_onprem.nonexistent-domain", C.HOST_UNKNOWN, (
            "smtpsend.dns.nonexistentdomain",
        ), "https://markgossa.com/2015/09/451-440-dns-query-failed-error-was.html"),
        Token("exchange_onprem.quota-exception", C.MAILBOX_FULL, (
            "mapiexceptionshutoffquotaexceeded", "quotaexceededexception",
        ), _DSN),
    ),
    phrases=(
        Phrases("exchange_onprem.back-pressure", C.SYSTEM_FULL, (
            "insufficient system resources",
        ), _BACK_PRESSURE),
        Phrases("exchange_onprem.send-as", C.SENDER_REJECTED, (
            "client does not have permissions to send as this sender",
        ), _DSN),
        # Exchange 2000/2003 (#4.4.7) and the Exchange 5.5 MTA: the message timed out in the queue.
        Phrases("exchange_onprem.time-limit", C.EXPIRED, (
            "could not deliver the message in the time limit specified",
            "maximum time for delivering the message",
            "the time has expired",
        ), ("https://snmail.co.uk/support/failure-timelimit.htm; "
            "http://files.mpoli.fi/unpacked/software/win32/updates/sp1_550i.exe/eng/server/setup/i386/"
            "docs/htm/xmt05012.htm (the 5.5 Internet Mail Service); "
            "http://ftp.zx.net.nz/pub/mirror/ftp.microsoft.com/MISC/KB/en-us/158/399.HTM; "
            "http://support.microsoft.com/kb/214682/EN-US/")),
        # The expiry NDR's text: the queue's message expiration timeout ran out (QUEUE.Expired).
        Phrases("exchange_onprem.stopped-trying", C.EXPIRED, (
            "and has stopped trying",
        ), "https://pastebin.com/zeZFJvKs; https://pastebin.com/ZkW4nRAU"),
        # Exchange 2013 and later (and Exchange Online, the same transport) name the last error of
        # an expired message after it: "550 5.4.316 Message expired, connection refused(Socket
        # error code 10061)". The expiry is the verdict; the connection failure only its cause.
        Phrases("exchange_onprem.expired-with-cause", C.EXPIRED, (
            "message expired, connection",
        ), ("https://github.com/FundersClub/fire/issues/441; "
            "https://learn.microsoft.com/en-us/answers/questions/5852634/"
            "550-5-4-316-message-expired-connection-refused")),
        # The send connector's connection failure (Exchange 2007 and later, the queue's Last Error
        # and the delay DSN): the Winsock error of the connect, and the failover that followed.
        # The remote reply it quotes ("Primary target IP address responded with: ...") says more.
        Phrases("exchange_onprem.connect-failed", C.NETWORK_ERROR, (
            "winsock error code",
            "attempted failover to alternate host",
            "proxy session setup failed",
        ), ("MicrosoftDocs/OfficeDocs-Exchange:Exchange/ExchangeOnline/mail-flow-best-practices/"
            "non-delivery-reports-in-exchange-online/fix-error-code-550-4-4-7-in-exchange-online.md "
            "(the Frontend Transport's proxy to the next hop failed); "
            "https://learn.microsoft.com/en-us/answers/questions/1421870/"
            "getting-error-led-441-4-4-1-exchange-server-2013; "
            "https://learn.microsoft.com/en-us/answers/questions/2195248/"
            "cannot-validate-exchange-hybrid-config-due-to-expi; "
            "https://support.microsoft.com/en-us/help/4051498/"
            "outbound-email-messages-are-not-sent-on-the-exchange-hub-transport-or"),
            decisive=False),
        # The send connector's DNS lookup of the destination failed for now (451 4.4.0, retried);
        # SMTPSEND.DNS.NonExistentDomain (a token above) names a domain that does not exist.
        Phrases("exchange_onprem.dns-query-failed", C.NETWORK_ERROR, (
            "dns query failed",
        ), ("https://mskb.pkisolutions.com/kb/972744; "
            "https://docs.microsoft.com/en-US/exchange/troubleshoot/mailflow/dns-query-failed"),
            decisive=False),  # "Message expired, DNS query failed" (5.4.312) is the expiry
        # Exchange 2000/2003 (#5.4.0): DNS has no mail server for the recipient's domain.
        Phrases("exchange_onprem.not-in-dns", C.HOST_UNKNOWN, (
            "could not be found in domain name service",
        ), "https://snmail.co.uk/support/failure-dns.htm"),
        # The store driver found no mailbox database for the recipient (it is not mounted, or the
        # mailbox is being moved): the server's own trouble, retried.
        Phrases("exchange_onprem.no-mdb", C.SERVER_ERROR, (
            "because there is no mdb",
        ), "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2952"),
        # Shadow redundancy with RejectMessageOnShadowFailure: the receiving server could not
        # make its shadow copy, so it refuses the message for now (451 4.4.0).
        Phrases("exchange_onprem.shadow-redundancy", C.SERVER_ERROR, (
            "failed to be made redundant",
        ), ("MicrosoftDocs/OfficeDocs-Exchange:Exchange/ExchangeServer/mail-flow/"
            "transport-high-availability/shadow-redundancy.md")),
        # The delay DSN of Exchange 2007 and later: still queued, still being retried.
        Phrases("exchange_onprem.delayed", C.EXPIRED, (
            "delivery will continue to be attempted",
            "will keep trying to deliver this message",
            "following recipients has been delayed",
        ), ("http://support.epidirect.com/KB/a16/after-sending-an-email-i-receive-message-delivery-"
            "status.aspx; "
            "http://www.cryer.co.uk/brian/windows/exchange/2010/"
            "help_delivery_is_delayed_to_these_recipients.htm; "
            "http://gateway.ctsltd.net/article/"
            "i-have-received-a-delivery-delayed-error-message-after-sending-an-email/"),
            decisive=False),  # the cause, where the notice quotes it, says more
    ),
)
