"""The customer's credit risk flag follows the newest rating event, whatever order they arrive in."""

from __future__ import annotations

import datetime as dt


def is_newer(
    known_time: dt.datetime | None,
    known_event_id: str | None,
    incoming_time: dt.datetime,
    incoming_event_id: str,
) -> bool:
    """True when the incoming rating event should replace the one the flag shows.

    Events carry their time; a late, older event must not overwrite a newer
    rating. Equal times are broken by event id so every replica decides alike.
    """
    if known_time is None:
        return True
    if incoming_time != known_time:
        return incoming_time > known_time
    return incoming_event_id > (known_event_id or "")
