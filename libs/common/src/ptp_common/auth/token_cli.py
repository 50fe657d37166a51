"""Print a development bearer token: ``make token ROLES=business_specialist,legal SUB=alice``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from ptp_common.auth.issuing import issue_token
from ptp_common.settings import Environment, load_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--roles", default="manager", help="comma-separated roles")
    parser.add_argument("--sub", default="dev-user", help="subject (user or system id)")
    parser.add_argument("--name", default=None)
    parser.add_argument(
        "--customer", default=None, help="customer id a client_representative acts for (customer_id claim)"
    )
    parser.add_argument("--hours", type=float, default=8.0)
    args = parser.parse_args(argv)
    settings = load_settings("token")
    if settings.environment is Environment.production:
        print("refusing: tokens are issued by the identity provider in production", file=sys.stderr)
        return 2
    roles = [r.strip() for r in args.roles.split(",") if r.strip()]
    try:
        token = issue_token(
            settings,
            args.sub,
            roles,
            ttl=dt.timedelta(hours=args.hours),
            name=args.name,
            customer_id=args.customer or None,
        )
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(token)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
