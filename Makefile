# Samling: `make run` for the demo site, `make test` for the whole suite.
SHELL := /bin/bash
PYTHON ?= python3.11
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)

.DEFAULT_GOAL := help
.PHONY: help run test setup setup-test lint checks audit messages messages-update pytest demo bench bench-render bench-translation clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

setup: $(UV) ## Install the locked runtime dependencies into .venv and node_modules (and the language tools where it may)
	$(UV) sync --frozen --inexact
	npm ci --no-audit --no-fund --loglevel=error
	$(MAKE) messages
	bash bin/install-language-tools.sh

setup-test: $(UV) ## Install runtime and test dependencies (Designsystemet, Inter and axe-core from npm)
	$(UV) sync --frozen --group test
	npm ci --no-audit --no-fund --loglevel=error
	$(MAKE) messages
	bash bin/install-language-tools.sh

messages: ## Compile the nb, nn and da catalogues (no GNU gettext needed)
	$(PY) bin/compile_messages.py

demo: setup ## Migrate the SQLite database and load the demo content
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) collectstatic --noinput -v0

# demo-ID, the demo's own sign-in provider (demo/identity_provider.py), on loopback.
DEMO_ID := OIDC_PROVIDERS=demo OIDC_DEMO_NAME=demo-ID OIDC_DEMO_ISSUER=http://127.0.0.1:8001 \
	OIDC_DEMO_CLIENT_ID=samling-demo OIDC_DEMO_CLIENT_SECRET=demo-id-secret

run: demo ## Set up and serve the demo site on http://127.0.0.1:8000 with demo-ID on :8001 (DJANGO_DEBUG=true for debug pages)
	$(PY) -m demo.identity_provider --port 8001 & trap 'kill $$!' EXIT; \
		$(DEMO_ID) $(MANAGE) runserver 127.0.0.1:8000

lint: ## Ruff lint and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

checks: ## Django system checks, migrations and deploy checks
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=cms.settings.production SECRET_KEY=$$(head -c 48 /dev/urandom | base64) \
		ALLOWED_HOSTS=samling.example.org PAGE_CACHE_REDIS_URL=redis://127.0.0.1:6379/1 \
		$(MANAGE) check --deploy --fail-level WARNING

audit: ## Known vulnerabilities in the locked dependencies (pip-audit)
	bash bin/audit.sh

# Two workers (pytest-xdist), each with its own database, media, Redis database and
# temporary folder: 409 s against 670 s for one process on this project's 2 cores.
PYTEST_WORKERS ?= 2

pytest: ## Run pytest only (after setup-test); PYTEST_WORKERS=0 for one process
	$(VENV)/bin/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

test: setup-test lint checks audit pytest ## Set up and run the whole suite: lint, checks, audit, pytest

clean: ## Remove the virtual environments, database and collected files
	rm -rf $(VENV) $(TOOLS) node_modules staticfiles tmp db.sqlite3*

messages-update: ## Extract the project's strings into locale/nb, nn and da (needs GNU gettext); Nynorsk's new ones filled by Apertium for reading
	$(MANAGE) makemessages -l nb -l nn -l da --no-location --no-obsolete \
		--ignore=.venv --ignore=.tools --ignore=node_modules --ignore=tests --ignore=bench
	$(PY) bin/fill_nynorsk.py

bench: setup ## Load benchmark (wrk, gunicorn, nginx; SQLite and PostgreSQL): bench/results/latest.json
	bash bin/bench-setup.sh
	$(PY) bench/run.py $(BENCH_ARGS)

bench-translation: demo ## Sentences that need an edit after machine translation (nb→da, nb→nn), plain, with the term base, with memory
	$(PY) bench/translation_quality.py --terms bench/translation/terms-before-review.csv
	$(PY) bench/translation_quality.py
	$(PY) bench/translation_quality.py --target nn

bench-render: demo ## In-process render time and queries of the demo pages, a 500-row enrolment and a full-size cohort's team work, against budgets
	$(MANAGE) collectstatic --noinput -v0
	$(PY) bench/render_pages.py
	$(PY) bench/enrolment.py
	$(PY) bench/between_sessions.py
