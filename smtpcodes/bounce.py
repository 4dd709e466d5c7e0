"""Bounce e-mails: who could not be reached, and why.

:func:`parse_bounce` reads RFC 3464 delivery status notifications (``multipart/report;
report-type=delivery-status``) and the plain-text notices many systems still send (Exim,
Postfix, qmail, Sendmail, Exchange and Office 365 in English, German and French, Gmail, Google
Groups, Yahoo, Courier, Domino, Amazon SES notifications and others). Each failed recipient
comes back as a :class:`BounceRecipient` whose ``classification`` is :func:`smtpcodes.classify`
applied to the diagnostic text, with the DSN ``Status`` and the SMTP command as hints.

Feedback-loop reports (RFC 5965 ARF) and auto-replies (RFC 3834) are not bounces:
:func:`parse_bounce` returns ``[]`` for them, and :func:`is_feedback_report` and
:func:`is_auto_reply` say which they are.

>>> dsn = (b"From: MAILER-DAEMON@example.net\\r\\nSubject: Undelivered Mail\\r\\n"
...        b"Content-Type: multipart/report; report-type=delivery-status; boundary=B\\r\\n\\r\\n"
...        b"--B\\r\\nContent-Type: text/plain\\r\\n\\r\\nI could not deliver it.\\r\\n"
...        b"--B\\r\\nContent-Type: message/delivery-status\\r\\n\\r\\n"
...        b"Reporting-MTA: dns; mx.example.net\\r\\n\\r\\n"
...        b"Final-Recipient: rfc822; nobody@example.com\\r\\nAction: failed\\r\\n"
...        b"Status: 5.1.1\\r\\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\\r\\n--B--\\r\\n")
>>> [(r.recipient, r.status, r.classification.category.value) for r in parse_bounce(dsn)]
[('nobody@example.com', '5.1.1', 'user_unknown')]
"""

from __future__ import annotations

import email.message
import re
from typing import Final

from pydantic import BaseModel

from smtpcodes import _bounce_mime as mime
from smtpcodes import classify, parse
from smtpcodes._bounce_formats import (
    ADDRESS_RE,
    AUTO_REPLY_HEADER_RE,
    AUTO_SUBJECT_RE,
    BOUNCE_FROM_RE,
    BOUNCE_SUBJECT_RE,
    FEEDBACK_MARKERS,
)
from smtpcodes._bounce_text import (
    TextRecipient,
    json_recipients,
    notice_blocks,
    text_recipients,
)
from smtpcodes._parse import enhanced_from_text, without_code
from smtpcodes.enums import Category
from smtpcodes.models import Classification

__all__ = ["BounceMessage", "BounceRecipient", "is_auto_reply", "is_feedback_report",
           "parse_bounce"]

BounceMessage = bytes | str | email.message.Message
"""What :func:`parse_bounce` accepts: the raw e-mail or one the ``email`` package parsed."""

MAX_DIAGNOSTIC: Final = 2_000
"""Characters of diagnostic text kept per recipient."""

MAX_CONTEXT: Final = 4_000
"""Characters of notice text read when the diagnostic alone decides nothing."""
_UNDECIDED: Final = frozenset({Category.UNKNOWN, Category.DELIVERED, Category.INTERMEDIATE})
"""Verdicts that a failure report's own diagnostic must not end with."""

_TYPE_RE: Final = re.compile(r"[ \t]{0,8}[A-Za-z0-9-]{1,20}[ \t]{0,4};[ \t]{0,8}", re.ASCII)
_COMMAND_HINT_RE: Final = re.compile(r"in[ \t]reply[ \t]to|after[ \t]|>>>", re.ASCII)
"""Text that names the SMTP command answered; only then is a notice block parsed for it."""
_TRANSCRIPT_REPLY_RE: Final = re.compile(
    r"[ \t]{0,8}(?:Out:|<<<)[ \t]{0,4}([45][0-9][0-9][ -].{0,1000})", re.ASCII)
"""A server's failure reply in a transcript: Postfix's ``Out: 451 …``, Sendmail's ``<<< 550 …``."""
_MAX_TRANSCRIPT: Final = 200
_CONTINUED_RE: Final = re.compile(r"[2-5][0-9][0-9]-", re.ASCII)
"""A reply line that another line of the same reply follows (RFC 5321 §4.2.1)."""
_COMMENT_RE: Final = re.compile(r"\(([^()]{1,400})\)")
_SPACE_RE: Final = re.compile(r"\s+")


class BounceRecipient(BaseModel, frozen=True, use_attribute_docstrings=True):
    """One recipient a bounce reports, with what its mail system said and what that means.

    >>> r = BounceRecipient(recipient="a@example.com", action="failed", status="5.2.2")
    >>> r.recipient, r.classification is None
    ('a@example.com', True)
    """

    recipient: str
    """The final recipient address (DSN ``Final-Recipient``, else the address the notice names)."""
    original_recipient: str | None = None
    """The address as the sender wrote it (DSN ``Original-Recipient``), where given."""
    action: str | None = None
    """The DSN action, lower case: ``failed``, ``delayed``, ``delivered``, ``relayed``,
    ``expanded``; for a plain-text notice ``failed`` or ``delayed`` as its wording says."""
    status: str | None = None
    """The RFC 3463 status (DSN ``Status``, else the enhanced code in the diagnostic)."""
    remote_mta: str | None = None
    """The host that answered (DSN ``Remote-MTA``, else the host the diagnostic names)."""
    reporting_mta: str | None = None
    """The host that wrote the report (DSN ``Reporting-MTA``)."""
    diagnostic: str = ""
    """The remote server's reply or the reporting system's explanation, on one line."""
    command: str | None = None
    """The SMTP command the reply answered (``RCPT``, ``DATA``…), where the bounce says."""
    classification: Classification | None = None
    """:func:`smtpcodes.classify` of the diagnostic, with ``status`` and ``command`` as hints;
    ``None`` when there is neither a diagnostic nor a status to classify."""


def parse_bounce(message: BounceMessage, /) -> list[BounceRecipient]:
    """The recipients a bounce e-mail reports, each with its diagnostic and classification.

    Args:
        message: the e-mail as bytes (as received), text, or an ``email.message.Message``.

    Returns:
        One :class:`BounceRecipient` per recipient, in the order the bounce lists them; ``[]``
        for a message that is no bounce, a feedback-loop report or an auto-reply.

    Never raises on any bytes or text, however malformed the MIME.

    >>> parse_bounce(b"Subject: hello\\r\\n\\r\\nJust a note.\\r\\n")
    []

    Raises:
        TypeError: ``message`` is not bytes, text or an ``email.message.Message``.
    """
    return [_recipient(item) for item in _found(_load(message, "parse_bounce"))]


def _found(msg: email.message.Message, *, nested: bool = False) -> list[TextRecipient]:
    parts = mime.message_parts(msg)
    if _feedback(msg, parts):
        return []
    found = _dsn_recipients(parts) or json_recipients(parts.texts)
    if found:
        return found
    if not nested:  # a gateway that attached the real DSN to its own notice: read that one
        for returned in parts.returned:
            if returned.get_content_type() == "multipart/report":
                found = _found(returned, nested=True)
                if found:
                    return found
    if _auto_reply(msg, parts):
        return []
    return text_recipients(msg, parts)


def is_feedback_report(message: BounceMessage, /) -> bool:
    """Whether the e-mail is a feedback-loop (complaint) report rather than a bounce.

    Recognises RFC 5965 ARF (``multipart/report; report-type=feedback-report``), Amazon SES
    complaint notifications and Microsoft's JMRP reports.

    >>> is_feedback_report(b"Content-Type: multipart/report; report-type=feedback-report;"
    ...                    b" boundary=x\\r\\n\\r\\n--x--\\r\\n")
    True

    Raises:
        TypeError: ``message`` is not bytes, text or an ``email.message.Message``.
    """
    msg = _load(message, "is_feedback_report")
    return _feedback(msg, mime.message_parts(msg))


def is_auto_reply(message: BounceMessage, /) -> bool:
    """Whether the e-mail is an automatic reply (vacation, out of office), not a bounce.

    RFC 3834's ``Auto-Submitted: auto-replied`` alone does not decide it, since Postfix and
    others put it on bounces too: the message must also carry no delivery report and not come
    from the mail system.

    >>> is_auto_reply(b"From: ann@example.org\\r\\nSubject: Out of office\\r\\n"
    ...               b"Auto-Submitted: auto-replied\\r\\n\\r\\nBack on Monday.\\r\\n")
    True

    Raises:
        TypeError: ``message`` is not bytes, text or an ``email.message.Message``.
    """
    msg = _load(message, "is_auto_reply")
    return _auto_reply(msg, mime.message_parts(msg))


def _load(message: object, caller: str) -> email.message.Message:
    if isinstance(message, bytes | bytearray | str | email.message.Message):
        return mime.load(message)
    msg = f"{caller}() takes bytes, str or an email.message.Message, not {type(message).__name__}"
    raise TypeError(msg)


def _feedback(msg: email.message.Message, parts: mime.Parts) -> bool:
    if parts.feedback or msg.get_param("report-type") == "feedback-report":
        return True
    head = "\n".join(parts.texts)[:4000].lower()
    if any(marker in head for marker in FEEDBACK_MARKERS):
        return True
    if parts.status:
        return False
    returned = "\n".join(f"{k}: {v}" for r in parts.returned for k, v in r.items())[:4000]
    return any(marker in returned.lower() for marker in FEEDBACK_MARKERS)


def _auto_reply(msg: email.message.Message, parts: mime.Parts) -> bool:
    if parts.status or BOUNCE_FROM_RE.search(mime.decoded_header(msg, "From")):
        return False
    subject = mime.decoded_header(msg, "Subject")
    if BOUNCE_SUBJECT_RE.search(subject):
        return False
    markers = " ".join(str(msg.get(name, "")) for name in (
        "Auto-Submitted", "X-Autoreply", "X-Autorespond", "Precedence", "X-Auto-Response-Suppress"))
    return (AUTO_REPLY_HEADER_RE.search(markers) is not None
            or AUTO_SUBJECT_RE.match(subject) is not None)


def _dsn_recipients(parts: mime.Parts) -> list[TextRecipient]:
    blocks = [b for text in parts.status for b in mime.dsn_blocks(text)]
    if not blocks:  # some systems put the DSN fields into a text part
        blocks = [b for text in parts.texts if "-recipient:" in text.lower()
                  for b in mime.dsn_blocks(text)]
    reporting: str | None = None
    found: list[TextRecipient] = []
    for block in blocks:
        if "reporting-mta" in block:
            reporting = _strip_type(block["reporting-mta"])
        address = _address(block.get("final-recipient") or block.get("original-recipient", ""))
        if not address:
            continue
        found.append(TextRecipient(
            recipient=address,
            original=_address(block.get("original-recipient", "")) or None,
            action=(block.get("action") or "").split(" ", 1)[0].lower() or None,
            status=_status(block.get("status", "")),
            remote_mta=_strip_type(block.get("remote-mta", "")) or None,
            reporting_mta=reporting,
            diagnostic=_strip_type(block.get("diagnostic-code", "")) or _comment(block),
            command=None,
        ))
    if found:
        _complete_replies(found, parts.texts)
        _fill_from_text(found, parts)
    return found


def _complete_replies(found: list[TextRecipient], texts: list[str]) -> None:
    """Sendmail writes only the first line of a multi-line reply (``552-5.7.0 …``) into the
    ``Diagnostic-Code``; the whole reply stands in the session transcript (``<<< 552-…`` to
    ``<<< 552 …``), which then gives the diagnostic."""
    transcripts: list[list[str]] | None = None  # read once, and only if a reply needs it
    for index, item in enumerate(found):
        first = item.diagnostic.strip()
        if _CONTINUED_RE.match(first):
            if transcripts is None:
                transcripts = [_transcript_lines(text) for text in texts]
            whole = _transcript_reply(first, transcripts)
            if whole:
                found[index] = item._replace(diagnostic=whole)


def _transcript_lines(text: str) -> list[str]:
    """Each line of ``text`` as the failure reply a transcript line holds, or ``""``."""
    return [found.group(1).strip() if (found := _TRANSCRIPT_REPLY_RE.match(line)) else ""
            for line in text.splitlines()[:_MAX_TRANSCRIPT]]


def _transcript_reply(first: str, transcripts: list[list[str]]) -> str:
    """The lines of the transcript reply that starts with ``first``, joined; else ``""``."""
    code = first[:3]
    for replies in transcripts:
        if first not in replies:
            continue
        reply: list[str] = []
        for line in replies[replies.index(first):]:
            if not line.startswith(code) or len(line) < 4:  # another reply, none, or a bare code
                break
            reply.append(line if not reply else without_code(line))
            if line[3] == " ":  # the reply's last line
                break
        return " ".join(reply)
    return ""


def _fill_from_text(found: list[TextRecipient], parts: mime.Parts) -> None:
    """Give recipients whose DSN block has no diagnostic the notice's text about them."""
    texts, notice = notice_blocks(parts.texts)
    for index, item in enumerate(found):
        block = texts.get(item.recipient.lower(), "")
        item = item._replace(context=block or (notice if len(found) == 1 else ""))  # noqa: PLW2901
        if not item.diagnostic and block:
            item = item._replace(diagnostic=block)  # noqa: PLW2901
        elif item.command is None and _COMMAND_HINT_RE.search(block):
            item = item._replace(  # noqa: PLW2901
                command=parse(_SPACE_RE.sub(" ", block)).command)
        found[index] = item


def _recipient(item: TextRecipient) -> BounceRecipient:
    diagnostic = _SPACE_RE.sub(" ", item.diagnostic).strip()[:MAX_DIAGNOSTIC]
    narrow = (classify(diagnostic, command=item.command, status=item.status)
              if diagnostic or item.status else None)
    classification = narrow
    if item.context and (narrow is None or narrow.category in _UNDECIDED):
        context = _SPACE_RE.sub(" ", item.context).strip()
        wider = classify(f"{context} {diagnostic}"[:MAX_CONTEXT], command=item.command,
                         status=item.status or (str(narrow.enhanced)
                                                if narrow and narrow.enhanced else None))
        if wider.category not in _UNDECIDED:
            classification = wider
    if classification is None or classification.category in _UNDECIDED:
        failing = _failing_reply(item.diagnostic)
        if failing:
            classification = classify(failing, command=item.command, status=item.status)
    enhanced = narrow.enhanced if narrow else None
    remote = item.remote_mta
    if remote is None and "host" in diagnostic:  # only then can the parser find one
        remote = parse(diagnostic).remote_host
    return BounceRecipient(
        recipient=item.recipient,
        original_recipient=item.original,
        action=item.action,
        status=item.status or (str(enhanced) if enhanced else None),
        remote_mta=remote,
        reporting_mta=item.reporting_mta,
        diagnostic=diagnostic,
        command=item.command or (narrow.command if narrow else None),
        classification=classification,
    )


def _failing_reply(text: str) -> str:
    """The last failure reply of a session transcript (``Out: 451 …``, ``<<< 550 …``)."""
    replies = [found.group(1) for line in text.splitlines()[:_MAX_TRANSCRIPT]
               if (found := _TRANSCRIPT_REPLY_RE.match(line))]
    return replies[-1] if replies else ""


def _strip_type(value: str) -> str:
    """``"smtp; 550 …"`` -> ``"550 …"``: drop the RFC 3464 type before the value."""
    found = _TYPE_RE.match(value)
    return value[found.end():].strip() if found else value.strip()


def _address(value: str) -> str:
    found = ADDRESS_RE.search(value[:1000])
    return found.group().strip(".") if found else ""


def _comment(block: mime.DsnFields) -> str:
    """The comment of ``Status: 4.0.0 (host name lookup failure)``, where there is one."""
    found = _COMMENT_RE.search(block.get("status", "")[:500])
    return found.group(1).strip() if found else ""


def _status(value: str) -> str | None:
    found = enhanced_from_text(value[:200])  # the package's one reading of an enhanced code
    return ".".join(map(str, found)) if found else None
