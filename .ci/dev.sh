#!/usr/bin/env bash
# Puente's one entry point for newcomers, developers and CI.
#
#   bash .ci/dev.sh demo    install what is missing, build, open Puente on the demo sandbox
#   bash .ci/dev.sh test    install what is missing, build, run the whole test suite
#   bash .ci/dev.sh setup   only install what is missing and build
#
# Works on a fresh Debian 12 (base system + git): every tool and library comes from apt,
# installed with sudo when not root. Nothing is downloaded from anywhere else.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git python3 python3-jsonschema
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-sqlite libqt6sql6-psql libgl1-mesa-dev xvfb xauth
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing() {
    local missing=()
    for pkg in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Installing ${missing[*]} needs root: run as root or install sudo." >&2; exit 1; }
        sudo=(sudo)
    fi
    log "Installing ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    log "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    log "Building ($preset)"
    cmake --build --preset "$preset"
}

run_tests() {
    local preset=$1
    log "Testing ($preset)"
    ctest --preset "$preset" -j "$(nproc)"
}

case "${1:-}" in
    setup)
        install_missing
        build dev
        ;;
    demo)
        install_missing
        build dev
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No graphical session found (DISPLAY/WAYLAND_DISPLAY unset). Run this from a desktop session," >&2
            echo "or try it without one: xvfb-run -a build/dev/app/puente --demo" >&2
            exit 1
        fi
        log "Opening Puente on the demo sandbox"
        exec build/dev/app/puente --demo
        ;;
    test)
        install_missing
        build dev
        run_tests dev
        ;;
    *)
        sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
esac
