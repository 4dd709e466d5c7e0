"""The models: frozen, hashable, round-tripping through JSON and pickle; the registries."""

from __future__ import annotations

import pickle

import pytest
from pydantic import BaseModel, ValidationError

from smtpcodes import (
    Classification,
    EnhancedStatusCode,
    Evidence,
    Reply,
    ReplyCode,
    RetryAdvice,
    Severity,
    classify,
)
from smtpcodes._registry import ENHANCED_REGISTRY

SAMPLES = [
    "550 5.1.1 No such user",
    "451 4.7.1 Greylisting in action, please come back in 00:25:00",
    "250 2.0.0 Ok",
    "garbage",
]


@pytest.mark.parametrize("reply", SAMPLES)
def test_json_round_trip_gives_an_equal_object(reply: str) -> None:
    """``model_validate_json(model_dump_json())`` gives back an equal Classification."""
    result = classify(reply)
    assert Classification.model_validate_json(result.model_dump_json()) == result


@pytest.mark.parametrize("reply", SAMPLES)
def test_pickle_round_trip_gives_an_equal_object(reply: str) -> None:
    """Pickling keeps every field."""
    result = classify(reply)
    assert pickle.loads(pickle.dumps(result)) == result  # noqa: S301


def test_classification_is_frozen_and_hashable() -> None:
    """Assigning a field fails; equal classifications hash alike."""
    result = classify("550 5.1.1 No such user")
    with pytest.raises(ValidationError, match="frozen"):
        result.code = 250  # type: ignore[misc]
    assert hash(result) == hash(classify(b"550 5.1.1 No such user"))


def test_json_dump_uses_the_contract_names() -> None:
    """``model_dump(mode="json")`` gives the taxonomy's string values."""
    dumped = classify("452 4.2.2 Mailbox full").model_dump(mode="json")
    assert dumped["category"] == "mailbox_full"
    assert dumped["action"] == "retry"
    assert dumped["severity"] == "transient"
    assert dumped["enhanced"] == "4.2.2"
    assert dumped["retry"] == {"retry": True, "after": "PT1H", "give_up_after": "P3D"}


class TestEnhancedStatusCode:
    def test_str_and_registry_entry(self) -> None:
        """``str()`` is the dotted form; the IANA entry is reachable."""
        code = EnhancedStatusCode.from_string("5.7.26")
        assert str(code) == "5.7.26"
        assert code.entry is not None
        assert code.entry.title == "Multiple authentication checks failed"
        assert code.severity is Severity.PERMANENT

    def test_unregistered_detail_has_subject_title(self) -> None:
        """Vendor codes outside the registry still have a subject."""
        code = EnhancedStatusCode.from_string("5.7.606")
        assert code.entry is None
        assert code.title == "Security or Policy Status"

    @pytest.mark.parametrize("bad", ["5.1", "3.1.1", "5.1.1.1", "x.1.1", "٥.1.1", "5.1000.1"])
    def test_invalid_forms_are_rejected(self, bad: str) -> None:
        """Only class 2, 4 or 5 with ASCII digits of at most three places."""
        pattern = r"(Invalid enhanced status code|less than or equal|class must be)"
        with pytest.raises(ValueError, match=pattern):
            EnhancedStatusCode.from_string(bad)


def test_registry_is_complete() -> None:
    """All 81 enumerated IANA entries up to X.7.30 are present."""
    assert len(ENHANCED_REGISTRY) == 81
    assert (7, 30) in ENHANCED_REGISTRY
    assert all(entry.title and entry.reference for entry in ENHANCED_REGISTRY.values())


class TestReplyCode:
    def test_http_status_idiom(self) -> None:
        """Members are ints with a phrase and a description; lookup by value works."""
        assert ReplyCode(550) == 550
        assert ReplyCode(550) is ReplyCode.MAILBOX_UNAVAILABLE
        assert ReplyCode(421).phrase.startswith("Service not available")
        assert str(ReplyCode.OK) == "250"
        assert ReplyCode(571).standard == "non-standard"

    @pytest.mark.parametrize(
        ("code", "severity"),
        [(250, Severity.SUCCESS), (354, Severity.INTERMEDIATE), (421, Severity.TRANSIENT),
         (554, Severity.PERMANENT)],
    )
    def test_first_digit_gives_severity(self, code: int, severity: Severity) -> None:
        """The first digit means something, so the enum answers for it."""
        assert ReplyCode(code).severity is severity

    def test_covers_the_rfcs(self) -> None:
        """RFC 5321, 4954, 3207, 7504 codes and the common non-standard 571 are there."""
        values = {int(code) for code in ReplyCode}
        assert {211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455, 500, 501, 502,
                503, 504, 550, 551, 552, 553, 554, 555} <= values  # RFC 5321
        assert {235, 334, 432, 454, 530, 534, 535, 538} <= values  # RFC 4954
        assert {521, 556} <= values  # RFC 7504
        assert 571 in values
        assert all(code.phrase and code.description for code in ReplyCode)


@pytest.mark.parametrize(
    "model", [Classification, RetryAdvice, Evidence, Reply, EnhancedStatusCode])
def test_every_field_is_described_in_the_json_schema(model: type[BaseModel]) -> None:
    """``model_json_schema()`` documents every field, from ``Field(description=...)``."""
    schema = model.model_json_schema(mode="validation")
    if "$ref" in schema:  # a recursive model (Evidence.runner_up) is defined under $defs
        schema = schema["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    properties = schema["properties"]
    assert set(properties) == set(model.model_fields)
    for name, schema in properties.items():
        assert schema.get("description", "").strip(), f"{model.__name__}.{name}"
        assert schema["description"] == model.model_fields[name].description


def test_nested_models_are_described_too() -> None:
    """The schema of a Classification describes its nested models' fields."""
    definitions = Classification.model_json_schema()["$defs"]
    assert definitions["RetryAdvice"]["properties"]["give_up_after"]["description"]
    assert definitions["Evidence"]["properties"]["rule"]["description"]


def test_models_do_not_parse_their_source() -> None:
    """Descriptions come from Field(), not use_attribute_docstrings (which reads source)."""
    for model in (Classification, RetryAdvice, Evidence, Reply, EnhancedStatusCode):
        assert not model.model_config.get("use_attribute_docstrings")
