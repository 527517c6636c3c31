# Two commands set everything up: `make run` and `make test`.
# The virtual environment is rebuilt only when pyproject.toml changes (stamp keyed on its hash).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-16)

.PHONY: setup run test lint fast-test clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

run: setup
	$(BIN)/python -m desktop

lint: setup
	$(BIN)/ruff check desktop inference tests scripts
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

fast-test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m 'not slow' -x -q

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .pyinstaller dist
