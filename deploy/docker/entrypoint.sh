#!/bin/sh
# Entry point of the ptp-suite image.
#
#   PTP_SERVICE=<crm|contracts|projects|risk|kpi|webhooks> ptp-entrypoint serve [uvicorn args]  serve on $PORT
#   PTP_SERVICE=<...>                             ptp-entrypoint migrate      migrate its database to head, exit
#                                                 ptp-entrypoint healthcheck  probe $PTP_HEALTH_PATH (default /health/live)
#                                                 ptp-entrypoint <anything>   run it (e.g. python -m ...)
set -eu

require_service() {
    case "${PTP_SERVICE:-}" in
        crm|contracts|projects|risk|kpi|webhooks) ;;
        *) echo "ptp-entrypoint: set PTP_SERVICE to one of crm, contracts, projects, risk, kpi, webhooks" \
                "(got '${PTP_SERVICE:-}')" >&2
           exit 64 ;;
    esac
}

cmd="${1:-serve}"
case "$cmd" in
    serve)
        require_service
        shift || true
        : "${OTEL_SERVICE_NAME:=ptp-$PTP_SERVICE}"
        export OTEL_SERVICE_NAME
        # Behind the gateway (/<service>/... with the prefix stripped), PTP_ROOT_PATH=/<service>
        # makes /docs, OpenAPI "servers" and problem "instance" carry the public prefix.
        if [ -n "${PTP_ROOT_PATH:-}" ]; then
            set -- --root-path "$PTP_ROOT_PATH" "$@"
        fi
        # One process per container: scale with replicas, not workers. The
        # service also migrates at start (a no-op when the migrate step ran).
        # uvloop and httptools by name, as in every mode (ptp_common.http.server).
        exec uvicorn "ptp_${PTP_SERVICE}.main:app" \
            --host "${HOST:-0.0.0.0}" --port "${PORT:-8000}" --loop uvloop --http httptools \
            --proxy-headers --forwarded-allow-ips "${FORWARDED_ALLOW_IPS:-*}" \
            --no-access-log --timeout-graceful-shutdown "${PTP_GRACEFUL_SECONDS:-20}" \
            "$@"
        ;;
    migrate)
        require_service
        exec python -m ptp_common.db.migrate upgrade "$PTP_SERVICE"
        ;;
    healthcheck)
        exec python - <<'PY'
import os, sys, urllib.request
url = "http://127.0.0.1:%s%s" % (os.environ.get("PORT", "8000"), os.environ.get("PTP_HEALTH_PATH", "/health/live"))
try:
    with urllib.request.urlopen(url, timeout=4) as r:
        sys.exit(0 if r.status == 200 else 1)
except Exception as exc:
    print(f"unhealthy: {url}: {exc}", file=sys.stderr)
    sys.exit(1)
PY
        ;;
    *)
        exec "$@"
        ;;
esac
