#include "pipe.h"

#include <stdlib.h>
#include <string.h>

struct packet {
    struct packet *next;
    uint64_t serialised_ns; /* when its last bit has left the link */
    uint64_t exit_ns;       /* serialised + delay */
    uint32_t length;
    unsigned char data[];
};

struct pb_pipe {
    struct pb_pipe_config config;
    struct packet *head, *tail;
    uint64_t link_free_ns;  /* when the link finishes the packet it is sending */
    struct packet *waiting; /* first packet not yet fully sent: it and those after it fill the queue */
    uint64_t waiting_packets, waiting_bytes;
    uint64_t rng;
    struct pb_pipe_stats stats;
};

static int valid(const struct pb_pipe_config *c) {
    return c->loss >= 0.0 && c->loss <= 1.0 && c->queue_limit > 0;
}

/* xorshift64*: small, fast, and the same sequence for the same seed on every machine */
static double next_uniform(struct pb_pipe *p) {
    p->rng ^= p->rng >> 12;
    p->rng ^= p->rng << 25;
    p->rng ^= p->rng >> 27;
    return (double)((p->rng * 2685821657736338717ULL) >> 11) / 9007199254740992.0;
}

struct pb_pipe *pb_pipe_new(const struct pb_pipe_config *config) {
    if (!valid(config)) {
        return NULL;
    }
    struct pb_pipe *p = calloc(1, sizeof *p);
    if (p) {
        p->config = *config;
        p->rng = config->seed ? config->seed : 0x9E3779B97F4A7C15ULL;
    }
    return p;
}

void pb_pipe_free(struct pb_pipe *p) {
    if (!p) {
        return;
    }
    while (p->head) {
        struct packet *next = p->head->next;
        free(p->head);
        p->head = next;
    }
    free(p);
}

int pb_pipe_configure(struct pb_pipe *p, const struct pb_pipe_config *config) {
    if (!valid(config)) {
        return -1;
    }
    uint64_t seed = p->config.seed;
    p->config = *config;
    if (config->seed != seed) {
        p->rng = config->seed ? config->seed : 0x9E3779B97F4A7C15ULL;
    }
    return 0;
}

/* Packets leave the queue in order as their last bit leaves the link; the rest are in the delay line. */
static void advance(struct pb_pipe *p, uint64_t now_ns) {
    while (p->waiting && p->waiting->serialised_ns <= now_ns) {
        p->waiting_packets--;
        p->waiting_bytes -= p->waiting->length;
        p->waiting = p->waiting->next;
    }
}

enum pb_verdict pb_pipe_offer(struct pb_pipe *p, uint64_t now_ns, const void *frame, uint32_t length) {
    p->stats.offered++;
    if (p->config.loss > 0.0 && next_uniform(p) < p->config.loss) {
        p->stats.lost++;
        return PB_LOST;
    }
    advance(p, now_ns);
    uint64_t used = p->config.queue_in_bytes ? p->waiting_bytes : p->waiting_packets;
    uint64_t need = p->config.queue_in_bytes ? length : 1;
    if (used + need > p->config.queue_limit) {
        p->stats.tail_dropped++;
        return PB_TAIL_DROPPED;
    }
    struct packet *k = malloc(sizeof *k + length);
    if (!k) {
        p->stats.tail_dropped++;
        return PB_TAIL_DROPPED;
    }
    uint64_t start = p->link_free_ns > now_ns ? p->link_free_ns : now_ns;
    uint64_t transmit = p->config.rate_bps ? (uint64_t)((length * 8.0 * 1e9) / (double)p->config.rate_bps + 0.5) : 0;
    k->next = NULL;
    k->serialised_ns = start + transmit;
    k->exit_ns = k->serialised_ns + p->config.delay_ns;
    k->length = length;
    memcpy(k->data, frame, length);
    p->link_free_ns = k->serialised_ns;
    if (p->tail) {
        p->tail->next = k;
    } else {
        p->head = k;
    }
    p->tail = k;
    if (!p->waiting) {
        p->waiting = k;
    }
    p->waiting_packets++;
    p->waiting_bytes += length;
    return PB_QUEUED;
}

uint64_t pb_pipe_next_exit(const struct pb_pipe *p) {
    return p->head ? p->head->exit_ns : UINT64_MAX;
}

uint32_t pb_pipe_take(struct pb_pipe *p, uint64_t now_ns, void *buf, uint32_t capacity) {
    advance(p, now_ns);
    struct packet *k = p->head;
    if (!k || k->exit_ns > now_ns || k->length > capacity) {
        return 0;
    }
    uint32_t length = k->length;
    memcpy(buf, k->data, length);
    p->head = k->next;
    if (!p->head) {
        p->tail = NULL;
    }
    free(k);
    p->stats.delivered++;
    p->stats.bytes_delivered += length;
    return length;
}

struct pb_pipe_stats pb_pipe_stats(const struct pb_pipe *p) {
    return p->stats;
}
