# The README's two commands are `make demo` and `make test`. Everything else is a building block.
SHELL := /bin/bash
PY := .venv/bin/python
PIP := .venv/bin/pip
STAMP := .venv/.installed

.PHONY: install system-packages demo test lint services-start services-stop messages bench

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v msgfmt >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext)
	test -x $(PY) || python3.11 -m venv .venv || python3 -m venv .venv
	$(PIP) install -q --upgrade pip
	$(PIP) install -q ".[test]"
	touch $(STAMP)

system-packages:
	bash scripts/system-packages.sh

demo: install
	bash scripts/demo.sh

test: system-packages install
	bash scripts/test.sh

lint: install
	.venv/bin/ruff check .

messages: install
	$(PY) manage.py makemessages -l as --ignore=.venv --ignore=out --ignore=bench
	$(PY) manage.py compilemessages --ignore=.venv

services-start:
	bash scripts/services.sh start

services-stop:
	bash scripts/services.sh stop

bench: install
	bash bench/run_all.sh
