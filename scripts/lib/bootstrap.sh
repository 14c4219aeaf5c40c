# Sourced by the scripts: make sure a virtualenv with the project and its dev tools exists, on a fresh machine too.
# Re-installs only when pyproject.toml changes, so repeated runs start fast.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="${MTH_VENV:-$ROOT/.venv}"
PYTHON_BIN="${PYTHON:-python3}"
EXTRAS="${MTH_EXTRAS:-dev}"

if ! "$PYTHON_BIN" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    echo "Muscle Twitch Helper needs Python 3.11 or newer; '$PYTHON_BIN' is $("$PYTHON_BIN" --version 2>&1)." >&2
    exit 2
fi
if [ ! -x "$VENV/bin/python" ]; then
    echo "Creating a virtualenv in $VENV ..." >&2
    "$PYTHON_BIN" -m venv "$VENV"
fi
STAMP="$VENV/.installed-$( (cat "$ROOT/pyproject.toml"; echo "$EXTRAS") | sha256sum | cut -c1-16)"
if [ ! -f "$STAMP" ]; then
    echo "Installing the project and its [$EXTRAS] extras ..." >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT[$EXTRAS]"
    rm -f "$VENV"/.installed-*
    touch "$STAMP"
fi
PY="$VENV/bin/python"
export PY ROOT VENV
cd "$ROOT"
