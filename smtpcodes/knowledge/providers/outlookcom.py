"""Outlook.com consumer mail (Hotmail, Live, MSN; MX *.olc.protection.outlook.com): the S-tags of
its deferrals and blocks that the microsoft module does not read: (S843) and (S3114) on "451
4.7.650/4.7.651 The mail server [...] has been temporarily rate limited due to IP reputation"
and (S8001)/(S8002) on "Helo domain /
MailFrom domain is listed in Spamhaus". Sources: Outlook.com postmaster's troubleshooting page and
Exchange Online's NDR table (4.7.500-699 "temporarily restricted" for suspicious activity), and the
replies below. (S77719, on "4.7.500 Server busy", is left to the microsoft module's 4.7.5xx rule.)
(S2017062302) marks "550 5.5.0 Requested action not taken: mailbox unavailable" for an address
hotmail.com or outlook.com does not have.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Provider, Token

_OLC = "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx"
_NDR = ("https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/"
        "non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online")
_451 = "ActiveCampaign/smtp-field-manual:data/codes/451.json"

PROVIDER = Provider(
    name="outlookcom",
    hosts=("olc.protection.outlook.com", "hotmail.com", "outlook.com", "live.com"),
    source=_OLC,
    tokens=(
        # Rate limited because of the sending IP's reputation.
        Token("outlookcom.ip-reputation", C.REPUTATION, ("s843", "s3114"), _451),
        # Hotmail's older tag "421 RP-001 ... Unfortunately, some messages from <ip> weren't sent.
        # Please try again. We have limits for how many messages can be sent per hour and per day";
        # the postmaster page: the IP "has exceeded the rate limit allowed. Reason for rate
        # limitation is related to IP/domain reputation" (as S843/S3114 above).
        Token("outlookcom.rp-rate-limit", C.REPUTATION, ("rp-001",),
              "https://knowledge.validity.com/hc/en-us/articles/"
              "220561887-Troubleshooting-reputation-based-deferrals; " + _OLC),
        # "451 4.7.652 The mail server [<ip>] has exceeded the maximum number of connections.
        # (S3115)": too many simultaneous connections from the sending IP (its words otherwise
        # read as a message-rate limit).
        Token("outlookcom.max-connections", C.TOO_MANY_CONNECTIONS, ("s3115",),
              "https://www.spamresource.com/2025/07/microsoft-says-too-many-connections.html; "
              "https://go.mail-archive.com/postfix-users@postfix.org/msg88075.html"),
        # The HELO domain (S8001) or the MAIL FROM domain (S8002) is listed in Spamhaus.
        Token("outlookcom.spamhaus-listed", C.BLOCKLISTED, ("s8001", "s8002"), _OLC),
        # "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)": no such
        # address at hotmail.com / outlook.com (Exchange Online's 5.1.10 of the consumer side).
        Token("outlookcom.no-mailbox", C.USER_UNKNOWN, ("s2017062302",),
              "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2836"),
    ),
)
