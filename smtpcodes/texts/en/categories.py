"""English explanations of categories (data).

Facts from shared/docs/taxonomy.md and standards.md (§1.3 legacy quirks, §1.4 AUTH/STARTTLS/SIZE,
§3 retry practice and greylisting delays, §4 ESP bounce practice); every sentence written for
smtpcodes.

Every :class:`~smtpcodes.enums.Category` maps to a :class:`~smtpcodes.texts.Text`: a short
title, what happened (and whether the address is dead, the sender must act, or it is a wait),
typical causes, and ordered fixes for the sender or its administrator.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from smtpcodes.enums import Category
from smtpcodes.texts._types import Text

if TYPE_CHECKING:
    from collections.abc import Mapping

CATEGORIES: Final[Mapping[Category, Text]] = MappingProxyType({
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
