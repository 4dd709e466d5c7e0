"""English quick-reference table: the troubleshooting guide's fourteen codes (data).

Facts from the guide in shared/seed (which causes, which fixes) and RFC 5321; every sentence
written for smtpcodes. Fix *n* answers cause *n*, for a sending program or its operator; the
last fix is for a person at a mail client.
"""

from __future__ import annotations

from typing import Final

from smtpcodes.texts._types import TableRow

TABLE: Final = (
    TableRow(
        421, "Service not available",
        ("The receiving server is overloaded, restarting or down for maintenance.",
         "The connection is unstable, or a firewall or DNS problem interrupts it."),
        ("Keep the message queued and retry after a few minutes; most 421 replies clear by "
         "themselves.",
         "If every attempt fails, check the route to the server: DNS, firewall, port.",
         "At a mail client: wait and send again; if it persists, try port 587 with STARTTLS."),
    ),
    TableRow(
        450, "Mailbox temporarily unavailable",
        ("Greylisting: the server turns away the first attempt from an unknown sender and "
         "expects a retry.",
         "The mailbox is busy, or the receiving server is overloaded."),
        ("Retry from the same IP address after 5 to 30 minutes; the second attempt passes.",
         "Keep retrying with growing pauses, as a mail server's queue does by itself.",
         "At a mail client: wait 15 to 30 minutes and send again; check the recipient's "
         "domain for typos."),
    ),
    TableRow(
        451, "Local error in processing",
        ("The receiving server is overloaded, short of resources or under maintenance.",
         "A filter or lookup on the receiving side (spam or virus scanner, DNS) failed for now."),
        ("Keep the message queued and retry after 10 to 30 minutes.",
         "If it lasts for hours, check the receiver's status page or write to its postmaster.",
         "At a mail client: wait and send again later."),
    ),
    TableRow(
        452, "Insufficient system storage",
        ("The receiving server, or the recipient's mailbox, is out of storage.",
         "The message names more recipients than the server takes at once."),
        ("Retry later; stop after a few days if the storage never frees up.",
         "Send the remaining recipients in a further transaction, fewer per message.",
         "At a mail client: send later, split long recipient lists, and tell the recipient "
         "another way that their mailbox is full."),
    ),
    TableRow(
        500, "Syntax error, command unrecognized",
        ("The client sent a command the server does not know, or a line that is too long.",
         "Antivirus software or a proxy on the sending computer rewrites the SMTP session."),
        ("Log the SMTP dialogue and correct what the program sent; keep lines under 1,000 "
         "characters.",
         "Send once without the scanning proxy; if that works, exempt SMTP from it.",
         "At a mail client: switch off the antivirus's email scanning for one test, then "
         "change its settings and switch it back on."),
    ),
    TableRow(
        501, "Syntax error in parameters",
        ("An address in MAIL FROM or RCPT TO is malformed: no @, a broken domain, spaces.",
         "The address holds characters the server refuses, such as quotes or accented letters."),
        ("Validate addresses before sending, and send them in angle brackets: "
         "<name@example.com>.",
         "Send non-ASCII addresses only to servers that announce SMTPUTF8.",
         "At a mail client: compare each address with the pattern name@domain.tld."),
    ),
    TableRow(
        502, "Command not implemented",
        ("The server does not support the command (often VRFY, EXPN or an extension).",
         "The administrator has switched the command off."),
        ("Read the EHLO reply and use only the commands and extensions it offers.",
         "Do without the command, or ask the server's operator to enable it.",
         "At a mail client: ask the provider which features its server supports."),
    ),
    TableRow(
        503, "Bad sequence of commands",
        ("The server wants a login (AUTH) before MAIL FROM, and the client did not log in.",
         "The client sent commands out of order, such as DATA before an accepted RCPT TO."),
        ("Log in after EHLO (and STARTTLS), before MAIL FROM.",
         "Send MAIL FROM, RCPT TO and DATA in that order, and DATA only after a recipient "
         "was accepted.",
         "At a mail client: turn on the option that the outgoing server (SMTP) requires "
         "authentication."),
    ),
    TableRow(
        504, "Command parameter not implemented",
        ("The client chose a login method the server does not offer, or an outdated one "
         "(504 5.7.4).",
         "A command parameter is not supported by this server."),
        ("Choose an AUTH mechanism from the server's EHLO reply: PLAIN or LOGIN over TLS, or "
         "XOAUTH2.",
         "Send only parameters the EHLO reply announces.",
         "At a mail client: go through the outgoing server's login settings: method, port, "
         "encryption."),
    ),
    TableRow(
        550, "Mailbox unavailable",
        ("The recipient address does not exist: a typo, or the account was closed.",
         "The server refused for policy reasons (blocklist, spam filter, failed SPF, DKIM or "
         "DMARC); the text says which."),
        ("Stop sending to an address reported unknown (5.1.1) and remove it from the list.",
         "Read the reply text and its enhanced code, and fix the reason it names before "
         "sending again.",
         "At a mail client: check the address character by character, or ask the recipient "
         "for the current one."),
    ),
    TableRow(
        551, "User not local",
        ("The recipient has no mailbox on this server.",
         "The recipient has moved, and the server does not forward."),
        ("Stop sending to this address.",
         "If the reply names a new address, update the record to it.",
         "At a mail client: ask the recipient which address reaches them now."),
    ),
    TableRow(
        552, "Exceeded storage allocation",
        ("The recipient's mailbox is over its quota.",
         "The message with its attachments exceeds the server's size limit, often 25 MB."),
        ("Retry a full mailbox for a few days, then stop.",
         "Send a smaller message: compare its size with the SIZE value of the EHLO reply; "
         "attachments grow by a third in transit.",
         "At a mail client: compress attachments or share large files by link, and tell the "
         "recipient another way that their mailbox is full."),
    ),
    TableRow(
        553, "Mailbox name not allowed",
        ("The address is malformed or not allowed, such as a sender address the account may "
         "not use.",
         "The sending host has no PTR record (reverse DNS), which the server demands."),
        ("Check the addresses in MAIL FROM and RCPT TO, and send from an address the account "
         "owns.",
         "Give the sending IP address a PTR record whose name resolves back to that address.",
         "At a mail client: use the account's own address as sender and turn on "
         "authentication for the outgoing server."),
    ),
    TableRow(
        554, "Transaction failed",
        ("The sending IP address is on a blocklist; 554 5.7.1 often says so.",
         "A spam filter judged the content suspicious."),
        ("Look the sending IP address up on the blocklists (MXToolbox, MultiRBL), remove the "
         "cause and request delisting; do not resend unchanged.",
         "Change the content that set the filter off: links, wording, layout.",
         "At a mail client: ask the mail provider to check its sending IP address."),
    ),
)
"""The rows in the guide's order."""
