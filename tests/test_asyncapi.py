"""docs/asyncapi.yaml is generated from the code; this fails when it is stale."""

from __future__ import annotations

from pathlib import Path

import yaml
from ptp_common.events.asyncapi import suite_specs
from ptp_suite.asyncapi import render

DOC = Path(__file__).resolve().parents[1] / "docs" / "asyncapi.yaml"


def test_asyncapi_document_is_current() -> None:
    assert DOC.exists(), "run `make asyncapi`"
    assert DOC.read_text() == render(), (
        "docs/asyncapi.yaml is stale: run `make asyncapi` and commit it"
    )


def test_every_suite_event_has_a_channel_and_a_sender() -> None:
    document = yaml.safe_load(render())
    assert document["asyncapi"] == "3.0.0"
    for spec in suite_specs():
        assert spec.type in document["channels"]
        assert f"{spec.source_service}.send.{spec.type}" in document["operations"]
