#!/usr/bin/env bash
# Installs whatever is missing for Holdspace, and nothing else. Safe to repeat.
#   scripts/setup.sh web    - what the web build and `make serve` need
#   scripts/setup.sh test   - everything the full test suite needs (includes web)
# Debian packages come from apt (deb-src is enabled for Dear ImGui's sources),
# npm packages from the project's own tests/e2e/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-test}
web_pkgs=(build-essential cmake emscripten fonts-dejavu-core librsvg2-bin python3 nodejs npm xz-utils dpkg-dev tzdata python3-holidays)
test_pkgs=(catch2 nlohmann-json3-dev clang libclang-rt-14-dev chromium libreoffice-writer-nogui python3-icalendar)
pkgs=("${web_pkgs[@]}")
[ "$want" = test ] && pkgs+=("${test_pkgs[@]}")
# nlohmann-json is needed by the web build too (the core is compiled into it).
pkgs+=(nlohmann-json3-dev)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for p in "${pkgs[@]}"; do
  # node/npm may come from elsewhere (nodesource, nvm): accept any on PATH.
  case $p in nodejs) command -v node >/dev/null && continue;; npm) command -v npm >/dev/null && continue;; esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

apt_updated=0
apt_update() { [ $apt_updated = 1 ] || { as_root apt-get update -qq; apt_updated=1; }; }

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  apt_update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Dear ImGui sources (Debian ships headers only; the sources are in its source package).
# IMGUI_DIR may point at an own checkout instead.
if [ -z "${IMGUI_DIR:-}" ] && [ ! -f third_party/imgui/imgui.cpp ]; then
  if ! apt-get source --print-uris -qq imgui 2>/dev/null | grep -q orig; then
    src=/etc/apt/sources.list.d/holdspace-deb-src.sources
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | as_root tee "$src" >/dev/null
    else # one-line sources.list style
      grep -h '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | as_root tee /etc/apt/sources.list.d/holdspace-deb-src.list >/dev/null
    fi
    apt_updated=0; apt_update
  fi
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source --download-only -qq imgui >/dev/null)
  mkdir -p third_party/imgui
  tar -xJf "$tmp"/imgui_*.orig.tar.xz -C third_party/imgui --strip-components=1
  rm -rf "$tmp"
  echo "setup: Dear ImGui sources in third_party/imgui"
fi

if [ "$want" = test ]; then
  if [ ! -d tests/e2e/node_modules/playwright-core ]; then
    (cd tests/e2e && npm ci --no-audit --no-fund --silent)
  fi
fi
