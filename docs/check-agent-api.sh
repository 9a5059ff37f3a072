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
trap 'rm -rf "$work"' EXIT
script="$work/examples.sh"
# The examples' agent is ended by pid when they end, however they end: another run's agents on this machine are not ours.
{ echo "set -euo pipefail"; echo 'trap '"'"'[ -z "${AGENT_PID:-}" ] || kill "$AGENT_PID" 2>/dev/null || true'"'"' EXIT'
  awk '/^```sh$/{on=1; next} /^```$/{on=0} on' "$repo/docs/agent-api.md"; } > "$script"
cd "$work"
# bounded: JVM starts and curl calls take seconds each on a busy machine, never minutes
timeout 600 bash "$script"
echo "check-agent-api: every example in docs/agent-api.md ran"
