"""Courier MTA: the replies of its SMTP server and submit process (courieresmtpd, submit) that
name their reason in Courier's own words: its RFC 821 syntax refusal and unknown-command reply,
and the refusal of an address recently failing delivery (backscatter suppression). Sources: the
Courier source (courier/courier/module.esmtp/courieresmtpd.C, courier/courier/submit.C), its FAQ,
and the replies seen in its FAQ and in administrators' logs."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_ESMTPD = "svarshavchik/courier:courier/courier/module.esmtp/courieresmtpd.C"
_SUBMIT = "svarshavchik/courier:courier/courier/submit.C"

PROVIDER = Provider(
    name="courier",
    hosts=(),
    source="https://www.courier-mta.org/",
    phrases=(
        Phrases("courier.syntax", C.SYNTAX_ERROR, (
            "your mail software violates rfc 821",
            "esmtp command error",
        ), _ESMTPD),
        # submit.C trackaddress(): delivery to this address failed (556) or was deferred (456)
        # recently, so Courier refuses further mail to it (courier(8), "backscatter").
        Phrases("courier.address-unavailable", C.USER_UNKNOWN, (
            "address unavailable",
            "address temporarily unavailable",
        ), _SUBMIT, decisive=False),
    ),
)
