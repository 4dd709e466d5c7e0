"""T-Online (Deutsche Telekom's mailboxes): refusals at connect, from its postmaster pages.

The mail exchangers answer ``554 IP=<ip> - <reason> … (<TAG>)``; the tag and the contact address
name the reason: ``(BL)`` with ``tosa@rx.t-online.de`` (blocked for abuse), ``(DIAL)`` with
``toda@rx.t-online.de`` (dial-up/transient IP or no imprint for the host), ``(NOWL)`` "None/bad
reputation" (unknown or bad reputation, not on the whitelist). Sources: postmaster.t-online.de
(§4.6, §4.7 and §4.11: refusals at SMTP level, whitelist) and hosters' notes quoting the replies.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_PM = "https://postmaster.t-online.de/index.en.html"
_DIAL = "https://help.creoline.com/en/doc/t-online-554-dialuptransient-ip-not-allowed-zVwMz4z866"
_NOWL = "https://timmehosting.de/leitfaden-wenn-t-online-e-mails-blockiert-ursachen-und-loesungen"
_QUOTA = "https://edvservice.bayern/t-online-kein-versand-von-emails-moeglich-send-quota-exceeded/"

PROVIDER = Provider(
    name="tonline",
    hosts=("t-online.de", "rx.t-online.de", "magenta.de", "telekom.de"),
    source=_PM,
    tokens=(
        # (BL): the IP was blocked; ask tosa@ to clarify.
        Token("tonline.bl", C.BLOCKLISTED, ("tosa@rx.t-online.de",), _PM),
        # (DIAL): dial-up or transient IP, or a host without an imprint.
        Token("tonline.dial", C.BLOCKLISTED, (
            "toda@rx.t-online.de", "dialup/transient ip not allowed",
        ), _DIAL),
        # (NOWL): no or bad reputation; not (yet) whitelisted.
        Token("tonline.nowl", C.REPUTATION, ("none/bad reputation", "nowl)"), _NOWL),
    ),
    phrases=(
        # The outgoing server's "550 Send quota exceeded": the daily or monthly sending quota
        # of the T-Online mailbox is used up; sending works again after a wait.
        Phrases("tonline.send-quota", C.RATE_LIMITED, ("send quota exceeded",), _QUOTA),
    ),
)
