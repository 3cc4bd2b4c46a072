# The two commands a newcomer needs: `make lab` and `make test`. Both set up .venv first if needed.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8888
STAMP := $(VENV)/.installed
export JUPYTER_PLATFORM_DIRS := 1

.PHONY: lab test setup release doctor readme bench mutation clean help

help:
	@echo "make lab      set up .venv if needed, then open JupyterLab on the course (PORT=$(PORT))"
	@echo "make test     set up .venv if needed, then run the whole test suite on all cores"
	@echo "make release  regenerate assignments/ from solutions/ with nbgrader"
	@echo "make doctor   check the environment and say what to fix"
	@echo "make readme   regenerate the README's course map (course/syllabus.toml) and mutation scores (tests/mutants)"
	@echo "make mutation how many automatic mutants of each reference answer the tests kill (MODULE=NN-slug for one)"
	@echo "make bench    time class grading: serial nbgrader autograde vs course grade --workers 2 (BENCH_ARGS=...)"

setup: $(STAMP)

# Reinstall whenever the pins or the package metadata change. uv is installed from the package
# index into the venv because it resolves and installs the ~150 pins in seconds; pip is the fallback.
# --compile-bytecode: every graded kernel imports numpy and pandas; without .pyc files each one compiles
# them again (about 1 s a kernel, measured by bench/grading.py).
$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed, found " + sys.version.split()[0]'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.8 \
	  && $(BIN)/uv pip install --compile-bytecode --python $(BIN)/python -r requirements.lock -e . \
	  || $(BIN)/python -m pip install --disable-pip-version-check -r requirements.lock -e .
	$(BIN)/jupyter labextension enable @jupyter/nbgrader >/dev/null 2>&1 || true
	$(BIN)/jupyter server extension enable --sys-prefix nbgrader >/dev/null 2>&1 || true
	touch $(STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab --ip=127.0.0.1 --port=$(PORT) --no-browser $(if $(filter 0,$(shell id -u)),--allow-root,) \
	  --ServerApp.root_dir="$(CURDIR)" --LabApp.default_url=/lab/tree/README.md

test: $(STAMP)
	$(BIN)/python -m pytest -n auto --dist loadfile

release: $(STAMP)
	$(BIN)/course generate

readme: $(STAMP)
	$(BIN)/python -c 'from pathlib import Path; from course import syllabus; syllabus.update_readme(Path("README.md"))'
	$(BIN)/python -c 'from pathlib import Path; from course.authoring import mutation; mutation.update_readme(Path("README.md"))'

# Outside the test suite: minutes of grading, and numbers that depend on the machine.
bench: $(STAMP)
	$(BIN)/python bench/grading.py $(BENCH_ARGS)

# Grader strength: mutants of every reference answer against its exercise's tests (minutes for all modules).
mutation: $(STAMP)
	$(BIN)/python -m course.authoring.mutation --quiet $(MODULE)

doctor: $(STAMP)
	$(BIN)/course doctor

clean:
	rm -rf submitted autograded feedback exchange reports gradebook.db .pytest_cache

# environment.yml carries the lock's pins for conda users (tests/test_environment.py keeps them equal).
environment.yml: requirements.lock
	$(PYTHON) -c 'import re, sys; pins = [l.strip() for l in open("requirements.lock") if re.match(r"^[A-Za-z0-9]", l)]; \
	head = "# Conda route to the course environment (Windows, or if you prefer conda): the same exact pins as\n# requirements.lock, which `make` uses. Made by `make environment.yml`; do not edit by hand.\n# conda env create -f environment.yml && conda activate ml-engineering-course\nname: ml-engineering-course\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pip\n  - pip:\n"; \
	sys.stdout.write(head + "".join(f"      - {p}\n" for p in pins) + "      - -e .\n")' > $@
