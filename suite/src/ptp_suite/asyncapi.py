"""``make asyncapi``: write docs/asyncapi.yaml from the event registry and the services' subscriptions."""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml
from ptp_common.events.asyncapi import build_asyncapi
from ptp_common.messaging.consumer import ALL_EVENTS
from ptp_common.service import known_services


def render() -> str:
    consumers = {}
    for name, definition in known_services().items():
        if definition.handlers:
            consumers[name] = (
                [ALL_EVENTS] if ALL_EVENTS in definition.handlers else sorted(definition.handlers)
            )
    document = build_asyncapi(consumers)
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="docs/asyncapi.yaml")
    args = parser.parse_args()
    Path(args.output).write_text(render())
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
