"""English explanations of basic reply codes (data).

Facts from RFC 5321, RFC 4954, RFC 3207, RFC 5248, RFC 7504, RFC 7505, RFC 6531 and the
troubleshooting guide in shared/seed; every sentence written for smtpcodes.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from smtpcodes.texts._types import Text

if TYPE_CHECKING:
    from collections.abc import Mapping

CODES: Final[Mapping[int, Text]] = MappingProxyType({
    211: Text(
        title="System status",
        meaning=(
            "A positive reply that carries status information or help from the server. It reports "
            "no error, so nothing needs fixing."
        ),
        causes=(
            "The client sent HELP, and the server answers with a system status or help reply.",
            (
                "Some servers also answer their own non-standard status or statistics commands "
                "with this code."
            ),
        ),
        fixes=(
            "Read the text if you need the information; no action is required.",
            "Continue the session with the next command, or send QUIT to end it.",
        ),
    ),
    214: Text(
        title="Help message",
        meaning=(
            "A positive reply with help text written for a human, such as a list of supported "
            "commands or a pointer to documentation. It is not an error."
        ),
        causes=(
            "The client sent HELP, with or without a command name as argument.",
            "The server explains how to use a command, or what a non-standard command does.",
        ),
        fixes=(
            (
                "Read the text for information, but do not parse it by program, since its wording "
                "differs from server to server."
            ),
            "Use the EHLO reply, not the help text, to learn which extensions the server supports.",
            "Continue the session with the next command.",
        ),
    ),
    220: Text(
        title="Service ready",
        meaning=(
            "The server is ready to talk: this is the normal greeting when a connection opens, and "
            "also the go-ahead after STARTTLS. It is a success reply; the client simply carries "
            "on."
        ),
        causes=(
            "A client has just connected, and the server greets it with its host name.",
            "The client sent STARTTLS, and the server is ready to begin the TLS handshake.",
        ),
        fixes=(
            (
                "After the greeting, introduce yourself with EHLO; fall back to HELO only if EHLO "
                "is rejected."
            ),
            "After a 220 in answer to STARTTLS, start the TLS handshake at once.",
            (
                "Once TLS is up, send EHLO again: the server forgets the earlier session state, "
                "and its list of extensions may change."
            ),
        ),
    ),
    221: Text(
        title="Closing connection",
        meaning=(
            "The server says goodbye and closes the connection. After QUIT this is the normal, "
            "successful end of a session; any message accepted earlier with 250 stays accepted."
        ),
        causes=(
            "The client sent QUIT to end the session.",
            (
                "Rarely, a server ends the session on its own with this code, for example after "
                "the client broke the protocol rules."
            ),
        ),
        fixes=(
            "Close the connection on your side; nothing else is needed.",
            (
                "If the reply came without a QUIT from you, go through the server's replies in "
                "this session to see which messages were really accepted, and send the others "
                "again."
            ),
        ),
    ),
    235: Text(
        title="Authentication succeeded",
        meaning=(
            "The server accepted your login (SMTP AUTH). This is a success reply: you may now send "
            "mail under this account."
        ),
        causes=(
            "The client sent AUTH with valid credentials, and the exchange finished successfully.",
            (
                "The user name and password, token or certificate matched an account that the "
                "server allows to submit mail."
            ),
        ),
        fixes=(
            "Continue with MAIL FROM to start the first message.",
            "Do not send AUTH again in the same session; the server would refuse a second login.",
        ),
    ),
    250: Text(
        title="OK",
        meaning=(
            "The command succeeded. After the final dot of a message it means the server has taken "
            "responsibility for it: the server will deliver it, or report a later failure with a "
            "bounce message."
        ),
        causes=(
            (
                "The server accepted EHLO or HELO, MAIL FROM, RCPT TO, RSET, NOOP or a similar "
                "command."
            ),
            "The end of the message data arrived, and the message was queued for delivery.",
            "A VRFY or EXPN request could be answered with a verified address.",
        ),
        fixes=(
            "Continue with the next command of the dialogue.",
            "After the final dot, mark the message as handed over, and do not send it again.",
            (
                "Watch for later bounce messages (DSNs), since acceptance is not yet delivery into "
                "the mailbox."
            ),
        ),
    ),
    251: Text(
        title="User not local; will forward",
        meaning=(
            "The recipient does not live on this server, but the server accepts the message and "
            "forwards it to the address it knows. This is a success reply."
        ),
        causes=(
            "The recipient's mailbox has moved, and the server knows the new address.",
            "The server acts as a forwarder or alias host for this address.",
        ),
        fixes=(
            "Continue sending; the message will be forwarded.",
            (
                "If the reply names a new address, confirm it with the recipient before you update "
                "your records; do not rely on the hint alone."
            ),
        ),
    ),
    252: Text(
        title="Cannot verify user; will try delivery",
        meaning=(
            "The server will not confirm whether the address exists, but it will accept a message "
            "for it and try to deliver it. This is a success reply, not proof that the mailbox "
            "exists."
        ),
        causes=(
            (
                "The client sent VRFY or EXPN, and the server does not disclose its users, often "
                "to stop address harvesting."
            ),
            (
                "The server cannot check the address at this point, for example because it passes "
                "mail on to another host."
            ),
        ),
        fixes=(
            "Do not treat the reply as a verified address.",
            (
                "Send the message normally with MAIL FROM and RCPT TO; the RCPT reply or a later "
                "bounce shows whether the address works."
            ),
        ),
    ),
    334: Text(
        title="Authentication challenge",
        meaning=(
            "An intermediate step of SMTP AUTH: the server sends a challenge and waits for the "
            "client's next response. Nothing has succeeded or failed yet."
        ),
        causes=(
            (
                "The client started AUTH with a mechanism that takes several steps, such as LOGIN "
                "or CRAM-MD5."
            ),
            (
                "The server asks for the next piece of data, for instance the user name or the "
                "password, encoded in Base64."
            ),
            (
                "An empty challenge (the code followed by a single space) means the server waits "
                "for the client's initial response."
            ),
        ),
        fixes=(
            "Decode the Base64 text after the code if the mechanism needs it.",
            "Send the requested response as one Base64-encoded line.",
            "To abort the exchange, send a single asterisk (*); the server then answers 501.",
        ),
    ),
    354: Text(
        title="Start mail input",
        meaning=(
            "The server is ready for the message itself. This intermediate reply to DATA means: "
            "send the headers and the body now, and end with a line that holds only a dot."
        ),
        causes=(
            "The client sent DATA after MAIL FROM and at least one accepted RCPT TO.",
            "The server has checked the envelope and waits for the content of the message.",
        ),
        fixes=(
            "Send the message headers, an empty line and the body.",
            (
                "Double every dot at the start of a line (dot-stuffing) so that it is not taken "
                "for the end marker."
            ),
            "End the data with CRLF, a single dot and CRLF.",
            "Wait for the final reply: only a 250 after the dot means the message was accepted.",
        ),
    ),
    421: Text(
        title="Service not available",
        meaning=(
            "The server cannot serve you right now and is closing the connection. The problem is "
            "temporary: keep the message, wait, and send it again later. A server may give this "
            "reply to any command, and even unprompted before it shuts down."
        ),
        causes=(
            (
                "The network link between your system and the mail server is unstable or briefly "
                "interrupted."
            ),
            "The mail server is overloaded, restarting or down for maintenance.",
            "A firewall or another security setting cuts off the SMTP connection.",
            "DNS resolution fails, so the connection cannot be set up properly.",
            "Your account has used up the sending quota that your provider allows.",
        ),
        fixes=(
            "Wait a few minutes and send again; most 421 errors clear up on their own.",
            "Make sure your internet connection works and is stable.",
            "Check whether the SMTP server is running, for example on your provider's status page.",
            "Check whether a firewall blocks SMTP traffic.",
            "Verify that your DNS settings are correct.",
            "If you connect on port 25, switch to port 587 with STARTTLS.",
            "Check that your SMTP user name and password are correct.",
            "Break large mailings into smaller waves sent at intervals.",
        ),
    ),
    432: Text(
        title="Password transition needed",
        meaning=(
            "The server wants you to log in once with a different authentication mechanism, "
            "usually PLAIN over an encrypted connection, before it accepts the mechanism you "
            "chose. The condition is temporary and goes away after that one login."
        ),
        causes=(
            (
                "The account's password is stored in a form the chosen mechanism cannot use yet, "
                "for example after a migration."
            ),
            (
                "The server needs the password once in clear text to derive the data that a "
                "challenge-response mechanism such as CRAM-MD5 or SCRAM relies on."
            ),
        ),
        fixes=(
            "Start TLS, then authenticate once with PLAIN (or LOGIN) using the same account.",
            "After that single PLAIN login, use your preferred mechanism again.",
            (
                "If your client cannot switch mechanisms, ask the administrator how to complete "
                "the transition."
            ),
        ),
    ),
    450: Text(
        title="Mailbox temporarily unavailable",
        meaning=(
            "The recipient's mailbox cannot take the message right now. The failure is temporary "
            "and does not mean the address is wrong, so keep the message and try again later."
        ),
        causes=(
            (
                "The mailbox is busy, for example still receiving another message, or it has used "
                "up its storage quota."
            ),
            (
                "Greylisting: the receiving server turns away the first attempt from an unknown "
                "sender on purpose and expects a retry."
            ),
            "DNS for the recipient domain is misconfigured or does not resolve.",
            "The receiving server is swamped with traffic and puts new messages off.",
            (
                "A strict policy on the receiving server holds mail back for now; 450 4.7.1 often "
                "points to the reputation of your sending IP address."
            ),
            "The link between the sending and the receiving server is disturbed.",
        ),
        fixes=(
            (
                "Wait 15–30 minutes and send again; let your mail server retry automatically "
                "instead of giving up."
            ),
            "Check that the recipient address is spelled correctly, especially the domain part.",
            "Check with a tool such as nslookup that the recipient domain resolves in DNS.",
            (
                "If the reply is 450 4.7.1, check your sender reputation and whether your IP "
                "address is on a blocklist."
            ),
            "If the error lasts, route the mail through another SMTP server for a test.",
            (
                "If the error remains, describe it to your provider's support and include the "
                "server's full reply."
            ),
        ),
    ),
    451: Text(
        title="Local error in processing",
        meaning=(
            "The receiving server ran into a temporary problem of its own and aborted the request. "
            "Keep the message and try again later; the fault usually lies with the server and "
            "clears without your help."
        ),
        causes=(
            (
                "The server is overloaded or short of CPU, memory or bandwidth; 451 4.3.2 means it "
                "is not accepting messages at the moment."
            ),
            (
                "Updates or maintenance are under way on the server, or it is struggling with a "
                "technical fault."
            ),
            (
                "The connection is unstable or too slow; 451 4.4.2 reports a timeout before the "
                "transaction finished, and a dropped connection counts as a 451 as well."
            ),
            "DNS records are missing or wrong, so a lookup the server needs fails.",
            (
                "The spam protection slows you down for now because your sending pattern looks "
                "suspicious to it."
            ),
            "A helper service such as SpamAssassin or ClamAV failed while checking the message.",
        ),
        fixes=(
            "Wait 10–30 minutes, then send again.",
            (
                "Find out about ongoing outages, for example on your SMTP provider's status page "
                "or from its support."
            ),
            (
                "Compare your DNS zone with the list of records your email provider requires, and "
                "add any that are missing."
            ),
            "If the outage drags on, send your mail through a second SMTP server in the meantime.",
            (
                "Keep refused messages in the queue, and configure automatic retries at growing "
                "intervals."
            ),
            (
                "Rule out the firewall by briefly relaxing the rules for outgoing SMTP connections "
                "and watching the result."
            ),
        ),
    ),
    452: Text(
        title="Insufficient system storage",
        meaning=(
            "The server lacks the storage to take the message, or it will not accept more "
            "recipients in this transaction. The condition is temporary, but retries keep failing "
            "until space is freed or the sending is scaled down, so deal with the cause while the "
            "message waits in the queue."
        ),
        causes=(
            "The recipient's mailbox is filled right up to its storage limit.",
            "The server as a whole is short of disk space, which affects many users at once.",
            "The operator deliberately set low size limits to spare the server's resources.",
            "You sent a large burst of messages, and the server's flood protection kicked in.",
            "The message is larger than the space still free in the recipient's account.",
            (
                "The transaction named more recipients than the server takes at once; 452 is the "
                "proper code for this case."
            ),
        ),
        fixes=(
            (
                "Stretch your sending out over time, and cap it at a fixed number of messages per "
                "hour in your sending tool."
            ),
            "Work through large recipient lists in smaller groups.",
            (
                "Make the messages leaner: compress images harder, use fewer or smaller "
                "attachments, and keep the HTML plain."
            ),
            "If there were too many recipients, send to the remaining ones in a later transaction.",
            "For a full mailbox, contact the recipient another way and ask them to free space.",
            "Suggest that the recipient archive or delete old messages to stay under the quota.",
            "Try again later; the message can go through once space is available.",
        ),
    ),
    454: Text(
        title="Temporary authentication failure",
        meaning=(
            "Login or encryption failed for a reason on the server's side, not because of your "
            "credentials. The failure is temporary: try again later without changing your "
            "password."
        ),
        causes=(
            (
                "The server's authentication back end, such as a directory or a database, is "
                "unreachable or overloaded."
            ),
            (
                "The client sent STARTTLS, but the server cannot start TLS right now, for example "
                "because of a certificate or configuration problem."
            ),
            "The server is short of resources and cannot complete the exchange.",
        ),
        fixes=(
            (
                "Retry the login or the message later, and let your mail server keep the message "
                "in its queue."
            ),
            "Do not ask the user for a new password; the credentials are not the problem.",
            (
                "If STARTTLS failed, do not fall back to an unencrypted session when your policy "
                "requires TLS."
            ),
            (
                "If it keeps happening, tell the server's administrator, who should check the "
                "authentication service and the TLS certificate."
            ),
        ),
    ),
    455: Text(
        title="Unable to accommodate parameters",
        meaning=(
            "The server understood the parameters of MAIL FROM or RCPT TO but cannot honour them "
            "at the moment. The failure is temporary: try again later, and change the parameters "
            "if it persists."
        ),
        causes=(
            (
                "An ESMTP parameter, such as a declared message size or a delivery option, cannot "
                "be met with the server's current resources."
            ),
            (
                "The server supports the parameter in general, but not in the present situation or "
                "combination."
            ),
        ),
        fixes=(
            "Keep the message in the queue and try again later.",
            "Check which parameter the reply text names.",
            "If the error repeats, send again without that optional parameter.",
            "Ask the server's administrator if the parameter is essential to you.",
        ),
    ),
    500: Text(
        title="Syntax error, command unrecognized",
        meaning=(
            "The server did not recognise the command it received, often because the line was "
            "malformed or too long. The error is permanent: the same command will fail the same "
            "way, so the client, or whatever alters its traffic, has to be fixed."
        ),
        causes=(
            (
                "Antivirus software on your computer intercepts the SMTP session and garbles the "
                "commands."
            ),
            "A command is badly formatted, or a line is too long (“line too long”).",
            (
                "Faulty firewall or virus-scanner rules on the receiving side interfere with the "
                "session."
            ),
            (
                "Client and server do not understand each other, for instance because the client "
                "sends commands the server does not know."
            ),
            (
                "The SMTP connection settings (server, port, encryption) are wrong; a text such as "
                "“Access denied by port access” points to a blocked port."
            ),
            "During SMTP AUTH, a response line was longer than the server accepts.",
        ),
        fixes=(
            (
                "Try sending once with the antivirus switched off; if that works, change its email "
                "scanning settings, and turn protection back on."
            ),
            (
                "Look through the firewall rules to see whether SMTP connections from client to "
                "server are allowed."
            ),
            (
                "If the reply mentions port access, use port 587 or 465 instead of the default "
                "port 25."
            ),
            "If the reply says the line is too long, make the message smaller and simpler.",
            (
                "Install the latest version of your email client, since older versions sometimes "
                "do not speak SMTP by the rules."
            ),
        ),
    ),
    501: Text(
        title="Syntax error in parameters",
        meaning=(
            "The server knows the command, but its arguments are malformed, most often an email "
            "address. The error is permanent: correct the address or argument before you send "
            "again."
        ),
        causes=(
            "An email address is badly formed, for example without an @ or with a broken domain.",
            (
                "The address contains characters that are not allowed, such as quotation marks, "
                "accented letters or unusual symbols."
            ),
            "There are stray spaces in or around the address.",
            "Copying and pasting brought hidden characters into the address.",
            "Antivirus software interferes with the SMTP session.",
            (
                "A command that takes no arguments (such as DATA, RSET, QUIT or STARTTLS) was "
                "given some, or an AUTH response was not valid Base64."
            ),
        ),
        fixes=(
            "Compare each address with the pattern name@domain.tld.",
            "Clean up the addresses: no quotation marks, no spaces, no special characters.",
            "Type addresses by hand instead of pasting them, so that no hidden characters slip in.",
            "In Outlook or a similar client, check the recipient fields for typos.",
            (
                "Switch the antivirus off briefly and see whether the error goes away; switch it "
                "back on afterwards."
            ),
            (
                "If you write your own client, send commands without extra arguments and encode "
                "AUTH data correctly in Base64."
            ),
        ),
    ),
    502: Text(
        title="Command not implemented",
        meaning=(
            "The server recognises the command but does not offer it, because it was either never "
            "built in or has since been switched off. The error is permanent for this server: "
            "reach your goal another way."
        ),
        causes=(
            "The server software knows the command but was never built to carry it out.",
            (
                "A security policy or the administrator has switched the command off, as is common "
                "for VRFY and EXPN."
            ),
            "The feature you want goes beyond what this server's basic setup provides.",
            "A very old server answers EHLO with 502 because it only knows HELO.",
        ),
        fixes=(
            "Check with your provider whether it supports the command you need at all.",
            "Look in the description of your plan to see whether the feature is part of it.",
            "Ask for another way to reach your goal without this command.",
            "If the reply was to EHLO, fall back to HELO.",
            "If you cannot do without the feature, move to an SMTP service that provides it.",
        ),
    ),
    503: Text(
        title="Bad sequence of commands",
        meaning=(
            "The command arrived at the wrong point in the dialogue, for example message data "
            "before a recipient, or mail before the required login. The error is permanent for "
            "this order of commands: fix the sequence or the settings, then try again."
        ),
        causes=(
            "The server requires authentication, but your client is not set up to log in.",
            "The client tried to send the message (DATA) before a recipient had been accepted.",
            "After a dropped connection, the client resumed the dialogue at the wrong point.",
            "The settings of your mail server or email client are wrong.",
            (
                "The provider expects you to fetch your mail before sending (POP before SMTP), and "
                "that has not happened."
            ),
            (
                "AUTH was sent twice or in the middle of a transaction, or the server had already "
                "refused service with a 554 greeting."
            ),
        ),
        fixes=(
            (
                "In your email client, turn on the option that your outgoing server (SMTP) "
                "requires authentication."
            ),
            "Confirm the server address, the port and the authentication method.",
            (
                "If you write your own scripts, send the commands in the order EHLO, AUTH, MAIL "
                "FROM, RCPT TO, DATA."
            ),
            "Disconnect from your VPN for one attempt; some VPNs upset the login.",
            "Fetch your mail once before sending if your provider works with POP before SMTP.",
        ),
    ),
    504: Text(
        title="Command parameter not implemented",
        meaning=(
            "The server understands the command but not one of its parameters, most often the "
            "authentication mechanism you asked for. The error is permanent with these settings: "
            "choose a parameter or mechanism the server supports."
        ),
        causes=(
            (
                "The login settings do not match the server, which shows up especially with "
                "servers that demand a login before any sending."
            ),
            (
                "The client uses an outdated authentication mechanism such as XOAUTH, which Google "
                "no longer accepts (504 5.7.4)."
            ),
            "An SSL/TLS setting causes long delays until the exchange times out.",
            "Large attachments are sent over an SSL connection, and the transfer breaks down.",
            "Commands reach the server in the wrong order, or parameters get lost on the way.",
            "The provider's server simply does not implement the requested function.",
        ),
        fixes=(
            "Go through the outgoing-server login options in your email client one by one.",
            (
                "Meet the server's security rules, such as an encrypted connection and an approved "
                "login method."
            ),
            (
                "Replace an outdated authentication mechanism with a current one that the server "
                "lists in its EHLO reply."
            ),
            "Send smaller attachments so that the transfer does not break off.",
            "Ask your provider for the list of parameters its server supports.",
        ),
    ),
    521: Text(
        title="Host does not accept mail",
        meaning=(
            "This host never accepts email; it answers every connection with 521 instead of a "
            "greeting (RFC 7504). The error is permanent: do not retry this host, and find the "
            "right destination instead."
        ),
        causes=(
            "The host is a dummy mail server that the domain owner set up only to turn mail away.",
            "The domain's MX records point to a host that is not meant to receive mail.",
        ),
        fixes=(
            "Do not retry delivery to this host.",
            (
                "Check the recipient's domain for a typo; if you run that domain, correct its MX "
                "records."
            ),
            (
                "Confirm the recipient's address by other means, and remove it from your lists if "
                "the domain takes no mail."
            ),
        ),
    ),
    523: Text(
        title="Encryption needed",
        meaning=(
            "The server requires a strong encryption layer before it allows the authentication "
            "mechanism you chose, typically one that sends the password in clear text. The error "
            "is permanent for an unencrypted session: switch on TLS or use a stronger mechanism."
        ),
        causes=(
            (
                "The client tried a clear-text mechanism such as PLAIN or LOGIN on an unencrypted "
                "connection."
            ),
            "The server's policy allows password logins only inside TLS.",
        ),
        fixes=(
            "Send STARTTLS, then EHLO again, and authenticate only after that.",
            (
                "As an alternative to STARTTLS, use port 465, where the session is encrypted from "
                "the start."
            ),
            (
                "Instead of adding encryption, you may choose a stronger mechanism that the server "
                "lists in its EHLO reply."
            ),
            "In your email client, set the connection security to STARTTLS or SSL/TLS.",
        ),
    ),
    525: Text(
        title="User account disabled",
        meaning=(
            "The login itself was correct, but the account has been disabled and may not send "
            "mail. The error lasts until the account is enabled again: contact its administrator "
            "instead of retrying."
        ),
        causes=(
            "The administrator disabled the account, for instance because of unpaid fees or abuse.",
            "The provider saw signs of a break-in attempt and locked the account for safety.",
        ),
        fixes=(
            "Stop retrying with this account.",
            (
                "Ask your provider or administrator why the account was disabled and how to have "
                "it re-enabled."
            ),
            (
                "If a break-in is suspected, change the password and check every device that uses "
                "the account."
            ),
            (
                "Until the account is active again, send through another account that is allowed "
                "to submit mail."
            ),
        ),
    ),
    530: Text(
        title="Authentication required",
        meaning=(
            "The server refuses to go on until you log in, or until you have switched on "
            "encryption with STARTTLS. The error is permanent for the session as it stands: secure "
            "the connection, authenticate, then send again."
        ),
        causes=(
            "Your email client is not configured to log in to the outgoing server.",
            (
                "The server only accepts mail from authenticated users, so that it cannot be "
                "misused as an open relay."
            ),
            (
                "The server requires TLS first; a text such as “Must issue a STARTTLS command "
                "first” says so."
            ),
            (
                "The client connected to port 25, although sending through this server needs port "
                "587 with a login."
            ),
        ),
        fixes=(
            "If the reply asks for STARTTLS, send STARTTLS and then EHLO again.",
            "Log in with AUTH before MAIL FROM.",
            (
                "In your email client, turn on the option that the outgoing server requires "
                "authentication, and enter your user name and password."
            ),
            "Use port 587 with STARTTLS, or port 465 with SSL/TLS, for sending.",
        ),
    ),
    534: Text(
        title="Authentication mechanism too weak",
        meaning=(
            "By the server's policy, the authentication mechanism you chose is too weak for this "
            "account. The error is permanent for that mechanism: log in again with a stronger one."
        ),
        causes=(
            "The client picked a simple mechanism although the account requires a stronger one.",
            (
                "The provider wants an app password or a browser sign-in (OAuth) instead of the "
                "normal account password, as some large mail services do."
            ),
        ),
        fixes=(
            (
                "Choose a stronger mechanism from the list in the server's EHLO reply and "
                "authenticate again."
            ),
            "Make sure the connection is encrypted with TLS before you log in.",
            (
                "If the provider asks for it, create an app password or set up your client for "
                "OAuth sign-in."
            ),
            "Update your email client if it does not offer the required mechanism.",
        ),
    ),
    535: Text(
        title="Authentication credentials invalid",
        meaning=(
            "The server rejected your login because the user name or password (or token) is wrong "
            "or not sufficient. The error is permanent for these credentials: correct them before "
            "the next attempt, since repeated failures can get the account locked."
        ),
        causes=(
            (
                "The user name or password is mistyped or out of date, for example after a "
                "password change."
            ),
            (
                "The server expects the full email address as user name, not just the part before "
                "the @."
            ),
            "The account uses two-factor authentication and needs an app password for SMTP.",
            (
                "The password contains characters that the client encodes differently from what "
                "the server expects."
            ),
            "The account has been locked after too many failed attempts.",
        ),
        fixes=(
            "Enter the user name and password again, carefully.",
            "Use your complete email address as the user name if your provider asks for it.",
            "Create an app password if your account has two-factor authentication turned on.",
            "Stop automatic retries so that the account does not get locked.",
            (
                "If you are unsure of the password, reset it with your provider and then update it "
                "in every client."
            ),
            "Ask your provider whether SMTP access is enabled for the account.",
        ),
    ),
    538: Text(
        title="Encryption required for authentication",
        meaning=(
            "The authentication mechanism you chose is only allowed over an encrypted connection. "
            "The error is permanent for an unencrypted session: start TLS first, then log in."
        ),
        causes=(
            "The client tried to log in before running STARTTLS.",
            (
                "The server permits this mechanism, usually a clear-text one such as PLAIN or "
                "LOGIN, only inside TLS."
            ),
        ),
        fixes=(
            "Send STARTTLS, repeat EHLO, and then authenticate.",
            "As an alternative to STARTTLS, use port 465, where TLS starts right away.",
            "Set the connection security in your email client to STARTTLS or SSL/TLS.",
        ),
    ),
    550: Text(
        title="Mailbox unavailable",
        meaning=(
            "The receiving server refuses the message for good: the mailbox does not exist, cannot "
            "be reached, or a policy blocks you. The error is permanent, so do not resend "
            "unchanged; correct the address or the cause first."
        ),
        causes=(
            "The address is misspelled or contains a typo.",
            "The recipient's account has since been shut down or deleted.",
            "The domain after the @ does not exist or is no longer in service.",
            (
                "The message or the sender breaks a server policy, or your address, domain or IP "
                "address has been blocked on purpose."
            ),
            "The server expects SMTP authentication, and you did not log in.",
            (
                "The SPF record of your sending domain is missing or does not cover the server you "
                "send from."
            ),
        ),
        fixes=(
            "Read the recipient address back character by character, dots and hyphens included.",
            "Ask the recipient, by phone for instance, for their valid address.",
            "Remove addresses that do not exist from your lists instead of retrying them.",
            (
                "Publish consistent SPF, DKIM and DMARC records for your domain so that receivers "
                "can check where your mail comes from."
            ),
            (
                "Turn on SMTP authentication in your email client (the option that your server "
                "requires authentication)."
            ),
            (
                "Check that your IP address is not on a blocklist, using a service such as "
                "talosintelligence.com."
            ),
        ),
    ),
    551: Text(
        title="User not local",
        meaning=(
            "The recipient has no mailbox on this server, and the server will not forward the "
            "message; the reply may name another address to try. The error is permanent for this "
            "route: confirm the correct address before you send again."
        ),
        causes=(
            "The server you reached keeps no mailbox for this recipient.",
            "There is no forwarding to the place where the mailbox now lives.",
            "The server refuses to relay to other hosts, as a protection against spam.",
            "The domain itself is fine, but the mailbox sits on a different system.",
        ),
        fixes=(
            "Ask the recipient directly which address reaches them.",
            "Check the address for typos.",
            "Find out whether the recipient's domain has since moved to another email provider.",
            "If the reply suggests a new address, use it only after the recipient confirms it.",
            (
                "If you run this server, allow relaying or forwarding for the address where that "
                "is intended."
            ),
        ),
    ),
    552: Text(
        title="Exceeded storage allocation",
        meaning=(
            "The server aborted the message because a storage limit was exceeded: the recipient's "
            "mailbox is full, or the message is too large. The error is permanent for the message "
            "as sent: make it smaller, or wait until the recipient has freed space. If the reply "
            "is about too many recipients, treat it as temporary."
        ),
        causes=(
            "The recipient's mailbox has used up its storage quota.",
            (
                "Message and attachments together exceed the server's size limit, which is often "
                "25 MB."
            ),
            (
                "An attachment has a file type the server does not permit, or there are more "
                "attachments than the set limit."
            ),
            "Individual header fields exceed the permitted length.",
            (
                "The message listed too many recipients; older servers use 552 where 452 is "
                "correct, and RFC 5321 says to handle this case as temporary."
            ),
        ),
        fixes=(
            (
                "Add up the text and all attachments to know the real size of the message; "
                "attachments grow by about a third in transit."
            ),
            (
                "Pack files into a compressed archive, or make them available through a transfer "
                "service such as WeTransfer."
            ),
            (
                "Put large files on your website or in cloud storage, and give only the link in "
                "the email."
            ),
            "Send bulky attachments in several parts, each in its own email.",
            (
                "Let the recipient know by other means that their mailbox is full and needs "
                "clearing out."
            ),
            "If the reply concerns too many recipients, send to the rest later in smaller batches.",
            "Set an automatic size limit in your sending system so that the error does not recur.",
        ),
    ),
    553: Text(
        title="Mailbox name not allowed",
        meaning=(
            "The server will not accept the address as given: it is malformed, or the server does "
            "not allow you to use it, often the sender address. The error is permanent: fix the "
            "address or your server settings before you try again."
        ),
        causes=(
            (
                "Your mail server has no PTR record (reverse DNS), and the receiving server "
                "rejects hosts without one."
            ),
            (
                "The address is badly formatted or contains special characters such as ñ or "
                "accented letters."
            ),
            (
                "SMTP authentication is off: the option that your server requires authentication "
                "is not ticked."
            ),
            (
                "The content of the message is formatted in a way the receiving server does not "
                "accept."
            ),
            (
                "Your domain is set up badly and cannot be validated; a reply such as “domain is "
                "not in my list of allowed rcpthosts” means the server neither hosts the recipient "
                "domain nor lets you relay to it."
            ),
            (
                "The address contains non-ASCII characters, but the server does not support "
                "internationalized addresses (SMTPUTF8)."
            ),
        ),
        fixes=(
            "In your email client, turn on the option that your server requires authentication.",
            "Use a real, existing sender address, spelled correctly.",
            (
                "Have your hosting or network provider set a PTR record that maps your mail "
                "server's IP address to its host name."
            ),
            "As a test, send a plain version of the message, as plain text if need be.",
            (
                "Check the server name, port and account in your SMTP settings, since only the "
                "right server with a login lets you deliver."
            ),
        ),
    ),
    554: Text(
        title="Transaction failed",
        meaning=(
            "The server rejected the whole transaction for good, often for policy reasons such as "
            "a blocklisted IP address or content judged to be spam. The error is permanent, so do "
            "not resend unchanged; sent as the greeting instead of 220, it means the server offers "
            "you no SMTP service at all."
        ),
        causes=(
            (
                "Your IP address is on a blocklist because mail servers flagged it as a source of "
                "spam; 554 5.7.1 often signals this or a spam-filter hit."
            ),
            "Certain words or the layout of the message make the spam filter fire.",
            (
                "The recipient addresses do not exist or contain typos, so no valid recipient is "
                "left when DATA is sent."
            ),
            "SMTP authentication is not switched on in your email client.",
            "DNS records that your email provider requires are missing.",
        ),
        fixes=(
            (
                "Before anything else, check with a tool such as MultiRBL or MXToolbox whether "
                "your IP address is on a blocklist, and request removal if it is."
            ),
            (
                "Remove phrases that trigger spam filters, for example “Congratulations”, “Buy "
                "now!” or “Special offer”."
            ),
            "Use plain HTML with few images and enough text.",
            "In your email client, turn on the option that your server requires authentication.",
            (
                "Publish SPF, DKIM and DMARC for your domain so that receivers recognise your mail "
                "as genuine."
            ),
            "Check the recipient addresses for typos.",
            (
                "Protect your account with strong passwords that you renew regularly, since a "
                "hijacked account sends spam in your name and ruins your sender reputation."
            ),
        ),
    ),
    555: Text(
        title="MAIL/RCPT parameters not recognized",
        meaning=(
            "The server does not know or support a parameter that was added to MAIL FROM or RCPT "
            "TO. The error is permanent with that parameter: send the command without it, or only "
            "with extensions the server offers."
        ),
        causes=(
            (
                "The client used an ESMTP parameter, such as SIZE, BODY=8BITMIME, SMTPUTF8 or the "
                "DSN options NOTIFY and RET, that the server did not advertise."
            ),
            (
                "The session began with HELO instead of EHLO, so no extensions are active, yet the "
                "client still sent parameters."
            ),
            "A parameter is misspelled or has an invalid value.",
        ),
        fixes=(
            "Read the server's EHLO reply, and send only parameters of the extensions it lists.",
            "Greet with EHLO rather than HELO when you need extensions.",
            "Remove the unsupported parameter and send again.",
            (
                "Update or reconfigure the sending software if it adds parameters regardless of "
                "what the server supports."
            ),
        ),
    ),
    556: Text(
        title="Domain does not accept mail",
        meaning=(
            "The recipient's domain has declared that it receives no email at all, usually with a "
            "null MX record (RFC 7505). The error is permanent: no retry will succeed, so get a "
            "different address."
        ),
        causes=(
            (
                "The domain publishes a null MX record, a single MX entry pointing to “.”, to "
                "state that it takes no mail."
            ),
            "The address uses a domain meant only for websites or other services, not for email.",
            (
                "The domain in the address is misspelled and happens to match a domain that "
                "accepts no mail."
            ),
        ),
        fixes=(
            "Do not retry; the message cannot be delivered to this domain.",
            "Check the domain part of the address for typos.",
            "Ask the recipient for an address at a domain that receives mail.",
            "Remove the address from your lists.",
        ),
    ),
    571: Text(
        title="Delivery not authorized",
        meaning=(
            "A non-standard code, used mainly by Microsoft Exchange/IIS and some filters, for a "
            "policy refusal: the server will not accept the message from you. Treat it as "
            "permanent and fix the cause instead of resending unchanged."
        ),
        causes=(
            (
                "You tried to relay mail through a server that does not allow it, for example "
                "without logging in (“Unable to relay”)."
            ),
            "Your IP address or domain is on a blocklist that the receiving server uses.",
            "A content or spam filter refused the message.",
            (
                "The recipient accepts mail only from certain senders, for example only from "
                "inside the organization."
            ),
            "Sender authentication checks such as SPF failed.",
        ),
        fixes=(
            "Log in to your outgoing server with SMTP authentication before sending.",
            (
                "Check whether your IP address or domain is on a blocklist, and request removal if "
                "it is."
            ),
            "Check that SPF, DKIM and DMARC are set up correctly for your domain.",
            (
                "Ask the recipient or their administrator whether they accept mail from your "
                "address or domain."
            ),
            "If you run the receiving server, review its relay and recipient restrictions.",
        ),
    ),
})
