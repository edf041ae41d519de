# policykg — two commands on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: help install system-deps demo serve ingest test lint typecheck pytest bench clean graph-stop

help:
	@echo "make demo   - set up, start the embedded graph, ingest data/samples, serve the API"
	@echo "make test   - set up, then ruff, mypy and the whole test suite"
	@echo "make bench  - run the benchmarks in bench/"

# System packages the tests need, installed only when missing (LibreOffice, which ingest
# uses to read .doc, .wps and .rtf files, without the packages it merely recommends).
system-deps:
	@missing=""; \
	command -v node >/dev/null || missing="$$missing nodejs"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v wrk >/dev/null || missing="$$missing wrk"; \
	fc-list 2>/dev/null | grep -qi "wenquanyi micro hei" || missing="$$missing fonts-wqy-microhei"; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages the tests need:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; \
	fi; \
	if ! command -v soffice >/dev/null; then \
	  echo "installing LibreOffice (reads .doc, .wps and .rtf files)"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui; \
	fi

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "policykg needs Python 3.11+"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch node_modules/.installed

install: $(STAMP)

demo: install
	$(BIN)/policykg graph start
	$(BIN)/policykg ingest data/samples
	$(BIN)/policykg serve

serve: install
	$(BIN)/policykg serve

lint: install
	$(BIN)/ruff check graph ingest api tests bench
	$(BIN)/ruff format --check graph ingest api tests bench

typecheck: install
	$(BIN)/mypy

# Unbuffered, so a log cut short still shows how far the tests got; the outer limit (55 min)
# ends a run that hangs where pytest-timeout cannot see (after the last test) with an error.
pytest: install system-deps node_modules/.installed
	PYTHONUNBUFFERED=1 timeout --kill-after=30 3300 $(BIN)/pytest -q

test: lint typecheck pytest

bench: install system-deps
	$(PY) bench/load.py
	$(PY) bench/prune.py
	$(PY) bench/ingest.py
	$(PY) bench/long_sentence.py
	$(PY) bench/mentions.py
	$(PY) bench/read_pdf.py
	$(PY) bench/read_spreadsheets.py
	$(PY) bench/read_word97.py
	$(PY) bench/read_ofd.py
	$(PY) bench/read_markdown.py
	$(PY) bench/api.py

graph-stop:
	-$(BIN)/policykg graph stop

clean: graph-stop
	rm -rf $(VENV) node_modules .policykg .pytest_cache .mypy_cache .ruff_cache
