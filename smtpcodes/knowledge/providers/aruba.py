"""Aruba (Italy) and its group's mail platform: Aruba Hosting, Aruba Business, Aruba Cloud, Forpsi.

The group's SMTP servers (``smtp.aruba.it``, ``smtp.forpsi.com``) answer with a session id and a
short reason: ``552 5.2.0 <id> spam detected``, ``550 5.1.0 <id> blocked by SPF``, ``5.1.0 <id>
policy violation``, ``5.1.1 <id> invalid destination domain`` (the recipient's domain has neither
an MX nor an A record). Sources: Aruba Business's "Errori comuni durante l'invio e la ricezione
della posta", Aruba Cloud Poland's guide to its SMTP server's DNS checks, and Forpsi/konto.pl's
help on the ``policy violation`` refusal that links its knowledge-base articles a4081 and a4075:
more than 100 messages in an hour from one public IP, over half of them undeliverable, block the
IP's SMTP access for 60 minutes.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_ARUBA_BUSINESS = (
    "https://guide.arubabusiness.it/email/configurazioni-email-arubabusiness/"
    "errori-comuni-invio-ricezione-posta"
)
_ARUBACLOUD_PL = (
    "https://support.arubacloud.pl/kb/a2839/"
    "konfiguracja-serwera-smtp-sprawdzenie-rekordow-dns.aspx"
)
_KONTO_PL = (
    "https://support.konto.pl/kb/a2765/blad-policy-violation-e-maile-w-kolejce-z-adresu-ip.aspx"
)

PROVIDER = Provider(
    name="aruba",
    hosts=(
        "aruba.it", "arubabusiness.it", "arubacloud.com", "arubacloud.pl", "forpsi.com",
        "forpsi.pl", "konto.pl",
    ),
    source=_ARUBA_BUSINESS,
    tokens=(
        # The knowledge-base pages the "policy violation" refusal links: too many messages
        # (and too many undeliverable) from one IP within the hour; lifted after 60 minutes.
        Token("aruba.forpsi-policy-kb", C.RATE_LIMITED, (
            "support.forpsi.com/kb/a4081", "support.forpsi.com/kb/a4075",
        ), _KONTO_PL),
    ),
    phrases=(
        Phrases("aruba.invalid-destination-domain", C.HOST_UNKNOWN, (
            "invalid destination domain",
        ), _ARUBACLOUD_PL),
    ),
)
