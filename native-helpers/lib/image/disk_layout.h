/* What of a disk an image must hold: its partition table (MBR or GPT, primary and backup), the
 * allocated blocks of each ext2/3/4 file system (read from its block bitmap with libext2fs), and
 * every other partition whole. Unpartitioned space and free file-system blocks are left out. */
#ifndef PB_DISK_LAYOUT_H
#define PB_DISK_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include "image_format.h"

struct disk_plan {
    struct disk_range *ranges;
    size_t count;
    size_t capacity;
    char layout[IMAGE_LAYOUT_TEXT_MAX];
};

/* path is the disk (a block device or an image file), size its length in bytes. Returns 0, or -1
 * with a message in err. */
int disk_plan_build(const char *path, uint64_t size, struct disk_plan *plan, char *err, size_t errlen);
void disk_plan_free(struct disk_plan *plan);

/* Size in bytes of a block device or regular file open as fd; -1 if neither. */
int64_t disk_size_of(int fd);

#endif
