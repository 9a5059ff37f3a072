#include "image_wire.h"

#include <string.h>

#include "image_format.h"

uint32_t wire_blocks_for(uint32_t record_len) {
    return (record_len + WIRE_BLOCK - 1) / WIRE_BLOCK;
}

size_t wire_encode(const struct wire_message *m, unsigned char *out) {
    memset(out, 0, WIRE_DATA_HEADER);
    image_put32(out, WIRE_MAGIC);
    out[4] = WIRE_VERSION;
    out[5] = (unsigned char)m->type;
    image_put32(out + 8, m->session);
    image_put32(out + 12, m->sender);
    unsigned char *p = out + WIRE_HEADER;
    switch (m->type) {
    case WIRE_JOIN:
        return WIRE_HEADER;
    case WIRE_INFO:
        image_put32(p, m->chunk_count);
        image_put64(p + 4, m->disk_size);
        image_put64(p + 12, m->image_bytes);
        return WIRE_HEADER + 20;
    case WIRE_REQUEST:
        image_put32(p, m->chunk);
        image_put32(p + 4, m->block);
        image_put32(p + 8, m->blocks);
        return WIRE_HEADER + 12;
    case WIRE_DATA: {
        image_put32(p, m->chunk);
        image_put32(p + 4, m->block);
        image_put32(p + 8, m->blocks);
        image_put32(p + 12, m->record_len);
        size_t n = m->payload_len > WIRE_BLOCK ? WIRE_BLOCK : m->payload_len;
        memcpy(p + 16, m->payload, n);
        return WIRE_DATA_HEADER + n;
    }
    case WIRE_LEAVE:
        image_put32(p, m->chunks_written);
        image_put32(p + 4, m->seconds);
        return WIRE_HEADER + 8;
    case WIRE_PROGRESS:
        image_put32(p, m->chunks_written);
        image_put32(p + 4, m->chunks_total);
        return WIRE_HEADER + 8;
    }
    return 0;
}

int wire_decode(const unsigned char *in, size_t len, struct wire_message *m) {
    memset(m, 0, sizeof *m);
    if (len < WIRE_HEADER || image_get32(in) != WIRE_MAGIC || in[4] != WIRE_VERSION) return -1;
    m->type = (enum wire_type)in[5];
    m->session = image_get32(in + 8);
    m->sender = image_get32(in + 12);
    const unsigned char *p = in + WIRE_HEADER;
    size_t body = len - WIRE_HEADER;
    switch (m->type) {
    case WIRE_JOIN:
        return 0;
    case WIRE_INFO:
        if (body < 20) return -1;
        m->chunk_count = image_get32(p);
        m->disk_size = image_get64(p + 4);
        m->image_bytes = image_get64(p + 12);
        return m->chunk_count <= IMAGE_CHUNK_COUNT_MAX ? 0 : -1;
    case WIRE_REQUEST:
        if (body < 12) return -1;
        m->chunk = image_get32(p);
        m->block = image_get32(p + 4);
        m->blocks = image_get32(p + 8);
        return 0;
    case WIRE_DATA: {
        if (body < 16) return -1;
        m->chunk = image_get32(p);
        m->block = image_get32(p + 4);
        m->blocks = image_get32(p + 8);
        m->record_len = image_get32(p + 12);
        m->payload = p + 16;
        m->payload_len = body - 16;
        if (m->record_len > IMAGE_CHUNK_HEADER_SIZE + IMAGE_COMPRESSED_MAX || m->blocks != wire_blocks_for(m->record_len)
            || m->block >= m->blocks || m->payload_len > WIRE_BLOCK) {
            return -1;
        }
        /* Every block is full except the last, which holds what is left of the record. */
        size_t expected = m->block + 1 < m->blocks ? WIRE_BLOCK : m->record_len - (size_t)m->block * WIRE_BLOCK;
        return m->payload_len == expected ? 0 : -1;
    }
    case WIRE_LEAVE:
        if (body < 8) return -1;
        m->chunks_written = image_get32(p);
        m->seconds = image_get32(p + 4);
        return 0;
    case WIRE_PROGRESS:
        if (body < 8) return -1;
        m->chunks_written = image_get32(p);
        m->chunks_total = image_get32(p + 4);
        return m->chunks_written <= m->chunks_total ? 0 : -1;
    }
    return -1;
}
