"""Wording any server may use, by category (data).

These are the generic readings: phrases that mean one category whatever server sent them,
gathered from the RFCs' own reply texts, the common MTAs' templates and the big providers'
documented wording (each entry names its sources). Provider tags and private codes live in
``providers/``, other languages in ``languages/``. An entry is ``decisive`` when its wording
names the reason outright; the rest only beat generic codes and basic-code defaults.
"""

from __future__ import annotations

from typing import Final

from smtpcodes.enums import Category as C
from smtpcodes.knowledge._schema import Phrases, Together

__all__ = ["PHRASES", "TOGETHER"]

PHRASES: Final[tuple[Phrases, ...]] = (
    Phrases(
        "generic.greylisted", C.GREYLISTED,
        (
            "greylist", "graylist", "grey-list", "gray-list", "grey list", "gray list",
            "is not yet authorized to deliver",
            "try again in a few moments",
        ),
        (
            "postgrey:postgrey (default reply: Greylisted, see https://postgrey.schweikert.ch/help/); "
            "milter-greylist:README (please come back in); "
            "standards.md §3.4"
        ),
    ),
    Phrases(
        "generic.sender-rejected", C.SENDER_REJECTED,
        (
            "domain must resolve",
            "sender rejected", "sender verify fail", "sender verification failed",
            "sender domain must exist", "sender domain does not exist",
            "sender domain not found", "invalid sender", "bad sender", "sender is not allowed",
            "sender not allowed", "sender denied", "sender unknown", "unverified sender",
            "sender address is not valid", "sender address invalid", "mail from address",
            "sender was rejected", "envelope sender", "from address is not",
            "sending from a different address or alias",
            "not have permission to post",
            "not authorized to send from", "not authorized to send on behalf of",
            "verification failed for <", "postmaster verification failed",
            "callback setup failed while verifying", "as a sender domain",
            "incorrect sender",
            "verified sender identity", "no access for this domain",
            "invalid domain, see", "not authorized sender", "sender address must be specified",
            "sender address has null mx", "domain of your sender address",
            "mail from must equal", "sender domain not verified", "for your from address",
            "sender is not same as", "doesn't conform with authentication",
            "sender did not verify", "can't verify sender", "sender address syntax",
            "domain in mail from", "unauthorized use of sender", "malformed sender address",
            "doesn't match auth domain", "spoofed mail from", "is not allowed from your host",
            "sender address malformed", "belong to authenticated user",
            "match authenticated user",
        ),
        (
            "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c (Sender address rejected); "
            "Exim/exim:src/src/verify.c (Sender verify failed); "
            "RFC 3463 X.1.7/X.1.8; "
            "RFC 7505 §4.2 (550 5.7.27 Sender address has null MX); "
            "https://github.com/xuxueli/xxl-job/issues/3858, "
            "https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/1 (NetEase: 553 Mail from "
            "must equal authorized user); "
            "https://github.com/PHPMailer/PHPMailer/issues/2683 (SMTP2GO: From header sender domain "
            "not verified); "
            "haraka/haraka-plugin-mail_from.is_resolvable:index.js (No MX for your FROM address, No "
            "valid MX for your FROM address); "
            "iredmail/iRedAPD:libs/__init__.py (Sender is not same as SMTP authenticate username); "
            "Exim/exim:doc/doc-docbook/spec.xfpt (ACL examples: Sender did not verify, Can't verify "
            "sender); "
            "OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/smtp_session.c (553 5.1.0 Sender address syntax "
            "error); "
            "foxcpp/maddy:internal/check/dns/dns.go (501 5.7.27 Domain in MAIL FROM does not have any "
            "MX records / has null MX record, 501 5.1.8 Malformed sender address), "
            "foxcpp/maddy:internal/check/authorize_sender/authorize_sender.go (553 5.7.0 "
            "Unauthorized use of sender address); "
            "haraka/Haraka:plugins/auth/auth_base.js (Envelope domain 'X' doesn't match AUTH domain "
            "'Y'), haraka/Haraka:plugins/queue/smtp_forward.js (Spoofed MAIL FROM), "
            "haraka/Haraka:plugins/rcpt_to.host_list_base.js (Mail from domain 'X' is not allowed "
            "from your host); "
            "albertito/chasquid:internal/smtpsrv/conn.go (501 5.1.7 Sender address malformed); "
            "mjl-/mox:smtpserver/server.go (message from address must belong to authenticated user, "
            "must match authenticated user); "
            "https://github.com/PHPMailer/PHPMailer/issues/885 (\"MAIL FROM\" doesn't conform with "
            "authentication); "
            "chrisboulton/spamdyke:spamdyke/spamdyke.h (Refused. The domain of your sender address "
            "has no mail exchanger (MX).); "
            "https://github.com/dreamhunter2333/cloudflare_temp_email/issues/320 "
            "(This sender is not authorized to send from); "
            "https://github.com/OpnForm/OpnForm/issues/563 (not authorized to send on behalf of); "
            "Exim/exim:src/src/smtp_in.c (Verification failed for <...>, Postmaster verification "
            "failed while checking, Callback setup failed while verifying: sender verify only); "
            "https://github.com/Xceptance/XCMailr/issues/21 (You are not allowed to use the domain X "
            "as a sender domain); "
            "https://github.com/roundcube/roundcubemail/issues/6572 (Incorrect sender header); "
            "https://github.com/LandOfTheRair/LandOfTheRair/issues/308 (SendGrid: The from address "
            "does not match a verified Sender Identity); "
            "http://helpdesk.umd.edu/documents/3/3025/ (MAIL From: 550 Sorry, no access for this "
            "domain); "
            "svarshavchik/courier:courier/courier/submit.C (checkdns() of the MAIL FROM domain: 517 "
            "Invalid domain, see <URL:...rfc1035>); "
            "hmailserver/hmailserver:hmailserver/source/Server/SMTP/RecipientParser.cpp (Not "
            "authorized sender: a distribution list's allowed senders), "
            "hmailserver/hmailserver:hmailserver/source/Server/SMTP/SMTPConnection.cpp (Sender "
            "address must be specified)"
        ),
    ),
    # Postfix's label of the restriction that refused the sender ("<addr>: Sender address
    # rejected: <reason>"): weak, so that a reason of its own after it ("Rate limit exceeded",
    # "Greylisted") decides; an address category after it is the sender's (``_decide``'s
    # context.sender-label), and alone it says the sender was refused.
    Phrases(
        "generic.sender-rejected-label", C.SENDER_REJECTED,
        ("sender address rejected",),
        "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c (Sender address rejected)",
        decisive=False,
    ),
    # RFC 3207's STARTTLS command named in a refusal is about the encryption the client asked
    # for or must use, whatever the rest says (curl: "STARTTLS denied, code %d"): weak, so that a
    # decisive phrase or a specific code still decides ("STARTTLS already active" is a sequence).
    Phrases(
        "generic.tls-required-weak", C.TLS_REQUIRED,
        ("starttls",),
        "RFC 3207; curl/curl:lib/smtp.c (STARTTLS denied, code %d)",
        decisive=False,
    ),
    Phrases(
        "generic.tls-required", C.TLS_REQUIRED,
        (
            "tls 1.0", "tls 1.1", "tls version", "tls currently unavailable",
            "must issue a starttls command first", "starttls is required", "starttls required",
            "tls required", "tls is required", "requires tls", "requiretls", "encryption required",
            "encryption needed", "must use tls", "secure connection required", "tls not available",
            "tls negotiation failed", "tls handshake failed", "requires a secure connection",
            "please use starttls", "unencrypted connection",
            "wrong version number", "certificate verify failed", "self signed certificate",
            "self-signed certificate", "certificate signed by unknown authority",
            "does not look like a tls handshake",
            "pkix path building failed", "no appropriate protocol",
            "secure tls connection was established", "match certificate's altnames",
            "certificate has expired", "must issue starttls", "lack of security",
            "failed to negotiate tls", "cannot establish ssl", "tls encryption",
            "tls conversation required",
            "tlsa record",
            "certificate is not trusted",
            "handshake failure",
        ),
        (
            "RFC 3207 §4 (530 Must issue a STARTTLS command first); "
            "RFC 8689 (REQUIRETLS); "
            "standards.md §1.4; "
            "OpenSSL's TLS failures as SMTP clients report them: "
            "https://github.com/nhost/hasura-backend-plus/issues/653, "
            "https://github.com/mastodon/documentation/issues/846 (wrong version number), "
            "https://github.com/mastodon/mastodon/issues/1496, "
            "https://github.com/sendwithus/sendwithus_ruby/issues/12 (certificate verify failed), "
            "https://github.com/nodemailer/smtp-server/issues/115, "
            "https://github.com/lukevella/rallly-selfhosted/issues/21 (self signed certificate); "
            "Go's crypto/tls: https://github.com/amborle/featmap/issues/66, "
            "https://github.com/future-architect/vuls/issues/278 (certificate signed by unknown "
            "authority), https://github.com/knadh/listmonk/issues/779, "
            "https://github.com/mattermost/mattermost/issues/16879 (first record does not look like "
            "a TLS handshake); "
            "JavaMail: https://github.com/SeunMatt/mysql-backup4j/issues/18, "
            "https://github.com/ec-jrc/re3gistry/issues/137 (Could not convert socket to TLS), "
            "https://github.com/OpenPPM/OpenPPM/issues/5, "
            "https://github.com/eclipse-ee4j/glassfish/issues/24669 (PKIX path building failed), "
            "https://github.com/convertigo/convertigo/issues/514, "
            "https://github.com/byzer-org/byzer-lang/issues/1659 (No appropriate protocol); "
            "Node's tls: https://github.com/nodemailer/nodemailer/issues/1240, "
            "https://github.com/louislam/uptime-kuma/issues/143 (socket disconnected before secure "
            "TLS connection was established), https://github.com/nodemailer/nodemailer/issues/1391, "
            "https://github.com/RocketChat/Rocket.Chat/issues/13446 (does not match certificate's "
            "altnames), https://github.com/knadh/listmonk/issues/814, "
            "https://github.com/docmost/docmost/issues/60 (certificate has expired); "
            "a server that offers no STARTTLS to a client that requires it: "
            "https://github.com/google/grr/issues/1053, "
            "https://github.com/jgyates/genmon/issues/733 (Python smtplib); "
            "hmailserver/hmailserver:hmailserver/source/Server/SMTP/SMTPConnection.cpp (530 Must "
            "issue STARTTLS first.); "
            "smtpd/qpsmtpd:plugins/tls (Command refused due to lack of security, Cannot establish "
            "SSL session); "
            "chrisboulton/spamdyke:spamdyke/spamdyke.h (454 Failed to negotiate TLS connection.); "
            "Exim/exim:doc/doc-docbook/spec.xfpt (ACL example: TLS encryption or CRAM-MD5 required); "
            "foxcpp/maddy:internal/check/requiretls/requiretls.go (550 5.7.1 TLS conversation "
            "required)"
            "; foxcpp/maddy:internal/target/remote/dane.go (550 5.7.0 No matching TLSA records), "
            "internal/target/remote/security.go (451 4.7.1 Recipient server TLS certificate is not "
            "trusted but authentication is required by MTA-STS)"
            "; vdukhovni/postfix:postfix/src/smtp/smtp_proto.c (Cannot start TLS: handshake "
            "failure); OpenSSL's alert as SMTP clients report it: "
            "https://github.com/pgadmin-org/pgadmin4/issues/6134, "
            "https://github.com/PHPMailer/PHPMailer/issues/950 (sslv3 alert handshake failure), "
            "https://github.com/gen-smtp/gen_smtp/issues/164 (SERVER ALERT: Fatal - Handshake "
            "Failure)"
        ),
    ),
    Phrases(
        "generic.content-rejected", C.CONTENT_REJECTED,
        (
            "from: header", "from header", "not rfc compliant", "smtplf", "line is too long for",
            "rfc 5322", "rfc5322", "rfc 2822", "rfc2822", "rfc 822",
            "illegal attachment", "attachment type", "prohibited attachment", "file type",
            "attachment is not allowed", "attachments are not allowed", "blocked attachment",
            "8-bit data", "8bit data", "smtputf8", "non-ascii", "bare lf", "bare linefeed",
            "bare line feed", "duplicate header",
            "multiple addresses in from", "headers too large", "header error", "malformed message",
            "invalid message", "missing message-id", "invalid header",
            "message header", "content type", "executable", "mime type", "invalid mime",
            "encoding error", "not compliant", "illegal message-id", "date header",
            "lines too long for", "forbidden attachment", "unallowed office macros",
            "bare line-feed", "mime boundary", "rfc 2046", "required header",
            "return-path header", "delivered-to header", "encrypted archive", "nested archives", "file extension",
            "unacceptable attachment", "message line is too long", "headers are too large",
            "html mail is not accepted", "bare cr", "822.bis", "header syntax",
            "header when scanning for sender", "attachment name", "sender header",
            "multiple from addresses", "invalid address in from", "smtp smuggling",
            "maximum allowed line length", "998 octets", "bad attachment", "non-latin",
            "password-protected",
            "password protected",
            "duplicate message",
        ),
        (
            "RFC 5322; "
            "https://github.com/NethServer/dev/issues/5811 (rspamd: Forbidden attachment name "
            "extension); "
            "https://github.com/sbidy/MacroMilter/issues/57 (Attachment contains unallowed office "
            "macros); "
            "RFC 6531 §3.7.4 (SMTPUTF8); "
            "RFC 3463 X.6.x; "
            "https://support.google.com/mail/answer/81126; "
            "haraka/Haraka:connection.js (Bare line-feed); "
            "haraka/haraka-plugin-headers:index.js (Required header missing, The Date header is too "
            "old, must not have a Return-Path header, Invalid Delivered-To header content); "
            "haraka/haraka-plugin-attachment:index.js (encrypted archive, nested archives, "
            "disallowed file extension, unacceptable attachment); "
            "https://github.com/zou-yu/worker-mailer/issues/23 (MIME boundary length exceeded, "
            "RFC 2046); "
            "https://github.com/swiftmailer/swiftmailer/issues/989 (552 message line is too long); "
            "jasontibbitts/majordomo:files/en/error/total_header_length (headers are too large); "
            "Exim/exim:doc/doc-docbook/spec.xfpt (HTML mail is not accepted here; A valid sender "
            "header is required for bounces); "
            "Exim/exim:src/src/verify.c (syntax error in '<name>' header when scanning for "
            "sender); "
            "Exim/exim:src/src/configure.default (acl_check_data: maximum allowed line length is "
            "998 octets; header syntax); "
            "hrs-allbsd/sendmail:sendmail/headers.c (header syntax error); "
            "foxcpp/maddy:internal/endpoint/smtp/submission.go (Missing Sender header field, "
            "Invalid address in From), internal/check/authorize_sender/authorize_sender.go "
            "(Multiple From addresses are not allowed, Malformed Sender header); "
            "mjl-/mox:smtpserver/server.go (invalid bare \\r or \\n, may be smtp smuggling); "
            "qmail/simscan:simscan.c (Your email was rejected because it contains a bad "
            "attachment); "
            "hippich/PHPMailer-BMH:phpmailer-bmh_rules.php (does not accept email in non-Western "
            "(non-Latin) character sets); "
            "vdukhovni/postfix:postfix/proto/header_checks (REJECT Attachment name ... may not "
            "end with ...); "
            "https://github.com/PHPMailer/PHPMailer/issues/3012, "
            "https://github.com/marlam/msmtp/issues/145 (552 5.2.0 Message contains bare CR and "
            "is violating 822.bis section 2.3)"
            "; smtpd/qpsmtpd:plugins/virus/uvscan (We do not accept password-protected zip "
            "files!); eNichers/node-bounce-handler:lib/responses.js (rejecting password protected "
            "file attachment: 5.6.2)"
            "; svarshavchik/courier:courier/courier/filters/dupfilter.c (500 Duplicate message "
            "rejected.); SirWumpus/smtpf:src/dupmsg.c, doc/reply.html.in (550 5.3.4 duplicate "
            "message rejected)"
        ),
    ),
    Phrases(
        "generic.sender-unauthenticated", C.SENDER_UNAUTHENTICATED,
        (
            "mail is unauthenticated", "message is unauthenticated", "dmarc", "dkim", "spf fail",
            "spf check", "spf validation", "spf record", "spf policy", "spf=fail", "spf softfail",
            "failed spf", "spf error", "spf permerror", "spf temperror", "spf authentication",
            "spf:", "spf verification", "spf hard", "fails spf",
            "failing spf", "pass spf", "spf)", "sender policy framework", "domainkeys",
            "arc validation", "unauthenticated email", "sender is unauthenticated",
            "fails to pass authentication", "authentication checks failed",
            "does not have authentication information", "does not designate",
            "not designated as permitted sender", "not a permitted sender",
            "openspf", "open-spf", "spf-check",
            "is not allowed to send mail from", "spf result",
        ),
        (
            "RFC 7372 (X.7.20-X.7.29); "
            "RFC 7208 (SPF); "
            "RFC 7489 (DMARC); "
            "https://support.google.com/mail/answer/81126; "
            "pypolicyd-spf reject text (Please see http://www.openspf.net/Why?...), as in "
            "https://github.com/docker-mailserver/docker-mailserver/issues/2066; "
            "ActiveCampaign/smtp-field-manual:data/codes/550.json (hostpoint: SPF-check failed); "
            "Exim/exim:doc/doc-docbook/spec.xfpt (SPF ACL example: $sender_host_address is not "
            "allowed to send mail from $sender_address_domain); "
            "foxcpp/maddy:internal/check/spf/spf.go (550 5.7.23 Neutral SPF result is not permitted)"
        ),
    ),
    Phrases(
        "generic.auth-required", C.AUTH_REQUIRED,
        (
            "authentication required", "authentication is required", "auth required",
            "must authenticate", "please authenticate", "authentication needed",
            "client was not authenticated", "unauthenticated senders not allowed",
            "turn on smtp authentication", "authrequired",
            "requires authentication",
            "authenticate first", "smtp auth is required", "must issue an auth command",
            "must be authenticated",
        ),
        (
            "RFC 4954 §6 (530 5.7.0 Authentication required); "
            "iredmail/iRedAPD:libs/__init__.py (SMTP AUTH is required for users under this sender "
            "domain); "
            "OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/smtp_session.c (530 5.5.1 Invalid command: Must "
            "issue an AUTH command first); "
            "albertito/chasquid:internal/smtpsrv/conn.go (550 5.7.9 Mail to submission port must be "
            "authenticated)"
        ),
    ),
    Phrases(
        "generic.auth-required-weak", C.AUTH_REQUIRED,
        (
            "not authenticated",
        ),
        (
            "hrs-allbsd/sendmail:cf/m4/proto.m4 (550 5.7.1 not authenticated: the sender must "
            "authenticate first)"
        ),
        decisive=False,  # "the sender was not authenticated by organization" names its own reason
    ),
    Phrases(
        "generic.auth-failed", C.AUTH_FAILED,
        (
            "too many login attempts", "unrecognized authentication type",
            "unsupported authentication mechanism", "authentication failed",
            "authentication unsuccessful", "authentication failure", "invalid credentials",
            "username and password not accepted", "auth failed", "incorrect authentication data",
            "bad username or password", "invalid login", "login failed",
            "authentication credentials invalid", "password incorrect",
            "smtpclientauthentication is disabled", "authentication mechanism is too weak",
            "badcredentials", "535 5.7.8",
            "application-specific password required",
            "failed to authenticate", "unknown authentication method", "authentication rejected",
            "invalid username or password",
            "auth failure",
        ),
        (
            "RFC 4954 §6 (535 5.7.8, 534 5.7.9, 454 4.7.0, 538 5.7.11); "
            "https://support.google.com/mail/?p=BadCredentials; "
            "https://github.com/PHPMailer/PHPMailer/issues/1388, "
            "https://github.com/EBWiki/EBWiki/issues/823 (Could not authenticate); "
            "Swift Mailer: https://github.com/kanboard/kanboard/issues/345, "
            "https://github.com/postalserver/postal/issues/1334 (Failed to authenticate on SMTP "
            "server); "
            "chrisboulton/spamdyke:spamdyke/spamdyke.h (504 Refused. Unknown authentication method.); "
            "svarshavchik/courier:courier/courier/module.esmtp/courieresmtpd.C (535 Authentication "
            "rejected); "
            "https://github.com/PHPMailer/PHPMailer/issues/1281 (535 Invalid Username or Password)"
            "; smtpd/qpsmtpd:plugins/auth/auth_cvm_unix_local (auth failure (100))"
        ),
    ),
    Phrases(
        "generic.relay-denied", C.RELAY_DENIED,
        (
            "unauthorized relay", "relay traffic",
            "relaying denied",
            "not permitted to relay", "relaying not allowed", "unable to relay",
            "not in my list of allowed rcpthosts", "we do not relay", "relay denied",
            "not allowed to relay", "relaying prohibited", "cannot relay",
            "relay prohibited",
            "relaying is not allowed", "relaying mail to", "not an open relay",
            "relay not allowed", "relaying disallowed",
            "relaying not permitted", "allowed to be relayed",
            "relaying to <", "as a relay, but i have not been configured", "no relaying",
            "not configured to relay", "isn't allowed to relay", "relaying is prohibited",
            "we don't relay", "relay is not allowed", "host denies relay",
            "not accepting email for domain",
        ),
        (
            "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c (Relay access denied); "
            "qmail:qmail-smtpd.c (allowed rcpthosts); "
            "sendmail:cf/m4/proto.m4 (Relaying denied); "
            "https://pastebin.com/MYbByAMS (Exim local_scan: Relaying not permitted); "
            "https://pastebin.com/1qRkUWBq (OVH: that domain isn't allowed to be relayed thru this MTA); "
            "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php (relaying to <...> "
            "prohibited by administrator: Exim's old refusal); "
            "eNichers/node-bounce-handler:lib/responses.js (no relaying allowed, This system is not "
            "configured to relay mail); "
            "KumoCorp/kumomta:assets/community/bounces.toml (isn't allowed to relay); "
            "jeffpar/kbarchive:kb/256/Q256856/README.md and kb/245/Q245787/README.md (Exchange 5.5 "
            "Internet Mail Service: 550 Relaying is prohibited); "
            "sagredo-dev/qmail:qmail-smtpd.c (rejectrelaytest: 553 we don't relay); "
            "qmail-ldap/qmail-ldap:qmail-smtpd.c (553 sorry, we don't relay for [...]); "
            "Abdullah-1360/Control_panel_final:docs/05-fixes/SMTP_RELAY_ERROR_FIX.md (550 <...> Relay "
            "is not allowed); "
            "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (Sina: 553 host denies relay); "
            "mjl-/mox:smtpserver/server.go (550 not accepting email for domain: a domain it does not "
            "host, outside submission); "
            "ActiveCampaign/smtp-field-manual:data/codes/553.json (MessageLabs: you are trying to use "
            "me [...] as a relay, but I have not been configured to let you [...] do this)"
        ),
    ),
    Phrases(
        "generic.reverse-dns", C.REVERSE_DNS,
        (
            "reverse dns", "reverse hostname", "reverse-dns", "ptr record", "no ptr", "rdns",
            "reverse lookup", "cannot find your hostname",
            "fcrdns", "forward confirmed", "forward-confirmed",
            "mismatches client ip", "does not resolve to", "reverse mapping", "no reverse",
            "ptr lookup", "hostname lookup failed", "reverse resolution",
        ),
        (
            "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c (cannot find your hostname); "
            "https://support.google.com/mail/answer/81126 (PTR)"
        ),
    ),
    Phrases(
        "generic.blocklisted", C.BLOCKLISTED,
        (
            "block for spam", "blocked using", "listed at", "listed in",
            "listed on", "black list", "black-listed", "is listed by",
            "barracuda", "dnsbl",
            "abuseat", "mailspike", "blocklist", "blacklist", "block list",

            "client host blocked", "blocked - see",
            "dynamic ip", "dynamic or residential", "residential ip", "dial-up",
            "dialup", "rejected because of ip",
            "client host rejected: blocked", "realtime block", "rbl",
            "blocked for spam", "ip address bloc", "poor reputation ip",
            "not allowed to connect", "bad ip", "not welcome here",
            "from that domain is not accepted",
        ),
        (
            "https://www.spamhaus.org/faqs/dnsbl-usage/; "
            "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c (blocked using); "
            "Exim/exim:src/src/configure.default (rejected because $sender_host_address is in a "
            "black list at $dnslist_domain); "
            "zone-eu/zone-mta:config/bounces.txt (is listed by the lookup site, You are not allowed "
            "to connect, Rejected because Bad IP); "
            "haraka/haraka-plugin-access:index.js (the domain black lists: You are not welcome here., "
            "Email from that domain is not accepted here.); "
            "taxonomy.md"
        ),
    ),
    Phrases(
        "generic.reputation", C.REPUTATION,
        (
            "unsolicited mail",
            "reputation", "user complaints",
            "unexpected volume", "suspicious activity", "temporarily deferred due to",
            "sender score", "senderscore",
        ),
        (
            "https://support.google.com/mail/answer/81126 (likely unsolicited); "
            "https://senders.yahooinc.com/smtp-error-codes/"
        ),
    ),
    Phrases(
        "generic.virus", C.VIRUS,
        (
            "virus", "malware", "infected", "trojan", "worm", "malicious", "phishing",
            "dangerous attachment", "security issue", "security threat", "potential security",
            "vulnerability exploit", "dangerous macro",
        ),
        (
            "https://docs.clamav.net/; amavisd-new:README (INFECTED, BANNED notices); "
            "vdukhovni/postfix:postfix/proto/header_checks (body_checks: REJECT IFRAME "
            "vulnerability exploit); "
            "Mailu/Mailu:core/rspamd/conf/force_actions.conf (Rejected (dangerous macro detected))"
        ),
    ),
    Phrases(
        "generic.spam-content", C.SPAM_CONTENT,
        (
            "content denied", "inappropriate", "spam", "junk mail", "junkmail",
            "content filter", "bulk mail", "unsolicited", "flagged as", "contains a url",
            "url is blocked", "message filtered", "filtered by", "rejected by content",
            "high probability", "blacklisted url", "blacklisted regex", "surbl",
        ),
        (
            "https://rspamd.com/doc/ (spam message rejected); SpamAssassin; standards.md §4; "
            "https://github.com/openzfs/openzfs-docs/issues/543 (Blacklisted URL in message, "
            "lookup.uribl.com); "
            "Exim/exim:doc/doc-docbook/spec.xfpt (regex condition: contains blacklisted regex); "
            "hmailserver/hmailserver:hmailserver/source/DBScripts/CreateTablesMYSQL.sql (SURBL, "
            "which lists the web sites in message bodies: Rejected by SURBL.)"
        ),
    ),
    Phrases(
        "generic.spam-content-weak", C.SPAM_CONTENT,
        (
            "content reject",
        ),
        (
            "RFC 3463 X.7.1 usage notes in standards.md §2.5; "
            "vdukhovni/postfix:postfix/src/global/cleanup_strerror.c (550 5.7.1 message content "
            "rejected); hippich/PHPMailer-BMH:phpmailer-bmh_rules.php (550 Content reject.)"
        ),
        decisive=False,
    ),
    Phrases(
        "generic.policy-explicit", C.POLICY_VIOLATION,
        (
            "policy restrictions", "due to policy", "helo command rejected", "anti-spoofing",
            "local policy", "policy reason", "policy violation", "invalid helo",
            "valid helo name", "helo name is not", "helo name contains",
            "a helo name ending in", "helo host name", "helo host must", "helo host does not",
            "helo host has no", "helo hostname does not", "helo hostname did not",
            "you are not localhost", "forged ips not accepted",
            "helo is dynamic", "helo ip literal", "invalid address format in helo", "that helo not allowed",
            "policy matched", "insufficient authorization", "ehlo domain does not resolve",
            "not accepted for policy", "rejected for policy",
            "policy rejection", "security policies",
            "rejected by policy",
            "denied by policy",
        ),
        (
            "RFC 3463 X.7.1 (delivery not authorized, message refused); "
            "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c (Helo command rejected); "
            "https://github.com/dyve-agency/zeitkit/issues/62 (Gandi: Reject for policy reason); "
            "https://github.com/roundcube/roundcubemail/issues/7316 (Access denied - Invalid HELO "
            "name); "
            "http://open-mail.org/3strikes/SMTPmessages.txt (is not a valid HELO name, is not "
            "authorized to transmit with a HELO name ending in); "
            "smtpd/qpsmtpd:plugins/helo (You are not localhost, Forged IPs not accepted here, HELO "
            "name is not fully qualified, HELO hostname does not exist, HELO hostname did not "
            "resolve); "
            "haraka/haraka-plugin-helo.checks:index.js (HELO host name invalid, HELO host must be a "
            "FQDN, HELO is dynamic, HELO IP literal does not match your IP address, Invalid address "
            "format in HELO, That HELO not allowed here); "
            "https://hardwaresecrets.com/understanding-email-bounce-messages/4/ (553 User defined "
            "policy matched for [ip address]); "
            "vdukhovni/postfix:postfix/src/smtpd/smtpd.c (550 5.7.0 Error: insufficient "
            "authorization: XCLIENT or XFORWARD from a client not permitted to use it); "
            "mjl-/mox:smtpserver/server.go (your ehlo domain does not resolve to an IP address)"
            "; eNichers/node-bounce-handler:lib/responses.js (Rejected by policy, Denied by "
            "policy: 5.7.1)"
        ),
    ),
    Phrases(
        "generic.message-too-large", C.MESSAGE_TOO_LARGE,
        (
            "message too large", "message too big", "message is too large",
            "message is too big", "exceeds the maximum size",
            "exceeds size limit", "message length exceeds", "size exceeds", "too much mail data",
            "exceeds the size limit", "maximum message size", "message file too big",
            "message exceeds", "email is too large", "size of the message", "too large for",
            "message size limit", "message size is too large",
            "larger than the maximum", "max message size", "big attachment",
        ),
        (
            "https://github.com/nodemailer/nodemailer/issues/1047 (550 Error reading data, max "
            "message size exceeded); "
            "iredmail/iRedAPD:libs/__init__.py (Message size exceed (maybe caused by big attachment "
            "file)); "
            "RFC 1870 (SIZE, 552); "
            "vdukhovni/postfix:postfix/src/smtpd/smtpd.c (message file too big); "
            "RFC 3463 X.2.3/X.3.4"
        ),
    ),
    Phrases(
        "generic.too-many-connections", C.TOO_MANY_CONNECTIONS,
        (
            "concurrent connections", "too many connections", "too many concurrent",
            "connection limit", "too many sessions", "too many simultaneous", "max connections",
            "maximum number of connections", "connection rate limit", "too many smtp sessions",
            "too frequent connects", "too many open connections", "connection count",
            "max number of connections", "concurrent server connections", "concurrency limit",
        ),
        (
            "vdukhovni/postfix:postfix/src/smtpd/smtpd.c (too many connections, anvil limits); "
            "standards.md §3; "
            "https://learn.microsoft.com/en-us/answers/questions/407670/"
            "421-4-3-2-the-maximum-number-of-concurrent-server (concurrent server connections); "
            "http://developer.contactlab.com/documentation/contactsend/smartrelay/"
            "ServiceUnavailableConcurrencyLimit (concurrency limit reached)"
        ),
    ),
    Phrases(
        "generic.rate-limited", C.RATE_LIMITED,
        (
            "max message per connection",
            "too quickly", "too many recent messages", "excessive volume",
            "too much email", "exceeded their limit",
            "messages they can receive", "too many new", "queue quota",
            "unusual sending activity", "thread limit exceeded", "rate limit", "ratelimit",
            "rate-limit", "too many messages",
            "too much mail", "sending rate", "receiving mail at a rate", "exceeded the rate",
            "throttled", "throttling", "slow down", "sending limit", "sending quota",
            "message limit", "messages per", "too many emails", "too frequent",
            "exceeded the maximum number",
            "daily limit", "hourly limit", "send limit", "rate exceeded",
            "too fast", "too many requests",
            "message submission rate", "recipients per hour", "requests per",
            "due to heavy usage", "too many bad recipients", "too many recipients received",
            "too many outgoing", "limit for sending", "limit for processing requests",
            "sent the maximum number of messages", "relay quota", "exceeded transfer quota",
        ),
        (
            "RFC 5321 §4.5.3.1.10 (too many recipients); "
            "https://support.google.com/mail/answer/81126 (rate limits); "
            "standards.md §3; "
            "https://github.com/knadh/listmonk/issues/2509, "
            "https://github.com/goauthentik/authentik/issues/10720 (Too many requests); "
            "https://www.ans.co.uk/docs/operating-systems/windows/exchange/error-codes/ "
            "(4.4.2 Message submission rate for this client has exceeded the configured limit); "
            "postfwd/postfwd:doc/postfwd3.txt (max 3 recipients per hour, max 3 requests per "
            "5 minutes); "
            "https://www.telserco.com/hosting-notices/throttling-sending/ (restricted due to "
            "heavy usage); "
            "hrs-allbsd/sendmail:sendmail/srvrsmtp.c, Exim/exim:doc/doc-docbook/spec.xfpt "
            "(Too many bad recipients); "
            "https://github.com/WWBN/AVideo/issues/7527 (over your relay quota of 500); "
            "stalwartlabs/mail-server:crates/smtp/src/inbound/spawn.rs (452 4.7.28 Session "
            "exceeded transfer quota); "
            "http://windowslivehelp.com/solutions/sendlimits/archive/2008/12/22/hotmail-sending-"
            "limits.aspx (You have sent the maximum number of messages in a 24-hour period); "
            "https://pastebin.com/jA77NHFE (The server has reached its limit for processing "
            "requests from your host); "
            "https://github.com/logstash-plugins/logstash-output-email/issues/40 (Too many outgoing "
            "mail); "
            "https://wiki.hbscloudservices.com/wiki/Limits_Rate_for_Sending_%26_Receiving (You have "
            "reached a limit for sending email); "
            "http://www.symantec.com/connect/forums/error-452-too-many-recipients-received-hour-"
            "will-these-messages-be-sent-again-brightmail (452 Too many recipients received this "
            "hour: an hourly limit, not one per message)"
        ),
    ),
    Phrases(
        "generic.too-many-recipients", C.RATE_LIMITED,
        (
            "too many recipients", "max recipients", "maximum recipients", "recipient limit",
            "recipients limit", "number of recipients",
        ),
        "RFC 5321 §4.5.3.1.10 (452 too many recipients); RFC 3463 X.5.3",
    ),
    Phrases(
        "generic.mailbox-full", C.MAILBOX_FULL,
        (
            "too many messages on the server", "mailbox full", "mailbox is full",
            "mailbox was full", "over quota", "overquota", "over its quota",
            "exceeded its quota", "exceeds its quota",
            "quota exceed", "mailbox size limit", "inbox is full",
            "mailfolder is full", "mail folder is full", "disk quota", "mailbox exceeds",
            "exceeds allowed size", "storage limit", "mailbox has exceeded", "full mailbox",
            "insufficient space in mailbox",
            "mailbox quota", "quota has been exceeded", "not enough storage", "mailbox is over",
            "user has exceeded", "folder full", "mailbox storage",
            "exhausted allowed storage", "quota violation",
            "storage full",
            "account is full",
            "over the quota",
            "mailbox limit exceeded",
        ),
        (
            "RFC 3463 X.2.2; "
            "eNichers/node-bounce-handler:lib/responses.js (User has exhausted allowed storage "
            "space, Quota violation); "
            "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php (recipient storage "
            "full, User has exhausted allowed storage space); "
            "https://doc.dovecot.org/ (Quota exceeded); "
            "https://support.google.com/mail/?p=OverQuotaPerm"
            "; mjl-/mox:smtpserver/server.go (452 4.2.2 account storage full)"
            "; assoconnect/php-smtp-code:src/Parser/TextSearchParser.php (account is full: "
            "4.2.2/5.2.2); voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php "
            "(CommuniGate: account is full (quota exceeded))"
            "; http://pobox.com/bounce-common.mhtml (Yahoo: User is over the quota. You can try "
            "again later.; procmail: Mailbox limit exceeded while appending message)"
        ),
    ),
    Phrases(
        "generic.mailbox-disabled", C.MAILBOX_DISABLED,
        (
            "no longer valid", "no longer active", "due to inactivity", "inactive",
            "account disabled", "account has been disabled", "account is disabled",
            "mailbox disabled", "mailbox is disabled",
            "account suspended",
            "account has been suspended", "account is suspended", "mailbox suspended",
            "account locked", "is deactivated", "has been deactivated",
            "account expired", "user suspended", "account is frozen",
            "tried to reach is disabled", "disabled recipient",
            "temporarily locked",
            "disabled or discontinued", "mailbox locked",
            "not accepting messages", "account is not active", "user disabled",
            "account closed", "no longer accepts mail",
            "account not activated", "mail receiving disabled", "mailbox temporarily disabled",
            "status is locked", "account has been temporarily suspended",
            "user is suspended", "administratively disabled",
            "not currently being accepted", "mailbox was disabled", "disableduser",
            "user is locked", "domain temporarily disabled",
            "deactivated mailbox",
            "disabled mailbox",
        ),
        (
            "RFC 3463 X.2.1; https://support.google.com/mail/answer/3726730 (account disabled); "
            "eNichers/node-bounce-handler:lib/responses.js (account closed, "
            "no longer accepts mail, mailbox temporarily disabled, User is suspended, address is "
            "administratively disabled, mail is not currently being "
            "accepted for this mailbox, Recipient mailbox was disabled); "
            "KumoCorp/kumomta:assets/community/bounces.toml (DisabledUser); "
            "qmail-ldap/qmail-ldap:qmail-lspawn.c (Mailaddress is administratively disabled); "
            "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (Sina: 550 user is locked); "
            "mjl-/mox:smtpserver/server.go (450 4.2.1 recipient domain temporarily disabled); "
            "rjbs/Mail-DeliveryStatus-BounceParser:lib/Mail/DeliveryStatus/BounceParser.pm "
            "(account not activated: usa.net); "
            "assoconnect/php-smtp-code:src/Parser/TextSearchParser.php "
            "(This address no longer accepts mail); "
            "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php (User account not "
            "activated, mail receiving disabled, mailbox temporarily disabled; User status is "
            "locked); "
            "https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225 (This account "
            "has been temporarily suspended)"
            "; eNichers/node-bounce-handler:lib/responses.js and "
            "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php (551 <...> is a "
            "deactivated mailbox)"
            "; assoconnect/php-smtp-code:src/Parser/TextSearchParser.php (disabled mailbox)"
        ),
    ),
    Phrases(
        "generic.has-moved", C.HAS_MOVED,
        (
            "has moved", "user not local", "no forwarding address", "address has changed",
            "no longer available at this address", "old address no longer valid",
        ),
        (
            "RFC 5321 §3.4 (551 User not local); RFC 3463 X.1.6; "
            "eNichers/node-bounce-handler:lib/responses.js (Old address no longer valid: 5.1.6)"
        ),
    ),
    Phrases(
        "generic.host-unknown", C.HOST_UNKNOWN,
        (
            "domain may not exist", "host unknown", "unknown host", "domain not found",
            "domain doesn't exist", "no such domain",
            "unroutable address", "name or service not known", "nxdomain",
            "host not found", "no mx", "null mx", "unknown domain",
            "domain name not found", "no data known", "no valid mx",
            "couldn't find any host named", "couldn't find a mail exchanger",
            "doesn't receive email", "does not receive email",
            "domain does not accept mail",
            "indicated no smtp service", "no mail exchanger", "dns lookup failure",
            "domain is not configured",
            "unknown mail domain",
            "domain lookup failed",
        ),
        (
            "RFC 7505 (null MX); "
            "RFC 7504 (556); "
            "Exim/exim:src/src/deliver.c (Unrouteable address); "
            "RFC 3463 X.1.2"
            "; Exim/exim:doc/doc-docbook/spec.xfpt (Delivery failures: <jim@trek99.example>: "
            "unknown mail domain)"
            "; http://searchwarp.com/swa217586.htm (host unknown bounces: Host unknown and "
            "Domain Lookup Failed)"
        ),
    ),
    Phrases(
        "generic.user-unknown", C.USER_UNKNOWN,
        (
            "unknown user",
            "no such user", "user not found", "no such mailbox", "mailbox not found",
            "recipient not found", "recipient unknown", "unknown recipient", "invalid recipient",
            "user unknown", "unknown address", "bad destination mailbox",
            "invalid mailbox", "no such recipient", "address couldn't be found",
            "address not found", "not a valid mailbox", "no such address", "addressee unknown",
            "unknown local part", "unknown or illegal alias", "nosuchuser", "user is unknown",
            "no such person", "mailbox unknown", "does not exist", "doesn't exist",
            "not a valid user", "not a valid recipient", "not a known user", "unknown local-part",
            "address unknown", "user not known",
            "no mail box available", "no mailbox found", "address no longer exists",
            "badrcptto", "recipient name is not recognized",
            "recipient name is ambiguous", "ambiguous recipient", "not found in server",
            "not a member of domain", "not found or inactivated",
            "account not found", "address is unknown", "address_not_found",
            "address was not found", "unknown virtual user", "no one with that email address",
            "no such email address", "no such mail drop", "doesn't handle mail for that user",
            "not known to this system", "unknown email address", "unknown or illegal user",
            "userunknown", "user invalid", "recipients are invalid",
            "bad destination email address", "incorrectly addressed",
            "no longer an employee", "not found in ldap", "recipient unrecognized", "no such id",
            "recipient was invalid", "no mailbox here", "validrcptto",
            "not listed in the domain's directory", "unknown local user",
            "invalid-recipient",
            "not a valid email address",
        ),
        (
            "RFC 3463 X.1.1; "
            "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c (User unknown in local recipient table); "
            "https://support.google.com/mail/answer/3726730; "
            "Exim/exim:src/util/unknownuser.sh (is not a known user); "
            "Exim/exim:doc/doc-src/FAQ.src (not a valid user here); "
            "Exim/exim:test/log/4122 (Address unknown); "
            "Exim/exim:doc/doc-docbook/spec.xfpt (cannot_route_message = Unknown local user); "
            "eNichers/node-bounce-handler:lib/responses.js (Address unknown, User not known); "
            "customeros/mailsherpa:mailvalidate/email_address.go (address unknown); "
            "eNichers/node-bounce-handler:lib/responses.js (Account not found, Address is unknown, "
            "ADDRESS_NOT_FOUND, Email Address was not found, Invalid or unknown virtual user, No one "
            "with that email address here, no such email address, No such mail drop defined, server "
            "doesn't handle mail for that user, This email address is not known to this system, "
            "Unknown email address, unknown or illegal user, UserUnknown, user invalid, recipients are "
            "invalid, bad destination email address, incorrectly "
            "addressed, no longer an employee, was not found in LDAP server); "
            "KumoCorp/kumomta:assets/community/bounces.toml (recipient unrecognized, No such ID); "
            "jeffpar/kbarchive:kb/112/Q112612/README.md, kb/156/Q156282/README.md (Microsoft Mail: The "
            "message recipient was invalid); "
            "cfortune/PHP-Bounce-Handler:bounce_responses.php (no mailbox here); "
            "https://github.com/MicrosoftDocs/windowsserverdocs/issues/5308 (Exchange Online: the "
            "recipient's email address is not listed in the domain's directory); "
            "https://github.com/nextcloud/mail/issues/9498 (Horde: the address was not found, is "
            "unknown, or is not receiving messages); "
            "sagredo-dev/qmail:qmail-smtpd.c (validrcptto: this recipient is not in my validrcptto "
            "list); "
            "rjbs/Mail-DeliveryStatus-BounceParser:lib/Mail/DeliveryStatus/BounceParser.pm and its "
            "t/corpus/nomailbox.msg, mailbox-unknown.msg "
            "(No mail box available for this user, No mailbox found); "
            "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php "
            "(Recipient address no longer exists, User not a member of domain, "
            "Mailbox ( ... ) not found or inactivated); "
            "bruceg/mailfront:plugin-qmail-validate.c (Sorry, that address is in my badrcptto list); "
            "https://mskb.pkisolutions.com/kb/168557 and "
            "https://library.thedatadungeon.com/msdn-2000-04/kbexchg/source/exchange/q182558.content.htm "
            "(Exchange 5.5: The recipient name is not recognized); "
            "https://mskb.pkisolutions.com/kb/251152 (The recipient name is ambiguous ... Ambiguous "
            "Recipient); "
            "https://www.fobhost.com/jishuzhichi/jishuzhichi59.html (User ... is not found in Server)"
            "; eNichers/node-bounce-handler:lib/responses.js (Invalid-Recipient); "
            "ActiveCampaign/smtp-field-manual:data/codes/554.json (554 5.7.1 Recipient address "
            "rejected: Invalid-Recipient.), data/codes/550.json (550 5.1.1 - This is not a valid "
            "email address)"
        ),
    ),
    Phrases(
        "generic.user-unknown-weak", C.USER_UNKNOWN,
        (
            "invalid address", "mailbox unavailable", "mailbox is unavailable",
            "mailbox not available",
            "address is not valid", "address invalid", "undeliverable address",
            "mailbox currently unavailable",
            "mailbox name not allowed", "not exist", "doesn't have a", "does not have a",
            "recipient rejected", "recipient cannot be verified", "no exist",
            "recipient unavailable",
            "account is unavailable",
            "unknown account",
            "invalid account",
            "address is invalid",
            "mailbox is currently unavailable",
        ),
        (
            "RFC 5321 §4.2.2 (550 mailbox unavailable); "
            "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php and "
            "eNichers/node-bounce-handler:lib/responses.js (The recipient cannot be verified); "
            "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php (user path no exist); "
            "eNichers/node-bounce-handler:lib/responses.js (Address invalid); "
            "KumoCorp/kumomta:assets/community/bounces.toml (undeliverable address); "
            "https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225 (mailbox "
            "currently unavailable)"
            "; ActiveCampaign/smtp-field-manual:data/codes/550.json (Comcast: 550 5.2.0 - "
            "Recipient unavailable); eNichers/node-bounce-handler:lib/responses.js and "
            "cfortune/PHP-Bounce-Handler:bounce_responses.php (account is unavailable, Unknown "
            "account, Invalid account: 5.1.1)"
            "; cfortune/PHP-Bounce-Handler:bounce_responses.php and "
            "eNichers/node-bounce-handler:lib/responses.js (We are sorry but the address is "
            "invalid: 5.1.1; mailbox is currently unavailable)"
        ),
        decisive=False,
    ),
    Phrases(
        "generic.blocklisted-weak", C.BLOCKLISTED,
        (
            "has been blocked", "your ip address", "blocked by", "ip blocked",
            "ip address blocked", "your ip has been", "ip address is blocked",
            "no access for this ip",
        ),
        "taxonomy.md (blocklisted: explicitly blocked)",
        decisive=False,
    ),
    Phrases(
        "generic.server-error-explicit", C.SERVER_ERROR,
        (
            "temporary server error", "internal server error", "failed to be replicated",
            "internal resource", "no healthy secondary",
        ),
        (
            "RFC 5321 §4.2.2 (451 local error in processing); "
            "learn.microsoft.com Exchange Online NDR 4.3.2"
        ),
    ),
    Phrases(
        "generic.system-full", C.SYSTEM_FULL,
        (
            "space shortage", "insufficient disk space",
            "disk full", "no space left on device", "out of disk space",
            "system storage", "mail system full", "disk is full",
        ),
        "RFC 5321 §4.2.2 (452 insufficient system storage); RFC 3463 X.3.1",
    ),
    Phrases(
        "generic.network-error", C.NETWORK_ERROR,
        (
            "connection refused", "connection reset", "timed out",
            "no route to host", "host not reachable",
            "could not connect", "unable to connect", "connection lost",
            "connection dropped", "broken pipe", "routing loop", "mail loop",
            "loops back to myself", "hop count exceeded", "too many hops", "servfail",
            "name service error", "dns error", "temporary dns",
            "host name lookup failure", "did not accept our requests to connect",
            "establish an smtp connection", "connection closed", "unable to route", "timeout",
            "unreachable", "remote host closed connection",
            "lost connection", "network error", "greeting never received",
            "unable to read data from the transport", "unable to write data to the transport",
            "forcibly closed by the remote host",
            "failed all attempts to connect", "attempts to connect to recipients mail server",
        ),
        (
            "RFC 3463 X.4.1-X.4.6; "
            "Exim/exim:src/src/transports/smtp.c (Remote host closed connection); "
            "vdukhovni/postfix:postfix/src/smtp/smtp_trouble.c (lost connection with %s while %s); "
            "OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/mta.c (Network error on destination MXs); "
            "nodemailer/nodemailer:lib/smtp-connection/index.js (Greeting never received); "
            "https://github.com/CTFd/CTFd/issues/233, "
            "https://github.com/aahnik/bulk-email-sender/issues/10 (Python smtplib: Connection "
            "unexpectedly closed); "
            "https://github.com/PHPMailer/PHPMailer/issues/1421, "
            "https://github.com/WPManageNinja/fluent-smtp/issues/94 (SMTP connect() failed); "
            ".NET and MailKit: https://github.com/postalserver/postal/issues/491, "
            "https://github.com/Cloud9Developer/Jellyfin-Newsletter-Plugin/issues/125 (Unable to "
            "read data from the transport connection), "
            "https://github.com/jstedfast/MailKit/issues/1414, "
            "https://github.com/zabszk/CSharp-SMTP-Server/issues/16 (forcibly closed by the remote "
            "host); "
            "SmarterMail's bounces: http://support.rackteam.com/kb/a136/"
            "common-email-delivery-errors-you-may-receive.aspx (Failed all attempts to connect)"
        ),
    ),
    Phrases(
        "generic.socket-error", C.NETWORK_ERROR,
        (
            "econnrefused", "etimedout", "econnreset", "readtimeout", "eai_again",
            "enotfound", "eaddrnotavail",
            "no such host",
            "i/o error",
            "server misbehaving",
            "getaddrinfo failed",
        ),
        (
            "the socket errors SMTP clients report (Node's errno names, Ruby's Net::ReadTimeout): "
            "https://github.com/nodemailer/nodemailer/issues/1538, "
            "https://github.com/NodeBB/NodeBB/issues/8602 (ECONNREFUSED), "
            "https://github.com/TryGhost/Ghost/issues/7915, "
            "https://github.com/nodemailer/nodemailer/issues/918 (ETIMEDOUT), "
            "https://github.com/nodemailer/nodemailer/issues/1030, "
            "https://github.com/eleith/emailjs/issues/90 (ECONNRESET), "
            "https://github.com/chatwoot/chatwoot/issues/8227, "
            "https://github.com/pivorakmeetup/pivorak-web-app/issues/781 (Net::ReadTimeout), "
            "https://github.com/nodemailer/nodemailer/issues/679, "
            "https://github.com/TryGhost/Ghost/issues/9492 (getaddrinfo EAI_AGAIN: a temporary DNS "
            "failure), "
            "https://github.com/nodemailer/nodemailer/issues/409 (getaddrinfo ENOTFOUND: the SMTP "
            "host's name did not resolve), "
            "https://github.com/nodemailer/nodemailer/issues/298 (connect EADDRNOTAVAIL)"
            "; Go's resolver as SMTP clients report it: "
            "https://github.com/gophish/gophish/issues/887, "
            "https://github.com/knadh/listmonk/issues/2285 (dial tcp: lookup ...: no such host)"
            "; voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php (sendmail: 451 "
            "4.0.0 I/O error); OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/bounce.c (442 i/o error)"
            "; Go's resolver (SERVFAIL) as SMTP clients report it: "
            "https://github.com/Billionmail/BillionMail/issues/56, "
            "https://github.com/anzhiyu-c/anheyu-app/issues/89 (dial tcp: lookup ...: server "
            "misbehaving); Python's socket.gaierror on Windows: "
            "https://github.com/jamesoff/simplemonitor/issues/107, "
            "https://github.com/qiyeboy/SpiderBook/issues/6 ([Errno 11001] getaddrinfo failed)"
        ),
        decisive=False,  # a symptom: a reply that names the reason (retries ran out) says more
    ),
    Phrases(
        "generic.expired", C.EXPIRED,
        (
            "delivery time expired", "message expired",
            "in the queue too long", "too long in queue",
            "too long in the queue", "could not be delivered for",
            "was not delivered within", "message timeout",
            "retry time not reached for any host",
            "delivery attempts have failed", "maximum delivery time",
            "has not been delivered after", "lifetime exceeded",
            "considered too old by the rejecting system",
            "too many retries",
            "number of delivery attempts",
        ),
        (
            "RFC 3463 X.4.7 (the message was considered too old by the rejecting system); "
            "Exim/exim:src/src/retry.c (retry timeout exceeded); "
            "vdukhovni/postfix:postfix/src/global/defer.c"
            "; apache/james-project:server/mailet/mailets/src/main/java/org/apache/james/"
            "transport/mailets/remote/delivery/DeliveryRunnable.java (Too many retries failure. "
            "Bouncing after N retries.)"
            "; postalserver/postal:app/lib/message_dequeuer/single_message_processor.rb (Maximum "
            "number of delivery attempts (N) has been reached.)"
        ),
    ),
    Phrases(
        "generic.syntax-error", C.SYNTAX_ERROR,
        (
            "line is too long", "unrecognized parameter", "unknown parameter", "syntax error",
            "bad syntax", "command unrecognized", "unrecognized command", "command not recognized",
            "line too long", "invalid command", "unknown command", "invalid argument",
            "invalid parameter", "malformed", "path too long",
            "argument required",
            "requires a value",
            "too many parameters",
            "parameter required",
            "no parameters allowed",
            "requires domain",
        ),
        (
            "RFC 5321 §4.2.2 (500, 501); RFC 3463 X.5.2/X.5.4"
            "; hrs-allbsd/sendmail:sendmail/srvrsmtp.c (501 5.5.2 Argument required, 501 5.5.2 "
            "SIZE requires a value, 501 5.5.4 Too many parameters, 500 5.5.2 Parameter required); "
            "cyrusimap/cyrus-imapd:imap/lmtpengine.c (501 5.5.2 SIZE requires a value)"
            "; Zimbra/zm-mailbox:store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (501 5.5.4 "
            "No parameters allowed); smtpd/qpsmtpd:plugins/parse_addr_withhelo (No parameters "
            "allowed in MAIL)"
            "; haraka/Haraka:connection.js (501 HELO requires domain/address - see RFC-2821 "
            "4.1.1.1); OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/smtp_session.c (501 ... EHLO requires "
            "domain name)"
        ),
    ),
    Phrases(
        "generic.protocol-error", C.SYNTAX_ERROR,
        (
            "protocol error",
        ),
        (
            "vdukhovni/postfix:postfix/src/postscreen/postscreen_early.c (550 5.5.1 Protocol error); "
            "vdukhovni/postfix:postfix/src/smtp/smtp_trouble.c (Protocol error:)"
        ),
        decisive=False,  # the client broke the protocol (pregreet, pipelining, bare newline)
    ),
    Phrases(
        "generic.bad-sequence", C.BAD_SEQUENCE,
        (
            "bad sequence", "need mail command", "need rcpt",
            "out of sequence", "send hello first", "say hello first",
            "synchronization error", "nested mail command", "sender already specified",
            "need mail before", "talk too soon",
            "helo first",
            "ehlo first",
            "must precede data",
            "bad command sequence",
            "already authenticated",
            "required first",
            "must have sender",
            "no recipients",
        ),
        (
            "RFC 5321 §4.2.2 (503 bad sequence of commands); "
            "Exim/exim:src/src/smtp_in.c (synchronization error); "
            "nodemailer/smtp-server:lib/smtp-connection.js (421 You talk too soon)"
            "; stalwartlabs/mail-server:crates/smtp/src/inbound/mail.rs (503 5.5.1 Polite people "
            "say EHLO first.); postalserver/postal:app/lib/smtp_server/client.rb (503 EHLO/HELO "
            "first please); vdukhovni/postfix:postfix/src/postscreen/postscreen_smtpd.c (503 5.5.1 "
            "Error: send HELO/EHLO first); Exim/exim:src/src/smtp_in.c and "
            "eNichers/node-bounce-handler:lib/responses.js (valid RCPT command must precede DATA); "
            "jeffpar/kbarchive:kb/099/Q99855/README.md (503 Bad Command Sequence)"
            "; cyrusimap/cyrus-imapd:imap/lmtpengine.c (503 5.5.0 already authenticated); "
            "hrs-allbsd/sendmail:sendmail/srvrsmtp.c (503 5.5.0 Already Authenticated); "
            "stalwartlabs/mail-server:crates/smtp/src/inbound/rcpt.rs, data.rs (503 5.5.1 MAIL is "
            "required first., RCPT is required first.); "
            "hmailserver/hmailserver:hmailserver/source/Server/SMTP/SMTPConnection.cpp (503 Must "
            "have sender first., 503 Must have sender and recipient first.); "
            "SirWumpus/smtpf:src/cmd.c, doc/reply.html.in (554 5.5.0 no recipients); "
            "cyrusimap/cyrus-imapd:imap/lmtpengine.c (503 5.5.1 No recipients)"
        ),

        decisive=False,  # usually the consequence of an earlier refusal (RFC 5321 §3.3)
    ),
    Phrases(
        "generic.not-implemented", C.NOT_IMPLEMENTED,
        (
            "command is disabled", "unimplemented", "not implemented",
            "not supported", "unsupported",
        ),
        "RFC 5321 §4.2.2 (502, 504)",
    ),
    Phrases(
        "generic.policy", C.POLICY_VIOLATION,
        (
            "prohibited", "not authorized", "access denied", "access is denied",
            "message refused", "not allowed", "client host rejected",
            "rejected by recipient", "refused by", "restricted",
        ),
        (
            "RFC 3463 X.7.1; taxonomy.md policy_violation; "
            "chrisboulton/spamdyke:spamdyke/spamdyke.h (554 Refused. Access is denied.)"
        ),
        decisive=False,
    ),
    Phrases(
        "generic.service-unavailable", C.SERVICE_UNAVAILABLE,
        (
            "service unavailable", "service not available", "closing transmission channel",
            "temporarily unavailable", "server busy", "too busy", "not accepting connections",
            "maintenance", "shutting down", "service refused", "no smtp service",
            "does not accept mail", "temporarily deferred",
            "closing connection",
            "load is too high",
            "too much load",
            "high load",
        ),
        (
            "RFC 5321 §4.2.2 (421, 554); RFC 7504 (521)"
            "; vdukhovni/postfix:postfix/src/smtpstone/smtp-sink.c, postfix/src/smtpd/smtpd.c (421 "
            "Server closing connection); hrs-allbsd/sendmail:sendmail/srvrsmtp.c (421 4.3.0 "
            "closing connection)"
            "; cfortune/PHP-Bounce-Handler:bounce_responses.php and "
            "eNichers/node-bounce-handler:lib/responses.js (system load is too high, Too much "
            "load: 4.3.2)"
            "; foxcpp/maddy:internal/endpoint/smtp/session.go, internal/target/remote/remote.go "
            "(451 4.4.5 High load, try again later)"
        ),
        decisive=False,
    ),
    Phrases(
        "generic.server-error", C.SERVER_ERROR,
        (
            "local error in processing", "internal error", "system error", "server error",
            "configuration error", "misconfigured", "unable to process",
            "processing error", "storedrv", "local problem",
            "mailer error",
            "insufficient permission", "temporary failure",
            "transaction failed",
            "file write error",
            "temporary problem",
        ),
        (
            "RFC 5321 §4.2.2 (451); RFC 3463 X.3.0"
            "; hrs-allbsd/sendmail:mail.local/mail.local.c (451 4.3.0 Temporary file write error); "
            "smtpd/qpsmtpd:lib/Qpsmtpd/Postfix/Constants.pm (queue file write error (#4.3.0)); "
            "notqmail/notqmail:qmail.c (qq temporary problem (#4.3.0))"
        ),
        decisive=False,
    ),
    Phrases(
        "generic.blocked-generic", C.BLOCKLISTED,
        (
            "blocked", "banned", "denied",
        ),
        "taxonomy.md (blocklisted: explicitly blocked)",
        decisive=False,
    ),
    # Odoo's outgoing mail server test (ir_mail_server, msgids of its translation catalogues):
    # "The server refused the sender address (<from>) with error <reply>" after MAIL FROM.
    Phrases(
        "generic.sender-rejected-odoo", C.SENDER_REJECTED,
        (
            "server refused the sender address",
        ),
        "odoo/odoo:odoo/addons/base/i18n/de/LC_MESSAGES/code.po",
    ),
    # Odoo's mail server test: "An SSL exception occurred. Check connection security type." and
    # "Your server does not seem to support SSL, you may want to try STARTTLS instead".
    Phrases(
        "generic.tls-required-odoo", C.TLS_REQUIRED,
        (
            "an ssl exception occurred", "does not seem to support ssl",
        ),
        "odoo/odoo:odoo/addons/base/i18n/de/LC_MESSAGES/code.po",
    ),
    # Odoo's mail server test: "The server has closed the connection unexpectedly. Check
    # configuration served on this port number."
    Phrases(
        "generic.network-error-odoo", C.NETWORK_ERROR,
        (
            "closed the connection unexpectedly",
        ),
        "odoo/odoo:odoo/addons/base/i18n/de/LC_MESSAGES/code.po",
    ),
    # Mailpile's SMTP client (smtp_client.py): "Failed to make a secure TLS connection" where
    # STARTTLS or the TLS handshake raised a certificate or SSL error.
    Phrases(
        "generic.tls-required-mailpile", C.TLS_REQUIRED,
        (
            "failed to make a secure tls connection",
        ),
        "mailpile/Mailpile:mailpile/smtp_client.py",
    ),
    # Mailpile's SMTP client: "Failed to connect to <host>" where the connection or greeting
    # failed; weak, as a server may fail to connect to a backend of its own.
    Phrases(
        "generic.network-error-mailpile", C.NETWORK_ERROR,
        (
            "failed to connect to",
        ),
        "mailpile/Mailpile:mailpile/smtp_client.py",
        decisive=False,
    ),
    # Trojitá's SMTP sender (src/MSA/SMTP.cpp, msgid of its catalogues): "Cannot send message due
    # to an SSL/TLS error".
    Phrases(
        "generic.tls-required-trojita", C.TLS_REQUIRED,
        (
            "due to an ssl/tls error",
        ),
        "jktjkt/trojita:po/en_GB/trojita_common.po",
    ),
    # Claws Mail's SMTP session errors (msgids of its catalogues): "No SMTP AUTH method
    # available", where the server offers no AUTH mechanism the client can use.
    Phrases(
        "generic.auth-failed-claws", C.AUTH_FAILED,
        (
            "no smtp auth method available",
        ),
        "eworm-de/claws-mail:po/de.po",
    ),
    # Claws Mail's certificate check: "TLS certificate is invalid".
    Phrases(
        "generic.tls-required-claws", C.TLS_REQUIRED,
        (
            "tls certificate is invalid",
        ),
        "eworm-de/claws-mail:po/de.po",
    ),
    # Balsa's "Cannot reach SMTP server <host> (<address>), any queued message will remain in
    # <outbox>." (msgid of its catalogues).
    Phrases(
        "generic.network-error-balsa", C.NETWORK_ERROR,
        (
            "cannot reach smtp server",
        ),
        "GNOME/balsa:po/de.po",
    ),
)


TOGETHER: Final[tuple[Together, ...]] = (
    # A mailbox with no room left, said in a sentence of its own ("there is not enough space in
    # the mailbox"): port995's help page on bounces.
    Together(
        "generic.together-mailbox-space", C.MAILBOX_FULL,
        (
            ("mailbox", "mail box", "inbox", "mail folder", "mailfolder"),
            ("enough space", "no space", "out of space", "no room", "no more room",
             "is full", "was full", "completely full", "too full", "its capacity",
             "maximum capacity", "storage capacity"),
        ),
        "http://port995.com/help/whatis/bounce",
    ),
    # The recipient over their storage allowance: econs.net's list of "Recipient address
    # rejected" notices ("The recipient has exceeded their storage quota").
    Together(
        "generic.together-storage-quota", C.MAILBOX_FULL,
        (
            ("recipient", "addressee", "user", "account"),
            ("storage quota", "disk space", "storage space", "mail quota"),
        ),
        "http://econs.net/bcms/knowledgebase/43/Rejected-Messages.html",
    ),
    # A recipient's mailbox switched off by its provider: econs.net's list ("The recipient has
    # been suspended for violating one or more service agreement terms") and 21cn's bounce
    # help ("User ***@163.net is disabled").
    Together(
        "generic.together-recipient-disabled", C.MAILBOX_DISABLED,
        (
            ("recipient", "addressee", "mailbox", "user"),
            ("suspended", "disabled", "deactivated", "frozen"),
        ),
        (
            "http://econs.net/bcms/knowledgebase/43/Rejected-Messages.html; "
            "http://help.szhot.com/text_show.php?id=170"
        ),
    ),
    # A message over the size the receiver takes: Gordano GMS's alert 8024 ("wants to send a
    # message larger than that which is allowed for this user") and SNMail's size-limit NDR
    # ("450 5.2.3 Msg Size greater than allowed by Remote Host").
    Together(
        "generic.together-message-larger", C.MESSAGE_TOO_LARGE,
        (
            ("message", "msg", "email", "e-mail", "attachment"),
            ("larger than", "bigger than", "greater than allowed", "greater than the allowed",
             "is too large", "is too big", "was too large", "was too big", "oversize"),
        ),
        (
            "https://www.gordano.com/knowledge-base/what-is-alert-8024/; "
            "https://snmail.co.uk/support/failure-sizelimit.htm"
        ),
    ),
    # The server wants an encrypted session: SenderMatic's SMTP help ("Connection to your SMTP
    # server requires SSL").
    Together(
        "generic.together-tls-required", C.TLS_REQUIRED,
        (
            ("ssl", "tls", "starttls", "secure connection", "encrypted connection"),
            ("requires", "required", "necessitates", "mandatory", "must be used"),
        ),
        "https://www.sendermatic.com/help/smtp/settings/",
    ),
    # The receiving server could not be reached at all: WoollyBear's help ("The SMTP server of
    # the recipient's domain was not reachable for a long period of time") and bradford69's
    # bounce notes ("Could not contact email server").
    Together(
        "generic.together-server-unreachable", C.NETWORK_ERROR,
        (
            ("server", "host", "mail exchanger", "mailserver"),
            ("not reachable", "could not be reached", "cannot be reached", "can't be reached",
             "couldn't be reached", "could not contact", "unable to contact", "cannot contact",
             "couldn't contact", "could not reach", "couldn't reach", "unable to reach",
             "failed to reach"),
        ),
        (
            "https://www.woollybear.com/help/index.php?/Knowledgebase/Article/View/72/11/"
            "why-do-e-mail-messages-i-send-out-to-people-bounce-back-to-me; "
            "https://www.bradford69.com/Emails-Bounced.htm"
        ),
    ),
    # SMTP AUTH refused for the credentials given: University of Email's X.7.8 page ("did not
    # provide your correct username and password").
    Together(
        "generic.together-credentials-wrong", C.AUTH_FAILED,
        (
            ("password", "credentials", "passphrase"),
            ("incorrect", "correct", "wrong", "invalid", "not accepted", "rejected", "mismatch"),
        ),
        "https://universityofemail.com/x-7-8/",
    ),
    # The sender's address refused, in Outlook's words ("the server rejected the sender's e-mail
    # address", error 0x800CCC78): AfterOffice's and AT&T's help.
    Together(
        "generic.together-sender-address-rejected", C.SENDER_REJECTED,
        (
            ("sender's e-mail address", "sender's email address", "sender's address",
             "sender e-mail address", "sender email address"),
            ("rejected", "refused", "not accepted"),
        ),
        (
            "https://afteroffice.com/support/doku.php?id=faq:email:"
            "smtp_error_please_authenticate_before_sending_email; "
            "https://www.att.com/support/smallbusiness/article/smb-email-support/KM1189242/"
        ),
    ),
    # A cap on recipients or messages per period of time: the postfwd default limits of
    # git.oopen.de ("only 5 recipients per 5 minutes allowed").
    Together(
        "generic.together-per-period", C.RATE_LIMITED,
        (
            ("recipients per", "emails per", "e-mails per", "mails per"),
            ("second", "minute", "hour", "day"),
        ),
        (
            "https://git.oopen.de/install/mailsystem/raw/commit/"
            "3eb53b54635f88f84864097f58bd10ab58a94c61/DOC/postfwd/README.default-rate-limits"
        ),
        window=20,
    ),
    # Mail routed back to the host that sent it: Exim's router self check ("remote host address
    # is the local host", beside "lowest numbered MX record points to local host").
    Together(
        "generic.together-local-host", C.NETWORK_ERROR,
        (
            ("host address", "mx record"),
            ("the local host", "to local host", "localhost"),
        ),
        "Exim/exim:src/src/routers/rf_self_action.c",
    ),
    # An address its owner has given up: mlcastle.net's anti-spam page ("address cancelled",
    # "address expired").
    Together(
        "generic.together-address-cancelled", C.MAILBOX_DISABLED,
        (
            ("address", "account", "mailbox"),
            ("cancelled", "canceled", "expired", "closed down"),
        ),
        "http://mlcastle.net/spam.html",
        window=20,
    ),
    # A cap on a message's size, said as a rule: sput.nl's refused-mail page ("the size of
    # incoming E-mails is limited to 1 MB").
    Together(
        "generic.together-size-limited", C.MESSAGE_TOO_LARGE,
        (
            ("size of incoming", "size of e-mail", "size of email", "size of messages",
             "size of a message", "size of each message", "message size", "email size",
             "e-mail size"),
            ("limited to", "restricted to", "may not exceed", "must not exceed", "cannot exceed",
             "can not exceed", "can't exceed"),
        ),
        "http://sput.nl/spam/refused-mail.html",
    ),
    # No mailbox of that name: Westelcom's bounce help ("there is no mailbox with the name
    # xxxxxxx, at Westelcom").
    Together(
        "generic.together-no-mailbox-named", C.USER_UNKNOWN,
        (
            ("no mailbox", "no user", "no account", "no recipient"),
            ("with the name", "with that name", "with this name", "by the name", "by that name",
             "named"),
        ),
        "http://help.westelcom.com/articles/e-mail_bounce.htm",
        window=20,
    ),
    # Commands out of order, in Momentum's words ("DATA without MAIL FROM", "RCPT TO without
    # MAIL FROM", "MAIL FROM already established").
    Together(
        "generic.together-command-order", C.BAD_SEQUENCE,
        (
            ("data", "rcpt to", "mail from"),
            ("without mail from", "without rcpt", "already established", "before mail from",
             "before rcpt"),
        ),
        "SparkPost/developers.sparkpost.com:content/momentum/web-ref/responses-by-message.md",
        window=20,
    ),
    # Retries given up on, in Momentum's words ("exceeded max retries without delivery",
    # "exceeded max time without delivery").
    Together(
        "generic.together-without-delivery", C.EXPIRED,
        (
            ("max retries", "max time", "maximum retries", "maximum time", "retry limit"),
            ("without delivery", "without being delivered", "without successful delivery"),
        ),
        "SparkPost/developers.sparkpost.com:content/momentum/web-ref/responses-by-message.md",
    ),
    # No connection could be made at all: Momentum's "No valid hosts (unable to make any
    # connections)".
    Together(
        "generic.together-make-connection", C.NETWORK_ERROR,
        (
            ("unable to make any", "could not make any", "couldn't make any",
             "failed to make any", "cannot make any"),
            ("connection",),
        ),
        "SparkPost/developers.sparkpost.com:content/momentum/web-ref/responses-by-message.md",
        window=20,
    ),
    # A server certificate the client will not trust: Momentum's TLS results ("SSL cert common
    # name does not match host", "SSL cert must be signed by a valid CA", "certificate expired",
    # "certificate not yet valid").
    Together(
        "generic.together-certificate", C.TLS_REQUIRED,
        (
            ("ssl cert", "tls cert", "certificate"),
            ("does not match", "must be signed", "not signed", "not yet valid", "expired",
             "untrusted", "not trusted"),
        ),
        "SparkPost/developers.sparkpost.com:content/momentum/web-ref/responses-by-message.md",
    ),
    # A message without its body or with a header cut short: Momentum's "message body missing"
    # and "Header not terminated by CR LF".
    Together(
        "generic.together-body-header-missing", C.CONTENT_REJECTED,
        (
            ("body", "header", "headers"),
            ("missing", "not terminated", "is absent"),
        ),
        "SparkPost/developers.sparkpost.com:content/momentum/web-ref/responses-by-message.md",
        window=20,
    ),
    # A command argument the server did not expect: Momentum's "unexpected argument to DATA".
    Together(
        "generic.together-argument", C.SYNTAX_ERROR,
        (
            ("unexpected",),
            ("argument", "parameter"),
        ),
        "SparkPost/developers.sparkpost.com:content/momentum/web-ref/responses-by-message.md",
        window=20,
    ),
    # A sending server whose address has no proper name in the DNS: Nemostar's notices ("Mail
    # Server DNS Name Invalid", "Sender SMTP DNS Name Invalid": mail servers "that do not have a
    # valid DNS name").
    Together(
        "generic.together-dns-name", C.REVERSE_DNS,
        (
            ("mail server", "smtp", "server"),
            ("dns name",),
            ("invalid", "not have a valid", "no valid", "without a valid", "missing"),
        ),
        (
            "http://www.nemostar.com.au/policy/mx.html; "
            "http://www.nemostar.com.au/policy/sender-smtp-dns-name-invalid.html"
        ),
    ),
    # A recipient who may not receive from this sender: experts123's answer on undelivered mail
    # ("The recipient is assigned to a restriction list that does not allow them to receive mail
    # from the sender").
    Together(
        "generic.together-restriction-list", C.POLICY_VIOLATION,
        (
            ("recipient", "user"),
            ("restriction list", "not allow them to receive", "not permitted to receive"),
        ),
        "https://experts123.com/q/why-is-a-users-mail-returned-undelivered.html",
    ),
    # SMTP AUTH demanded before the transaction: Tencent exmail's "503 Error: need EHLO and AUTH
    # first !" (ltb-project/self-service-password issue 436) and OpenSMTPD's planned 530 "issue
    # AUTH first" (OpenSMTPD/OpenSMTPD issue 95).
    Together(
        "generic.together-auth-first", C.AUTH_REQUIRED,
        (
            ("auth", "authentication", "login", "log in"),
            ("first",),
        ),
        (
            "https://github.com/ltb-project/self-service-password/issues/436; "
            "https://github.com/OpenSMTPD/OpenSMTPD/issues/95"
        ),
        window=15,
    ),
    # A server that will not pass the mail on, in Apple Mail's words ("The recipient was rejected
    # by the server because it does not allow relaying"), as techzillo quotes it.
    Together(
        "generic.together-relaying", C.RELAY_DENIED,
        (
            ("does not allow", "doesn't allow", "do not allow", "not permit", "not permitted",
             "forbidden", "refuse"),
            ("relaying",),
        ),
        "https://techzillo.com/how-to-fix-server-does-not-allow-relaying/",
    ),
    # The client's own submission server not found, in Thunderbird's words
    # (smtpSendFailedUnknownServer: "Outgoing server (SMTP) %S is unknown").
    Together(
        "generic.together-outgoing-server-unknown", C.NETWORK_ERROR,
        (
            ("outgoing server",),
            ("is unknown",),
        ),
        "mozilla/releases-comm-central:mail/locales/en-US/chrome/messenger/messengercompose/"
        "composeMsgs.properties",
        window=80,
    ),
    # A password mechanism the server will not take, in Thunderbird's words
    # (smtpHintAuthPlainToEncrypt: "does not allow plaintext passwords";
    # smtpHintAuthEncryptToPlainSsl: "does not seem to support encrypted passwords").
    Together(
        "generic.together-password-mechanism", C.AUTH_FAILED,
        (
            ("plaintext password", "encrypted password"),
            ("does not allow", "does not seem to support", "does not support", "not supported"),
        ),
        "mozilla/releases-comm-central:mail/locales/en-US/chrome/messenger/messengercompose/"
        "composeMsgs.properties",
    ),
    # A Kerberos ticket refused, in Thunderbird's words (smtpAuthGssapi: "The Kerberos/GSSAPI
    # ticket was not accepted by the Outgoing server (SMTP) %S").
    Together(
        "generic.together-kerberos", C.AUTH_FAILED,
        (
            ("kerberos", "gssapi"),
            ("not accepted", "rejected", "expired", "failed"),
        ),
        "mozilla/releases-comm-central:mail/locales/en-US/chrome/messenger/messengercompose/"
        "composeMsgs.properties",
    ),    # The sender's own address refused, in Thunderbird's words (couldNotGetUsersMailAddress:
    # "the return mail address was invalid").
    Together(
        "generic.together-return-address", C.SENDER_REJECTED,
        (
            ("return mail address", "return address"),
            ("invalid", "not valid", "rejected", "refused"),
        ),
        "mozilla/releases-comm-central:mail/locales/en-US/chrome/messenger/messengercompose/"
        "composeMsgs.properties",
    ),
)
"""Words that name a reason only side by side (read where no phrase matched; see ``Together``)."""
