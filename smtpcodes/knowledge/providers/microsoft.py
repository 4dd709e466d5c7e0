"""Microsoft 365 / Exchange Online, Outlook.com (Hotmail, Live, MSN) and Exchange Server: the private
enhanced codes of the Exchange Online NDR table (4.7.5xx-8xx throttling, 5.7.5xx-9xx tenant and
sender rules, 5.2.12x receive limits), Outlook.com's block codes (SC-, OU-, DY-,
and the S3140/S3150 block-list tags) and Exchange's RESOLVER/QUEUE status strings. Sources:
"Email non-delivery reports and SMTP errors in Exchange Online" (learn.microsoft.com), the
Outlook.com postmaster troubleshooting page's SMTP error table, and Directory-Based Edge Blocking.
Both NDR tables (Exchange Online's and Exchange Server's "Non-delivery reports and bounce messages")
were read row by row; what the generic wording misses is below: the DANE codes of both classes,
5.7.515, RFC 2606 and single-label recipient domains, X-EXPS authentication, StoreDriver MDB, the
STOREDRV SendAsDenied refusal, and the plain-language NDR texts ("... wasn't found at ...",
"Despite repeated attempts to contact the recipient's email system ...").
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import CodeRule, Phrases, Provider, Token

_NDR = ("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/"
        "non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online")
_DBEB = ("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/"
         "use-directory-based-edge-blocking")
_OLC = "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"
_EXSRV = ("https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-"
          "messages/non-delivery-reports-and-bounce-messages")

PROVIDER = Provider(
    name="microsoft",
    hosts=("outlook.com", "protection.outlook.com", "hotmail.com", "live.com", "msn.com",
           "office365.com", "exchangelabs.com"),
    source=_NDR,
    tokens=(
        # Outlook.com 550 block codes (all "Mail rejected by Outlook.com for policy reasons": spam-like
        # content or reputation, namespace mining, open proxy, complaints, dynamic IP, compromised
        # host, Spamhaus) and the "part of their network is on our block list (S3150)" tags.
        Token("microsoft.block-list", C.BLOCKLISTED,
              ("s3150", "s3140", "as3140", "sc-001", "sc-002", "sc-003", "sc-004", "ou-001",
               "ou-002", "dy-001", "dy-002"), _OLC),
        Token("microsoft.recipnotfound", C.USER_UNKNOWN,
              ("recipnotfound", "recipientnotfound", "resolver.adr.exrecipnotfound"), _NDR),
        Token("microsoft.queue-expired", C.EXPIRED, ("queue.expired",), _NDR),
        Token("microsoft.submission-quota", C.RATE_LIMITED, ("submissionquotaexceeded",), _NDR),
        # "554 5.2.252 SendAsDenied; <user> not allowed to send as <address>;
        # STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied": the
        # authenticated mailbox has no Send As right on the From address.
        Token("microsoft.send-as-denied", C.SENDER_REJECTED, ("sendasdenied",),
              "https://github.com/rss2email/rss2email/issues/147"),
    ),
    phrases=(
        # 5.2.2 "Submission quota exceeded" and "the sender's submission quota was exceeded": the
        # sending account passed its recipient rate limit (10,000 recipients a day), not a full
        # mailbox.
        Phrases("microsoft.submission-quota-words", C.RATE_LIMITED,
                ("submission quota exceeded", "submission quota was exceeded"), _NDR),
        Phrases("microsoft.dbeb", C.USER_UNKNOWN,
                ("recipient address rejected: access denied",
                 "all recipient addresses rejected : access denied",
                 "all recipient addresses rejected: access denied",
                 "recipient not found by smtp address lookup"), _DBEB),
        # Exchange Online's NDR for an address its directory lacks: "Your message to <address>
        # couldn't be delivered. <local part> wasn't found at <domain>." ("Unknown To address").
        Phrases("microsoft.not-found-notice", C.USER_UNKNOWN,
                ("wasn't found at", "unknown to address"),
                "https://github.com/bwya77/O365-Admin-Center/issues/12"),
        # Exchange Online's NDR once its retries ran out: "Your message couldn't be delivered.
        # Despite repeated attempts to contact the recipient's email system it didn't respond."
        Phrases("microsoft.no-response-notice", C.EXPIRED,
                ("despite repeated attempts to contact the recipient's email system",),
                "https://github.com/forwardemail/free-email-forwarding/issues/142"),
        # Exchange Server's Receive connectors refuse recipient domains reserved by RFC 2606
        # (5.1.4, 5.1.5) and single-label domains (5.1.6, "chris@contoso"): no such domain.
        Phrases("microsoft.reserved-domain", C.HOST_UNKNOWN,
                ("reserved by rfc 2606", "single label domains not accepted"), _EXSRV),
        # 5.7.3: the X-EXPS authentication between Exchange servers failed (a firewall strips the
        # command, or a connector lacks the Exchange Server authentication method).
        Phrases("microsoft.exchange-auth", C.AUTH_FAILED,
                ("cannot achieve exchange server authentication",), _EXSRV),
        # 5.3.2 "STOREDRV.Deliver: Missing or bad StoreDriver MDB properties": the Address Book
        # Policy routing agent cannot place the recipient (a configuration fault of the server).
        Phrases("microsoft.storedriver-mdb", C.SERVER_ERROR,
                ("missing or bad storedriver mdb properties",), _EXSRV),
        # 5.0.350 "x-dg-ref header is too long": a Rich Text (TNEF) message's header the
        # recipient's server refuses.
        Phrases("microsoft.x-dg-ref", C.CONTENT_REJECTED, ("x-dg-ref header is too long",), _NDR),
        # Exchange's NDR text for 5.7.1 ("Your message wasn't delivered due to a permission or
        # security issue. It might have been rejected by a moderator, the address might only accept
        # email from certain senders, or another restriction might be preventing delivery.") and
        # for 5.7.129 ("... because you don't have permission to send to it."): a delivery
        # restriction of the recipient, not a security threat in the message.
        Phrases("microsoft.permission-notice", C.POLICY_VIOLATION,
                ("due to a permission or security issue",
                 "you don't have permission to send to it"),
                "MicrosoftDocs/OfficeDocs-Exchange:Exchange/ExchangeOnline/mail-flow-best-practices/"
                "non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md; "
                "MicrosoftDocs/OfficeDocs-Exchange:Exchange/ExchangeOnline/mail-flow-best-practices/"
                "non-delivery-reports-in-exchange-online/fix-error-code-550-5-7-1-in-exchange-online.md"),
        # "550 5.7.703 Your message can't be delivered because one or more recipients are blocked
        # by your organization's tenant recipient block policy": the sender's own organization
        # blocks the recipient's address or domain in its Tenant Allow/Block List, an
        # administrative rule (not the sender's IP on a blocklist, nor the 5.7.700-749 tenant
        # ban for suspicious traffic).
        # The NDR table words it "... are blocked by your organization using Tenant Allow Block
        # List".
        Phrases("microsoft.tenant-recipient-block", C.POLICY_VIOLATION,
                ("blocked by your organization's tenant",
                 "blocked by your organization using tenant allow block list"),
                "MicrosoftDocs/microsoft-365-docs:microsoft-365/security/office-365-security/"
                "tenant-allow-block-list-about.md; " + _NDR),
        # "5.7.1 Unable To Relay: Blocked by Customer Allow list": EOP refused the connecting
        # server because its IP is on a real-time block list (the name of the list is withheld
        # when the IP is also on the recipient's IP Allow list and connector), not a relay rule.
        Phrases("microsoft.customer-allow-list", C.BLOCKLISTED,
                ("unable to relay: blocked by customer allow list",),
                "MicrosoftDocs/SupportArticles-docs:Exchange/ExchangeOnline/email-delivery/"
                "unable-to-relay-blocked-by-allow-list.md"),
        # 5.7.12: the recipient only accepts mail from senders inside its organization.
        Phrases("microsoft.restricted-recipient-words", C.POLICY_VIOLATION,
                ("sender was not authenticated by organization",
                 "sender was not authenticated for public folder"), _NDR),
        # The NDR table's MTA-STS rows: 4.4.8/5.4.8 "MX hosts of <domain> failed MTA-STS
        # validation" and 4.7.5/5.7.5 "Remote certificate failed MTA-STS validation. Reason: ...":
        # Exchange Online's outbound TLS policy check of the destination failed.
        Phrases("microsoft.mta-sts", C.TLS_REQUIRED, ("failed mta-sts validation",), _NDR),
        # 5.0.350 "Requested action not taken: policy violation detected (AS345)": the NDR table
        # ties AS345 to nested attachments, a refusal of the message's form.
        Phrases("microsoft.nested-attachments", C.CONTENT_REJECTED,
                ("policy violation detected (as345)",), _NDR),
        # 5.7.501 "Access denied, spam abuse detected": the sending account is banned for spam
        # (like 5.7.502/503 "banned sender"), not a verdict on this message's content.
        Phrases("microsoft.spam-abuse", C.BLOCKLISTED, ("spam abuse detected",), _NDR),
    ),
    codes=(
        # 4.7.500-699 and 4.7.850-899: "Access denied, please try again later" (suspicious
        # activity; 4.7.650/651 "temporarily rate limited due to IP reputation").
        CodeRule("microsoft.temp-restricted", 4, 7,
                 (*range(500, 700), *range(850, 900)), C.REPUTATION, _NDR),
        # 5.7.501-503 banned sender (spam), 5.7.507 rejected by recipient (IP blocked by the
        # recipient's organization), 5.7.511 banned sender IP, 5.7.513 Customer Block list,
        # 5.7.606-649 banned sending IP.
        CodeRule("microsoft.banned", 5, 7,
                 (501, 502, 503, 507, 511, 513, *range(606, 650)), C.BLOCKLISTED, _NDR),
        # 5.7.700-749: tenant has exceeded threshold / traffic not accepted from this IP; 5.7.750
        # client blocked from sending from unregistered domains (the same article covers both).
        CodeRule("microsoft.tenant-banned", 5, 7, range(700, 751), C.REPUTATION, _NDR),
        # 5.7.505 "Access denied, banned recipient": the recipient is not valid.
        CodeRule("microsoft.banned-recipient", 5, 7, (505,), C.USER_UNKNOWN, _NDR),
        # 5.7.508 the sender's IPv6 range "has exceeded permitted limits within $range range".
        CodeRule("microsoft.ipv6-range-limit", 5, 7, (508,), C.RATE_LIMITED, _NDR),
        # 5.7.124 sender not in the group's allowed-senders list; 5.7.133-136 the group, mailbox,
        # public folder or mail user only accepts mail from authenticated (internal) senders;
        # 5.7.193 "UnifiedGroupAgent; Delivery failed because the sender isn't a group member or
        # external senders aren't permitted to send to this group" (a Microsoft 365 group closed
        # to external senders, MicrosoftDocs/SupportArticles-docs:Exchange/ExchangeOnline/
        # email-delivery/ndr-when-external-users-send-email-to-microsoft-365-group.md).
        # (Microsoft also writes 5.7.12/5.7.13 for this, but a vendor code rule applies to every
        # server, and the registry gives those two other meanings: they are left to it.)
        CodeRule("microsoft.restricted-recipient", 5, 7, (124, 133, 134, 135, 136, 193),
                 C.POLICY_VIOLATION,
                 f"{_NDR}; MicrosoftDocs/SupportArticles-docs:Exchange/ExchangeOnline/"
                 "email-delivery/ndr-when-external-users-send-email-to-microsoft-365-group.md"),
        # 4.7.321-325 and 5.7.321-325 outbound DANE/TLS: starttls-not-supported,
        # certificate-expired, tlsa-invalid, dnssec-invalid, certificate-host-mismatch.
        CodeRule("microsoft.dane", None, 7, (321, 322, 323, 324, 325), C.TLS_REQUIRED, _NDR),
        # 5.7.506 bad HELO, 5.7.510 no mail over IPv6, 5.7.520 external forwarding not allowed,
        # 5.7.900-999 mail flow (transport) rule rejections.
        CodeRule("microsoft.policy", 5, 7, (506, 510, 520, *range(900, 1000)),
                 C.POLICY_VIOLATION, _NDR),
        # 5.7.57: client was not authenticated to send anonymous mail during MAIL FROM.
        CodeRule("microsoft.anonymous-mail", None, 7, (57,), C.AUTH_REQUIRED, _NDR),
        # 5.2.121/122: per-hour receive limit (per sender / all senders).
        CodeRule("microsoft.receive-limit", 5, 2, (121, 122), C.RATE_LIMITED, _NDR),
        # 5.3.190: journaling on-premises messages to Microsoft 365 is not supported when
        # Journaling Archive is disabled (the organization's setting).
        CodeRule("microsoft.journaling", 5, 3, (190,), C.POLICY_VIOLATION, _NDR),
        # 5.6.11 "Invalid characters": bare line feeds the destination server does not accept.
        CodeRule("microsoft.bare-linefeeds", 5, 6, (11,), C.CONTENT_REJECTED, _NDR),
        # 5.7.509 "Access denied, sending domain [...] does not pass DMARC verification".
        CodeRule("microsoft.dmarc", 5, 7, (509,), C.SENDER_UNAUTHENTICATED, _NDR),
        # 5.7.515 "Access denied, sending domain [...] doesn't meet the required authentication
        # level": since May 2025 Outlook.com refuses high-volume senders whose mail fails SPF,
        # DKIM or DMARC.
        CodeRule("microsoft.auth-level", 5, 7, (515,), C.SENDER_UNAUTHENTICATED,
                 "https://github.com/fm/smtp-codes/pull/7"),
    ),
)
