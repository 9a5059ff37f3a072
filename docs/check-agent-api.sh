#!/usr/bin/env bash
# Runs every ```sh block of docs/agent-api.md, in order, in one shell in a scratch directory, so the
# documented curl examples are known to work. Needs the agent jar built (./mvnw package).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$repo/releng/find-jdk.sh"
export PATH="$JAVA_HOME/bin:$PATH"
export AGENT="$repo/agent-dist/target/patchbay-agent.jar"
[ -f "$AGENT" ] || { echo "check-agent-api: build the agent first (./mvnw package)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'pkill -f "serve --node node-a --tls-dir pki/node-a" 2>/dev/null || true; rm -rf "$work"' EXIT
script="$work/examples.sh"
{ echo "set -euo pipefail"; awk '/^```sh$/{on=1; next} /^```$/{on=0} on' "$repo/docs/agent-api.md"; } > "$script"
cd "$work"
timeout 120 bash "$script"
echo "check-agent-api: every example in docs/agent-api.md ran"
