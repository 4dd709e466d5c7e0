"""Haraka: the rejection its SMTP core (connection.js) gives a recipient that no rcpt plugin
accepted while relaying is off, and the bounce reasons of its outbound queue (outbound/hmail.js:
no usable MX for the domain, retries given up after too many temporary failures), and the refusals
of its spf and bounce plugins. Sources: the Haraka source (connection.js, outbound/hmail.js), its
plugin documentation (docs/Plugins.md) and the plugins' index.js."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

PROVIDER = Provider(
    name="haraka",
    hosts=(),
    source="https://haraka.github.io/",
    phrases=(
        Phrases("haraka.cannot-deliver", C.RELAY_DENIED, (
            "i cannot deliver mail for",
        ), "haraka/Haraka:docs/Plugins.md"),
        # outbound/hmail.js: temp_fail() gives up after the last retry interval.
        Phrases("haraka.too-many-failures", C.EXPIRED, (
            "too many failures",
        ), "haraka/Haraka:outbound/hmail.js"),
        # haraka-plugin-limit: max_recipients answers DENYSOFT once a connection has tried more
        # recipients than [recipients] max allows (its other texts are generic wording).
        Phrases("haraka.limit-recipients", C.RATE_LIMITED, (
            "too many recipient attempts",
        ), "haraka/haraka-plugin-limit:index.js"),
        Phrases("haraka.nowhere-to-deliver", C.HOST_UNKNOWN, (
            "nowhere to deliver mail to for domain",
        ), "haraka/Haraka:outbound/hmail.js"),
        # haraka-plugin-spf: the sender's SPF record is broken (PermError) or its lookup failed
        # (TempError, retried); the plugin's other texts ("SPF Fail", "SoftFail") are generic.
        Phrases("haraka.spf-error", C.SENDER_UNAUTHENTICATED, (
            "spf permanent error", "spf temporary error",
        ), "haraka/haraka-plugin-spf:index.js"),
        # haraka-plugin-bounce: the receiver's backscatter rules refuse a bounce (null sender) it
        # does not accept for the recipient, or one it judges invalid.
        Phrases("haraka.bounce-refused", C.POLICY_VIOLATION, (
            "bounces not accepted here", "does not accept bounces", "invalid bounce",
            "bounce with non-empty return-path",
        ), "haraka/haraka-plugin-bounce:index.js"),
    ),
)
