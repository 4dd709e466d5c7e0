"""English explanations of enhanced status codes (RFC 3463, IANA registry) (data).

Keys are "subject.detail"; every sentence written for smtpcodes.
Codes and titles follow the IANA "SMTP Enhanced Status Codes" registry as it stood at X.7.30
(shared/docs/standards.md §2); the deprecated X.6.10 has no entry. Provider behaviour quoted in the
texts (Gmail, Microsoft 365, MTA queue lifetimes) is taken from the same notes, §1.3, §2.5 and §3.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from smtpcodes.texts._types import Text

if TYPE_CHECKING:
    from collections.abc import Mapping

ENHANCED: Final[Mapping[str, Text]] = MappingProxyType({
    "0.0": Text(
        title="Other undefined status",
        meaning="The server reported only the class of the outcome (success, temporary or permanent failure) and nothing more specific. The reply text is the only real information; many MTAs, Postfix among them, log 4.0.0 or 5.0.0 when the remote server sent a bare reply code without an enhanced code.",
        causes=(
            "The remote server does not send enhanced status codes, so the relaying MTA filled in the generic X.0.0.",
            "The server deliberately hides the exact reason, for example for a policy block or an unknown user.",
            "A spam filter, quota check or custom script refused the message with a generic code.",
        ),
        fixes=(
            "Read the full reply text; it usually names the real reason (unknown user, mailbox full, blocked, and so on).",
            "Decide by the basic reply code: retry after a 4xx reply, treat a 5xx reply as final unless the text says otherwise.",
            "If the text is not conclusive, check the receiving provider's bounce documentation or ask the recipient's postmaster.",
        ),
    ),
    "1.0": Text(
        title="Other address status",
        meaning="Something about an address, the sender's or a recipient's, caused the failure, but the server did not say which problem exactly.",
        causes=(
            "The address is unknown or invalid, but the server reports this only generically.",
            "The address was rewritten or aliased to a target address that failed.",
        ),
        fixes=(
            "Read the reply text to see which address was refused.",
            "Check the sender and recipient addresses for typos and for a domain that exists.",
            "Confirm the address with the recipient through another channel.",
        ),
    ),
    "1.1": Text(
        title="Bad destination mailbox address",
        meaning="The recipient's mailbox (the part left of the @) does not exist at the destination, although the domain itself is fine. As 5.1.1 it is the classic hard bounce 'user unknown'. A 4.1.1 means the server could not confirm the address at that moment, for example because its user directory was unreachable, and delivery will be retried.",
        causes=(
            "The address contains a typo (for example 'jonh' instead of 'john') or an outdated spelling.",
            "The mailbox was deleted, for example after the person left the company or closed the account.",
            "The address was never valid: invented or guessed, mistyped in a sign-up form by someone else, or taken from an old, purchased or scraped list.",
            "The receiving server's user directory is incomplete or temporarily unreachable (typical for 4.1.1 and for split delivery setups).",
        ),
        fixes=(
            "Check the address character by character against a trusted source.",
            "For 5.1.1, stop sending to the address and add it to your suppression list; repeated mail to unknown users damages your sender reputation.",
            "Confirm the correct address with the recipient through another channel (phone, website, a colleague).",
            "For 4.1.1, let your MTA retry; if the error persists for more than a day, treat it like 5.1.1.",
            "If you run the receiving server and the user exists, check aliases, virtual mailbox maps and the synchronisation with the directory (LDAP, Active Directory).",
        ),
    ),
    "1.2": Text(
        title="Bad destination system address",
        meaning="The recipient's domain (the part right of the @) does not exist or cannot accept mail: DNS has no record for it, or no mail server for it can be found. The registry intends this as a permanent error; a 4.1.2 usually signals a temporary DNS lookup failure.",
        causes=(
            "The domain is misspelled (for example 'gmial.com' or 'example.con').",
            "The domain has expired or was never registered.",
            "The domain exists but has neither MX nor A/AAAA records, or its DNS servers do not answer correctly.",
            "A temporary DNS failure on the sending or the receiving side (typical for 4.1.2).",
        ),
        fixes=(
            "Check the spelling of the domain and correct common typos.",
            "Look the domain up with 'dig MX domain' and 'dig A domain'; if neither returns a record, the address cannot receive mail.",
            "For 5.1.2, suppress the address until the recipient confirms a working domain.",
            "For 4.1.2, check your own DNS resolver and let the message be retried; if the domain's DNS stays broken, inform the recipient's administrator.",
            "If it is your own domain, renew it and publish correct MX records.",
        ),
    ),
    "1.3": Text(
        title="Bad destination mailbox address syntax",
        meaning="The recipient address is not a syntactically valid mail address, so the server cannot even look it up. Meant as a permanent error: the same address will be refused again.",
        causes=(
            "A missing or doubled @, spaces, commas, or characters that are not allowed in addresses.",
            "Quotes, angle brackets or a display name ended up inside the address, for example through copy and paste.",
            "Non-ASCII characters in the address while the server does not support SMTPUTF8.",
        ),
        fixes=(
            "Remove spaces, quotes, trailing dots and invisible characters from the address.",
            "Make sure your software sends exactly one address per command, in the form RCPT TO:<local@domain>.",
            "Validate addresses when you collect them and reject malformed ones.",
        ),
    ),
    "1.4": Text(
        title="Destination mailbox address ambiguous",
        meaning="The address matches more than one recipient at the destination, for example because the server maps names to mailboxes heuristically, so it does not know where to deliver.",
        causes=(
            "The local part is a name or abbreviation that fits several people (for example 'j.smith' where two John Smiths work).",
        ),
        fixes=(
            "Use the recipient's full, unique address.",
            "Ask the recipient or the destination's administrator for the exact address.",
        ),
    ),
    "1.5": Text(
        title="Destination address valid",
        meaning="A positive status: the server confirms that the recipient address is valid. It appears in success replies (for example 250 2.1.5 to RCPT TO) and in delivery status notifications, not in failures.",
        causes=(
            "The server accepted the recipient address.",
        ),
        fixes=(
            "No action is needed; if this code comes with a 4xx or 5xx reply, the real problem is described in the rest of the reply text.",
        ),
    ),
    "1.6": Text(
        title="Destination mailbox has moved, no forwarding address",
        meaning="The address used to be valid but no longer accepts mail, and the server knows no new address to forward to. Permanent.",
        causes=(
            "The person changed employer, name or provider, and the old address was closed.",
            "The organisation moved to a new domain without setting up forwarding.",
        ),
        fixes=(
            "Suppress or remove the old address.",
            "Find the new address through another channel and update your records.",
        ),
    ),
    "1.7": Text(
        title="Bad sender's mailbox address syntax",
        meaning="The sender address given in MAIL FROM (the envelope sender, also called Return-Path) is not syntactically valid.",
        causes=(
            "The application builds the envelope sender incorrectly, for example with a display name, spaces or without a domain.",
            "A bare local user name such as 'www-data' without a domain is used as sender, typical for scripts on web servers.",
        ),
        fixes=(
            "Check the MAIL FROM line in the SMTP log and compare it with the form MAIL FROM:<sender@example.com>.",
            "Set a complete, valid envelope sender such as bounces@example.com in your application or MTA.",
            "On Unix hosts, configure the mail program (sendmail -f, Postfix myorigin) so that local users get a proper domain.",
        ),
    ),
    "1.8": Text(
        title="Bad sender's system address",
        meaning="The domain of the sender address does not exist or cannot receive mail, so the receiver could never return a bounce to it and refuses the message. A 4.1.8 usually means the sender domain could not be resolved at that moment.",
        causes=(
            "The envelope sender uses an unregistered, expired or internal domain (for example example.local or localhost).",
            "The sender domain has no MX and no A record.",
            "A temporary DNS failure while the receiver checked the sender domain (4.1.8).",
        ),
        fixes=(
            "Use an envelope sender in a public domain that you control.",
            "Publish MX (or at least A) records for the sender domain and verify them with dig.",
            "If the domain is correct and the code is 4.1.8, check that the domain's DNS servers answer, and let the message be retried.",
        ),
    ),
    "1.9": Text(
        title="Message relayed to non-compliant mailer",
        meaning="The address was valid and the message was passed on, but to a system that cannot report any further delivery status. It is a status note in delivery reports rather than a failure.",
        causes=(
            "The message was handed to a gateway or an older system without support for delivery status notifications.",
        ),
        fixes=(
            "Do not expect further delivery notifications; confirm receipt with the recipient if it matters.",
        ),
    ),
    "1.10": Text(
        title="Recipient address has null MX",
        meaning="The recipient's domain publishes a 'null MX' record (MX 0 .), declaring that it accepts no mail at all (RFC 7505). The sending side usually reports this with 556; resending cannot succeed while the record exists.",
        causes=(
            "The domain is only used for a website or is parked, and deliberately accepts no mail.",
            "The address uses a web host name instead of the mail domain (for example www.example.com instead of example.com).",
            "The organisation shut down mail for this domain or moved to another domain.",
            "A typo happens to hit a real domain that publishes a null MX.",
        ),
        fixes=(
            "Check the domain with 'dig MX domain'; a single record '0 .' confirms the null MX.",
            "Correct the address if the domain was a typo or a web host name.",
            "Suppress the address; it cannot receive mail while the null MX is published.",
            "If the domain is yours and should receive mail, replace the null MX with real MX records.",
        ),
    ),
    "2.0": Text(
        title="Other or undefined mailbox status",
        meaning="The mailbox exists, but something about it caused the failure; the server did not say what.",
        causes=(
            "A mailbox problem that the server reports only generically, for example a locked or misconfigured mailbox.",
            "A filter or rule of this mailbox refused the message.",
        ),
        fixes=(
            "Read the reply text for the actual reason.",
            "After a 4xx reply let the message be retried; after a 5xx reply inform the recipient through another channel.",
        ),
    ),
    "2.1": Text(
        title="Mailbox disabled, not accepting messages",
        meaning="The mailbox exists but does not accept messages. As 5.2.1 it is usually disabled for good (deactivated, suspended, or unused for too long); as 4.2.1 the block is temporary, for example during a migration or because the recipient receives too much mail at once.",
        causes=(
            "The account was deactivated or suspended, for example after the person left or because of abuse.",
            "The mailbox has not been used for a long time and the provider disabled it (common with free mail providers).",
            "The account is being migrated or is locked for maintenance (4.2.1).",
            "The provider limits how fast the mailbox may receive; Gmail uses 4.2.1 when a user is 'receiving mail at a rate that prevents additional messages from being delivered'.",
        ),
        fixes=(
            "For 5.2.1, suppress the address as for an unknown user: a hard bounce, after its first or second occurrence.",
            "For 4.2.1, let your MTA retry with increasing intervals and slow down sending to this recipient.",
            "Contact the recipient through another channel and ask for a current address.",
            "If it is your own mailbox, ask your administrator to re-enable the account.",
        ),
    ),
    "2.2": Text(
        title="Mailbox full",
        meaning="The recipient's mailbox has reached its storage quota. The registry intends this as a persistent transient error (the recipient can free space), yet servers send it both as 452 4.2.2 and as 552 5.2.2. Most senders and email services retry even the 5.2.2 form for a while; only repeated failures over days make it a hard bounce.",
        causes=(
            "The recipient does not delete or archive mail and has used up the quota.",
            "The mailbox is abandoned and fills up with unread mail, a likely sign that the address is dead.",
            "A large attachment would push the mailbox over its remaining space.",
            "A folder or shared-mailbox limit is reached even though the main mailbox still has space.",
        ),
        fixes=(
            "Let your MTA retry; most quota problems clear within hours or days.",
            "Treat the address as a soft bounce and suppress it only after repeated mailbox-full bounces over several days or campaigns.",
            "Tell the recipient through another channel that their mailbox is full.",
            "Send smaller messages: link to large files instead of attaching them.",
            "If it is your own mailbox, delete or archive old mail, empty the trash, or ask for a larger quota.",
        ),
    ),
    "2.3": Text(
        title="Message length exceeds administrative limit",
        meaning="The message is larger than the size limit set for this particular mailbox, which can be lower than the server's overall limit. Permanent: the same message will be refused again.",
        causes=(
            "Large attachments exceed the recipient's per-mailbox size limit.",
            "Encoding inflates the size: Base64 adds about a third to every attachment.",
        ),
        fixes=(
            "Reduce the message size: compress attachments, images and documents, or save them in a smaller format.",
            "Share large files through a download link instead of an attachment.",
            "Ask the recipient's administrator about the size limit of this mailbox.",
        ),
    ),
    "2.4": Text(
        title="Mailing list expansion problem",
        meaning="The recipient address is a mailing list or distribution group that could not be expanded into its members. The error can be temporary or permanent.",
        causes=(
            "The list server or the directory that holds the members is unavailable (transient).",
            "The list is misconfigured or empty, or one of its members points back to the list.",
        ),
        fixes=(
            "For 4.2.4, let the message be retried.",
            "For 5.2.4, inform the list owner or administrator and include the complete bounce text.",
            "If the message is urgent, send it to the individual recipients in the meantime.",
        ),
    ),
    "3.0": Text(
        title="Other or undefined mail system status",
        meaning="The destination normally accepts mail, but a problem in the receiving mail system itself caused the reply, without details. The code comes with many reply codes, from 221 and 421/451 for temporary conditions to 550/554 for permanent ones.",
        causes=(
            "An internal error on the receiving server, such as a crashed filter or a database or storage problem.",
            "A spam or virus scanner failed, or refused the message without a specific code.",
            "The server is closing the connection (221 or 421 with 4.3.0), for example during a restart.",
        ),
        fixes=(
            "After a 4xx reply, let the message be retried; these errors usually clear on their own.",
            "After a 5xx reply, read the reply text; if it names a content or policy reason, fix that first.",
            "If the error persists, contact the recipient's postmaster with the time, your sending IP and the full reply.",
        ),
    ),
    "3.1": Text(
        title="Mail system full",
        meaning="The receiving system has run out of storage (disk or queue space) for all users, not just for one mailbox. Only the destination's administrator can fix it; the code is meant to be transient.",
        causes=(
            "The server's disk or spool partition is full.",
            "The queue is overloaded after an outage or a flood of mail.",
        ),
        fixes=(
            "Let your MTA retry; do not treat this as a bounce of the address.",
            "If it lasts longer than a day, inform the recipient's administrator.",
            "If it is your server, free disk space (logs, queue, quarantine) and set up disk monitoring.",
        ),
    ),
    "3.2": Text(
        title="System not accepting network messages",
        meaning="The destination host does not accept messages, either for now (shutdown, overload, maintenance) or at all (with 521, a host that never takes mail). The code can be transient or permanent.",
        causes=(
            "The server is in maintenance, restarting or overloaded (4.3.2).",
            "The host is a dummy MX or is configured never to accept mail (521 5.3.2).",
            "The server accepts only locally submitted mail, not mail from the network.",
        ),
        fixes=(
            "For 4.3.2, let your MTA retry later.",
            "For 5.3.2, check that the domain's MX records point to the right servers.",
            "If it persists, ask the recipient's administrator whether the mail server is in service.",
        ),
    ),
    "3.3": Text(
        title="System not capable of selected features",
        meaning="The destination does not support a feature the message requires, for example a gateway that cannot map the message onto another mail system.",
        causes=(
            "The message uses an extension or delivery option (such as DSN, 8BITMIME or SMTPUTF8) that the next system cannot honour.",
            "A gateway to another messaging system cannot convert the requested features.",
        ),
        fixes=(
            "Send the message without the special option (plain MIME, no special delivery requests).",
            "Ask the recipient's administrator which features the system supports.",
        ),
    ),
    "3.4": Text(
        title="Message too big for system",
        meaning="The message is larger than the maximum size the receiving system accepts at all, often announced as SIZE in its EHLO reply. Permanent: the same message will keep failing, whatever the recipient does.",
        causes=(
            "Attachments push the message over the size limit the receiver allows; common limits lie between 10 and 50 MB, Gmail's at 25 MB.",
            "Base64 encoding makes attachments about a third larger than the files on disk, so a file just under the limit still fails.",
            "Your own outgoing server or a relay on the way has a lower limit than the final destination.",
            "Embedded images or a long quoted thread make the message much larger than expected.",
        ),
        fixes=(
            "Find the limit: connect to the server and read the SIZE value in its EHLO reply, or check the provider's documentation.",
            "Compress attachments or reduce the resolution of images, then send again.",
            "Share large files through a download link or file-sharing service instead of attaching them.",
            "Split the content into several smaller messages if links are not an option.",
            "If it is your server, raise the limit (for example Postfix message_size_limit) consistently on every hop.",
        ),
    ),
    "3.5": Text(
        title="System incorrectly configured",
        meaning="The destination system's configuration prevents it from accepting the message; the fault lies with the receiving side, not with the message.",
        causes=(
            "A wrong routing, alias or relay setting on the receiving server.",
            "A broken content filter or a missing component after an update.",
            "The MX record points to a server that is not set up for the domain.",
        ),
        fixes=(
            "Inform the recipient's administrator and include the full reply and the time.",
            "After a 4xx reply, let the message be retried until the configuration is fixed.",
            "If it is your server, check the mail log for configuration errors and test a local delivery.",
        ),
    ),
    "3.6": Text(
        title="Requested priority was changed",
        meaning="The message was accepted, but not with the priority the sender requested (MT-PRIORITY, RFC 6710); the reply text gives the priority actually used. This is a success notice.",
        causes=(
            "The server's policy does not allow the requested priority for this sender.",
        ),
        fixes=(
            "No action is needed; if the priority matters, ask the server operator which priorities you may use.",
        ),
    ),
    "4.0": Text(
        title="Other or undefined network or routing status",
        meaning="A network or routing problem prevented delivery, without a more specific reason. It is common in bounces that the sending MTA generates itself after connection problems.",
        causes=(
            "The destination was unreachable for a reason the MTA could not classify.",
            "DNS, firewall or routing problems between the sending and the receiving server.",
        ),
        fixes=(
            "Let the message be retried; most network problems are temporary.",
            "Test connectivity from the sending host: resolve the MX record and connect to port 25.",
            "For 5.4.0, check the destination domain's MX records and your own routing configuration.",
        ),
    ),
    "4.1": Text(
        title="No answer from host",
        meaning="The sending server could not get an answer from the destination host: the connection attempt timed out or was refused. Meant as transient. Important exception: Microsoft 365 answers '550 5.4.1 Recipient address rejected: Access denied' when Directory-Based Edge Blocking (DBEB) finds no such recipient; that reply means the address does not exist.",
        causes=(
            "The receiving server is down, overloaded, or behind a firewall that drops connections.",
            "Outgoing port 25 is blocked on the sending network (common on home and cloud connections).",
            "The MX record points to a wrong or outdated IP address.",
            "With Microsoft 365's 5.4.1 'Access denied': the recipient is not in the organisation's directory.",
        ),
        fixes=(
            "For 4.4.1, let your MTA retry; short outages clear on their own.",
            "Test from the sending host with 'nc -v mx-host 25' or telnet whether a connection opens.",
            "Ask your provider whether outgoing port 25 is blocked, and send through a relay (smarthost) if it is.",
            "For Microsoft's '5.4.1 Recipient address rejected: Access denied', treat the address as unknown: correct or suppress it.",
        ),
    ),
    "4.2": Text(
        title="Bad connection",
        meaning="A connection to the destination was established, but the transaction could not be completed because the connection was dropped or timed out. Transient only.",
        causes=(
            "An unstable network, packet loss or an MTU problem between the servers.",
            "The receiving server closed the connection, for example because of overload, a timeout or a rate limit.",
            "A firewall or TLS inspection device interrupts longer SMTP sessions.",
        ),
        fixes=(
            "Let the message be retried.",
            "Check in the sending log at which point the session broke off (during TLS, after DATA, and so on).",
            "If it keeps happening with one destination, reduce the parallel connections and the messages per connection to it.",
        ),
    ),
    "4.3": Text(
        title="Directory server failure",
        meaning="A directory server needed for delivery, usually DNS, could not be reached or answered with an error. Transient only; it does not mean that the address is wrong.",
        causes=(
            "The sending server's DNS resolver is unreachable, overloaded or misconfigured.",
            "The authoritative DNS servers of the recipient domain time out or answer SERVFAIL.",
            "An LDAP or user directory on the receiving side is down.",
            "An SPF check ran into a temporary DNS error; servers older than RFC 7372 report SPF temperror as 4.4.3.",
        ),
        fixes=(
            "Let the message be retried.",
            "Test the resolver on the sending host with 'dig MX recipient-domain'.",
            "Run a reliable local caching resolver on your mail server.",
            "If the recipient domain's DNS is broken, inform its administrator.",
        ),
    ),
    "4.4": Text(
        title="Unable to route",
        meaning="The sending system could not determine the next hop for the message, for example because DNS returned no usable MX or address records. The code can be transient or permanent.",
        causes=(
            "The recipient domain has no MX and no A/AAAA records, or its MX host names do not resolve.",
            "The MX points to an unusable address (for example 127.0.0.1) or to a name without records.",
            "A transport or relay setting on the sending side routes the domain to a destination that does not exist.",
        ),
        fixes=(
            "Check the domain with 'dig MX domain' and resolve each MX host name.",
            "For 4.4.4, let the message be retried; the DNS may be in the middle of a change.",
            "For 5.4.4, correct the address or ask the recipient domain's administrator to fix the MX records.",
            "If it is your server, check transport maps and relay host settings.",
        ),
    ),
    "4.5": Text(
        title="Mail system congestion",
        meaning="The mail system is congested and cannot accept or pass on the message right now. Transient only.",
        causes=(
            "The receiving server limits concurrent connections or messages and has reached its limit.",
            "Your queue or the destination's queue is overloaded, for example after an outage.",
        ),
        fixes=(
            "Let the message be retried later.",
            "Reduce the sending rate and the number of parallel connections to this destination.",
        ),
    ),
    "4.6": Text(
        title="Routing loop detected",
        meaning="The message was passed on too many times (too many Received header fields), which points to a routing or forwarding loop. The registry calls the code transient, but the loop persists until the configuration is fixed.",
        causes=(
            "Two servers each consider the other responsible for the domain (for example the MX points back to the sending server).",
            "Forwarding rules between mailboxes, or an MX pointing back to the sender, send the message back and forth in a mail loop.",
            "A server is listed as MX for a domain that it does not treat as local.",
        ),
        fixes=(
            "Read the Received header fields in the bounce to see which servers pass the message in a circle.",
            "Fix the MX, relay or forwarding configuration so that one server accepts the domain as final destination.",
            "Remove circular forwarding rules between mailboxes.",
        ),
    ),
    "4.7": Text(
        title="Delivery time expired",
        meaning="The message stayed in the queue longer than allowed and was given up, or an expiry time set by the sender passed. Typical limits: Postfix and Sendmail 5 days, Exim about 4 days, Exchange Server 2 days, Exchange Online 24 hours (reported as 5.4.316). The code itself is not the cause: the last temporary error before expiry, usually quoted in the bounce, is the real reason.",
        causes=(
            "The destination was unreachable for days: server down, DNS broken, or connections timing out.",
            "The receiver kept deferring the message, for example with greylisting or a temporary block (4.7.1) or a rate limit (such as Gmail's 4.7.28).",
            "The sender or sending service set a short lifetime (some email services retry for only a few hours).",
            "Your own queue was stuck, so the message was too old before it was even tried.",
        ),
        fixes=(
            "Find the last temporary error before expiry in the bounce or the mail log, and handle the case according to that error.",
            "If it was a connection timeout or DNS failure, test the destination's MX records and port 25 from your server.",
            "If it was a rate limit or reputation block, slow down, fix SPF, DKIM and DMARC, and check blocklists.",
            "Once the cause is fixed or the destination is back, resend the message; the expired copy will not be delivered.",
            "Do not suppress the address because of X.4.7 alone; it says nothing about the mailbox.",
        ),
    ),
    "5.0": Text(
        title="Other or undefined protocol status",
        meaning="A problem in the SMTP dialogue itself that fits no more specific code. The registry pairs it with many reply codes, from 250 to 554, so the reply code and the text decide what it means: a 4xx is a temporary protocol problem, a 5xx a refusal of the command or the transaction.",
        causes=(
            "The client sent commands in an unexpected order, or several at once to a server that does not support PIPELINING.",
            "Client and server implementations disagree, for example on TLS, PIPELINING or BDAT/CHUNKING handling.",
            "The server refuses the transaction for a reason it does not disclose and uses the generic protocol code.",
            "The connection broke off while the reply was being read, and the local MTA recorded a protocol error.",
        ),
        fixes=(
            "Read the full reply and the SMTP log to see which command received the error.",
            "After a 4xx reply, let the message be retried.",
            "Test the session by hand (for example 'openssl s_client -starttls smtp -connect host:25') and compare it with RFC 5321.",
            "Update the sending library or MTA, or switch off optional extensions such as PIPELINING or CHUNKING if the error only occurs with them.",
        ),
    ),
    "5.1": Text(
        title="Invalid command",
        meaning="The server did not accept a command: it is unknown, not supported, or sent at the wrong point in the session (for example RCPT before MAIL, or DATA without an accepted recipient). Permanent for this command; the client must change what it sends.",
        causes=(
            "Commands in the wrong order, for example MAIL FROM before EHLO, or DATA after every recipient was refused.",
            "The client uses an extension the server did not announce (AUTH without EHLO, BDAT without CHUNKING, a second STARTTLS).",
            "The server requires authentication first; Gmail's submission server answers '530 5.5.1 Authentication Required'.",
            "Something other than a mail client talks to the mail port, for example a script or an HTTP request to port 25.",
        ),
        fixes=(
            "Look in the SMTP log for the refused command and the commands before it.",
            "Send EHLO first and use only the extensions the server lists in its EHLO reply.",
            "If the server asks for authentication, start TLS (STARTTLS on port 587 or implicit TLS on port 465) and log in with AUTH before MAIL FROM.",
            "Make sure your client does not send DATA when every RCPT TO was refused.",
            "Update or fix the client library if it breaks the command order.",
        ),
    ),
    "5.2": Text(
        title="Syntax error",
        meaning="The server could not interpret a command at all because its syntax is wrong. Permanent: the same command will be refused again.",
        causes=(
            "A malformed MAIL FROM or RCPT TO, for example without angle brackets or with extra text after the address.",
            "Lines ended with a bare LF instead of CRLF, or a command line longer than the allowed 512 characters.",
            "Non-ASCII or binary data in a command line.",
            "A hand-written SMTP client that builds commands incorrectly.",
        ),
        fixes=(
            "Compare the refused command in the log with the RFC 5321 syntax, for example MAIL FROM:<sender@example.com>.",
            "End every line with CRLF and keep command lines short.",
            "Use an established SMTP library instead of writing commands by hand.",
            "Send non-ASCII addresses only if the server announces SMTPUTF8.",
        ),
    ),
    "5.3": Text(
        title="Too many recipients",
        meaning="The message had more recipients than the server accepts in one transaction. The standard reply is 452 4.5.3: the client delivers to the recipients already accepted and sends to the rest in a further transaction. Servers must accept at least 100 recipients per message, and a 552 in this situation should be treated as temporary.",
        causes=(
            "The client sent more RCPT TO commands than the server's per-message limit.",
            "The provider's policy limits recipients per message or per time period, for example for free or new accounts.",
            "A newsletter or circular is sent as one message to all addresses instead of in batches.",
        ),
        fixes=(
            "Complete the transaction for the recipients already accepted, then send to the rest in further transactions.",
            "Split large recipient lists into batches of at most 100, or of the provider's documented limit.",
            "For newsletters, use a list server or an email service that sends one message per recipient.",
            "If it is your server, raise the limit (for example Postfix smtpd_recipient_limit) only if your policy allows it.",
        ),
    ),
    "5.4": Text(
        title="Invalid command arguments",
        meaning="The command is valid, but one of its arguments is wrong or not supported, for example an unknown MAIL FROM parameter or an AUTH mechanism the server does not offer. Normally permanent.",
        causes=(
            "An ESMTP parameter the server did not announce, such as SMTPUTF8, BODY=8BITMIME or REQUIRETLS on a server without the extension.",
            "An AUTH mechanism the server does not offer, or a malformed Base64 argument.",
            "An address argument in a form the server does not accept, for example a source route or an IP address literal.",
        ),
        fixes=(
            "Look up the refused command and its parameters in the SMTP log.",
            "Use only parameters and AUTH mechanisms that the server lists in its EHLO reply.",
            "Correct the client configuration, for example the authentication method or the 8-bit and UTF-8 options.",
            "Update the client library if it sends parameters without checking the EHLO reply.",
        ),
    ),
    "5.5": Text(
        title="Wrong protocol version",
        meaning="Client and server use protocol versions or variants that do not fit together, and the mismatch cannot be resolved.",
        causes=(
            "The client talks to the wrong service, for example an LMTP client to an SMTP-only port or the other way round.",
        ),
        fixes=(
            "Check that the client connects to the intended service and port and speaks the protocol that service expects.",
        ),
    ),
    "5.6": Text(
        title="Authentication exchange line is too long",
        meaning="During AUTH, a line sent by the client was longer than the server's buffer for that mechanism (RFC 4954). Can be transient or permanent; usually a very long token is the cause.",
        causes=(
            "An OAuth 2.0 token (XOAUTH2 or OAUTHBEARER) sent as initial response on the AUTH line is longer than the server accepts.",
            "A Base64 response contains line breaks or was encoded twice.",
        ),
        fixes=(
            "Send the credentials as a separate line after the server's 334 prompt instead of as an initial response on the AUTH line.",
            "Check that the client encodes the AUTH response once, as a single Base64 line.",
            "If you run the server, raise its line length limit for AUTH.",
        ),
    ),
    "6.0": Text(
        title="Other or undefined media error",
        meaning="Something about the message content or its format caused the problem, without a more specific reason.",
        causes=(
            "A malformed MIME structure or header, for example duplicate header fields, broken boundaries or invalid encoding.",
            "An attachment type that the receiver refuses.",
            "A content filter refused the message without a specific code.",
        ),
        fixes=(
            "Read the reply text for the part of the message that was refused.",
            "Build the message with a standard mail library and fix broken header fields or MIME parts.",
            "Remove the refused attachment or share the file through a link, then resend.",
        ),
    ),
    "6.1": Text(
        title="Media not supported",
        meaning="The message contains a media type or content format that the delivery protocol or the next system does not support. Permanent.",
        causes=(
            "An attachment or content type the receiving system cannot handle or refuses by policy.",
            "8-bit or binary content sent to a system that supports only 7-bit.",
        ),
        fixes=(
            "Send the content in a widely supported format, for example PDF instead of a special format.",
            "Let the sending library encode non-ASCII content as quoted-printable or Base64.",
        ),
    ),
    "6.2": Text(
        title="Conversion required and prohibited",
        meaning="The message would have to be converted to be delivered, but conversion is forbidden by the sender's request or by policy, for example because a signed message must not be altered.",
        causes=(
            "The message is 8-bit, the next server accepts only 7-bit, and conversion would break a signature or was forbidden.",
        ),
        fixes=(
            "Send the message in 7-bit-safe encoding (quoted-printable or Base64) so that no conversion is needed.",
            "Check sending options that forbid conversion and relax them where acceptable.",
        ),
    ),
    "6.3": Text(
        title="Conversion required but not supported",
        meaning="The message must be converted for the next hop (for example from 8-bit to 7-bit), but the system cannot perform that conversion, so the message cannot be delivered.",
        causes=(
            "8-bit or SMTPUTF8 content has to pass a server that supports neither, and the relay cannot downgrade it.",
            "A gateway has no converter for the message's format.",
        ),
        fixes=(
            "Encode the message as 7-bit before sending: quoted-printable or Base64 for bodies, RFC 2047 encoded words for header fields.",
            "Avoid non-ASCII addresses when the path does not support SMTPUTF8.",
        ),
    ),
    "6.4": Text(
        title="Conversion with loss performed",
        meaning="The message was delivered, but a conversion on the way lost information such as formatting or characters. As a failure it means that a lossy conversion was needed but forbidden.",
        causes=(
            "A gateway converted the content into a simpler format.",
        ),
        fixes=(
            "Check with the recipient that the message is readable; if not, send a simpler version or the content as an attachment.",
        ),
    ),
    "6.5": Text(
        title="Conversion failed",
        meaning="A conversion required for delivery failed. The error can be temporary (converter unavailable) or permanent (content cannot be converted).",
        causes=(
            "Broken or inconsistent encoding in the message, for example invalid Base64 or a wrong character set.",
            "The converter on the receiving side is unavailable or crashed.",
        ),
        fixes=(
            "After a 4xx reply, let the message be retried.",
            "After a 5xx reply, create the message again with a standard library and clean encoding, then resend.",
        ),
    ),
    "6.6": Text(
        title="Message content not available",
        meaning="The server was supposed to fetch the message content from another system (BURL, RFC 4468) but could not retrieve it.",
        causes=(
            "The URL given with BURL points to an IMAP message that no longer exists or is not accessible.",
        ),
        fixes=(
            "Send the message with DATA instead of BURL, or make sure the referenced message is still on the IMAP server.",
        ),
    ),
    "6.7": Text(
        title="Non-ASCII addresses not permitted for that sender/recipient",
        meaning="An address in MAIL FROM or RCPT TO contains non-ASCII characters (for example umlauts in the local part), which are not allowed for this sender or recipient.",
        causes=(
            "An internationalised address such as jörg@example.de was sent to a server that does not support or allow it for this mailbox.",
            "The client did not use the SMTPUTF8 parameter although the address needs it.",
        ),
        fixes=(
            "Use an ASCII alternative address of the recipient, if one exists.",
            "Send with the SMTPUTF8 parameter to servers that announce it.",
            "Write an internationalised domain as Punycode (xn--…) if only the domain contains non-ASCII characters.",
        ),
    ),
    "6.8": Text(
        title="UTF-8 string reply is required, but not permitted by the SMTP client",
        meaning="The server would have to answer with a UTF-8 string, for example a mailbox name in a VRFY or EXPN reply, but the client did not allow UTF-8 replies.",
        causes=(
            "The client asked about an internationalised mailbox without announcing SMTPUTF8 support.",
        ),
        fixes=(
            "Repeat the command with the SMTPUTF8 option, or use a client that supports it.",
        ),
    ),
    "6.9": Text(
        title="UTF-8 header message cannot be transferred to one or more recipients",
        meaning="The message has UTF-8 header fields (SMTPUTF8), and at least one recipient's system cannot accept them, so the message is refused after the end of the data. The registry pairs the code with 550, RFC 6531 with 554.",
        causes=(
            "Header fields contain non-ASCII text or addresses, and the next hop for a recipient does not support SMTPUTF8.",
        ),
        fixes=(
            "Send with ASCII-only header fields: encode names and subjects per RFC 2047 and use ASCII addresses.",
            "Send separately to the recipients whose servers do not support SMTPUTF8.",
        ),
    ),
    "7.0": Text(
        title="Other or undefined security status",
        meaning="A security or policy problem that the server does not describe further, sometimes on purpose. It covers many situations: TLS or authentication required, a spam or security filter, a sending quota, or a temporary block such as Gmail's '421 4.7.0 Try again later, closing connection'. The reply text is decisive.",
        causes=(
            "The server requires TLS or authentication before this command, for example '530 5.7.0 Must issue a STARTTLS command first'.",
            "The message or the sending IP was refused by a spam, malware or reputation filter that does not disclose its reason.",
            "A sending quota or rate limit was exceeded; some providers answer with 5.7.0 even though the limit resets later.",
            "A temporary security block on the receiving side, such as Gmail's 421 4.7.0 for suspicious traffic or TLS problems.",
        ),
        fixes=(
            "Read the full reply text and follow any help link it contains.",
            "Enable STARTTLS (or implicit TLS on port 465) and SMTP authentication in the sending client.",
            "Check SPF, DKIM and DMARC for your domain, and look up your sending IP on common blocklists.",
            "If the text mentions a limit, slow down and try again later instead of treating the message as permanently failed.",
            "If the problem persists, contact the receiving postmaster with the full reply, the time and your sending IP.",
        ),
    ),
    "7.1": Text(
        title="Delivery not authorized, message refused",
        meaning="The sender is not allowed to deliver this message to this recipient. The registry intends the code as permanent, but in practice it is heavily overloaded: 5.7.1 covers relay denied, blocklisted IPs, recipients that accept only certain senders, and spam rejections such as Gmail's 'likely unsolicited mail'. 4.7.1 is the usual greylisting reply and is also used for temporary reputation blocks.",
        causes=(
            "Relaying denied: the server does not accept mail for the recipient's domain from you, typically because you did not authenticate.",
            "Your sending IP or domain is on a blocklist (Spamhaus, Barracuda and others) or has a poor reputation with the receiver.",
            "Content or spam filtering, such as Gmail's 550 5.7.1 'likely unsolicited mail', or a recipient that accepts mail only from certain senders (internal-only addresses, restricted groups).",
            "Greylisting or a temporary reputation block with 4.7.1: the receiver asks you to try again later.",
        ),
        fixes=(
            "For 4.7.1, let your MTA retry; greylisting lets the message through on a retry after a few minutes.",
            "For 'Relay access denied', authenticate to your outgoing server (SMTP AUTH on port 587 or 465) or send through the server responsible for your domain.",
            "Look up your sending IP and domain on blocklists (for example with MXToolbox or the Spamhaus lookup) and request delisting after fixing the cause.",
            "Set up SPF, DKIM and DMARC, and review the refused message's content (links, attachments, spam-like wording).",
            "If the recipient accepts only approved senders, ask the recipient or their administrator to allow your address.",
        ),
    ),
    "7.2": Text(
        title="Mailing list expansion prohibited",
        meaning="The recipient is a mailing list or distribution group, and the sender is not allowed to send to it. Permanent.",
        causes=(
            "The list accepts posts only from members or moderators.",
            "A distribution group (for example in Exchange or Microsoft 365) accepts only internal or authenticated senders.",
        ),
        fixes=(
            "Send from the address that is subscribed to the list.",
            "Ask the list owner to allow your address or to accept external senders.",
        ),
    ),
    "7.3": Text(
        title="Security conversion required but not possible",
        meaning="Delivery would require converting between two secure messaging formats, for example different encryption standards, and that is not possible. Permanent.",
        causes=(
            "The message is encrypted or signed in a format the destination can neither handle nor convert (for example S/MIME versus OpenPGP).",
        ),
        fixes=(
            "Agree on an encryption method with the recipient.",
            "Send the message in a format the recipient supports, or unencrypted if that is permitted.",
        ),
    ),
    "7.4": Text(
        title="Security features not supported",
        meaning="A requested security feature, for example a secure authentication method, is not supported by the delivery protocol or the server. Permanent.",
        causes=(
            "The client requests an AUTH mechanism or security option the server does not offer (504 5.7.4).",
            "The client requests REQUIRETLS from a server without it; Exim's early implementation answered '530 5.7.4 REQUIRETLS support required'.",
        ),
        fixes=(
            "Use a mechanism listed in the server's EHLO reply, for example PLAIN or LOGIN over TLS.",
            "Switch off the unsupported security option, or send through a server that supports it.",
        ),
    ),
    "7.5": Text(
        title="Cryptographic failure",
        meaning="A transport system or gateway could not validate or decrypt the message because a required key was missing or invalid.",
        causes=(
            "The message was encrypted with a key that the recipient system does not have or that has expired.",
            "A signature could not be checked because the certificate is invalid.",
        ),
        fixes=(
            "Get the recipient's current public key or certificate and encrypt again.",
            "Ask the recipient to publish a valid key, or send unencrypted if policy permits.",
        ),
    ),
    "7.6": Text(
        title="Cryptographic algorithm not supported",
        meaning="The message uses a cryptographic algorithm that the destination does not support.",
        causes=(
            "An encryption or signature algorithm that is too old or too new for the receiving system.",
        ),
        fixes=(
            "Use an algorithm the recipient supports, for example AES with SHA-256 for S/MIME.",
        ),
    ),
    "7.7": Text(
        title="Message integrity failure",
        meaning="The message was corrupted or altered in transit, so an integrity check failed. The registry allows this code in every class.",
        causes=(
            "A gateway, footer or disclaimer tool modified a signed message.",
            "Transmission errors or a faulty relay damaged the content.",
        ),
        fixes=(
            "Send the message again; if it fails again, compare the received copy with the original to find the hop that modifies it.",
            "Configure disclaimer and footer tools to leave signed messages untouched.",
        ),
    ),
    "7.8": Text(
        title="Authentication credentials invalid",
        meaning="SMTP authentication (AUTH) failed because the user name, password or token is wrong or not sufficient. Typically '535 5.7.8' from a submission server; the client needs correct credentials, and blind retries will not help.",
        causes=(
            "Wrong user name or password, or the password was changed and the client still uses the old one.",
            "The provider requires an app password or OAuth 2.0; Gmail refuses the normal account password with '535 5.7.8 Username and Password not accepted'.",
            "The provider has switched off SMTP AUTH (basic authentication) for the account or the organisation (Microsoft 365 reports this as 535 5.7.139).",
            "The user name has the wrong form, for example without the domain where the full address is required.",
        ),
        fixes=(
            "Check user name and password by logging in to the provider's webmail, then enter them again in the client.",
            "Use the full email address as user name unless the provider says otherwise.",
            "For Gmail or Microsoft 365, create an app password or configure OAuth 2.0 instead of the account password.",
            "Check in the provider's admin console that SMTP AUTH is allowed for the mailbox (Microsoft 365: 'Authenticated SMTP' in the mailbox settings).",
            "Stop automatic retries with failing credentials; repeated failures can lock the account or block your IP.",
        ),
    ),
    "7.9": Text(
        title="Authentication mechanism is too weak",
        meaning="The chosen AUTH mechanism is weaker than the server's policy allows; the client should try a stronger one.",
        causes=(
            "The client uses a mechanism such as PLAIN or LOGIN without TLS, where the server requires more protection.",
            "Gmail answers '534 5.7.9 Application-specific password required' when two-step verification is on and the account password was sent.",
        ),
        fixes=(
            "Enable TLS before authenticating, or choose a stronger mechanism from the EHLO reply.",
            "For Gmail, create an app password or use OAuth 2.0.",
        ),
    ),
    "7.10": Text(
        title="Encryption needed",
        meaning="A strong privacy layer such as TLS is required before this authentication mechanism or action can be used.",
        causes=(
            "The client tried to authenticate or send over an unencrypted connection.",
        ),
        fixes=(
            "Enable STARTTLS on port 587 or implicit TLS on port 465 in the client and try again.",
        ),
    ),
    "7.11": Text(
        title="Encryption required for requested authentication mechanism",
        meaning="The requested authentication mechanism may only be used over an encrypted connection. An older code from RFC 4954, paired with reply 538.",
        causes=(
            "A plain-text login (PLAIN or LOGIN) was attempted before STARTTLS.",
        ),
        fixes=(
            "Start TLS first (STARTTLS or port 465), then authenticate.",
        ),
    ),
    "7.12": Text(
        title="A password transition is needed",
        meaning="The user must first transition to the requested authentication mechanism, typically by authenticating once with PLAIN over TLS so that the server can store the credentials in the new form. Usually temporary (432).",
        causes=(
            "The server changed how it stores passwords and needs one PLAIN login to convert the account.",
        ),
        fixes=(
            "Authenticate once with PLAIN over an encrypted connection, then use the desired mechanism again.",
        ),
    ),
    "7.13": Text(
        title="User account disabled",
        meaning="Authentication succeeded, but the account is disabled. Permanent until an administrator enables it again.",
        causes=(
            "The administrator or provider disabled or suspended the account, for example after abuse, unpaid bills or a security incident.",
        ),
        fixes=(
            "Ask the provider or administrator to enable the account again.",
            "Read the provider's security notices; a compromised account often stays locked until the password is reset.",
        ),
    ),
    "7.14": Text(
        title="Trust relationship required",
        meaning="The submission server needs a configured trust relationship with another server, for example to fetch message content via BURL, and has none. Gmail also uses '534 5.7.14' ('Please log in via your web browser') when it blocks a sign-in it considers suspicious.",
        causes=(
            "A BURL submission refers to an IMAP server that has no trust relationship with the submission server.",
            "Gmail blocked a login from an unfamiliar device or app and wants the user to confirm it in the browser.",
        ),
        fixes=(
            "For BURL, set up the trust between submission and IMAP server, or send the message with DATA.",
            "For Gmail, sign in through the web browser, confirm the sign-in, and switch the client to an app password or OAuth 2.0.",
        ),
    ),
    "7.15": Text(
        title="Priority level is too low",
        meaning="The message's priority (MT-PRIORITY, RFC 6710) is below the minimum the server accepts; this can be temporary, for example during overload.",
        causes=(
            "The server currently accepts only higher-priority mail, in general or from this sender.",
        ),
        fixes=(
            "Try again later, or send with a higher priority if you are entitled to it.",
        ),
    ),
    "7.16": Text(
        title="Message is too big for the specified priority",
        meaning="The message is too large for the priority it was sent with; the server accepts messages of this size only at another priority. Can be temporary.",
        causes=(
            "The server limits message size per priority level (RFC 6710).",
        ),
        fixes=(
            "Send the message with a different priority, or make it smaller.",
        ),
    ),
    "7.17": Text(
        title="Mailbox owner has changed",
        meaning="With RRVS (RFC 7293) the sender asked for delivery only if the mailbox had the same owner since a given time. It has not, so the message was refused.",
        causes=(
            "The address was assigned to a new person after the date the sender gave.",
        ),
        fixes=(
            "Confirm the recipient's current address before resending; do not send account data to the reassigned address.",
        ),
    ),
    "7.18": Text(
        title="Domain owner has changed",
        meaning="The RRVS check (RFC 7293) found that the recipient's domain changed owner after the time the sender gave, so the message was refused.",
        causes=(
            "The domain expired and was registered by someone else.",
        ),
        fixes=(
            "Find the recipient's new contact address through another channel and stop sending to this domain.",
        ),
    ),
    "7.19": Text(
        title="RRVS test cannot be completed",
        meaning="The server cannot perform the RRVS check (RFC 7293), for example because it has no record of when the mailbox was created. The sender decides whether to resend without RRVS.",
        causes=(
            "The receiving system keeps no ownership time stamps for the mailbox.",
        ),
        fixes=(
            "Decide whether the message may go out without the RRVS condition; if so, resend it without the RRVS parameter.",
        ),
    ),
    "7.20": Text(
        title="No passing DKIM signature found",
        meaning="The receiver requires a valid DKIM signature, and none of the message's signatures verified, or there was none.",
        causes=(
            "The message was sent without a DKIM signature.",
            "The signature broke because the message was modified after signing (footers, link rewriting, forwarding).",
            "The public key in DNS is missing, wrong, or does not match the selector used.",
        ),
        fixes=(
            "Enable DKIM signing for your sending domain in your mail server or email service.",
            "Check the key record with 'dig TXT selector._domainkey.example.com'.",
            "Make sure nothing alters the message after it has been signed.",
        ),
    ),
    "7.21": Text(
        title="No acceptable DKIM signature found",
        meaning="DKIM signatures verified, but none met the receiver's requirements, for example on key length, algorithm or signing domain.",
        causes=(
            "The key is too short (for example 512 bits) or uses an algorithm the receiver no longer accepts, such as rsa-sha1.",
            "The signing domain is not acceptable to the receiver, for example only the email service's own domain.",
        ),
        fixes=(
            "Use an RSA key of at least 1024 bits (2048 recommended) with rsa-sha256.",
            "Sign with your own domain, aligned with the From address.",
        ),
    ),
    "7.22": Text(
        title="No valid author-matched DKIM signature found",
        meaning="DKIM signatures verified, but none was made by the domain in the From header field (the author domain). A special case of X.7.21.",
        causes=(
            "The message is signed only with the domain of your email service or host, not with the domain in the From address.",
        ),
        fixes=(
            "Set up DKIM signing for the From domain (custom DKIM or domain authentication in your email service).",
            "Send a test message and check that the d= value of the signature matches the From domain.",
        ),
    ),
    "7.23": Text(
        title="SPF validation failed",
        meaning="The receiver checked SPF for the envelope sender's domain (or the HELO name) and got 'fail': the sending IP is not authorised by the domain's SPF record, and local policy rejects such mail. Before RFC 7372 servers used 5.7.1 for this, and many still do.",
        causes=(
            "You send through a server or service (newsletter tool, CRM, web host) whose IP addresses are not in your SPF record.",
            "The SPF record ends with -all and a legitimate sender is missing from it.",
            "The message was forwarded and now arrives from the forwarder's IP, which your SPF record does not cover.",
            "Someone forged your domain, and the receiver correctly refused the message.",
        ),
        fixes=(
            "Find the sending IP in the bounce or in the Received header fields, and determine which service it belongs to.",
            "Add the missing service to your SPF record, usually with include:, and check the result with 'dig TXT example.com'.",
            "Stay within the limit of 10 DNS lookups per SPF evaluation by removing unused includes.",
            "For forwarding, ask the forwarder to use SRS, and rely on DKIM so that DMARC still passes.",
            "For forgery, no change is needed; watch your DMARC reports for further abuse.",
        ),
    ),
    "7.24": Text(
        title="SPF validation error",
        meaning="The SPF check could not be completed because of an error: a temporary DNS problem (temperror, usually 4.7.24) or a broken SPF record (permerror, usually 5.7.24). It is not a verdict that the sender is unauthorised, but the record or the DNS must be fixed. Older servers report these cases as 4.4.3 and 5.5.2.",
        causes=(
            "A syntax error in the SPF record, such as a mistyped mechanism, or two v=spf1 records for one domain.",
            "Evaluating the record needs more than 10 DNS lookups (include, a, mx, ptr, exists, redirect).",
            "An included domain has no SPF record or a broken one.",
            "The DNS servers of the sender domain time out (temperror).",
        ),
        fixes=(
            "Check the record with an SPF validator and correct all syntax errors.",
            "Publish exactly one TXT record starting with v=spf1 per domain.",
            "Reduce the DNS lookups to 10 or fewer by removing unused includes or replacing them with ip4/ip6 ranges.",
            "For 4.7.24, make sure your DNS servers answer reliably; the message will be retried.",
        ),
    ),
    "7.25": Text(
        title="Reverse DNS validation failed",
        meaning="The sending server's IP address failed the receiver's reverse DNS check: it has no PTR record, or the PTR name does not resolve back to the same IP (forward-confirmed reverse DNS). Gmail uses 5.7.25 for senders without a valid PTR record.",
        causes=(
            "The sending IP has no PTR record.",
            "Forward confirmation fails: the host name found by reverse lookup has no A or AAAA record leading to the same address.",
            "Mail goes out over IPv6, and only the IPv4 address has reverse DNS.",
            "The PTR is a generic name for dynamic addresses, which the receiver treats as a residential connection.",
        ),
        fixes=(
            "Check with 'dig -x sending-IP' and then look up the A/AAAA record of the name returned.",
            "Ask the owner of the IP address (hosting or internet provider) to set a PTR record; it usually cannot be set in your own DNS zone.",
            "Choose a name such as mail.example.com for the PTR, give it an A/AAAA record with the same IP, and use it in HELO/EHLO.",
            "If IPv6 has no reverse DNS, set it up or send over IPv4 only.",
        ),
    ),
    "7.26": Text(
        title="Multiple authentication checks failed",
        meaning="More than one authentication check failed (for example SPF and DKIM), without saying which. Gmail uses 5.7.26 for unauthenticated mail: the message fails DMARC or passes neither SPF nor DKIM, which its sender requirements do not allow.",
        causes=(
            "Both SPF and DKIM fail: no check vouches for the sender at all.",
            "The From domain's DMARC policy (p=reject or p=quarantine) applies because neither SPF nor DKIM passes aligned with the From domain.",
            "A service sends in your name without SPF authorisation or a DKIM signature for your domain.",
            "Forwarding or a mailing list modified the message, which broke DKIM while SPF fails at the forwarder.",
        ),
        fixes=(
            "Read the Authentication-Results header field of a delivered test message to see the SPF, DKIM and DMARC results.",
            "Add every sending service to your SPF record and enable DKIM signing with your own domain in each of them.",
            "Make sure the From domain matches the SPF (envelope sender) domain or the DKIM d= domain.",
            "Publish a DMARC record, start with p=none, and read the aggregate reports before tightening the policy.",
            "For bulk mail to Gmail, also follow its sender guidelines, such as one-click unsubscribe and a low spam rate.",
        ),
    ),
    "7.27": Text(
        title="Sender address has null MX",
        meaning="The domain of your envelope sender publishes a null MX (MX 0 .), declaring that it receives no mail. The receiver refuses the message because a bounce could never be returned.",
        causes=(
            "The sender address uses a domain that is set up for web only or is deliberately marked as receiving no mail.",
            "An application uses a no-reply address in a domain with a null MX as envelope sender.",
            "A null MX was published by mistake or left in place after mail was moved to the domain.",
        ),
        fixes=(
            "Check the sender domain with 'dig MX domain'; a single '0 .' record is a null MX.",
            "Use an envelope sender (Return-Path) in a domain that receives mail, for example the bounce domain of your email service.",
            "If the domain should receive mail, replace the null MX with real MX records.",
            "Keep a no-reply address, if needed, only in the From header field, and use a receiving domain for the envelope sender.",
        ),
    ),
    "7.28": Text(
        title="Mail flood detected",
        meaning="The message looks like part of a flood of similar unwanted messages. In practice the code is used for rate limiting: Gmail answers '421 4.7.28 … unusual rate of unsolicited mail … temporarily rate limited' when mail from your IP or domain draws many spam complaints.",
        causes=(
            "A sudden rise in volume from your IP or domain, for example a large campaign from a new IP.",
            "Many recipients mark your messages as spam, or many of them go to unknown addresses.",
            "A compromised account or script on your server sends spam.",
        ),
        fixes=(
            "Slow down and let your MTA retry the deferred messages; do not push harder.",
            "Check your server for compromised accounts or scripts and stop any abuse.",
            "Send only to recipients who opted in, remove inactive addresses, and make unsubscribing easy.",
            "Warm up new IPs and domains gradually and watch the spam rate in Google Postmaster Tools.",
        ),
    ),
    "7.29": Text(
        title="ARC validation failure",
        meaning="The message failed ARC validation (RFC 8617): the chain of authentication results added by intermediaries such as mailing lists or forwarders is broken or invalid.",
        causes=(
            "An intermediary added an ARC set incorrectly, or the message was modified after an ARC seal.",
        ),
        fixes=(
            "If you run the forwarder or list, check its ARC signing configuration and keys.",
            "Otherwise send directly to the recipient instead of through the forwarding address.",
        ),
    ),
    "7.30": Text(
        title="REQUIRETLS support required",
        meaning="The message was sent with REQUIRETLS (RFC 8689), which demands TLS on every hop, but no next-hop server supports REQUIRETLS, so the message could not be passed on safely.",
        causes=(
            "The sender requested REQUIRETLS, and the recipient's server does not support the extension.",
            "The connection to the next server was not encrypted, and such a message may travel only over TLS.",
        ),
        fixes=(
            "Make sure the connection uses TLS, and ask the recipient's administrator whether REQUIRETLS is supported.",
            "Send the message without REQUIRETLS if your policy permits.",
        ),
    ),
})
