/* Image format and multicast wire codec: round trips, and damaged or hostile input refused. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zstd.h>

#include "image/image_digests.h"
#include "image/image_format.h"
#include "image/image_wire.h"

static int failures;
#define EXPECT(cond) do { if (!(cond)) { fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

struct capture { uint64_t offsets[8]; uint64_t lengths[8]; unsigned char first[8]; int n; };

static int remember(void *context, uint64_t offset, const unsigned char *data, uint64_t length) {
    struct capture *c = context;
    c->offsets[c->n] = offset;
    c->lengths[c->n] = length;
    c->first[c->n] = data[0];
    c->n++;
    return 0;
}

/* A chunk record with two ranges: 100 bytes of 'a' at 4096 and 50 of 'b' at 9000. */
static size_t make_record(unsigned char *record, uint64_t second_offset) {
    unsigned char raw[4 + 2 * IMAGE_RANGE_ENTRY_SIZE + 150];
    image_put32(raw, 2);
    image_put64(raw + 4, 4096);
    image_put32(raw + 12, 100);
    image_put64(raw + 16, second_offset);
    image_put32(raw + 24, 50);
    memset(raw + 28, 'a', 100);
    memset(raw + 128, 'b', 50);
    size_t n = ZSTD_compress(record + IMAGE_CHUNK_HEADER_SIZE, IMAGE_COMPRESSED_MAX, raw, sizeof raw, 3);
    struct image_chunk_header c = {7, (uint32_t)n, sizeof raw, 2, image_crc32(record + IMAGE_CHUNK_HEADER_SIZE, n)};
    image_chunk_header_encode(&c, record);
    return IMAGE_CHUNK_HEADER_SIZE + n;
}

static void chunks(void) {
    static unsigned char record[IMAGE_CHUNK_HEADER_SIZE + IMAGE_COMPRESSED_MAX];
    static unsigned char raw[IMAGE_CHUNK_RAW_MAX];
    char err[256];
    size_t len = make_record(record, 9000);
    struct capture got = {0};
    EXPECT(image_chunk_apply(record, len, 1 << 20, raw, remember, &got, err, sizeof err) == 0);
    EXPECT(got.n == 2 && got.offsets[0] == 4096 && got.lengths[0] == 100 && got.first[0] == 'a');
    EXPECT(got.offsets[1] == 9000 && got.lengths[1] == 50 && got.first[1] == 'b');

    /* One flipped bit in the compressed bytes: corrupt, nothing written. */
    record[IMAGE_CHUNK_HEADER_SIZE + 3] ^= 1;
    memset(&got, 0, sizeof got);
    EXPECT(image_chunk_apply(record, len, 1 << 20, raw, remember, &got, err, sizeof err) != 0);
    EXPECT(strstr(err, "chunk 7 is corrupt") != NULL && got.n == 0);

    /* A range past the end of the disk is refused. */
    len = make_record(record, 1 << 20);
    memset(&got, 0, sizeof got);
    EXPECT(image_chunk_apply(record, len, 1 << 20, raw, remember, &got, err, sizeof err) != 0);
    EXPECT(strstr(err, "outside") != NULL);

    /* A header claiming more than the bounds is refused before any allocation. */
    struct image_chunk_header huge = {1, IMAGE_COMPRESSED_MAX + 1, 10, 0, 0};
    unsigned char header[IMAGE_CHUNK_HEADER_SIZE];
    image_chunk_header_encode(&huge, header);
    struct image_chunk_header back;
    EXPECT(image_chunk_header_decode(header, &back, err, sizeof err) != 0);
}

static void headers(void) {
    struct image_header h = {IMAGE_VERSION, 12, 1ull << 33, 123456, 99999, "GPT; p1: ext4"};
    unsigned char raw[IMAGE_HEADER_SIZE];
    image_header_encode(&h, raw);
    struct image_header back;
    char err[256];
    EXPECT(image_header_decode(raw, &back, err, sizeof err) == 0);
    EXPECT(back.chunk_count == 12 && back.disk_size == (1ull << 33) && back.index_offset == 99999 && strcmp(back.layout, "GPT; p1: ext4") == 0);
    raw[20] ^= 1;
    EXPECT(image_header_decode(raw, &back, err, sizeof err) != 0 && strstr(err, "damaged") != NULL);
    memcpy(raw, "ELF", 3);
    EXPECT(image_header_decode(raw, &back, err, sizeof err) != 0 && strstr(err, "not a Patchbay disk image") != NULL);
}

static void wire(void) {
    unsigned char datagram[WIRE_MAX_DATAGRAM], block[WIRE_BLOCK];
    memset(block, 7, sizeof block);
    struct wire_message data = {.type = WIRE_DATA, .session = 5, .sender = 9, .chunk = 3, .block = 1, .blocks = 2, .record_len = 1500,
                                .payload = block, .payload_len = 1500 - WIRE_BLOCK};
    size_t n = wire_encode(&data, datagram);
    struct wire_message back;
    EXPECT(wire_decode(datagram, n, &back) == 0);
    EXPECT(back.type == WIRE_DATA && back.chunk == 3 && back.block == 1 && back.payload_len == 1500 - WIRE_BLOCK && back.payload[0] == 7);
    /* The last block must be exactly what is left of the record; a block number past the chunk is refused. */
    EXPECT(wire_decode(datagram, n - 1, &back) != 0);
    data.block = 2;
    n = wire_encode(&data, datagram);
    EXPECT(wire_decode(datagram, n, &back) != 0);
    /* blocks must agree with the record length */
    data.block = 0;
    data.blocks = 5;
    data.payload_len = WIRE_BLOCK;
    n = wire_encode(&data, datagram);
    EXPECT(wire_decode(datagram, n, &back) != 0);
    struct wire_message info = {.type = WIRE_INFO, .session = 1, .chunk_count = 40, .disk_size = 1ull << 32, .image_bytes = 77};
    n = wire_encode(&info, datagram);
    EXPECT(wire_decode(datagram, n, &back) == 0 && back.chunk_count == 40 && back.disk_size == (1ull << 32));
    EXPECT(wire_decode(datagram, 10, &back) != 0);
    struct wire_message progress = {.type = WIRE_PROGRESS, .session = 1, .chunks_written = 3, .chunks_total = 40};
    n = wire_encode(&progress, datagram);
    EXPECT(wire_decode(datagram, n, &back) == 0 && back.chunks_written == 3 && back.chunks_total == 40);
    progress.chunks_written = 41;
    n = wire_encode(&progress, datagram);
    EXPECT(wire_decode(datagram, n, &back) != 0);
    datagram[0] ^= 1;
    EXPECT(wire_decode(datagram, n, &back) != 0);
}

static void ranges(void) {
    struct disk_range r[] = {{4096, 4096}, {0, 512}, {8192, 100}, {100, 50}, {20000, 0}, {9000, 10}};
    size_t n = disk_ranges_normalize(r, 6);
    EXPECT(n == 3);
    EXPECT(r[0].offset == 0 && r[0].length == 512);
    EXPECT(r[1].offset == 4096 && r[1].length == 4196);
    EXPECT(r[2].offset == 9000 && r[2].length == 10);
}

/* A digests file round-trips; one that is short, altered or padded is refused with the line named. */
static void digests(void) {
    static unsigned char record[IMAGE_CHUNK_HEADER_SIZE + IMAGE_COMPRESSED_MAX];
    size_t len = make_record(record, 9000);
    unsigned char table[2][IMAGE_DIGEST_SIZE];
    image_record_digest(record, len, table[0]);
    record[IMAGE_CHUNK_HEADER_SIZE + 3] ^= 1;
    image_record_digest(record, len, table[1]);
    EXPECT(memcmp(table[0], table[1], IMAGE_DIGEST_SIZE) != 0);
    /* SHA-256 of "abc" (FIPS 180-2): the digest is the standard one */
    unsigned char abc[IMAGE_DIGEST_SIZE];
    image_record_digest((const unsigned char *)"abc", 3, abc);
    EXPECT(abc[0] == 0xba && abc[1] == 0x78 && abc[31] == 0xad);

    struct image_digests written = {0xdeadbeefu, 2, 1u << 20, table}, read = {0};
    char text[1024], err[256] = "";
    FILE *out = fmemopen(text, sizeof text, "w");
    EXPECT(image_digests_write(out, &written) == 0);
    fclose(out);
    FILE *in = fmemopen(text, strlen(text), "r");
    EXPECT(image_digests_read(in, &read, err, sizeof err) == 0);
    fclose(in);
    EXPECT(read.session == 0xdeadbeefu && read.chunk_count == 2 && read.disk_size == (1u << 20));
    EXPECT(read.chunk && memcmp(read.chunk, table, sizeof table) == 0);
    image_digests_free(&read);

    char broken[1024];
    strcpy(broken, text);
    broken[strlen(broken) - 2] = 'X';
    in = fmemopen(broken, strlen(broken), "r");
    EXPECT(image_digests_read(in, &read, err, sizeof err) != 0 && strstr(err, "line 6") != NULL && read.chunk == NULL);
    fclose(in);
    snprintf(broken, sizeof broken, "%sffff\n", text);
    in = fmemopen(broken, strlen(broken), "r");
    EXPECT(image_digests_read(in, &read, err, sizeof err) != 0 && strstr(err, "more lines") != NULL);
    fclose(in);
    const char *huge = "pb-image-digests 1\nsession 00000001\nchunks 99999999999\ndisk 1\n";
    in = fmemopen((void *)huge, strlen(huge), "r");
    EXPECT(image_digests_read(in, &read, err, sizeof err) != 0 && strstr(err, "at most") != NULL);
    fclose(in);
}

int main(void) {
    chunks();
    digests();
    headers();
    wire();
    ranges();
    if (failures) fprintf(stderr, "test_image_format: %d failures\n", failures);
    return failures ? 1 : 0;
}
