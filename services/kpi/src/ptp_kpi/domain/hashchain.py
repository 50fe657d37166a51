"""The audit trail's hash chain: each record's hash covers its content and the previous hash.

Changing any stored field of a record changes its digest, so verification stops
at that record; deleting or reordering records breaks the sequence or the link
to the previous hash at the first record affected. Someone able to rewrite the
whole chain from a record onwards (hashes included) is caught by an *anchor*: a
(seq, hash) pair noted outside the database earlier, e.g. in an audit report.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class TrailContent:
    """The fields of a trail record that its hash protects."""

    seq: int
    event_id: str
    type: str
    source: str
    subject: str | None
    correlation_id: str
    causation_id: str | None
    actor: str | None
    occurred_at: dt.datetime
    recorded_at: dt.datetime
    payload: str


def digest(content: TrailContent, prev_hash: str) -> str:
    canonical = json.dumps(
        [
            content.seq,
            prev_hash,
            content.event_id,
            content.type,
            content.source,
            content.subject,
            content.correlation_id,
            content.causation_id,
            content.actor,
            content.occurred_at.astimezone(dt.UTC).isoformat(),
            content.recorded_at.astimezone(dt.UTC).isoformat(),
            content.payload,
        ],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    event_id: str | None
    reason: str


class ChainVerifier:
    """Feed records in sequence order; the first inconsistency is returned as a ChainBreak."""

    def __init__(self, anchors: dict[int, str] | None = None) -> None:
        self.expected_seq = 1
        self.prev_hash = GENESIS_HASH
        self.checked = 0
        self.anchors = dict(anchors or {})

    def feed(self, content: TrailContent, prev_hash: str, stored_hash: str) -> ChainBreak | None:
        if content.seq != self.expected_seq:
            return ChainBreak(
                content.seq,
                content.event_id,
                f"sequence gap: expected record {self.expected_seq}, found {content.seq}",
            )
        if prev_hash != self.prev_hash:
            return ChainBreak(
                content.seq,
                content.event_id,
                "previous-hash link does not match the hash of the record before",
            )
        if digest(content, prev_hash) != stored_hash:
            return ChainBreak(content.seq, content.event_id, "record content does not match its hash")
        anchored = self.anchors.get(content.seq)
        if anchored is not None and anchored != stored_hash:
            return ChainBreak(content.seq, content.event_id,
                              "hash differs from the anchor noted earlier: the chain was rewritten")
        self.expected_seq += 1
        self.prev_hash = stored_hash
        self.checked += 1
        return None

    def finish(self, head_seq: int, head_hash: str) -> ChainBreak | None:
        """Compare with the chain head: records removed from the end show up here."""
        missing_anchor = min((seq for seq in self.anchors if seq > self.checked), default=None)
        if missing_anchor is not None:
            return ChainBreak(missing_anchor, None, "an anchored record is missing")
        if head_seq != self.checked or head_hash != self.prev_hash:
            return ChainBreak(
                self.checked + 1 if head_seq > self.checked else head_seq,
                None,
                f"chain head names record {head_seq} but the intact chain ends at {self.checked}",
            )
        return None
