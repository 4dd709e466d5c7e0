"""Explanations of categories, English and German (data).

Facts from shared/docs/taxonomy.md and standards.md (§1.3 legacy quirks, §1.4 AUTH/STARTTLS/SIZE,
§3 retry practice and greylisting delays, §4 ESP bounce practice); every sentence written for
smtpcodes.

``EN`` and ``DE`` map every :class:`~smtpcodes.enums.Category` to a
:class:`~smtpcodes._text_types.Text`: a short title, what happened (and whether the address is
dead, the sender must act, or it is a wait), typical causes, and ordered fixes for the sender or
its administrator.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from smtpcodes._text_types import Text
from smtpcodes.enums import Category

if TYPE_CHECKING:
    from collections.abc import Mapping

EN: Final[Mapping[Category, Text]] = MappingProxyType({
    Category.DELIVERED: Text(
        title="Accepted by the receiving server",
        meaning=(
            "The server accepted the command; a 2xx reply after the end of the message data means "
            "it has taken over responsibility for delivery. Nothing failed, although acceptance "
            "does not promise that the message will reach the inbox."
        ),
        causes=(
            "The command and its arguments were valid and the server had no objection.",
            (
                "After the final dot the receiving system queued the message, usually quoting a "
                "queue ID such as 'queued as 4Xy2Z'."
            ),
            (
                "With 251 or 252 the server forwards the message, or cannot verify the address but "
                "still attempts delivery."
            ),
        ),
        fixes=(
            (
                "Nothing needs fixing; store the queue ID from the reply with the message so it "
                "can be traced later."
            ),
            (
                "Keep processing incoming bounces: the receiving system can still fail after "
                "accepting and report it in a later delivery status notification (DSN)."
            ),
            (
                "If the recipient reports the message missing, ask them to check the spam folder "
                "and quarantine, then give their administrator the time, your sending IP and the "
                "queue ID to search the logs."
            ),
        ),
    ),
    Category.INTERMEDIATE: Text(
        title="Server waits for the next step",
        meaning=(
            "The server answered with 3xx and expects more input: the message data after 354, or "
            "the next authentication response after 334. This is not an error; the dialogue is "
            "simply not finished yet."
        ),
        causes=(
            "The client sent DATA and the server answered 354, ready for the message content.",
            (
                "The client started SMTP AUTH and the server answered 334 with a base64-encoded "
                "challenge."
            ),
        ),
        fixes=(
            "After 354, send the message and end it with a line holding only a dot (CRLF.CRLF).",
            (
                "After 334, send the base64-encoded answer the chosen mechanism requires, or a "
                "single '*' to cancel."
            ),
            (
                "If a 3xx reply is the final result of a send, the client stopped mid-dialogue: "
                "check its timeouts and the SMTP transcript."
            ),
        ),
    ),
    Category.USER_UNKNOWN: Text(
        title="Recipient address does not exist",
        meaning=(
            "The receiving server has no mailbox under this address. With a permanent reply the "
            "address is dead: stop mailing it, because retries cannot help and repeated hard "
            "bounces damage your sender reputation."
        ),
        causes=(
            (
                "A typo in the local part or the domain, such as 'jon.smith' for 'john.smith' or "
                "'gmial.com'."
            ),
            (
                "The mailbox was deleted, for example after the person left the company or closed "
                "the account."
            ),
            (
                "The address was invented, mistyped in a sign-up form, or came from an old, "
                "purchased or scraped list."
            ),
            (
                "The recipient's directory or address rewriting is misconfigured (rare; suspect it "
                "when a known-good address bounces)."
            ),
        ),
        fixes=(
            (
                "Remove the address from your lists or add it to your suppression list at once; do "
                "not retry it."
            ),
            (
                "Check the domain and local part for obvious typos, and correct them only when you "
                "can confirm the right address."
            ),
            (
                "Protect sign-up forms with double opt-in so that only confirmed addresses enter "
                "your lists."
            ),
            (
                "Never import purchased or scraped lists, and re-confirm addresses that have not "
                "been mailed for a long time before sending to them again."
            ),
            (
                "If the address is known to work, reach the recipient through another channel and "
                "send their administrator the full bounce text."
            ),
        ),
    ),
    Category.MAILBOX_DISABLED: Text(
        title="Mailbox exists but is disabled",
        meaning=(
            "The server knows the address, but the account is disabled, suspended, locked or "
            "inactive and takes no mail. Treat a permanent reply like a dead address; a transient "
            "one may clear if the account is reactivated."
        ),
        causes=(
            "The provider deactivated the account after a long period without logins.",
            (
                "The administrator suspended or locked the account, for example after abuse, "
                "unpaid fees or a security incident."
            ),
            "An employee left and the organisation kept the address but blocked delivery to it.",
            "The mailbox is being migrated or set up and is not enabled yet.",
        ),
        fixes=(
            "Suppress the address after a permanent reply, just as for an unknown user.",
            (
                "After a transient reply let the queue retry, and suppress the address if it keeps "
                "failing over several days or sends."
            ),
            (
                "If the contact matters, ask for a current address through another channel (phone, "
                "customer account, colleagues)."
            ),
            (
                "Remove addresses that have not opened or clicked for a long time, before they "
                "turn into disabled or abandoned accounts."
            ),
        ),
    ),
    Category.MAILBOX_FULL: Text(
        title="Recipient mailbox is full",
        meaning=(
            "The recipient's mailbox has reached its storage quota, so the message cannot be "
            "stored right now. The address is still valid; this is a case for waiting, even when "
            "the server sends a 5xx code such as 552 5.2.2."
        ),
        causes=(
            (
                "The recipient has not deleted or archived mail for a long time and the quota is "
                "used up."
            ),
            "The mailbox is abandoned: nobody reads it any more, so it only fills up.",
            "A run of large messages or attachments used up the remaining space.",
            "The provider grants only a small quota (common with free or old accounts).",
        ),
        fixes=(
            "Keep the message queued and retry over several days instead of bouncing it at once.",
            (
                "Count consecutive full-mailbox failures per address and suppress it after "
                "repeated failures across several sends (Brevo blocks after 5 consecutive soft "
                "bounces, Mailchimp after 7)."
            ),
            (
                "If the message is important, ask the recipient through another channel to free up "
                "space."
            ),
            "Keep messages lean: link large files instead of attaching them.",
        ),
    ),
    Category.HAS_MOVED: Text(
        title="Recipient has moved",
        meaning=(
            "The server says the recipient is not handled here (551, X.1.6) and does not forward "
            "the message. The old address is dead; the reply text sometimes names the new one."
        ),
        causes=(
            (
                "The person changed employer, department or provider, and the old mailbox was "
                "closed without forwarding."
            ),
            (
                "The organisation moved its users to another domain and answers for the old "
                "addresses with a pointer."
            ),
            (
                "The message went to a server that is not responsible for this user (551 'user not "
                "local')."
            ),
        ),
        fixes=(
            (
                "Read the full reply text: if it names a new address, have the recipient confirm "
                "it before you use it."
            ),
            (
                "Replace the address in your records once it is confirmed, or suppress the old one "
                "if no new address is given."
            ),
            (
                "Do not resend blindly to the address named in the reply; it may be outdated or "
                "misspelt."
            ),
            (
                "Check that you deliver to the MX hosts of the recipient domain, not to a "
                "hard-coded, outdated relay."
            ),
        ),
    ),
    Category.HOST_UNKNOWN: Text(
        title="Recipient domain cannot receive mail",
        meaning=(
            "The domain after the @ does not exist, has no usable MX or A/AAAA record, or "
            "publishes a null MX to say it takes no mail. With a permanent reply no address at "
            "this domain can be reached; a transient DNS failure may clear by itself."
        ),
        causes=(
            "A typo in the domain, such as 'gmail.con' or 'outlok.com'.",
            "The domain registration expired, or the domain was never registered.",
            "The DNS zone has no MX records, and the A/AAAA fallback is missing or leads nowhere.",
            "The domain publishes a null MX (MX 0 '.', RFC 7505) because it never receives mail.",
            "The domain's name servers are broken or unreachable at the moment (transient).",
        ),
        fixes=(
            (
                "Check the domain with 'dig MX example.com' and 'dig A example.com' (or nslookup), "
                "also through a second resolver."
            ),
            (
                "Correct obvious typos only when you can confirm the intended domain; otherwise "
                "suppress the address."
            ),
            "Suppress every address at a domain that does not exist or publishes a null MX.",
            (
                "After a transient DNS failure let the queue retry; if it lasts for days, treat "
                "the domain as dead."
            ),
            (
                "If you run the failing domain yourself, repair its MX records and its name server "
                "delegation."
            ),
        ),
    ),
    Category.RELAY_DENIED: Text(
        title="Server refuses to relay",
        meaning=(
            "The server you connected to is not responsible for the recipient's domain and does "
            "not know you as an authorised sender, so it will not pass the message on. The sending "
            "side must change its setup; the recipient address may be perfectly fine."
        ),
        causes=(
            (
                "The client submitted mail without SMTP AUTH to a server that relays only for "
                "authenticated users."
            ),
            (
                "The client connected to the wrong host, such as an old smarthost or another "
                "organisation's server, instead of its own submission server or the recipient's "
                "MX."
            ),
            (
                "The recipient domain's MX records point to a server that no longer accepts mail "
                "for that domain."
            ),
            (
                "On your own server the domain is missing from the accepted or relay domains "
                "(Postfix relay_domains, qmail rcpthosts), or the client's network is not trusted "
                "(mynetworks)."
            ),
        ),
        fixes=(
            (
                "Configure the mail client or application to log in with SMTP AUTH on submission "
                "port 587 (STARTTLS) or 465 (implicit TLS)."
            ),
            (
                "Check the configured SMTP host: it must be your provider's outgoing server, not "
                "another organisation's."
            ),
            (
                "Look up the MX records of the recipient domain and make sure mail goes to the "
                "hosts listed there."
            ),
            (
                "If you run the server, add the domain to its accepted or relay domains or trust "
                "the client's network, but never open the relay to everyone."
            ),
            "Send a test message afterwards and check the server log for the relay decision.",
        ),
    ),
    Category.SENDER_REJECTED: Text(
        title="Sender address refused",
        meaning=(
            "The server refuses the envelope sender (MAIL FROM) because it is malformed, its "
            "domain cannot be resolved, or the sender may not use it. The sending side must fix "
            "the address or its domain before any message can get through."
        ),
        causes=(
            (
                "The envelope sender uses a domain that does not resolve or has neither MX nor A "
                "record (X.1.8), such as an internal name like 'server.local'."
            ),
            (
                "The address is syntactically invalid, for example the domain is missing or it "
                "contains illegal characters (X.1.7)."
            ),
            (
                "The sender domain publishes a null MX, so nobody could reply to mail from it "
                "(X.7.27)."
            ),
            (
                "The authenticated account may not send as this address (the server checks that "
                "login and sender match)."
            ),
            "The sender address or domain is on the receiver's local block list.",
        ),
        fixes=(
            (
                "Set the envelope sender (Return-Path) to a real address on a registered domain "
                "with working MX records."
            ),
            (
                "Replace placeholder senders such as root@localhost or noreply@server.local in "
                "applications and cron jobs."
            ),
            (
                "Use a sender address that belongs to the account you log in with, or have the "
                "administrator allow the additional address."
            ),
            (
                "If an ESP sends for you, set up its custom return-path (bounce) domain under your "
                "own domain."
            ),
            (
                "Check the address's domain with 'dig MX' and send a test message to a mailbox you "
                "control."
            ),
        ),
    ),
    Category.AUTH_REQUIRED: Text(
        title="Authentication required",
        meaning=(
            "The server accepts this command only after the client has logged in with SMTP AUTH "
            "(530 5.7.0). The sending side must set up authentication; the recipient is not the "
            "problem."
        ),
        causes=(
            (
                "The mail client or application has 'my server requires authentication' switched "
                "off, or no credentials are configured."
            ),
            (
                "The application submits on port 25, while the provider expects authenticated "
                "submission on port 587 or 465."
            ),
            (
                "The client tried to send before logging in, or the login failed unnoticed earlier "
                "in the session."
            ),
            "The server offers AUTH only after STARTTLS, and the client never started TLS.",
        ),
        fixes=(
            (
                "Enable SMTP authentication in the client and enter the account's user name and "
                "password (or an OAuth token)."
            ),
            (
                "Use submission port 587 with STARTTLS or port 465 with implicit TLS, as your "
                "provider documents."
            ),
            (
                "Make sure the client sends EHLO, STARTTLS, EHLO again and then AUTH, all before "
                "MAIL FROM."
            ),
            "Check in the client log that AUTH was answered with 235 before the first MAIL FROM.",
        ),
    ),
    Category.AUTH_FAILED: Text(
        title="Authentication failed",
        meaning=(
            "The server rejected the SMTP login: the credentials are wrong, the chosen mechanism "
            "is not acceptable, or the authentication service had a temporary problem (454). The "
            "sending side must fix its login; only a 454 is worth retrying later without asking "
            "for a new password."
        ),
        causes=(
            "The user name or password is wrong, has expired or was changed (535 5.7.8).",
            (
                "The account uses two-factor authentication and needs an app password or OAuth 2.0 "
                "instead of the normal password."
            ),
            (
                "The provider has switched off basic authentication or SMTP AUTH for this account "
                "or tenant."
            ),
            (
                "The mechanism is too weak for the server's policy (534 5.7.9) or allowed only "
                "over an encrypted connection (538)."
            ),
            "The account was locked after too many failed attempts.",
            "The authentication back end was temporarily unavailable (454 4.7.0).",
        ),
        fixes=(
            (
                "Check the user name (usually the full address) and re-enter the password; confirm "
                "the login works in webmail."
            ),
            (
                "If the account uses two-factor authentication, create an app password or switch "
                "the client to OAuth 2.0 (XOAUTH2)."
            ),
            "Check in the provider's admin console that SMTP AUTH is allowed for this mailbox.",
            "Start TLS before AUTH and choose a mechanism the server lists in its EHLO reply.",
            (
                "After a 454, retry later with the same credentials instead of prompting for a new "
                "password."
            ),
            (
                "After repeated failures, pause the sending application so that it neither locks "
                "the account nor gets its IP blocked."
            ),
        ),
    ),
    Category.SENDER_UNAUTHENTICATED: Text(
        title="Sender domain failed SPF, DKIM or DMARC",
        meaning=(
            "The receiver checked whether the message really comes from the domain it claims, and "
            "the SPF, DKIM, DMARC or ARC check failed. The sending side must repair its DNS "
            "records or its signing; retrying unchanged will keep failing."
        ),
        causes=(
            (
                "The sending server or service is missing from the domain's SPF record, or SPF "
                "needs more than 10 DNS lookups and ends in a permanent error."
            ),
            (
                "The message carries no DKIM signature, or a gateway or mailing list changed the "
                "message after signing and broke the signature."
            ),
            (
                "Neither the SPF domain nor the DKIM d= domain matches the visible From domain, so "
                "DMARC fails even though each check passes on its own."
            ),
            (
                "The From domain publishes DMARC with p=reject or p=quarantine and the message is "
                "not aligned."
            ),
            "Forwarding through a third server broke SPF, and no DKIM or ARC result survived.",
            (
                "Since 2024 Gmail and Yahoo require authentication from every sender, and SPF, "
                "DKIM and DMARC from bulk senders (more than 5,000 messages a day to Gmail)."
            ),
        ),
        fixes=(
            (
                "Send a test message to a mailbox you control and read its Authentication-Results "
                "header with a header analyser to see which check failed."
            ),
            (
                "Publish or repair SPF: a single TXT record per domain that lists every server and "
                "service sending for you and stays within 10 DNS lookups."
            ),
            (
                "Sign outgoing mail with DKIM (2048-bit key) using a d= domain in the same "
                "organisational domain as the From address, and publish the selector in DNS."
            ),
            (
                "Publish a DMARC record, start with p=none and rua reports, and tighten it to "
                "quarantine or reject once every mail stream passes."
            ),
            (
                "Have your ESP send with a custom return-path and DKIM domain under your own "
                "domain, so both align with From."
            ),
            (
                "For bulk mail to Gmail and Yahoo, also offer one-click unsubscribe (RFC 8058) and "
                "keep the spam complaint rate below 0.3%."
            ),
            (
                "After changes, wait for the DNS TTL to expire, then resend and check the headers "
                "again."
            ),
        ),
    ),
    Category.REVERSE_DNS: Text(
        title="Sending IP lacks valid reverse DNS",
        meaning=(
            "The receiver looked up the PTR record of your sending IP and found none, or found a "
            "name that does not resolve back to the same IP. The sender's administrator must fix "
            "the DNS; until then messages will keep failing."
        ),
        causes=(
            "The sending IP has no PTR record at all (Gmail refuses this; for IPv6 with 5.7.25).",
            (
                "The PTR name does not resolve forward (A or AAAA) to the same IP, so "
                "forward-confirmed reverse DNS fails."
            ),
            (
                "The PTR is a generic name from the ISP's dynamic range (such as "
                "'dsl-203-0-113-7.example.net') that filters treat as an end-user line."
            ),
            "Mail leaves over IPv6, but reverse DNS was set up only for the IPv4 address.",
            (
                "The HELO/EHLO name is unrelated to the PTR name or is not a fully qualified "
                "domain name."
            ),
        ),
        fixes=(
            (
                "Find the real outgoing IP in the receiver's reply or in your log, not the one you "
                "assume."
            ),
            (
                "Ask whoever owns the IP block (hosting provider, ISP, cloud console) to set a PTR "
                "record to a host name such as mail.example.com."
            ),
            "Create an A record (and AAAA for IPv6) for that host name pointing to the same IP.",
            "Set the server's HELO/EHLO name to the same fully qualified host name.",
            "Check both directions with 'dig -x <IP>' and 'dig <hostname>', then retry.",
            (
                "If you cannot get a PTR for a dynamic or residential IP, send through your "
                "provider's authenticated smarthost instead."
            ),
        ),
    ),
    Category.TLS_REQUIRED: Text(
        title="Encryption required or TLS failed",
        meaning=(
            "The server demands an encrypted connection before it continues, or the TLS handshake "
            "between the two systems failed. The sending side's configuration must change; until "
            "then the message will not be accepted."
        ),
        causes=(
            (
                "The client did not issue STARTTLS although the server requires it ('Must issue a "
                "STARTTLS command first')."
            ),
            (
                "One side supports only outdated protocol versions or ciphers, so no common "
                "setting was found (for example TLS 1.0 against a TLS 1.2 minimum)."
            ),
            (
                "A certificate is expired or self-signed, lacks its intermediate chain, or does "
                "not match the expected host name."
            ),
            (
                "The message required REQUIRETLS (X.7.30), or the recipient domain's MTA-STS or "
                "DANE policy demands verified TLS that the path cannot provide."
            ),
            "A firewall or security appliance strips STARTTLS from the EHLO reply.",
        ),
        fixes=(
            (
                "Enable STARTTLS in the client or MTA; for submission use port 587 with STARTTLS "
                "or port 465 with implicit TLS."
            ),
            "Update the TLS library and allow at least TLS 1.2.",
            (
                "Test the handshake with 'openssl s_client -starttls smtp -connect host:587' (or "
                "port 25) and read the certificate chain and errors."
            ),
            (
                "Renew an expired certificate, serve the full chain, and make its name match the "
                "server's host name."
            ),
            (
                "Make sure no firewall or SMTP inspection feature removes STARTTLS from the "
                "server's EHLO reply."
            ),
        ),
    ),
    Category.BLOCKLISTED: Text(
        title="Sending IP or domain is blocklisted",
        meaning=(
            "The receiver refused the message because your sending IP or domain is on a DNS "
            "blocklist or on its own block list. The sending side must find and stop the cause and "
            "request delisting; resending only adds more rejections."
        ),
        causes=(
            "A compromised mailbox, web form or script sent spam through your server.",
            (
                "The server is an open relay, or an infected machine on your network sends spam "
                "directly (Spamhaus XBL/CSS)."
            ),
            (
                "The IP belongs to a dynamic or end-user range that should not send mail straight "
                "to the Internet (Spamhaus PBL)."
            ),
            "Mail hit spam traps because the list holds old, purchased or scraped addresses.",
            (
                "A domain in the message or the sender domain itself is listed (Spamhaus DBL), or "
                "a shared IP was listed because of another customer."
            ),
        ),
        fixes=(
            (
                "Read which list or code the reply names (Spamhaus, Barracuda, SpamCop, Microsoft "
                "S3150 …) and note the IP it quotes."
            ),
            (
                "Look the IP or domain up at that list (check.spamhaus.org, barracudacentral.org, "
                "spamcop.net) to learn the reason for the listing."
            ),
            (
                "Find and stop the cause first: change compromised passwords, close the open "
                "relay, clean infected hosts, protect forms with CAPTCHA and double opt-in, and "
                "drop the bad list."
            ),
            (
                "Request delisting through Spamhaus's removal process or Barracuda's removal form; "
                "SpamCop drops a listing by itself about 24 hours after the reports stop."
            ),
            (
                "For Microsoft, use the Outlook.com sender support form for S3150 blocks, or the "
                "delist portal sender.office.com for Microsoft 365 banned-IP blocks "
                "(5.7.606–5.7.649)."
            ),
            (
                "For a PBL listing, send through your provider's smarthost or, if the IP really is "
                "a static mail server, request its removal from the PBL."
            ),
            (
                "Do not just switch to a fresh IP: without fixing the cause it gets listed too, "
                "and rotating IPs looks like snowshoe spam."
            ),
            "After delisting, resume slowly and watch bounces and complaints.",
        ),
    ),
    Category.REPUTATION: Text(
        title="Sender reputation too low",
        meaning=(
            "The receiver's own filters rate your IP or domain as a source of unwanted mail, "
            "without naming a public blocklist (Gmail 'likely unsolicited', 4.7.28; Yahoo TSS04). "
            "The sending side must improve its practices; deferred messages may pass later, but "
            "the cause remains until fixed."
        ),
        causes=(
            (
                "Many recipients marked your messages as spam, or the complaint rate exceeds what "
                "the provider tolerates."
            ),
            "A new IP or domain has no sending history yet and started with high volume.",
            "Volume jumped suddenly, for example a big campaign after weeks of silence.",
            "Messages go to many inactive, unknown or trap addresses, a sign of poor list hygiene.",
            (
                "Authentication is missing or incomplete, so the provider cannot tie the mail to a "
                "trusted domain."
            ),
        ),
        fixes=(
            (
                "Check the providers' sender tools: Google Postmaster Tools, Microsoft SNDS, Yahoo "
                "Sender Hub."
            ),
            (
                "Keep the spam complaint rate below 0.1% and never let it reach 0.3%; offer "
                "one-click unsubscribe (RFC 8058) and honour it at once."
            ),
            (
                "Stop mailing recipients who have not engaged for months, and remove bounced "
                "addresses."
            ),
            (
                "Warm up new IPs and domains: start with small daily volumes to engaged recipients "
                "and raise them gradually over weeks."
            ),
            (
                "Separate transactional and marketing mail onto different IPs or subdomains, so "
                "one cannot drag the other down."
            ),
            "Make sure SPF, DKIM and DMARC pass and align with the From domain.",
            (
                "Let deferred messages retry at a slower pace instead of pushing the full volume "
                "again."
            ),
        ),
    ),
    Category.SPAM_CONTENT: Text(
        title="Message content judged as spam",
        meaning=(
            "A content filter scored the message as spam and refused it. The message (and often "
            "its links) must change; sent again unchanged, it will be refused again."
        ),
        causes=(
            (
                "A link points to a domain on a URI blocklist (Spamhaus DBL, SURBL, URIBL), or a "
                "public URL shortener is used."
            ),
            (
                "The message is mostly one large image with little text, its HTML is broken, or it "
                "has no plain-text part."
            ),
            (
                "Wording, subject or layout match typical spam patterns, such as misleading "
                "subjects or heavy use of capitals and exclamation marks."
            ),
            "Missing or failed authentication added to the spam score.",
            (
                "Recipients reported similar messages before, so the filter has learned their "
                "fingerprint."
            ),
        ),
        fixes=(
            (
                "Run the message through a spam test (for example SpamAssassin or a mail-tester "
                "service) and read which rules scored."
            ),
            (
                "Check every linked domain against Spamhaus DBL and SURBL, and replace public "
                "shorteners with links on your own domain."
            ),
            (
                "Send a multipart message with a matching plain-text part, a sensible ratio of "
                "text to images, and valid HTML."
            ),
            "Rewrite misleading subject lines and remove content the recipients did not ask for.",
            "Make sure SPF, DKIM and DMARC pass, since they feed into the score.",
            (
                "Resend only after changing the message, and check the result with a test mailbox "
                "at the same provider."
            ),
        ),
    ),
    Category.VIRUS: Text(
        title="Virus or dangerous attachment found",
        meaning=(
            "The receiver's scanner found malware, or an attachment type it treats as dangerous, "
            "and refused the message. The message must change; if the finding is real, the sending "
            "machine may be infected."
        ),
        causes=(
            (
                "An attachment really contains malware, possibly slipped in by an infected "
                "computer or a compromised account on the sending side."
            ),
            (
                "The attachment is an executable or script (.exe, .js, .vbs, .scr, .bat), or a "
                "disk image or shortcut (.iso, .lnk), which the receiver blocks outright."
            ),
            (
                "An Office document contains macros, or an archive is password-protected so the "
                "scanner cannot look inside."
            ),
            "The scanner raised a false alarm on a harmless file.",
        ),
        fixes=(
            "Scan the file and the sending computer with an up-to-date virus scanner.",
            (
                "If malware turns up, isolate and clean the computer and change the passwords of "
                "the accounts used on it."
            ),
            (
                "Share files through a download link instead of attaching executables, macro "
                "documents or encrypted archives."
            ),
            "Save macro documents in a macro-free format such as .docx or PDF before sending.",
            (
                "If the file is clean, report the false positive to the scanner's vendor (for "
                "example through ClamAV's false-positive form) and ask the recipient's "
                "administrator for an exception."
            ),
        ),
    ),
    Category.POLICY_VIOLATION: Text(
        title="Refused by the receiver's local policy",
        meaning=(
            "The receiver refused the message under a local or administrative rule that is not "
            "about spam, authentication or a blocklist (often 5.7.1 'administrative prohibition'). "
            "What can be done depends on the rule; a transient variant may pass on a later "
            "attempt."
        ),
        causes=(
            (
                "The recipient is a restricted address, such as a distribution list that accepts "
                "mail only from internal or listed senders."
            ),
            "The receiver accepts mail only from an allowlist of senders or partners.",
            "The receiver blocks whole countries, networks or top-level domains.",
            (
                "A compliance or data-loss-prevention rule forbids this kind of message, recipient "
                "or attachment."
            ),
            (
                "The message would have broken a restriction the administrator set for particular "
                "senders or recipients."
            ),
        ),
        fixes=(
            "Read the full reply text; it often names the rule or the reason.",
            (
                "Check whether the recipient is a group or role address that only accepts internal "
                "senders, and use a personal address instead."
            ),
            (
                "Contact the recipient through another channel, or write to postmaster@ at the "
                "recipient domain quoting the time, your sending IP and the full reply."
            ),
            "Ask to be added to the receiver's allowlist if you are an expected partner.",
            (
                "After a transient reply let the queue retry; after a permanent one do not resend "
                "until the receiver has changed the rule."
            ),
        ),
    ),
    Category.CONTENT_REJECTED: Text(
        title="Message format or content refused",
        meaning=(
            "The receiver refused the message because of its format or content, for reasons other "
            "than spam: a broken header, a forbidden attachment type or an internationalised "
            "address it cannot handle. The message or the sending software must change."
        ),
        causes=(
            (
                "Required headers are missing or duplicated, such as no Date or Message-ID header, "
                "or two From headers (RFC 5322 non-compliance)."
            ),
            (
                "Lines are longer than 998 characters, or the message uses bare LF line endings or "
                "raw 8-bit data without proper encoding."
            ),
            (
                "The receiver's policy forbids the attachment type even though the file is not "
                "infected."
            ),
            (
                "An address contains non-ASCII characters and the next server does not support "
                "SMTPUTF8 (553 5.6.7)."
            ),
            "The MIME structure or the character set declaration is broken.",
        ),
        fixes=(
            (
                "Inspect the raw message: exactly one From, Date and Message-ID header, each with "
                "well-formed addresses and values."
            ),
            (
                "Let the mail library encode bodies as quoted-printable or base64 so no line "
                "exceeds 998 characters, and use CRLF line endings."
            ),
            "Remove the refused attachment, or send it as a link or in an accepted format.",
            "Use an ASCII address for recipients whose servers lack SMTPUTF8.",
            (
                "Update or fix the sending software and check a test message with a message format "
                "validator."
            ),
        ),
    ),
    Category.RATE_LIMITED: Text(
        title="Sending rate limit reached",
        meaning=(
            "The receiver (or your own provider) limits how many messages, recipients or commands "
            "it accepts in a period, and you went over that limit. This is a case for waiting: the "
            "messages can go through later, but only if the sender slows down."
        ),
        causes=(
            (
                "Too many messages reached the same provider in a short time, for example a whole "
                "campaign at once."
            ),
            (
                "A single message had more recipients than the server accepts per transaction (452 "
                "4.5.3 'too many recipients')."
            ),
            "The daily or hourly quota of your own sending account or ESP plan is used up.",
            "A new or cold IP sends more than the receiver trusts it with yet (Gmail 421 4.7.28).",
            "A script resends immediately after every deferral and so keeps triggering the limit.",
        ),
        fixes=(
            (
                "Keep the message queued and retry later at growing intervals instead of resending "
                "at once."
            ),
            (
                "Put at most 100 recipients in one message, and after a 452 continue with the rest "
                "in a new transaction."
            ),
            (
                "Throttle per destination domain (for example Postfix "
                "default_destination_rate_delay, or a per-domain rate in your MTA or ESP)."
            ),
            "Spread large campaigns over several hours instead of releasing everything at once.",
            "Warm up new IPs with small, slowly rising daily volumes.",
            (
                "Check the quota of your own account or ESP plan, and raise it or split the "
                "sending if needed."
            ),
        ),
    ),
    Category.TOO_MANY_CONNECTIONS: Text(
        title="Too many simultaneous connections",
        meaning=(
            "The receiver allows only a limited number of parallel connections per client or IP, "
            "and you opened more. Nothing is wrong with the message: wait, then deliver over fewer "
            "connections."
        ),
        causes=(
            (
                "The MTA opens many parallel connections to the same destination (a high "
                "per-destination concurrency limit)."
            ),
            "The application opens a new connection for every message instead of reusing one.",
            "Several servers or processes share one outgoing IP and together exceed the limit.",
            (
                "Connections are left open without QUIT and count against the limit until they "
                "time out."
            ),
        ),
        fixes=(
            (
                "Lower the number of parallel connections per destination (for example Postfix "
                "default_destination_concurrency_limit, default 20) to a few for strict receivers."
            ),
            (
                "Send several messages over one connection (connection caching or reuse) instead "
                "of reconnecting for each message."
            ),
            "Close every session cleanly with QUIT.",
            "Let the queue retry the deferred messages after a short pause.",
            "Warm up new IPs slowly, since receivers grant unknown senders fewer connections.",
        ),
    ),
    Category.GREYLISTED: Text(
        title="Temporarily deferred by greylisting",
        meaning=(
            "The receiver turns away the first delivery attempt from an unknown combination of "
            "sending IP, sender and recipient and expects a retry after a short delay. Nothing "
            "needs fixing: a standards-compliant server retries and is then accepted."
        ),
        causes=(
            (
                "This is the first message for this combination of IP, sender and recipient, and "
                "the greylisting filter wants to see a genuine retry."
            ),
            "The retry came too early, before the filter's delay had passed.",
            (
                "The retry came from another IP of a sending pool (or another /24 network), so the "
                "filter saw it as a new attempt."
            ),
        ),
        fixes=(
            "Do nothing by hand: keep the message queued and let the MTA retry.",
            (
                "Schedule the first retry after a few minutes; delays differ (postgrey 300 s, "
                "milter-greylist 30 min, OpenBSD spamd 25 min)."
            ),
            "Retry from the same IP (or at least the same subnet) with the same envelope sender.",
            "If the reply states a time ('please come back in 00:25:00'), wait at least that long.",
            (
                "Make sure applications and scripts hand mail to a queueing MTA instead of giving "
                "up after the first 4xx."
            ),
        ),
    ),
    Category.MESSAGE_TOO_LARGE: Text(
        title="Message too large",
        meaning=(
            "The message exceeds the size limit of the receiving server or mailbox (552 5.3.4, "
            "X.2.3). The message must get smaller; sent again unchanged, it will fail again."
        ),
        causes=(
            (
                "The attachments are larger than the receiver allows; many providers cap messages "
                "somewhere between 10 and 50 MB, Gmail at 25 MB."
            ),
            "Base64 encoding makes attachments about a third larger than the files on disk.",
            "The recipient's mailbox has its own per-message limit, below the server's.",
            "Large inline images or a long forwarded thread inflated the message.",
        ),
        fixes=(
            (
                "Read the SIZE value in the server's EHLO reply to learn its limit, and allow for "
                "the base64 overhead of about 33%."
            ),
            "Compress images and documents, or save them in a smaller format.",
            (
                "Upload large files to a file-sharing service or your own server and send a link "
                "instead."
            ),
            "Split the content across several messages if a link is not an option.",
            "Have your application check the encoded size before sending and warn the user.",
        ),
    ),
    Category.SYNTAX_ERROR: Text(
        title="Malformed command or parameter",
        meaning=(
            "The server could not parse a command or its arguments (500, 501): the command is "
            "unknown or misspelt, an address is malformed, or a line is too long. The sending "
            "client must be fixed; the recipient is not at fault."
        ),
        causes=(
            (
                "The address in MAIL FROM or RCPT TO is malformed, for example without angle "
                "brackets, with spaces or with a stray character."
            ),
            (
                "A command line exceeds the limit of 512 characters, or a text line the limit of "
                "1000 (500 'line too long')."
            ),
            (
                "The client sent non-ASCII characters or an ESMTP parameter the server did not "
                "advertise."
            ),
            (
                "A firewall, antivirus proxy or SMTP inspection feature altered the commands on "
                "the way."
            ),
            "Base64 data in an AUTH exchange was malformed (501 5.5.2).",
        ),
        fixes=(
            (
                "Capture the SMTP transcript (the debug output of your library, or a test with "
                "swaks) and find the exact command that was refused."
            ),
            (
                "Write addresses as 'MAIL FROM:<user@example.com>' with angle brackets and no "
                "spaces, and validate addresses before sending."
            ),
            "Use only extensions the server lists in its EHLO reply.",
            (
                "Switch off SMTP inspection or antivirus mail scanning on the path to rule out "
                "tampering."
            ),
            (
                "Update the sending library or application; it may have a known bug in how it "
                "formats commands."
            ),
        ),
    ),
    Category.BAD_SEQUENCE: Text(
        title="Commands sent in the wrong order",
        meaning=(
            "The client sent a command the server did not expect at this point of the session "
            "(503), for example DATA before any recipient was accepted. The sending client must "
            "follow the SMTP order; some servers also use 503 when authentication is missing."
        ),
        causes=(
            (
                "DATA was sent although no RCPT TO had been accepted, or RCPT TO came before MAIL "
                "FROM."
            ),
            "The client did not send EHLO again after STARTTLS, as the protocol requires.",
            "AUTH was sent twice, or inside a mail transaction.",
            (
                "With pipelining the client did not check every reply and carried on after a "
                "failed command."
            ),
            "The server wanted authentication first and said so with 503 instead of 530.",
        ),
        fixes=(
            (
                "Follow the order EHLO, optionally STARTTLS and EHLO again, AUTH, MAIL FROM, one "
                "or more RCPT TO, then DATA."
            ),
            (
                "Check each reply before sending the next dependent command, and send RSET to "
                "start over after a failed step."
            ),
            "Skip DATA, or send RSET, when every recipient was refused.",
            "If the 503 text mentions authentication, enable SMTP AUTH in the client.",
            "Use a maintained SMTP library instead of hand-written protocol code.",
        ),
    ),
    Category.NOT_IMPLEMENTED: Text(
        title="Command or parameter not supported",
        meaning=(
            "The server recognises the command but does not implement it (502), or does not "
            "support a parameter or authentication mechanism (504). The client must use something "
            "the server offers; repeating the same command is pointless."
        ),
        causes=(
            (
                "The client used a command the server has disabled or never offered, such as VRFY, "
                "EXPN, ETRN or TURN."
            ),
            (
                "The client chose an AUTH mechanism the server does not list, for example CRAM-MD5 "
                "where only PLAIN and LOGIN are offered."
            ),
            (
                "The client used an ESMTP extension (SIZE, 8BITMIME, SMTPUTF8, CHUNKING) without "
                "checking the EHLO reply."
            ),
            "An old server does not understand EHLO and speaks only HELO.",
        ),
        fixes=(
            (
                "Read the server's EHLO reply and use only the extensions and AUTH mechanisms "
                "listed there."
            ),
            (
                "Fall back to HELO if the server refuses EHLO, and leave out extensions it does "
                "not offer."
            ),
            "Do not rely on VRFY or EXPN to check addresses; most servers switch them off.",
            "Update the client library so that it negotiates features instead of assuming them.",
        ),
    ),
    Category.SERVICE_UNAVAILABLE: Text(
        title="Mail service unavailable",
        meaning=(
            "The server is not serving this connection: it is overloaded, shutting down or closing "
            "the channel (421), never accepts mail at all (521), or greets with 554 to say there "
            "is no SMTP service for you. A 421 is a case for waiting; a 521 or a 554 greeting "
            "needs investigation."
        ),
        causes=(
            "The receiving server is overloaded, restarting or under maintenance (421).",
            (
                "The server closes connections from your IP for policy reasons, often an unnamed "
                "block or poor reputation (421 or a 554 greeting)."
            ),
            "The host is a placeholder that never accepts mail, such as a dummy MX (521).",
            (
                "You connected to the wrong host, such as a web server or an old address instead "
                "of the domain's MX."
            ),
        ),
        fixes=(
            "After a 421 let the queue retry; it usually clears within minutes to hours.",
            (
                "After a 521 or a 554 greeting, look up the MX records of the recipient domain and "
                "confirm that you connected to one of them."
            ),
            (
                "Search the greeting text for a block or a list name and, if there is one, treat "
                "the case as a blocklist or reputation problem."
            ),
            (
                "If the failure lasts for a day, contact the recipient's postmaster with your IP, "
                "the time and the full reply."
            ),
        ),
    ),
    Category.SERVER_ERROR: Text(
        title="Error on the receiving server",
        meaning=(
            "The receiving system hit an internal problem while processing the message (451 4.3.0, "
            "X.3.5 'system incorrectly configured'). The fault is on the receiving side: a "
            "transient error usually disappears on retry, a permanent one needs the receiver's "
            "administrator."
        ),
        causes=(
            "A filter, virus scanner or database behind the receiving MTA failed or timed out.",
            (
                "The receiving server is misconfigured, for example with a broken transport or a "
                "missing local delivery agent."
            ),
            "The receiver's own DNS lookups (for SPF, DKIM or blocklists) failed temporarily.",
            "The receiving server restarted or lost a connection in the middle of the transaction.",
        ),
        fixes=(
            "Let the queue retry; most of these errors clear within minutes or hours.",
            (
                "Check which host produced the error: if it is your own smarthost or relay, look "
                "into its logs first."
            ),
            (
                "If the error lasts for many hours or is permanent, contact the recipient's "
                "postmaster with the time, your sending IP, the queue ID and the full reply."
            ),
            (
                "Send a test from another network or provider to see whether the problem is "
                "specific to your path."
            ),
        ),
    ),
    Category.SYSTEM_FULL: Text(
        title="Receiving system out of storage",
        meaning=(
            "The receiving server as a whole has run out of disk or queue space (452 4.3.1), "
            "whatever the state of the individual mailbox. This is a case for waiting: the address "
            "is fine, and the message can be retried once space is freed."
        ),
        causes=(
            "The disk holding the receiver's mail queue or mail store is full.",
            "A flood of incoming mail or a stuck delivery filled the receiving queue.",
            (
                "The receiver keeps a minimum of free space and refuses mail below it (for example "
                "Sendmail's '452 4.4.5 Insufficient disk space')."
            ),
        ),
        fixes=(
            (
                "Keep the message queued and retry later; the receiver's administrator usually "
                "frees space within hours."
            ),
            "Send to that host at a lower rate while the errors last.",
            (
                "If it lasts longer than a day, tell the recipient's postmaster through another "
                "channel."
            ),
            (
                "If the error comes from your own relay or smarthost, free disk space, clean up "
                "its queue and check its free-space settings."
            ),
        ),
    ),
    Category.NETWORK_ERROR: Text(
        title="Network or routing failure",
        meaning=(
            "The sending side could not reach the receiving server or keep the connection: it was "
            "refused, timed out or dropped, DNS failed during routing, or the message looped. "
            "Usually the queue retries; if the failure persists, the sender's network or the "
            "recipient's DNS needs a closer look."
        ),
        causes=(
            (
                "Outgoing port 25 is blocked by the ISP, the cloud provider or a local firewall "
                "(many cloud platforms block it by default)."
            ),
            (
                "The recipient's MX hosts are down, overloaded, or behind a firewall that drops "
                "the connection."
            ),
            "DNS lookups for the MX or its address failed or timed out on the sending side.",
            "The domain publishes an AAAA record, but IPv6 routing on your side is broken.",
            (
                "A forwarding rule, or an MX pointing back to the sender, created a mail loop "
                "(X.4.6, too many hops)."
            ),
        ),
        fixes=(
            (
                "Test the path: 'dig MX example.com' for the route, then 'nc -vz <mx-host> 25' (or "
                "telnet) from the sending server."
            ),
            (
                "If port 25 is blocked, ask the provider to open it, or send through a relay on "
                "port 587."
            ),
            "Check your resolver configuration and try a second resolver.",
            (
                "If IPv6 is broken, fix the route or make the MTA prefer IPv4 (for example Postfix "
                "smtp_address_preference = ipv4)."
            ),
            (
                "For loops, check forwarding rules, aliases and the MX records of both domains so "
                "mail does not bounce back and forth between them."
            ),
            (
                "Let the queue retry transient failures, and investigate if the same destination "
                "fails for hours."
            ),
        ),
    ),
    Category.EXPIRED: Text(
        title="Delivery time expired",
        meaning=(
            "The message sat in a queue until its lifetime ran out (X.4.7) and was then given up. "
            "The expiry is not the cause: the transient error that kept recurring before it is, "
            "and that error decides whether the address is dead or the sender must change "
            "something."
        ),
        causes=(
            (
                "The receiving server gave the same transient error on every attempt (greylisting "
                "never passed, rate limit, full mailbox, reputation deferral)."
            ),
            "The destination was unreachable for days, for example a dead MX or a blocked port 25.",
            (
                "The queue lifetime is short: Exchange Online gives up after 24 hours and Mailgun "
                "after 8, while RFC 5321 suggests 4–5 days (the Postfix default is 5 days)."
            ),
            (
                "The queue was stuck on the sending side, for example during an outage of your own "
                "relay."
            ),
        ),
        fixes=(
            (
                "Find the last transient error in the bounce (for example 'last transfail' or the "
                "Diagnostic-Code) or in the queue log; it is the real cause."
            ),
            (
                "Search the MTA log for the queue ID to see every attempt and its reply (for "
                "example grep the ID in the Postfix mail log)."
            ),
            (
                "Classify that last error and follow its advice, instead of suppressing the "
                "address because of the expiry alone."
            ),
            (
                "Check whether your own queue lifetime is unusually short, and raise it towards "
                "the usual 4–5 days if needed."
            ),
            "Once the cause is fixed or the destination is back, resend the message.",
        ),
    ),
    Category.UNKNOWN: Text(
        title="Reason could not be determined",
        meaning=(
            "Nothing in the reply was decisive: there was no usable code, or the text matched no "
            "known pattern. Whether to wait or to act depends on the full original reply, which a "
            "person should read."
        ),
        causes=(
            (
                "The reply had neither a three-digit code nor an enhanced status code, or only a "
                "generic one such as 5.0.0."
            ),
            "The provider used its own wording or an unregistered code that is not covered yet.",
            (
                "The bounce was truncated, rewritten or translated on the way, so the original "
                "reply was lost."
            ),
            (
                "The input was not an SMTP reply at all, but for example a client-side exception "
                "or a log line without the server's answer."
            ),
        ),
        fixes=(
            (
                "Read the complete original reply, including every line of a multi-line answer and "
                "the Diagnostic-Code of the bounce."
            ),
            (
                "Note which host produced it, and look up any provider-specific code in that "
                "provider's documentation."
            ),
            "Treat a 4xx reply as transient and let the queue retry.",
            (
                "Do not suppress the address on an unclear permanent reply; watch whether the same "
                "address or domain keeps failing."
            ),
            "If it keeps happening, ask the recipient's postmaster what the reply means.",
        ),
    ),
})
DE: Final[Mapping[Category, Text]] = MappingProxyType({
    Category.DELIVERED: Text(
        title="Vom empfangenden Server angenommen",
        meaning=(
            "Der Server hat den Befehl angenommen; eine 2xx-Antwort nach dem Ende der "
            "Nachrichtendaten bedeutet, dass er die Verantwortung für die Zustellung übernommen "
            "hat. Es ist nichts schiefgegangen, auch wenn die Annahme nicht garantiert, dass die "
            "Nachricht im Posteingang landet."
        ),
        causes=(
            "Der Befehl und seine Argumente waren gültig, und der Server hatte keine Einwände.",
            (
                "Nach dem abschließenden Punkt hat das empfangende System die Nachricht in seine "
                "Warteschlange übernommen und meist eine Queue-ID genannt, etwa „queued as 4Xy2Z“."
            ),
            (
                "Bei 251 oder 252 leitet der Server die Nachricht weiter oder kann die Adresse "
                "nicht prüfen, versucht die Zustellung aber trotzdem."
            ),
        ),
        fixes=(
            (
                "Es ist nichts zu beheben; speichern Sie die Queue-ID aus der Antwort zusammen mit "
                "der Nachricht, damit sie sich später nachverfolgen lässt."
            ),
            (
                "Werten Sie eingehende Unzustellbarkeitsnachrichten weiter aus: Das empfangende "
                "System kann auch nach der Annahme noch scheitern und dies in einer späteren "
                "Zustellstatusmeldung (DSN) mitteilen."
            ),
            (
                "Meldet der Empfänger, dass die Nachricht fehlt, bitten Sie ihn, Spam-Ordner und "
                "Quarantäne zu prüfen, und nennen Sie seinem Administrator Uhrzeit, Ihre sendende "
                "IP-Adresse und die Queue-ID für die Suche in den Protokollen."
            ),
        ),
    ),
    Category.INTERMEDIATE: Text(
        title="Server wartet auf den nächsten Schritt",
        meaning=(
            "Der Server hat mit 3xx geantwortet und erwartet weitere Eingaben: nach 354 die "
            "Nachrichtendaten, nach 334 die nächste Antwort der Authentifizierung. Das ist kein "
            "Fehler, der Dialog ist lediglich noch nicht abgeschlossen."
        ),
        causes=(
            (
                "Der Client hat DATA gesendet, und der Server hat mit 354 signalisiert, dass er "
                "den Nachrichteninhalt erwartet."
            ),
            (
                "Der Client hat SMTP AUTH begonnen, und der Server hat mit 334 und einer "
                "base64-kodierten Challenge geantwortet."
            ),
        ),
        fixes=(
            (
                "Senden Sie nach 354 die Nachricht und schließen Sie sie mit einer Zeile ab, die "
                "nur einen Punkt enthält (CRLF.CRLF)."
            ),
            (
                "Senden Sie nach 334 die base64-kodierte Antwort, die das gewählte Verfahren "
                "verlangt, oder ein einzelnes „*“, um abzubrechen."
            ),
            (
                "Ist eine 3xx-Antwort das Endergebnis eines Versands, hat der Client den Dialog "
                "mittendrin abgebrochen: Prüfen Sie seine Timeouts und das SMTP-Protokoll der "
                "Sitzung."
            ),
        ),
    ),
    Category.USER_UNKNOWN: Text(
        title="Empfängeradresse existiert nicht",
        meaning=(
            "Der empfangende Server kennt kein Postfach unter dieser Adresse. Bei einer "
            "dauerhaften Ablehnung ist die Adresse tot: Schreiben Sie sie nicht mehr an, denn "
            "Wiederholungen helfen nicht, und gehäufte harte Bounces schaden Ihrer "
            "Absenderreputation."
        ),
        causes=(
            (
                "Ein Tippfehler im lokalen Teil oder in der Domain, etwa „jon.schmidt“ statt "
                "„john.schmidt“ oder „gmial.com“."
            ),
            (
                "Das Postfach wurde gelöscht, zum Beispiel nach dem Ausscheiden der Person aus dem "
                "Unternehmen oder nach Kündigung des Kontos."
            ),
            (
                "Die Adresse wurde erfunden, in einem Anmeldeformular falsch eingegeben oder "
                "stammt aus einer alten, gekauften oder automatisch gesammelten Liste."
            ),
            (
                "Verzeichnis oder Adressumschreibung beim Empfänger sind fehlerhaft konfiguriert "
                "(selten; naheliegend, wenn eine nachweislich funktionierende Adresse abgewiesen "
                "wird)."
            ),
        ),
        fixes=(
            (
                "Entfernen Sie die Adresse sofort aus Ihren Verteilern oder setzen Sie sie auf "
                "Ihre Unterdrückungsliste; versuchen Sie es nicht erneut."
            ),
            (
                "Prüfen Sie Domain und lokalen Teil auf offensichtliche Tippfehler und korrigieren "
                "Sie sie nur, wenn Sie die richtige Adresse bestätigen können."
            ),
            (
                "Sichern Sie Anmeldeformulare mit Double-Opt-in ab, damit nur bestätigte Adressen "
                "in Ihre Verteiler gelangen."
            ),
            (
                "Importieren Sie keine gekauften oder automatisch gesammelten Listen, und lassen "
                "Sie lange nicht angeschriebene Adressen vor dem nächsten Versand erneut "
                "bestätigen."
            ),
            (
                "Funktioniert die Adresse nachweislich, erreichen Sie den Empfänger auf anderem "
                "Weg und schicken Sie seinem Administrator den vollständigen Bounce-Text."
            ),
        ),
    ),
    Category.MAILBOX_DISABLED: Text(
        title="Postfach existiert, ist aber deaktiviert",
        meaning=(
            "Der Server kennt die Adresse, das Konto ist jedoch deaktiviert, gesperrt, stillgelegt "
            "oder inaktiv und nimmt keine Post an. Eine dauerhafte Ablehnung behandeln Sie wie "
            "eine tote Adresse; eine vorübergehende kann sich erledigen, wenn das Konto wieder "
            "freigeschaltet wird."
        ),
        causes=(
            "Der Anbieter hat das Konto nach langer Zeit ohne Anmeldung stillgelegt.",
            (
                "Der Administrator hat das Konto gesperrt, etwa nach Missbrauch, wegen offener "
                "Rechnungen oder nach einem Sicherheitsvorfall."
            ),
            (
                "Jemand ist aus der Organisation ausgeschieden; die Adresse wurde behalten, die "
                "Zustellung aber blockiert."
            ),
            (
                "Das Postfach wird gerade umgezogen oder eingerichtet und ist noch nicht "
                "freigeschaltet."
            ),
        ),
        fixes=(
            (
                "Setzen Sie die Adresse nach einer dauerhaften Ablehnung auf die "
                "Unterdrückungsliste, genau wie bei einem unbekannten Empfänger."
            ),
            (
                "Lassen Sie nach einer vorübergehenden Ablehnung die Warteschlange erneut "
                "zustellen, und unterdrücken Sie die Adresse, wenn sie über mehrere Tage oder "
                "Aussendungen hinweg scheitert."
            ),
            (
                "Ist der Kontakt wichtig, erfragen Sie auf anderem Weg eine aktuelle Adresse "
                "(Telefon, Kundenkonto, Kollegen)."
            ),
            (
                "Entfernen Sie Adressen, die lange nichts geöffnet oder angeklickt haben, bevor "
                "daraus stillgelegte oder verwaiste Konten werden."
            ),
        ),
    ),
    Category.MAILBOX_FULL: Text(
        title="Postfach des Empfängers ist voll",
        meaning=(
            "Das Postfach des Empfängers hat sein Speicherkontingent erreicht, deshalb kann die "
            "Nachricht derzeit nicht abgelegt werden. Die Adresse ist weiterhin gültig; hier hilft "
            "Abwarten, selbst wenn der Server einen 5xx-Code wie 552 5.2.2 schickt."
        ),
        causes=(
            (
                "Der Empfänger hat lange keine Nachrichten gelöscht oder archiviert, und das "
                "Kontingent ist ausgeschöpft."
            ),
            "Das Postfach ist verwaist: Niemand liest es mehr, es läuft nur noch voll.",
            "Eine Reihe großer Nachrichten oder Anhänge hat den restlichen Platz belegt.",
            (
                "Der Anbieter stellt nur ein kleines Kontingent bereit (häufig bei kostenlosen "
                "oder alten Konten)."
            ),
        ),
        fixes=(
            (
                "Behalten Sie die Nachricht in der Warteschlange und versuchen Sie die Zustellung "
                "über mehrere Tage erneut, statt sie sofort zurückzuweisen."
            ),
            (
                "Zählen Sie aufeinanderfolgende Fehlschläge wegen vollen Postfachs je Adresse und "
                "unterdrücken Sie die Adresse nach wiederholtem Scheitern über mehrere "
                "Aussendungen (Brevo sperrt nach 5 aufeinanderfolgenden Soft Bounces, Mailchimp "
                "nach 7)."
            ),
            (
                "Ist die Nachricht wichtig, bitten Sie den Empfänger auf anderem Weg, Platz zu "
                "schaffen."
            ),
            "Halten Sie Nachrichten schlank: Verlinken Sie große Dateien, statt sie anzuhängen.",
        ),
    ),
    Category.HAS_MOVED: Text(
        title="Empfänger ist umgezogen",
        meaning=(
            "Der Server teilt mit, dass der Empfänger hier nicht geführt wird (551, X.1.6), und "
            "leitet die Nachricht nicht weiter. Die alte Adresse ist tot; manchmal nennt der "
            "Antworttext die neue."
        ),
        causes=(
            (
                "Die Person hat Arbeitgeber, Abteilung oder Anbieter gewechselt, und das alte "
                "Postfach wurde ohne Weiterleitung geschlossen."
            ),
            (
                "Die Organisation hat ihre Benutzer auf eine andere Domain umgestellt und "
                "antwortet für die alten Adressen mit einem Hinweis."
            ),
            (
                "Die Nachricht ging an einen Server, der für diesen Benutzer nicht zuständig ist "
                "(551 „user not local“)."
            ),
        ),
        fixes=(
            (
                "Lesen Sie den vollständigen Antworttext: Nennt er eine neue Adresse, lassen Sie "
                "sie sich vom Empfänger bestätigen, bevor Sie sie verwenden."
            ),
            (
                "Ersetzen Sie die Adresse nach der Bestätigung in Ihren Daten, oder unterdrücken "
                "Sie die alte, wenn keine neue genannt wird."
            ),
            (
                "Schicken Sie nicht ungeprüft an die in der Antwort genannte Adresse; sie kann "
                "veraltet oder falsch geschrieben sein."
            ),
            (
                "Prüfen Sie, ob Sie an die MX-Server der Empfängerdomain zustellen und nicht an "
                "ein fest eingetragenes, veraltetes Relay."
            ),
        ),
    ),
    Category.HOST_UNKNOWN: Text(
        title="Empfängerdomain kann keine E-Mails empfangen",
        meaning=(
            "Die Domain hinter dem @ existiert nicht, hat keinen brauchbaren MX- oder "
            "A/AAAA-Eintrag oder veröffentlicht einen Null-MX, der ausdrücklich sagt, dass sie "
            "keine E-Mails annimmt. Bei einer dauerhaften Ablehnung ist keine Adresse dieser "
            "Domain erreichbar; ein vorübergehender DNS-Fehler kann sich von selbst beheben."
        ),
        causes=(
            "Ein Tippfehler in der Domain, etwa „gmail.con“ oder „outlok.com“.",
            "Die Registrierung der Domain ist abgelaufen, oder die Domain wurde nie registriert.",
            (
                "In der DNS-Zone fehlen MX-Einträge, und der Rückgriff auf A/AAAA fehlt oder führt "
                "ins Leere."
            ),
            (
                "Die Domain veröffentlicht einen Null-MX (MX 0 „.“, RFC 7505), weil sie "
                "grundsätzlich keine E-Mails empfängt."
            ),
            "Die Nameserver der Domain sind gerade gestört oder nicht erreichbar (vorübergehend).",
        ),
        fixes=(
            (
                "Prüfen Sie die Domain mit „dig MX example.com“ und „dig A example.com“ (oder "
                "nslookup), auch über einen zweiten Resolver."
            ),
            (
                "Korrigieren Sie offensichtliche Tippfehler nur, wenn Sie die gemeinte Domain "
                "bestätigen können; andernfalls unterdrücken Sie die Adresse."
            ),
            (
                "Unterdrücken Sie alle Adressen einer Domain, die nicht existiert oder einen "
                "Null-MX veröffentlicht."
            ),
            (
                "Lassen Sie die Warteschlange nach einem vorübergehenden DNS-Fehler erneut "
                "zustellen; hält er über Tage an, behandeln Sie die Domain als tot."
            ),
            (
                "Betreiben Sie die betroffene Domain selbst, reparieren Sie ihre MX-Einträge und "
                "die Delegation der Nameserver."
            ),
        ),
    ),
    Category.RELAY_DENIED: Text(
        title="Server verweigert die Weiterleitung (Relaying)",
        meaning=(
            "Der angesprochene Server ist für die Domain des Empfängers nicht zuständig und kennt "
            "Sie nicht als berechtigten Absender, deshalb leitet er die Nachricht nicht weiter. "
            "Die Absenderseite muss ihre Einrichtung ändern; die Empfängeradresse kann völlig in "
            "Ordnung sein."
        ),
        causes=(
            (
                "Der Client hat ohne SMTP AUTH an einen Server eingeliefert, der nur für "
                "angemeldete Benutzer weiterleitet."
            ),
            (
                "Der Client hat den falschen Host angesprochen, etwa einen alten Smarthost oder "
                "den Server einer anderen Organisation, statt des eigenen Einlieferungsservers "
                "oder des MX des Empfängers."
            ),
            (
                "Die MX-Einträge der Empfängerdomain zeigen auf einen Server, der für diese Domain "
                "keine E-Mails mehr annimmt."
            ),
            (
                "Auf dem eigenen Server fehlt die Domain in den angenommenen oder Relay-Domains "
                "(relay_domains bei Postfix, rcpthosts bei qmail), oder das Netz des Clients gilt "
                "nicht als vertrauenswürdig (mynetworks)."
            ),
        ),
        fixes=(
            (
                "Stellen Sie im E-Mail-Programm oder in der Anwendung die Anmeldung per SMTP AUTH "
                "über den Submission-Port 587 (STARTTLS) oder 465 (implizites TLS) ein."
            ),
            (
                "Prüfen Sie den eingetragenen SMTP-Server: Es muss der Postausgangsserver Ihres "
                "Anbieters sein, nicht der einer fremden Organisation."
            ),
            (
                "Fragen Sie die MX-Einträge der Empfängerdomain ab und stellen Sie sicher, dass "
                "die E-Mails an die dort genannten Server gehen."
            ),
            (
                "Betreiben Sie den Server selbst, nehmen Sie die Domain in die angenommenen oder "
                "Relay-Domains auf oder erlauben Sie das Netz des Clients, öffnen Sie das Relay "
                "aber niemals für alle."
            ),
            (
                "Senden Sie anschließend eine Testnachricht und prüfen Sie im Serverprotokoll, wie "
                "über das Relaying entschieden wurde."
            ),
        ),
    ),
    Category.SENDER_REJECTED: Text(
        title="Absenderadresse abgelehnt",
        meaning=(
            "Der Server weist den Umschlag-Absender (MAIL FROM) zurück, weil er fehlerhaft ist, "
            "seine Domain sich nicht auflösen lässt oder der Absender ihn nicht verwenden darf. "
            "Die Absenderseite muss Adresse oder Domain korrigieren, bevor überhaupt eine "
            "Nachricht durchkommt."
        ),
        causes=(
            (
                "Der Umschlag-Absender verwendet eine Domain, die nicht auflösbar ist oder weder "
                "MX- noch A-Eintrag hat (X.1.8), etwa einen internen Namen wie „server.local“."
            ),
            (
                "Die Adresse ist syntaktisch ungültig, zum Beispiel fehlt die Domain, oder sie "
                "enthält unzulässige Zeichen (X.1.7)."
            ),
            (
                "Die Absenderdomain veröffentlicht einen Null-MX, daher könnte niemand auf "
                "Nachrichten von ihr antworten (X.7.27)."
            ),
            (
                "Das angemeldete Konto darf nicht unter dieser Adresse senden (der Server prüft, "
                "ob Anmeldung und Absender zusammenpassen)."
            ),
            "Absenderadresse oder -domain steht auf einer lokalen Sperrliste des Empfängers.",
        ),
        fixes=(
            (
                "Setzen Sie den Umschlag-Absender (Return-Path) auf eine echte Adresse einer "
                "registrierten Domain mit funktionierenden MX-Einträgen."
            ),
            (
                "Ersetzen Sie Platzhalter wie root@localhost oder noreply@server.local in "
                "Anwendungen und Cronjobs."
            ),
            (
                "Verwenden Sie eine Absenderadresse, die zum angemeldeten Konto gehört, oder "
                "lassen Sie die zusätzliche Adresse vom Administrator freigeben."
            ),
            (
                "Versendet ein E-Mail-Dienstleister für Sie, richten Sie dessen eigene "
                "Return-Path- bzw. Bounce-Domain unter Ihrer Domain ein."
            ),
            (
                "Prüfen Sie die Domain der Adresse mit „dig MX“ und senden Sie eine Testnachricht "
                "an ein Postfach, auf das Sie Zugriff haben."
            ),
        ),
    ),
    Category.AUTH_REQUIRED: Text(
        title="Authentifizierung erforderlich",
        meaning=(
            "Der Server nimmt diesen Befehl erst an, nachdem sich der Client per SMTP AUTH "
            "angemeldet hat (530 5.7.0). Die Absenderseite muss die Anmeldung einrichten; am "
            "Empfänger liegt es nicht."
        ),
        causes=(
            (
                "Im E-Mail-Programm oder in der Anwendung ist „Server erfordert Authentifizierung“ "
                "ausgeschaltet, oder es sind keine Zugangsdaten hinterlegt."
            ),
            (
                "Die Anwendung liefert über Port 25 ein, während der Anbieter die angemeldete "
                "Einlieferung über Port 587 oder 465 erwartet."
            ),
            (
                "Der Client hat versucht zu senden, bevor er sich angemeldet hat, oder die "
                "Anmeldung ist zuvor in der Sitzung unbemerkt gescheitert."
            ),
            "Der Server bietet AUTH erst nach STARTTLS an, und der Client hat TLS nie gestartet.",
        ),
        fixes=(
            (
                "Aktivieren Sie die SMTP-Authentifizierung im Client und tragen Sie Benutzername "
                "und Passwort (oder ein OAuth-Token) des Kontos ein."
            ),
            (
                "Verwenden Sie den Submission-Port 587 mit STARTTLS oder Port 465 mit implizitem "
                "TLS, so wie Ihr Anbieter es vorgibt."
            ),
            (
                "Stellen Sie sicher, dass der Client vor MAIL FROM die Folge EHLO, STARTTLS, "
                "erneut EHLO und dann AUTH durchläuft."
            ),
            (
                "Prüfen Sie im Client-Protokoll, dass AUTH vor dem ersten MAIL FROM mit 235 "
                "bestätigt wurde."
            ),
        ),
    ),
    Category.AUTH_FAILED: Text(
        title="Authentifizierung fehlgeschlagen",
        meaning=(
            "Der Server hat die SMTP-Anmeldung abgelehnt: Die Zugangsdaten sind falsch, das "
            "gewählte Verfahren wird nicht akzeptiert, oder der Anmeldedienst hatte ein "
            "vorübergehendes Problem (454). Die Absenderseite muss die Anmeldung korrigieren; nur "
            "bei 454 lohnt ein späterer Versuch, ohne ein neues Passwort abzufragen."
        ),
        causes=(
            "Benutzername oder Passwort sind falsch, abgelaufen oder wurden geändert (535 5.7.8).",
            (
                "Das Konto nutzt Zwei-Faktor-Authentifizierung und verlangt statt des normalen "
                "Passworts ein App-Passwort oder OAuth 2.0."
            ),
            (
                "Der Anbieter hat die einfache Authentifizierung (Basic Auth) oder SMTP AUTH für "
                "dieses Konto oder den Mandanten abgeschaltet."
            ),
            (
                "Das Verfahren ist für die Richtlinie des Servers zu schwach (534 5.7.9) oder nur "
                "über eine verschlüsselte Verbindung erlaubt (538)."
            ),
            "Das Konto wurde nach zu vielen Fehlversuchen gesperrt.",
            "Der Authentifizierungsdienst war vorübergehend nicht erreichbar (454 4.7.0).",
        ),
        fixes=(
            (
                "Prüfen Sie den Benutzernamen (meist die vollständige Adresse) und geben Sie das "
                "Passwort neu ein; testen Sie die Anmeldung im Webmailer."
            ),
            (
                "Nutzt das Konto Zwei-Faktor-Authentifizierung, erstellen Sie ein App-Passwort "
                "oder stellen Sie den Client auf OAuth 2.0 (XOAUTH2) um."
            ),
            (
                "Prüfen Sie in der Verwaltungsoberfläche des Anbieters, ob SMTP AUTH für dieses "
                "Postfach erlaubt ist."
            ),
            (
                "Starten Sie TLS vor AUTH und wählen Sie ein Verfahren, das der Server in seiner "
                "EHLO-Antwort anbietet."
            ),
            (
                "Versuchen Sie es nach einer 454-Antwort später mit denselben Zugangsdaten erneut, "
                "statt ein neues Passwort abzufragen."
            ),
            (
                "Halten Sie die sendende Anwendung nach wiederholten Fehlschlägen an, damit sie "
                "weder das Konto sperren lässt noch ihre IP-Adresse blockiert wird."
            ),
        ),
    ),
    Category.SENDER_UNAUTHENTICATED: Text(
        title="Absenderdomain hat SPF, DKIM oder DMARC nicht bestanden",
        meaning=(
            "Der Empfänger hat geprüft, ob die Nachricht wirklich von der angegebenen Domain "
            "stammt, und die Prüfung über SPF, DKIM, DMARC oder ARC ist gescheitert. Die "
            "Absenderseite muss ihre DNS-Einträge oder die Signatur reparieren; unveränderte "
            "Wiederholungen scheitern weiter."
        ),
        causes=(
            (
                "Der sendende Server oder Dienst fehlt im SPF-Eintrag der Domain, oder SPF braucht "
                "mehr als 10 DNS-Abfragen und endet mit einem permanenten Fehler."
            ),
            (
                "Die Nachricht trägt keine DKIM-Signatur, oder ein Gateway bzw. eine Mailingliste "
                "hat die Nachricht nach dem Signieren verändert und die Signatur damit ungültig "
                "gemacht."
            ),
            (
                "Weder die SPF-Domain noch die DKIM-Domain (d=) passt zur sichtbaren From-Domain, "
                "daher scheitert DMARC, obwohl jede Einzelprüfung für sich besteht."
            ),
            (
                "Die From-Domain veröffentlicht DMARC mit p=reject oder p=quarantine, und die "
                "Nachricht ist nicht passend ausgerichtet (Alignment)."
            ),
            (
                "Eine Weiterleitung über einen dritten Server hat die SPF-Prüfung scheitern "
                "lassen, und weder ein DKIM- noch ein ARC-Ergebnis ist erhalten geblieben."
            ),
            (
                "Seit 2024 verlangen Gmail und Yahoo von allen Absendern eine Authentifizierung "
                "und von Massenversendern (mehr als 5.000 Nachrichten pro Tag an Gmail) SPF, DKIM "
                "und DMARC."
            ),
        ),
        fixes=(
            (
                "Senden Sie eine Testnachricht an ein eigenes Postfach und lesen Sie deren Header "
                "Authentication-Results mit einem Header-Analyzer, um zu sehen, welche Prüfung "
                "gescheitert ist."
            ),
            (
                "Veröffentlichen oder reparieren Sie SPF: ein einziger TXT-Eintrag pro Domain, der "
                "alle für Sie sendenden Server und Dienste nennt und mit höchstens 10 DNS-Abfragen "
                "auskommt."
            ),
            (
                "Signieren Sie ausgehende Nachrichten mit DKIM (2048-Bit-Schlüssel) unter einer "
                "d=-Domain aus derselben Organisationsdomain wie die From-Adresse, und "
                "veröffentlichen Sie den Selektor im DNS."
            ),
            (
                "Veröffentlichen Sie einen DMARC-Eintrag, beginnen Sie mit p=none und "
                "rua-Berichten, und verschärfen Sie ihn auf quarantine oder reject, sobald alle "
                "Versandwege bestehen."
            ),
            (
                "Lassen Sie Ihren E-Mail-Dienstleister mit eigener Return-Path- und DKIM-Domain "
                "unter Ihrer Domain senden, damit beide zur From-Adresse passen."
            ),
            (
                "Bieten Sie bei Massenversand an Gmail und Yahoo außerdem die Abmeldung mit einem "
                "Klick (RFC 8058) an und halten Sie die Spam-Beschwerderate unter 0,3 %."
            ),
            (
                "Warten Sie nach Änderungen die TTL der DNS-Einträge ab, senden Sie erneut und "
                "prüfen Sie die Header noch einmal."
            ),
        ),
    ),
    Category.REVERSE_DNS: Text(
        title="Sendende IP-Adresse ohne gültiges Reverse-DNS",
        meaning=(
            "Der Empfänger hat den PTR-Eintrag Ihrer sendenden IP-Adresse abgefragt und keinen "
            "gefunden oder einen Namen, der nicht wieder auf dieselbe IP-Adresse zeigt. Der "
            "Administrator der Absenderseite muss das DNS korrigieren; bis dahin scheitern die "
            "Nachrichten weiter."
        ),
        causes=(
            (
                "Für die sendende IP-Adresse gibt es überhaupt keinen PTR-Eintrag (Gmail lehnt das "
                "ab, bei IPv6 mit 5.7.25)."
            ),
            (
                "Der PTR-Name löst vorwärts (A bzw. AAAA) nicht auf dieselbe IP-Adresse auf, die "
                "Prüfung auf vorwärts bestätigtes Reverse-DNS scheitert also."
            ),
            (
                "Der PTR ist ein generischer Name aus dem dynamischen Bereich des Providers (etwa "
                "„dsl-203-0-113-7.example.net“), den Filter als Endkundenanschluss werten."
            ),
            (
                "Die Nachrichten werden über IPv6 verschickt, Reverse-DNS wurde aber nur für die "
                "IPv4-Adresse eingerichtet."
            ),
            (
                "Der HELO/EHLO-Name hat nichts mit dem PTR-Namen zu tun oder ist kein vollständig "
                "qualifizierter Domainname."
            ),
        ),
        fixes=(
            (
                "Ermitteln Sie die tatsächlich ausgehende IP-Adresse aus der Antwort des "
                "Empfängers oder Ihrem Protokoll, nicht die vermutete."
            ),
            (
                "Bitten Sie den Inhaber des IP-Bereichs (Hoster, Provider, Cloud-Konsole), einen "
                "PTR-Eintrag auf einen Hostnamen wie mail.example.com zu setzen."
            ),
            (
                "Legen Sie für diesen Hostnamen einen A-Eintrag (bei IPv6 auch AAAA) an, der auf "
                "dieselbe IP-Adresse zeigt."
            ),
            (
                "Stellen Sie den HELO/EHLO-Namen des Servers auf denselben vollständig "
                "qualifizierten Hostnamen ein."
            ),
            (
                "Prüfen Sie beide Richtungen mit „dig -x <IP>“ und „dig <hostname>“, und versuchen "
                "Sie es dann erneut."
            ),
            (
                "Bekommen Sie für eine dynamische oder private Anschluss-IP keinen PTR-Eintrag, "
                "versenden Sie stattdessen über den authentifizierten Smarthost Ihres Providers."
            ),
        ),
    ),
    Category.TLS_REQUIRED: Text(
        title="Verschlüsselung erforderlich oder TLS gescheitert",
        meaning=(
            "Der Server verlangt eine verschlüsselte Verbindung, bevor er weitermacht, oder der "
            "TLS-Handshake zwischen den beiden Systemen ist gescheitert. Die Konfiguration der "
            "Absenderseite muss sich ändern; bis dahin wird die Nachricht nicht angenommen."
        ),
        causes=(
            (
                "Der Client hat kein STARTTLS gesendet, obwohl der Server es verlangt („Must issue "
                "a STARTTLS command first“)."
            ),
            (
                "Eine Seite beherrscht nur veraltete Protokollversionen oder Chiffren, sodass "
                "keine gemeinsame Einstellung zustande kommt (etwa TLS 1.0 gegenüber einem Minimum "
                "von TLS 1.2)."
            ),
            (
                "Ein Zertifikat ist abgelaufen oder selbst signiert, wird ohne Zwischenzertifikate "
                "ausgeliefert oder passt nicht zum erwarteten Hostnamen."
            ),
            (
                "Die Nachricht verlangte REQUIRETLS (X.7.30), oder die MTA-STS- bzw. "
                "DANE-Richtlinie der Empfängerdomain fordert geprüftes TLS, das der Weg nicht "
                "bietet."
            ),
            "Eine Firewall oder Sicherheits-Appliance entfernt STARTTLS aus der EHLO-Antwort.",
        ),
        fixes=(
            (
                "Aktivieren Sie STARTTLS im Client bzw. MTA; für die Einlieferung nutzen Sie Port "
                "587 mit STARTTLS oder Port 465 mit implizitem TLS."
            ),
            "Aktualisieren Sie die TLS-Bibliothek und erlauben Sie mindestens TLS 1.2.",
            (
                "Testen Sie den Handshake mit „openssl s_client -starttls smtp -connect host:587“ "
                "(bzw. Port 25) und lesen Sie Zertifikatskette und Fehlermeldungen."
            ),
            (
                "Erneuern Sie ein abgelaufenes Zertifikat, liefern Sie die vollständige Kette aus "
                "und sorgen Sie dafür, dass der Name zum Hostnamen des Servers passt."
            ),
            (
                "Stellen Sie sicher, dass weder eine Firewall noch eine SMTP-Inspektion STARTTLS "
                "aus der EHLO-Antwort des Servers entfernt."
            ),
        ),
    ),
    Category.BLOCKLISTED: Text(
        title="Sendende IP-Adresse oder Domain steht auf einer Sperrliste",
        meaning=(
            "Der Empfänger hat die Nachricht abgelehnt, weil Ihre sendende IP-Adresse oder Domain "
            "auf einer DNS-Sperrliste (Blocklist) oder auf seiner eigenen Sperrliste steht. Die "
            "Absenderseite muss die Ursache finden und abstellen und die Austragung beantragen; "
            "erneutes Senden erzeugt nur weitere Ablehnungen."
        ),
        causes=(
            (
                "Über ein kompromittiertes Postfach, Webformular oder Skript wurde Spam über Ihren "
                "Server verschickt."
            ),
            (
                "Der Server ist ein offenes Relay, oder ein infizierter Rechner in Ihrem Netz "
                "verschickt selbst Spam (Spamhaus XBL/CSS)."
            ),
            (
                "Die IP-Adresse gehört zu einem dynamischen oder Endkundenbereich, aus dem keine "
                "E-Mails direkt ins Internet gehen sollen (Spamhaus PBL)."
            ),
            (
                "Nachrichten gingen an Spamfallen, weil die Liste alte, gekaufte oder automatisch "
                "gesammelte Adressen enthält."
            ),
            (
                "Eine Domain in der Nachricht oder die Absenderdomain selbst ist gelistet "
                "(Spamhaus DBL), oder eine geteilte IP-Adresse wurde wegen eines anderen Kunden "
                "gelistet."
            ),
        ),
        fixes=(
            (
                "Lesen Sie, welche Liste oder welchen Code die Antwort nennt (Spamhaus, Barracuda, "
                "SpamCop, Microsoft S3150 …), und notieren Sie die angegebene IP-Adresse."
            ),
            (
                "Fragen Sie IP-Adresse oder Domain bei dieser Liste ab (check.spamhaus.org, "
                "barracudacentral.org, spamcop.net), um den Grund der Listung zu erfahren."
            ),
            (
                "Beseitigen Sie zuerst die Ursache: Ändern Sie kompromittierte Passwörter, "
                "schließen Sie das offene Relay, bereinigen Sie infizierte Rechner, schützen Sie "
                "Formulare mit CAPTCHA und Double-Opt-in, und verwerfen Sie die schlechte Liste."
            ),
            (
                "Beantragen Sie die Austragung über das Verfahren von Spamhaus oder das Formular "
                "von Barracuda; SpamCop löscht Einträge etwa 24 Stunden nach der letzten Meldung "
                "von selbst."
            ),
            (
                "Bei Microsoft nutzen Sie für S3150-Sperren das Absender-Supportformular von "
                "Outlook.com, für gesperrte IP-Adressen in Microsoft 365 (5.7.606–5.7.649) das "
                "Delist-Portal sender.office.com."
            ),
            (
                "Bei einer PBL-Listung versenden Sie über den Smarthost Ihres Providers oder "
                "beantragen, falls es wirklich ein statischer Mailserver ist, die Austragung "
                "dieser IP-Adresse aus der PBL."
            ),
            (
                "Wechseln Sie nicht einfach auf eine neue IP-Adresse: Ohne behobene Ursache wird "
                "auch sie gelistet, und wechselnde IP-Adressen wirken wie Snowshoe-Spam."
            ),
            (
                "Senden Sie nach der Austragung zunächst langsam und beobachten Sie Bounces und "
                "Beschwerden."
            ),
        ),
    ),
    Category.REPUTATION: Text(
        title="Absenderreputation zu schlecht",
        meaning=(
            "Die eigenen Filter des Empfängers stufen Ihre IP-Adresse oder Domain als Quelle "
            "unerwünschter Post ein, ohne eine öffentliche Sperrliste zu nennen (Gmail „likely "
            "unsolicited“, 4.7.28; Yahoo TSS04). Die Absenderseite muss ihr Versandverhalten "
            "verbessern; zurückgestellte Nachrichten kommen vielleicht später durch, die Ursache "
            "bleibt aber bis zur Behebung bestehen."
        ),
        causes=(
            (
                "Viele Empfänger haben Ihre Nachrichten als Spam markiert, oder die Beschwerderate "
                "liegt über dem, was der Anbieter toleriert."
            ),
            (
                "Eine neue IP-Adresse oder Domain hat noch keine Versandhistorie und ist gleich "
                "mit hohem Volumen gestartet."
            ),
            (
                "Das Volumen ist sprunghaft gestiegen, etwa durch eine große Kampagne nach "
                "wochenlanger Pause."
            ),
            (
                "Nachrichten gehen an viele inaktive, unbekannte oder als Falle dienende Adressen, "
                "was auf schlechte Listenpflege hinweist."
            ),
            (
                "Die Authentifizierung fehlt oder ist unvollständig, sodass der Anbieter die "
                "Nachrichten keiner vertrauenswürdigen Domain zuordnen kann."
            ),
        ),
        fixes=(
            (
                "Prüfen Sie die Absenderwerkzeuge der Anbieter: Google Postmaster Tools, Microsoft "
                "SNDS, Yahoo Sender Hub."
            ),
            (
                "Halten Sie die Spam-Beschwerderate unter 0,1 % und lassen Sie sie nie 0,3 % "
                "erreichen; bieten Sie die Abmeldung mit einem Klick (RFC 8058) an und setzen Sie "
                "sie sofort um."
            ),
            (
                "Schreiben Sie Empfänger, die seit Monaten nicht reagiert haben, nicht mehr an, "
                "und entfernen Sie abgewiesene Adressen."
            ),
            (
                "Wärmen Sie neue IP-Adressen und Domains auf: Beginnen Sie mit kleinen Tagesmengen "
                "an aktive Empfänger und steigern Sie sie über Wochen schrittweise."
            ),
            (
                "Trennen Sie Transaktions- und Marketing-Mails auf verschiedene IP-Adressen oder "
                "Subdomains, damit das eine das andere nicht mit herunterzieht."
            ),
            "Stellen Sie sicher, dass SPF, DKIM und DMARC bestehen und zur From-Domain passen.",
            (
                "Lassen Sie zurückgestellte Nachrichten langsamer erneut zustellen, statt das "
                "volle Volumen noch einmal hinauszuschicken."
            ),
        ),
    ),
    Category.SPAM_CONTENT: Text(
        title="Inhalt als Spam eingestuft",
        meaning=(
            "Ein Inhaltsfilter hat die Nachricht als Spam bewertet und abgelehnt. Die Nachricht "
            "(und oft ihre Links) muss geändert werden; unverändert erneut gesendet, wird sie "
            "wieder abgewiesen."
        ),
        causes=(
            (
                "Ein Link führt zu einer Domain auf einer URI-Sperrliste (Spamhaus DBL, SURBL, "
                "URIBL), oder es wird ein öffentlicher URL-Kürzer verwendet."
            ),
            (
                "Die Nachricht besteht überwiegend aus einem großen Bild mit wenig Text, ihr HTML "
                "ist fehlerhaft, oder es fehlt ein Nur-Text-Teil."
            ),
            (
                "Wortwahl, Betreff oder Gestaltung entsprechen typischen Spam-Mustern, etwa "
                "irreführende Betreffzeilen oder viele Großbuchstaben und Ausrufezeichen."
            ),
            "Fehlende oder gescheiterte Authentifizierung hat den Spam-Wert erhöht.",
            (
                "Empfänger haben ähnliche Nachrichten bereits gemeldet, und der Filter hat ihren "
                "Fingerabdruck gelernt."
            ),
        ),
        fixes=(
            (
                "Prüfen Sie die Nachricht mit einem Spam-Test (etwa SpamAssassin oder einem "
                "Mail-Tester-Dienst) und lesen Sie, welche Regeln angeschlagen haben."
            ),
            (
                "Prüfen Sie jede verlinkte Domain gegen Spamhaus DBL und SURBL, und ersetzen Sie "
                "öffentliche URL-Kürzer durch Links auf Ihrer eigenen Domain."
            ),
            (
                "Senden Sie eine Multipart-Nachricht mit passendem Nur-Text-Teil, ausgewogenem "
                "Verhältnis von Text zu Bildern und gültigem HTML."
            ),
            (
                "Formulieren Sie irreführende Betreffzeilen um und entfernen Sie Inhalte, die die "
                "Empfänger nicht angefordert haben."
            ),
            (
                "Stellen Sie sicher, dass SPF, DKIM und DMARC bestehen, denn sie fließen in die "
                "Bewertung ein."
            ),
            (
                "Senden Sie erst nach der Änderung erneut, und prüfen Sie das Ergebnis mit einem "
                "Testpostfach beim selben Anbieter."
            ),
        ),
    ),
    Category.VIRUS: Text(
        title="Virus oder gefährlicher Anhang gefunden",
        meaning=(
            "Der Virenscanner des Empfängers hat Schadsoftware oder einen als gefährlich geltenden "
            "Anhangstyp gefunden und die Nachricht abgelehnt. Die Nachricht muss geändert werden; "
            "ist der Fund echt, kann der sendende Rechner infiziert sein."
        ),
        causes=(
            (
                "Ein Anhang enthält tatsächlich Schadsoftware, womöglich eingeschleust über einen "
                "infizierten Rechner oder ein kompromittiertes Konto auf der Absenderseite."
            ),
            (
                "Der Anhang ist eine ausführbare Datei oder ein Skript (.exe, .js, .vbs, .scr, "
                ".bat) oder ein Datenträgerabbild bzw. eine Verknüpfung (.iso, .lnk), die der "
                "Empfänger grundsätzlich sperrt."
            ),
            (
                "Ein Office-Dokument enthält Makros, oder ein Archiv ist passwortgeschützt, sodass "
                "der Scanner nicht hineinsehen kann."
            ),
            "Der Scanner hat bei einer harmlosen Datei fälschlich Alarm geschlagen.",
        ),
        fixes=(
            "Prüfen Sie die Datei und den sendenden Rechner mit einem aktuellen Virenscanner.",
            (
                "Wird Schadsoftware gefunden, trennen Sie den Rechner vom Netz, bereinigen Sie ihn "
                "und ändern Sie die Passwörter der dort genutzten Konten."
            ),
            (
                "Stellen Sie Dateien per Download-Link bereit, statt ausführbare Dateien, "
                "Makro-Dokumente oder verschlüsselte Archive anzuhängen."
            ),
            (
                "Speichern Sie Makro-Dokumente vor dem Versand in einem makrofreien Format wie "
                ".docx oder PDF."
            ),
            (
                "Ist die Datei sauber, melden Sie den Fehlalarm dem Hersteller des Scanners (etwa "
                "über das Formular für Fehlalarme von ClamAV) und bitten Sie den Administrator des "
                "Empfängers um eine Ausnahme."
            ),
        ),
    ),
    Category.POLICY_VIOLATION: Text(
        title="Durch lokale Richtlinie des Empfängers abgelehnt",
        meaning=(
            "Der Empfänger hat die Nachricht aufgrund einer lokalen oder administrativen Regel "
            "abgelehnt, die nichts mit Spam, Authentifizierung oder einer Sperrliste zu tun hat "
            "(oft 5.7.1 „administrative prohibition“). Was sich tun lässt, hängt von der Regel ab; "
            "eine vorübergehende Variante kann beim nächsten Versuch durchgehen."
        ),
        causes=(
            (
                "Der Empfänger ist eine eingeschränkte Adresse, etwa eine Verteilerliste, die nur "
                "interne oder freigegebene Absender annimmt."
            ),
            (
                "Der Empfänger nimmt nur E-Mails von einer Positivliste (Allowlist) bestimmter "
                "Absender oder Partner an."
            ),
            "Der Empfänger sperrt ganze Länder, Netze oder Top-Level-Domains.",
            (
                "Eine Compliance- oder DLP-Regel (Data Loss Prevention) verbietet diese Art von "
                "Nachricht, Empfänger oder Anhang."
            ),
            (
                "Die Nachricht hätte gegen eine Beschränkung verstoßen, die der Administrator für "
                "bestimmte Absender oder Empfänger festgelegt hat."
            ),
        ),
        fixes=(
            "Lesen Sie den vollständigen Antworttext; oft nennt er die Regel oder den Grund.",
            (
                "Prüfen Sie, ob der Empfänger eine Gruppen- oder Funktionsadresse ist, die nur "
                "interne Absender annimmt, und verwenden Sie stattdessen eine persönliche Adresse."
            ),
            (
                "Wenden Sie sich auf anderem Weg an den Empfänger oder schreiben Sie an "
                "postmaster@ der Empfängerdomain, mit Uhrzeit, sendender IP-Adresse und "
                "vollständiger Antwort."
            ),
            (
                "Bitten Sie um Aufnahme in die Positivliste des Empfängers, wenn Sie ein "
                "erwarteter Partner sind."
            ),
            (
                "Lassen Sie nach einer vorübergehenden Ablehnung die Warteschlange erneut "
                "zustellen; nach einer dauerhaften senden Sie erst wieder, wenn der Empfänger die "
                "Regel geändert hat."
            ),
        ),
    ),
    Category.CONTENT_REJECTED: Text(
        title="Format oder Inhalt der Nachricht abgelehnt",
        meaning=(
            "Der Empfänger hat die Nachricht wegen ihres Formats oder Inhalts abgelehnt, und zwar "
            "nicht als Spam, sondern etwa wegen eines fehlerhaften Headers, eines verbotenen "
            "Anhangstyps oder einer internationalisierten Adresse, die er nicht verarbeiten kann. "
            "Die Nachricht oder die sendende Software muss geändert werden."
        ),
        causes=(
            (
                "Pflicht-Header fehlen oder sind doppelt, etwa kein Date- oder Message-ID-Header "
                "oder zwei From-Header (Verstoß gegen RFC 5322)."
            ),
            (
                "Zeilen sind länger als 998 Zeichen, oder die Nachricht verwendet reine "
                "LF-Zeilenenden bzw. ungekodierte 8-Bit-Daten."
            ),
            (
                "Die Richtlinie des Empfängers verbietet den Anhangstyp, obwohl die Datei nicht "
                "infiziert ist."
            ),
            (
                "Eine Adresse enthält Nicht-ASCII-Zeichen, und der nächste Server unterstützt kein "
                "SMTPUTF8 (553 5.6.7)."
            ),
            "Die MIME-Struktur oder die Angabe des Zeichensatzes ist fehlerhaft.",
        ),
        fixes=(
            (
                "Prüfen Sie die Rohnachricht: genau ein From-, Date- und Message-ID-Header, "
                "jeweils mit korrekt gebildeten Adressen und Werten."
            ),
            (
                "Lassen Sie die Mail-Bibliothek den Text mit Quoted-Printable oder Base64 "
                "kodieren, damit keine Zeile 998 Zeichen überschreitet, und verwenden Sie CRLF als "
                "Zeilenende."
            ),
            (
                "Entfernen Sie den abgelehnten Anhang oder senden Sie ihn als Link bzw. in einem "
                "zugelassenen Format."
            ),
            (
                "Verwenden Sie für Empfänger, deren Server kein SMTPUTF8 beherrscht, eine reine "
                "ASCII-Adresse."
            ),
            (
                "Aktualisieren oder korrigieren Sie die sendende Software und prüfen Sie eine "
                "Testnachricht mit einem Validator für Nachrichtenformate."
            ),
        ),
    ),
    Category.RATE_LIMITED: Text(
        title="Versandlimit erreicht",
        meaning=(
            "Der Empfänger (oder Ihr eigener Anbieter) begrenzt, wie viele Nachrichten, Empfänger "
            "oder Befehle er in einem Zeitraum annimmt, und Sie haben diese Grenze überschritten. "
            "Hier hilft Abwarten: Die Nachrichten können später durchgehen, aber nur, wenn der "
            "Absender langsamer sendet."
        ),
        causes=(
            (
                "Zu viele Nachrichten gingen in kurzer Zeit an denselben Anbieter, etwa eine ganze "
                "Kampagne auf einmal."
            ),
            (
                "Eine einzelne Nachricht hatte mehr Empfänger, als der Server pro Transaktion "
                "annimmt (452 4.5.3 „too many recipients“)."
            ),
            (
                "Das Tages- oder Stundenkontingent Ihres eigenen Versandkontos oder ESP-Tarifs ist "
                "aufgebraucht."
            ),
            (
                "Eine neue oder noch nicht aufgewärmte IP-Adresse sendet mehr, als der Empfänger "
                "ihr bisher zutraut (Gmail 421 4.7.28)."
            ),
            (
                "Ein Skript sendet nach jeder Zurückstellung sofort erneut und löst das Limit so "
                "immer wieder aus."
            ),
        ),
        fixes=(
            (
                "Behalten Sie die Nachricht in der Warteschlange und versuchen Sie es später mit "
                "wachsenden Abständen erneut, statt sofort neu zu senden."
            ),
            (
                "Nehmen Sie höchstens 100 Empfänger in eine Nachricht auf, und setzen Sie nach "
                "einer 452-Antwort die übrigen in einer neuen Transaktion fort."
            ),
            (
                "Drosseln Sie den Versand je Zieldomain (etwa mit default_destination_rate_delay "
                "bei Postfix oder einer domainbezogenen Rate in Ihrem MTA oder ESP)."
            ),
            (
                "Verteilen Sie große Kampagnen über mehrere Stunden, statt alles auf einmal "
                "freizugeben."
            ),
            "Wärmen Sie neue IP-Adressen mit kleinen, langsam steigenden Tagesmengen auf.",
            (
                "Prüfen Sie das Kontingent Ihres eigenen Kontos oder ESP-Tarifs, und erhöhen Sie "
                "es oder teilen Sie den Versand bei Bedarf auf."
            ),
        ),
    ),
    Category.TOO_MANY_CONNECTIONS: Text(
        title="Zu viele gleichzeitige Verbindungen",
        meaning=(
            "Der Empfänger erlaubt nur eine begrenzte Zahl paralleler Verbindungen pro Client oder "
            "IP-Adresse, und Sie haben mehr geöffnet. An der Nachricht ist nichts falsch: Warten "
            "Sie und stellen Sie dann über weniger Verbindungen zu."
        ),
        causes=(
            (
                "Der MTA öffnet viele parallele Verbindungen zum selben Ziel (hohes "
                "Parallelitätslimit pro Ziel)."
            ),
            (
                "Die Anwendung baut für jede Nachricht eine neue Verbindung auf, statt eine "
                "bestehende weiterzuverwenden."
            ),
            (
                "Mehrere Server oder Prozesse teilen sich eine ausgehende IP-Adresse und "
                "überschreiten gemeinsam das Limit."
            ),
            "Verbindungen bleiben ohne QUIT offen und zählen bis zum Timeout gegen das Limit.",
        ),
        fixes=(
            (
                "Senken Sie die Zahl paralleler Verbindungen pro Ziel (etwa "
                "default_destination_concurrency_limit bei Postfix, Standardwert 20) für strenge "
                "Empfänger auf einige wenige."
            ),
            (
                "Senden Sie mehrere Nachrichten über eine Verbindung (Connection Caching bzw. "
                "Wiederverwendung), statt für jede Nachricht neu zu verbinden."
            ),
            "Beenden Sie jede Sitzung sauber mit QUIT.",
            (
                "Lassen Sie die Warteschlange die zurückgestellten Nachrichten nach einer kurzen "
                "Pause erneut zustellen."
            ),
            (
                "Wärmen Sie neue IP-Adressen langsam auf, denn unbekannten Absendern gewähren "
                "Empfänger weniger Verbindungen."
            ),
        ),
    ),
    Category.GREYLISTED: Text(
        title="Durch Greylisting vorübergehend zurückgestellt",
        meaning=(
            "Der Empfänger weist den ersten Zustellversuch einer unbekannten Kombination aus "
            "sendender IP-Adresse, Absender und Empfänger ab und erwartet nach kurzer Wartezeit "
            "einen neuen Versuch. Es ist nichts zu beheben: Ein standardkonformer Server versucht "
            "es erneut und wird dann angenommen."
        ),
        causes=(
            (
                "Es ist die erste Nachricht dieser Kombination aus IP-Adresse, Absender und "
                "Empfänger, und der Greylisting-Filter will einen echten Wiederholungsversuch "
                "sehen."
            ),
            "Der neue Versuch kam zu früh, bevor die Wartezeit des Filters abgelaufen war.",
            (
                "Der neue Versuch kam von einer anderen IP-Adresse eines Versandpools (oder aus "
                "einem anderen /24-Netz), deshalb hat der Filter ihn als neuen Versuch gewertet."
            ),
        ),
        fixes=(
            (
                "Greifen Sie nicht von Hand ein: Lassen Sie die Nachricht in der Warteschlange, "
                "und lassen Sie den MTA erneut zustellen."
            ),
            (
                "Planen Sie den ersten neuen Versuch nach einigen Minuten ein; die Wartezeiten "
                "unterscheiden sich (postgrey 300 s, milter-greylist 30 min, OpenBSD spamd 25 "
                "min)."
            ),
            (
                "Wiederholen Sie von derselben IP-Adresse (oder zumindest aus demselben Subnetz) "
                "mit demselben Umschlag-Absender."
            ),
            (
                "Nennt die Antwort eine Zeit („please come back in 00:25:00“), warten Sie "
                "mindestens so lange."
            ),
            (
                "Sorgen Sie dafür, dass Anwendungen und Skripte E-Mails an einen MTA mit "
                "Warteschlange übergeben, statt nach der ersten 4xx-Antwort aufzugeben."
            ),
        ),
    ),
    Category.MESSAGE_TOO_LARGE: Text(
        title="Nachricht zu groß",
        meaning=(
            "Die Nachricht überschreitet die Größengrenze des empfangenden Servers oder Postfachs "
            "(552 5.3.4, X.2.3). Die Nachricht muss kleiner werden; unverändert erneut gesendet, "
            "scheitert sie wieder."
        ),
        causes=(
            (
                "Die Anhänge sind größer, als der Empfänger zulässt; viele Anbieter begrenzen "
                "Nachrichten auf Werte zwischen 10 und 50 MB, Gmail auf 25 MB."
            ),
            (
                "Durch die Base64-Kodierung werden Anhänge etwa ein Drittel größer als die Dateien "
                "auf der Festplatte."
            ),
            (
                "Das Postfach des Empfängers hat eine eigene Grenze pro Nachricht, die unter der "
                "des Servers liegt."
            ),
            (
                "Große eingebettete Bilder oder ein langer weitergeleiteter Verlauf haben die "
                "Nachricht aufgebläht."
            ),
        ),
        fixes=(
            (
                "Lesen Sie den SIZE-Wert in der EHLO-Antwort des Servers, um seine Grenze zu "
                "erfahren, und rechnen Sie den Base64-Aufschlag von etwa 33 % ein."
            ),
            (
                "Komprimieren Sie Bilder und Dokumente, oder speichern Sie sie in einem kleineren "
                "Format."
            ),
            (
                "Laden Sie große Dateien bei einem Filesharing-Dienst oder auf Ihrem eigenen "
                "Server hoch und senden Sie stattdessen einen Link."
            ),
            "Verteilen Sie den Inhalt auf mehrere Nachrichten, wenn ein Link nicht in Frage kommt.",
            (
                "Lassen Sie Ihre Anwendung die kodierte Größe vor dem Versand prüfen und den "
                "Benutzer warnen."
            ),
        ),
    ),
    Category.SYNTAX_ERROR: Text(
        title="Fehlerhafter Befehl oder Parameter",
        meaning=(
            "Der Server konnte einen Befehl oder dessen Argumente nicht verarbeiten (500, 501): "
            "Der Befehl ist unbekannt oder falsch geschrieben, eine Adresse ist fehlerhaft, oder "
            "eine Zeile ist zu lang. Der sendende Client muss korrigiert werden; am Empfänger "
            "liegt es nicht."
        ),
        causes=(
            (
                "Die Adresse in MAIL FROM oder RCPT TO ist fehlerhaft, etwa ohne spitze Klammern, "
                "mit Leerzeichen oder mit einem überzähligen Zeichen."
            ),
            (
                "Eine Befehlszeile überschreitet die Grenze von 512 Zeichen oder eine Textzeile "
                "die von 1000 Zeichen (500 „line too long“)."
            ),
            (
                "Der Client hat Nicht-ASCII-Zeichen oder einen ESMTP-Parameter gesendet, den der "
                "Server nicht angeboten hat."
            ),
            (
                "Eine Firewall, ein Antiviren-Proxy oder eine SMTP-Inspektion hat die Befehle "
                "unterwegs verändert."
            ),
            "Base64-Daten in einem AUTH-Dialog waren fehlerhaft (501 5.5.2).",
        ),
        fixes=(
            (
                "Zeichnen Sie das SMTP-Protokoll der Sitzung auf (Debug-Ausgabe Ihrer Bibliothek "
                "oder ein Test mit swaks) und suchen Sie den genauen abgelehnten Befehl."
            ),
            (
                "Schreiben Sie Adressen als „MAIL FROM:<user@example.com>“ mit spitzen Klammern "
                "und ohne Leerzeichen, und prüfen Sie Adressen vor dem Versand."
            ),
            "Verwenden Sie nur Erweiterungen, die der Server in seiner EHLO-Antwort aufführt.",
            (
                "Schalten Sie SMTP-Inspektion oder das Scannen von E-Mails durch "
                "Antivirenprogramme auf dem Weg ab, um Manipulationen auszuschließen."
            ),
            (
                "Aktualisieren Sie die sendende Bibliothek oder Anwendung; sie kann einen "
                "bekannten Fehler bei der Formatierung der Befehle haben."
            ),
        ),
    ),
    Category.BAD_SEQUENCE: Text(
        title="Befehle in falscher Reihenfolge",
        meaning=(
            "Der Client hat einen Befehl gesendet, den der Server an dieser Stelle der Sitzung "
            "nicht erwartet (503), etwa DATA, bevor ein Empfänger angenommen wurde. Der sendende "
            "Client muss die SMTP-Reihenfolge einhalten; manche Server melden mit 503 auch eine "
            "fehlende Authentifizierung."
        ),
        causes=(
            (
                "DATA wurde gesendet, obwohl kein RCPT TO angenommen worden war, oder RCPT TO kam "
                "vor MAIL FROM."
            ),
            (
                "Der Client hat nach STARTTLS nicht erneut EHLO gesendet, wie es das Protokoll "
                "verlangt."
            ),
            "AUTH wurde zweimal oder innerhalb einer Mail-Transaktion gesendet.",
            (
                "Beim Pipelining hat der Client nicht jede Antwort geprüft und nach einem "
                "gescheiterten Befehl weitergemacht."
            ),
            (
                "Der Server wollte zuerst eine Authentifizierung und hat das mit 503 statt mit 530 "
                "gemeldet."
            ),
        ),
        fixes=(
            (
                "Halten Sie die Reihenfolge EHLO, gegebenenfalls STARTTLS und erneut EHLO, AUTH, "
                "MAIL FROM, ein oder mehrere RCPT TO und dann DATA ein."
            ),
            (
                "Prüfen Sie jede Antwort, bevor Sie den nächsten davon abhängigen Befehl senden, "
                "und beginnen Sie nach einem gescheiterten Schritt mit RSET neu."
            ),
            "Lassen Sie DATA weg oder senden Sie RSET, wenn alle Empfänger abgelehnt wurden.",
            (
                "Erwähnt der Text der 503-Antwort eine Authentifizierung, aktivieren Sie SMTP AUTH "
                "im Client."
            ),
            (
                "Verwenden Sie eine gepflegte SMTP-Bibliothek statt selbst geschriebenen "
                "Protokollcodes."
            ),
        ),
    ),
    Category.NOT_IMPLEMENTED: Text(
        title="Befehl oder Parameter nicht unterstützt",
        meaning=(
            "Der Server kennt den Befehl, hat ihn aber nicht implementiert (502), oder er "
            "unterstützt einen Parameter bzw. ein Authentifizierungsverfahren nicht (504). Der "
            "Client muss etwas verwenden, das der Server anbietet; denselben Befehl zu wiederholen "
            "ist zwecklos."
        ),
        causes=(
            (
                "Der Client hat einen Befehl verwendet, den der Server abgeschaltet oder nie "
                "angeboten hat, etwa VRFY, EXPN, ETRN oder TURN."
            ),
            (
                "Der Client hat ein AUTH-Verfahren gewählt, das der Server nicht aufführt, zum "
                "Beispiel CRAM-MD5, wo nur PLAIN und LOGIN angeboten werden."
            ),
            (
                "Der Client hat eine ESMTP-Erweiterung (SIZE, 8BITMIME, SMTPUTF8, CHUNKING) "
                "genutzt, ohne die EHLO-Antwort zu prüfen."
            ),
            "Ein alter Server versteht EHLO nicht und beherrscht nur HELO.",
        ),
        fixes=(
            (
                "Lesen Sie die EHLO-Antwort des Servers und verwenden Sie nur die dort "
                "aufgeführten Erweiterungen und AUTH-Verfahren."
            ),
            (
                "Weichen Sie auf HELO aus, wenn der Server EHLO ablehnt, und verzichten Sie auf "
                "Erweiterungen, die er nicht anbietet."
            ),
            (
                "Verlassen Sie sich zur Adressprüfung nicht auf VRFY oder EXPN; die meisten Server "
                "schalten sie ab."
            ),
            (
                "Aktualisieren Sie die Client-Bibliothek, damit sie Funktionen aushandelt, statt "
                "sie vorauszusetzen."
            ),
        ),
    ),
    Category.SERVICE_UNAVAILABLE: Text(
        title="Maildienst nicht verfügbar",
        meaning=(
            "Der Server bedient diese Verbindung nicht: Er ist überlastet, fährt herunter oder "
            "schließt den Kanal (421), nimmt grundsätzlich keine E-Mails an (521) oder begrüßt mit "
            "554, um zu sagen, dass es für Sie keinen SMTP-Dienst gibt. Bei 421 heißt es abwarten; "
            "521 und eine 554-Begrüßung müssen untersucht werden."
        ),
        causes=(
            "Der empfangende Server ist überlastet, startet neu oder wird gewartet (421).",
            (
                "Der Server schließt Verbindungen von Ihrer IP-Adresse aus Richtliniengründen, oft "
                "wegen einer nicht näher benannten Sperre oder schlechter Reputation (421 oder "
                "554-Begrüßung)."
            ),
            "Der Host ist ein Platzhalter, der nie E-Mails annimmt, etwa ein Dummy-MX (521).",
            (
                "Sie haben den falschen Host angesprochen, etwa einen Webserver oder eine alte "
                "Adresse statt des MX der Domain."
            ),
        ),
        fixes=(
            (
                "Lassen Sie nach einer 421-Antwort die Warteschlange erneut zustellen; meist löst "
                "sich das innerhalb von Minuten bis Stunden."
            ),
            (
                "Fragen Sie nach einer 521-Antwort oder einer 554-Begrüßung die MX-Einträge der "
                "Empfängerdomain ab und prüfen Sie, ob Sie einen davon angesprochen haben."
            ),
            (
                "Suchen Sie im Begrüßungstext nach einer Sperre oder dem Namen einer Liste, und "
                "behandeln Sie den Fall gegebenenfalls als Sperrlisten- oder Reputationsproblem."
            ),
            (
                "Hält der Fehler einen Tag lang an, wenden Sie sich mit Ihrer IP-Adresse, der "
                "Uhrzeit und der vollständigen Antwort an den Postmaster des Empfängers."
            ),
        ),
    ),
    Category.SERVER_ERROR: Text(
        title="Fehler auf dem empfangenden Server",
        meaning=(
            "Das empfangende System ist bei der Verarbeitung der Nachricht auf ein internes "
            "Problem gestoßen (451 4.3.0, X.3.5 „system incorrectly configured“). Der Fehler liegt "
            "auf der Empfängerseite: Ein vorübergehender verschwindet meist beim nächsten Versuch, "
            "ein dauerhafter braucht den Administrator des Empfängers."
        ),
        causes=(
            (
                "Ein Filter, Virenscanner oder eine Datenbank hinter dem empfangenden MTA ist "
                "ausgefallen oder hat nicht rechtzeitig geantwortet."
            ),
            (
                "Der empfangende Server ist falsch konfiguriert, etwa mit einem defekten Transport "
                "oder einem fehlenden lokalen Zustellprogramm."
            ),
            (
                "Die eigenen DNS-Abfragen des Empfängers (für SPF, DKIM oder Sperrlisten) sind "
                "vorübergehend gescheitert."
            ),
            (
                "Der empfangende Server wurde neu gestartet oder hat mitten in der Transaktion "
                "eine Verbindung verloren."
            ),
        ),
        fixes=(
            (
                "Lassen Sie die Warteschlange erneut zustellen; die meisten dieser Fehler "
                "verschwinden innerhalb von Minuten oder Stunden."
            ),
            (
                "Prüfen Sie, welcher Host den Fehler gemeldet hat: Ist es Ihr eigener Smarthost "
                "oder Ihr eigenes Relay, sehen Sie zuerst in dessen Protokolle."
            ),
            (
                "Hält der Fehler viele Stunden an oder ist er dauerhaft, wenden Sie sich mit "
                "Uhrzeit, sendender IP-Adresse, Queue-ID und vollständiger Antwort an den "
                "Postmaster des Empfängers."
            ),
            (
                "Senden Sie eine Testnachricht aus einem anderen Netz oder über einen anderen "
                "Anbieter, um zu sehen, ob das Problem nur Ihren Weg betrifft."
            ),
        ),
    ),
    Category.SYSTEM_FULL: Text(
        title="Empfangendes System hat keinen Speicherplatz mehr",
        meaning=(
            "Dem empfangenden Server insgesamt ist der Platten- oder Warteschlangenplatz "
            "ausgegangen (452 4.3.1), unabhängig vom einzelnen Postfach. Hier hilft Abwarten: Die "
            "Adresse ist in Ordnung, und die Nachricht kann erneut zugestellt werden, sobald "
            "wieder Platz frei ist."
        ),
        causes=(
            (
                "Die Festplatte mit der Mail-Warteschlange oder dem Postfachspeicher des "
                "Empfängers ist voll."
            ),
            (
                "Eine Flut eingehender Nachrichten oder eine hängende Zustellung hat die "
                "Warteschlange des Empfängers gefüllt."
            ),
            (
                "Der Empfänger hält eine Mindestmenge an freiem Speicher vor und lehnt darunter "
                "E-Mails ab (etwa Sendmail mit „452 4.4.5 Insufficient disk space“)."
            ),
        ),
        fixes=(
            (
                "Behalten Sie die Nachricht in der Warteschlange und versuchen Sie es später "
                "erneut; der Administrator des Empfängers schafft meist innerhalb von Stunden "
                "Platz."
            ),
            "Senden Sie an diesen Host langsamer, solange die Fehler anhalten.",
            (
                "Hält der Zustand länger als einen Tag an, informieren Sie den Postmaster des "
                "Empfängers auf anderem Weg."
            ),
            (
                "Kommt der Fehler von Ihrem eigenen Relay oder Smarthost, schaffen Sie "
                "Speicherplatz, räumen Sie dessen Warteschlange auf und prüfen Sie die "
                "Einstellungen für freien Speicher."
            ),
        ),
    ),
    Category.NETWORK_ERROR: Text(
        title="Netzwerk- oder Routingfehler",
        meaning=(
            "Die Absenderseite konnte den empfangenden Server nicht erreichen oder die Verbindung "
            "nicht halten: Sie wurde abgelehnt, lief in ein Timeout oder brach ab, die "
            "DNS-Auflösung für das Routing schlug fehl, oder die Nachricht kreiste in einer "
            "Schleife. Meist stellt die Warteschlange erneut zu; hält der Fehler an, müssen das "
            "Netz des Absenders oder das DNS des Empfängers genauer geprüft werden."
        ),
        causes=(
            (
                "Ausgehender Port 25 ist beim Provider, beim Cloud-Anbieter oder durch eine lokale "
                "Firewall gesperrt (viele Cloud-Plattformen sperren ihn standardmäßig)."
            ),
            (
                "Die MX-Server des Empfängers sind ausgefallen, überlastet oder stehen hinter "
                "einer Firewall, die die Verbindung verwirft."
            ),
            (
                "DNS-Abfragen für den MX oder dessen Adresse sind auf der Absenderseite "
                "gescheitert oder haben zu lange gedauert."
            ),
            (
                "Die Domain veröffentlicht einen AAAA-Eintrag, aber das IPv6-Routing auf Ihrer "
                "Seite ist gestört."
            ),
            (
                "Eine Weiterleitungsregel oder ein MX, der auf den Absender zurückzeigt, hat eine "
                "Mail-Schleife erzeugt (X.4.6, zu viele Hops)."
            ),
        ),
        fixes=(
            (
                "Testen Sie den Weg: „dig MX example.com“ für das Routing, dann „nc -vz <mx-host> "
                "25“ (oder telnet) vom sendenden Server aus."
            ),
            (
                "Ist Port 25 gesperrt, bitten Sie den Anbieter um Freischaltung oder senden Sie "
                "über ein Relay auf Port 587."
            ),
            (
                "Prüfen Sie die Konfiguration Ihres Resolvers und probieren Sie einen zweiten "
                "Resolver."
            ),
            (
                "Ist IPv6 gestört, reparieren Sie die Route oder lassen Sie den MTA IPv4 "
                "bevorzugen (etwa smtp_address_preference = ipv4 bei Postfix)."
            ),
            (
                "Prüfen Sie bei Schleifen Weiterleitungsregeln, Aliase und die MX-Einträge beider "
                "Domains, damit Nachrichten nicht zwischen ihnen hin- und herlaufen."
            ),
            (
                "Lassen Sie die Warteschlange vorübergehende Fehler erneut versuchen, und gehen "
                "Sie der Sache nach, wenn dasselbe Ziel über Stunden scheitert."
            ),
        ),
    ),
    Category.EXPIRED: Text(
        title="Zustellfrist abgelaufen",
        meaning=(
            "Die Nachricht lag in einer Warteschlange, bis ihre Lebensdauer abgelaufen war "
            "(X.4.7), und wurde dann aufgegeben. Der Fristablauf ist nicht die Ursache, sondern "
            "der vorübergehende Fehler, der sich zuvor immer wiederholt hat; er entscheidet, ob "
            "die Adresse tot ist oder der Absender etwas ändern muss."
        ),
        causes=(
            (
                "Der empfangende Server hat bei jedem Versuch mit demselben vorübergehenden Fehler "
                "geantwortet (Greylisting nie bestanden, Versandlimit, volles Postfach, "
                "Zurückstellung wegen Reputation)."
            ),
            (
                "Das Ziel war tagelang nicht erreichbar, etwa wegen eines ausgefallenen MX oder "
                "eines gesperrten Ports 25."
            ),
            (
                "Die Lebensdauer in der Warteschlange ist kurz: Exchange Online gibt nach 24 "
                "Stunden auf, Mailgun nach 8 Stunden, während RFC 5321 4–5 Tage nahelegt "
                "(Postfix-Standard: 5 Tage)."
            ),
            (
                "Die Warteschlange hing auf der Absenderseite fest, etwa während eines Ausfalls "
                "des eigenen Relays."
            ),
        ),
        fixes=(
            (
                "Suchen Sie den letzten vorübergehenden Fehler in der Unzustellbarkeitsnachricht "
                "(etwa „last transfail“ oder das Feld Diagnostic-Code) oder im Protokoll der "
                "Warteschlange; er ist die eigentliche Ursache."
            ),
            (
                "Suchen Sie im MTA-Protokoll nach der Queue-ID, um jeden Versuch und seine Antwort "
                "zu sehen (etwa per grep nach der ID im Mail-Log von Postfix)."
            ),
            (
                "Ordnen Sie diesen letzten Fehler ein und folgen Sie dessen Empfehlung, statt die "
                "Adresse allein wegen des Fristablaufs zu unterdrücken."
            ),
            (
                "Prüfen Sie, ob die Lebensdauer Ihrer eigenen Warteschlange ungewöhnlich kurz ist, "
                "und erhöhen Sie sie bei Bedarf in Richtung der üblichen 4–5 Tage."
            ),
            (
                "Ist die Ursache behoben oder das Ziel wieder erreichbar, senden Sie die Nachricht "
                "erneut."
            ),
        ),
    ),
    Category.UNKNOWN: Text(
        title="Ursache nicht feststellbar",
        meaning=(
            "Nichts in der Antwort war eindeutig: Es gab keinen verwertbaren Code, oder der Text "
            "passte zu keinem bekannten Muster. Ob Sie abwarten oder handeln sollten, hängt von "
            "der vollständigen Originalantwort ab, die ein Mensch lesen sollte."
        ),
        causes=(
            (
                "Die Antwort hatte weder einen dreistelligen Code noch einen erweiterten "
                "Statuscode, oder nur einen allgemeinen wie 5.0.0."
            ),
            (
                "Der Anbieter verwendet eigene Formulierungen oder einen nicht registrierten Code, "
                "der noch nicht abgedeckt ist."
            ),
            (
                "Die Unzustellbarkeitsnachricht wurde unterwegs gekürzt, umgeschrieben oder "
                "übersetzt, sodass die ursprüngliche Antwort verloren ging."
            ),
            (
                "Die Eingabe war gar keine SMTP-Antwort, sondern etwa eine Ausnahme auf "
                "Client-Seite oder eine Protokollzeile ohne die Antwort des Servers."
            ),
        ),
        fixes=(
            (
                "Lesen Sie die vollständige Originalantwort, einschließlich aller Zeilen einer "
                "mehrzeiligen Antwort und des Feldes Diagnostic-Code der "
                "Unzustellbarkeitsnachricht."
            ),
            (
                "Notieren Sie, welcher Host sie erzeugt hat, und schlagen Sie anbieterspezifische "
                "Codes in der Dokumentation dieses Anbieters nach."
            ),
            (
                "Behandeln Sie eine 4xx-Antwort als vorübergehend, und lassen Sie die "
                "Warteschlange erneut zustellen."
            ),
            (
                "Unterdrücken Sie die Adresse bei einer unklaren dauerhaften Ablehnung nicht "
                "sofort; beobachten Sie, ob dieselbe Adresse oder Domain weiter scheitert."
            ),
            (
                "Wiederholt sich das, fragen Sie den Postmaster des Empfängers, was die Antwort "
                "bedeutet."
            ),
        ),
    ),
})
