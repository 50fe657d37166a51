# Two commands on a fresh machine with Python 3.11 and make: `make run`, `make test`.
# uv is installed into .tools/ when it is not on PATH; everything else comes from uv.lock.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
UV ?= $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
RUN := $(UV) run --frozen
PORT ?= 8000
BASE_URL ?= http://127.0.0.1:$(PORT)
ROLES ?= manager
SUB ?= dev-user
CUSTOMER ?=
PYTEST_ARGS ?=

.PHONY: help run up-local demo admin test test-unit lint bench bench-smoke token migrate asyncapi client sync clean

help:
	@echo "make run       serve the embedded suite on http://127.0.0.1:$(PORT) (SQLite, in-process bus)"
	@echo "make up-local  run the six services as separate processes on PostgreSQL + RabbitMQ behind :$(PORT)"
	@echo "make demo      drive one deal through a running suite at $(BASE_URL) and print its story"
	@echo "make test      run every test against PostgreSQL and RabbitMQ (TEST_POSTGRES_URL, TEST_AMQP_URL)"
	@echo "make lint      ruff + mypy"
	@echo "make token     print a dev bearer token, e.g. make token ROLES=legal,manager SUB=alice"
	@echo "make admin     operate a running suite, e.g. make admin ARGS='projects dead-letters list'"
	@echo "make migrate   migrate every service's database (<SERVICE>_DATABASE_URL)"
	@echo "make asyncapi  regenerate docs/asyncapi.yaml from the event registry"
	@echo "make client    regenerate the typed Python client (clients/python) from the six OpenAPI documents"
	@echo "make bench     run the benchmarks (under 15 min; rewrites the table in docs/performance.md)"
	@echo "make bench-smoke  every benchmark figure on small numbers, no targets (about 3 min; CI)"

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv

.venv/.synced: uv.lock pyproject.toml libs/common/pyproject.toml $(wildcard services/*/pyproject.toml) suite/pyproject.toml clients/python/pyproject.toml | $(if $(findstring .tools,$(UV)),.tools/bin/uv)
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

sync: .venv/.synced

run: sync
	PORT=$(PORT) $(RUN) python -m ptp_suite.run

up-local: sync  # PTP_LOCAL_DB_PREFIX, PTP_LOCAL_FIRST_PORT, PTP_LOCAL_POSTGRES_URL, AMQP_URL from the environment
	PORT=$(PORT) $(RUN) python -m ptp_suite.local

demo: sync
	BASE_URL=$(BASE_URL) $(RUN) python -m ptp_suite.demo

test: sync
	$(RUN) pytest $(PYTEST_ARGS)

test-unit: sync
	$(RUN) pytest -m "not integration" $(PYTEST_ARGS)

lint: sync
	$(RUN) ruff check .
	$(RUN) mypy libs/common/src suite/src $(wildcard services/*/src)

token: sync
	@$(RUN) python -m ptp_common.auth.token_cli --roles "$(ROLES)" --sub "$(SUB)" --customer "$(CUSTOMER)"

admin: sync
	@$(RUN) python -m ptp_common.ops.cli $(ARGS)

migrate: sync
	$(RUN) python -m ptp_common.db.migrate upgrade

asyncapi: sync
	$(RUN) python -m ptp_suite.asyncapi --output docs/asyncapi.yaml

client: sync
	$(RUN) python clients/generate.py

bench: sync
	$(RUN) python -m bench

bench-smoke: sync
	BENCH_SMOKE=1 $(RUN) python -m bench

clean:
	rm -rf .venv .tools data .pytest_cache .ruff_cache .mypy_cache
