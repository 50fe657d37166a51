"""``make run``: serve the embedded suite (PORT overrides 8000)."""

from __future__ import annotations

import os
import sys

import uvicorn
from ptp_common.http.server import UVICORN_OPTIONS


def main() -> int:
    os.environ.setdefault("PTP_BUS", "inprocess")
    port = int(os.environ.get("PORT", "8000"))
    host = os.environ.get("HOST", "127.0.0.1")
    print(
        f"Point-to-point suite (embedded) on http://{host}:{port}  "
        f"(docs: /crm/docs, /contracts/docs, /projects/docs, /risk/docs, /kpi/docs)\n"
        f"Get a token:  make token ROLES=business_specialist SUB=alice",
        file=sys.stderr,
        flush=True,
    )
    app = "ptp_suite.embedded:create_app"
    uvicorn.run(app, factory=True, host=host, port=port, log_config=None, **UVICORN_OPTIONS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
