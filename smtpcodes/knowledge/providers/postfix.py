"""Postfix: the replies of its SMTP server (smtpd access restrictions, protocol errors, cleanup
status), the delivery status texts of its SMTP client (smtp_trouble.c, smtp_connect.c,
smtp_addr.c: lost connections, routing loops; dns_lookup.c: null MX, no data, resolver
errors; dns_strerror.c's "Host not found, try again", a temporary DNS failure, is a token, as
smtp(8) wraps it in "Host or domain name not found", words that otherwise mean a domain that does
not exist) and of its local delivery agents (local(8),
virtual(8), pipe(8): lookup and lock failures, configuration errors, failed commands and their
sysexits(3) texts from global/sys_exits.c), and the queue manager's expiry (qmgr_active.c:
"status=expired", and the administrative one). Sources: Postfix source
(src/smtpd/smtpd.c, src/smtpd/smtpd_check.c, src/global/cleanup_strerror.c, src/smtp/,
src/local/, src/virtual/, src/pipe/, src/global/pipe_command.c, src/qmgr/) and the
replies its test suite records (src/smtpd/*.ref)."""

from __future__ import annotations

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Provider, Token

_SMTPD = "vdukhovni/postfix:postfix/src/smtpd/smtpd.c"
_CHECK = "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c"
_CLEANUP = "vdukhovni/postfix:postfix/src/global/cleanup_strerror.c"
_SMTP_TROUBLE = "vdukhovni/postfix:postfix/src/smtp/smtp_trouble.c"
_SMTP_CONNECT = "vdukhovni/postfix:postfix/src/smtp/smtp_connect.c"
_LOCAL = "vdukhovni/postfix:postfix/src/local/"
_DNS = "vdukhovni/postfix:postfix/src/dns/"

PROVIDER = Provider(
    name="postfix",
    hosts=(),
    source="https://www.postfix.org/",
    tokens=(
        # dns/dns_strerror.c: Postfix's own text for the resolver's TRY_AGAIN (SERVFAIL, a
        # timeout). smtp(8) and lmtp(8) wrap it in "Host or domain name not found. Name service
        # error for name=... type=...:", words that otherwise mean a domain that does not exist;
        # this text says the lookup failed for now (dsn=4.4.3).
        Token("postfix.dns-try-again", C.NETWORK_ERROR, (
            "host not found, try again",
        ), _DNS + "dns_strerror.c; " + _DNS + "dns_lookup.c"),
    ),
    phrases=(
        Phrases("postfix.user-unknown-table", C.USER_UNKNOWN, (
            "user unknown in local recipient table",
            "user unknown in virtual mailbox table",
            "user unknown in virtual alias table",
            "user unknown in relay recipient table",
        ), _CHECK),
        Phrases("postfix.relay-access-denied", C.RELAY_DENIED, (
            "relay access denied",
        ), _CHECK),
        Phrases("postfix.helo-rejected", C.POLICY_VIOLATION, (
            "helo command rejected: need fully-qualified hostname",
            "helo command rejected: invalid ip address",
            "helo command rejected: host not found",
            "helo command rejected: invalid name",
        ), _CHECK),
        Phrases("postfix.client-hostname", C.REVERSE_DNS, (
            "client host rejected: cannot find your hostname",
            "client host rejected: cannot find your reverse hostname",
        ), _CHECK),
        Phrases("postfix.sender-rejected", C.SENDER_REJECTED, (
            "sender address rejected: domain not found",
            "sender address rejected: need fully-qualified address",
            "sender address rejected: not owned by user",
            "sender address rejected: not logged in",
            "sender address rejected: undeliverable address",
            "sender address rejected: unverified address",
        ), _CHECK),
        # reject_non_fqdn_recipient: an address without a fully-qualified domain can never be
        # delivered, as RFC 3463's X.1.3 (bad destination address syntax) says.
        Phrases("postfix.recipient-not-fqdn", C.USER_UNKNOWN, (
            "recipient address rejected: need fully-qualified address",
        ), _CHECK),
        Phrases("postfix.recipient-domain-not-found", C.HOST_UNKNOWN, (
            "recipient address rejected: domain not found",
        ), _CHECK),
        Phrases("postfix.pipelining", C.BAD_SEQUENCE, (
            "improper use of smtp command pipelining",
            "error: smtp protocol synchronization",
        ), _CHECK),
        Phrases("postfix.bad-sequence", C.BAD_SEQUENCE, (
            "error: need mail command",
            "error: need rcpt command",
            "error: nested mail command",
            "error: send helo/ehlo first",
            "error: mail transaction in progress",
            "error: no valid recipients",
            "error: mail after bdat",
            "error: rcpt after bdat",
            "error: data after bdat",
        ), _SMTPD, decisive=False),
        Phrases("postfix.syntax", C.SYNTAX_ERROR, (
            "error: command not recognized",
            "error: bad syntax",
            "error: command too long",
            "error: bad utf-8 syntax",
            # smtpd.c: "551 5.7.1 Null BDAT request", a BDAT 0 without LAST.
            "null bdat request",
        ), _SMTPD),
        # smtpd.c: "501 5.7.1 DSN support is disabled", the answer to NOTIFY=/ORCPT=/RET=/ENVID=
        # when smtpd_discard_ehlo_keywords drops DSN: the parameter is not offered here.
        Phrases("postfix.dsn-disabled", C.NOT_IMPLEMENTED, (
            "dsn support is disabled",
        ), _SMTPD),
        # smtpd_check.c: the defer_if_permit / defer_if_reject restrictions' own default texts, a
        # deferral the site's restriction list decided.
        Phrases("postfix.defer-if", C.POLICY_VIOLATION, (
            "defer_if_permit requested",
            "defer_if_reject requested",
        ), _CHECK),
        # smtpd_check.c: the generic text of an access(5) DEFER / DEFER_IF_PERMIT /
        # DEFER_IF_REJECT action without its own text, and of a DNSWL lookup that failed for now
        # ("450 4.7.1 <a>: Recipient address rejected: Service unavailable"): a deferral the
        # site's restrictions decided for this client or address, not a server out of service.
        Phrases("postfix.access-defer", C.POLICY_VIOLATION, (
            "rejected: service unavailable",
        ), _CHECK),
        # smtpd_check.c reject_multi_recipient_bounce: "550 5.5.3 <>: Recipient address
        # rejected: Multi-recipient bounce": a null-sender mail to several recipients, refused by
        # policy (not the per-message recipient limit its 5.5.3 usually means).
        Phrases("postfix.multi-recipient-bounce", C.POLICY_VIOLATION, (
            "multi-recipient bounce",
        ), _CHECK),
        # smtpd_check.c: the verify(8) service failed while probing an address
        # (reject_unverified_sender/recipient): "450 4.1.1 <a>: Recipient address rejected:
        # address verification problem" says nothing about the address itself.
        Phrases("postfix.verify-problem", C.SERVER_ERROR, (
            "address verification problem",
        ), _CHECK),
        # smtpd_forbid_bare_newline (Postfix >= 3.9): a line ended in a bare LF.
        Phrases("postfix.bare-lf", C.CONTENT_REJECTED, (
            "bare <lf> received",
        ), _SMTPD + "; " + _CLEANUP),
        Phrases("postfix.cleanup-error", C.SERVER_ERROR, (
            "internal protocol error",
        ), _CLEANUP),
        Phrases("postfix.too-many-connections", C.TOO_MANY_CONNECTIONS, (
            "error: too many connections from",
        ), _SMTPD),
        # anvil(8) rate limits of smtpd(8): smtpd_client_message_rate_limit,
        # smtpd_client_recipient_rate_limit, smtpd_client_auth_rate_limit and
        # smtpd_client_new_tls_session_rate_limit. "too many recipients from <client>" is a rate
        # per time unit, not the per-message limit of "452 4.5.3 Error: too many recipients".
        Phrases("postfix.anvil-rate", C.RATE_LIMITED, (
            "error: too much mail from", "error: too many recipients from",
            "error: too many auth commands from", "error: too many new tls sessions from",
        ), _SMTPD),
        # The VDA patch's maildir++ quota (virtual(8), a widely packaged Postfix patch): its
        # default virtual_maildir_limit_message, which the virtual agent's "maildir delivery
        # failed:" carries (VDA project, vda.sf.net; a real bounce with it in
        # voku/PHPMailer-BMH:tests/fixtures/bounce-email/tt_bounce_16.txt, Status 5.2.3).
        Phrases("postfix.vda-quota", C.MAILBOX_FULL, (
            "maildir has overdrawn his diskspace quota",
        ), "voku/PHPMailer-BMH:tests/fixtures/bounce-email/tt_bounce_16.txt; http://vda.sf.net"),
        Phrases("postfix.server-error", C.SERVER_ERROR, (
            "temporary lookup failure",
            "temporary lookup error",
            "server configuration error",
            "queue file write error",
        ), _CLEANUP),
        # global/sys_exits.c: the texts pipe(8) and local(8) give a command's sysexits(3) status.
        Phrases("postfix.sysexits", C.SERVER_ERROR, (
            "internal software error",
            "system resource problem",
            "critical os file missing",
            "can't create user output file",
            "input/output error",
            "command line usage error",  # EX_USAGE, 5.3.0
            "remote error in protocol",  # EX_PROTOCOL, 5.5.0
            # pipe_command.c: a command's EX_TEMPFAIL with its output ("temporary failure.
            # Command output: ..."): the local command failed, whatever it says about why.
            "temporary failure. command output",
        ), ("vdukhovni/postfix:postfix/src/global/sys_exits.c; "
            "vdukhovni/postfix:postfix/src/global/pipe_command.c")),
        Phrases("postfix.not-accepting", C.SERVICE_UNAVAILABLE, (
            "esmtp not accepting connections",
        ), _SMTPD),
        Phrases("postfix.lost-connection", C.NETWORK_ERROR, (
            "lost connection with",
            "server unavailable or unable to receive mail",
            "unable to find primary relay for",
            "mail forwarding loop for",
        ), (_SMTP_TROUBLE + "; " + _SMTP_CONNECT + "; vdukhovni/postfix:postfix/src/smtp/smtp_addr.c; "
            "vdukhovni/postfix:postfix/src/local/recipient.c")),
        # local(8), virtual(8), pipe(8) and the queue manager: the delivery agent itself failed.
        Phrases("postfix.local-delivery", C.SERVER_ERROR, (
            "mail system configuration error",
            "mail transport unavailable",
            "table lookup failure",
            "user lookup error",
            "address resolver failure",
            "unable to lock for exclusive access",
            "unable to create lock file",
            "maildir delivery failed",
            "delivery failed to mailbox",
            "cannot update mailbox",
            "command died with status",
            "command died with signal",
            "command time limit exceeded",
            "local data error while talking to",
            "unknown mail transport error",
            "cannot append message to file",
            "cannot access home directory",
            "mail to file is restricted",
        ), (_LOCAL + "mailbox.c; " + _LOCAL + "maildir.c; vdukhovni/postfix:postfix/src/virtual/mailbox.c; "
            "vdukhovni/postfix:postfix/src/pipe/pipe.c; vdukhovni/postfix:postfix/src/global/pipe_command.c; "
            "vdukhovni/postfix:postfix/src/global/deliver_flock.c; vdukhovni/postfix:postfix/src/global/deliver_pass.c; "
            + _LOCAL + "file.c; " + _LOCAL + "recipient.c; "
            + _SMTP_TROUBLE)),
        Phrases("postfix.administratively-expired", C.EXPIRED, (
            "message is administratively expired",
        ), "vdukhovni/postfix:postfix/src/qmgr/qmgr_message.c"),
        # qmgr_active.c: the queue manager's log line when maximal_queue_lifetime (or "postsuper
        # -e") ends the retries and the message is bounced.
        Phrases("postfix.queue-expired", C.EXPIRED, (
            "status=expired",
            "status=force-expired",
        ), "vdukhovni/postfix:postfix/src/qmgr/qmgr_active.c"),
        # bounce/bounce_templates.c, the delay template (delay_warning_time): still queued.
        Phrases("postfix.delayed", C.EXPIRED, (
            "this is a warning only",
            "it will be retried until it is",
        ), "vdukhovni/postfix:postfix/src/bounce/bounce_templates.c",
            decisive=False),  # the reason it quotes for each recipient says more
        # dns/dns_lookup.c, dns/dns_strerror.c: the resolver's answers, as smtp(8) reports them.
        Phrases("postfix.dns-no-mail", C.HOST_UNKNOWN, (
            "does not accept mail (nullmx)",
            "host found but no data record of requested type",
            "invalid host or domain name",
            "host name unknown",
        ), "vdukhovni/postfix:postfix/src/global/sys_exits.c; " + _DNS + "dns_lookup.c; " + _DNS + "dns_strerror.c"),
        Phrases("postfix.dns-error", C.NETWORK_ERROR, (
            "name server loop for",
            "malformed dns server reply",
            "malformed or unexpected name server reply",
            "name service initialization failure",
        ), _DNS + "dns_lookup.c; " + _CHECK),
        # smtp/smtp_proto.c: the SMTP client's own TLS failures (4.7.0 / 4.7.5): its TLS
        # configuration is broken, or the server's certificate failed verification.
        Phrases("postfix.smtp-client-tls", C.TLS_REQUIRED, (
            "client tls configuration problem",
            "server certificate not verified",
        ), "vdukhovni/postfix:postfix/src/smtp/smtp_proto.c"),
        # smtp/smtp_sasl_glue.c, smtp_sasl_proto.c: the SMTP client's own SASL login to the next
        # hop (smtp_sasl_auth_enable) failed: no common mechanism, a loop, or the SASL library's
        # error ("cannot authenticate to server <host>: <reason>").
        Phrases("postfix.smtp-client-sasl", C.AUTH_FAILED, (
            "offered no compatible authentication mechanisms",
            "authentication protocol loop with server",
            "cannot authenticate to server",
        ), ("vdukhovni/postfix:postfix/src/smtp/smtp_sasl_glue.c; "
            "vdukhovni/postfix:postfix/src/smtp/smtp_sasl_proto.c")),
        # smtp/smtp_tls_policy.c: "4.7.5 TLSA lookup error for <host>:<port>": the DANE policy
        # could not be established, so the TLS delivery is deferred.
        Phrases("postfix.smtp-client-tlsa", C.TLS_REQUIRED, (
            "tlsa lookup error for",
        ), "vdukhovni/postfix:postfix/src/smtp/smtp_tls_policy.c"),
        # smtp/smtp_connect.c: "4.4.4 all network protocols are disabled" (inet_protocols and
        # the destination's address families do not meet): this host's configuration.
        Phrases("postfix.smtp-client-config", C.SERVER_ERROR, (
            "all network protocols are disabled",
        ), "vdukhovni/postfix:postfix/src/smtp/smtp_connect.c"),
        # cleanup/cleanup_map1n.c: "4.6.0 Alias expansion error", the canonical/virtual alias
        # expansion looped too deep or made too many addresses: this host's configuration, not the
        # message's content as its 4.6.0 would say.
        Phrases("postfix.alias-expansion", C.SERVER_ERROR, (
            "alias expansion error",
        ), "vdukhovni/postfix:postfix/src/cleanup/cleanup_map1n.c"),
        # smtp/smtp_proto.c: "5.3.0 unreadable mail queue entry", the local queue file was bad.
        Phrases("postfix.smtp-client-queue", C.SERVER_ERROR, (
            "unreadable mail queue entry",
        ), "vdukhovni/postfix:postfix/src/smtp/smtp_proto.c"),
        # smtpd_check.c reject_plaintext_session: the client did not STARTTLS.
        Phrases("postfix.plaintext-session", C.TLS_REQUIRED, (
            "session encryption is required",
        ), _CHECK),
    ),
)
