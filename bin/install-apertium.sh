#!/usr/bin/env bash
# Apertium, the machine translator that runs on this server (README, "Machine
# translation"), from Debian's packages where the machine allows: as root with apt-get.
# Elsewhere it says how to add it and carries on: without it the admin simply offers no
# machine translation.
set -uo pipefail
PACKAGES=(apertium apertium-dan-nor apertium-nno-nob)
if command -v apertium >/dev/null && apertium -l | grep nob-dan >/dev/null; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  if apt-get install -y -qq "${PACKAGES[@]}" >/dev/null 2>&1 ||
     { apt-get update -qq && apt-get install -y -qq "${PACKAGES[@]}" >/dev/null; }; then
    echo "installed ${PACKAGES[*]}"
    exit 0
  fi
fi
echo "Apertium is not installed, so the admin offers no machine translation."
echo "To add it: sudo apt-get install ${PACKAGES[*]}"
