"""Gmail and Google Workspace (gsmtp): the ``?p=`` help keys its replies link to and the wording of
its published reply templates. Sources: Google's "Gmail SMTP errors and codes" table
(support.google.com/a/answer/3726730, read in full, with its ``/mail/?p=`` links) and the Email
sender guidelines (support.google.com/mail/answer/81126), which give the 4.7.2x/5.7.2x
authentication, PTR, TLS and unsolicited-rate wordings; the HELO, RFC 5322 header and
unauthenticated-command rows are below, each backed by replies pasted in public issue threads.
Also Google Groups' own refusals (answer 168383) and
Gmail's "Address not found" notice for a domain that does not resolve.
"""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_CODES = "https://support.google.com/a/answer/3726730"
_GUIDE = "https://support.google.com/mail/answer/81126"

PROVIDER = Provider(
    name="gmail",
    hosts=("gmail.com", "googlemail.com", "google.com", "aspmx.l.google.com", "smtp.gmail.com"),
    source=_CODES,
    tokens=(
        # The help keys of support.google.com/mail/?p=<key>, one entry per documented meaning.
        Token("gmail.p-nosuchuser", C.USER_UNKNOWN, ("p=nosuchuser",), _CODES),
        Token("gmail.p-disableduser", C.MAILBOX_DISABLED, ("p=disableduser",), _CODES),
        Token("gmail.p-overquota", C.MAILBOX_FULL, ("p=overquotatemp", "p=overquotaperm"), _CODES),
        Token("gmail.p-receiving-rate", C.RATE_LIMITED,
              ("p=receivingrate", "p=overreceivelimit", "p=toomanyrecipientserror",
               "p=quotareject"), _CODES),
        Token("gmail.p-badrcptdomain", C.HOST_UNKNOWN, ("p=badrcptdomain",), _CODES),
        # UnsolicitedMessageError, UnsolicitedIPError, UnsolicitedRateLimitError (4.7.28/5.7.28).
        Token("gmail.p-unsolicited", C.REPUTATION, ("p=unsolicited",), _CODES),
        Token("gmail.p-notauthorized", C.BLOCKLISTED, ("p=notauthorizederror",), _CODES),
        Token("gmail.p-ipv6", C.REVERSE_DNS,
              ("p=ipv6autherror", "p=ipv6_authentication_error"), _CODES),
        Token("gmail.p-maxsize", C.MESSAGE_TOO_LARGE, ("p=maxsizeerror",), _CODES),
        Token("gmail.p-badcredentials", C.AUTH_FAILED,
              ("p=badcredentials", "p=invalidsecondfactor", "p=webloginrequired"), _CODES),
        Token("gmail.p-wantauth", C.AUTH_REQUIRED, ("p=wantautherror",), _CODES),
        # ?p=RfcMessageNonCompliant, the key of Gmail's 550 5.7.1 refusals of a message that is
        # not RFC 5322 compliant (a header it may carry once, repeated: "multiple Cc headers").
        Token("gmail.p-rfc-noncompliant", C.CONTENT_REJECTED, ("p=rfcmessagenoncompliant",),
              f"{_CODES}; https://lore.kernel.org/xen-devel/"
              "8074634d-fd76-43fc-8e0f-4c3a70ea5360@xen.org/"),
        # ?p=BlockedMessage resolves to answer 6590, "Some file types are blocked": the key of the
        # 552 5.7.0 "content presents a potential security issue" refusal, a rule about what the
        # message carries (content_rejected, as gmail.security).
        Token("gmail.p-blocked-message", C.CONTENT_REJECTED, ("p=blockedmessage",),
              "https://support.google.com/mail/answer/6590; "
              "https://github.com/gophish/gophish/issues/2921"),
        # Gmail's own "Message blocked" notice when it refuses to send a message it judges to be
        # spam: "Message rejected. See https://support.google.com/mail/answer/69585 for more
        # information." (answer 69585: "Why has Gmail blocked my messages?").
        Token("gmail.outbound-blocked", C.SPAM_CONTENT, ("answer/69585",),
              "https://github.com/Ombi-app/Ombi/issues/4916"),
    ),
    phrases=(
        # "gcdp" marks a rejection by a rule the Workspace administrator created, with the text
        # the administrator wrote: a weak word, so that a cause that text names (a mailbox that
        # "doesn't exist", a message "flagged as spam") is read, and "policy" only without one.
        Phrases("gmail.gcdp", C.POLICY_VIOLATION, ("gcdp",), _CODES, decisive=False),
        Phrases("gmail.user-unknown", C.USER_UNKNOWN,
                ("email account that you tried to reach does not exist",), _CODES),
        # "553 5.1.3 The recipient address <x> is not a valid RFC 5321 address" (older replies:
        # 553 5.1.2 and "RFC-5321"): the RCPT TO address is malformed (no domain, a list of
        # addresses in one), so no mailbox can have it; read as a dead address, as X.1.3 is.
        Phrases("gmail.invalid-address", C.USER_UNKNOWN,
                ("not a valid rfc-5321 address", "not a valid rfc 5321 address"),
                f"{_CODES}; https://github.com/dart-lang/pub-dev/issues/8403; "
                "ActiveCampaign/smtp-field-manual:data/codes/553.json"),
        Phrases("gmail.disabled", C.MAILBOX_DISABLED,
                ("account that you tried to reach is disabled",
                 "account that you tried to reach is inactive"), _CODES),
        Phrases("gmail.host-unknown", C.HOST_UNKNOWN,
                ("we weren't able to find the recipient domain",), _CODES),
        # Gmail's "Address not found" notice for a domain that does not resolve: "Your message
        # wasn't delivered to <address> because the domain <domain> couldn't be found. Check for
        # typos or unnecessary spaces and try again."
        Phrases("gmail.domain-not-found-notice", C.HOST_UNKNOWN,
                ("couldn't be found. check for typos",),
                "https://github.com/samouraiworld/zenao/issues/646"),
        Phrases("gmail.receiving-rate", C.RATE_LIMITED,
                ("receiving mail at a rate that prevents", "receiving email at a rate that prevents",
                 "receiving email too quickly",
                 "peak smtp relay limit exceeded", "daily smtp relay limit exceeded",
                 "daily smtp relay sending limit exceeded", "daily user sending quota exceeded",
                 "daily user sending limit exceeded", "your message has too many recipients",
                 "too many recipients for this sender"), _CODES),
        Phrases("gmail.reputation", C.REPUTATION,
                ("very low reputation of the sending", "unusual rate of unsolicited",
                 "unusual amount of unsolicited", "unusual rate of mail", "unusual rate of email",
                 "likely unsolicited"), _GUIDE),
        # 4.7.28 names the identity it rate-limits ("... unusual rate of unsolicited mail
        # originating from your DKIM domain"): the reputation of that domain, not a failed DKIM
        # check, so the whole wording is read before its "DKIM".
        Phrases("gmail.reputation-auth-domain", C.REPUTATION,
                ("unusual rate of unsolicited mail originating from your dkim domain",),
                "https://www.suped.com/knowledge/email-deliverability/technical/"
                "what-causes-gmail-dkim-domain-rate-limiting-errors-and-how-are-they-related-to-"
                "spf"),
        Phrases("gmail.ptr", C.REVERSE_DNS,
                ("does not have a ptr record", "doesn't have a ptr record",
                 "ipv6 sending guidelines regarding ptr records"), _GUIDE),
        Phrases("gmail.tls", C.TLS_REQUIRED,
                ("senders to use tls/ssl", "wasn't sent over a tls connection",
                 "not using a tls connection", "tls required for rcpt domain"), _GUIDE),
        Phrases("gmail.size", C.MESSAGE_TOO_LARGE,
                ("exceeded google's message size limits", "exceeds google's message size limit",
                 "exceeded google's message header size limits", "exceeds google's limit of",
                 "exceeds google's header name limit"), _CODES),
        # The reply points at Gmail's "Some file types are blocked" page (answer 6590): the
        # message carries an attachment of a type Gmail refuses (executables, scripts, also
        # inside archives), a rule about the content, not a virus found (taxonomy: attachment
        # type is content_rejected).
        Phrases("gmail.security", C.CONTENT_REJECTED,
                ("content presents a potential security issue",),
                f"{_CODES}; https://support.google.com/mail/answer/6590"),
        Phrases("gmail.domain-policy", C.POLICY_VIOLATION,
                ("has a policy that prohibit", "ip not in whitelist for rcpt domain"), _CODES),
        # "550-5.7.1 [ip] The IP you're using to send mail is not authorized to send email directly
        # to our servers. Please use the SMTP relay at your service provider instead." (the
        # NotAuthorizedError row, as gmail.p-notauthorized, for replies quoted without the link).
        Phrases("gmail.not-authorized-ip", C.BLOCKLISTED,
                ("ip you're using to send mail is not authorized",),
                f"{_CODES}; https://github.com/ocaml/infrastructure/issues/65"),
        # "550 5.7.0 Mail Sending denied": the SMTP relay refuses the sending account, which is
        # disabled or not registered in the Google Workspace domain (the sender's identity, not
        # a blocklist nor the recipient's mailbox).
        Phrases("gmail.sending-denied", C.SENDER_REJECTED, ("mail sending denied",), _CODES),
        Phrases("gmail.relay", C.RELAY_DENIED,
                ("invalid credentials for relay", "mail relay denied", "email relay denied"),
                _CODES),
        # "501 5.5.4 Empty HELO/EHLO argument not allowed" / "HELO/EHLO argument ... invalid".
        Phrases("gmail.helo", C.SYNTAX_ERROR,
                ("empty helo/ehlo argument", "helo/ehlo argument is invalid"), _CODES),
        # RFC 5322 refusals (?p=RfcMessageNonCompliant, ?p=BlockedMessage): a missing Message-ID,
        # a Unicode character in a header that may not carry one, a malformed message.
        Phrases("gmail.rfc5322", C.CONTENT_REJECTED,
                ("missing a valid message-id", "missing a valid messageid",
                 "unicode character in a disallowed header", "mail message is malformed"),
                _CODES),
        # "451 4.5.0 SMTP protocol violation, see RFC 2821" and "454 4.5.0 SMTP protocol
        # violation, no commands allowed to pipeline after STARTTLS, see RFC 3207": the client
        # broke the protocol (a command pipelined where it may not be), not an AUTH failure nor
        # a server error, as the bare 451/454 would read.
        Phrases("gmail.protocol-violation", C.SYNTAX_ERROR, ("smtp protocol violation",), _CODES),
        # smtp.gmail.com: commands sent before AUTH.
        Phrases("gmail.unauthenticated-commands", C.AUTH_REQUIRED,
                ("too many unauthenticated commands",), _CODES),
        # Google Groups' own refusals: "Message rejected by Google Groups. Please visit
        # .../answer/188131 to review our Bulk Email Senders Guidelines." (answer 168383: others
        # flagged the sending IP as a source of spam); a group over its quota of external
        # recipients; an auto-reply posted to a group.
        Phrases("gmail.groups-rejected", C.REPUTATION,
                ("message rejected by google groups", "bulk email senders guidelines"),
                "https://support.google.com/a/answer/168383"),
        Phrases("gmail.groups-quota", C.RATE_LIMITED,
                ("exceeded its quota for total number of external recipients",),
                "https://github.com/codeforamerica/brigade/issues/242"),
        Phrases("gmail.groups-auto-response", C.POLICY_VIOLATION,
                ("looks like an auto-response",),
                "https://github.com/osTicket/osTicket-1.7/issues/609"),
        Phrases("gmail.server-error", C.SERVER_ERROR,
                ("mail server temporarily rejected message",
                 "email server has temporarily rejected this message",
                 "mail server has temporarily rejected this message",
                 "temporary system problem"), _CODES),
    ),
)
