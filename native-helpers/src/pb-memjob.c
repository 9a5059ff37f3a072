/*
 * pb-memjob: a load generator for the migration benchmark (bench/migration), not a tool. It holds
 * SIZE_MB of memory, filled with pseudo-random bytes, rewrites DIRTY_MB_PER_S of it each second
 * (spread over ten slices a second, going round the buffer), and prints once a second a
 * counter and a checksum of the whole buffer, so a run shows that the job kept counting and kept
 * its memory across a move. Bounded: at most 16 GB, at most the size per second.
 *   pb-memjob SIZE_MB DIRTY_MB_PER_S
 */
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t next_random(uint64_t *state)
{
    /* xorshift64*: fast, and the same sequence every run */
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return *state * UINT64_C(2685821657736338717);
}

static uint64_t checksum(const uint64_t *words, size_t count)
{
    uint64_t sum = UINT64_C(1469598103934665603);
    for (size_t i = 0; i < count; i++) {
        sum = (sum ^ words[i]) * UINT64_C(1099511628211);
    }
    return sum;
}

static long parse(const char *text, long max, const char *what)
{
    char *end;
    errno = 0;
    long value = strtol(text, &end, 10);
    if (errno != 0 || *end != '\0' || value < 0 || value > max) {
        fprintf(stderr, "pb-memjob: %s must be a whole number from 0 to %ld, not '%s'\n", what, max, text);
        exit(2);
    }
    return value;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: pb-memjob SIZE_MB DIRTY_MB_PER_S\n");
        return 2;
    }
    long size_mb = parse(argv[1], 16384, "SIZE_MB");
    long dirty_mb = parse(argv[2], 16384, "DIRTY_MB_PER_S");
    size_t words = (size_t)size_mb * 1048576 / sizeof(uint64_t);
    uint64_t *buffer = malloc(words ? words * sizeof(uint64_t) : 1);
    if (buffer == NULL) {
        fprintf(stderr, "pb-memjob: cannot allocate %ld MB\n", size_mb);
        return 1;
    }
    uint64_t state = UINT64_C(88172645463325252);
    for (size_t i = 0; i < words; i++) {
        buffer[i] = next_random(&state);
    }
    size_t slice = (size_t)dirty_mb * 1048576 / sizeof(uint64_t) / 10;
    size_t cursor = 0;
    for (unsigned long tick = 1;; tick++) {
        for (int part = 0; part < 10; part++) {
            for (size_t i = 0; i < slice && words > 0; i++) {
                buffer[cursor] = next_random(&state);
                cursor = (cursor + 1) % words;
            }
            struct timespec pause = {0, 100 * 1000 * 1000};
            nanosleep(&pause, NULL);
        }
        printf("%lu %016" PRIx64 "\n", tick, checksum(buffer, words));
        fflush(stdout);
    }
}
