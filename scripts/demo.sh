#!/usr/bin/env bash
# Install OrderDesk into .venv and open it on a demo database (created on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
ensure_venv ""
exec .venv/bin/orderdesk --demo "$@"
