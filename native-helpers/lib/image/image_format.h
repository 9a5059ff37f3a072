/* The Patchbay disk image (.pbi): a header, independently compressed chunks, an index.
 *
 * A chunk holds up to IMAGE_CHUNK_RAW_MAX bytes of disk ranges (offset, length, data), compressed
 * with zstd on its own and checksummed (CRC-32 of the compressed bytes), so a receiver can verify,
 * decompress and write any chunk it has, in any order, without the others: what lets multicast
 * clients join late and ask only for what they lack.
 *
 * File layout (all integers little-endian):
 *   header   IMAGE_HEADER_SIZE bytes (magic, version, counts, disk size, index offset, layout text, CRC)
 *   chunks   each a IMAGE_CHUNK_HEADER_SIZE-byte record header then its compressed bytes
 *   index    per chunk: u64 file offset, u32 record length, u32 data CRC; then a u32 CRC of the index
 * A chunk's raw (decompressed) body: u32 range count, per range u64 disk offset + u32 length, then the
 * ranges' bytes in the same order. */
#ifndef PB_IMAGE_FORMAT_H
#define PB_IMAGE_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#define IMAGE_MAGIC "PBIMAGE"
#define IMAGE_VERSION 1u
#define IMAGE_HEADER_SIZE 4096u
#define IMAGE_LAYOUT_TEXT_MAX 2048u
#define IMAGE_CHUNK_HEADER_SIZE 32u
#define IMAGE_CHUNK_RAW_MAX (2u * 1024u * 1024u)
#define IMAGE_RANGE_ENTRY_SIZE 12u
#define IMAGE_INDEX_ENTRY_SIZE 16u
/* Bounds any reader applies before allocating: a damaged or hostile image cannot ask for more. */
#define IMAGE_CHUNK_COUNT_MAX (16u * 1024u * 1024u)
#define IMAGE_COMPRESSED_MAX (IMAGE_CHUNK_RAW_MAX + IMAGE_CHUNK_RAW_MAX / 64u + 4096u)

struct image_header {
    uint32_t version;
    uint32_t chunk_count;
    uint64_t disk_size;     /* bytes of the disk the image was captured from: a target must be at least this */
    uint64_t stored_bytes;  /* disk bytes the chunks hold (the rest of the disk is not written on deploy) */
    uint64_t index_offset;
    char layout[IMAGE_LAYOUT_TEXT_MAX]; /* what was captured, for people: partition table, file systems */
};

struct image_chunk_header {
    uint32_t index;
    uint32_t compressed_len;
    uint32_t raw_len;
    uint32_t range_count;
    uint32_t data_crc;
};

struct image_index_entry {
    uint64_t offset;
    uint32_t record_len;
    uint32_t data_crc;
};

struct disk_range {
    uint64_t offset;
    uint64_t length;
};

void image_put32(unsigned char *p, uint32_t v);
void image_put64(unsigned char *p, uint64_t v);
uint32_t image_get32(const unsigned char *p);
uint64_t image_get64(const unsigned char *p);
uint32_t image_crc32(const unsigned char *data, size_t len);

void image_header_encode(const struct image_header *h, unsigned char out[IMAGE_HEADER_SIZE]);
/* 0, or -1 with a message in err naming what is wrong (not an image, damaged, newer version). */
int image_header_decode(const unsigned char in[IMAGE_HEADER_SIZE], struct image_header *h, char *err, size_t errlen);

void image_chunk_header_encode(const struct image_chunk_header *c, unsigned char out[IMAGE_CHUNK_HEADER_SIZE]);
int image_chunk_header_decode(const unsigned char in[IMAGE_CHUNK_HEADER_SIZE], struct image_chunk_header *c, char *err, size_t errlen);

/* A whole chunk record (header + compressed bytes) checked and decompressed into raw (capacity
 * IMAGE_CHUNK_RAW_MAX); each range is handed to write_range, which returns 0 or -1 to stop.
 * Ranges past disk_size are refused. Returns 0, or -1 with a message in err. */
typedef int (*image_range_writer)(void *context, uint64_t offset, const unsigned char *data, uint64_t length);
int image_chunk_apply(const unsigned char *record, size_t record_len, uint64_t disk_size, unsigned char *raw,
                      image_range_writer write_range, void *context, char *err, size_t errlen);

/* Sorts ranges and merges overlapping or touching ones; returns the new count. */
size_t disk_ranges_normalize(struct disk_range *ranges, size_t count);

#endif
