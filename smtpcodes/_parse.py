"""The hot path's first half: any text or bytes in, a parsed reply out.

The parser finds the reply inside whatever wraps it in real bounces (``smtp; 550 …``, Postfix's
``host X[ip] said: … (in reply to RCPT TO command)``, Exim's ``SMTP error from remote mail
server after RCPT TO:<…>: …``, Exchange's ``#550 5.1.1 …##``, Sendmail's ``<<< 550 …``), reads the
basic code and the RFC 3463 enhanced code, strips the codes repeated on each line of a multi-line
reply, and joins the text. Every pattern is compiled once, here; none has nested quantifiers, and
no more than :data:`MAX_SCAN` characters are ever scanned.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Final, NamedTuple

__all__ = ["MAX_SCAN", "ParsedReply", "normalize_command", "parse_text"]

MAX_SCAN: Final = 16_384
"""Characters of input read at most; a reply is far shorter (smtplib caps a line at 8192)."""

_CODE_RE: Final = re.compile(
    r"""
    (?P<code>[2-5][0-9][0-9])                  # basic reply code, RFC 5321 §4.2
    (?: [ \t]*-[ \t]* | [ \t:]+ | $ )          # '-' continues a multi-line reply, SP ends it
    (?: \#? (?P<enh>[245]\.[0-9]{1,3}\.[0-9]{1,3}) (?![0-9]|\.[0-9]) [ \t:-]* )?  # RFC 3463
    """,
    re.ASCII | re.VERBOSE,
)
"""A reply line's code part, matched where a reply starts (never searched for)."""

_MARKER_RE: Final = re.compile(
    r"""
    (?: ^ [ \t]* [#'"<(\[]* [ \t]*             # at a line start, after Exchange's '#' or quotes
    | (?: said: | smtp; | <<< | \]: | >: | error: | returned[ ]' | responded[ ]with[ ]failure:
        | reply: | response: | reason: | ;[ ]\# | \bsays: | talk[ ]to[ ]me: | (?:TO|FROM|DATA): )
      [ \t]* [#'"(]? [ \t]*
    )
    (?= [2-5][0-9][0-9] (?: [ \t:-] | $ ) )
    """,
    re.ASCII | re.VERBOSE | re.MULTILINE | re.IGNORECASE,
)
"""Where a reply starts inside a wrapper: a code after a line start or a wrapper's marker."""

_PAIRED_RE: Final = re.compile(r"[2-5][0-9][0-9][ \t-]+\#?[245]\.[0-9]{1,3}\.[0-9]", re.ASCII)
"""A code followed by an enhanced code: a reply start even without a marker."""

_ENHANCED_RE: Final = re.compile(
    r"(?<![0-9.])\#?(?P<enh>[245]\.[0-7]\.[0-9]{1,3})(?![0-9]|\.[0-9])",
    re.ASCII,
)
"""An enhanced code on its own, for replies that carry no basic code (``(#5.7.1)``)."""

_COMMAND_RE: Final = re.compile(
    r"""
    \(in[ ]reply[ ]to[ ] (?:end[ ]of[ ])? (?P<postfix>[A-Z]+) (?:[ ][A-Z]+)? [ ]command\)
    | \bafter[ ] (?:pipelined[ ])? (?P<exim>RCPT|MAIL|DATA|end[ ]of[ ]data|initial[ ]connection
                |EHLO|HELO|AUTH|STARTTLS|QUIT|BDAT)
    | ^>>>[ ] (?P<sendmail>[A-Z]+)
    | \bdid[ ]not[ ]like[ ]our[ ] (?P<qmail>RCPT|MAIL|DATA)
    """,
    re.ASCII | re.VERBOSE | re.MULTILINE | re.IGNORECASE,
)
"""The command a reply answered, as MTAs note it beside the reply."""

_TRAILER_RE: Final = re.compile(
    r"[ \t]*\(in reply to [A-Za-z ]{1,30} command\)|[ \t]*\#\#\s*\Z", re.ASCII
)
"""Wrapper text after the reply: Postfix's command note, Exchange's closing ``##``."""

_HOST_RE: Final = re.compile(
    r"\bhost[ ](?P<host>[A-Za-z0-9.-]{1,253})[ ]?\[[0-9A-Fa-f:.]{1,45}\]", re.ASCII
)
"""The remote server a wrapper names."""

_RETRY_HINT_RE: Final = re.compile(
    r"""
    come[ ]back[ ]in[ ] (?P<h>[0-9]{1,2}):(?P<m>[0-9]{2}):(?P<s>[0-9]{2})    # milter-greylist
    | (?:try[ ]again|retry|come[ ]back|wait|again)[ ] (?:later[ ])? (?:in|after)[ ]
      (?:about[ ]|at[ ]least[ ])? (?P<n>[0-9]{1,6})[ ]?
      (?P<unit>seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\b
    """,
    re.ASCII | re.VERBOSE | re.IGNORECASE,
)
"""A server's hint of how long to wait (no standard exists; these are the common forms)."""

_SPACE_RE: Final = re.compile(r"\s+")
_LEADING_JUNK: Final = " \t#'\"<(["
"""What stands before a code at a line start: Exchange's '#', quotes, brackets."""
_DIGITS_AND_DOT: Final = frozenset("0123456789.")
_COMMAND_HINTS: Final = ("command", "after ", ">>>", "like our")
_RETRY_HINTS: Final = ("again", "retry", "come back", "wait")
_UNIT_SECONDS: Final = {"s": 1, "m": 60, "h": 3600}
_COMMAND_ALIASES: Final = {"END": "DATA", "INITIAL": "CONNECT", "BDAT": "DATA", "HELO": "EHLO"}
"""First words of a command's name and the command they stand for."""
_WORD_RE: Final = re.compile(r"[A-Za-z]+", re.ASCII)


class ParsedReply(NamedTuple):
    """What the parser read; private, turned into the public ``Reply`` at the boundary."""

    code: int | None
    enhanced: str | None
    text: str
    command: str | None
    remote_host: str | None
    retry_after: timedelta | None
    wrapper: str = ""
    """What the reporting MTA wrote before the reply (its words are evidence too)."""


def parse_text(raw: str, /) -> ParsedReply:
    """Read a reply's code, enhanced code and text from ``raw`` (never raises on a str)."""
    text = raw[:MAX_SCAN]
    start = _reply_start(text)
    prefix, body = text[:start], text[start:]
    lowered = text.lower()
    command = _command(text) if any(hint in lowered for hint in _COMMAND_HINTS) else None
    host_match = _HOST_RE.search(prefix) if prefix else None
    code, enhanced, joined = _read_lines(body)
    if enhanced is None:
        found = _ENHANCED_RE.search(joined if code is not None else text)
        if found is not None:
            enhanced = found["enh"]
    if code is None and start == 0:
        joined = _strip_enhanced(joined, enhanced)
    return ParsedReply(
        code, enhanced, joined, command,
        host_match["host"] if host_match else None,
        _retry_hint(joined) if any(hint in lowered for hint in _RETRY_HINTS) else None,
        _SPACE_RE.sub(" ", prefix).strip() if prefix else "",
    )


def _reply_start(text: str) -> int:
    head = text.lstrip(_LEADING_JUNK)
    if _CODE_RE.match(head):  # the common case: the text is the reply
        return len(text) - len(head)
    found = _MARKER_RE.search(text)
    if found is not None:
        return found.end()
    for paired in _PAIRED_RE.finditer(text):
        if paired.start() == 0 or text[paired.start() - 1] not in _DIGITS_AND_DOT:
            return paired.start()
    return 0


def _read_lines(body: str) -> tuple[int | None, str | None, str]:
    """Strip the code (and enhanced code) each line repeats; join the rest."""
    code: int | None = None
    enhanced: str | None = None
    parts: list[str] = []
    for line in body.splitlines():
        stripped = line.lstrip(_LEADING_JUNK)
        found = _CODE_RE.match(stripped)
        if found is not None and (code is None or int(found["code"]) == code):
            code = code or int(found["code"])
            enhanced = enhanced or found["enh"]
            parts.append(stripped[found.end():])
        else:
            parts.append(line)
    joined = _SPACE_RE.sub(" ", " ".join(parts)).strip()
    if "(in reply to" in joined or "##" in joined:
        joined = _TRAILER_RE.sub("", joined)
    return code, enhanced, joined.strip(" '\"")


def _strip_enhanced(text: str, enhanced: str | None) -> str:
    if enhanced is not None and text.startswith(enhanced):
        return text[len(enhanced):].lstrip(" -:")
    return text


def _command(text: str) -> str | None:
    found = _COMMAND_RE.search(text)
    if found is None:
        return None
    return normalize_command(next(g for g in found.groups() if g is not None))


def normalize_command(name: str) -> str | None:
    """``"RCPT TO"`` -> ``"RCPT"``, ``"end of data"`` -> ``"DATA"``; None without a word."""
    found = _WORD_RE.search(name)
    if found is None:
        return None
    word = found.group().upper()
    return _COMMAND_ALIASES.get(word, word)


def _retry_hint(text: str) -> timedelta | None:
    found = _RETRY_HINT_RE.search(text)
    if found is None:
        return None
    if found["h"] is not None:
        return timedelta(hours=int(found["h"]), minutes=int(found["m"]), seconds=int(found["s"]))
    return timedelta(seconds=int(found["n"]) * _UNIT_SECONDS[found["unit"][0].lower()])
