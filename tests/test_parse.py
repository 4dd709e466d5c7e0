"""The parser: codes, enhanced codes and text out of every wrapper real bounces use."""

from __future__ import annotations

from datetime import timedelta

import pytest

from smtpcodes import parse

# (input, code, enhanced, text, command) — each a wording seen in real bounces.
PARSE_CASES = [
    # Gmail multi-line reply, CRLF, enhanced code repeated on each line
    ("550-5.1.1 The email account that you tried to reach does not exist.\r\n"
     "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser",
     550, "5.1.1",
     "The email account that you tried to reach does not exist. "
     "https://support.google.com/mail/?p=NoSuchUser", None),
    # the same with bare LF
    ("550-5.1.1 No such user\n550 5.1.1 see above", 550, "5.1.1", "No such user see above", None),
    # smtplib.getreply() joins lines with b"\n" and drops the codes of continuation lines
    ("5.7.26 Unauthenticated email is not accepted\nfrom this domain", None, "5.7.26",
     "Unauthenticated email is not accepted from this domain", None),
    # DSN Diagnostic-Code: "smtp; " prefix
    ("smtp; 550 5.1.1 <a@example.com>... User unknown", 550, "5.1.1",
     "<a@example.com>... User unknown", None),
    # Postfix DSN text with the command it answered
    ("host mx.example.com[192.0.2.1] said: 552 5.2.2 <u@example.com>: user is over quota "
     "(in reply to RCPT TO command)", 552, "5.2.2", "<u@example.com>: user is over quota", "RCPT"),
    ("host mx.example.com[192.0.2.1] said: 554 5.7.1 rejected (in reply to end of DATA command)",
     554, "5.7.1", "rejected", "DATA"),
    # Exim
    ("SMTP error from remote mail server after RCPT TO:<u@example.org>: "
     "550 5.1.1 <u@example.org>: Recipient address rejected: User unknown",
     550, "5.1.1", "<u@example.org>: Recipient address rejected: User unknown", "RCPT"),
    ("SMTP error from remote mail server after RCPT TO:<u@example.jp>: host mx.example.jp "
     "[192.0.2.153]: 550 5.1.1 <u@example.jp>... User Unknown",
     550, "5.1.1", "<u@example.jp>... User Unknown", "RCPT"),
    ("SMTP error from remote mail server after MAIL FROM:<s@example.com> SIZE=1543: "
     "550 5.7.1 Sender rejected", 550, "5.7.1", "Sender rejected", "MAIL"),
    # Exim writes the command with its parameters: any colon after it may stand before the
    # code, also without an enhanced code (an Exim 4.86 bounce, Exim/exim:src/src/transports/
    # smtp.c's "SMTP error from remote mail server after %s")
    ("host mx5.o2.pl [193.17.41.45]\n    SMTP error from remote mail server after MAIL "
     "FROM:<u@example.com> SIZE=2868:\n    550 Bad SPF records for [example.com:192.0.2.10]",
     550, None, "Bad SPF records for [example.com:192.0.2.10]", "MAIL"),
    ("SMTP error from remote mail server after HELO mx.example.com: 554 Go away", 554, None,
     "Go away", "EHLO"),
    ("SMTP error from remote mail server after initial connection: 554 5.7.1 no thanks",
     554, "5.7.1", "no thanks", "CONNECT"),
    ("SMTP error from remote mail server after pipelined MAIL FROM:<s@example.com>: "
     "550 5.7.1 go away", 550, "5.7.1", "go away", "MAIL"),
    # Gmail's older notices quote the reply after "returned was:", its code written twice
    # (pasted in public forum threads, e.g. "The error that the other server returned was:
    # 550 550 5.2.1 The email account that you tried to reach is disabled. (state 14).")
    ("Technical details of permanent failure: Google tried to deliver your message, but it was "
     "rejected by the recipient domain. The error that the other server returned was: 530 530 "
     "SMTP authentication is required. (state 14).", 530, None,
     "SMTP authentication is required. (state 14).", None),
    ("The error that the other server returned was: 550 550 5.2.1 The email account that you "
     "tried to reach is disabled. (state 14).", 550, "5.2.1",
     "The email account that you tried to reach is disabled. (state 14).", None),
    # Exchange NDR
    ("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", 550, "5.1.1",
     "RESOLVER.ADR.RecipNotFound; not found", None),
    # qmail: enhanced code in parentheses, no basic code
    ("Sorry, no mailbox here by that name. (#5.1.1)", None, "5.1.1",
     "Sorry, no mailbox here by that name. (#5.1.1)", None),
    ("192.0.2.1 does not like recipient. Remote host said: 550 5.1.1 unknown user", 550,
     "5.1.1", "unknown user", None),
    # Sendmail transcript
    ("... while talking to mx.example.com.:\n>>> RCPT To:<u@example.com>\n<<< 550 5.1.1 "
     "<u@example.com>... User unknown", 550, "5.1.1", "<u@example.com>... User unknown", "RCPT"),
    # status with no basic code
    ("5.1.1 <shironeko@example.jp>... User Unknown", None, "5.1.1",
     "<shironeko@example.jp>... User Unknown", None),
    # a colon after the code (seen from qmail-ldap and others)
    ("550: 5.2.2 <u@example.org>... Mailbox Full", 550, "5.2.2", "<u@example.org>... Mailbox Full",
     None),
    # code alone
    ("421", 421, None, "", None),
    ("250 2.0.0 Ok: queued as 4BQ2Zt1y", 250, "2.0.0", "Ok: queued as 4BQ2Zt1y", None),
    ("354 End data with <CR><LF>.<CR><LF>", 354, None, "End data with <CR><LF>.<CR><LF>", None),
    # a program's own words, a colon, then the server's reply (no known marker): learn rows
    # from nodemailer, PHPMailer and JavaMail users (tests/data/learn/clients.jsonl and others)
    ("Mail command failed: 501 mail from address must be same as authorization user", 501, None,
     "mail from address must be same as authorization user", None),
    ("org.eclipse.angus.mail.smtp.SMTPSendFailedException: 553 Mail from must equal authorized "
     "user", 553, None, "Mail from must equal authorized user", None),
    # ... but not a number that only follows a colon
    ("{ hostname: 'smtp.example.net',\n  port: 587 }", None, None,
     "{ hostname: 'smtp.example.net', port: 587 }", None),
    # qmail-send's log line: the report with spaces as "_" and newlines as "/" (notqmail/
    # notqmail:qsutil.c logsafe; the report's words from qmail-remote.c and qmail-local.c)
    ("delivery 7: failure: 192.0.2.1_does_not_like_recipient./Remote_host_said:_550_5.1.1_"
     "<u@example.com>..._User_unknown/Giving_up_on_192.0.2.1./", 550, "5.1.1",
     "<u@example.com>... User unknown/Giving up on 192.0.2.1./", None),
    ("delivery 5: failure: Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/", None, "5.1.1",
     "delivery 5: failure: Sorry, no mailbox here by that name. (#5.1.1)/", None),
    # ... but underscores in a text with spaces stay (La Poste's tags, Exchange's ids)
    ("550 5.5.0 Le compte du destinataire est bloque. LPN007_426", 550, "5.5.0",
     "Le compte du destinataire est bloque. LPN007_426", None),
    # numbers in prose are not codes
    ("Daily limit of 500 messages exceeded", None, None, "Daily limit of 500 messages exceeded",
     None),
    ("Exim 4.92.3 could not deliver", None, None, "Exim 4.92.3 could not deliver", None),
    # nothing at all
    ("", None, None, "", None),
]


@pytest.mark.parametrize(("raw", "code", "enhanced", "text", "command"), PARSE_CASES)
def test_parse_reads_code_enhanced_text_and_command(
    raw: str, code: int | None, enhanced: str | None, text: str, command: str | None
) -> None:
    """Each wrapper and line form yields the reply's code, enhanced code, text and command."""
    reply = parse(raw)
    assert reply.code == code
    assert (str(reply.enhanced) if reply.enhanced else None) == enhanced
    assert reply.text == text
    assert reply.command == command


CLIENT_QUOTES = [
    # Thunderbird's "the mail server responded" template, in three of its translations
    # (thunderbird/thunderbird-l10n:<locale>/mail/chrome/messenger/messengercompose/
    # composeMsgs.properties), with a bare reply where the template has %s.
    "An error occurred while sending mail. The mail server responded: 550 Mailbox unavailable. "
    "Please check the message recipient and try again.",
    "Fehler beim Senden der Nachricht. Der Mail-Server antwortete: 550 Mailbox unavailable. "
    "Bitte überprüfen Sie den Empfänger und wiederholen Sie den Vorgang.",
    "Une erreur est survenue lors de l’envoi de l’e-mail. Le serveur e-mail a répondu\xa0: "
    "550 Mailbox unavailable. Veuillez vérifier le destinataire et essayer à nouveau.",
]


@pytest.mark.parametrize("raw", CLIENT_QUOTES)
def test_parse_reads_the_reply_a_mail_client_quotes(raw: str) -> None:
    """A client's dialog that quotes the server: the quoted reply's code is read."""
    reply = parse(raw)
    assert reply.code == 550
    assert reply.text.startswith("Mailbox unavailable.")


def test_parse_bytes_equals_parse_text() -> None:
    """Bytes are decoded as UTF-8; undecodable bytes do not raise."""
    raw = "452 4.2.2 Postfach voll – bitte später"
    assert parse(raw.encode()) == parse(raw)
    assert parse(b"550 5.1.1 \xff\xfe broken").code == 550


def test_parse_names_the_remote_host() -> None:
    """Postfix's ``host X[ip] said:`` names the server that answered."""
    reply = parse("host mx.example.com[192.0.2.1] said: 550 5.1.1 no (in reply to RCPT TO command)")
    assert reply.remote_host == "mx.example.com"


@pytest.mark.parametrize(
    ("raw", "wait"),
    [
        ("451 4.7.1 Greylisting in action, please come back in 00:25:00", timedelta(minutes=25)),
        ("450 4.7.1 Greylisted, try again in 300 seconds", timedelta(seconds=300)),
        ("421 4.7.0 Too many connections, retry in 5 minutes", timedelta(minutes=5)),
        ("451 4.7.1 Try again later", None),
    ],
)
def test_parse_reads_a_retry_hint(raw: str, wait: timedelta | None) -> None:
    """A wait the server states in its text is read; none is invented."""
    assert parse(raw).retry_after == wait


def test_parse_rejects_other_types() -> None:
    """Only text and bytes are parsed."""
    with pytest.raises(TypeError, match="parse\\(\\) takes str or bytes, not int"):
        parse(550)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "raw",
    [
        "5" * 200_000,
        "550 " + "5.5.5." * 50_000,
        "550-" * 50_000,
        "host " + "a" * 100_000 + "[" * 1000,
        "(in reply to " + "A " * 50_000,
        "said: " * 30_000 + "550",
        "\n".join(["550-5.1.1 x"] * 20_000),
        "try again in " + "9" * 100_000,
    ],
    ids=["digits", "dotted", "dashes", "host-brackets", "command", "said", "lines", "hint"],
)
def test_parse_is_bounded_on_adversarial_input(raw: str) -> None:
    """Long hostile inputs are answered (no catastrophic backtracking, input capped)."""
    reply = parse(raw)
    assert len(reply.text) <= 4096
