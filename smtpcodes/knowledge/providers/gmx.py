"""GMX, WEB.DE, mail.com and 1&1/IONOS (United Internet's one mail platform, "Nemesis").

Their replies carry no enhanced codes; the reason is in the last line's wording and in the
``c=`` parameter of the postmaster link (``…/error-messages?ip=…&c=rdns``). Sources: the
postmaster pages of GMX and WEB.DE ("Error messages when sending emails to GMX", their list of
error texts), 1&1/IONOS's "SMTP Error Messages for the 1&1 Mail Server" table (421/450 "Reject due
to policy violations", 421 "Rate limit reached", 451 local error, 550 syntax error; most of it is
read by the generic wording) and GMX's newsroom article on its non-delivery messages.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_GMX = "https://postmaster.gmx.com/en/error-messages"
_WEBDE = "https://postmaster.web.de/en/error-messages"
_POLICY = "https://postmaster.web.de/en/email-policy"
_NEWS = "https://newsroom.gmx.net/2017/09/28/unzustellbar-fehlermeldungen-email/"
_IONOS = ("https://help.1and1.com/e-mail-and-office-c37589/1and1-postmaster-c85193/"
          "smtp-error-messages-for-the-1and1-mail-server-a793087.html")

PROVIDER = Provider(
    name="gmx",
    hosts=(
        "gmx.net", "gmx.de", "gmx.com", "gmx.at", "gmx.ch", "mail.com", "web.de",
        "kundenserver.de", "ionos.de", "ionos.com", "1and1.com", "perfora.net",
    ),
    source=_GMX,
    tokens=(
        # The c= code of the postmaster link names the reason of the refusal.
        Token("gmx.c-bip", C.BLOCKLISTED, ("c=bip",), _GMX),
        Token("gmx.c-rdns", C.REVERSE_DNS, ("c=rdns",), _GMX),
    ),
    phrases=(
        Phrases("gmx.block-listed", C.BLOCKLISTED, (
            "ip address is block listed", "ip address is black listed",
        ), _GMX),
        Phrases("gmx.bad-ptr", C.REVERSE_DNS, (
            "bad dns ptr resource record", "invalid dns ptr resource record",
        ), _GMX),
        Phrases("gmx.bad-mx", C.SENDER_REJECTED, (
            "invalid dns mx or a/aaaa resource record",
        ), _WEBDE),
        Phrases("gmx.spf", C.SENDER_UNAUTHENTICATED, (
            "reject due to spf policy",
        ), _WEBDE),
        # "Reject due to policy restrictions" (header, domain or IP based): the e-mail policy.
        Phrases("gmx.policy", C.POLICY_VIOLATION, (
            "reject due to policy restrictions",
        ), _POLICY, decisive=False),
        Phrases("gmx.rate-limit", C.RATE_LIMITED, ("rate limit reached",), _NEWS),
        # WEB.DE's help on bounces: a domain after the @ that does not exist comes back as
        # "Unrouteable domain" (or "Host unknown").
        Phrases("gmx.unrouteable-domain", C.HOST_UNKNOWN, ("unrouteable domain",),
                "https://web.de/email/tipps/posts/mailer-daemon/91/"),
        # 421/450 "Reject due to policy violations" (1&1/IONOS): the sending IP is blocked for a
        # poor delivery rate (mail to too many addresses that do not exist), for spam reports, or
        # (450) for a HELO name that keeps changing, as an infected host's does.
        Phrases("gmx.policy-violations", C.REPUTATION,
                ("reject due to policy violations",), _IONOS),
        # Documented as "recipient does not exist, or inactive for a long time".
        Phrases("gmx.storage", C.MAILBOX_FULL, (
            "exceeded storage allocation",
        ), _GMX),
    ),
)
