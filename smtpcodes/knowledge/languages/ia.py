"""Interlingua (ia): the notices of mailing-list managers in Interlingua. Source: GNU Mailman 2's
Interlingua catalogue (jaredmauch/mailman2-python3 messages/ia/), its hold and refusal reasons and its postheld and refuse
templates."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_MAILMAN2 = "jaredmauch/mailman2-python3:messages/ia/LC_MESSAGES/mailman.po"

LANGUAGE = Language(
    code="ia",
    name="Interlingua",
    phrases=(
        # Mailman 2's notice that a post is held until the list moderator reviews it (postheld.txt).
        Phrases("ia.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "es retenite usque le moderator",
        ), "jaredmauch/mailman2-python3:templates/ia/postheld.txt"),
        # Mailman 2's notice that the list moderator refused a request or post (refuse.txt).
        Phrases("ia.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "rejectate per le moderator",
        ), "jaredmauch/mailman2-python3:templates/ia/refuse.txt"),
        # Mailman 2's refusals of a post from a non-member or a banned sender.
        Phrases("ia.sender-rejected-mailman", C.SENDER_REJECTED, (
            "prohibite pro te inviar messages", "posta per non-membro", "non es permittite a non-membros",
        ), _MAILMAN2),
        # Mailman 2's refusals of a post larger than the list's size limit.
        Phrases("ia.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "message es troppo grande", "message esseva troppo grande",
        ), _MAILMAN2),
        # Mailman 2's hold reason: too many recipients to the message.
        Phrases("ia.too-many-recipients-mailman", C.RATE_LIMITED, (
            "troppo multe receptores",
        ), _MAILMAN2),
        # Mailman 2's content filter: a content type or file extension refused, nothing left after filtering.
        Phrases("ia.content-rejected-mailman", C.CONTENT_REJECTED, (
            "typo de contento del message", "extension de file del message", "le message esseva vacue",
        ), _MAILMAN2),
        # Mailman 2's hold and refusal reasons: a moderated list, an implicit destination, administrivia, a suspicious header, a moderator's refusal, an emergency hold, a filter rule.
        Phrases("ia.policy-violation-mailman", C.POLICY_VIOLATION, (
            "posta a lista moderate", "ha un destination implicite", "pote continer administrivia", "capite suspecte", "judicate como inappropriate", "copias cec", "moderate gruppo de novas", "stop de emergentia", "regula de filtro", "require approbation",
        ), _MAILMAN2),
    ),
)
