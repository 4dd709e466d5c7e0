"""Reading a bounce e-mail with the stdlib ``email`` package: text parts, DSN fields, headers.

Everything here tolerates broken MIME: a part that cannot be decoded is read as replaced text,
an unknown charset as UTF-8, a missing boundary as one text body. Input is capped at
:data:`MAX_MESSAGE` bytes before parsing, and every text handed on is capped again.
"""

from __future__ import annotations

import email
import email.message
import re
from collections.abc import Iterator
from email import policy
from email.errors import MessageError
from email.header import decode_header, make_header
from typing import Final, NamedTuple

from smtpcodes._bounce_formats import FORWARDED_RE, QUOTE_RE

__all__ = [
    "MAX_MESSAGE",
    "MAX_TEXT",
    "DsnFields",
    "Parts",
    "decoded_header",
    "dsn_blocks",
    "load",
    "message_parts",
]

MAX_MESSAGE: Final = 2_000_000
"""Bytes of a message read at most; the report parts come first, the returned copy last."""
MAX_TEXT: Final = 64_000
"""Characters of one text part read at most."""
MAX_FORWARD_SCAN: Final = 2_000
"""Characters at the start of a text part searched for a forwarding note."""

_FIELD_RE: Final = re.compile(r"([A-Za-z][A-Za-z0-9-]{0,40})[ \t]*:[ \t]*(.*)", re.ASCII)
_CONTINUATION_RE: Final = re.compile(r"[ \t]")
_TAG_RE: Final = re.compile(r"<[^<>]{0,2000}>")
_ENTITY = {"&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'"}
_ENTITY_RE: Final = re.compile("|".join(_ENTITY))
_BREAK_RE: Final = re.compile(r"<(?:br|/p|/div|/tr|/li|/h[1-6])\b[^<>]{0,200}>", re.IGNORECASE)

_RETURNED_TYPES: Final = frozenset({"message/rfc822", "text/rfc822-headers",
                                    "message/rfc822-headers", "message/global"})
_STATUS_TYPES: Final = frozenset({"message/delivery-status", "message/global-delivery-status"})
_MAX_DEPTH: Final = 8

DsnFields = dict[str, str]
"""One DSN block: lower-cased field name -> unfolded value (the first occurrence wins)."""


class Parts(NamedTuple):
    """What a bounce's MIME structure holds, in document order."""

    texts: list[str]
    """Human-readable text parts (HTML reduced to text), outside any returned message."""
    status: list[str]
    """The text of each ``message/delivery-status`` part."""
    feedback: bool
    """A ``message/feedback-report`` part is present."""
    returned: list[email.message.Message]
    """Returned (``message/rfc822``) messages or their headers (``text/rfc822-headers``)."""


def load(message: bytes | bytearray | str | email.message.Message) -> email.message.Message:
    """The parsed message, from bytes, text or an already parsed message."""
    if isinstance(message, email.message.Message):
        return message
    if isinstance(message, str):
        return email.message_from_string(message[:MAX_MESSAGE], policy=policy.compat32)
    return email.message_from_bytes(bytes(message[:MAX_MESSAGE]), policy=policy.compat32)


def decoded_header(msg: email.message.Message, name: str) -> str:
    """A header's value with RFC 2047 words decoded; ``""`` when it is absent or unreadable."""
    raw = msg.get(name)
    if raw is None:
        return ""
    value = str(raw)
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except (LookupError, UnicodeError, ValueError, MessageError):  # broken: keep it as sent
        return value


def message_parts(msg: email.message.Message) -> Parts:
    """Sort a message's parts into human-readable texts, DSN parts and returned messages."""
    parts = Parts([], [], feedback=False, returned=[])
    feedback = _walk(msg, parts)
    return parts._replace(feedback=feedback)


def _walk(part: email.message.Message, parts: Parts, depth: int = 0) -> bool:
    """Sort one part (and what it contains) into ``parts``; True if it is a feedback report."""
    ctype = part.get_content_type()
    if ctype in _RETURNED_TYPES:
        parts.returned.append(_returned(part))
        return False
    if ctype == "message/feedback-report":
        return True
    if ctype in _STATUS_TYPES:
        parts.status.append(_status_text(part))
        return False
    payload = part.get_payload()
    if isinstance(payload, list):
        # deeper nesting is no bounce anyone sends; do not recurse on it
        subs = [sub for sub in payload if isinstance(sub, email.message.Message)]
        if depth > _MAX_DEPTH:
            return False
        flags = [_walk(sub, parts, depth + 1) for sub in subs]  # every part, not the first hit
        return any(flags)
    if part.get_content_maintype() in {"text", "multipart"} or ctype == "application/json":
        text = _text(part)
        if ctype == "text/html":
            text = _html_text(text)
        forwarded = FORWARDED_RE.search(text[:MAX_FORWARD_SCAN])
        if forwarded is not None:  # read the quoted bounce, not the forwarder's note
            text = QUOTE_RE.sub("", text[forwarded.end():])
        if text.strip():
            parts.texts.append(text)
    return False


def _returned(part: email.message.Message) -> email.message.Message:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], email.message.Message):
        return payload[0]
    return email.message_from_string(_text(part)[:MAX_TEXT], policy=policy.compat32)


def _status_text(part: email.message.Message) -> str:
    payload = part.get_payload()
    if isinstance(payload, list):  # compat32 parses each DSN block as a header block
        blocks = []
        for sub in payload:
            if isinstance(sub, email.message.Message):
                fields = [f"{name}: {value}" for name, value in sub.items()]
                body = sub.get_payload()
                if isinstance(body, str) and body.strip():  # a block the parser cut short
                    fields.append(body)
                blocks.append("\n".join(fields))
        return _iso2022("\n\n".join(blocks)[:MAX_TEXT])
    return _iso2022(_text(part))


def _iso2022(text: str) -> str:
    """DSN fields are 7-bit text; Japanese systems write ISO-2022-JP into them undeclared."""
    if "\x1b$B" not in text:
        return text
    return text.encode("ascii", "replace").decode("iso-2022-jp", "replace")


def _text(part: email.message.Message) -> str:
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        payload = part.get_payload()
        return payload[:MAX_TEXT] if isinstance(payload, str) else ""
    charset = part.get_content_charset() or "utf-8"
    if b"\x1b$B" in raw[:4000] and "2022" not in charset:  # undeclared ISO-2022-JP
        charset = "iso-2022-jp"
    try:
        return raw[: MAX_TEXT * 2].decode(charset, "replace")[:MAX_TEXT]
    except LookupError:  # an unknown charset name
        return raw[: MAX_TEXT * 2].decode("utf-8", "replace")[:MAX_TEXT]


def _html_text(html: str) -> str:
    text = _BREAK_RE.sub("\n", html)
    text = _TAG_RE.sub("", text)
    return _ENTITY_RE.sub(lambda m: _ENTITY[m.group()], text)


def dsn_blocks(text: str) -> Iterator[DsnFields]:
    """The field blocks of a delivery-status text: the per-message block, then per recipient.

    A block ends at a blank line; a line starting with white space continues the field
    before it (RFC 3464 §2.1 follows RFC 822 folding).
    """
    fields: DsnFields = {}
    last = ""
    for line in text.splitlines():
        if not line.strip():
            if fields:
                yield fields
            fields, last = {}, ""
            continue
        if last and _CONTINUATION_RE.match(line):
            fields[last] = f"{fields[last]} {line.strip()}"
            continue
        found = _FIELD_RE.match(line)
        if found is None:
            last = ""
            continue
        name = found.group(1).lower()
        if name in fields:  # a new recipient's fields without the blank line between
            if name in _BLOCK_OPENERS:
                yield fields
                fields = {}
            else:
                last = ""
                continue
        fields[name] = found.group(2).strip()
        last = name
    if fields:
        yield fields


_BLOCK_OPENERS: Final = frozenset({"final-recipient", "original-recipient", "action", "status"})
