"""GoDaddy Workplace Email and its hosted MX (*.secureserver.net, "bizsmtp"/"IBSMTP"): the IB###
codes its rejections end with (IB1xx connection and block-list refusals, IB2xx/IB7xx content,
IB5xx/IB6xx sender, From: header and rate limits, IB401 authentication on an inbound server).
Sources: GoDaddy Help "Fix rejected email with a bounce error" (godaddy.com/help/40685, formerly
"What does my email bounceback mean?" 3568), read whole, with the example replies it lists.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Provider, Token

_HELP = "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685"

PROVIDER = Provider(
    name="godaddy",
    hosts=("secureserver.net", "smtp.secureserver.net", "mailstore1.secureserver.net"),
    source=_HELP,
    tokens=(
        # "535 Authentication not allowed on IBSMTP Servers. IB401": a client authenticating
        # against the inbound MX instead of smtpout.secureserver.net.
        Token("godaddy.ib-auth", C.AUTH_FAILED, ("ib401",), _HELP),
        # IB501 blank From:, IB502 an IP address as the From: address.
        Token("godaddy.ib-from-header", C.CONTENT_REJECTED, ("ib501", "ib502"), _HELP),
        # IB506 "From: Domain is invalid" (no MX or A record, or its DNS lookup failed).
        Token("godaddy.ib-sender-domain", C.SENDER_REJECTED, ("ib506",), _HELP),
        Token("godaddy.ib-spf", C.SENDER_UNAUTHENTICATED, ("ib508",), _HELP),
        Token("godaddy.ib-rdns", C.REVERSE_DNS, ("ib108",), _HELP),
        Token("godaddy.ib-spam", C.SPAM_CONTENT, ("ib212",), _HELP),
        Token("godaddy.ib-virus", C.VIRUS, ("ib705",), _HELP),
        Token("godaddy.ib-sessions", C.TOO_MANY_CONNECTIONS, ("ib007",), _HELP),
        # IB504 too many messages this hour, IB510 max messages per session, IB605 too many
        # recipients in one message, IB607 too many recipients this hour.
        Token("godaddy.ib-rate", C.RATE_LIMITED, ("ib504", "ib510", "ib605", "ib607"), _HELP),
        # IB110/IB111 the IP blocked for an hour / the day for sending spam, IB112/IB113 for
        # mailing too many invalid recipients; IB104-IB106 listed on Spamhaus SBL, XBL, PBL.
        Token("godaddy.ib-blocked", C.BLOCKLISTED,
              ("ib104", "ib105", "ib106", "ib110", "ib111", "ib112", "ib113"), _HELP),
    ),
)
