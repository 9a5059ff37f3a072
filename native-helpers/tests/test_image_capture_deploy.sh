#!/usr/bin/env bash
# pb-image capture and deploy on a bare ext4 file system, an MBR disk and a GPT disk: the deployed
# disk passes e2fsck -fn, holds the same files, keeps the partition tables, and free blocks of the
# target are left as they were (skipped, not zeroed). A disk too small is refused with nothing
# written; a damaged chunk is found by verify and stops deploy.
set -Eeuo pipefail
# set -e ends the test at a failing command without a word; say which, so a CI log shows why
trap 'echo "test_image_capture_deploy: failed (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR
here="$(cd "$(dirname "$0")" && pwd)"
pb_image="$here/../build/pb-image"
. "$here/image_fixtures.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
check() { if ! "$@"; then echo "FAILED: $*" >&2; exit 1; fi; }
filled() { head -c "$2" /dev/zero | tr '\0' '\245' > "$1"; } # a target whose every byte is 0xA5

make_root root "new image"

# 1. A bare file system, 1 KB blocks.
make_ext4 bare.img 48 1024 root
"$pb_image" capture bare.img bare.pbi 2> capture.log
check grep -q "ext4 (64-bit)" capture.log
size=$(stat -c %s bare.pbi)
# 8 MB of deleted random data and 3 MB of live random data: the image holds the 3 MB, not the 8.
[ "$size" -lt $((6 * 1024 * 1024)) ] || { echo "image of bare.img is $size bytes; free blocks were captured" >&2; exit 1; }
raw=$(zstd -3 -q -c bare.img | wc -c)
[ "$size" -lt "$raw" ] || { echo "image $size bytes is not smaller than zstd of the raw disk ($raw)" >&2; exit 1; }
filled bare-target.img $((48 * 1024 * 1024))
"$pb_image" deploy bare.pbi bare-target.img --progress > progress.txt
check grep -q "^progress [0-9]* [0-9]* [0-9]*$" progress.txt
check fsck_clean bare-target.img 0
check same_files bare-target.img 0 root
# The last 1 MB is free space of the file system: it must still hold the target's old bytes.
tail -c 1M bare-target.img | tr -d '\245' | head -c 1 | wc -c | grep -qx 0 || { echo "free blocks at the end were written" >&2; exit 1; }

# 2. MBR: a 1 MB gap, an ext4 partition (4 KB blocks), a raw partition kept whole.
make_ext4 p1.img 40 4096 root
head -c 2M /dev/urandom > p2.raw
truncate -s 64M mbr.img
printf 'label: dos\nstart=2048, size=81920, type=83\nstart=83968, size=4096, type=82\n' | sfdisk -q mbr.img
dd if=p1.img of=mbr.img bs=1M seek=1 conv=notrunc status=none
dd if=p2.raw of=mbr.img bs=512 seek=83968 conv=notrunc status=none
"$pb_image" capture mbr.img mbr.pbi 2> capture.log
check grep -q "MBR" capture.log
check grep -q "p2: type 0x82" capture.log
filled mbr-target.img $((64 * 1024 * 1024))
"$pb_image" deploy mbr.pbi mbr-target.img
check cmp -n 512 mbr.img mbr-target.img
check fsck_clean mbr-target.img 1048576
check same_files mbr-target.img 1048576 root
check cmp <(dd if=mbr.img bs=512 skip=83968 count=4096 status=none) <(dd if=mbr-target.img bs=512 skip=83968 count=4096 status=none)

# 3. GPT: ext4 in partition 1, and the backup GPT at the end of the disk is kept.
truncate -s 72M gpt.img
printf 'label: gpt\nstart=2048, size=81920, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4\n' | sfdisk -q gpt.img
dd if=p1.img of=gpt.img bs=1M seek=1 conv=notrunc status=none
"$pb_image" capture gpt.img gpt.pbi 2> capture.log
check grep -q "GPT" capture.log
filled gpt-target.img $((72 * 1024 * 1024))
"$pb_image" deploy gpt.pbi gpt-target.img
check cmp -n 1048576 gpt.img gpt-target.img
check cmp <(tail -c 16896 gpt.img) <(tail -c 16896 gpt-target.img)
check fsck_clean gpt-target.img 1048576
check same_files gpt-target.img 1048576 root
sfdisk -d gpt-target.img | grep -q "start=        2048, size=       81920" || { echo "GPT not readable on the target" >&2; exit 1; }

# 4. A disk smaller than the image's is refused before anything is written.
filled small.img $((32 * 1024 * 1024))
before=$(md5sum < small.img)
if "$pb_image" deploy gpt.pbi small.img 2> refuse.log; then echo "deploy to a small disk succeeded" >&2; exit 1; fi
check grep -q "needs 75497472" refuse.log
[ "$(md5sum < small.img)" = "$before" ] || { echo "the small disk was written" >&2; exit 1; }

# 5. A damaged chunk is found: verify fails naming it, deploy stops.
cp gpt.pbi damaged.pbi
printf '\377\377\377\377' | dd of=damaged.pbi bs=1 seek=$((4096 + 32 + 100)) conv=notrunc status=none
if "$pb_image" verify damaged.pbi 2> verify.log; then echo "verify passed a damaged image" >&2; exit 1; fi
check grep -q "chunk 0 is corrupt" verify.log
"$pb_image" verify gpt.pbi | grep -q "intact"
if "$pb_image" info bare.img 2> info.log; then echo "info took a disk for an image" >&2; exit 1; fi
check grep -q "not a Patchbay disk image" info.log
echo "test_image_capture_deploy: bare $size bytes (zstd of raw disk $raw), MBR, GPT, refusal and damage checks passed"
