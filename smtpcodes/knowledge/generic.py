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
from smtpcodes.knowledge._schema import Phrases

__all__ = ["PHRASES"]

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
            "domain must resolve", "sender address rejected",
            "sender rejected", "sender verify failed", "sender verification failed",
            "sender domain must exist", "sender domain does not exist",
            "sender domain not found", "invalid sender", "bad sender", "sender is not allowed",
            "sender not allowed", "sender denied", "sender unknown", "unverified sender",
            "sender address is not valid", "sender address invalid", "mail from address",
            "sender was rejected", "envelope sender", "from address is not",
            "sending from a different address or alias",
            "not have permission to post",
            "not authorized to send from", "not authorized to send on behalf of",
        ),
        (
            "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c (Sender address rejected); "
            "Exim/exim:src/src/verify.c (Sender verify failed); "
            "RFC 3463 X.1.7/X.1.8; "
            "https://github.com/dreamhunter2333/cloudflare_temp_email/issues/320 "
            "(This sender is not authorized to send from); "
            "https://github.com/OpnForm/OpnForm/issues/563 (not authorized to send on behalf of)"
        ),
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
            "certificate has expired",
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
            "https://github.com/jgyates/genmon/issues/733 (Python smtplib)"
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
            "invalid message", "missing date header", "missing message-id", "invalid header",
            "message header", "content type", "executable", "mime type", "invalid mime",
            "encoding error", "not compliant", "illegal message-id", "invalid date header",
            "lines too long for", "forbidden attachment", "unallowed office macros",
        ),
        (
            "RFC 5322; "
            "https://github.com/NethServer/dev/issues/5811 (rspamd: Forbidden attachment name "
            "extension); "
            "https://github.com/sbidy/MacroMilter/issues/57 (Attachment contains unallowed office "
            "macros); "
            "RFC 6531 §3.7.4 (SMTPUTF8); "
            "RFC 3463 X.6.x; "
            "https://support.google.com/mail/answer/81126"
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
        ),
        (
            "RFC 7372 (X.7.20-X.7.29); "
            "RFC 7208 (SPF); "
            "RFC 7489 (DMARC); "
            "https://support.google.com/mail/answer/81126; "
            "pypolicyd-spf reject text (Please see http://www.openspf.net/Why?...), as in "
            "https://github.com/docker-mailserver/docker-mailserver/issues/2066; "
            "ActiveCampaign/smtp-field-manual:data/codes/550.json (hostpoint: SPF-check failed)"
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
            "authenticate first",
        ),
        "RFC 4954 §6 (530 5.7.0 Authentication required)",
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
            "failed to authenticate",
        ),
        (
            "RFC 4954 §6 (535 5.7.8, 534 5.7.9, 454 4.7.0, 538 5.7.11); "
            "https://support.google.com/mail/?p=BadCredentials; "
            "https://github.com/PHPMailer/PHPMailer/issues/1388, "
            "https://github.com/EBWiki/EBWiki/issues/823 (Could not authenticate); "
            "Swift Mailer: https://github.com/kanboard/kanboard/issues/345, "
            "https://github.com/postalserver/postal/issues/1334 (Failed to authenticate on SMTP "
            "server)"
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
        ),
        (
            "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c (Relay access denied); "
            "qmail:qmail-smtpd.c (allowed rcpthosts); "
            "sendmail:cf/m4/proto.m4 (Relaying denied); "
            "https://pastebin.com/MYbByAMS (Exim local_scan: Relaying not permitted); "
            "https://pastebin.com/1qRkUWBq (OVH: that domain isn't allowed to be relayed thru this MTA)"
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
            "listed on", "black listed", "black-listed",
            "barracuda", "dnsbl",
            "abuseat", "mailspike", "psbl", "invaluement", "blocklist", "blacklist", "block list",

            "client host blocked", "blocked - see",
            "dynamic ip", "dynamic or residential", "residential ip", "dial-up",
            "dialup", "rejected because of ip",
            "client host rejected: blocked", "realtime block", "rbl",
            "blocked for spam", "ip address bloc", "poor reputation ip",
        ),
        (
            "https://www.spamhaus.org/faqs/dnsbl-usage/; "
            "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c (blocked using); "
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
        ),
        "https://docs.clamav.net/; amavisd-new:README (INFECTED, BANNED notices)",
    ),
    Phrases(
        "generic.spam-content", C.SPAM_CONTENT,
        (
            "content denied", "inappropriate", "spam", "junk mail", "junkmail",
            "content filter", "bulk mail", "unsolicited", "flagged as", "contains a url",
            "url is blocked", "message filtered", "filtered by", "rejected by content",
            "high probability",
        ),
        "https://rspamd.com/doc/ (spam message rejected); SpamAssassin; standards.md §4",
    ),
    Phrases(
        "generic.spam-content-weak", C.SPAM_CONTENT,
        (
            "content rejected",
        ),
        "RFC 3463 X.7.1 usage notes in standards.md §2.5",
        decisive=False,
    ),
    Phrases(
        "generic.policy-explicit", C.POLICY_VIOLATION,
        (
            "policy restrictions", "due to policy", "helo command rejected", "anti-spoofing",
            "local policy", "policy reasons", "policy violation",
            "not accepted for policy", "rejected for policy",
            "policy rejection", "security policies",
        ),
        (
            "RFC 3463 X.7.1 (delivery not authorized, message refused); "
            "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c (Helo command rejected)"
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
            "larger than the maximum",
        ),
        (
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
            "max number of connections",
        ),
        (
            "vdukhovni/postfix:postfix/src/smtpd/smtpd.c (too many connections, anvil limits); "
            "standards.md §3"
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
            "limit on the number of allowed outgoing messages", "exceeded the maximum number",
            "daily limit", "hourly limit", "send limit", "rate exceeded",
            "too fast", "too many requests",
        ),
        (
            "RFC 5321 §4.5.3.1.10 (too many recipients); "
            "https://support.google.com/mail/answer/81126 (rate limits); "
            "standards.md §3; "
            "https://github.com/knadh/listmonk/issues/2509, "
            "https://github.com/goauthentik/authentik/issues/10720 (Too many requests)"
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
            "exhausted allowed storage", "quota violation", "recipient storage full",
        ),
        (
            "RFC 3463 X.2.2; "
            "eNichers/node-bounce-handler:lib/responses.js (User has exhausted allowed storage "
            "space, Quota violation); "
            "wRAR/flufl.bounce:flufl/bounce/tests/data/simple_14.txt (552 Quota violation for); "
            "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php (recipient storage "
            "full, User has exhausted allowed storage space); "
            "https://doc.dovecot.org/ (Quota exceeded); "
            "https://support.google.com/mail/?p=OverQuotaPerm"
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
        ),
        (
            "RFC 3463 X.2.1; https://support.google.com/mail/answer/3726730 (account disabled); "
            "eNichers/node-bounce-handler:lib/responses.js (account closed, "
            "no longer accepts mail, mailbox temporarily disabled); "
            "rjbs/Mail-DeliveryStatus-BounceParser:lib/Mail/DeliveryStatus/BounceParser.pm "
            "(account not activated: usa.net); "
            "assoconnect/php-smtp-code:src/Parser/TextSearchParser.php "
            "(This address no longer accepts mail); "
            "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php (User account not "
            "activated, mail receiving disabled, mailbox temporarily disabled)"
        ),
    ),
    Phrases(
        "generic.has-moved", C.HAS_MOVED,
        (
            "has moved", "user not local", "no forwarding address", "address has changed",
            "moved to", "no longer available at this address",
        ),
        "RFC 5321 §3.4 (551 User not local); RFC 3463 X.1.6",
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
        ),
        (
            "RFC 7505 (null MX); "
            "RFC 7504 (556); "
            "Exim/exim:src/src/deliver.c (Unrouteable address); "
            "RFC 3463 X.1.2"
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
        ),
        (
            "RFC 3463 X.1.1; "
            "vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c (User unknown in local recipient table); "
            "https://support.google.com/mail/answer/3726730; "
            "Exim/exim:src/util/unknownuser.sh (is not a known user); "
            "Exim/exim:doc/doc-src/FAQ.src (not a valid user here); "
            "Exim/exim:test/log/4122 (Address unknown); "
            "eNichers/node-bounce-handler:lib/responses.js (Address unknown, User not known); "
            "customeros/mailsherpa:mailvalidate/email_address.go (address unknown); "
            "rjbs/Mail-DeliveryStatus-BounceParser:lib/Mail/DeliveryStatus/BounceParser.pm and its "
            "t/corpus/nomailbox.msg, mailbox-unknown.msg "
            "(No mail box available for this user, No mailbox found); "
            "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php "
            "(Recipient address no longer exists)"
        ),
    ),
    Phrases(
        "generic.user-unknown-weak", C.USER_UNKNOWN,
        (
            "invalid address", "mailbox unavailable", "mailbox is unavailable",
            "mailbox not available",
            "address is not valid",
            "mailbox name not allowed", "not exist", "doesn't have a", "does not have a",
            "recipient rejected", "recipient cannot be verified",
        ),
        (
            "RFC 5321 §4.2.2 (550 mailbox unavailable); "
            "voku/PHPMailer-BMH:src/BounceMailHandler/phpmailer-bmh_rules.php and "
            "eNichers/node-bounce-handler:lib/responses.js (The recipient cannot be verified)"
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
        ),
        (
            "RFC 3463 X.4.7 (the message was considered too old by the rejecting system); "
            "Exim/exim:src/src/retry.c (retry timeout exceeded); "
            "vdukhovni/postfix:postfix/src/global/defer.c"
        ),
    ),
    Phrases(
        "generic.syntax-error", C.SYNTAX_ERROR,
        (
            "line is too long", "unrecognized parameter", "unknown parameter", "syntax error",
            "bad syntax", "command unrecognized", "unrecognized command", "command not recognized",
            "line too long", "invalid command", "unknown command", "invalid argument",
            "invalid parameter", "malformed", "path too long",
        ),
        "RFC 5321 §4.2.2 (500, 501); RFC 3463 X.5.2/X.5.4",
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
        ),
        (
            "RFC 5321 §4.2.2 (503 bad sequence of commands); "
            "Exim/exim:src/src/smtp_in.c (synchronization error); "
            "nodemailer/smtp-server:lib/smtp-connection.js (421 You talk too soon)"
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
            "prohibited", "not authorized", "access denied",
            "message refused", "not allowed", "client host rejected",
            "rejected by recipient", "refused by", "restricted",
        ),
        "RFC 3463 X.7.1; taxonomy.md policy_violation",
        decisive=False,
    ),
    Phrases(
        "generic.service-unavailable", C.SERVICE_UNAVAILABLE,
        (
            "service unavailable", "service not available", "closing transmission channel",
            "temporarily unavailable", "server busy", "too busy", "not accepting connections",
            "maintenance", "shutting down", "service refused", "no smtp service",
            "does not accept mail", "temporarily deferred",
        ),
        "RFC 5321 §4.2.2 (421, 554); RFC 7504 (521)",
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
        ),
        "RFC 5321 §4.2.2 (451); RFC 3463 X.3.0",
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
)
