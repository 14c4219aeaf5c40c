# Sourced by the scripts: install the Debian packages the voice features and their tests need, when missing.
# espeak-ng: the always-available offline voice and test audio; libportaudio2: the microphone (sounddevice);
# sox: audio conversion and measurement; chromium + chromium-driver: the browser test of the talk-to-it page;
# faketime (libfaketime): the memory tests run the skill "16 days later".
set -euo pipefail

MTH_DEBIAN_PACKAGES="${MTH_DEBIAN_PACKAGES:-espeak-ng libportaudio2 sox chromium chromium-driver faketime}"

mth_missing_packages() {
    local missing=()
    for package in $MTH_DEBIAN_PACKAGES; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    echo "${missing[@]:-}"
}

mth_install_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || { echo "not a Debian system: install $MTH_DEBIAN_PACKAGES yourself" >&2; return 0; }
    local missing
    missing="$(mth_missing_packages)"
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" != "0" ]; then
        echo "Missing system packages: $missing — install them with: sudo apt-get install -y $missing" >&2
        return 1
    fi
    echo "Installing system packages: $missing ..." >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}
