"""Esperanto (eo): the notices of mailing-list managers in Esperanto. Source: GNU Mailman 2's
Esperanto catalogue (jaredmauch/mailman2-python3 messages/eo/), its hold and refusal reasons and its postheld and refuse
templates. Also: Mailman 3's rejection notice (osstech-jp/mailman templates/eo/)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Language, Phrases

_MAILMAN2 = "jaredmauch/mailman2-python3:messages/eo/LC_MESSAGES/mailman.po"

LANGUAGE = Language(
    code="eo",
    name="Esperanto",
    phrases=(
        # Mailman 3's notice that a post was rejected, with the reasons (list:user:notice:rejected.txt).
        Phrases("eo.policy-violation-mailman3-rejected", C.POLICY_VIOLATION, (
            "estis malakceptita pro la jeno",
        ), "osstech-jp/mailman:src/mailman/templates/eo/list:user:notice:rejected.txt"),
        # Mailman 2's notice that a post is held until the list moderator reviews it (postheld.txt).
        Phrases("eo.policy-violation-mailman-postheld", C.POLICY_VIOLATION, (
            "estas retenata ĝis la moderiganto",
        ), "jaredmauch/mailman2-python3:templates/eo/postheld.txt"),
        # Mailman 2's notice that the list moderator refused a request or post (refuse.txt).
        Phrases("eo.policy-violation-mailman-refused", C.POLICY_VIOLATION, (
            "malakceptis la moderiganto",
        ), "jaredmauch/mailman2-python3:templates/eo/refuse.txt"),
        # Mailman 2's refusals of a post from a non-member or a banned sender.
        Phrases("eo.sender-rejected-mailman", C.SENDER_REJECTED, (
            "malpermesis al vi sendi", "poŝto de neabonanto", "neabonantoj ne rajtas sendi",
        ), _MAILMAN2),
        # Mailman 2's refusals of a post larger than the list's size limit.
        Phrases("eo.message-too-large-mailman", C.MESSAGE_TOO_LARGE, (
            "mesaĝo estas tro granda", "mesaĝo estis tro granda",
        ), _MAILMAN2),
        # Mailman 2's hold reason: too many recipients to the message.
        Phrases("eo.too-many-recipients-mailman", C.RATE_LIMITED, (
            "tro multaj ricevontoj",
        ), _MAILMAN2),
        # Mailman 2's content filter: a content type or file extension refused, nothing left after filtering.
        Phrases("eo.content-rejected-mailman", C.CONTENT_REJECTED, (
            "enhavo-speco de la mesaĝo", "dosier-sufikso de la mesaĝo", "la mesaĝo estis malplena",
        ), _MAILMAN2),
        # Mailman 2's hold and refusal reasons: a moderated list, an implicit destination, administrivia, a suspicious header, a moderator's refusal, an emergency hold, a filter rule.
        Phrases("eo.policy-violation-mailman", C.POLICY_VIOLATION, (
            "poŝto al moderigata listo", "ne estis klare sendita al la listo", "instrukciojn celantajn la mastrumantan servilon", "suspektindan kaplinion", "taksis malkonvena", "kaŝaj kopioj", "moderigata novaĵgrupo", "haltigata pro kriz-okazo", "kontentigo de filtro", "postulas aprobon",
        ), _MAILMAN2),
    ),
)
