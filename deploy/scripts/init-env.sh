#!/usr/bin/env bash
# Writes ./.env from ./.env.example, filling every empty secret with a random value.
# Usage (from the repository root): deploy/scripts/init-env.sh [--force]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -e .env && "${1:-}" != "--force" ]]; then
    echo ".env exists; not overwriting it (use --force to replace it)" >&2
    exit 1
fi
random() { LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c "$1"; }
umask 077
while IFS= read -r line || [[ -n "$line" ]]; do
    if [[ "$line" =~ ^([A-Z_]+)=$ ]]; then
        name="${BASH_REMATCH[1]}"
        case "$name" in
            PTP_JWT_SECRET) echo "$name=$(random 48)" ;;
            *PASSWORD)      echo "$name=$(random 32)" ;;
            *)              echo "$line" ;;
        esac
    else
        echo "$line"
    fi
done < .env.example > .env
echo "wrote .env (mode 600); keep it out of version control"
