# The two commands of the README:
#   make demo   set everything up, then run the product (server + demo data + workstation)
#   make test   set everything up, then run the tests (headless)
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: demo test bench system-deps clean

$(VENV)/.installed-test: pyproject.toml packaging/bootstrap.sh
	VENV=$(VENV) EXTRAS=test packaging/bootstrap.sh

system-deps:
	packaging/system-deps.sh

demo: $(VENV)/.installed-test
	$(VENV)/bin/radview demo

test: $(VENV)/.installed-test system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache
