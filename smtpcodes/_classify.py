"""The public entry points ``classify``, ``classify_many``, ``classify_refused`` and ``parse``:
cache and result building.

The path is: input to text (:mod:`._input`) → parse (:mod:`._parse`) → evidence and decision
(:mod:`._decide`) → a frozen ``Classification``. Results are cached per distinct input and shared;
a reply seen before costs one dictionary look-up. Each verdict's fields are validated once into a
shell ``Classification``; a decision's template is the shell with its evidence, and a reply's own
fields (code, enhanced code, text, command) are copied into that. Memory is bounded:
:data:`CACHE_ENTRIES` short replies (up to :data:`SHORT` characters), :data:`LONG_CACHE_ENTRIES`
long ones (up to :data:`~smtpcodes._parse.MAX_SCAN`) and :data:`TEMPLATES` templates, at most
about 82 MB in all even for replies of 4-byte characters (the short replies' generations are
bounded in characters too, :data:`CACHE_CHARACTERS`).

Each cache is two generations of half its size: new results go to the young one; when it is
full it becomes the old one (the old one is dropped), and a reply found only in the old one moves
back to the young one. So nothing is evicted entry by entry (a dict that has lost many entries
one at a time is slow to iterate and to probe), and the replies in use survive a turnover.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import timedelta
from functools import lru_cache
from typing import Final, TypeVar, cast

from smtpcodes._decide import Candidate, Decision, decide, settle
from smtpcodes._input import (
    Normalized,
    ReplyInput,
    clean_text,
    command_hint,
    decode,
    hint,
    normalize,
)
from smtpcodes._parse import (
    ENHANCED,
    Enhanced,
    ParsedReply,
    enhanced_triple,
    parse_text,
    retry_hint,
)
from smtpcodes._tables import DEFAULT_RETRY, DESCRIPTIONS, NATURE, PREFIXES, RETRY_SCHEDULE
from smtpcodes.enums import Action, Category, EvidenceKind, Scope, Severity
from smtpcodes.models import Classification, EnhancedStatusCode, Evidence, Reply, RetryAdvice

__all__ = [
    "CACHE_CHARACTERS",
    "CACHE_ENTRIES",
    "LONG_CACHE_ENTRIES",
    "SHORT",
    "classify",
    "classify_many",
    "classify_refused",
    "clear_caches",
    "parse",
]

SHORT: Final = 512
"""Replies up to this many characters go to the main cache; longer ones to a small one (RFC 5321
§4.5.3.1.5 allows 512 a reply line; fewer than one real reply or diagnostic in a hundred in
``tests/data`` and the shared corpus is longer)."""
CACHE_ENTRIES: Final = 32768
"""Short replies cached, in two generations of 16,384 (a working set of 16,384 distinct replies
is always answered from the cache)."""
CACHE_CHARACTERS: Final = 4 * 1024 * 1024
"""Characters of short replies the young generation holds at most: it turns over at 16,384
replies or at this many characters, whichever comes first (typical replies of 100-200
characters reach the entry bound first). So the two generations hold at most 8 Mi characters,
twice (the key and the result's text), 4 bytes each: ~64 MB worst case."""
TEMPLATES: Final = 16384
"""Distinct decisions whose result template is kept (each about 1 KB: ~16 MB at most). A
decision names the phrase read, so nearly every distinct reply wording has one of its own."""
LONG_CACHE_ENTRIES: Final = 64
"""Long replies cached (at most 64 × 4,096 characters × 4 bytes, twice: ~2 MB worst case)."""

_STATUS_RE: Final = re.compile(ENHANCED + r"[ \t]*+(?:\(|$)", re.ASCII)
"""A DSN ``Status:`` value: the code alone, or followed by a comment (RFC 3464 §2.3.4)."""

_Key = str | bytes | tuple[object, ...]
_CACHE: dict[_Key, Classification] = {}
_OLD: dict[_Key, Classification] = {}
_LONG_CACHE: dict[_Key, Classification] = {}
_LONG_OLD: dict[_Key, Classification] = {}
_HINTED: Final = object()
"""The first item of every key that is not the reply itself, so that no argument can equal it."""
_YOUNG_CHARACTERS: list[int] = [0]
"""Characters of the short replies in the young generation (a list: one mutable cell)."""
_cached: Final = _CACHE.get
"""The cache's look-up, bound once: a reply seen before costs this one call."""


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
        parsed = parse_text(clean_text(reply))
    elif isinstance(reply, bytes | bytearray):
        parsed = parse_text(decode(reply))
    else:
        msg = f"parse() takes str or bytes, not {type(reply).__name__}"
        raise TypeError(msg)
    return Reply(
        code=parsed.code,
        enhanced=_enhanced(parsed.enhanced),
        text=parsed.text,
        command=parsed.command,
        remote_host=parsed.remote_host,
        retry_after=retry_hint(parsed.text, parsed.lowered),
    )


def classify(
    reply: ReplyInput, /, *, command: str | None = None, status: str | None = None
) -> Classification:
    """Say what an SMTP reply means and what the sending program should do.

    Args:
        reply: the reply as text or bytes (one line or many, bare or wrapped in a bounce's
            diagnostic text), a basic code as ``int``, smtplib's ``(code, message)`` pair, an
            smtplib/aiosmtplib exception (response errors and connection failures alike).
        command: the SMTP command the reply answered (``"RCPT"``, ``"MAIL"``, ``"DATA"``…),
            where the caller knows it.
        status: a DSN ``Status:`` value (``"5.1.1"``), used when the reply has no enhanced code.

    Never raises on a ``str`` or ``bytes`` of any content: what cannot be read is
    ``Category.UNKNOWN``.

    >>> c = classify("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred")
    >>> c.severity.value, c.category.value, c.action.value, c.scope.value
    ('transient', 'reputation', 'retry', 'domain')

    Raises:
        TypeError: ``reply``, ``command`` or ``status`` is of another type.
    """
    if command is None and status is None:
        try:  # a reply seen before costs one look-up; a long one is not hashed here (hashing
            # a megabyte costs more than classifying its first 4 KiB)
            hit = _cached(reply) if len(reply) <= SHORT else None  # type: ignore[arg-type]
        except TypeError:  # no length (an int, an exception) or not hashable (a bytearray)
            hit = None
        if hit is not None:
            return hit
        return _first_time(reply)
    return _classify(normalize(reply), command_hint(command), _status(hint("status", status)))


def _first_time(reply: ReplyInput) -> Classification:
    """A reply given without hints that the young cache does not hold."""
    kind = type(reply)
    if (kind is not str and kind is not bytes) or len(reply) > SHORT:  # type: ignore[arg-type]
        return _classify(normalize(reply), None, None)
    key: str | bytes = reply  # type: ignore[assignment]
    found = _OLD.get(key)
    if found is None:
        if kind is str and key.isascii():  # clean text, no hints
            parsed = parse_text(key)  # type: ignore[arg-type]
            found = _result(parsed, decide(parsed))
        else:
            found = _classify(normalize(key), None, None)
    return _remember(_CACHE, _OLD, key, found, CACHE_ENTRIES, len(key))


def classify_many(
    replies: Iterable[ReplyInput], /, *, command: str | None = None
) -> Iterator[Classification]:
    """Classify each reply in turn, in order (a generator: constant memory on any stream).

    >>> [c.category.value for c in classify_many(["452 4.2.2 Mailbox full", "250 Ok"])]
    ['mailbox_full', 'delivered']
    """
    hinted = command_hint(command)
    if hinted is not None:
        for reply in replies:
            yield _classify(normalize(reply), hinted, None)
        return
    for reply in replies:
        yield classify(reply)


def classify_refused(refused: object, /) -> dict[str, Classification]:
    """Classify each recipient's reply of a refusal, keyed by address (answers to RCPT TO).

    Takes ``smtplib.SMTPRecipientsRefused``, the dict ``SMTP.sendmail()`` returns on partial
    failure (``{address: (code, message)}``), aiosmtplib's ``SMTPRecipientsRefused`` (a list of
    ``SMTPRecipientRefused``) and the ``(errors, message)`` pair its ``send()`` returns.

    >>> got = classify_refused({"a@example.com": (550, b"5.1.1 User unknown")})
    >>> got["a@example.com"].category.value
    'user_unknown'

    Raises:
        TypeError: ``refused`` is none of these.
    """
    recipients = getattr(refused, "recipients", refused)
    if isinstance(refused, tuple) and len(refused) == 2 and isinstance(refused[0], Mapping):
        recipients = refused[0]  # aiosmtplib's send() -> (errors, message)
    if isinstance(recipients, Mapping):
        return {str(address): classify(_pair(reply), command="RCPT")
                for address, reply in recipients.items()}
    if isinstance(recipients, list | tuple) and all(
            hasattr(item, "recipient") for item in recipients):
        return {str(item.recipient): classify(item, command="RCPT") for item in recipients}
    msg = ("classify_refused() takes SMTPRecipientsRefused or a {address: (code, message)} "
           f"dict, not {type(refused).__name__}")
    raise TypeError(msg)


def _pair(reply: object) -> ReplyInput:
    if isinstance(reply, tuple) and len(reply) == 2:  # smtplib's pair, aiosmtplib's SMTPResponse
        return (int(reply[0]), reply[1])
    return reply  # type: ignore[return-value]  # normalize() names the wrong type


def _status(status: str | None) -> Enhanced | None:
    if status is None:
        return None
    found = _STATUS_RE.match(status.strip())
    if found is None:
        return None
    return enhanced_triple(found["enh"])


def _classify(given: Normalized, command: str | None, status: Enhanced | None) -> Classification:
    command = command or given.command
    if given.code is None and command is None and status is None and given.failure is None:
        key: _Key = given.text
    else:
        key = (_HINTED, given.text, given.code, command, status, given.failure)
    short = len(given.text) <= SHORT
    cache, old = (_CACHE, _OLD) if short else (_LONG_CACHE, _LONG_OLD)
    found = cache.get(key)
    if found is not None:
        return found
    found = old.get(key)
    return _remember(cache, old, key, _build(given, command, status) if found is None else found,
                     CACHE_ENTRIES if short else LONG_CACHE_ENTRIES, len(given.text))


def clear_caches() -> None:
    """Forget every cached result (benchmarks measure the uncached path with it)."""
    for cache in (_CACHE, _OLD, _LONG_CACHE, _LONG_OLD):
        cache.clear()
    _YOUNG_CHARACTERS[0] = 0
    _template.cache_clear()
    _shell.cache_clear()
    _enhanced.cache_clear()
    enhanced_triple.cache_clear()


def _remember(  # noqa: PLR0913, PLR0917
    cache: dict[_Key, Classification], old: dict[_Key, Classification], key: _Key,
    result: Classification, limit: int, size: int,
) -> Classification:
    """Store ``result`` (for a reply of ``size`` characters) in the young generation ``cache``
    (``limit`` entries in both; the short replies' also :data:`CACHE_CHARACTERS`); the stored one
    is returned, so that under threads the same input still yields one shared object."""
    short = cache is _CACHE
    if len(cache) >= limit // 2 or (short and _YOUNG_CHARACTERS[0] >= CACHE_CHARACTERS):
        old.clear()  # the young generation is full: it becomes the old one
        old.update(cache)
        cache.clear()
        if short:
            _YOUNG_CHARACTERS[0] = 0
    if short:
        _YOUNG_CHARACTERS[0] += size
    return cache.setdefault(key, result)


def _build(given: Normalized, command: str | None, status: Enhanced | None) -> Classification:
    if given.failure is not None:
        parsed = ParsedReply(None, None, given.text, command, None)
        decision = _failure_decision(given.failure, given.rule)
    else:
        parsed = parse_text(given.text)
        if given.code is not None:
            parsed = parsed._replace(code=given.code)
        if command is not None:
            parsed = parsed._replace(command=command)
        from_status = status is not None and (parsed.enhanced is None or parsed.enhanced[2] == 0)
        if from_status:
            parsed = parsed._replace(enhanced=status)  # a DSN's status is at least as specific
        decision = decide(parsed, status_hint=from_status)
    return _result(parsed, decision)


def _result(parsed: ParsedReply, decision: Decision) -> Classification:
    enhanced = None if parsed.enhanced is None else _enhanced(parsed.enhanced)
    template = _template(decision, None)
    if template.action is Action.RETRY:  # only a retry reads the server's stated wait
        wait = retry_hint(parsed.text, parsed.lowered)
        if wait is not None:
            template = _template(decision, wait)
    values = template.__dict__.copy()
    values["code"] = parsed.code
    values["enhanced"] = enhanced
    values["text"] = parsed.text
    values["command"] = parsed.command
    values["code_conflict"] = (parsed.code is not None and enhanced is not None
                               and parsed.code // 100 != enhanced.klass)
    return _assembled(Classification, values)


def _slot_setter(name: str) -> Callable[[object, object], None]:
    """The setter of a slot pydantic's ``BaseModel`` declares, taken from its descriptor: one C
    call, where ``object.__setattr__`` first looks the name up along the class's bases."""
    for klass in Classification.__mro__:
        if name in vars(klass):
            return cast("Callable[[object, object], None]", vars(klass)[name].__set__)
    raise AttributeError(name)  # pragma: no cover - pydantic declares all four


_NEW: Final = object.__new__
_SET_DICT: Final = _slot_setter("__dict__")
_SET_FIELDS_SET: Final = _slot_setter("__pydantic_fields_set__")
_SET_EXTRA: Final = _slot_setter("__pydantic_extra__")
_SET_PRIVATE: Final = _slot_setter("__pydantic_private__")
_FIELDS_SETS: Final = {model: set(model.model_fields) for model in (Classification, Evidence)}
"""Results are the validated template's fields with the reply's own: code, enhanced code, text
and command are already valid (parsed by the patterns the model's constraints describe), so
they are set without validating the whole model again, as ``model_construct`` would set them."""


def _failure_decision(category: Category, rule: str) -> Decision:
    # A connection that failed or a name that did not resolve may work on the next attempt (no
    # server declared anything permanent); a failed TLS handshake needs the setup fixed.
    severity = Severity.TRANSIENT if category is not Category.TLS_REQUIRED else NATURE[category]
    return Decision(Candidate(0, 0, 2, category, EvidenceKind.HINT, f"exception.{rule}", rule),
                    None, severity)


@lru_cache(maxsize=TEMPLATES)
def _template(decision: Decision, wait: timedelta | None) -> Classification:
    """One ``Classification`` per decision and wait; replies copy their fields in. Built from a
    validated shell per verdict (a few hundred exist) and the decision's evidence, so that a new
    decision (one per reply, nearly, when the evidence names the phrase it read) validates
    nothing."""
    category, severity, action, scope, winner, runner_up, retry_after = settle(decision)
    values = _shell(category, severity, action, scope, retry_after, wait).__dict__.copy()
    values["evidence"] = _evidence(winner, None if runner_up is None else _evidence(runner_up))
    return _assembled(Classification, values)


@lru_cache(maxsize=1024)
def _shell(category: Category, severity: Severity, action: Action, scope: Scope,  # noqa: PLR0913, PLR0917
           retry_after: timedelta | None, wait: timedelta | None) -> Classification:
    """The validated ``Classification`` of a verdict, with placeholder evidence."""
    return Classification(
        code=None,
        enhanced=None,
        severity=severity,
        category=category,
        action=action,
        scope=scope,
        retry=_retry(category, action, retry_after, wait),
        evidence=Evidence(kind=EvidenceKind.NONE, rule="none", matched=""),
        description=f"{PREFIXES[severity]}: {DESCRIPTIONS[category]}",
    )


def _evidence(candidate: Candidate, runner_up: Evidence | None = None) -> Evidence:
    """The evidence a candidate is: its fields are the knowledge's own (an ``EvidenceKind``, a
    rule id, the phrase or code read, a ``Category``), set without validating them again."""
    return _assembled(Evidence, {"kind": candidate.kind, "rule": candidate.rule,
                                 "matched": candidate.matched, "category": candidate.category,
                                 "runner_up": runner_up})


_Model = TypeVar("_Model", Classification, Evidence)


def _assembled(model: type[_Model], values: dict[str, object]) -> _Model:
    """A ``model`` holding ``values``, all of them valid already, as ``model_construct`` would
    build it, through pydantic's slot descriptors (see :func:`_slot_setter`)."""
    made = _NEW(model)
    _SET_DICT(made, values)
    _SET_FIELDS_SET(made, _FIELDS_SETS[model])
    _SET_EXTRA(made, None)
    _SET_PRIVATE(made, None)
    return made


def _retry(category: Category, action: Action, retry_after: timedelta | None,
           wait: timedelta | None) -> RetryAdvice:
    if action is not Action.RETRY:
        return RetryAdvice(retry=False)
    row = RETRY_SCHEDULE.get(category, DEFAULT_RETRY)
    after = retry_after if retry_after is not None else wait
    return RetryAdvice(retry=True, after=after if after is not None else row.after,
                       give_up_after=row.give_up_after)


@lru_cache(maxsize=1024)
def _enhanced(triple: Enhanced | None) -> EnhancedStatusCode | None:
    if triple is None:
        return None
    return EnhancedStatusCode(klass=triple[0], subject=triple[1], detail=triple[2])
