#!/usr/bin/env bash
# The command line as shipped, with its own class path (not OSGi's): every command family loads its
# classes and does real work. Needs a built product.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$repo/product/patchbay-cli"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$cli" import-ns "$repo/bundles/org.patchbay.nsfile.tests/ns/basic.ns" "$work/basic.cluster" >/dev/null
"$cli" show "$work/basic.cluster" --json | grep -q '"nodeD"'
{
  echo "machine,type,interface,mac,switch,port,speed_mbps"
  for i in $(seq 1 6); do
    for j in 0 1; do
      echo "pc$i,pc,eth$j,02:00:00:00:0$i:0$j,sw1,$((i * 2 + j)),1000"
    done
  done
  echo "pc42,pc,eth0,02:00:00:00:42:00,sw1,40,1000"
} > "$work/machines.csv"
# nodeC wants pc3000 hardware: give it one
echo "pc7,pc3000,eth0,02:00:00:00:07:00,sw1,30,1000" >> "$work/machines.csv"
"$cli" inventory import "$work/machines.csv" --out "$work/lab.testbed" >/dev/null
"$cli" map "$work/basic.cluster" "$work/lab.testbed" --json > "$work/mapping.json"
grep -q '"nodeD"' "$work/mapping.json"
grep -q '"pc42"' "$work/mapping.json"
"$cli" image list --library "$work/images" >/dev/null
"$cli" new netbed-grid "$work/grid.cluster" | grep -q "experiment grid"
if [ "$(id -u)" = 0 ]; then
  # a lab, the results database and a plot drawn without a display, all through the shipped class path
  "$cli" new cluster:3 "$work/star.cluster" >/dev/null
  "$cli" linktest "$work/star.cluster" > "$work/linktest.log" || { cat "$work/linktest.log" >&2; exit 1; }
  "$cli" results "$work/star.cluster" --csv "$work/linktest.csv" --plot "$work/linktest.png" --measure rtt --against pair >/dev/null
  [ "$(wc -l < "$work/linktest.csv")" -gt 3 ] || { echo "releng/smoke-cli.sh: linktest recorded too few pairs" >&2; exit 1; }
  [ "$(head -c 4 "$work/linktest.png" | tail -c 3)" = PNG ] || { echo "releng/smoke-cli.sh: no PNG plot" >&2; exit 1; }
fi
echo "releng/smoke-cli.sh: product/patchbay-cli imports, shows, maps, lists images, writes examples and (as root) tests a lab's links and plots them"
