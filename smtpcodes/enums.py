"""The closed vocabularies of smtpcodes: severities, categories, actions and reply codes.

The names and string values of :class:`Severity`, :class:`Category` and :class:`Action` are the
public contract (``shared/docs/taxonomy.md``); adding a member is a minor release, renaming one
breaks users.

:class:`ReplyCode` lists the basic reply codes of RFC 5321 (§4.2.2, §4.2.3), RFC 4954 (SMTP AUTH),
RFC 3207 (STARTTLS), RFC 5248, RFC 7504 and a few widespread non-standard ones, in the
``http.HTTPStatus`` idiom: an ``IntEnum`` whose members carry an RFC phrase and a description.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum, StrEnum
from types import MappingProxyType
from typing import Final, Self

__all__ = ["Action", "Category", "EvidenceKind", "ReplyCode", "Scope", "Severity"]


def __dir__() -> list[str]:
    return __all__


class Severity(StrEnum):
    """What the server itself declared, read from the reply code's first digit.

    >>> Severity("permanent") is Severity.PERMANENT
    True
    """

    SUCCESS = "success"
    INTERMEDIATE = "intermediate"
    TRANSIENT = "transient"
    PERMANENT = "permanent"
    UNKNOWN = "unknown"


class Category(StrEnum):
    """Why the server answered as it did.

    >>> str(Category.USER_UNKNOWN)
    'user_unknown'
    """

    DELIVERED = "delivered"
    INTERMEDIATE = "intermediate"
    USER_UNKNOWN = "user_unknown"
    MAILBOX_DISABLED = "mailbox_disabled"
    MAILBOX_FULL = "mailbox_full"
    HAS_MOVED = "has_moved"
    HOST_UNKNOWN = "host_unknown"
    RELAY_DENIED = "relay_denied"
    SENDER_REJECTED = "sender_rejected"
    AUTH_REQUIRED = "auth_required"
    AUTH_FAILED = "auth_failed"
    SENDER_UNAUTHENTICATED = "sender_unauthenticated"
    REVERSE_DNS = "reverse_dns"
    TLS_REQUIRED = "tls_required"
    BLOCKLISTED = "blocklisted"
    REPUTATION = "reputation"
    SPAM_CONTENT = "spam_content"
    VIRUS = "virus"
    POLICY_VIOLATION = "policy_violation"
    CONTENT_REJECTED = "content_rejected"
    RATE_LIMITED = "rate_limited"
    TOO_MANY_CONNECTIONS = "too_many_connections"
    GREYLISTED = "greylisted"
    MESSAGE_TOO_LARGE = "message_too_large"
    SYNTAX_ERROR = "syntax_error"
    BAD_SEQUENCE = "bad_sequence"
    NOT_IMPLEMENTED = "not_implemented"
    SERVICE_UNAVAILABLE = "service_unavailable"
    SERVER_ERROR = "server_error"
    SYSTEM_FULL = "system_full"
    NETWORK_ERROR = "network_error"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


class Action(StrEnum):
    """What the sending program should do next.

    >>> Action.SUPPRESS.value
    'suppress'
    """

    NONE = "none"
    CONTINUE = "continue"
    RETRY = "retry"
    SUPPRESS = "suppress"
    FIX_SENDER = "fix_sender"
    FIX_MESSAGE = "fix_message"
    FIX_CLIENT = "fix_client"
    INVESTIGATE = "investigate"


class EvidenceKind(StrEnum):
    """What kind of evidence decided a verdict (the precedence is in the README).

    >>> EvidenceKind.PROVIDER.value
    'provider'
    """

    PROVIDER = "provider"
    """A provider's own tag, private code or vendor enhanced code."""
    PHRASE = "phrase"
    """Wording that names the reason, in any language."""
    ENHANCED = "enhanced"
    """The RFC 3463 enhanced status code of the reply."""
    CODE = "code"
    """The basic reply code's default."""
    CONTEXT = "context"
    """Where the reply came in the dialogue (MAIL FROM, the greeting) changed the reading."""
    HINT = "hint"
    """A hint the caller gave (``status=``), or the exception type, decided."""
    LEARNED = "learned"
    """No rule matched; a word model learned from sourced replies and phrases read the reason
    (the weakest evidence, see ``smtpcodes._learned``)."""
    NONE = "none"
    """Nothing decisive was read."""


class Scope(StrEnum):
    """Whom a verdict is about: the level at which a mailer acts on it.

    >>> Scope.DOMAIN.value
    'domain'
    """

    RECIPIENT = "recipient"
    """This address only; the message's other recipients go on."""
    MESSAGE = "message"
    """This message, whoever receives it: change it before sending it again."""
    DOMAIN = "domain"
    """Every delivery to this destination: slow down or pause the destination's queue."""
    SENDER = "sender"
    """The sending identity (IP, domain, credentials, envelope address, DNS): fix it first."""
    SESSION = "session"
    """This SMTP dialogue: the client used the protocol wrongly."""
    NONE = "none"
    """Nothing to act on: delivered, intermediate, or nothing was read."""


class ReplyCode(IntEnum):
    """Basic SMTP reply codes with their RFC phrase and a one-line description.

    Sources: RFC 5321 §4.2.2/§4.2.3/§3.1, RFC 4954 §4/§6, RFC 3207 §4, RFC 5248, RFC 7504.
    Members marked non-standard are widespread in the wild but registered nowhere.

    >>> ReplyCode(550).phrase
    'Requested action not taken: mailbox unavailable'
    >>> ReplyCode.MAILBOX_UNAVAILABLE.is_permanent
    True
    """

    _value_: int
    phrase: str
    standard: str

    def __new__(cls, value: int, phrase: str = "", standard: str = "") -> Self:
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        obj.standard = standard
        return obj

    def __str__(self) -> str:
        return str(self._value_)

    @property
    def description(self) -> str:
        """One English line; every language's lives in :mod:`smtpcodes.texts`."""
        from smtpcodes.texts.en import WORDS

        return WORDS.code_descriptions[self._value_]

    @property
    def severity(self) -> Severity:
        """The severity the first digit declares."""
        return SEVERITY_BY_DIGIT[self._value_ // 100]

    @property
    def is_success(self) -> bool:
        """True for 2xx."""
        return 200 <= self._value_ < 300

    @property
    def is_intermediate(self) -> bool:
        """True for 3xx."""
        return 300 <= self._value_ < 400

    @property
    def is_transient(self) -> bool:
        """True for 4xx."""
        return 400 <= self._value_ < 500

    @property
    def is_permanent(self) -> bool:
        """True for 5xx."""
        return 500 <= self._value_ < 600

    # 2xx: positive completion
    SYSTEM_STATUS = (211, "System status, or system help reply", "RFC 5321")
    HELP_MESSAGE = (214, "Help message", "RFC 5321")
    SERVICE_READY = (220, "Service ready", "RFC 5321")
    SERVICE_CLOSING = (221, "Service closing transmission channel", "RFC 5321")
    AUTH_SUCCEEDED = (235, "Authentication succeeded", "RFC 4954")
    OK = (250, "Requested mail action okay, completed", "RFC 5321")
    USER_NOT_LOCAL_WILL_FORWARD = (251, "User not local; will forward", "RFC 5321")
    CANNOT_VERIFY_USER = (252, "Cannot VRFY user, but will accept message and attempt "
                               "delivery", "RFC 5321")
    # 3xx: positive intermediate
    AUTH_CHALLENGE = (334, "Server challenge", "RFC 4954")
    START_MAIL_INPUT = (354, "Start mail input; end with <CRLF>.<CRLF>", "RFC 5321")
    # 4xx: transient negative
    SERVICE_NOT_AVAILABLE = (421, "Service not available, closing transmission channel", "RFC 5321")
    PASSWORD_TRANSITION_NEEDED = (432, "A password transition is needed", "RFC 4954")
    MAILBOX_BUSY = (450, "Requested mail action not taken: mailbox unavailable", "RFC 5321")
    LOCAL_ERROR = (451, "Requested action aborted: local error in processing", "RFC 5321")
    INSUFFICIENT_STORAGE = (452, "Requested action not taken: insufficient system "
                                 "storage", "RFC 5321")
    TEMPORARY_FAILURE = (454, "Temporary authentication failure", "RFC 4954; RFC 3207")
    PARAMETERS_NOT_ACCOMMODATED = (455, "Server unable to accommodate parameters", "RFC 5321")
    # 5xx: permanent negative
    SYNTAX_ERROR = (500, "Syntax error, command unrecognized", "RFC 5321")
    SYNTAX_ERROR_IN_PARAMETERS = (501, "Syntax error in parameters or arguments", "RFC 5321")
    COMMAND_NOT_IMPLEMENTED = (502, "Command not implemented", "RFC 5321")
    BAD_SEQUENCE = (503, "Bad sequence of commands", "RFC 5321")
    PARAMETER_NOT_IMPLEMENTED = (504, "Command parameter not implemented", "RFC 5321")
    DOES_NOT_ACCEPT_MAIL = (521, "Host does not accept mail", "RFC 7504")
    ENCRYPTION_NEEDED = (523, "Encryption needed", "RFC 5248")
    USER_ACCOUNT_DISABLED = (525, "User account disabled", "RFC 5248")
    AUTHENTICATION_REQUIRED = (530, "Authentication required", "RFC 4954; RFC 3207")
    AUTH_MECHANISM_TOO_WEAK = (534, "Authentication mechanism is too weak", "RFC 4954")
    AUTH_CREDENTIALS_INVALID = (535, "Authentication credentials invalid", "RFC 4954")
    ENCRYPTION_REQUIRED_FOR_AUTH = (538, "Encryption required for requested authentication "
                                         "mechanism", "RFC 4954")
    MAILBOX_UNAVAILABLE = (550, "Requested action not taken: mailbox unavailable", "RFC 5321")
    USER_NOT_LOCAL = (551, "User not local; please try <forward-path>", "RFC 5321")
    EXCEEDED_STORAGE_ALLOCATION = (552, "Requested mail action aborted: exceeded storage "
                                        "allocation", "RFC 5321")
    MAILBOX_NAME_NOT_ALLOWED = (553, "Requested action not taken: mailbox name not "
                                     "allowed", "RFC 5321")
    TRANSACTION_FAILED = (554, "Transaction failed", "RFC 5321")
    PARAMETERS_NOT_RECOGNIZED = (555, "MAIL FROM/RCPT TO parameters not recognized or not "
                                      "implemented", "RFC 5321")
    DOMAIN_DOES_NOT_ACCEPT_MAIL = (556, "Domain does not accept mail", "RFC 7504")
    DELIVERY_NOT_AUTHORIZED = (571, "Delivery not authorized, message refused", "non-standard")

SEVERITY_BY_DIGIT: Final[Mapping[int, Severity]] = MappingProxyType({
    2: Severity.SUCCESS,
    3: Severity.INTERMEDIATE,
    4: Severity.TRANSIENT,
    5: Severity.PERMANENT,
})
"""The severity a reply code's first digit, or an enhanced code's class, declares (RFC 5321 §4.2.1,
RFC 3463 §3.1); the one table every module reads."""
