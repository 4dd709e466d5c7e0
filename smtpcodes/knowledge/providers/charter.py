"""Charter / Spectrum mail (charter.net, spectrum.net, twc.com, rr.com and the other Time Warner
Cable and Bright House domains, "cmsmtp" on its Cloudmark-run MX): the AUP# codes of its
rejections, AUP#I- (or AUP#In-) for mail coming in, AUP#O- (or AUP#Out-) for mail its customers
send, followed by four digits. Source: Spectrum "Understanding Email Error Codes"
(spectrum.net/support/internet/understanding-email-error-codes), read whole, and the replies below.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Provider, Token

_CODES = "https://www.spectrum.net/support/internet/understanding-email-error-codes"

_PREFIXES = ("aup#i-", "aup#in-", "aup#o-", "aup#out-", "aup#")


def _aup(*codes: range | int) -> tuple[str, ...]:
    """The written forms of the published codes (the table lists them in steps of ten)."""
    numbers = [n for c in codes for n in (c if isinstance(c, range) else (c,))]
    return tuple(f"{prefix}{n}" for n in numbers for prefix in _PREFIXES)


PROVIDER = Provider(
    name="charter",
    hosts=("charter.net", "charter.com", "spectrum.net", "twc.com", "rr.com", "brighthouse.com"),
    source=_CODES,
    tokens=(
        # 1010 "This email account has been blocked from sending emails due to suspicious
        # activity", 1020-1080 the account's access to send limited; 1500/1520 sending as an
        # address other than the one signed in with, or than a domain Spectrum hosts.
        Token("charter.sender-blocked", C.SENDER_REJECTED,
              _aup(range(1010, 1081, 10), 1500, 1520), _CODES),
        # 1350-1490 limits on messages sent, recipients, potential spam and invalid recipients;
        # 1540 too many in one session, 1550 too many recipients in one message, 1580 too many
        # recipients in a short period of time.
        Token("charter.rate", C.RATE_LIMITED,
              _aup(range(1350, 1491, 10), 1540, 1550, 1580), _CODES),
    ),
)
