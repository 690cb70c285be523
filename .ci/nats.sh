#!/usr/bin/env bash
# Source this from .ci/run (". .ci/nats.sh"): installs Debian's nats-server when missing, for the scale-out
# tests (tests/Triangulate.ScaleOut.Tests start their own nats-server processes on free loopback ports with
# JetStream in a temporary folder). Idempotent; it never fails the caller: without nats-server those tests skip
# with a message saying so.

tri_nats_setup() {
  if command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ]; then
    return 0
  fi
  [ "$(id -u)" = "0" ] || { echo "nats.sh: nats-server is not installed and this is not root"; return 1; }
  apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nats-server >/dev/null 2>&1 \
    || { echo "nats.sh: apt-get install nats-server failed"; return 1; }
}

tri_nats_setup || echo "nats.sh: the scale-out tests that need nats-server will be skipped"
