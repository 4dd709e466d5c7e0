"""taxonomy.md's default action table, row by row, against the table in the code."""

from __future__ import annotations

import pytest

from smtpcodes import Action, Category, Scope, Severity, classify
from smtpcodes._tables import (
    ACTIONS,
    BASIC_CODE_CATEGORIES,
    DESCRIPTIONS,
    RETRY_SCHEDULE,
    SCOPES,
)

# Copied from taxonomy.md ("The default action table"): categories -> (permanent, transient,
# unknown). Kept here independently of smtpcodes/_tables.py so that a change to either is seen.
TAXONOMY_TABLE = [
    ("user_unknown mailbox_disabled host_unknown has_moved", "suppress retry suppress"),
    ("mailbox_full rate_limited too_many_connections greylisted system_full", "retry retry retry"),
    ("relay_denied sender_rejected auth_failed blocklisted reputation",
     "fix_sender retry fix_sender"),
    ("auth_required sender_unauthenticated reverse_dns tls_required",
     "fix_sender fix_sender fix_sender"),
    ("spam_content virus content_rejected message_too_large",
     "fix_message fix_message fix_message"),
    ("syntax_error bad_sequence not_implemented", "fix_client fix_client fix_client"),
    ("policy_violation", "investigate retry investigate"),
    ("service_unavailable server_error network_error", "investigate retry retry"),
    ("expired", "investigate investigate investigate"),
    ("unknown", "investigate retry investigate"),
    ("delivered", "none none none"),
    ("intermediate", "continue continue continue"),
]
ROWS = [
    (Category(category), Severity(severity), Action(action))
    for categories, actions in TAXONOMY_TABLE
    for category in categories.split()
    for severity, action in zip(("permanent", "transient", "unknown"), actions.split(), strict=True)
]


def test_table_covers_every_category() -> None:
    """Each category has a row."""
    assert {row[0] for row in ROWS} == set(Category)


@pytest.mark.parametrize(("category", "severity", "action"), ROWS)
def test_action_table_row(category: Category, severity: Severity, action: Action) -> None:
    """(severity, category) -> action is exactly taxonomy.md's."""
    assert ACTIONS[severity, category] is action


def test_every_category_has_a_description() -> None:
    """Descriptions exist for every category and are one line."""
    assert set(DESCRIPTIONS) == set(Category)
    assert all("\n" not in text and text.endswith(".") for text in DESCRIPTIONS.values())


def test_retry_schedule_is_sane() -> None:
    """Every wait is shorter than its give-up time."""
    assert all(row.after < row.give_up_after for row in RETRY_SCHEDULE.values())


def test_basic_code_defaults_are_failures() -> None:
    """Only 4xx and 5xx codes need a default category; 2xx/3xx go by their digit."""
    assert all(400 <= code < 600 for code in BASIC_CODE_CATEGORIES)


# Copied from taxonomy.md ("Scope — whom a verdict is about"): categories -> (permanent,
# transient, unknown), independently of smtpcodes/_tables.py.
SCOPE_TABLE = [
    ("user_unknown mailbox_disabled mailbox_full has_moved greylisted expired policy_violation",
     "recipient recipient recipient"),
    ("host_unknown service_unavailable server_error system_full network_error rate_limited "
     "too_many_connections", "domain domain domain"),
    ("blocklisted reputation", "sender domain sender"),
    ("relay_denied sender_rejected auth_required auth_failed sender_unauthenticated reverse_dns "
     "tls_required", "sender sender sender"),
    ("spam_content virus content_rejected message_too_large", "message message message"),
    ("syntax_error bad_sequence not_implemented", "session session session"),
    ("delivered intermediate unknown", "none none none"),
]
SCOPE_ROWS = [
    (Category(category), Severity(severity), Scope(scope))
    for categories, scopes in SCOPE_TABLE
    for category in categories.split()
    for severity, scope in zip(("permanent", "transient", "unknown"), scopes.split(), strict=True)
]


def test_scope_table_covers_every_category() -> None:
    """Each category has a scope row."""
    assert {row[0] for row in SCOPE_ROWS} == set(Category)


@pytest.mark.parametrize(("category", "severity", "scope"), SCOPE_ROWS)
def test_scope_table_row(category: Category, severity: Severity, scope: Scope) -> None:
    """(severity, category) -> scope is exactly taxonomy.md's."""
    assert SCOPES[severity, category] is scope


@pytest.mark.parametrize(("reply", "scope"), [
    ("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown", "recipient"),
    ("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred", "domain"),
    ("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
     "sender"),
    ("552 5.3.4 Message size exceeds fixed limit", "message"),
    ("503 5.5.1 Error: need RCPT command", "session"),
    ("250 2.0.0 Ok: queued as 4Bxyz", "none"),
])
def test_classification_carries_scope(reply: str, scope: str) -> None:
    """classify() fills in the scope from the table."""
    assert classify(reply).scope is Scope(scope)
