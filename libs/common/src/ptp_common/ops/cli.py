"""``ptp-admin``: operate a running suite from a shell (role ``admin``).

Examples::

    ptp-admin contracts outbox
    ptp-admin projects dead-letters list
    ptp-admin projects dead-letters show 3
    ptp-admin projects dead-letters replay 3
    ptp-admin projects dead-letters discard 3
    ptp-admin contracts republish 5f0c...-event-id
    ptp-admin contracts run-job overdue-scan --as-of 2027-05-01T00:00:00Z
    ptp-admin all outbox

It talks to ``--url`` (default ``$PTP_URL`` or http://127.0.0.1:8000, the embedded
suite or the gateway) with ``--token`` (default ``$PTP_TOKEN``; in development a
token is minted locally when none is given).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

import httpx

SERVICES = ("crm", "contracts", "projects", "risk", "kpi")


def _token(explicit: str | None) -> str:
    if explicit:
        return explicit
    if os.environ.get("PTP_TOKEN"):
        return os.environ["PTP_TOKEN"]
    from ptp_common.auth.tokens import issue_token
    from ptp_common.settings import Environment, load_settings

    settings = load_settings("admin-cli")
    if settings.environment is Environment.production:
        raise SystemExit("set PTP_TOKEN (or --token) to an admin token from your identity provider")
    return issue_token(settings, "ptp-admin-cli", ["admin"])


def _call(client: httpx.Client, method: str, path: str, **kw: Any) -> Any:
    response = client.request(method, path, **kw)
    if response.status_code >= 400:
        detail = (
            response.json().get("detail") if response.headers.get("content-type", "").endswith("json") else ""
        )
        raise SystemExit(f"{method} {path}: {response.status_code} {detail or response.text}")
    return response.json()


def _all_pages(client: httpx.Client, path: str, params: dict[str, str]) -> Iterator[Any]:
    """Every item of a paged list, following ``next_cursor`` to the last page."""
    cursor = None
    while True:
        more: dict[str, str] = {"cursor": cursor} if cursor else {}
        page = _call(client, "GET", path, params={**params, "limit": 200, **more})
        yield from page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return


def _print(value: Any) -> None:
    print(json.dumps(value, indent=2, default=str))


def run(args: argparse.Namespace) -> int:
    headers = {"Authorization": f"Bearer {_token(args.token)}"}
    services = SERVICES if args.service == "all" else (args.service,)
    with httpx.Client(base_url=args.url.rstrip("/"), headers=headers, timeout=30) as client:
        for service in services:
            base = f"/{service}/api/v1/admin"
            if args.command == "outbox":
                _print(_call(client, "GET", f"{base}/outbox"))
            elif args.command == "dead-letters":
                if args.action == "list":
                    for item in _all_pages(client, f"{base}/dead-letters", {"status": args.status}):
                        print(
                            f"{service:9} #{item['id']:<5} {item['parked_at']} {item['message_id']} "
                            f"{item['event_type']} attempts={item['attempts']} {item['error'][:80]}"
                        )
                elif args.id is None:
                    raise SystemExit(f"dead-letters {args.action} needs an id")
                elif args.action == "show":
                    _print(_call(client, "GET", f"{base}/dead-letters/{args.id}"))
                else:
                    _print(_call(client, "POST", f"{base}/dead-letters/{args.id}/{args.action}"))
            elif args.command == "republish":
                _print(_call(client, "POST", f"{base}/outbox/{args.event_id}/republish"))
            elif args.command == "run-job":
                params = {"as_of": args.as_of} if args.as_of else {}
                _print(_call(client, "POST", f"{base}/jobs/{args.job}/run", params=params))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ptp-admin", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--url", default=os.environ.get("PTP_URL", "http://127.0.0.1:8000"))
    p.add_argument("--token", default=None)
    p.add_argument("service", choices=[*SERVICES, "all"])
    commands = p.add_subparsers(dest="command", required=True)
    commands.add_parser("outbox", help="unsent events, age of the oldest, parked count")
    dl = commands.add_parser("dead-letters", help="parked messages")
    dl.add_argument("action", choices=["list", "show", "replay", "discard"])
    dl.add_argument("id", nargs="?", type=int)
    dl.add_argument("--status", default="parked", choices=["parked", "held", "replayed", "discarded"])
    rp = commands.add_parser("republish", help="send an event of this service's outbox again")
    rp.add_argument("event_id")
    job = commands.add_parser("run-job", help="run a periodic job now")
    job.add_argument("job")
    job.add_argument("--as-of", default=None, help="UTC time, e.g. 2027-05-01T00:00:00Z")
    return p


def main(argv: list[str] | None = None) -> int:
    return run(parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
