# Two commands for a newcomer: `make demo` and `make test` (both install into .venv first).
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
OUT ?= out

.PHONY: demo test install evaluate judged-flags judged-agreements bench stance-bench app clean

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

install: $(VENV)/.installed

demo: install  ## score the sample dossier into out/
	$(PY) -m verify score seeds --out $(OUT)

test: install  ## the whole test suite (what CI runs)
	HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $(PY) -m pytest -q

evaluate: install  ## quality tables for the README: the sample dossier, the dev stories, then the blind test stories
	$(PY) -m verify evaluate seeds annotations/gold_pairs.csv --markdown --stance
	$(PY) -m verify evaluate annotations/heldout/dossier annotations/heldout/gold_pairs.csv --markdown
	$(PY) -m verify evaluate annotations/dev2/dossier annotations/dev2/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/dev3/dossier annotations/dev3/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/dev4/dossier annotations/dev4/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/dev5/dossier annotations/dev5/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/dev6/dossier annotations/dev6/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/dev7/dossier annotations/dev7/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/dev8/dossier annotations/dev8/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/dev9/dossier annotations/dev9/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/dev10/dossier annotations/dev10/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/dev11/dossier annotations/dev11/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/dev12/dossier annotations/dev12/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/dev13/dossier annotations/dev13/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/dev14/dossier annotations/dev14/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/dev15/dossier annotations/dev15/gold_pairs.csv --markdown --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout2/dossier annotations/heldout2/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout3/dossier annotations/heldout3/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout4/dossier annotations/heldout4/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout5/dossier annotations/heldout5/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout6/dossier annotations/heldout6/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout7/dossier annotations/heldout7/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout8/dossier annotations/heldout8/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout9/dossier annotations/heldout9/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout10/dossier annotations/heldout10/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout11/dossier annotations/heldout11/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout12/dossier annotations/heldout12/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout13/dossier annotations/heldout13/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout14/dossier annotations/heldout14/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv
	$(PY) -m verify evaluate annotations/heldout15/dossier annotations/heldout15/gold_pairs.csv --markdown --stance --tune-on annotations/dev2/dossier annotations/dev2/gold_pairs.csv

judged-flags: install  ## share of flagged conflicts judged real, on the stories whose flags helpers judged
	$(PY) annotations/judged_flags/score_flags.py

judged-agreements: install  ## share of a fixed sample of agreements judged the same fact, on the same stories
	$(PY) annotations/judged_flags/score_agreements.py

bench: install  ## speed and memory on a 500-article dossier
	$(PY) -m verify.bench --articles 500

stance-bench: install  ## FNC-1 competition test figures for the stance model
	$(PY) -m verify.stance_bench --data ../shared/fnc1 --markdown

app: install  ## the reviewer's workbench
	$(VENV)/bin/streamlit run app.py

clean:
	rm -rf $(VENV) $(OUT) .verify-cache
