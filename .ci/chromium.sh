# Sourced by .ci/run: installs Debian's chromium for the server's browser tests (Playwright drives it;
# no browser is ever downloaded). Idempotent; the browser tests skip with a message if this fails.
if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
    $SUDO apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null 2>&1 \
      || echo "chromium: install failed; browser tests will be skipped"
  else
    echo "chromium: apt-get not available; browser tests will be skipped"
  fi
fi
