#!/usr/bin/env bash
# Runs the fixture-free server scenarios of @modelcontextprotocol/conformance against the built
# MCP server's Streamable HTTP transport, and prints one line per scenario.
#
# Usage: scripts/mcp-conformance.sh [--all]
#   --all   also run every other server scenario (those need the suite's fixture tools, prompts
#           and resources, which this server does not have: they are expected to fail)
#
# Needs the built bin (pnpm build) and network access for npx. The conformance package is run
# with npx, not installed: 0.1.13 is the last release that runs on Node 20 (0.2.x needs Node 22).
# No libvirtd is needed: these scenarios never call a tool (hosts connect lazily); set
# CONFORMANCE_LIBVIRT_URI to point the server at a real daemon anyway.
# Exit status: 0 when every fixture-free scenario passes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CONFORMANCE=@modelcontextprotocol/conformance@0.1.13
BIN=packages/mcp-server/dist/cli/main.js
# The scenarios that need nothing but a conforming server (docs/mcp-conformance.md says why).
FIXTURE_FREE=(server-initialize ping tools-list server-sse-multiple-streams dns-rebinding-protection)
OTHERS=(logging-set-level completion-complete tools-call-simple-text tools-call-image tools-call-audio
  tools-call-embedded-resource tools-call-mixed-content tools-call-with-logging tools-call-error
  tools-call-with-progress tools-call-sampling tools-call-elicitation elicitation-sep1034-defaults
  elicitation-sep1330-enums resources-list resources-read-text resources-read-binary
  resources-templates-read resources-subscribe resources-unsubscribe prompts-list prompts-get-simple
  prompts-get-with-args prompts-get-embedded-resource prompts-get-with-image)

all=false
case "${1:-}" in
  --all) all=true ;;
  '') ;;
  *)
    echo "usage: $0 [--all]" >&2
    exit 2
    ;;
esac

[[ -f "$BIN" ]] || {
  echo "mcp-conformance: $BIN is missing; run pnpm build first" >&2
  exit 1
}

work="$(mktemp -d)"
server_pid=''
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# Loopback, no token (the suite sends none), a free port: the server logs the URL it listens on.
env -u LIBVIRT_MCP_TOKEN -u LIBVIRT_MCP_CONFIG node "$BIN" --transport http --http-host 127.0.0.1 --http-port 0 \
  --libvirt-uri "${CONFORMANCE_LIBVIRT_URI:-test+unix:///default}" --log-level info 2>"$work/server.log" &
server_pid=$!
url=''
for _ in $(seq 1 100); do
  url="$(grep -o '"url":"[^"]*"' "$work/server.log" | head -1 | cut -d'"' -f4 || true)"
  [[ -n "$url" ]] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
if [[ -z "$url" ]]; then
  echo "mcp-conformance: the server did not start:" >&2
  cat "$work/server.log" >&2
  exit 1
fi
echo "server: $url ($(node "$BIN" --version)); suite: $CONFORMANCE"

run() {
  local scenario="$1"
  if npx --yes "$CONFORMANCE" server --url "$url" --scenario "$scenario" >"$work/$scenario.log" 2>&1; then
    echo "PASS  $scenario"
    return 0
  fi
  echo "FAIL  $scenario"
  return 1
}

failed=0
echo "fixture-free scenarios:"
for scenario in "${FIXTURE_FREE[@]}"; do
  run "$scenario" || {
    failed=$((failed + 1))
    sed 's/^/      /' "$work/$scenario.log" | grep -v 'npm warn' | tail -20
  }
done
if [[ "$all" == true ]]; then
  echo "scenarios that need the suite's fixtures (expected to fail):"
  for scenario in "${OTHERS[@]}"; do run "$scenario" || true; done
fi
if ((failed > 0)); then
  echo "mcp-conformance: $failed fixture-free scenario(s) failed" >&2
  exit 1
fi
echo "mcp-conformance: all ${#FIXTURE_FREE[@]} fixture-free scenarios pass"
