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
        # connection.js: the core's own texts when a helo/ehlo or data hook plugin returns DENY or
        # DENYSOFT without a message ("550 HELO denied", "554 Message denied", "450 Message denied
        # temporarily"): some local plugin refused, no blocklist is named.
        Phrases("haraka.plugin-denied", C.POLICY_VIOLATION, (
            "helo denied",
            "ehlo denied",
            "message denied",
        ), "haraka/Haraka:connection.js"),
        # haraka-plugin-helo.checks: its HELO refusals that name no DNS or syntax reason of their
        # own (a second HELO naming another host, a "big company" name from the wrong network,
        # HELO after EHLO or the reverse): the site's HELO policy.
        Phrases("haraka.helo-checks", C.POLICY_VIOLATION, (
            "helo host host_mismatch",
            "you are not who you say you are",
            "helo protocol mismatch",
            "ehlo protocol mismatch",
        ), "haraka/haraka-plugin-helo.checks:index.js"),
        # haraka-plugin-helo.checks: "501 5.5.4 HELO/EHLO argument invalid - HELO hostname contains
        # non-ASCII characters (RFC 5321 2.3.5)": a malformed HELO argument, not message content.
        Phrases("haraka.helo-not-ascii", C.SYNTAX_ERROR, (
            "helo hostname contains non-ascii characters",
        ), "haraka/haraka-plugin-helo.checks:index.js"),
        # haraka-plugin-mail_from.is_resolvable: the MX lookup of the sender's domain failed for
        # now ("450 Temp. resolver error (ETIMEOUT)").
        Phrases("haraka.resolver-tempfail", C.NETWORK_ERROR, (
            "temp. resolver error",
        ), "haraka/haraka-plugin-mail_from.is_resolvable:index.js"),
        # haraka-plugin-karma: the default deny message, "very bad karma score: <score>": the
        # client's history of good and bad connections (its reputation) is below the limit.
        Phrases("haraka.karma", C.REPUTATION, (
            "very bad karma score",
        ), "haraka/haraka-plugin-karma:index.js"),
        # plugins/prevent_credential_leaks.js: the message body holds the sender's own
        # username and password.
        Phrases("haraka.credential-leak", C.CONTENT_REJECTED, (
            "credential leak detected",
        ), "haraka/Haraka:plugins/prevent_credential_leaks.js"),
        # plugins/queue/smtp_forward.js: recipients bound for different forwarding hosts must
        # come in separate transactions (DENYSOFT): send the rest again.
        Phrases("haraka.split-transaction", C.RATE_LIMITED, (
            "split transaction, retry soon",
        ), "haraka/Haraka:plugins/queue/smtp_forward.js"),
        # outbound/hmail.js: the TLS certificate of the destination failed the verification
        # the configuration demands (tls.ini force/verify), so the delivery is deferred.
        Phrases("haraka.outbound-tls-verify", C.TLS_REQUIRED, (
            "host failed tls verification required by configuration",
        ), "haraka/Haraka:outbound/hmail.js"),
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
