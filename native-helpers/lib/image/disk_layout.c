#include "disk_layout.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <et/com_err.h>
#include <ext2fs/ext2fs.h>

#define SECTOR 512u
#define EXT_MAGIC_OFFSET 1080u

int64_t disk_size_of(int fd) {
    struct stat st;
    if (fstat(fd, &st) != 0) return -1;
    if (S_ISREG(st.st_mode)) return st.st_size;
    if (S_ISBLK(st.st_mode)) {
        uint64_t bytes;
        if (ioctl(fd, BLKGETSIZE64, &bytes) == 0) return (int64_t)bytes;
    }
    return -1;
}

static int add_range(struct disk_plan *plan, uint64_t offset, uint64_t length) {
    if (length == 0) return 0;
    if (plan->count == plan->capacity) {
        size_t capacity = plan->capacity ? plan->capacity * 2 : 256;
        struct disk_range *grown = realloc(plan->ranges, capacity * sizeof *grown);
        if (!grown) return -1;
        plan->ranges = grown;
        plan->capacity = capacity;
    }
    plan->ranges[plan->count++] = (struct disk_range){offset, length};
    return 0;
}

static void describe(struct disk_plan *plan, const char *format, ...) {
    size_t used = strlen(plan->layout);
    if (used >= sizeof plan->layout - 1) return;
    va_list args;
    va_start(args, format);
    vsnprintf(plan->layout + used, sizeof plan->layout - used, format, args);
    va_end(args);
}

static int read_at(int fd, void *buf, size_t len, uint64_t offset) {
    ssize_t n = pread(fd, buf, len, (off_t)offset);
    return n == (ssize_t)len ? 0 : -1;
}

static int has_ext_magic(int fd, uint64_t start, uint64_t length) {
    unsigned char magic[2];
    if (length < EXT_MAGIC_OFFSET + 2 || read_at(fd, magic, 2, start + EXT_MAGIC_OFFSET) != 0) return 0;
    return magic[0] == 0x53 && magic[1] == 0xEF;
}

/* The allocated blocks of the ext2/3/4 file system at [start, start+length). 1 if it was one and
 * its ranges were added, 0 if it could not be opened as one (the caller keeps it whole), -1 on error. */
static int add_ext_used_blocks(const char *path, uint64_t start, uint64_t length, struct disk_plan *plan, const char *name) {
    char options[64];
    snprintf(options, sizeof options, "offset=%llu", (unsigned long long)start);
    ext2_filsys fs;
    errcode_t rc = ext2fs_open2(path, options, EXT2_FLAG_64BITS, 0, 0, unix_io_manager, &fs);
    if (rc) {
        describe(plan, "%s: ext superblock but not readable (%s), kept whole; ", name, error_message(rc));
        return 0;
    }
    rc = ext2fs_read_block_bitmap(fs);
    if (rc) {
        describe(plan, "%s: ext block bitmap unreadable (%s), kept whole; ", name, error_message(rc));
        ext2fs_close_free(&fs);
        return 0;
    }
    uint64_t block_size = fs->blocksize;
    blk64_t first = fs->super->s_first_data_block;
    blk64_t last = ext2fs_blocks_count(fs->super) - 1;
    if ((last + 1) * block_size > length) {
        describe(plan, "%s: file system larger than its partition, kept whole; ", name);
        ext2fs_close_free(&fs);
        return 0;
    }
    /* The boot block and superblock ahead of the first data block are always kept. */
    if (add_range(plan, start, first * block_size + 2048) != 0) goto out_of_memory;
    uint64_t used = 0;
    blk64_t at = first;
    while (at <= last) {
        blk64_t run_start, run_end;
        if (ext2fs_find_first_set_block_bitmap2(fs->block_map, at, last, &run_start) != 0) break;
        if (ext2fs_find_first_zero_block_bitmap2(fs->block_map, run_start, last, &run_end) != 0) run_end = last + 1;
        if (add_range(plan, start + run_start * block_size, (run_end - run_start) * block_size) != 0) goto out_of_memory;
        used += run_end - run_start;
        at = run_end;
    }
    const char *kind = ext2fs_has_feature_extents(fs->super) ? "ext4" : ext2fs_has_feature_journal(fs->super) ? "ext3" : "ext2";
    describe(plan, "%s: %s%s, %llu of %llu %llu-byte blocks used%s; ", name, kind,
             ext2fs_has_feature_64bit(fs->super) ? " (64-bit)" : "", (unsigned long long)used,
             (unsigned long long)(last + 1), (unsigned long long)block_size,
             ext2fs_has_feature_journal_needs_recovery(fs->super) ? ", journal needs recovery (captured while mounted?)" : "");
    ext2fs_close_free(&fs);
    return 1;
out_of_memory:
    ext2fs_close_free(&fs);
    return -1;
}

static int add_partition(const char *path, int fd, uint64_t start, uint64_t length, const char *name, const char *type,
                         struct disk_plan *plan) {
    if (has_ext_magic(fd, start, length)) {
        int r = add_ext_used_blocks(path, start, length, plan, name);
        if (r != 0) return r < 0 ? -1 : 0;
    }
    describe(plan, "%s: %s, %llu bytes kept whole; ", name, type, (unsigned long long)length);
    return add_range(plan, start, length);
}

static int is_gpt_type_unused(const unsigned char *guid) {
    for (int i = 0; i < 16; i++) if (guid[i]) return 0;
    return 1;
}

static int plan_gpt(const char *path, int fd, uint64_t size, struct disk_plan *plan, char *err, size_t errlen) {
    unsigned char header[SECTOR];
    if (read_at(fd, header, SECTOR, SECTOR) != 0 || memcmp(header, "EFI PART", 8) != 0) {
        snprintf(err, errlen, "%s has a protective MBR but no GPT header at sector 1; repair the partition table (e.g. with gdisk)", path);
        return -1;
    }
    uint64_t backup_lba = image_get64(header + 32);
    uint64_t entries_lba = image_get64(header + 72);
    uint32_t entry_count = image_get32(header + 80);
    uint32_t entry_size = image_get32(header + 84);
    if (entry_size < 128 || entry_size > 4096 || entry_count > 4096 || backup_lba * SECTOR >= size) {
        snprintf(err, errlen, "%s: the GPT header is inconsistent (%u entries of %u bytes, backup at sector %llu)", path, entry_count,
                 entry_size, (unsigned long long)backup_lba);
        return -1;
    }
    uint64_t table_bytes = (uint64_t)entry_count * entry_size;
    unsigned char *table = malloc(table_bytes);
    if (!table || read_at(fd, table, table_bytes, entries_lba * SECTOR) != 0) {
        free(table);
        snprintf(err, errlen, "%s: cannot read the GPT partition entries", path);
        return -1;
    }
    uint64_t table_sectors = (table_bytes + SECTOR - 1) / SECTOR;
    describe(plan, "GPT, %u entries; ", entry_count);
    /* Protective MBR, primary header and entries, and whatever a boot loader keeps before the first partition. */
    uint64_t first_partition = size;
    int rc = 0, partitions = 0;
    for (uint32_t i = 0; i < entry_count && rc == 0; i++) {
        const unsigned char *e = table + (size_t)i * entry_size;
        if (is_gpt_type_unused(e)) continue;
        uint64_t first = image_get64(e + 32), last = image_get64(e + 40);
        if (last < first || (last + 1) * SECTOR > size) {
            snprintf(err, errlen, "%s: GPT partition %u (sectors %llu-%llu) lies outside the disk", path, i + 1,
                     (unsigned long long)first, (unsigned long long)last);
            rc = -1;
            break;
        }
        if (first * SECTOR < first_partition) first_partition = first * SECTOR;
        char name[16];
        snprintf(name, sizeof name, "p%u", i + 1);
        rc = add_partition(path, fd, first * SECTOR, (last - first + 1) * SECTOR, name, "GPT partition", plan);
        partitions++;
    }
    free(table);
    if (rc != 0) return -1;
    uint64_t head = first_partition < (entries_lba + table_sectors) * SECTOR ? (entries_lba + table_sectors) * SECTOR : first_partition;
    if (add_range(plan, 0, head) != 0) return -1;
    /* The backup GPT: its entries sit just before the backup header in the last sectors. */
    uint64_t backup_start = (backup_lba - table_sectors) * SECTOR;
    if (add_range(plan, backup_start, (table_sectors + 1) * SECTOR) != 0) return -1;
    if (partitions == 0) describe(plan, "no partitions; ");
    return 0;
}

static int plan_mbr(const char *path, int fd, const unsigned char *mbr, uint64_t size, struct disk_plan *plan, char *err, size_t errlen) {
    uint64_t first_partition = size;
    describe(plan, "MBR; ");
    for (int i = 0; i < 4; i++) {
        const unsigned char *e = mbr + 446 + 16 * i;
        unsigned type = e[4];
        uint64_t start = (uint64_t)image_get32(e + 8) * SECTOR, length = (uint64_t)image_get32(e + 12) * SECTOR;
        if (type == 0 || length == 0) continue;
        if (start + length > size) {
            snprintf(err, errlen, "%s: MBR partition %d (%llu bytes at %llu) lies outside the %llu-byte disk", path, i + 1,
                     (unsigned long long)length, (unsigned long long)start, (unsigned long long)size);
            return -1;
        }
        if (start < first_partition) first_partition = start;
        char name[16], kind[48];
        snprintf(name, sizeof name, "p%d", i + 1);
        snprintf(kind, sizeof kind, (type == 0x05 || type == 0x0f || type == 0x85) ? "extended partition (type 0x%02x)" : "type 0x%02x", type);
        if (add_partition(path, fd, start, length, name, kind, plan) != 0) return -1;
    }
    return add_range(plan, 0, first_partition == size ? SECTOR : first_partition);
}

int disk_plan_build(const char *path, uint64_t size, struct disk_plan *plan, char *err, size_t errlen) {
    memset(plan, 0, sizeof *plan);
    if (errlen) err[0] = '\0';
    initialize_ext2_error_table();
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        snprintf(err, errlen, "cannot open %s: %s", path, strerror(errno));
        return -1;
    }
    int rc = 0;
    unsigned char mbr[SECTOR];
    if (size < SECTOR || read_at(fd, mbr, SECTOR, 0) != 0) {
        snprintf(err, errlen, "%s is too small to be a disk (%llu bytes)", path, (unsigned long long)size);
        rc = -1;
    } else if (has_ext_magic(fd, 0, size)) {
        describe(plan, "no partition table; ");
        rc = add_partition(path, fd, 0, size, "disk", "whole disk", plan);
    } else if (mbr[510] == 0x55 && mbr[511] == 0xAA) {
        int protective = 0;
        for (int i = 0; i < 4; i++) protective |= mbr[446 + 16 * i + 4] == 0xEE;
        rc = protective ? plan_gpt(path, fd, size, plan, err, errlen) : plan_mbr(path, fd, mbr, size, plan, err, errlen);
    } else {
        describe(plan, "no partition table or file system recognised; ");
        rc = add_range(plan, 0, size);
    }
    close(fd);
    if (rc != 0) {
        if (!err[0]) snprintf(err, errlen, "out of memory planning %s", path);
        disk_plan_free(plan);
        return -1;
    }
    plan->count = disk_ranges_normalize(plan->ranges, plan->count);
    size_t len = strlen(plan->layout);
    while (len > 0 && (plan->layout[len - 1] == ' ' || plan->layout[len - 1] == ';')) plan->layout[--len] = '\0';
    return 0;
}

void disk_plan_free(struct disk_plan *plan) {
    free(plan->ranges);
    plan->ranges = NULL;
    plan->count = plan->capacity = 0;
}
