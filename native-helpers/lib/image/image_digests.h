/* What authenticates an image on the imaging network: the SHA-256 of every chunk record, with the
 * image's session, chunk count and disk size, written by whoever holds the image (the console) and
 * handed to receivers over a trusted path. The multicast's CRC-32 and zstd checksums catch damage,
 * not forgery: anyone on the imaging network can send well-formed chunks; a receiver given the
 * digests writes only chunks whose SHA-256 is the image's, and only for the image they describe.
 *
 * File (text): "pb-image-digests 1", "session HEX8", "chunks N", "disk BYTES", then N lines of 64
 * lowercase hex digits, chunk 0 first. */
#ifndef PB_IMAGE_DIGESTS_H
#define PB_IMAGE_DIGESTS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define IMAGE_DIGEST_SIZE 32u

struct image_digests {
    uint32_t session;
    uint32_t chunk_count;
    uint64_t disk_size;
    unsigned char (*chunk)[IMAGE_DIGEST_SIZE];
};

void image_record_digest(const unsigned char *record, size_t len, unsigned char out[IMAGE_DIGEST_SIZE]);
/* Writes the file's text to out; 0, or -1 on a write error. */
int image_digests_write(FILE *out, const struct image_digests *d);
/* Reads and checks a digests file (bounded: at most IMAGE_CHUNK_COUNT_MAX chunks); 0, or -1 with a
 * message in err naming the line that is wrong. */
int image_digests_read(FILE *in, struct image_digests *d, char *err, size_t errlen);
void image_digests_free(struct image_digests *d);

#endif
