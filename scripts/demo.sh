#!/usr/bin/env bash
# Set up, then open the desktop app on the fictional demo store (created on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --gui
exec .venv/bin/casefiles --demo "$@"
