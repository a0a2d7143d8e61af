# Ancora: `make run` for the demo site, `make test` for the whole suite.
VENV ?= .venv
PY := $(VENV)/bin/python
PYTEST := $(PY) -m pytest
export DJANGO_SETTINGS_MODULE ?= kb.settings.dev

.PHONY: help run test test-sqlite test-postgres e2e lint format bench load messages demo relevance

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e ".[dev]"
	touch $@

run: $(VENV)/.installed ## From nothing to the demo site on http://127.0.0.1:8000
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver 127.0.0.1:8000

demo: $(VENV)/.installed ## Build or refresh the demo corpus only
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo

test: $(VENV)/.installed ## The whole suite: SQLite, then PostgreSQL when DATABASE_URL is set
	$(MAKE) test-sqlite
	@if [ -n "$$DATABASE_URL" ]; then $(MAKE) test-postgres; \
	else echo "DATABASE_URL is not set: PostgreSQL run skipped."; fi

test-sqlite: $(VENV)/.installed
	@echo "=== Test suite on SQLite"
	env -u DATABASE_URL DJANGO_SETTINGS_MODULE=kb.settings.test $(PYTEST) -m "not e2e"
	$(MAKE) e2e

test-postgres: $(VENV)/.installed
	@echo "=== Test suite on PostgreSQL ($${DATABASE_URL%%@*}@...)"
	DJANGO_SETTINGS_MODULE=kb.settings.test $(PY) -m kb.dbcheck
	DJANGO_SETTINGS_MODULE=kb.settings.test $(PYTEST) -m "not e2e"

e2e: $(VENV)/.installed node_modules/.installed ## Journeys, accessibility and HTML checks in Chromium
	@echo "=== Browser tests (screenshots in test-output/e2e/)"
	env -u DATABASE_URL DJANGO_SETTINGS_MODULE=kb.settings.test $(PYTEST) -m e2e tests/e2e

# The Nu HTML Checker runs on the machine's Java; its installer's download script is not needed.
node_modules/.installed: package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --ignore-scripts && touch $@; \
	else echo "npm is absent: the HTML validity checks will be skipped."; fi

lint: $(VENV)/.installed ## ruff, migrations and deployment checks
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=kb.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=kb.settings.production SECRET_KEY=ci-dummy-secret-key-that-is-long-enough-0123456789abcdef \
	  ALLOWED_HOSTS=ancora.example DATABASE_URL=sqlite://:memory: \
	  $(PY) manage.py check --deploy --fail-level WARNING

format: $(VENV)/.installed ## Format and fix what ruff can
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

MESSAGES_IGNORE := --ignore=.venv --ignore=node_modules --ignore=test-output --ignore=bench --ignore=tests

messages: $(VENV)/.installed ## Refresh and compile the nl and fr catalogues
	$(PY) manage.py makemessages -l nl -l fr --no-location --no-obsolete $(MESSAGES_IGNORE)
	$(PY) manage.py compilemessages $(MESSAGES_IGNORE)

load: $(VENV)/.installed ## Mixed loopback load on gunicorn serving the demo; LOAD_SECONDS=60, LOAD_DATABASE_URL
	$(PY) -m bench.loadcheck --duration $${LOAD_SECONDS:-60} $${LOAD_DATABASE_URL:+--database-url "$$LOAD_DATABASE_URL"}

relevance: $(VENV)/.installed ## Hit@1, hit@3, MRR of coaches' queries (tuning and held-out halves of the unseen ones, and the earlier ones) on the demo corpus, both engines
	env -u DATABASE_URL DJANGO_SETTINGS_MODULE=kb.settings.test $(PYTEST) tests/search/test_understanding.py -k relevance -s -q -p no:warnings

bench: $(VENV)/.installed ## The benchmark (not a test); BENCH_SCALE=large adds 100k sheets
	$(PY) -m bench.run
