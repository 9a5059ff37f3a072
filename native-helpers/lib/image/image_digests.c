#include "image_digests.h"

#include <stdlib.h>
#include <string.h>

#include <nettle/sha2.h>

#include "image_format.h"

void image_record_digest(const unsigned char *record, size_t len, unsigned char out[IMAGE_DIGEST_SIZE]) {
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, len, record);
    sha256_digest(&ctx, IMAGE_DIGEST_SIZE, out);
}

int image_digests_write(FILE *out, const struct image_digests *d) {
    fprintf(out, "pb-image-digests 1\nsession %08x\nchunks %u\ndisk %llu\n", d->session, d->chunk_count, (unsigned long long)d->disk_size);
    for (uint32_t i = 0; i < d->chunk_count; i++) {
        for (unsigned b = 0; b < IMAGE_DIGEST_SIZE; b++) fprintf(out, "%02x", d->chunk[i][b]);
        fputc('\n', out);
    }
    return ferror(out) ? -1 : 0;
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* One line of at most 80 characters without its newline, or -1 at the end or on a longer line. */
static int next_line(FILE *in, char line[82]) {
    if (!fgets(line, 82, in)) return -1;
    size_t n = strlen(line);
    if (n == 0 || line[n - 1] != '\n') return -1;
    line[n - 1] = '\0';
    return 0;
}

int image_digests_read(FILE *in, struct image_digests *d, char *err, size_t errlen) {
    memset(d, 0, sizeof *d);
    char line[82];
    unsigned long long chunks = 0, disk = 0;
    unsigned int session = 0;
    char extra;
    if (next_line(in, line) != 0 || strcmp(line, "pb-image-digests 1") != 0) {
        snprintf(err, errlen, "not a pb-image digests file (line 1 should be 'pb-image-digests 1')");
        return -1;
    }
    if (next_line(in, line) != 0 || sscanf(line, "session %8x%c", &session, &extra) != 1
        || next_line(in, line) != 0 || sscanf(line, "chunks %llu%c", &chunks, &extra) != 1 || chunks > IMAGE_CHUNK_COUNT_MAX
        || next_line(in, line) != 0 || sscanf(line, "disk %llu%c", &disk, &extra) != 1) {
        snprintf(err, errlen, "the digests file's lines 2-4 must be 'session HEX8', 'chunks N' (at most %u) and 'disk BYTES'", IMAGE_CHUNK_COUNT_MAX);
        return -1;
    }
    d->session = session;
    d->chunk_count = (uint32_t)chunks;
    d->disk_size = disk;
    d->chunk = calloc(chunks ? chunks : 1, IMAGE_DIGEST_SIZE);
    if (!d->chunk) {
        snprintf(err, errlen, "out of memory for %llu digests", chunks);
        return -1;
    }
    for (uint32_t i = 0; i < d->chunk_count; i++) {
        int ok = next_line(in, line) == 0 && strlen(line) == 2 * IMAGE_DIGEST_SIZE;
        for (unsigned b = 0; ok && b < IMAGE_DIGEST_SIZE; b++) {
            int hi = hex_value(line[2 * b]), lo = hex_value(line[2 * b + 1]);
            ok = hi >= 0 && lo >= 0;
            d->chunk[i][b] = (unsigned char)(hi << 4 | lo);
        }
        if (!ok) {
            snprintf(err, errlen, "line %u of the digests file should be chunk %u's SHA-256 (64 lowercase hex digits)", i + 5, i);
            image_digests_free(d);
            return -1;
        }
    }
    if (fgets(line, sizeof line, in)) {
        snprintf(err, errlen, "the digests file has more lines than its %u chunks", d->chunk_count);
        image_digests_free(d);
        return -1;
    }
    return 0;
}

void image_digests_free(struct image_digests *d) {
    free(d->chunk);
    d->chunk = NULL;
}
