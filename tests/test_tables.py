"""taxonomy.md's default action table, row by row, against the table in the code."""

from __future__ import annotations

import pytest

from smtpcodes import Action, Category, Severity
from smtpcodes._tables import ACTIONS, BASIC_CODE_CATEGORIES, DESCRIPTIONS, RETRY_SCHEDULE

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
