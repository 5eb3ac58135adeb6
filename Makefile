# Two commands set everything up on a machine with python3 and make: `make run`, `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CORPUS ?= seeds
OUT ?= data/processed
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))

.PHONY: run test lint lab bench build notebooks setup clean

# Reinstall only when the package metadata changed.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	@git rev-parse --git-dir >/dev/null 2>&1 && $(VENV)/bin/nbstripout --install >/dev/null 2>&1 || true
	@touch $(STAMP)

setup: $(STAMP)

# A researcher's corrections apply to every build once data/corrections.csv exists.
CORRECTIONS := $(wildcard data/corrections.csv)

build: $(STAMP)
	$(PY) -m helpers build --corpus $(CORPUS) --out $(OUT) $(if $(CORRECTIONS),--corrections $(CORRECTIONS))

# The notebooks read the build just made: CORPUS and OUT are passed to their parameters cell
# (papermill), so `make run CORPUS=~/my_reports OUT=data/my_build` charts your corpus.
notebooks: build
	@mkdir -p reports/notebooks reports/figures
	@for nb in $(NOTEBOOKS); do \
		echo "executing $$nb"; \
		$(VENV)/bin/papermill --no-progress-bar --log-level WARNING --cwd notebooks --execution-timeout 600 \
			-p corpus "$(abspath $(CORPUS))" -p processed "$(abspath $(OUT))" \
			"$$nb" "reports/notebooks/$$(basename $$nb)" || exit 1; \
	done
	@# JupyterLab runs an output's JavaScript (the interactive tables) only in trusted notebooks.
	@$(VENV)/bin/jupyter trust reports/notebooks/*.ipynb >/dev/null

run: notebooks
	@echo "tables: $(OUT)/   executed notebooks: reports/notebooks/   charts: reports/figures/"

test: $(STAMP) lint
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff format --check --quiet src tests tools
	$(VENV)/bin/ruff check --quiet src tests tools

# JupyterLab refuses to run as root unless told to; containers often run as root.
lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks/ $$([ "$$(id -u)" = 0 ] && echo --allow-root)

bench: $(STAMP)
	$(PY) tools/bench.py $(BENCH_ARGS)

clean:
	rm -rf data/processed data/.cache reports/notebooks reports/figures .pytest_cache
