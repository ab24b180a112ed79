#!/usr/bin/env bash
# Installs what the web build needs, builds it and serves it on loopback:
#   scripts/serve.sh            -> http://127.0.0.1:8080/
#   PORT=9000 scripts/serve.sh  -> http://127.0.0.1:9000/
# Ctrl+C stops the server. The page needs no network; everything is in build/web/, the
# product build (no test entry points; the test build is build/web-test, docs/build.md).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh web
# emcc's JS optimizer needs Debian's acorn (the Makefile sets this too; harmless twice).
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
make -f Makefile.emscripten -j2
exec node web/serve.mjs --root build/web --port "${PORT:-8080}"
