# Shared by the pb-image tests: builds small disks in seconds, without mounting anything.
# make_ext4 FILE SIZE_MB BLOCK_SIZE DIR: an ext4 file system holding DIR, plus 8 MB of random data
# written and then deleted, so its free blocks are dirty like a used disk's.
make_ext4() {
  local file=$1 size=$2 block=$3 dir=$4
  truncate -s "${size}M" "$file"
  mkfs.ext4 -q -F -b "$block" -O 64bit -d "$dir" "$file"
  head -c 8M /dev/urandom > "$file.junk"
  debugfs -w -R "write $file.junk junk" "$file" >/dev/null 2>&1
  debugfs -w -R "rm junk" "$file" >/dev/null 2>&1
  rm -f "$file.junk"
}

# make_root DIR MARKER: a small tree of files (text and incompressible) with /etc/marker = MARKER.
make_root() {
  local dir=$1 marker=$2
  mkdir -p "$dir/etc" "$dir/bin" "$dir/var/data"
  echo "$marker" > "$dir/etc/marker"
  for i in $(seq 1 40); do seq "$i" 5000 > "$dir/var/data/seq$i.txt"; done
  head -c 3M /dev/urandom > "$dir/bin/blob"
}

# same_files DISK OFFSET DIR: every regular file of DIR has the same bytes in the ext4 file system at
# byte OFFSET of DISK (read with debugfs through libext2fs's offset option, nothing mounted).
same_files() {
  local fs="$1?offset=$2" dir=$3 f rel bad=0
  while IFS= read -r f; do
    rel=${f#"$dir"}
    if ! debugfs -R "cat $rel" "$fs" 2>/dev/null | cmp -s - "$f"; then echo "differs: $rel" >&2; bad=1; fi
  done < <(find "$dir" -type f)
  return $bad
}

fsck_clean() { # DISK OFFSET
  e2fsck -fn "$1?offset=$2" >/dev/null 2>&1
}
