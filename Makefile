# The two commands of the README:
#   make run    set up .venv, install rcpkg, build the store from the bundled pages, print where the outputs are
#   make test   set up .venv (with the test extras) and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.rcpkg-installed

.PHONY: run test bench docs clean

run: $(STAMP)
	$(BIN)/rcpkg build
	@echo
	@echo "Store:     .rcpkg/store   (try: $(BIN)/rcpkg queries ; $(BIN)/rcpkg query events-by-theme)"
	@echo "Site:      .rcpkg/store-site/index.html (open in a browser; works offline; network views in .rcpkg/store-site/explorer/)"

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks --events 1000 --json benchmarks/out/bench-1k.json

docs: $(STAMP)
	$(BIN)/python -m rcpkg.namespaces --write
	$(BIN)/python -m rcpkg.docgen
	$(BIN)/python -m rcpkg.queries.catalogue --markdown > docs/queries.md
	$(BIN)/python -m rcpkg.clidoc --write
	$(BIN)/python -m rcpkg.shacl_conformance --write

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	@touch $@

clean:
	rm -rf .rcpkg build dist *.egg-info
