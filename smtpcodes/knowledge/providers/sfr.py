"""SFR (sfr.fr, neuf.fr, club-internet.fr, cegetel.net, numericable.fr …; one MX, smtp-in.sfr.fr).

SFR's inbound filter blocks abusive IPs with "Client host rejected: Abus detecte GU_EIB_02"
(or ``_04``). SFR also documents ``SFR_IN_<d><nn>`` codes (01 too much spam, 02 virus, 03 SMTP
protocol errors, 04 too many unknown users, 05 volume limit; two-hour blocks), but no real reply
carrying one was found, so they are not listed yet. Sources: Postmastery's SFR pages (GU_EIB and
SFR_IN_xxx codes).
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Provider, Token

_IN = "https://www.postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx/"
_EIB = ("https://www.postmastery.com/fr/delivrabilite-sfr-explications-sur-les-codes-derreur-"
        "gu_eib-et-sur-les-seuils-utilises-updated/")


PROVIDER = Provider(
    name="sfr",
    hosts=("sfr.fr", "neuf.fr", "club-internet.fr", "cegetel.net", "numericable.fr", "noos.fr",
           "9online.fr", "smtp-in.sfr.fr"),
    source=_IN,
    tokens=(
        # "Client host rejected: Abus detecte GU_EIB_02/_04": the IP is blocked for abuse.
        Token("sfr.gu-eib", C.BLOCKLISTED, ("gu_eib_02", "gu_eib_04"), _EIB),
    ),
)
