"""Asturian (ast): the notices of mailing-list managers in Asturian. Source: GNU Mailman 2's
Asturian catalogue (jaredmauch/mailman2-python3 messages/ast/), its hold and refusal reasons and its postheld and refuse
templates."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_MAILMAN2 = "jaredmauch/mailman2-python3:messages/ast/LC_MESSAGES/mailman.po"

LANGUAGE = Language(
    code="ast",
    name="Asturian",
    phrases=(
        # Mailman 2's notice that a post is held until the list moderator reviews it (postheld.txt).
        Phrases("ast.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "llendador de la llista lu revise",
        ), "jaredmauch/mailman2-python3:templates/ast/postheld.txt"),
        # Mailman 2's refusals of a post from a non-member or a banned sender.
        Phrases("ast.sender-rejected-mailman", C.SENDER_REJECTED, (
            "tienes prohibío unviar mensaxes", "mensaxe de un non-miembru", "nun se-yos permite mandar mensaxes",
        ), _MAILMAN2),
        # Mailman 2's refusals of a post larger than the list's size limit.
        Phrases("ast.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "mensax ye pergrande",
        ), _MAILMAN2),
        # Mailman 2's hold reason: too many recipients to the message.
        Phrases("ast.too-many-recipients-mailman", C.RATE_LIMITED, (
            "abondos destinatarios",
        ), _MAILMAN2),
        # Mailman 2's content filter: a content type or file extension refused, nothing left after filtering.
        Phrases("ast.content-rejected-mailman", C.CONTENT_REJECTED, (
            "triba de conteníu del mensax", "estensión del axuntu del mensax", "el mensax quedó ermu",
        ), _MAILMAN2),
        # Mailman 2's hold and refusal reasons: a moderated list, an implicit destination, administrivia, a suspicious header, a moderator's refusal, an emergency hold, a filter rule.
        Phrases("ast.policy-violation-mailman", C.POLICY_VIOLATION, (
            "unvíu a una llista llendada", "nun va empobináu esplícitamente a la llista", "puede caltener solicitudes alministratives", "testera sospechosa", "consideróse inapropiáu pol llendador", "copies tapecides", "grupu de noticies moderáu", "bloquéu d'emerxencia", "regla de peñera", "llista restrinxida precisa d'aprobación",
        ), _MAILMAN2),
    ),
)
