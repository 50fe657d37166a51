#!/usr/bin/env bash
# Creates one login and one database per service, each login reaching only its own database.
#
# Run once by the postgres image on an empty data directory (compose mounts this
# folder at /docker-entrypoint-initdb.d; the Kubernetes dev overlay ships the same
# file). Safe to run again by hand: roles and databases are created if missing,
# passwords reset to the current values.
#
# Needs, for every service, <SERVICE>_DB_PASSWORD (e.g. CRM_DB_PASSWORD).
# PTP_SERVICES overrides the list (default: crm contracts projects risk kpi webhooks).
set -euo pipefail

services="${PTP_SERVICES:-crm contracts projects risk kpi webhooks}"
admin_db="${POSTGRES_DB:-postgres}"
psql_admin=(psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}")

for svc in $services; do
    var="$(printf '%s' "$svc" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
    password="${!var:-}"
    if [[ -z "$password" ]]; then
        echo "init: $var is not set; refusing to create the '$svc' login without a password" >&2
        exit 1
    fi
    echo "init: database and login '$svc'"
    # The password goes through a psql variable quoted by format(%L), never through the shell.
    "${psql_admin[@]}" --dbname "$admin_db" -v svc="$svc" -v pw="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION', :'svc')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'svc') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L CONNECTION LIMIT 100', :'svc', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'svc', :'svc')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'svc') \gexec
-- Only the owner (and superusers) may connect: no other service login gets in.
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'svc') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', :'svc', :'svc') \gexec
SQL
    # Inside its database the service owns the public schema (migrations create its tables).
    "${psql_admin[@]}" --dbname "$svc" -v svc="$svc" <<'SQL'
SELECT format('ALTER SCHEMA public OWNER TO %I', :'svc') \gexec
REVOKE ALL ON SCHEMA public FROM PUBLIC;
SQL
done

# Service logins must not reach the maintenance databases either.
"${psql_admin[@]}" --dbname "$admin_db" <<'SQL'
REVOKE CONNECT ON DATABASE postgres FROM PUBLIC;
REVOKE CONNECT ON DATABASE template1 FROM PUBLIC;
SQL
echo "init: done ($services)"
