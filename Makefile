# Family Engagement Portal: `make run` to try it, `make test` to check it.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/portal
PYTEST_WORKERS ?= 2

.PHONY: run test install lint check test-sqlite test-postgres browser gettext demo messages lock clean bench bench-search

$(INSTALLED): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[demo,test,dev]"
	@touch $@

install: $(INSTALLED)

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py update_index --verbosity 0
	$(PY) manage.py runserver 127.0.0.1:8000

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py update_index --verbosity 0

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check: install
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run

browser:
	@bash tests/browser/ensure_chromium.sh

# gettext: the catalog test extracts strings with xgettext.
gettext:
	@command -v xgettext >/dev/null || { [ "$$(id -u)" = "0" ] && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; } || \
		{ echo "gettext is missing: sudo apt-get install -y gettext"; exit 1; }

# Browser tests flush the database after each test (live server), so they run
# in their own session rather than interleaved with tests that share data.
test-sqlite: install browser gettext
	env -u DATABASE_URL $(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist loadgroup -m "not browser"
	env -u DATABASE_URL $(VENV)/bin/pytest -n $(PYTEST_WORKERS) -m browser

# The browser tests run once, on SQLite; PostgreSQL runs everything else.
test-postgres: install gettext
	@if $(PY) tests/postgres_available.py "$(POSTGRES_URL)"; then \
		DATABASE_URL="$(POSTGRES_URL)" $(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist loadgroup -m "not browser"; \
	elif [ "$$REQUIRE_POSTGRES" = "1" ]; then \
		echo "PostgreSQL is required (REQUIRE_POSTGRES=1) but $(POSTGRES_URL) does not answer."; exit 1; \
	else \
		echo "PostgreSQL at $(POSTGRES_URL) does not answer: skipping the PostgreSQL run."; \
	fi

test: lint check test-sqlite test-postgres

# Not a test: serves the portal with gunicorn (production settings) and drives it with wrk.
bench: install
	$(PY) tests/benchmarks/bench.py

# Not a test: indexes 10,000 bilingual search entries into Whoosh and Wagtail's database
# backend (SQLite FTS5; PostgreSQL too when DATABASE_URL names one) and times queries.
bench-search: install
	$(PY) tests/benchmarks/search_bench.py

messages: install
	$(PY) manage.py makemessages -l es --no-obsolete --ignore=.venv --ignore=tests
	$(PY) manage.py compilemessages --ignore=.venv

lock:
	$(PY) -m pip freeze --exclude-editable | grep -v "^family-engagement-portal" > constraints.txt

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
