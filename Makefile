# Two commands set everything up: `make run` and `make test`.
# The virtual environment is rebuilt only when pyproject.toml changes (stamp keyed on its hash).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-16)

.PHONY: setup run web test lint fast-test clean translations
.PHONY: dist dist-lite dist-full lite-venv test-dist-full dist-report

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

run: setup
	$(BIN)/python -m desktop

# The browser page on this machine only (http://127.0.0.1:8501); .streamlit/config.toml has its settings.
WEB_PORT ?= 8501
web: setup
	$(BIN)/python -m streamlit run web/app.py --server.address 127.0.0.1 --server.port $(WEB_PORT)

lint: setup
	$(BIN)/ruff check desktop inference web tests scripts
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint peers
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

fast-test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m 'not slow' -x -q

# Serving peers for tests/peers, each in its own venv (they pin their own FastAPI, pydantic, protobuf):
# .peers/mlserver (MLServer, tritonclient[http], LiteRT), .peers/kserve (the KServe SDK, LiteRT) and
# .peers/moto (an S3 API server for --engine ray's s3:// paths).
# Rebuilt only when scripts/peers/NAME.txt changes (stamp keyed on its hash); usable on their own.
.PHONY: peers peer-mlserver peer-kserve peer-moto
MLSERVER_STAMP := .peers/mlserver/.installed-$(shell sha256sum scripts/peers/mlserver.txt | cut -c1-16)
KSERVE_STAMP   := .peers/kserve/.installed-$(shell sha256sum scripts/peers/kserve.txt | cut -c1-16)
MOTO_STAMP     := .peers/moto/.installed-$(shell sha256sum scripts/peers/moto.txt | cut -c1-16)
peers: peer-mlserver peer-kserve peer-moto
peer-mlserver: $(MLSERVER_STAMP)
peer-kserve: $(KSERVE_STAMP)
peer-moto: $(MOTO_STAMP)

$(MLSERVER_STAMP): scripts/peers/mlserver.txt
	$(call make_peer_venv,mlserver)
$(KSERVE_STAMP): scripts/peers/kserve.txt
	$(call make_peer_venv,kserve)
$(MOTO_STAMP): scripts/peers/moto.txt
	$(call make_peer_venv,moto)

define make_peer_venv
	rm -rf .peers/$(1)
	$(PYTHON) -m venv .peers/$(1)
	.peers/$(1)/bin/python -m pip install --quiet --upgrade pip
	.peers/$(1)/bin/python -m pip install --quiet -r scripts/peers/$(1).txt
	touch $@
endef

# Tepi's reference server beside MLServer, same .tflite, same load, 1/8/32 clients, 1/2 processes
# (about 10 minutes); the table and verdicts print and land in docs/bench/peers.md.
.PHONY: bench-peers
bench-peers: setup peer-mlserver
	$(BIN)/python -m inference bench --peers --markdown docs/bench/peers.md --json docs/bench/peers.json

# Coverage-guided fuzzing (atheris), bounded: FUZZ_SECONDS per target, then the property tests at 2000
# examples each. Findings land in $(FUZZ_DIR)/crashes/; each becomes a test in tests/hostile/test_regressions.py.
.PHONY: fuzz
FUZZ_SECONDS ?= 60
FUZZ_DIR     ?= /tmp/tepi-fuzz
fuzz: setup
	for target in images codecs csv tflite; do \
	  $(BIN)/python scripts/fuzz/tepi_fuzz.py $$target --dir $(FUZZ_DIR) --seconds $(FUZZ_SECONDS) || exit 1; \
	done
	TEPI_PROPERTY_EXAMPLES=2000 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/hostile/test_properties.py

clean:
	rm -rf $(VENV) .peers .pytest_cache .ruff_cache .mypy_cache .pyinstaller dist

# Refresh the translation catalogues from the code (translate new strings with pyside6-linguist), then compile.
I18N_SOURCES := $(shell find desktop -name '*.py' -not -path '*/__pycache__/*' | sort)
translations: setup
	$(BIN)/pyside6-lupdate $(I18N_SOURCES) -ts resources/i18n/tepi_id.ts -no-obsolete
	$(BIN)/pyside6-lupdate $(I18N_SOURCES) -ts resources/i18n/tepi_en.ts -pluralonly -no-obsolete
	$(BIN)/pyside6-lrelease resources/i18n/tepi_id.ts resources/i18n/tepi_en.ts resources/i18n/qtbase_id.ts

# ---- Standalone installers (recipes in build/, output in .pyinstaller/ and dist/) ----
# `make dist` builds the lite one-dir bundle (LiteRT, no TensorFlow) in a TensorFlow-free venv, then the
# .deb and .tar.gz; `make dist-full` builds the bundle with TensorFlow from .venv. Each step reruns only
# when something it is built from (sources, resources, recipes, pyproject.toml, the venv) is newer.
VERSION       := $(shell sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n 1)
DEB_ARCH      := $(shell dpkg --print-architecture 2>/dev/null || echo amd64)
MACHINE       := $(shell uname -m)
LITE_VENV     := .pyinstaller/venv-lite
# On arm64 the lite bundle carries `tepi serve` too: a Raspberry Pi as a team's on-premise server.
LITE_SERVER   := $(filter aarch64 arm64,$(MACHINE))
LITE_REQS     := $(PYTHON) build/lite_requirements.py$(if $(LITE_SERVER),; $(PYTHON) build/lite_requirements.py --server)
# Keyed on what gets installed (the derived requirements and the version), not on every pyproject edit.
LITE_STAMP    := $(LITE_VENV)/.installed-$(shell { $(LITE_REQS); echo $(VERSION); } | sha256sum | cut -c1-16)
BUNDLE_INPUTS := pyproject.toml $(shell find inference desktop resources build -not -path '*/__pycache__*' \
                   -not -name '*.pyc' 2>/dev/null | sed 's/ /\\ /g')
LITE_EXE      := dist/lite/tepi/tepi
FULL_EXE      := dist/full/tepi/tepi
DEB           := dist/tepi_$(VERSION)_$(DEB_ARCH).deb
TARBALL       := dist/tepi-$(VERSION)-linux-$(MACHINE).tar.gz
FULL_TARBALL  := dist/tepi-full-$(VERSION)-linux-$(MACHINE).tar.gz

dist: $(LITE_EXE) $(DEB) $(TARBALL)
dist-lite: $(LITE_EXE)
dist-full: $(FULL_EXE) $(FULL_TARBALL)
lite-venv: $(LITE_STAMP)

$(LITE_STAMP): build/lite_requirements.py
	rm -rf $(LITE_VENV)
	$(PYTHON) -m venv $(LITE_VENV)
	$(LITE_VENV)/bin/python -m pip install --quiet --upgrade pip
	{ $(LITE_REQS); } > $(LITE_VENV)/requirements.txt
	$(LITE_VENV)/bin/python -m pip install --quiet -r $(LITE_VENV)/requirements.txt
	$(LITE_VENV)/bin/python -m pip install --quiet --no-deps -e .
	! $(LITE_VENV)/bin/python -c 'import tensorflow' 2>/dev/null
	touch $@

$(LITE_EXE): $(LITE_STAMP) $(BUNDLE_INPUTS)
	$(LITE_VENV)/bin/python -m PyInstaller --noconfirm --log-level WARN --distpath dist/lite \
	  --workpath .pyinstaller/work-lite build/tepi.spec -- --flavor lite $(if $(LITE_SERVER),--server)
	touch $@

$(FULL_EXE): $(STAMP) $(BUNDLE_INPUTS)
	$(BIN)/python -m PyInstaller --noconfirm --log-level WARN --distpath dist/full \
	  --workpath .pyinstaller/work-full build/tepi.spec -- --flavor full
	touch $@

$(DEB): $(LITE_EXE) build/linux/make_deb.sh
	build/linux/make_deb.sh dist/lite/tepi $(VERSION) $(DEB_ARCH) $@

$(TARBALL): $(LITE_EXE) build/linux/make_tarball.sh
	build/linux/make_tarball.sh dist/lite/tepi $@

$(FULL_TARBALL): $(FULL_EXE) build/linux/make_tarball.sh
	build/linux/make_tarball.sh dist/full/tepi $@

# The full bundle's smoke tests (not part of `make test`: about five minutes and 1.4 GB).
test-dist-full: setup
	TEPI_TEST_FULL_BUILD=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/packaging/test_full_bundle.py -q

# linux-aarch64 (Raspberry Pi 4/5, arm64 servers): the lite bundle with `tepi serve`, its .deb and tarball,
# built in an arm64 Debian root under qemu-user-static (installed from Debian when missing; needs root).
# Slow, everything arm64 is emulated: not part of `make test`. `make test-arm64` also runs the bundle there.
.PHONY: dist-arm64 test-arm64
ARM64_ROOT := .pyinstaller/arm64-root
dist-arm64:
	nice -n 19 build/linux/build_arm64.sh $(ARM64_ROOT) dist $(VERSION)

test-arm64: setup dist-arm64
	TEPI_TEST_ARM64=1 TEPI_ARM64_ROOT=$(ARM64_ROOT) nice -n 19 $(BIN)/python -m pytest -q -p no:cacheprovider \
	  tests/packaging/test_arm64_bundle.py

# Sizes and start-to-self-test times of the bundles built so far, against the budgets in the README.
dist-report:
	$(PYTHON) build/bundle_report.py dist/lite/tepi --deb $(DEB) --tarball $(TARBALL)
	test ! -x $(FULL_EXE) || $(PYTHON) build/bundle_report.py dist/full/tepi --tarball $(FULL_TARBALL) --runs 3
