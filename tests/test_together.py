"""``Together`` entries: words that name a reason only side by side, read where no phrase did.

The window rule is tested on its own here; the entries themselves are tested by the learn set
(each decides a real reply) and by ``test_knowledge`` (their words are written as phrases are).
"""

from __future__ import annotations

import pytest

from smtpcodes._match import _within, find_together, joint
from smtpcodes.enums import Category
from tests.conftest import DATA, load_jsonl


@pytest.mark.parametrize(("seen", "groups", "window", "words"), [
    # (position, group, word): every group within the window -> the words in text order
    ([(0, 0, "mailbox"), (20, 1, "full")], 2, 40, ["mailbox", "full"]),
    ([(0, 1, "full"), (20, 0, "mailbox")], 2, 40, ["full", "mailbox"]),
    # too far apart: nothing
    ([(0, 0, "mailbox"), (60, 1, "full")], 2, 40, []),
    # a later word of the first group makes a close pair with the second
    ([(0, 0, "mailbox"), (50, 0, "inbox"), (70, 1, "full")], 2, 40, ["inbox", "full"]),
    # one group missing: nothing, however close
    ([(0, 0, "mailbox"), (5, 0, "inbox")], 2, 40, []),
    # three groups
    ([(0, 0, "a"), (10, 1, "b"), (30, 2, "c")], 3, 40, ["a", "b", "c"]),
    ([(0, 0, "a"), (10, 1, "b"), (50, 2, "c")], 3, 40, []),
])
def test_a_word_of_every_group_within_the_window(
        seen: list[tuple[int, int, str]], groups: int, window: int, words: list[str]) -> None:
    assert _within(seen, groups, window) == words


def test_the_words_of_an_address_are_not_words_of_the_sentence() -> None:
    """A local part is a name, not a statement: "mailbox-is-full@…" says nothing of a mailbox."""
    text = "550 Delivery to <mailbox-is-full@example.com> was refused"
    assert [hit.rule for hit in find_together(text)] == []
    assert [hit.category for hit in find_together("550 The mailbox is full")] == [
        Category.MAILBOX_FULL]


def test_the_ascii_scan_finds_what_the_whole_scan_finds_on_ascii_text() -> None:
    """ASCII text is scanned with the ASCII words alone: on every ASCII learn reply it finds the
    same words at the same places as the scan of every word."""
    together = joint()
    assert together.words is not None and together.ascii_words is not None
    checked = 0
    for path in sorted((DATA / "learn").glob("*.jsonl")):
        for row in load_jsonl(path):
            lowered = " " + row["reply"].lower()
            if lowered.isascii():
                whole = [(m.start(1), m.group(1)) for m in together.words.finditer(lowered)]
                ascii_only = [(m.start(1), m.group(1))
                              for m in together.ascii_words.finditer(lowered)]
                assert ascii_only == whole, row["reply"][:80]
                checked += 1
    assert checked > 1000
