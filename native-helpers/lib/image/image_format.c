#include "image_format.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

void image_put32(unsigned char *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}

void image_put64(unsigned char *p, uint64_t v) {
    for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

uint32_t image_get32(const unsigned char *p) {
    uint32_t v = 0;
    for (int i = 3; i >= 0; i--) v = (v << 8) | p[i];
    return v;
}

uint64_t image_get64(const unsigned char *p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = (v << 8) | p[i];
    return v;
}

uint32_t image_crc32(const unsigned char *data, size_t len) {
    uLong crc = crc32(0L, Z_NULL, 0);
    while (len > 0) {
        uInt step = len > (1u << 30) ? (1u << 30) : (uInt)len;
        crc = crc32(crc, data, step);
        data += step;
        len -= step;
    }
    return (uint32_t)crc;
}

void image_header_encode(const struct image_header *h, unsigned char out[IMAGE_HEADER_SIZE]) {
    memset(out, 0, IMAGE_HEADER_SIZE);
    memcpy(out, IMAGE_MAGIC, 8);
    image_put32(out + 8, h->version);
    image_put32(out + 12, h->chunk_count);
    image_put64(out + 16, h->disk_size);
    image_put64(out + 24, h->stored_bytes);
    image_put64(out + 32, h->index_offset);
    size_t n = strnlen(h->layout, IMAGE_LAYOUT_TEXT_MAX - 1);
    memcpy(out + 64, h->layout, n);
    image_put32(out + IMAGE_HEADER_SIZE - 4, image_crc32(out, IMAGE_HEADER_SIZE - 4));
}

int image_header_decode(const unsigned char in[IMAGE_HEADER_SIZE], struct image_header *h, char *err, size_t errlen) {
    if (memcmp(in, IMAGE_MAGIC, 8) != 0) {
        snprintf(err, errlen, "not a Patchbay disk image (no PBIMAGE signature); capture one with 'pb-image capture DISK IMAGE'");
        return -1;
    }
    if (image_get32(in + IMAGE_HEADER_SIZE - 4) != image_crc32(in, IMAGE_HEADER_SIZE - 4)) {
        snprintf(err, errlen, "the image header is damaged (checksum mismatch); capture the image again or restore it from a copy");
        return -1;
    }
    memset(h, 0, sizeof *h);
    h->version = image_get32(in + 8);
    if (h->version != IMAGE_VERSION) {
        snprintf(err, errlen, "image format version %u is not supported by this pb-image (it reads version %u); use a newer pb-image",
                 h->version, IMAGE_VERSION);
        return -1;
    }
    h->chunk_count = image_get32(in + 12);
    h->disk_size = image_get64(in + 16);
    h->stored_bytes = image_get64(in + 24);
    h->index_offset = image_get64(in + 32);
    if (h->chunk_count > IMAGE_CHUNK_COUNT_MAX || h->index_offset < IMAGE_HEADER_SIZE) {
        snprintf(err, errlen, "the image header is inconsistent (%u chunks, index at %llu)", h->chunk_count,
                 (unsigned long long)h->index_offset);
        return -1;
    }
    memcpy(h->layout, in + 64, IMAGE_LAYOUT_TEXT_MAX - 1);
    h->layout[IMAGE_LAYOUT_TEXT_MAX - 1] = '\0';
    return 0;
}

void image_chunk_header_encode(const struct image_chunk_header *c, unsigned char out[IMAGE_CHUNK_HEADER_SIZE]) {
    memset(out, 0, IMAGE_CHUNK_HEADER_SIZE);
    memcpy(out, "PBCK", 4);
    image_put32(out + 4, c->index);
    image_put32(out + 8, c->compressed_len);
    image_put32(out + 12, c->raw_len);
    image_put32(out + 16, c->range_count);
    image_put32(out + 20, c->data_crc);
    image_put32(out + 24, image_crc32(out, 24));
}

int image_chunk_header_decode(const unsigned char in[IMAGE_CHUNK_HEADER_SIZE], struct image_chunk_header *c, char *err, size_t errlen) {
    if (memcmp(in, "PBCK", 4) != 0 || image_get32(in + 24) != image_crc32(in, 24)) {
        snprintf(err, errlen, "chunk header damaged");
        return -1;
    }
    c->index = image_get32(in + 4);
    c->compressed_len = image_get32(in + 8);
    c->raw_len = image_get32(in + 12);
    c->range_count = image_get32(in + 16);
    c->data_crc = image_get32(in + 20);
    if (c->compressed_len > IMAGE_COMPRESSED_MAX || c->raw_len > IMAGE_CHUNK_RAW_MAX
        || (uint64_t)c->range_count * IMAGE_RANGE_ENTRY_SIZE + 4 > c->raw_len) {
        snprintf(err, errlen, "chunk %u header out of bounds (%u compressed, %u raw, %u ranges)", c->index, c->compressed_len,
                 c->raw_len, c->range_count);
        return -1;
    }
    return 0;
}

int image_chunk_apply(const unsigned char *record, size_t record_len, uint64_t disk_size, unsigned char *raw,
                      image_range_writer write_range, void *context, char *err, size_t errlen) {
    struct image_chunk_header c;
    if (record_len < IMAGE_CHUNK_HEADER_SIZE || image_chunk_header_decode(record, &c, err, errlen) != 0) {
        if (record_len < IMAGE_CHUNK_HEADER_SIZE) snprintf(err, errlen, "chunk record too short (%zu bytes)", record_len);
        return -1;
    }
    if (record_len != IMAGE_CHUNK_HEADER_SIZE + (size_t)c.compressed_len) {
        snprintf(err, errlen, "chunk %u is %zu bytes, its header says %u", c.index, record_len - IMAGE_CHUNK_HEADER_SIZE, c.compressed_len);
        return -1;
    }
    const unsigned char *data = record + IMAGE_CHUNK_HEADER_SIZE;
    if (image_crc32(data, c.compressed_len) != c.data_crc) {
        snprintf(err, errlen, "chunk %u is corrupt (checksum mismatch)", c.index);
        return -1;
    }
    size_t got = ZSTD_decompress(raw, IMAGE_CHUNK_RAW_MAX, data, c.compressed_len);
    if (ZSTD_isError(got) || got != c.raw_len) {
        snprintf(err, errlen, "chunk %u does not decompress to its %u bytes (%s)", c.index, c.raw_len,
                 ZSTD_isError(got) ? ZSTD_getErrorName(got) : "wrong length");
        return -1;
    }
    if (image_get32(raw) != c.range_count) {
        snprintf(err, errlen, "chunk %u range table damaged", c.index);
        return -1;
    }
    uint64_t at = 4 + (uint64_t)c.range_count * IMAGE_RANGE_ENTRY_SIZE;
    for (uint32_t i = 0; i < c.range_count; i++) {
        uint64_t offset = image_get64(raw + 4 + (size_t)i * IMAGE_RANGE_ENTRY_SIZE);
        uint64_t length = image_get32(raw + 4 + (size_t)i * IMAGE_RANGE_ENTRY_SIZE + 8);
        if (at + length > c.raw_len || offset > disk_size || length > disk_size - offset) {
            snprintf(err, errlen, "chunk %u range %u (%llu+%llu) lies outside the chunk or the disk", c.index, i,
                     (unsigned long long)offset, (unsigned long long)length);
            return -1;
        }
        if (write_range(context, offset, raw + at, length) != 0) {
            snprintf(err, errlen, "writing chunk %u at disk offset %llu failed", c.index, (unsigned long long)offset);
            return -1;
        }
        at += length;
    }
    return 0;
}

static int range_compare(const void *a, const void *b) {
    const struct disk_range *x = a, *y = b;
    return x->offset < y->offset ? -1 : x->offset > y->offset ? 1 : 0;
}

size_t disk_ranges_normalize(struct disk_range *ranges, size_t count) {
    if (count == 0) return 0;
    qsort(ranges, count, sizeof *ranges, range_compare);
    size_t out = 0;
    for (size_t i = 0; i < count; i++) {
        if (ranges[i].length == 0) continue;
        if (out > 0 && ranges[i].offset <= ranges[out - 1].offset + ranges[out - 1].length) {
            uint64_t end = ranges[i].offset + ranges[i].length;
            uint64_t prev_end = ranges[out - 1].offset + ranges[out - 1].length;
            if (end > prev_end) ranges[out - 1].length = end - ranges[out - 1].offset;
        } else {
            ranges[out++] = ranges[i];
        }
    }
    return out;
}
