"""Postfix policy daemons that count mail: policyd-rate-limit, policyd-rate-guard, PolicyD v2
("Cluebringer", cbpolicyd, as Zimbra ships it) with its Quotas module, and iRedAPD (iRedMail's
policy daemon) with its greylisting plugin.

A policy daemon answers Postfix with an action and a text; Postfix sends the text after the
restriction's own prefix, so the same quota text reaches the client as ``450 4.7.1 <a@b>:
Sender address rejected: Deferring: Too many messages from sender in last 60`` when the daemon
sits in ``smtpd_sender_restrictions``. The daemons' fixed default texts are therefore tokens:
they name the reason (a sending quota over a period) and outrank the prefix, which only says
which restriction list fired. Sources: the daemons' sources and stock configurations, and
replies pasted on public pages.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Provider, Token

_RATE_LIMIT = "nitmir/policyd-rate-limit:policyd_rate_limit/config.py"
_RATE_GUARD = "onlime/policyd-rate-guard:app/handler.py"
_CBP_QUOTAS = "earnolmartin/EHCP-Force-Edition:ehcp/fixes/policyd/cbp/modules/Quotas.pm"
_ZIMBRA = ("https://itecnotes.com/server/zimbra-8-04-policyd-message-quota-is-been-counted-by-"
           "count-of-recipients")
_IREDAPD = "iredmail/iRedAPD:libs/default_settings.py"
_ACTIVE24 = "https://faq.active24.com/eng/588328-Common-e-mail-problems-Quota-exceeded-Greylisting"

PROVIDER = Provider(
    name="policyd",
    hosts=(),
    source="https://github.com/nitmir/policyd-rate-limit",
    tokens=(
        # fail_action's default ("defer_if_permit Rate limit reach, retry later"), and
        # policyd-rate-guard's ACTION_TEXT_BLOCKED default.
        Token("policyd.rate-limit-default", C.RATE_LIMITED, (
            "rate limit reach, retry later", "rate limit reached, retry later",
        ), f"{_RATE_LIMIT}; {_RATE_GUARD}"),
        # cbpolicyd Quotas: the verdict text when a quota has no Data of its own, and the Data
        # text of the quota Zimbra's cbpolicyd guides and installers set up.
        Token("policyd.cbpolicyd-quota", C.RATE_LIMITED, (
            "message count quota exceeded", "too many messages from sender in last",
        ), f"{_CBP_QUOTAS}; {_ZIMBRA}"),
        # iRedAPD's greylisting plugin: its default GREYLISTING_MESSAGE, sent with 451 4.7.1 to
        # a (client, sender, recipient) triplet it has not seen before.
        Token("policyd.iredapd-greylisting", C.GREYLISTED, (
            "intentional policy rejection, please try again later",
        ), f"{_IREDAPD}; iredmail/iRedAPD:plugins/greylisting.py"),
        # A hosting provider's outgoing-quota policy text, after "Recipient address rejected:".
        Token("policyd.policy-rejection-quota", C.RATE_LIMITED, (
            "policy rejection - quota exceeded",
        ), _ACTIVE24),
        # policyd-weight's $DNSERRMSG: the client IP has no reverse name and neither the HELO
        # name nor the sender's domain resolves, so it cannot score the client (450, retried).
        Token("policyd.weight-no-dns", C.REVERSE_DNS, (
            "no dns entries for your mta",
        ), "DavidGoodwin/policyd-weight:src/policyd-weight.pl"),
    ),
)
