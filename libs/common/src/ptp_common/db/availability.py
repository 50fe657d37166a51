"""Tell "the database is not answering" apart from "this statement failed".

A consumer must not spend a message's attempts (and park it) because its own
database is restarting, failing over or out of connections: the message is fine
and will apply once the database is back. Only errors raised by the handler's
own work count as failures.
"""

from __future__ import annotations

from sqlalchemy import exc as sa_exc

# SQLSTATEs meaning "no usable connection right now" rather than "bad statement":
# class 08 connection exceptions, admin/crash shutdown, cannot connect now
# (recovery, failover), too many connections, out of memory / disk / resources.
_UNAVAILABLE_CLASSES = ("08",)
_UNAVAILABLE_CODES = frozenset({"57P01", "57P02", "57P03", "53000", "53100", "53200", "53300"})


def _sqlstate(error: BaseException) -> str | None:
    code = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    return code if isinstance(code, str) else None


def _chain(error: BaseException) -> list[BaseException]:
    """The error and what it wraps (``.orig``, ``raise ... from``), without cycles."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [error]
    while todo:
        current = todo.pop()
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        # Only what the error wraps: an error merely raised while handling another (__context__)
        # is the handler's own and must not be mistaken for an outage.
        todo += [getattr(current, "orig", None), current.__cause__]
    return seen


def is_database_unavailable(error: BaseException) -> bool:
    """True when ``error`` says the database could not be reached or refused to serve."""
    for link in _chain(error):
        if isinstance(link, sa_exc.DBAPIError) and link.connection_invalidated:
            return True
        if isinstance(link, ConnectionError | TimeoutError):
            return True
        # A bare OSError is what an unreachable host or network gives at connect time.
        if type(link) is OSError:
            return True
        code = _sqlstate(link)
        if code and (code.startswith(_UNAVAILABLE_CLASSES) or code in _UNAVAILABLE_CODES):
            return True
        # asyncpg's InterfaceError('connection is closed') carries no SQLSTATE.
        if type(link).__name__ == "InterfaceError" and "connection is closed" in str(link):
            return True
    return False
