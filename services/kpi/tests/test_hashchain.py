"""Unit tests of the hash chain: any altered field is found at its record."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from ptp_kpi.domain.hashchain import GENESIS_HASH, ChainVerifier, TrailContent, digest

T = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def chain(n: int) -> list[tuple[TrailContent, str, str]]:
    records, prev = [], GENESIS_HASH
    for seq in range(1, n + 1):
        content = TrailContent(seq, f"e{seq}", "crm.customer.registered", "crm", f"s{seq}",
                               "corr", None, "alice", T, T, f'{{"n":{seq}}}')
        h = digest(content, prev)
        records.append((content, prev, h))
        prev = h
    return records


def run(records: list[tuple[TrailContent, str, str]], head: tuple[int, str] | None = None):  # type: ignore[no-untyped-def]
    verifier = ChainVerifier()
    for content, prev, h in records:
        broken = verifier.feed(content, prev, h)
        if broken:
            return broken
    last = records[-1] if records else None
    head = head or ((last[0].seq, last[2]) if last else (0, GENESIS_HASH))
    return verifier.finish(*head)


def test_an_untouched_chain_verifies() -> None:
    assert run(chain(4)) is None


@pytest.mark.parametrize(
    "change",
    [{"payload": '{"n":99}'}, {"actor": "mallory"}, {"type": "crm.feedback.received"},
     {"correlation_id": "other"}, {"occurred_at": T + dt.timedelta(seconds=1)},
     {"subject": None}, {"event_id": "forged"}],
)
def test_altering_any_field_breaks_at_that_record(change: dict[str, object]) -> None:
    records = chain(4)
    content, prev, h = records[2]
    records[2] = (dataclasses.replace(content, **change), prev, h)
    broken = run(records)
    assert broken is not None and broken.seq == 3
    assert "hash" in broken.reason


def test_deleting_a_record_breaks_the_next_one() -> None:
    records = chain(4)
    del records[1]
    broken = run(records, head=(4, chain(4)[-1][2]))
    assert broken is not None and broken.seq == 3 and "sequence" in broken.reason


def test_rewriting_a_record_with_a_fresh_hash_breaks_the_link_after_it() -> None:
    records = chain(3)
    content, prev, _ = records[1]
    forged = dataclasses.replace(content, payload="{}")
    records[1] = (forged, prev, digest(forged, prev))
    broken = run(records)
    assert broken is not None and broken.seq == 3 and "previous-hash" in broken.reason


def test_records_cut_from_the_end_are_noticed_at_the_head() -> None:
    full = chain(3)
    broken = run(full[:2], head=(3, full[2][2]))
    assert broken is not None and broken.seq == 3


def test_a_chain_rewritten_from_a_record_on_is_caught_by_an_earlier_anchor() -> None:
    honest = chain(4)
    anchor = {3: honest[2][2]}
    # rewrite record 2 and re-chain everything after it: internally consistent again
    records, prev = [], honest[0][2]
    records.append(honest[0])
    for content, _, _ in honest[1:]:
        content = dataclasses.replace(content, payload="{}") if content.seq == 2 else content
        h = digest(content, prev)
        records.append((content, prev, h))
        prev = h
    assert run(records) is None  # without an anchor the rewrite is invisible
    verifier = ChainVerifier(anchor)
    breaks = [verifier.feed(*r) for r in records]
    broken = next(b for b in breaks if b is not None)
    assert broken.seq == 3 and "anchor" in broken.reason
