"""Recipients of plain-text bounce notices and of JSON bounce notifications.

A notice is the human-readable text before the returned message. Its recipients are the lines
that begin with an address (after a bullet or a label, see ``_bounce_formats``); the text
from one such line to the next is that recipient's diagnostic. A notice that names its
recipients only inside sentences falls back to every address it names that is not the sender's,
then to the ``X-Failed-Recipients`` header, with the whole notice as the diagnostic.
"""

from __future__ import annotations

import email.message
import json
import re
from collections.abc import Iterable
from typing import Any, Final, NamedTuple

from smtpcodes import _bounce_mime as mime
from smtpcodes._bounce_formats import (
    ADDRESS_RE,
    BOUNCE_FROM_RE,
    BOUNCE_SUBJECT_RE,
    DELAYED_RE,
    FORMATS,
    ORIGINAL_RE,
    RULE_RE,
    SENDER_CONTEXT_RE,
    SENDER_LEAD_RE,
    TextFormat,
)

__all__ = ["TextRecipient", "json_recipients", "notice_blocks", "text_recipients"]

MAX_NOTICE_LINES: Final = 400
"""Lines of a notice read at most; real notices are a few dozen."""
_WRAP_RE: Final = re.compile(r"!\r?\n ")
"""Sendmail's split of a line longer than 990 characters (``!``, line break, space)."""
_DETECT_HEADERS: Final = ("From", "Subject", "X-Failed-Recipients")
MAX_BLOCK_LINES: Final = 24
"""Lines of one recipient's diagnostic kept at most."""


class TextRecipient(NamedTuple):
    """A recipient as read, before classification."""

    recipient: str
    original: str | None
    action: str | None
    status: str | None
    remote_mta: str | None
    reporting_mta: str | None
    diagnostic: str
    command: str | None
    context: str = ""
    """The notice's text, read when the diagnostic alone decides nothing."""


def text_recipients(msg: email.message.Message, parts: mime.Parts) -> list[TextRecipient]:
    """The recipients a plain-text notice names, each with the text about it."""
    lines = _notice_lines(parts.texts)
    notice = "\n".join(lines)
    if not lines or not _looks_like_bounce(msg, notice):  # a person's mail names addresses too
        return []
    excluded = _excluded(msg, parts, "From")
    head = "\n".join((*(mime.decoded_header(msg, name) for name in _DETECT_HEADERS),
                      "\n".join(lines)[:2000]))
    fmt = next(f for f in FORMATS if f.detect.search(head))
    blocks = _blocks(lines, fmt, excluded)
    if not blocks:
        addresses = _header_addresses(msg, "X-Failed-Recipients")
        sender = excluded | _excluded(msg, parts, "To", "Return-Path", "Sender", "Reply-To")
        addresses = addresses or [a for a in _addresses(notice) if a.lower() not in sender]
        addresses = addresses or [a for r in parts.returned for a in _header_addresses(r, "To")]
        blocks = {a: _useful(notice) for a in dict.fromkeys(addresses)}
    action = "delayed" if DELAYED_RE.search(head) else "failed"
    return [TextRecipient(address, None, action, fmt.status, None, None, text, None, notice)
            for address, text in blocks.items()]


def notice_blocks(texts: Iterable[str]) -> tuple[dict[str, str], str]:
    """Lower-cased recipient -> the notice text about it, and the whole notice (for DSNs)."""
    lines = _notice_lines(texts)
    head = "\n".join(lines)[:2000]
    blocks = _blocks(lines, next(f for f in FORMATS if f.detect.search(head)), frozenset())
    return {address.lower(): text for address, text in blocks.items()}, _useful("\n".join(lines))


def json_recipients(texts: Iterable[str]) -> list[TextRecipient]:
    """Bounced recipients of an Amazon SES notification (JSON, or JSON inside SNS JSON)."""
    for text in texts:
        body = text.strip()
        if not body.startswith("{"):
            continue
        data = _json(_WRAP_RE.sub("", body[: body.rfind("}") + 1]))
        if isinstance(data, dict) and isinstance(data.get("Message"), str):
            data = _json(data["Message"])
        if not isinstance(data, dict):
            continue
        if data.get("notificationType") == "Bounce":
            return _ses_bounce(data.get("bounce"))
        if data.get("notificationType") == "Delivery":
            return _ses_delivery(data.get("delivery"))
    return []


def _ses_delivery(delivery: object) -> list[TextRecipient]:
    if not isinstance(delivery, dict):
        return []
    reply = str(delivery.get("smtpResponse") or "")
    reporting = str(delivery.get("reportingMTA") or "") or None
    return [TextRecipient(address, None, "delivered", None, None, reporting, reply, None)
            for address in delivery.get("recipients") or [] if isinstance(address, str)]


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # not JSON after all: read it as text
        return None


def _ses_bounce(bounce: object) -> list[TextRecipient]:
    if not isinstance(bounce, dict):
        return []
    reporting = str(bounce.get("reportingMTA") or "").split(";")[-1].strip() or None
    found = []
    for item in bounce.get("bouncedRecipients") or []:
        if not isinstance(item, dict) or not isinstance(item.get("emailAddress"), str):
            continue
        diagnostic = str(item.get("diagnosticCode") or "")
        found.append(TextRecipient(
            item["emailAddress"], None, str(item.get("action") or "failed"),
            str(item["status"]) if item.get("status") else None, None, reporting,
            diagnostic.split(";", 1)[-1].strip() if diagnostic.lower().startswith("smtp;")
            else diagnostic, None))
    return found


def _notice_lines(texts: Iterable[str]) -> list[str]:
    lines: list[str] = []
    for text in texts:
        for line in text.splitlines():
            if ORIGINAL_RE.match(line):
                return lines
            lines.append(line)
            if len(lines) >= MAX_NOTICE_LINES:
                return lines
    return lines


def _blocks(lines: list[str], fmt: TextFormat, excluded: frozenset[str]) -> dict[str, str]:
    starts: list[tuple[int, str, str]] = []
    for index, line in enumerate(lines):
        found = fmt.recipient.match(line)
        if found is None:
            continue
        address = found.group("addr").strip(".")
        if address.lower() in excluded or _after_sender_lead(lines, index):
            continue
        starts.append((index, address, found.group("rest")))
    blocks: dict[str, str] = {}
    for number, (index, address, rest) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(lines)
        body = [*_lead(lines, index, fmt), rest]
        for line in lines[index + 1: min(end, index + 1 + MAX_BLOCK_LINES)]:
            if fmt.block_end.match(line):
                break
            body.append(line)
        text = _useful("\n".join(body))
        if address in blocks:  # listed twice (a summary, then details): keep both texts
            blocks[address] = f"{blocks[address]} {text}".strip()
        else:
            blocks[address] = text
    if blocks and not any(blocks.values()):  # a list of addresses, then one shared transcript
        last = starts[-1][0]
        shared = _useful("\n".join(lines[last + 1: last + 1 + MAX_BLOCK_LINES]))
        blocks = dict.fromkeys(blocks, shared or _useful("\n".join(lines[: starts[0][0]])))
    return blocks


def _after_sender_lead(lines: list[str], index: int) -> bool:
    """Whether the last non-blank line before this one introduces the sender."""
    for line in reversed(lines[max(0, index - 3): index]):
        if line.strip():
            return SENDER_LEAD_RE.match(line) is not None
    return False


def _lead(lines: list[str], index: int, fmt: TextFormat) -> list[str]:
    """The lines right before a recipient line that the format says belong to it."""
    start = index
    while start > 0 and index - start < MAX_BLOCK_LINES and fmt.lead.match(lines[start - 1]):
        start -= 1
    return lines[start:index]


def _useful(text: str) -> str:
    """The text without rules (``-----``, ``=====``) and without blank lines."""
    return "\n".join(line.strip() for line in text.splitlines()
                     if line.strip() and not RULE_RE.fullmatch(line.strip()))


def _excluded(msg: email.message.Message, parts: mime.Parts, *names: str) -> frozenset[str]:
    """The bounce's own addresses (the headers named) and the returned message's sender."""
    found = {a.lower() for name in names for a in _header_addresses(msg, name)}
    for returned in parts.returned:
        found.update(a.lower() for name in ("From", "Return-Path", "Sender")
                     for a in _header_addresses(returned, name))
    return frozenset(found)


def _header_addresses(msg: email.message.Message, name: str) -> list[str]:
    return [found.group().strip(".") for found in ADDRESS_RE.finditer(
        mime.decoded_header(msg, name)[:2000])]


def _addresses(text: str) -> list[str]:
    found = []
    for match in ADDRESS_RE.finditer(text):
        before = text[max(0, match.start() - 20): match.start()]
        if SENDER_CONTEXT_RE.search(before) is None:
            found.append(match.group().strip("."))
    return found


def _looks_like_bounce(msg: email.message.Message, notice: str) -> bool:
    return bool(BOUNCE_FROM_RE.search(mime.decoded_header(msg, "From"))
                or BOUNCE_SUBJECT_RE.search(mime.decoded_header(msg, "Subject"))
                or BOUNCE_SUBJECT_RE.search(notice[:3000]))
