#!/usr/bin/env bash
# Installs what the browser and real-VS-Code tests need beyond npm: Debian's chromium, and
# code-server with Node 24 in .tools/ (see test/vscode/setup.sh). Idempotent and quick when
# everything is there, so `npm test` runs it every time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash test/vscode/setup.sh
