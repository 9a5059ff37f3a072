/*
 * A Dummynet-style pipe for one direction of a link: packets wait in a queue of limited size
 * (tail drop), are lost at random with a seeded generator, are serialised at the pipe's rate and
 * then held for its delay. Pure logic on a caller-supplied clock (nanoseconds), so the user-space
 * shaper drives it with the real clock and the tests with a virtual one.
 */
#ifndef PATCHBAY_PIPE_H
#define PATCHBAY_PIPE_H

#include <stdint.h>

struct pb_pipe_config {
    uint64_t rate_bps;      /* 0: no rate limit */
    uint64_t delay_ns;
    double loss;            /* probability in [0, 1] */
    uint32_t queue_limit;   /* packets, or bytes when queue_in_bytes */
    int queue_in_bytes;
    uint64_t seed;          /* the loss generator's seed: the same seed drops the same packets */
};

struct pb_pipe_stats {
    uint64_t offered, delivered, lost, tail_dropped, bytes_delivered;
};

enum pb_verdict { PB_QUEUED = 0, PB_LOST = 1, PB_TAIL_DROPPED = 2 };

struct pb_pipe;

/* NULL when the configuration is invalid (loss outside [0, 1], zero queue) or memory is short. */
struct pb_pipe *pb_pipe_new(const struct pb_pipe_config *config);
void pb_pipe_free(struct pb_pipe *pipe);

/* A new rate, delay, loss or queue for packets offered from now on; those already scheduled keep their times. */
int pb_pipe_configure(struct pb_pipe *pipe, const struct pb_pipe_config *config);

enum pb_verdict pb_pipe_offer(struct pb_pipe *pipe, uint64_t now_ns, const void *frame, uint32_t length);

/* When the next packet may leave (ns), or UINT64_MAX when the pipe is empty. */
uint64_t pb_pipe_next_exit(const struct pb_pipe *pipe);

/* The next packet whose time has come, copied into buf: its length, or 0 when none is due (or it does not fit). */
uint32_t pb_pipe_take(struct pb_pipe *pipe, uint64_t now_ns, void *buf, uint32_t capacity);

struct pb_pipe_stats pb_pipe_stats(const struct pb_pipe *pipe);

#endif
