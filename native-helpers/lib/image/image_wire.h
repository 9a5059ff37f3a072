/* The image multicast protocol: one server sends chunk records in 1 KB blocks to a multicast group;
 * clients ask (on the same group, so the server merges what several lack) for the blocks they miss,
 * and take every block they hear, whoever asked. A client can join at any time.
 *
 * Every datagram: u32 magic, u8 version, u8 type, u16 zero, u32 session (identifies the image, so
 * two transfers on one group never mix), u32 sender (random per process); then by type:
 *   JOIN     (client) nothing: "tell me about the image"
 *   INFO     (server) u32 chunk count, u64 disk size, u64 image bytes
 *   REQUEST  (client) u32 chunk, u32 first block, u32 block count
 *   DATA     (server) u32 chunk, u32 block, u32 blocks in the chunk, u32 record length, then the block
 *   LEAVE    (client) u32 chunks written, u32 seconds taken
 *   PROGRESS (client) u32 chunks written, u32 chunks in the image (at most a few a second) */
#ifndef PB_IMAGE_WIRE_H
#define PB_IMAGE_WIRE_H

#include <stddef.h>
#include <stdint.h>

#define WIRE_MAGIC 0x434d4250u /* "PBMC" */
#define WIRE_VERSION 1u
#define WIRE_BLOCK 1024u
#define WIRE_HEADER 16u
#define WIRE_DATA_HEADER (WIRE_HEADER + 16u)
#define WIRE_MAX_DATAGRAM (WIRE_DATA_HEADER + WIRE_BLOCK)

enum wire_type { WIRE_JOIN = 1, WIRE_INFO = 2, WIRE_REQUEST = 3, WIRE_DATA = 4, WIRE_LEAVE = 5, WIRE_PROGRESS = 6 };

struct wire_message {
    enum wire_type type;
    uint32_t session;
    uint32_t sender;
    /* INFO */
    uint32_t chunk_count;
    uint64_t disk_size;
    uint64_t image_bytes;
    /* REQUEST, DATA */
    uint32_t chunk;
    uint32_t block;       /* DATA: this block; REQUEST: first block */
    uint32_t blocks;      /* DATA: blocks in the chunk; REQUEST: how many from block */
    uint32_t record_len;  /* DATA */
    const unsigned char *payload;
    size_t payload_len;
    /* LEAVE, PROGRESS */
    uint32_t chunks_written;
    uint32_t seconds;   /* LEAVE */
    uint32_t chunks_total; /* PROGRESS */
};

/* Encodes into out (WIRE_MAX_DATAGRAM bytes); returns the datagram length. */
size_t wire_encode(const struct wire_message *m, unsigned char *out);
/* 0 if the datagram is a well-formed message of this protocol, -1 otherwise (ignored by callers). */
int wire_decode(const unsigned char *in, size_t len, struct wire_message *m);
/* Blocks a chunk record of record_len bytes is sent in. */
uint32_t wire_blocks_for(uint32_t record_len);

#endif
