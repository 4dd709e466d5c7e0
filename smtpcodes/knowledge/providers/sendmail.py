"""Sendmail: the replies of its SMTP server (srvrsmtp.c), the rejections of its standard
rulesets (cf/m4/proto.m4: check_mail, check_rcpt, check_relay) and the wording of its delivery
status notifications (envelope.c, err.c): mailer exit statuses (libsm/strexit.c, "unknown mailer
error"), LDAP map failures (map.c), over-long or bad commands and lost input (srvrsmtp.c),
read errors of its SMTP client (usersmtp.c), a local mailer's bare exit status ("X-Unix; 255",
deliver.c), the null MX text ("556 Host does not accept mail: MX 0 .") and the delay warning of
its DSNs (envelope.c, savemail.c: "Warning: could not send message for past 4 hours", weak beside
the transcript's reason). Sources: the Sendmail 8 source distribution."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider

_SRVR = "hrs-allbsd/sendmail:sendmail/srvrsmtp.c"
_PROTO = "hrs-allbsd/sendmail:cf/m4/proto.m4"
_ENVELOPE = "hrs-allbsd/sendmail:sendmail/envelope.c"
_USERSMTP = "hrs-allbsd/sendmail:sendmail/usersmtp.c"
_STREXIT = "hrs-allbsd/sendmail:libsm/strexit.c"

PROVIDER = Provider(
    name="sendmail",
    hosts=(),
    source="https://www.proofpoint.com/us/products/email-protection/open-source-email-solution",
    phrases=(
        # check_rcpt/BadMX: the MX lookup of the recipient domain failed for now.
        Phrases("sendmail.mx-lookup", C.NETWORK_ERROR, (
            "mx lookup failure for",
            "can not check mx records for",
        ), _PROTO),
        # trust_auth: the AUTH= parameter of MAIL names someone the authenticated user may not
        # act for.
        Phrases("sendmail.act-as", C.SENDER_REJECTED, (
            "not allowed to act as",
        ), _PROTO),
        # check_mail (FEATURE(accept_unqualified_senders) absent): "553 5.5.4 <a>... Domain
        # name required for sender address a", "Real domain name required for sender address":
        # the envelope sender is unqualified.
        Phrases("sendmail.sender-domain-required", C.SENDER_REJECTED, (
            "domain name required for sender address",
        ), _PROTO),
        # tls_server / tls_client / tls_rcpt and the TLS macros of proto.m4 (TLS_Srv, TLS_Clt,
        # DANE): the required STARTTLS failed or was too weak; srvrsmtp.c's "454 4.3.3 TLS
        # currently not available" answers STARTTLS when its TLS layer cannot start.
        Phrases("sendmail.tls", C.TLS_REQUIRED, (
            "encryption too weak",
            "other side does not support starttls",
            "starttls disabled locally",
            "starttls temporarily not possible",
            "starttls failed",
            "dane check failed",
            "dane: missing starttls",
            "do not try tls with",
            "tls currently not available",
        ), _PROTO + "; " + _SRVR),
        # srvrsmtp.c: "504 5.7.0 Sorry, SMTPUTF8 not supported" (SMTPUTF8 off in this build): a
        # message that needs SMTPUTF8 cannot go this way as it is, content_rejected as generic's
        # "smtputf8" and exim.smtputf8 read it (RFC 6531 §3.7.4).
        Phrases("sendmail.smtputf8-unsupported", C.CONTENT_REJECTED, (
            "smtputf8 not supported",
        ), _SRVR),
        # parseaddr.c prescan(): an address too long, or with too many or too long tokens, for
        # sendmail's parser ("553 5.1.1 Address too long", "553 5.1.0 prescan: token too long").
        Phrases("sendmail.address-syntax", C.SYNTAX_ERROR, (
            "prescan: token too long",
            "prescan: too many tokens",
            "address too long",
        ), "hrs-allbsd/sendmail:sendmail/parseaddr.c"),
        Phrases("sendmail.relaying-denied-auth", C.AUTH_REQUIRED, (
            "relaying denied. proper authentication required",
        ), _PROTO),
        Phrases("sendmail.relaying-denied-rdns", C.REVERSE_DNS, (
            "ip name lookup failed",
            "relaying denied. ip name possibly forged",
            "possibly forged hostname for",
        ), _PROTO),
        Phrases("sendmail.bad-sequence", C.BAD_SEQUENCE, (
            "polite people say helo first",
            "i demand that you introduce yourself first",
            "need mail before rcpt",
            "need rcpt (recipient)",
            "auth not permitted during a mail transaction",
        ), _SRVR, decisive=False),
        Phrases("sendmail.loops-back", C.NETWORK_ERROR, (
            "mail loops back to me",
            "points back to",
            "aliasing/forwarding loop",
        ), (_USERSMTP + "; hrs-allbsd/sendmail:sendmail/domain.c; "
            "hrs-allbsd/sendmail:sendmail/recipient.c")),
        Phrases("sendmail.expired", C.EXPIRED, (
            "cannot send message for",
            "message could not be delivered for",
        ), _ENVELOPE),
        # envelope.c, the delay warning (Timeout.queuewarn): still queued, still being retried.
        Phrases("sendmail.delayed", C.EXPIRED, (
            "could not send message for past",
            "message still undelivered after",
            "will keep trying until message is",
            "this is a warning message only",
            "had transient non-fatal errors",
        ), _ENVELOPE + "; hrs-allbsd/sendmail:sendmail/savemail.c", decisive=False),  # the transcript's reason, where there is one, says more
        # sm_sysexmsg(): the texts of the mailer's exit statuses; deliver.c and recipient.c.
        Phrases("sendmail.local-errors", C.SERVER_ERROR, (
            "local configuration error",
            "operating system error",
            "can't create output",
            "cannot open input",
            "system file missing",
            "user database error",
            "died with signal",
        ), (_STREXIT + "; hrs-allbsd/sendmail:sendmail/deliver.c; "
            "hrs-allbsd/sendmail:sendmail/recipient.c")),
        # deliver.c: the recipient domain publishes a null MX (RFC 7505), so no mail goes there.
        Phrases("sendmail.null-mx", C.HOST_UNKNOWN, (
            "host does not accept mail",
        ), "hrs-allbsd/sendmail:sendmail/deliver.c"),
        Phrases("sendmail.cname-loop", C.NETWORK_ERROR, (
            "dns failure: cname loop",
        ), "hrs-allbsd/sendmail:sendmail/domain.c"),
        # deliver.c and mci.c: a mailer (a pipe, procmail, a local program) exited with a status
        # that is no sysexits(3) code.
        Phrases("sendmail.mailer-error", C.SERVER_ERROR, (
            "unknown mailer error",
        ), "hrs-allbsd/sendmail:sendmail/deliver.c; hrs-allbsd/sendmail:sendmail/mci.c"),
        # deliver.c: a local mailer (prog, *file*: diagnostic type X-Unix) exited non-zero without
        # a status text, so the DSN's Diagnostic-Code is its exit status ("X-Unix; 255").
        Phrases("sendmail.x-unix", C.SERVER_ERROR, (
            "x-unix",
        ), "hrs-allbsd/sendmail:sendmail/deliver.c; hrs-allbsd/sendmail:sendmail/readcf.c",
            decisive=False),  # a text the program printed, where there is one, says more
        # map.c: an LDAP map lookup (ldap_routing, LDAP aliases) failed.
        Phrases("sendmail.ldap", C.SERVER_ERROR, (
            "error getting ldap results",
            "error in ldap_search",
        ), "hrs-allbsd/sendmail:sendmail/map.c"),
        Phrases("sendmail.lost-input", C.NETWORK_ERROR, (
            "lost input channel from",
            "reply: read error from",
        ), _SRVR + "; hrs-allbsd/sendmail:sendmail/usersmtp.c"),
        # srvrsmtp.c: the client sent an over-long command line, or too many bad commands.
        Phrases("sendmail.bad-commands", C.SYNTAX_ERROR, (
            "command too long",
            "too many bad commands",
        ), _SRVR),
        Phrases("sendmail.temp-space", C.SYSTEM_FULL, (
            "out of disk space for temp file",
        ), "hrs-allbsd/sendmail:sendmail/collect.c"),
        Phrases("sendmail.protocol-error", C.SYNTAX_ERROR, (
            "remote protocol error",
            "smtp protocol error",
        ), _STREXIT + "; " + _SRVR, decisive=False),
    ),
)
