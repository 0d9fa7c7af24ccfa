#!/usr/bin/env bash
# The language tools Samling runs on this server, from Debian's packages where the machine
# allows (as root with apt-get): Apertium, the machine translator (README, "Machine
# translation"), and hunspell with the Bokmål, Nynorsk and Danish dictionaries, which check the
# catalogues' spelling. Elsewhere it says how to add them and carries on: without Apertium
# the admin offers no machine translation, and the spelling test skips.
set -uo pipefail
PACKAGES=(apertium apertium-dan-nor apertium-nno-nob hunspell hunspell-no hunspell-da)
have_all() {
  command -v apertium >/dev/null && apertium -l | grep nob-dan >/dev/null &&
    apertium -l | grep nob-nno_e >/dev/null &&
    command -v hunspell >/dev/null && [ -e /usr/share/hunspell/nb_NO.dic ] &&
    [ -e /usr/share/hunspell/nn_NO.dic ] && [ -e /usr/share/hunspell/da_DK.dic ]
}
have_all && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  if apt-get install -y -qq "${PACKAGES[@]}" >/dev/null 2>&1 ||
     { apt-get update -qq && apt-get install -y -qq "${PACKAGES[@]}" >/dev/null; }; then
    echo "installed ${PACKAGES[*]}"
    exit 0
  fi
fi
echo "Apertium and hunspell are missing, so the admin offers no machine translation."
echo "To add them: sudo apt-get install ${PACKAGES[*]}"
