"""Accepted input types to text and hints: the one place that knows what callers pass.

``classify`` takes a reply as ``str`` or ``bytes``, an ``int`` code, smtplib's ``(code, message)``
pair, smtplib's and aiosmtplib's response exceptions (duck-typed: aiosmtplib is never imported),
and the connection failures a send loop meets (``SMTPServerDisconnected``, ``ConnectionError``,
``TimeoutError``, ``socket.gaierror``, ``ssl.SSLError``). Text is made valid here: bytes are cut
before decoding, undecodable bytes and lone surrogates become U+FFFD, so that every result
serialises.
"""

from __future__ import annotations

import errno
from typing import Final, NamedTuple, Protocol, TypeAlias, runtime_checkable

from smtpcodes._parse import MAX_SCAN, normalize_command
from smtpcodes.enums import Category

__all__ = ["Normalized", "ReplyInput", "SMTPResponseLike", "clean_text", "decode", "normalize"]


@runtime_checkable
class SMTPResponseLike(Protocol):
    """What ``smtplib.SMTPResponseException`` carries: a code and the server's text."""

    smtp_code: int
    smtp_error: bytes | str


ReplyInput: TypeAlias = (
    "str | bytes | bytearray | int | tuple[int, bytes | str] | SMTPResponseLike | BaseException"
)
"""Everything ``classify`` accepts."""


class Normalized(NamedTuple):
    """An input read into text and what its type says about it."""

    text: str
    code: int | None = None
    command: str | None = None
    """The command the exception type names (``SMTPSenderRefused`` answered MAIL FROM)."""
    failure: Category | None = None
    """For a connection failure with no reply: the category its type means."""
    rule: str = ""
    """The name of the exception that decided ``failure`` or ``command``."""


_COMMAND_BY_EXCEPTION: Final = {
    "SMTPSenderRefused": "MAIL",
    "SMTPRecipientRefused": "RCPT",
    "SMTPDataError": "DATA",
    "SMTPHeloError": "EHLO",
    "SMTPAuthenticationError": "AUTH",
    "SMTPConnectError": "CONNECT",
    "SMTPConnectResponseError": "CONNECT",
}
"""smtplib's and aiosmtplib's exception names and the command each one answered."""

_NO_SUCH_NAME: Final = ("EAI_NONAME", "EAI_NODATA", "EAI_ADDRFAMILY")
"""getaddrinfo() errors that say the name does not exist (others, like EAI_AGAIN, are DNS
trouble). ``socket`` and ``ssl`` are not imported at import time: their exception types are
known by name, and ``socket`` is only imported once a ``gaierror`` exists (so it is loaded)."""

_NETWORK_ERRNOS: Final = frozenset({
    errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ECONNREFUSED, errno.ECONNRESET,
    errno.ECONNABORTED, errno.ETIMEDOUT, errno.EHOSTDOWN, errno.ENETDOWN, errno.EPIPE,
})
"""Socket errors of a connection that could not be made or was lost."""


def decode(data: bytes | bytearray | memoryview, /) -> str:
    """UTF-8 with U+FFFD for what does not decode; only what is ever read is decoded.

    At most :data:`MAX_SCAN` characters are read, so no more than four bytes each are decoded.
    """
    return bytes(data[: MAX_SCAN * 4]).decode("utf-8", "replace")[:MAX_SCAN]


def clean_text(text: str, /) -> str:
    """``text`` cut to what is read, with lone surrogates replaced so that it encodes."""
    text = text[:MAX_SCAN]
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def normalize(reply: object, /) -> Normalized:
    """Text, code and what the input's type implies; a ``TypeError`` for anything else."""
    if isinstance(reply, str):
        return Normalized(clean_text(reply))
    if isinstance(reply, bytes | bytearray | memoryview):
        return Normalized(decode(reply))
    if isinstance(reply, bool):
        msg = "classify() argument 'reply' must be a reply, not bool"
        raise TypeError(msg)
    if isinstance(reply, int):
        return Normalized(str(reply) if 0 <= reply < 1000 else "")
    if isinstance(reply, tuple) and len(reply) == 2 and isinstance(reply[0], int):
        return Normalized(_message(reply[1], reply), _code(reply[0]))
    if isinstance(reply, SMTPResponseLike):
        return Normalized(_message(reply.smtp_error, reply), _code(reply.smtp_code),
                          _exception_command(reply), rule=type(reply).__name__)
    if isinstance(reply, BaseException):
        return _exception(reply)
    msg = (
        "classify() argument 'reply' must be str, bytes, an int code, a (code, message) tuple "
        f"or an SMTP exception, not {type(reply).__name__}"
    )
    raise TypeError(msg)


def _exception(reply: BaseException) -> Normalized:
    code, message = getattr(reply, "code", None), getattr(reply, "message", None)
    if isinstance(code, int) and not isinstance(code, bool) and code >= 200:  # aiosmtplib
        text = _message(message if message is not None else "", reply)
        return Normalized(text, _code(code), _exception_command(reply), rule=type(reply).__name__)
    if isinstance(getattr(reply, "recipients", None), dict | list):
        msg = (f"classify() takes one reply; use classify_refused() for "
               f"{type(reply).__name__}, which holds one reply per recipient")
        raise TypeError(msg)
    cause = reply.__cause__  # aiosmtplib: raise SMTPConnectError(...) from the OSError
    by_cause = _failure(cause) if isinstance(cause, BaseException) else None
    failure = by_cause or _failure(reply)
    if failure is not None:
        source = cause if by_cause is not None else reply
        return Normalized(clean_text(str(reply)), failure=failure, rule=type(source).__name__)
    if any(cls.__name__ == "SMTPException" for cls in type(reply).__mro__):
        # Refused by the client library itself, before anything was sent (no SMTPUTF8 or no
        # AUTH offered by the server, RFC 6531 / RFC 4954): its words are read like a reply's.
        return Normalized(clean_text(str(reply)), rule=type(reply).__name__)
    msg = (f"classify() argument 'reply' must be an SMTP reply or exception, not "
           f"{type(reply).__name__}")
    raise TypeError(msg)


def _failure(reply: BaseException) -> Category | None:
    names = {cls.__name__ for cls in type(reply).__mro__}
    if "SSLError" in names:  # ssl.SSLError and its subclasses
        return Category.TLS_REQUIRED
    if "gaierror" in names and isinstance(reply, OSError):  # socket.gaierror
        import socket

        missing = {getattr(socket, name, None) for name in _NO_SUCH_NAME}
        return Category.HOST_UNKNOWN if reply.errno in missing else Category.NETWORK_ERROR
    if isinstance(reply, ConnectionError | TimeoutError) or names & {
            "SMTPServerDisconnected", "SMTPConnectError", "SMTPTimeoutError",
            "SMTPConnectTimeoutError", "SMTPReadTimeoutError"}:
        return Category.NETWORK_ERROR
    if isinstance(reply, OSError) and reply.errno in _NETWORK_ERRNOS:
        return Category.NETWORK_ERROR
    return None


def _exception_command(reply: object) -> str | None:
    for cls in type(reply).__mro__:
        command = _COMMAND_BY_EXCEPTION.get(cls.__name__)
        if command is not None:
            return command
    return None


def _code(code: int) -> int | None:
    return code if 200 <= code <= 599 else None


def _message(message: object, reply: object) -> str:
    if isinstance(message, str):
        return clean_text(message)
    if isinstance(message, bytes | bytearray):
        return decode(message)
    msg = (f"the message of {type(reply).__name__} must be str or bytes, "
           f"not {type(message).__name__}")
    raise TypeError(msg)


def hint(name: str, value: object) -> str | None:
    """A keyword hint checked for its type: ``str`` or None, else a ``TypeError`` naming it."""
    if value is None or isinstance(value, str):
        return value
    msg = f"classify() argument {name!r} must be str or None, not {type(value).__name__}"
    raise TypeError(msg)


def command_hint(command: object) -> str | None:
    """The ``command=`` hint, normalised (``"RCPT TO"`` -> ``"RCPT"``)."""
    value = hint("command", command)
    return normalize_command(value) if value is not None else None
