#!/usr/bin/env bash
# pb-image serve/receive between network namespaces this test makes (a server and three receivers on
# a bridge): with 3 % of one receiver's packets dropped by nftables, one chunk damaged on its first
# sending, another forged on its first sending (well-formed, passing CRC and zstd checks, other bytes),
# and a receiver that joins when the others are under way, every receiver ends with a disk that passes
# e2fsck -fn and holds the image's files. The receivers given the image's digests refuse the forgery
# (it fails only their SHA-256 check); the late joiner, given none, never hears it. Needs root (namespaces); bounded in time.
set -Eeuo pipefail
# set -e ends the test at a failing command without a word; say which, so a CI log shows why
trap 'echo "test_image_multicast: failed (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR
here="$(cd "$(dirname "$0")" && pwd)"
pb_image="$here/../build/pb-image"
. "$here/image_fixtures.sh"
if [ "$(id -u)" != 0 ]; then
  echo "test_image_multicast: SKIPPED, needs root for network namespaces (CI runs it as root)"
  exit 0
fi
id=$$
ns() { echo "pbimg${id}$1"; }
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for n in s 1 2 3; do ip netns del "$(ns $n)" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"

make_root root "multicast image"
head -c 20M /dev/urandom > root/bin/big
make_ext4 source.img 64 4096 root
"$pb_image" capture source.img source.pbi 2>/dev/null
"$pb_image" digests source.pbi source.digests > /dev/null
chunks=$("$pb_image" info source.pbi | awk '/^chunks:/ {print $2}')

ip netns add "$(ns s)"
ip -n "$(ns s)" link add br0 type bridge
ip -n "$(ns s)" addr add 10.77.0.1/24 dev br0
ip -n "$(ns s)" link set br0 up
ip -n "$(ns s)" link set lo up
for n in 1 2 3; do
  ip netns add "$(ns $n)"
  ip link add "pbi${id}c$n" netns "$(ns $n)" type veth peer name "c$n" netns "$(ns s)"
  ip -n "$(ns s)" link set "c$n" master br0 up
  ip -n "$(ns $n)" link set "pbi${id}c$n" name eth0
  ip -n "$(ns $n)" addr add "10.77.0.1$n/24" dev eth0
  ip -n "$(ns $n)" link set eth0 up
  ip -n "$(ns $n)" link set lo up
  head -c 64M /dev/zero > "disk$n.img"
done
# Receiver 1 loses 3 % of what reaches it.
ip netns exec "$(ns 1)" nft -f - <<'NFT'
table inet pbimg_loss {
  chain input {
    type filter hook input priority 0;
    udp dport 7654 numgen random mod 100 < 3 counter drop
  }
}
NFT

group=(--group 239.77.0.1:7654)
ip netns exec "$(ns s)" timeout 180 "$pb_image" serve source.pbi "${group[@]}" --interface 10.77.0.1 --rate-mbps 200 --corrupt-chunk 1 --forge-chunk 2 \
  --idle-exit 30 > serve.out 2> serve.log &
pids+=($!)
for n in 1 2; do
  ip netns exec "$(ns $n)" timeout 150 "$pb_image" receive "disk$n.img" "${group[@]}" --interface "10.77.0.1$n" --digests source.digests \
    --timeout 30 --progress > "progress$n.txt" 2> "receive$n.log" &
  pids+=($!); eval "r$n=\$!"
done
# The third joins once the first has a third of the chunks.
for _ in $(seq 1 1200); do
  # progress1.txt may not exist yet on a busy machine (its receiver not started): that is 0 chunks, not a failure
  done1=$( { tail -n 1 progress1.txt 2>/dev/null || true; } | awk '{print $2}')
  [ "${done1:-0}" -ge $((chunks / 3)) ] && break
  sleep 0.1
done
joined_at=${done1:-0}
ip netns exec "$(ns 3)" timeout 150 "$pb_image" receive disk3.img "${group[@]}" --interface 10.77.0.13 --timeout 30 --progress \
  > progress3.txt 2> receive3.log &
pids+=($!); r3=$!
status=0
for n in 1 2 3; do
  eval "pid=\$r$n"
  if ! wait "$pid"; then echo "receiver $n failed:" >&2; cat "receive$n.log" >&2; status=1; fi
done
[ "$status" = 0 ] || { cat serve.log >&2; exit 1; }
[ "$joined_at" -lt "$chunks" ] || { echo "receiver 3 joined after receiver 1 had finished ($joined_at of $chunks); not a late join" >&2; exit 1; }
for n in 1 2 3; do
  fsck_clean "disk$n.img" 0 || { echo "disk $n fails e2fsck" >&2; exit 1; }
  same_files "disk$n.img" 0 root || { echo "disk $n has other files than the image" >&2; exit 1; }
done
dropped=$(ip netns exec "$(ns 1)" nft list table inet pbimg_loss | awk '/counter/ {for (i = 1; i <= NF; i++) if ($i == "packets") print $(i + 1)}')
[ "${dropped:-0}" -gt 0 ] || { echo "nftables dropped nothing at receiver 1; the loss was not exercised" >&2; exit 1; }
grep -q "chunk 1 is corrupt" receive1.log receive2.log || { echo "no receiver noticed the damaged chunk 1" >&2; exit 1; }
grep -q "sending a forged chunk 2" serve.log || { echo "the server did not send the forged chunk 2" >&2; cat serve.log >&2; exit 1; }
# whichever of the first two receivers heard the forgery (on a busy machine one may join after it went out) refused it
grep -q "chunk 2 is not the image's" receive1.log receive2.log || { echo "no receiver refused the forged chunk 2:" >&2; cat receive1.log receive2.log >&2; exit 1; }
# The server reports each receiver that finished, once, by address (what the console reboots on).
for _ in $(seq 1 50); do [ "$(grep -c '^finished ' serve.out)" -ge 3 ] && break; sleep 0.1; done
for n in 1 2 3; do
  [ "$(grep -c "^finished 10.77.0.1$n $chunks " serve.out)" = 1 ] || { echo "the server did not report receiver $n once:" >&2; cat serve.out >&2; exit 1; }
  grep -q "^progress 10.77.0.1$n $chunks $chunks$" serve.out || { echo "the server heard no progress from receiver $n:" >&2; cat serve.out >&2; exit 1; }
done
cat serve.log receive1.log receive2.log receive3.log
echo "test_image_multicast: $chunks chunks to 3 receivers; $dropped packets dropped at receiver 1; receiver 3 joined at chunk $joined_at; damaged chunk refetched; forged chunk refused"
