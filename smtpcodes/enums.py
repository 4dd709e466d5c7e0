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
    description: str
    standard: str

    def __new__(
        cls, value: int, phrase: str = "", description: str = "", standard: str = ""
    ) -> Self:
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        obj.description = description
        obj.standard = standard
        return obj

    def __str__(self) -> str:
        return str(self._value_)

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
    SYSTEM_STATUS = (211, "System status, or system help reply",
                     "Status information or help from the server.", "RFC 5321")
    HELP_MESSAGE = (214, "Help message",
                    "Help text meant for a human reader.", "RFC 5321")
    SERVICE_READY = (220, "Service ready",
                     "The greeting: the server is ready (also: ready to start TLS).", "RFC 5321")
    SERVICE_CLOSING = (221, "Service closing transmission channel",
                       "The server closes the connection after QUIT.", "RFC 5321")
    AUTH_SUCCEEDED = (235, "Authentication succeeded",
                      "SMTP AUTH was accepted.", "RFC 4954")
    OK = (250, "Requested mail action okay, completed",
          "The command was accepted; after DATA the server took responsibility for the message.",
          "RFC 5321")
    USER_NOT_LOCAL_WILL_FORWARD = (251, "User not local; will forward",
                                   "The recipient is elsewhere; the server forwards the message.",
                                   "RFC 5321")
    CANNOT_VERIFY_USER = (252, "Cannot VRFY user, but will accept message and attempt delivery",
                          "The server cannot verify the address but will try to deliver.",
                          "RFC 5321")
    # 3xx: positive intermediate
    AUTH_CHALLENGE = (334, "Server challenge",
                      "An SMTP AUTH challenge; the client sends the next response.", "RFC 4954")
    START_MAIL_INPUT = (354, "Start mail input; end with <CRLF>.<CRLF>",
                        "The server waits for the message data.", "RFC 5321")
    # 4xx: transient negative
    SERVICE_NOT_AVAILABLE = (421, "Service not available, closing transmission channel",
                             "The server cannot serve now (overload, shutdown, policy) and closes "
                             "the connection.", "RFC 5321")
    PASSWORD_TRANSITION_NEEDED = (432, "A password transition is needed",
                                  "The user must authenticate once with another mechanism.",
                                  "RFC 4954")
    MAILBOX_BUSY = (450, "Requested mail action not taken: mailbox unavailable",
                    "The mailbox is unavailable for now (busy, greylisted or blocked for policy "
                    "reasons).", "RFC 5321")
    LOCAL_ERROR = (451, "Requested action aborted: local error in processing",
                   "The receiving side hit a temporary error while processing.", "RFC 5321")
    INSUFFICIENT_STORAGE = (452, "Requested action not taken: insufficient system storage",
                            "The server is short of storage, or too many recipients were given.",
                            "RFC 5321")
    TEMPORARY_FAILURE = (454, "Temporary authentication failure",
                         "AUTH failed for a server-side reason, or TLS is not available now.",
                         "RFC 4954; RFC 3207")
    PARAMETERS_NOT_ACCOMMODATED = (455, "Server unable to accommodate parameters",
                                   "The server cannot take the MAIL or RCPT parameters now.",
                                   "RFC 5321")
    # 5xx: permanent negative
    SYNTAX_ERROR = (500, "Syntax error, command unrecognized",
                    "The command was not recognised, or the line was too long.", "RFC 5321")
    SYNTAX_ERROR_IN_PARAMETERS = (501, "Syntax error in parameters or arguments",
                                  "The command's arguments were malformed.", "RFC 5321")
    COMMAND_NOT_IMPLEMENTED = (502, "Command not implemented",
                               "The server recognises the command but does not implement it.",
                               "RFC 5321")
    BAD_SEQUENCE = (503, "Bad sequence of commands",
                    "The command came in the wrong order.", "RFC 5321")
    PARAMETER_NOT_IMPLEMENTED = (504, "Command parameter not implemented",
                                 "A parameter (or AUTH mechanism) is not supported.", "RFC 5321")
    DOES_NOT_ACCEPT_MAIL = (521, "Host does not accept mail",
                            "This host never accepts mail (a dummy MX).", "RFC 7504")
    ENCRYPTION_NEEDED = (523, "Encryption needed",
                         "A strong encryption layer is needed before this mechanism.",
                         "RFC 5248")
    USER_ACCOUNT_DISABLED = (525, "User account disabled",
                             "The authenticated account is disabled.", "RFC 5248")
    AUTHENTICATION_REQUIRED = (530, "Authentication required",
                               "The server requires SMTP AUTH (or STARTTLS) first.",
                               "RFC 4954; RFC 3207")
    AUTH_MECHANISM_TOO_WEAK = (534, "Authentication mechanism is too weak",
                               "The chosen AUTH mechanism is weaker than the server's policy.",
                               "RFC 4954")
    AUTH_CREDENTIALS_INVALID = (535, "Authentication credentials invalid",
                                "SMTP AUTH failed: user name or password is wrong.", "RFC 4954")
    ENCRYPTION_REQUIRED_FOR_AUTH = (538, "Encryption required for requested authentication "
                                    "mechanism",
                                    "This AUTH mechanism is only allowed over TLS.", "RFC 4954")
    MAILBOX_UNAVAILABLE = (550, "Requested action not taken: mailbox unavailable",
                           "The mailbox does not exist, cannot be reached, or the server refused "
                           "for policy reasons.", "RFC 5321")
    USER_NOT_LOCAL = (551, "User not local; please try <forward-path>",
                      "The recipient is not here; the text may name where to send instead.",
                      "RFC 5321")
    EXCEEDED_STORAGE_ALLOCATION = (552, "Requested mail action aborted: exceeded storage "
                                   "allocation",
                                   "The mailbox is over quota or the message is too large.",
                                   "RFC 5321")
    MAILBOX_NAME_NOT_ALLOWED = (553, "Requested action not taken: mailbox name not allowed",
                                "The address is malformed or not allowed.", "RFC 5321")
    TRANSACTION_FAILED = (554, "Transaction failed",
                          "The transaction failed; as a greeting: no SMTP service here.",
                          "RFC 5321")
    PARAMETERS_NOT_RECOGNIZED = (555, "MAIL FROM/RCPT TO parameters not recognized or not "
                                 "implemented",
                                 "An ESMTP parameter of MAIL or RCPT is not supported.",
                                 "RFC 5321")
    DOMAIN_DOES_NOT_ACCEPT_MAIL = (556, "Domain does not accept mail",
                                   "The recipient domain accepts no mail (null MX).", "RFC 7504")
    DELIVERY_NOT_AUTHORIZED = (571, "Delivery not authorized, message refused",
                               "Non-standard: a policy refusal (relaying, blocklist, filter) used "
                               "by Exchange/IIS and some filters.", "non-standard")


SEVERITY_BY_DIGIT: Final[Mapping[int, Severity]] = MappingProxyType({
    2: Severity.SUCCESS,
    3: Severity.INTERMEDIATE,
    4: Severity.TRANSIENT,
    5: Severity.PERMANENT,
})
"""The severity a reply code's first digit, or an enhanced code's class, declares (RFC 5321 §4.2.1,
RFC 3463 §3.1); the one table every module reads."""
