# rsqm: `make run` serves the system with demo data; `make test` runs the whole suite.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
RSQM := $(VENV)/bin/rsqm
PORT ?= 8000
UV_VERSION := 0.13.9
BUILD := rsqm/static/build

.PHONY: run test setup chromium lint check-deploy bench clean

# Python dependencies from the lock file, into .venv (so .venv/bin/rsqm works).
$(VENV)/.deps: pyproject.toml uv.lock
	@test -x $(PY) || python3 -m venv $(VENV)
	@$(VENV)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION) 2>&1 | grep -v "^WARNING: Location" || true
	UV_PROJECT_ENVIRONMENT=$(VENV) $(VENV)/bin/uv sync --frozen --inexact --quiet
	@touch $@

# Front-end dependencies (GOV.UK Frontend, htmx, sass, axe-core) from package-lock.json.
node_modules/.deps: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# GOV.UK Frontend compiled from its Sass with our fonts and asset path, and htmx, served by the app.
$(BUILD)/.built: node_modules/.deps frontend/build.mjs $(wildcard frontend/*.scss)
	node frontend/build.mjs
	@touch $@

setup: $(VENV)/.deps $(BUILD)/.built

run: setup
	@mkdir -p var
	$(RSQM) migrate --noinput
	$(RSQM) createcachetable
	$(RSQM) demo
	PORT=$(PORT) $(RSQM) serve

# Browser tests drive Debian's chromium; install it when it is missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

test: setup chromium
	$(VENV)/bin/pytest

lint: setup
	$(VENV)/bin/ruff check .

check-deploy: setup
	RSQM_MODE=production ALLOWED_HOSTS=rsqm.example.org \
	SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(64))')" \
	$(PY) manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) node_modules $(BUILD)
