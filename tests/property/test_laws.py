"""Property tests: classify answers any text or bytes, and its answers round-trip."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from smtpcodes import Action, Category, Classification, Severity, classify, parse

REPLY_LIKE = st.builds(
    lambda code, sep, enhanced, text: f"{code}{sep}{enhanced}{text}",
    st.integers(min_value=100, max_value=999).map(str),
    st.sampled_from([" ", "-", "", ":", " #"]),
    st.one_of(st.just(""), st.from_regex(r"[245]\.[0-9]{1,3}\.[0-9]{1,3} ", fullmatch=True)),
    st.text(max_size=300),
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), REPLY_LIKE))
def test_any_text_is_answered(reply: str) -> None:
    """No string raises; the answer is a valid Classification."""
    result = classify(reply)
    assert isinstance(result.category, Category)
    assert isinstance(result.action, Action)
    assert isinstance(result.severity, Severity)
    assert parse(reply).text == result.text


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_answered(reply: bytes) -> None:
    """No byte string raises, valid UTF-8 or not."""
    assert isinstance(classify(reply), Classification)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=400), REPLY_LIKE))
def test_round_trips(reply: str) -> None:
    """JSON and pickle round trips give equal objects."""
    result = classify(reply)
    assert Classification.model_validate_json(result.model_dump_json()) == result
    assert pickle.loads(pickle.dumps(result)) == result  # noqa: S301


@settings(max_examples=200, deadline=None)
@given(REPLY_LIKE)
def test_severity_follows_the_basic_code(reply: str) -> None:
    """When a basic code is read, its first digit is the severity."""
    result = classify(reply)
    if result.code is not None:
        digit = {"2": Severity.SUCCESS, "3": Severity.INTERMEDIATE, "4": Severity.TRANSIENT,
                 "5": Severity.PERMANENT}[str(result.code)[0]]
        assert result.severity is digit
    if result.severity is Severity.SUCCESS:
        assert result.category is Category.DELIVERED
        assert result.action is Action.NONE
