"""Occitan (oc): the notices of mailing-list managers in Occitan. Sources: Sympa's Occitan catalogue
(sympa-community/sympa po/sympa/oc.po) and Mailman 3's (osstech-jp/mailman messages/oc/)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_SYMPA = "sympa-community/sympa:po/sympa/oc.po"
_MAILMAN3 = "osstech-jp/mailman:src/mailman/messages/oc/LC_MESSAGES/mailman.po"

LANGUAGE = Language(
    code="oc",
    name="Occitan",
    phrases=(
        # Sympa's answers for a list it does not know.
        Phrases("oc.user-unknown-sympa", C.USER_UNKNOWN, (
            "lista desconeguda", "lista es desconeguda", "es pas una lista de difusion coneguda",
        ), _SYMPA),
        # Sympa's refusals of a post: authorization denied, distribution not allowed or reserved
        # to the local domain or to subscribers.
        Phrases("oc.sender-rejected-sympa", C.SENDER_REJECTED, (
            "messatge : error d'autorizacion", "dins aquesta lista es pas permés",
            "reservada als membres del domèni local", "reservat als abonats e als membres",
        ), _SYMPA),
        # Sympa's notices of a post forwarded to the moderators or refused by one.
        Phrases("oc.policy-violation-sympa", C.POLICY_VIOLATION, (
            "transmés al(s) moderator(s)", "es refusat per",
        ), _SYMPA),
        # Sympa's refusal of a multipart message on a list that does not take them.
        Phrases("oc.content-rejected-sympa", C.CONTENT_REJECTED, (
            'messatges "multipart" son pas autorizats',
        ), _SYMPA),
        # Mailman 3's no_subject rule: the post has no subject.
        Phrases("oc.content-rejected-mailman3-core", C.CONTENT_REJECTED, (
            "lo messatge a pas cap de subjècte",
        ), _MAILMAN3),
    ),
)
