"""Amazon SES (email-smtp.<region>.amazonaws.com, the sending side): the refusals its SMTP
interface and API return to the sending program, above all the unverified sender identity
("554 Message rejected: Email address is not verified. The following identities failed the check
in region ..."), and the bounce subtypes and diagnostic codes of its bounce notifications
("bounceSubType": "OnAccountSuppressionList", "MailboxFull", ...). Sources: "Amazon SES email
sending errors", "SMTP response codes returned by Amazon SES", "Contents of notifications for
Amazon SES" and the suppression list pages (docs.aws.amazon.com/ses/latest/dg/), and the replies
pasted in the issues below. The subtypes "General", "Suppressed" and "Undetermined" are single
common words and are left out. The SMTP response table was read whole: 421 too many connections,
451/454 temporary service failure, 454 throttling, 530/535 credentials, 552 too long, 553 address
syntax, 554 access denied (IAM) and unverified identity; and the sending errors: account paused,
MAIL FROM domain not verified, configuration set does not exist, request parameters SES refuses
and a raw message lacking a required header.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_ERRORS = "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html"
_NOTIFICATIONS = "https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html"
_GLOBAL_LIST = "https://docs.aws.amazon.com/ses/latest/dg/sending-email-global-suppression-list.html"
_SMTP = "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html"

PROVIDER = Provider(
    name="amazonses",
    hosts=("amazonses.com", "amazonaws.com", "email-smtp.us-east-1.amazonaws.com"),
    source=_ERRORS,
    tokens=(
        # bounceSubType of a Permanent bounce: "the email address doesn't exist".
        Token("amazonses.no-email", C.USER_UNKNOWN, ("noemail",), _NOTIFICATIONS),
        # Not sent: the address is on the account-level suppression list (which holds hard
        # bounces, complaints or both, the subtype does not say which).
        Token("amazonses.on-account-list", C.POLICY_VIOLATION, ("onaccountsuppressionlist",),
              _NOTIFICATIONS),
        # bounceSubTypes of a Transient bounce.
        Token("amazonses.mailbox-full", C.MAILBOX_FULL, ("mailboxfull",), _NOTIFICATIONS),
        Token("amazonses.too-large", C.MESSAGE_TOO_LARGE, ("messagetoolarge",), _NOTIFICATIONS),
        Token("amazonses.content-rejected", C.CONTENT_REJECTED,
              ("contentrejected", "attachmentrejected"), _NOTIFICATIONS),
        # The API's error code for a request naming a configuration set the account lacks.
        Token("amazonses.no-config-set", C.SYNTAX_ERROR, ("configurationsetdoesnotexist",),
              _ERRORS),
    ),
    phrases=(
        # The From, Source, Sender or Return-Path address (or domain) is not a verified identity
        # in that region (and, in the sandbox, the recipient too).
        Phrases("amazonses.not-verified", C.SENDER_REJECTED,
                ("email address is not verified", "identities failed the check",
                 "mail from domain is not verified",
                 "mailfromdomainnotverified"), _ERRORS),
        # "Daily message quota exceeded": the account sent its 24-hour quota (a sending limit of
        # the account, not a full mailbox).
        Phrases("amazonses.daily-quota", C.RATE_LIMITED, ("daily message quota exceeded",),
                _ERRORS),
        # "454 Temporary service failure": SES did not receive the request (451 likewise: it
        # could not process it). Retry.
        Phrases("amazonses.temporary-failure", C.SERVER_ERROR,
                ("temporary service failure",), _SMTP),
        # "Account is paused": SES paused the account's sending (its review of bounce and
        # complaint rates); the API says "Sending paused for this account".
        Phrases("amazonses.sending-paused", C.REPUTATION,
                ("sending paused for this account", "account is paused",
                 "accountsendingpausedexception"), _ERRORS),
        # "554 Access denied: User <ARN> is not authorized to perform ses:SendRawEmail on
        # resource <identity>": the IAM or sending-authorization policy of the credentials'
        # owner does not allow the send.
        Phrases("amazonses.not-authorized", C.AUTH_FAILED,
                ("is not authorized to perform",), _SMTP),
        # A request parameter SES refuses: an unknown configuration set, a malformed address.
        Phrases("amazonses.bad-parameter", C.SYNTAX_ERROR,
                ("configuration set does not exist", "missing final '@domain", "missing local name",
                 "contains illegal character",
                 "contains control or whitespace"), _ERRORS),
        # The raw message lacks a header SES needs.
        Phrases("amazonses.missing-header", C.CONTENT_REJECTED,
                ("missing required header", "empty required header"), _ERRORS),
        # "554 Transaction failed: Duplicate header '<name>'": the raw message carries a header
        # twice; a second DKIM-Signature (the sender signed, SES signs again) is the common
        # case, and its header name is not a DKIM verdict. The API refuses a header line it
        # cannot parse ("Illegal header '<text>'") or a header block over its limit ("Header
        # section too long").
        Phrases("amazonses.bad-header", C.CONTENT_REJECTED,
                ("duplicate header 'dkim-signature'", "illegal header '",
                 "header section too long"),
                "https://github.com/mailcow/mailcow-dockerized/issues/4052; "
                "https://github.com/axllent/mailpit/issues/642; "
                "https://github.com/jmhobbs/Swiftmailer-Transport--AWS-SES/issues/13; "
                "https://github.com/aws/aws-sdk-php/issues/981"),
        # The global suppression list holds addresses that recently bounced hard: "Amazon SES has
        # suppressed sending to this address because it has a recent history of bouncing as an
        # invalid address."
        Phrases("amazonses.global-suppression", C.USER_UNKNOWN,
                ("has a recent history of bouncing",), _GLOBAL_LIST),
        # The diagnostic text of an OnAccountSuppressionList bounce: "Amazon SES has suppressed
        # sending to this address because it is on the account-level suppression list".
        Phrases("amazonses.account-list-words", C.POLICY_VIOLATION,
                ("is on the account-level suppression list",), _NOTIFICATIONS),
    ),
)
