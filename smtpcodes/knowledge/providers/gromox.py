"""gromox, grommunio's groupware server, whose delivery agent (mda/smtp) answers with a fixed
table of replies (resource.cpp). Most read as the generic wording already; below are those it
words its own way: too many failed AUTH attempts, a per-connection message limit, a HELO that is
not a fully-qualified name, DATA with no valid recipient, and its relay refusal ("Relay from your
IP address <ip> is denied"). Source: the gromox source tree (mda/smtp/resource.cpp)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_RES = "grommunio/gromox:mda/smtp/resource.cpp"

PROVIDER = Provider(
    name="gromox",
    hosts=(),
    source="https://grommunio.com/",
    phrases=(
        Phrases("gromox.auth-failures", C.AUTH_FAILED, (
            "authentication has failed too many times",
        ), _RES),
        Phrases("gromox.transactions", C.RATE_LIMITED, (
            "too many mail transactions in the same connection",
        ), _RES),
        Phrases("gromox.helo", C.POLICY_VIOLATION, (
            "invalid ehlo/helo fqdn host",
        ), _RES),
        Phrases("gromox.no-recipients", C.BAD_SEQUENCE, (
            "no valid recipients",
        ), _RES, decisive=False),
        # The client's address (or its reverse name) may not relay through this host.
        Phrases("gromox.relay", C.RELAY_DENIED, (
            "relay from your ip address", "relay from your addr",
        ), _RES),
    ),
)
