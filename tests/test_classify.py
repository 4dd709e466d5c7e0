"""classify(): the canonical replies of taxonomy.md, every accepted input form, the laws."""

from __future__ import annotations

import smtplib
from datetime import timedelta

import pytest

from smtpcodes import Action, Category, Classification, Severity, classify

# (reply, code, enhanced, severity, category, action). Sources: taxonomy.md's evidence column
# and the RFC / vendor wording it cites.
CANONICAL = [
    ("250 2.0.0 Ok: queued as 4BQ2Zt1y", 250, "2.0.0", "success", "delivered", "none"),
    ("354 End data with <CR><LF>.<CR><LF>", 354, None, "intermediate", "intermediate", "continue"),
    ("334 VXNlcm5hbWU6", 334, None, "intermediate", "intermediate", "continue"),
    ("550 5.1.1 <u@example.com>: Recipient address rejected: User unknown in local recipient "
     "table", 550, "5.1.1", "permanent", "user_unknown", "suppress"),
    ("550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 "
     "https://support.google.com/mail/?p=NoSuchUser", 550, "5.1.1", "permanent", "user_unknown",
     "suppress"),
    ("550 5.2.1 The email account that you tried to reach is disabled.", 550, "5.2.1",
     "permanent", "mailbox_disabled", "suppress"),
    ("452 4.2.2 Mailbox full", 452, "4.2.2", "transient", "mailbox_full", "retry"),
    ("552 5.2.2 Mailbox full", 552, "5.2.2", "permanent", "mailbox_full", "retry"),
    ("551 5.1.6 User has moved; please try <new@example.org>", 551, "5.1.6", "permanent",
     "has_moved", "suppress"),
    ("550 5.1.2 Host unknown (Name server: example.invalid: host not found)", 550, "5.1.2",
     "permanent", "host_unknown", "suppress"),
    ("556 5.1.10 Recipient address has null MX", 556, "5.1.10", "permanent", "host_unknown",
     "suppress"),
    ("554 5.7.1 <u@example.net>: Relay access denied", 554, "5.7.1", "permanent", "relay_denied",
     "fix_sender"),
    ("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", 553, "5.7.1",
     "permanent", "relay_denied", "fix_sender"),
    ("553 5.1.8 <s@nonexistent.example>: Sender address rejected: Domain not found", 553, "5.1.8",
     "permanent", "sender_rejected", "fix_sender"),
    ("530 5.7.0 Authentication required", 530, "5.7.0", "permanent", "auth_required",
     "fix_sender"),
    ("535 5.7.8 Authentication credentials invalid", 535, "5.7.8", "permanent", "auth_failed",
     "fix_sender"),
    ("534 5.7.9 Authentication mechanism is too weak", 534, "5.7.9", "permanent", "auth_failed",
     "fix_sender"),
    ("454 4.7.0 Temporary authentication failure", 454, "4.7.0", "transient", "auth_failed",
     "retry"),
    ("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\r\n"
     "550 5.7.26 DMARC policy.", 550, "5.7.26", "permanent", "sender_unauthenticated",
     "fix_sender"),
    ("550-5.7.25 The IP address sending this message does not have a PTR record setup\r\n"
     "550 5.7.25 https://support.google.com/mail/answer/81126", 550, "5.7.25", "permanent",
     "reverse_dns", "fix_sender"),
    ("530 5.7.0 Must issue a STARTTLS command first", 530, "5.7.0", "permanent", "tls_required",
     "fix_sender"),
    ("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
     554, "5.7.1", "permanent", "blocklisted", "fix_sender"),
    ("550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your "
     "Internet service provider since part of their network is on our block list (S3150).",
     550, "5.7.1", "permanent", "blocklisted", "fix_sender"),
    ("421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your\r\n"
     "421 4.7.28 IP address. To protect our users from spam, mail has been temporarily rate "
     "limited.", 421, "4.7.28", "transient", "reputation", "retry"),
    ("550-5.7.1 Our system has detected that this message is likely unsolicited mail.\r\n"
     "550 5.7.1 To reduce the amount of spam sent to Gmail, this message has been blocked.",
     550, "5.7.1", "permanent", "reputation", "fix_sender"),
    ("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or "
     "user complaints", 421, "4.7.0", "transient", "reputation", "retry"),
    ("554 5.7.1 Message content rejected, spam detected", 554, "5.7.1", "permanent",
     "spam_content", "fix_message"),
    ("554 5.7.1 Virus found in message: Eicar-Test-Signature", 554, "5.7.1", "permanent",
     "virus", "fix_message"),
    ("550 5.7.1 Administrative prohibition", 550, "5.7.1", "permanent", "policy_violation",
     "investigate"),
    ("554 5.6.0 Message not RFC 5322 compliant", 554, "5.6.0", "permanent", "content_rejected",
     "fix_message"),
    ("553 5.6.7 SMTPUTF8 is required, but was not offered by the client", 553, "5.6.7",
     "permanent", "content_rejected", "fix_message"),
    ("450-4.2.1 The user you are trying to contact is receiving mail at a rate that\r\n"
     "450 4.2.1 prevents additional messages from being delivered.", 450, "4.2.1", "transient",
     "rate_limited", "retry"),
    ("452 4.5.3 Too many recipients", 452, "4.5.3", "transient", "rate_limited", "retry"),
    ("421 4.7.0 mx.example.com Error: too many connections from 192.0.2.1", 421, "4.7.0",
     "transient", "too_many_connections", "retry"),
    ("450 4.2.0 <u@example.com>: Recipient address rejected: Greylisted, see "
     "http://postgrey.schweikert.ch/help/example.com.html", 450, "4.2.0", "transient",
     "greylisted", "retry"),
    ("552 5.3.4 Message size exceeds fixed maximum message size", 552, "5.3.4", "permanent",
     "message_too_large", "fix_message"),
    ("552 5.2.3 Message length exceeds administrative limit", 552, "5.2.3", "permanent",
     "message_too_large", "fix_message"),
    ("500 5.5.2 Syntax error, command unrecognized", 500, "5.5.2", "permanent", "syntax_error",
     "fix_client"),
    ("501 5.5.4 Syntax error in parameters or arguments", 501, "5.5.4", "permanent",
     "syntax_error", "fix_client"),
    ("503 5.5.1 Bad sequence of commands", 503, "5.5.1", "permanent", "bad_sequence",
     "fix_client"),
    ("502 5.5.1 Command not implemented", 502, "5.5.1", "permanent", "not_implemented",
     "fix_client"),
    ("504 5.5.4 Command parameter not implemented", 504, "5.5.4", "permanent", "not_implemented",
     "fix_client"),
    ("421 4.3.2 Service not available, closing transmission channel", 421, "4.3.2", "transient",
     "service_unavailable", "retry"),
    ("521 5.3.2 Server does not accept mail", 521, "5.3.2", "permanent", "service_unavailable",
     "investigate"),
    ("451 4.3.0 Error: queue file write error", 451, "4.3.0", "transient", "server_error",
     "retry"),
    ("452 4.3.1 Insufficient system storage", 452, "4.3.1", "transient", "system_full", "retry"),
    ("451 4.4.1 No answer from host", 451, "4.4.1", "transient", "network_error", "retry"),
    ("554 5.4.6 Routing loop detected", 554, "5.4.6", "permanent", "network_error",
     "investigate"),
    ("550 5.4.7 Delivery time expired", 550, "5.4.7", "permanent", "expired", "investigate"),
    ("550 Rejected", 550, None, "permanent", "unknown", "investigate"),
]


@pytest.mark.parametrize(
    ("reply", "code", "enhanced", "severity", "category", "action"), CANONICAL,
    ids=[f"{row[4]}-{row[1]}" for row in CANONICAL],
)
@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_canonical_replies(
    reply: str, code: int, enhanced: str | None, severity: str, category: str, action: str,
    as_bytes: bool,
) -> None:
    """taxonomy.md's evidence gives the listed code, enhanced code, severity, category, action."""
    result = classify(reply.encode() if as_bytes else reply)
    assert result.code == code
    assert (str(result.enhanced) if result.enhanced else None) == enhanced
    assert (result.severity.value, result.category.value, result.action.value) == (
        severity, category, action)


def test_every_category_is_reachable_from_canonical_text() -> None:
    """The canonical table exercises every category of the contract."""
    assert {row[4] for row in CANONICAL} == {c.value for c in Category}


class TestDisagreeingCodes:
    def test_basic_code_decides_severity(self) -> None:
        """``550 4.2.2``: severity from 550, category from 4.2.2, the conflict recorded."""
        result = classify("550 4.2.2 mailbox full")
        assert result.severity is Severity.PERMANENT
        assert result.category is Category.MAILBOX_FULL
        assert result.code_conflict
        assert not classify("552 5.2.2 mailbox full").code_conflict

    @pytest.mark.parametrize(("reply", "severity", "action"), [
        # Postfix: qmgr's "delivery temporarily suspended: " before smtp_addr.c's DNS text
        # (vdukhovni/postfix:postfix/src/qmgr/qmgr_queue.c, postfix/src/smtp/smtp_addr.c)
        ("delivery temporarily suspended: Host or domain name not found. Name service error for "
         "name=example.com type=MX: Host not found, try again", Severity.TRANSIENT, Action.RETRY),
        # Gmail's notices (support.google.com/mail/answer/6596)
        ("Delivery to the following recipient failed permanently: user@example.com Technical "
         "details of permanent failure: The email account that you tried to reach does not exist.",
         Severity.PERMANENT, Action.SUPPRESS),
        ("Delivery to the following recipient has been delayed: user@example.com Technical "
         "details of temporary failure: The recipient server did not accept our requests to "
         "connect.", Severity.TRANSIENT, Action.RETRY),
    ])
    def test_words_state_the_severity_when_no_code_does(
            self, reply: str, severity: Severity, action: Action) -> None:
        """Without any code, "failed permanently" or "temporarily suspended" is the severity."""
        result = classify(reply)
        assert (result.severity, result.action) == (severity, action)

    def test_every_severity_word_passes_the_pre_check_in_its_usual_cases(self) -> None:
        """A text is searched for ``SEVERITY_WORDS`` only when it holds one of the stems: each
        of them, lower-case, capitalised or upper-case, still states its severity."""
        from smtpcodes._decide import _stated_severity
        from smtpcodes._tables import SEVERITY_WORDS

        for words, severity in SEVERITY_WORDS:
            for written in (words, words.capitalize(), words.upper()):
                assert _stated_severity("", f"x {written} y") is severity, written
            assert _stated_severity(f"x {words}", "y") is severity, words
        assert classify("DELIVERY TEMPORARILY SUSPENDED: host not found").severity is (
            Severity.TRANSIENT)

    def test_enhanced_class_decides_without_basic_code(self) -> None:
        """Without a basic code the enhanced class gives the severity."""
        assert classify("4.2.2 Over quota").severity is Severity.TRANSIENT


class TestEvidence:
    def test_decisive_phrase_beats_specific_enhanced_code(self) -> None:
        """Sendmail's ``550 5.2.1 … User Unknown`` is a user that does not exist."""
        result = classify("550 5.2.1 <u@example.jp>... User Unknown")
        assert result.category is Category.USER_UNKNOWN
        assert (result.evidence.kind, result.evidence.rule) == ("phrase", "generic.user-unknown")
        assert result.evidence.matched == "user unknown"

    def test_specific_enhanced_code_beats_weak_phrase(self) -> None:
        """A weak phrase ("mailbox unavailable") yields to a specific code (5.2.2)."""
        result = classify("550 5.2.2 Requested action not taken: mailbox unavailable")
        assert result.category is Category.MAILBOX_FULL
        assert (result.evidence.kind, result.evidence.rule) == ("enhanced", "rfc3463.x.2.2")

    def test_weak_phrase_beats_generic_enhanced_code(self) -> None:
        """Microsoft's ``550 5.5.0 … mailbox unavailable`` is an unknown user."""
        result = classify("550 5.5.0 Requested action not taken: mailbox unavailable")
        assert result.category is Category.USER_UNKNOWN
        assert result.evidence.kind == "phrase"

    @pytest.mark.parametrize(("reply", "category", "rule"), [
        # Google's SMTP error reference (support.google.com/a/answer/3726730): "gcdp" marks a
        # rule the Workspace administrator set up, and the text is the administrator's own.
        ("550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp",
         Category.POLICY_VIOLATION, "gmail.gcdp"),
        ("550 5.7.1 This mailbox does not exist - gcdp <sessionid> - gsmtp",
         Category.USER_UNKNOWN, "generic.user-unknown"),
    ])
    def test_an_administrators_rule_marker_yields_to_the_cause_its_text_names(
            self, reply: str, category: Category, rule: str) -> None:
        """A marker that says only "a rule refused this" is weak: the rule's words decide."""
        result = classify(reply)
        assert (result.category, result.evidence.rule) == (category, rule)

    @pytest.mark.parametrize("reply", [
        # RFC 4954 §6 defines 535 for the AUTH command alone ("Authentication credentials
        # invalid"); Google's older servers sent it with the generic 5.7.1 and a text that names
        # no reason by itself (the text below is a made-up one of that shape).
        "535 5.7.1 Please try again",
        "535-5.7.1 Learn more at\r\n535 5.7.1 https://support.google.com/mail/ - gsmtp",
        "534 5.7.1 Please try again",  # RFC 4954 §6: the mechanism is too weak
    ])
    def test_an_auth_basic_code_beats_a_generic_enhanced_code(self, reply: str) -> None:
        """RFC 4954's AUTH codes name their reason; a generic X.7.1 only says "security"."""
        result = classify(reply)
        assert result.category is Category.AUTH_FAILED
        assert result.evidence.kind == "code"

    def test_basic_code_default_is_last(self) -> None:
        """A bare code falls back to its RFC meaning."""
        result = classify("503 Not now")
        assert (result.category, result.evidence.rule) == (Category.BAD_SEQUENCE, "rfc5321.503")

    def test_success_is_success_whatever_the_text_says(self) -> None:
        """A 2xx is delivered even when its text names spam or a virus."""
        result = classify("250 2.7.0 Ok, discarded, id=12345 - INFECTED: Eicar")
        assert (result.category, result.action) == (Category.DELIVERED, Action.NONE)
        result = classify("2.7.0 Ok, discarded, id=12345 - INFECTED: Eicar")
        assert (result.severity, result.category) == (Severity.SUCCESS, Category.DELIVERED)

    def test_reply_to_mail_from_is_about_the_sender(self) -> None:
        """An address refused in reply to MAIL FROM is the sender's, not a dead recipient."""
        result = classify("550 5.1.1 User unknown", command="MAIL FROM")
        assert result.category is Category.SENDER_REJECTED
        assert not result.hard_bounce

    @pytest.mark.parametrize(("reply", "category", "rule"), [
        # Postfix's reject_unlisted_sender: the *sender's* mailbox is unknown.
        ("550 5.1.0 <a@example.com>: Sender address rejected: User unknown in virtual mailbox "
         "table", Category.SENDER_REJECTED, "context.sender-label(postfix.user-unknown-table)"),
        # A policy daemon's reason after the label stands (policyd-rate-limit's default text).
        ("450 4.7.1 <a@example.com>: Sender address rejected: Rate limit exceeded",
         Category.RATE_LIMITED, "generic.rate-limited"),
        # An access table's REJECT: only the label and a weak policy word.
        ("554 5.7.1 <a@example.com>: Sender address rejected: Access denied",
         Category.SENDER_REJECTED, "generic.sender-rejected-label"),
    ])
    def test_postfix_sender_label_is_about_the_sender(
            self, reply: str, category: Category, rule: str) -> None:
        """What follows "Sender address rejected:" decides, read as the sender's (smtpd_check.c)."""
        result = classify(reply)
        assert (result.category, result.evidence.rule) == (category, rule)

    def test_transcript_names_the_cause_a_bare_sysexits_text_hides(self) -> None:
        """Sendmail's local delivery: "Can't create output" is EX_CANTCREAT's bare text
        (sendmail/deliver.c), and the session transcript above it holds procmail's "Quota
        exceeded while writing …" (procmail's own message): the full mailbox is the cause."""
        result = classify("(reason: Can't create output)\n----- Transcript of session follows "
                          '-----\nprocmail: Quota exceeded while writing "/var/mail/u"\n550 '
                          "5.0.0 <u@example.com>... Can't create output")
        assert (result.category, result.evidence.rule) == (Category.MAILBOX_FULL, "procmail.quota")
        assert result.evidence.runner_up is not None
        assert result.evidence.runner_up.rule == "sendmail.local-errors"
        # Without a transcript the bare text stands.
        result = classify("550 5.0.0 <u@example.com>... Can't create output")
        assert (result.category, result.evidence.rule) == (
            Category.SERVER_ERROR, "sendmail.local-errors")

    def test_reporting_mta_names_the_cause_an_expiry_hides(self) -> None:
        """qmail's bounce: qmail-remote's "Connected to … but my name was rejected. Remote host
        said: …" (qmail-remote.c) and qmail-send's "I'm not going to try again; this message has
        been in the queue too long." (qmail-send.c). Running out of time is the consequence; the
        refused HELO the reporting MTA names is the cause."""
        result = classify("Connected to 192.0.2.1 but my name was rejected.\nRemote host said: "
                          "501 5.0.0 No\nI'm not going to try again; this message has been in the "
                          "queue too long.")
        assert (result.category, result.evidence.rule) == (
            Category.POLICY_VIOLATION, "qmail.helo-rejected")
        assert result.evidence.runner_up is not None
        assert result.evidence.runner_up.category is Category.EXPIRED
        # The reply's own reason still comes first when it names one.
        result = classify("Connected to 192.0.2.1 but my name was rejected.\nRemote host said: "
                          "550 5.7.1 User unknown\nI'm not going to try again; this message has "
                          "been in the queue too long.")
        assert result.evidence.rule != "qmail.helo-rejected"

    def test_sender_enhanced_code_makes_an_address_the_senders(self) -> None:
        """RFC 3463 X.1.8 names the sender's system address: Sendmail's check_mail refusal."""
        result = classify("553 5.1.8 <httpd@example.jp>... Domain of sender address "
                          "httpd@example.jp does not exist")
        assert (result.category, result.evidence.rule) == (
            Category.SENDER_REJECTED, "context.sender-code(generic.user-unknown)")
        assert not result.hard_bounce

    def test_554_greeting_means_no_service(self) -> None:
        """RFC 5321 §3.1: a 554 greeting says there is no SMTP service here."""
        result = classify("554 mx.example.com", command="CONNECT")
        assert result.category is Category.SERVICE_UNAVAILABLE

    def test_status_hint_fills_a_missing_or_generic_code(self) -> None:
        """A DSN Status: field refines what the reply left open."""
        assert classify("Address rejected", status="5.1.1").category is Category.USER_UNKNOWN
        assert classify("550 #5.1.0 rejected", status="5.1.1").enhanced is not None
        assert str(classify("550 #5.1.0 rejected", status="5.1.1").enhanced) == "5.1.1"
        assert str(classify("550 5.2.2 full", status="5.1.1").enhanced) == "5.2.2"
        assert classify("550 x", status="not a status").enhanced is None


class TestRetryAdvice:
    def test_greylisting_waits_as_the_server_says(self) -> None:
        """milter-greylist's stated wait becomes the retry delay."""
        result = classify("451 4.7.1 Greylisting in action, please come back in 00:25:00")
        assert result.retry.retry
        assert result.retry.after == timedelta(minutes=25)
        assert result.retry.give_up_after == timedelta(days=2)

    def test_greylisting_default_is_postgrey_delay(self) -> None:
        """Without a stated wait, postgrey's 300 seconds."""
        result = classify("450 4.2.0 Recipient address rejected: Greylisted")
        assert result.retry.after == timedelta(minutes=5)

    def test_generic_transient_follows_rfc_5321(self) -> None:
        """RFC 5321 §4.5.4.1: at least 30 minutes, give up after 4-5 days."""
        result = classify("450 Requested action not taken: try another time")
        assert (result.retry.after, result.retry.give_up_after) == (
            timedelta(minutes=30), timedelta(days=5))

    def test_no_retry_for_a_dead_address(self) -> None:
        """A hard bounce is not retried."""
        result = classify("550 5.1.1 No such user")
        assert (result.retry.retry, result.retry.after, result.retry.give_up_after) == (
            False, None, None)


class TestInputForms:
    def test_int_code(self) -> None:
        """A bare code is classified by its meaning."""
        result = classify(552)
        assert (result.code, result.category) == (552, Category.MAILBOX_FULL)
        assert classify(999).category is Category.UNKNOWN

    def test_smtplib_getreply_tuple(self) -> None:
        """``(code, message)`` as ``SMTP.getreply()`` returns it: bytes, lines joined by LF."""
        result = classify((550, b"5.1.1 The email account does not exist.\n5.1.1 Try again"))
        assert (result.code, str(result.enhanced)) == (550, "5.1.1")
        assert result.category is Category.USER_UNKNOWN
        assert classify((-1, b"garbage")).code is None

    def test_smtplib_exception(self) -> None:
        """``SMTPResponseException`` and its subclasses carry code and error."""
        error = smtplib.SMTPSenderRefused(553, b"5.1.8 Sender address rejected", "s@example.com")
        result = classify(error)
        assert (result.code, result.category) == (553, Category.SENDER_REJECTED)
        data_error = smtplib.SMTPDataError(554, "5.7.1 Message rejected as spam")
        assert classify(data_error).category is Category.SPAM_CONTENT

    def test_recipients_refused_points_to_its_replies(self) -> None:
        """``SMTPRecipientsRefused`` holds one reply per recipient: each is classified alone."""
        error = smtplib.SMTPRecipientsRefused({"a@example.com": (550, b"5.1.1 No such user")})
        with pytest.raises(TypeError, match=r"classify_refused\(\)"):
            classify(error)
        results = [classify(reply) for reply in error.recipients.values()]
        assert results[0].category is Category.USER_UNKNOWN

    def test_aiosmtplib_like_exception(self) -> None:
        """aiosmtplib's exceptions carry ``code`` and ``message``; duck typing suffices."""

        class SMTPResponseError(Exception):
            def __init__(self, code: int, message: str) -> None:
                super().__init__(code, message)
                self.code = code
                self.message = message

        result = classify(SMTPResponseError(452, "4.2.2 Mailbox full"))
        assert (result.code, result.category) == (452, Category.MAILBOX_FULL)

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            (None, "not NoneType"),
            (5.5, "not float"),
            (True, "not bool"),
            (["550"], "not list"),
            ((550, 42), "must be str or bytes, not int"),
            (object(), "not object"),
        ],
    )
    def test_other_types_are_a_type_error(self, value: object, message: str) -> None:
        """Wrong types get a clear TypeError naming the type."""
        with pytest.raises(TypeError, match=message):
            classify(value)  # type: ignore[arg-type]

    def test_no_argument_equals_a_cache_key(self) -> None:
        """A tuple shaped like a hinted reply's cache key is still the wrong type."""
        classify("550 no such user here", command="RCPT")
        for code in (None, 550):
            with pytest.raises(TypeError):
                classify(("550 no such user here", code, "RCPT", None, None))  # type: ignore[arg-type]

    def test_same_reply_gives_the_same_shared_instance(self) -> None:
        """Classifications are immutable and cached: equal input, identical object."""
        assert classify("452 4.2.2 Mailbox full") is classify("452 4.2.2 Mailbox full")

    def test_description_is_one_english_line(self) -> None:
        """The description states the severity and the reason."""
        result: Classification = classify("550 5.1.1 No such user")
        assert result.description == "Permanent failure: The recipient address does not exist."


def test_huge_input_is_answered_and_not_kept() -> None:
    """A 50 MB reply is answered from its first characters; the cache keeps only those."""
    huge = "550 5.1.1 No such user " + "x" * 50_000_000
    result = classify(huge)
    assert result.category is Category.USER_UNKNOWN
    assert len(result.text) <= 4096
