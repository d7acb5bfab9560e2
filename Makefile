# make run   — create .venv, install, create/migrate the database, load demo data once, serve on :8501
# make test  — everything CI checks (ruff, unit, AppTest, SQLite + PostgreSQL storage, real browser)

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test lint init clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

init: $(VENV)/.runtime
	$(PY) -m sse_match init --demo

run: init
	$(PY) -m streamlit run server.py --server.headless true --server.port $(PORT)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy sse_match
	PYTHONPATH=. $(VENV)/bin/lint-imports

test: lint
	$(PY) -m pytest

clean:
	rm -rf $(VENV) data/sse_match.db data/sse_match.db-wal data/sse_match.db-shm
