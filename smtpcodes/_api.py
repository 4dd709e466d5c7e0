"""The public entry points: ``parse`` and ``classify``.

Input of any accepted type is normalised to text here; the parse → decide → build path below
is cached per distinct input, so a reply seen again returns the same frozen instance.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache
from typing import Final, Protocol, TypeAlias, runtime_checkable

from smtpcodes._classify import decide, retry_advice
from smtpcodes._parse import MAX_SCAN, ParsedReply, normalize_command, parse_text
from smtpcodes._tables import DESCRIPTIONS, SCOPES
from smtpcodes.enums import Severity
from smtpcodes.models import Classification, EnhancedStatusCode, Evidence, Reply, RetryAdvice

__all__ = ["ReplyInput", "SMTPResponseLike", "classify", "parse"]


@runtime_checkable
class SMTPResponseLike(Protocol):
    """What ``smtplib.SMTPResponseException`` carries: a code and the server's text."""

    smtp_code: int
    smtp_error: bytes | str


ReplyInput: TypeAlias = (
    "str | bytes | bytearray | int | tuple[int, bytes | str] | SMTPResponseLike | BaseException"
)
"""Everything ``classify`` accepts."""

_STATUS_RE: Final = re.compile(r"[245]\.[0-9]{1,3}\.[0-9]{1,3}", re.ASCII)
_PREFIX: Final = {
    Severity.SUCCESS: "Success",
    Severity.INTERMEDIATE: "In progress",
    Severity.TRANSIENT: "Temporary failure",
    Severity.PERMANENT: "Permanent failure",
    Severity.UNKNOWN: "Unknown outcome",
}


def parse(reply: str | bytes | bytearray, /) -> Reply:
    """Read the code, enhanced code and text of a reply, unwrapping what bounces put around it.

    Never raises on a ``str`` or ``bytes``; parts that are not there are ``None``.

    >>> r = parse("host mx.example.com[192.0.2.1] said: 452 4.2.2 Mailbox full "
    ...           "(in reply to RCPT TO command)")
    >>> r.code, str(r.enhanced), r.text, r.command
    (452, '4.2.2', 'Mailbox full', 'RCPT')

    Raises:
        TypeError: ``reply`` is neither text nor bytes.
    """
    if isinstance(reply, str):
        return _reply(parse_text(reply))
    if isinstance(reply, bytes | bytearray):
        return _reply(parse_text(_decode(reply)))
    msg = f"parse() takes str or bytes, not {type(reply).__name__}"
    raise TypeError(msg)


def classify(
    reply: ReplyInput, /, *, command: str | None = None, status: str | None = None
) -> Classification:
    """Say what an SMTP reply means and what the sending program should do.

    Args:
        reply: the reply as text or bytes (one line or many, bare or wrapped in a bounce's
            diagnostic text), a basic code as ``int``, smtplib's ``(code, message)`` pair, or
            an smtplib/aiosmtplib response exception.
        command: the SMTP command the reply answered (``"RCPT"``, ``"MAIL"``, ``"DATA"``…),
            where the caller knows it.
        status: a DSN ``Status:`` value (``"5.1.1"``), used when the reply has no enhanced code.

    Never raises on a ``str`` or ``bytes`` of any content: what cannot be read is
    ``Category.UNKNOWN``.

    >>> c = classify("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred")
    >>> c.severity.value, c.category.value, c.action.value
    ('transient', 'reputation', 'retry')

    Raises:
        TypeError: ``reply`` is of another type.
    """
    text, code = _text_and_code(reply)
    # Only MAX_SCAN characters are ever read; cutting here also bounds what the cache holds.
    return _classify(text[:MAX_SCAN], code, _command(command), _status(status))


def _text_and_code(reply: object) -> tuple[str, int | None]:
    if isinstance(reply, str):
        return reply, None
    if isinstance(reply, bytes | bytearray):
        return _decode(reply), None
    if isinstance(reply, bool):
        msg = "classify() takes a reply code as int, not bool"
        raise TypeError(msg)
    if isinstance(reply, int):
        return str(reply), None
    if isinstance(reply, tuple) and len(reply) == 2 and isinstance(reply[0], int):
        return _message(reply[1], reply), reply[0]
    if isinstance(reply, SMTPResponseLike):
        return _message(reply.smtp_error, reply), reply.smtp_code
    code, message = getattr(reply, "code", None), getattr(reply, "message", None)
    if isinstance(reply, BaseException) and isinstance(code, int):  # aiosmtplib's exceptions
        return _message(message if message is not None else "", reply), code
    if isinstance(getattr(reply, "recipients", None), dict):  # smtplib.SMTPRecipientsRefused
        msg = ("classify() takes one reply; classify each (code, message) in "
               f"{type(reply).__name__}.recipients.values()")
        raise TypeError(msg)
    msg = (
        "classify() takes str, bytes, an int code, a (code, message) tuple or an SMTP "
        f"response exception, not {type(reply).__name__}"
    )
    raise TypeError(msg)


def _message(message: object, reply: object) -> str:
    if isinstance(message, str):
        return message
    if isinstance(message, bytes | bytearray):
        return _decode(message)
    msg = (f"the message of {type(reply).__name__} must be str or bytes, "
           f"not {type(message).__name__}")
    raise TypeError(msg)


def _decode(data: bytes | bytearray) -> str:
    return bytes(data[: MAX_SCAN * 4]).decode("utf-8", "replace")


def _command(command: str | None) -> str | None:
    return normalize_command(command) if command is not None else None


def _status(status: str | None) -> str | None:
    if status is None:
        return None
    found = _STATUS_RE.search(status)
    return found.group() if found is not None else None


@lru_cache(maxsize=8192)
def _classify(
    text: str, code: int | None, command: str | None, status: str | None
) -> Classification:
    parsed = parse_text(text)
    if code is not None and 200 <= code <= 599:
        parsed = parsed._replace(code=code)
    if command is not None:
        parsed = parsed._replace(command=command)
    if status is not None and (parsed.enhanced is None or parsed.enhanced.endswith(".0")):
        parsed = parsed._replace(enhanced=status)  # a DSN's status is at least as specific
    verdict = decide(parsed)
    retry, after, give_up = retry_advice(verdict, parsed.retry_after)
    enhanced = _enhanced(parsed.enhanced)
    return Classification(
        code=parsed.code,
        enhanced=enhanced,
        severity=verdict.severity,
        category=verdict.category,
        action=verdict.action,
        scope=SCOPES[verdict.severity, verdict.category],
        retry=_retry(retry, after, give_up),
        evidence=_evidence(verdict.rule, verdict.matched),
        description=f"{_PREFIX[verdict.severity]}: {DESCRIPTIONS[verdict.category]}",
        text=parsed.text,
        command=parsed.command,
        code_conflict=(
            parsed.code is not None and enhanced is not None
            and parsed.code // 100 != enhanced.klass
        ),
    )


def _reply(parsed: ParsedReply) -> Reply:
    return Reply(
        code=parsed.code,
        enhanced=_enhanced(parsed.enhanced),
        text=parsed.text,
        command=parsed.command,
        remote_host=parsed.remote_host,
        retry_after=parsed.retry_after,
    )


@lru_cache(maxsize=1024)
def _enhanced(text: str | None) -> EnhancedStatusCode | None:
    return EnhancedStatusCode.from_string(text) if text is not None else None


@lru_cache(maxsize=256)
def _retry(retry: bool, after: timedelta | None, give_up: timedelta | None) -> RetryAdvice:  # noqa: FBT001
    return RetryAdvice(retry=retry, after=after, give_up_after=give_up)


@lru_cache(maxsize=1024)
def _evidence(rule: str, matched: str) -> Evidence:
    return Evidence(rule=rule, matched=matched)
