/* The pipe's rate, delay, loss and queue on a virtual clock: exact figures, no network. */
#include "pipe.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static int failures;

#define CHECK(cond, ...) do { if (!(cond)) { failures++; fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
    fprintf(stderr, __VA_ARGS__); fprintf(stderr, "\n"); } } while (0)

static const uint64_t MS = 1000000ULL;
static unsigned char frame[1500];
static unsigned char out[2048];

static struct pb_pipe *pipe_of(uint64_t rate, uint64_t delay_ns, double loss, uint32_t queue, int bytes) {
    struct pb_pipe_config c = {rate, delay_ns, loss, queue, bytes, 42};
    struct pb_pipe *p = pb_pipe_new(&c);
    if (!p) {
        fprintf(stderr, "pipe refused a valid configuration\n");
        exit(1);
    }
    return p;
}

/* Drains everything due by `until`, stepping to each exit; returns the last exit time. */
static uint64_t drain(struct pb_pipe *p, uint64_t until, uint64_t *count) {
    uint64_t last = 0;
    for (uint64_t t = pb_pipe_next_exit(p); t <= until && t != UINT64_MAX; t = pb_pipe_next_exit(p)) {
        if (pb_pipe_take(p, t, out, sizeof out) > 0) {
            last = t;
            (*count)++;
        }
    }
    return last;
}

static void rate_is_exact(void) {
    /* 10 Mb/s: 1000 frames of 1250 bytes take exactly one second */
    struct pb_pipe *p = pipe_of(10000000, 0, 0.0, 100000, 0);
    for (int i = 0; i < 1000; i++) {
        CHECK(pb_pipe_offer(p, 0, frame, 1250) == PB_QUEUED, "frame %d refused", i);
    }
    uint64_t n = 0;
    uint64_t last = drain(p, UINT64_MAX - 1, &n);
    CHECK(n == 1000, "%llu frames out", (unsigned long long)n);
    double rate = 1000 * 1250 * 8 / (last / 1e9);
    CHECK(fabs(rate - 10e6) / 10e6 < 1e-6, "rate %.3f b/s", rate);
    pb_pipe_free(p);
}

static void delay_is_added_after_serialisation(void) {
    struct pb_pipe *p = pipe_of(8000000, 20 * MS, 0.0, 50, 0);
    pb_pipe_offer(p, 5 * MS, frame, 1000); /* 1 ms on the wire at 8 Mb/s */
    CHECK(pb_pipe_take(p, 25 * MS, out, sizeof out) == 0, "left before serialisation + delay");
    CHECK(pb_pipe_next_exit(p) == 26 * MS, "exit at %llu ns, expected 26 ms", (unsigned long long)pb_pipe_next_exit(p));
    CHECK(pb_pipe_take(p, 26 * MS, out, sizeof out) == 1000, "not delivered at 26 ms");
    pb_pipe_free(p);
}

static void loss_matches_its_probability_and_its_seed(void) {
    struct pb_pipe *a = pipe_of(0, 0, 0.10, 1000000, 0);
    struct pb_pipe *b = pipe_of(0, 0, 0.10, 1000000, 0);
    int same = 1;
    for (int i = 0; i < 100000; i++) {
        enum pb_verdict va = pb_pipe_offer(a, (uint64_t)i, frame, 100);
        enum pb_verdict vb = pb_pipe_offer(b, (uint64_t)i, frame, 100);
        same &= va == vb;
        uint64_t ignored = 0;
        drain(a, (uint64_t)i, &ignored);
        drain(b, (uint64_t)i, &ignored);
    }
    double lost = pb_pipe_stats(a).lost / 100000.0;
    CHECK(fabs(lost - 0.10) < 0.003, "lost %.4f of 100 000, expected 0.10", lost);
    CHECK(same, "the same seed dropped different packets");
    pb_pipe_free(a);
    pb_pipe_free(b);
}

static void a_full_queue_tail_drops(void) {
    /* 1 Mb/s, 10 packets: a burst of 50 at once keeps the first 10 */
    struct pb_pipe *p = pipe_of(1000000, 0, 0.0, 10, 0);
    int queued = 0;
    for (int i = 0; i < 50; i++) {
        queued += pb_pipe_offer(p, 0, frame, 1500) == PB_QUEUED;
    }
    CHECK(queued == 10, "%d queued, expected 10", queued);
    CHECK(pb_pipe_stats(p).tail_dropped == 40, "%llu tail-dropped", (unsigned long long)pb_pipe_stats(p).tail_dropped);
    /* after one frame time (12 ms) there is room for exactly one more */
    CHECK(pb_pipe_offer(p, 12 * MS, frame, 1500) == PB_QUEUED, "no room after the first frame left");
    CHECK(pb_pipe_offer(p, 12 * MS, frame, 1500) == PB_TAIL_DROPPED, "room for two after one left");
    pb_pipe_free(p);

    /* a byte limit counts bytes: 3000 bytes hold two 1500-byte frames, not three */
    struct pb_pipe *q = pipe_of(1000000, 0, 0.0, 3000, 1);
    CHECK(pb_pipe_offer(q, 0, frame, 1500) == PB_QUEUED && pb_pipe_offer(q, 0, frame, 1500) == PB_QUEUED, "two frames refused");
    CHECK(pb_pipe_offer(q, 0, frame, 1500) == PB_TAIL_DROPPED, "a third frame fit in 3000 bytes");
    pb_pipe_free(q);
}

static void packets_in_the_delay_line_do_not_fill_the_queue(void) {
    /* 300 ms of delay at 100 Mb/s holds thousands of packets; the queue of 50 is only for the link */
    struct pb_pipe *p = pipe_of(100000000, 300 * MS, 0.0, 50, 0);
    int queued = 0;
    for (int i = 0; i < 5000; i++) {
        uint64_t now = (uint64_t)i * 121 * 1000; /* one frame time apart: the link keeps up */
        queued += pb_pipe_offer(p, now, frame, 1500) == PB_QUEUED;
    }
    CHECK(queued == 5000, "%d of 5000 queued although the link kept up", queued);
    pb_pipe_free(p);
}

static void a_new_rate_applies_to_what_comes_next(void) {
    struct pb_pipe *p = pipe_of(10000000, 0, 0.0, 1000, 0);
    pb_pipe_offer(p, 0, frame, 1250); /* 1 ms at 10 Mb/s */
    struct pb_pipe_config slower = {1000000, 0, 0.0, 1000, 0, 42};
    CHECK(pb_pipe_configure(p, &slower) == 0, "valid change refused");
    pb_pipe_offer(p, 0, frame, 1250); /* then 10 ms at 1 Mb/s */
    uint64_t n = 0;
    uint64_t last = drain(p, UINT64_MAX - 1, &n);
    CHECK(last == 11 * MS, "second frame out at %llu ns, expected 11 ms", (unsigned long long)last);
    struct pb_pipe_config bad = {1000000, 0, 1.5, 1000, 0, 42};
    CHECK(pb_pipe_configure(p, &bad) != 0, "loss 1.5 accepted");
    pb_pipe_free(p);
}

int main(void) {
    rate_is_exact();
    delay_is_added_after_serialisation();
    loss_matches_its_probability_and_its_seed();
    a_full_queue_tail_drops();
    packets_in_the_delay_line_do_not_fill_the_queue();
    a_new_rate_applies_to_what_comes_next();
    if (failures) {
        fprintf(stderr, "test_pipe: %d failures\n", failures);
        return 1;
    }
    printf("test_pipe: rate, delay, loss, queue and live change behave\n");
    return 0;
}
