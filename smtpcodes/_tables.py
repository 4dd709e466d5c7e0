"""Decision tables (data): enhanced codes and basic codes to categories, actions, retry advice.

Sources: shared/docs/taxonomy.md (the action table, verbatim), the IANA enhanced status code
registry and its notes in standards.md §2.5, Microsoft's documented vendor codes (5.7.606–5.7.649
banned IPs, 5.7.509 DMARC, 4.7.650 reputation, 5.4.316 expiry), and the retry practice of
RFC 5321 §4.5.4.1, Postfix, Exim, postgrey and milter-greylist (standards.md §3).
"""

from __future__ import annotations

from datetime import timedelta
from types import MappingProxyType
from typing import Final, NamedTuple, TypeVar

from smtpcodes.enums import Action, Category, Scope, Severity
from smtpcodes.texts.en import WORDS as _ENGLISH

__all__ = [
    "ACTIONS",
    "BASIC_CODE_CATEGORIES",
    "CATEGORY_PRIORITY",
    "DESCRIPTIONS",
    "ENHANCED_CATEGORIES",
    "NATURE",
    "PREFIXES",
    "RETRY_SCHEDULE",
    "SCOPES",
    "SEVERITY_WORDS",
    "TRANSIENT_ENHANCED_CATEGORIES",
    "EnhancedRule",
    "RetryRow",
]

C = Category
A = Action
S = Severity
W = Scope


class EnhancedRule(NamedTuple):
    """The category an enhanced code (without its class) means, and how specific it is."""

    category: Category
    specific: bool


def _specific(category: Category) -> EnhancedRule:
    return EnhancedRule(category, specific=True)


def _generic(category: Category) -> EnhancedRule:
    return EnhancedRule(category, specific=False)


ENHANCED_CATEGORIES: Final = MappingProxyType({
    # X.1.x addressing
    (1, 0): _generic(C.USER_UNKNOWN),  # "other address status": in practice a refused address
    (1, 1): _specific(C.USER_UNKNOWN),
    (1, 2): _specific(C.HOST_UNKNOWN),
    (1, 3): _specific(C.USER_UNKNOWN),  # bad address syntax: the address can never work
    (1, 4): _generic(C.USER_UNKNOWN),
    (1, 5): _specific(C.DELIVERED),
    (1, 6): _specific(C.HAS_MOVED),
    (1, 7): _specific(C.SENDER_REJECTED),
    (1, 8): _specific(C.SENDER_REJECTED),
    (1, 10): _specific(C.HOST_UNKNOWN),
    # X.2.x mailbox
    (2, 1): _specific(C.MAILBOX_DISABLED),
    (2, 2): _specific(C.MAILBOX_FULL),
    (2, 3): _specific(C.MESSAGE_TOO_LARGE),
    # X.3.x mail system
    (3, 0): _generic(C.SERVER_ERROR),
    (3, 1): _specific(C.SYSTEM_FULL),
    (3, 2): _specific(C.SERVICE_UNAVAILABLE),
    (3, 3): _specific(C.NOT_IMPLEMENTED),
    (3, 4): _specific(C.MESSAGE_TOO_LARGE),
    (3, 5): _specific(C.SERVER_ERROR),
    (3, 6): _specific(C.DELIVERED),
    # X.4.x network and routing
    (4, 0): _generic(C.NETWORK_ERROR),
    (4, 1): _specific(C.NETWORK_ERROR),
    (4, 2): _specific(C.NETWORK_ERROR),
    (4, 3): _specific(C.NETWORK_ERROR),
    (4, 4): _specific(C.HOST_UNKNOWN),  # unable to route: no usable MX or address
    (4, 5): _specific(C.SERVICE_UNAVAILABLE),
    (4, 6): _specific(C.NETWORK_ERROR),
    (4, 7): _specific(C.EXPIRED),
    # X.5.x protocol: servers use these loosely, so only X.5.3 is trusted over a phrase
    (5, 1): _generic(C.BAD_SEQUENCE),
    (5, 2): _generic(C.SYNTAX_ERROR),
    (5, 3): _specific(C.RATE_LIMITED),
    (5, 4): _generic(C.SYNTAX_ERROR),
    (5, 5): _generic(C.NOT_IMPLEMENTED),
    (5, 6): _generic(C.SYNTAX_ERROR),
    # X.6.x content
    (6, 0): _generic(C.CONTENT_REJECTED),
    **{(6, detail): _specific(C.CONTENT_REJECTED) for detail in range(1, 11)},
    # X.7.x security and policy
    (7, 1): _generic(C.POLICY_VIOLATION),
    (7, 2): _specific(C.POLICY_VIOLATION),
    (7, 3): _specific(C.CONTENT_REJECTED),
    (7, 4): _generic(C.TLS_REQUIRED),
    (7, 5): _specific(C.CONTENT_REJECTED),
    (7, 6): _specific(C.CONTENT_REJECTED),
    (7, 7): _specific(C.CONTENT_REJECTED),
    (7, 8): _specific(C.AUTH_FAILED),
    (7, 9): _specific(C.AUTH_FAILED),
    (7, 10): _specific(C.TLS_REQUIRED),
    (7, 11): _specific(C.TLS_REQUIRED),
    (7, 12): _specific(C.AUTH_FAILED),
    (7, 13): _specific(C.MAILBOX_DISABLED),
    (7, 14): _specific(C.AUTH_FAILED),
    (7, 15): _specific(C.POLICY_VIOLATION),
    (7, 16): _specific(C.MESSAGE_TOO_LARGE),
    (7, 17): _specific(C.USER_UNKNOWN),
    (7, 18): _specific(C.HOST_UNKNOWN),
    (7, 19): _specific(C.POLICY_VIOLATION),
    **{(7, detail): _specific(C.SENDER_UNAUTHENTICATED) for detail in range(20, 25)},
    (7, 25): _specific(C.REVERSE_DNS),
    (7, 26): _specific(C.SENDER_UNAUTHENTICATED),
    (7, 27): _specific(C.SENDER_REJECTED),
    (7, 28): _specific(C.REPUTATION),  # taxonomy.md: Gmail 4.7.28 is a reputation signal
    (7, 29): _specific(C.SENDER_UNAUTHENTICATED),
    (7, 30): _specific(C.TLS_REQUIRED),
    # Two Microsoft 365 codes read like registry codes: specific, yet a decisive phrase beside
    # them still decides (4.4.316 is often "connection refused", a network error, not expiry).
    (4, 14): _specific(C.NETWORK_ERROR),  # hop count exceeded, possible mail loop
    (4, 316): _specific(C.EXPIRED),
})
"""Category of an enhanced code of the IANA registry keyed by ``(subject, detail)``; X.0.0,
X.1.0, X.2.0, X.5.0 and X.7.0 say nothing and are absent. Providers' own codes (Microsoft's
5.7.509, 4.7.650, 5.7.511, 5.7.606-649…) are knowledge: ``CodeRule``s in
``knowledge/providers/``."""

TRANSIENT_ENHANCED_CATEGORIES: Final = MappingProxyType({
    # taxonomy.md: 450 4.2.1 is a receiving-rate limit (Gmail's "receiving mail at a rate that
    # prevents additional messages"); only the permanent 5.2.1 is a disabled mailbox.
    (2, 1): _specific(C.RATE_LIMITED),
})
"""Enhanced codes that mean something else in their transient (class 4) form."""

BASIC_CODE_CATEGORIES: Final = MappingProxyType({
    421: C.SERVICE_UNAVAILABLE,
    432: C.AUTH_FAILED,
    451: C.SERVER_ERROR,
    452: C.SYSTEM_FULL,
    454: C.AUTH_FAILED,
    455: C.SERVER_ERROR,
    500: C.SYNTAX_ERROR,
    501: C.SYNTAX_ERROR,
    502: C.NOT_IMPLEMENTED,
    503: C.BAD_SEQUENCE,
    504: C.NOT_IMPLEMENTED,
    521: C.SERVICE_UNAVAILABLE,
    523: C.TLS_REQUIRED,
    525: C.AUTH_FAILED,
    530: C.AUTH_REQUIRED,
    534: C.AUTH_FAILED,
    535: C.AUTH_FAILED,
    538: C.AUTH_FAILED,  # taxonomy.md lists 538 under auth_failed; its text names TLS
    551: C.HAS_MOVED,
    552: C.MAILBOX_FULL,  # "exceeded storage allocation"; size limits say so in the text
    553: C.USER_UNKNOWN,  # "mailbox name not allowed"; at MAIL it is the sender's address
    555: C.NOT_IMPLEMENTED,
    556: C.HOST_UNKNOWN,
    571: C.POLICY_VIOLATION,
})
"""What a basic code means when nothing more specific was read; 2xx and 3xx by their digit.
450, 550 and 554 are absent: alone they do not say why."""

_T = TypeVar("_T")


def _by_severity(table: dict[tuple[Category, ...], tuple[_T, _T, _T]]) -> dict[
        tuple[Severity, Category], _T]:
    """A taxonomy.md table (categories -> permanent, transient, unknown columns) keyed by
    ``(severity, category)``; a success or intermediate code with a failure category (rare,
    contradictory input) reads the unknown column."""
    return {
        (severity, category): value
        for categories, values in table.items()
        for category in categories
        for column, value in zip(
            ((S.PERMANENT,), (S.TRANSIENT,), (S.UNKNOWN, S.SUCCESS, S.INTERMEDIATE)),
            values,
            strict=True,
        )
        for severity in column
    }


_PERMANENT_TRANSIENT_UNKNOWN: Final = {
    (C.USER_UNKNOWN, C.MAILBOX_DISABLED, C.HOST_UNKNOWN, C.HAS_MOVED):
        (A.SUPPRESS, A.RETRY, A.SUPPRESS),
    (C.MAILBOX_FULL, C.RATE_LIMITED, C.TOO_MANY_CONNECTIONS, C.GREYLISTED, C.SYSTEM_FULL):
        (A.RETRY, A.RETRY, A.RETRY),
    (C.RELAY_DENIED, C.SENDER_REJECTED, C.AUTH_FAILED, C.BLOCKLISTED, C.REPUTATION):
        (A.FIX_SENDER, A.RETRY, A.FIX_SENDER),
    (C.AUTH_REQUIRED, C.SENDER_UNAUTHENTICATED, C.REVERSE_DNS, C.TLS_REQUIRED):
        (A.FIX_SENDER, A.FIX_SENDER, A.FIX_SENDER),
    (C.SPAM_CONTENT, C.VIRUS, C.CONTENT_REJECTED, C.MESSAGE_TOO_LARGE):
        (A.FIX_MESSAGE, A.FIX_MESSAGE, A.FIX_MESSAGE),
    (C.SYNTAX_ERROR, C.BAD_SEQUENCE, C.NOT_IMPLEMENTED):
        (A.FIX_CLIENT, A.FIX_CLIENT, A.FIX_CLIENT),
    (C.POLICY_VIOLATION,): (A.INVESTIGATE, A.RETRY, A.INVESTIGATE),
    (C.SERVICE_UNAVAILABLE, C.SERVER_ERROR, C.NETWORK_ERROR): (A.INVESTIGATE, A.RETRY, A.RETRY),
    (C.EXPIRED,): (A.INVESTIGATE, A.INVESTIGATE, A.INVESTIGATE),
    (C.UNKNOWN,): (A.INVESTIGATE, A.RETRY, A.INVESTIGATE),
    (C.DELIVERED,): (A.NONE, A.NONE, A.NONE),
    (C.INTERMEDIATE,): (A.CONTINUE, A.CONTINUE, A.CONTINUE),
}

ACTIONS: Final = MappingProxyType(_by_severity(_PERMANENT_TRANSIENT_UNKNOWN))
"""taxonomy.md's default action table: ``(severity, category) -> action``. A success or
intermediate code with a failure category (rare, contradictory input) follows the unknown column."""


_SCOPE_PERMANENT_TRANSIENT_UNKNOWN: Final = {
    (C.USER_UNKNOWN, C.MAILBOX_DISABLED, C.MAILBOX_FULL, C.HAS_MOVED, C.GREYLISTED, C.EXPIRED,
     C.POLICY_VIOLATION): (W.RECIPIENT, W.RECIPIENT, W.RECIPIENT),
    (C.HOST_UNKNOWN, C.SERVICE_UNAVAILABLE, C.SERVER_ERROR, C.SYSTEM_FULL, C.NETWORK_ERROR,
     C.RATE_LIMITED, C.TOO_MANY_CONNECTIONS): (W.DOMAIN, W.DOMAIN, W.DOMAIN),
    (C.BLOCKLISTED, C.REPUTATION): (W.SENDER, W.DOMAIN, W.SENDER),
    (C.RELAY_DENIED, C.SENDER_REJECTED, C.AUTH_REQUIRED, C.AUTH_FAILED,
     C.SENDER_UNAUTHENTICATED, C.REVERSE_DNS, C.TLS_REQUIRED): (W.SENDER, W.SENDER, W.SENDER),
    (C.SPAM_CONTENT, C.VIRUS, C.CONTENT_REJECTED, C.MESSAGE_TOO_LARGE):
        (W.MESSAGE, W.MESSAGE, W.MESSAGE),
    (C.SYNTAX_ERROR, C.BAD_SEQUENCE, C.NOT_IMPLEMENTED): (W.SESSION, W.SESSION, W.SESSION),
    (C.DELIVERED, C.INTERMEDIATE, C.UNKNOWN): (W.NONE, W.NONE, W.NONE),
}

SCOPES: Final = MappingProxyType(_by_severity(_SCOPE_PERMANENT_TRANSIENT_UNKNOWN))
"""taxonomy.md's scope table: ``(severity, category) -> scope``, read like :data:`ACTIONS`."""


CATEGORY_PRIORITY: Final = (
    C.GREYLISTED, C.SENDER_UNAUTHENTICATED, C.SENDER_REJECTED, C.TLS_REQUIRED,
    C.CONTENT_REJECTED, C.AUTH_REQUIRED, C.AUTH_FAILED, C.RELAY_DENIED, C.REVERSE_DNS,
    C.BLOCKLISTED, C.REPUTATION, C.VIRUS, C.SPAM_CONTENT, C.POLICY_VIOLATION,
    C.MESSAGE_TOO_LARGE, C.TOO_MANY_CONNECTIONS, C.RATE_LIMITED, C.MAILBOX_FULL,
    C.MAILBOX_DISABLED, C.HAS_MOVED, C.HOST_UNKNOWN, C.USER_UNKNOWN, C.SERVER_ERROR,
    C.SYSTEM_FULL, C.NETWORK_ERROR, C.SYNTAX_ERROR, C.NOT_IMPLEMENTED, C.EXPIRED,
    C.BAD_SEQUENCE, C.SERVICE_UNAVAILABLE, C.DELIVERED, C.INTERMEDIATE, C.UNKNOWN,
)
"""Which category wins when two pieces of evidence of the same level disagree: the more
specific reading first (a failed SPF/DKIM/DMARC check before the sender refusal it caused, a
refused sender before a missing mailbox, a blocklist before a reputation before spam, a full
mailbox before a missing one). Causes come before consequences:
the error that made retries run out before ``expired`` (qmail's "I'm not going to try again"
follows the reason it gives), and any refusal before the ``503`` "need RCPT command" that a
client gets after its recipients were refused (RFC 5321 §3.3)."""

_NATURES: Final = {
    S.TRANSIENT: (C.GREYLISTED, C.RATE_LIMITED, C.TOO_MANY_CONNECTIONS, C.SYSTEM_FULL,
                  C.NETWORK_ERROR, C.SERVICE_UNAVAILABLE, C.MAILBOX_FULL, C.SERVER_ERROR),
    S.PERMANENT: (C.USER_UNKNOWN, C.HOST_UNKNOWN, C.MAILBOX_DISABLED, C.HAS_MOVED, C.EXPIRED,
                  C.RELAY_DENIED, C.SENDER_REJECTED, C.SENDER_UNAUTHENTICATED, C.REVERSE_DNS,
                  C.BLOCKLISTED, C.REPUTATION, C.SPAM_CONTENT, C.VIRUS, C.CONTENT_REJECTED,
                  C.MESSAGE_TOO_LARGE, C.AUTH_REQUIRED, C.AUTH_FAILED, C.TLS_REQUIRED,
                  C.POLICY_VIOLATION, C.SYNTAX_ERROR, C.BAD_SEQUENCE, C.NOT_IMPLEMENTED),
    S.SUCCESS: (C.DELIVERED,),
    S.INTERMEDIATE: (C.INTERMEDIATE,),
    S.UNKNOWN: (C.UNKNOWN,),
}

NATURE: Final = MappingProxyType({
    category: severity for severity, categories in _NATURES.items() for category in categories
})
"""Each category's usual severity, used when the input states none (``Mailbox full`` alone):
conditions that clear by themselves (a full mailbox, a limit, greylisting, a busy or broken
server) are transient; refusals that need someone to change something are permanent."""


SEVERITY_WORDS: Final = (
    # Gmail's notices: "Delivery to the following recipient failed permanently", "Technical
    # details of permanent failure", "Technical details of temporary failure", "Delivery to the
    # following recipient has been delayed" (support.google.com/mail/answer/6596).
    ("failed permanently", S.PERMANENT), ("permanent failure", S.PERMANENT),
    ("temporary failure", S.TRANSIENT), ("has been delayed", S.TRANSIENT),
    # qmail-send: "This is a permanent error; I've given up." (notqmail/notqmail:qmail-send.c);
    # Exim's and Exchange's delay notices: "This is a temporary error" / "This message is
    # still in the queue" (Exim-org/exim:src/src/deliver.c warning message).
    ("permanent error", S.PERMANENT), ("temporary error", S.TRANSIENT),
    # Postfix's qmgr puts "delivery temporarily suspended: <reason>" before the reason a whole
    # destination is deferred for (vdukhovni/postfix:postfix/src/qmgr/qmgr_queue.c).
    ("delivery temporarily suspended", S.TRANSIENT),
)
"""What a reply's (or its wrapper's) words say of its severity when it carries no code at all
("delivery temporarily suspended: Host or domain name not found"): the first of these in the
text decides, before the category's usual nature."""


class RetryRow(NamedTuple):
    """When to try again for one category, and when to give up."""

    after: timedelta
    give_up_after: timedelta


_M = timedelta(minutes=1)
_H = timedelta(hours=1)
_D = timedelta(days=1)

RETRY_SCHEDULE: Final = MappingProxyType({
    # greylisting passes after postgrey's 300 s (milter-greylist: 30 min); postgrey keeps
    # the triplet for 2 days.
    C.GREYLISTED: RetryRow(5 * _M, 2 * _D),
    C.TOO_MANY_CONNECTIONS: RetryRow(5 * _M, 5 * _D),
    C.SERVICE_UNAVAILABLE: RetryRow(5 * _M, 5 * _D),  # Postfix minimal_backoff_time
    C.NETWORK_ERROR: RetryRow(5 * _M, 5 * _D),
    C.SERVER_ERROR: RetryRow(15 * _M, 5 * _D),
    C.SYSTEM_FULL: RetryRow(30 * _M, 5 * _D),
    C.RATE_LIMITED: RetryRow(1 * _H, 2 * _D),
    C.REPUTATION: RetryRow(1 * _H, 2 * _D),
    C.BLOCKLISTED: RetryRow(1 * _H, 2 * _D),
    # SendGrid and Mailchimp stop retrying a full mailbox after about 72 hours.
    C.MAILBOX_FULL: RetryRow(1 * _H, 3 * _D),
    C.AUTH_FAILED: RetryRow(15 * _M, 1 * _D),
})
"""Retry timing per category; every other category retries after RFC 5321 §4.5.4.1's 30
minutes and gives up after its 5 days (Postfix's ``maximal_queue_lifetime``)."""

DEFAULT_RETRY: Final = RetryRow(30 * _M, 5 * _D)

DESCRIPTIONS: Final = _ENGLISH.descriptions
"""One English line per category, the start of ``Classification.description``; the text lives
in :mod:`smtpcodes.texts.en` with the other languages'."""

PREFIXES: Final = _ENGLISH.severity_prefixes
"""The English severity prefix of ``Classification.description`` (``Temporary failure``)."""
