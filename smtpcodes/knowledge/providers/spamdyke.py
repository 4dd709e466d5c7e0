"""spamdyke, the qmail-smtpd filter (used by Plesk's qmail): the rejections it writes itself,
all with one wording per reason (spamdyke.h, "554 Refused. ..."). Most read as the generic wording
already (graylisted, reverse DNS, blacklists, authentication); what the generic wording misses or
misreads is below: its relay refusal, the early talker, an unqualified recipient, DATA with no
valid recipient, and its reject-all and recipient blacklist. Source: the spamdyke source tree
(spamdyke/spamdyke.h)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_H = "chrisboulton/spamdyke:spamdyke/spamdyke.h"

PROVIDER = Provider(
    name="spamdyke",
    hosts=(),
    source="https://www.spamdyke.org/",
    phrases=(
        # ERROR_RELAYING_DENIED: an unauthenticated client addressed a remote domain.
        Phrases("spamdyke.relaying", C.RELAY_DENIED, (
            "sending to remote addresses (relaying) is not allowed",
        ), _H),
        # ERROR_EARLYTALKER: the client sent before the greeting (or the reply) arrived.
        Phrases("spamdyke.earlytalker", C.BAD_SEQUENCE, (
            "you are not following the smtp protocol",
        ), _H),
        # ERROR_RCPT_TO_LOCAL: a recipient address without a domain.
        Phrases("spamdyke.unqualified-recipient", C.SYNTAX_ERROR, (
            "try supplying a domain name",
        ), _H),
        # ERROR_ZERO_RECIPIENTS: DATA although no recipient was accepted.
        Phrases("spamdyke.zero-recipients", C.BAD_SEQUENCE, (
            "you must specify at least one valid recipient",
        ), _H, decisive=False),
        # ERROR_UNCONDITIONAL ("Mail is not being accepted.", reject-all) and
        # ERROR_RECIPIENT_BLACKLISTED ("... at this address."): the administrator refuses it.
        Phrases("spamdyke.not-accepted", C.POLICY_VIOLATION, (
            "mail is not being accepted",
        ), _H),
    ),
)
