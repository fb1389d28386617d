# The two commands: `make run` and `make test`. Everything else is a helper.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench i18n screenshots clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/kopdes init --demo --if-missing
	$(BIN)/kopdes gui

test: $(STAMP)
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python -m tests.bench.run $(BENCH_ARGS)

# Regenerate the English translation from the Indonesian source strings.
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find app/ui -name '*.py') -ts resources/i18n/kopdes_en.ts -no-obsolete
	$(BIN)/pyside6-lrelease resources/i18n/kopdes_en.ts -qm resources/i18n/kopdes_en.qm

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.gui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
