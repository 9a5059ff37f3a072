/*
 * pb-probe: bounded UDP probes for measuring a shaped link, as Netbed's fidelity tables did.
 *   pb-probe echo PORT SECONDS                        echo every datagram back, for SECONDS
 *   pb-probe rtt ADDR PORT COUNT SIZE INTERVAL_US     round trips of COUNT probes of SIZE-byte frames
 *   pb-probe send ADDR PORT COUNT SIZE RATE_BPS       COUNT frames of SIZE bytes paced at RATE_BPS
 *   pb-probe sink PORT SECONDS [TICK_MS]              count what arrives; stop 1 s after the last;
 *                                                     with TICK_MS, a line per tick: its end (CLOCK_MONOTONIC
 *                                                     ns, as Java's System.nanoTime) and the frame bytes in it
 * SIZE is the Ethernet frame with its FCS (64..1518), as in Netbed's tables: the UDP payload is
 * SIZE - 46. Figures are one line of name=value pairs; rates count frames without FCS
 * (SIZE - 4 bytes), as the shaper does.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <math.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#define OVERHEAD 46
#define MAX_COUNT 1000000

struct probe {
    uint32_t magic, seq;
    uint64_t sent_ns;
};

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static void sleep_until(uint64_t t) {
    struct timespec ts = {.tv_sec = (time_t)(t / 1000000000ULL), .tv_nsec = (long)(t % 1000000000ULL)};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR) {
    }
}

static long number(const char *text, const char *what, long min, long max) {
    char *end;
    long v = strtol(text, &end, 10);
    if (*end || v < min || v > max) {
        fprintf(stderr, "pb-probe: %s must be a whole number from %ld to %ld, not '%s'\n", what, min, max, text);
        exit(2);
    }
    return v;
}

static int udp_socket(int port) {
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0) {
        perror("pb-probe: socket");
        exit(1);
    }
    int buffer = 8 << 20;
    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
    if (port >= 0) {
        struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port), .sin_addr.s_addr = htonl(INADDR_ANY)};
        if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
            fprintf(stderr, "pb-probe: cannot listen on UDP port %d: %s\n", port, strerror(errno));
            exit(1);
        }
    }
    return fd;
}

static struct sockaddr_in target(const char *address, const char *port) {
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)number(port, "PORT", 1, 65535))};
    if (inet_pton(AF_INET, address, &addr.sin_addr) != 1) {
        fprintf(stderr, "pb-probe: '%s' is not an IPv4 address\n", address);
        exit(2);
    }
    return addr;
}

static int echo(int port, long seconds) {
    int fd = udp_socket(port);
    unsigned char buf[2048];
    uint64_t end = now_ns() + (uint64_t)seconds * 1000000000ULL;
    long echoed = 0;
    for (uint64_t now = now_ns(); now < end; now = now_ns()) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, (int)((end - now) / 1000000ULL) + 1) <= 0) {
            continue;
        }
        struct sockaddr_in from;
        socklen_t len = sizeof from;
        ssize_t n = recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *)&from, &len);
        if (n > 0 && sendto(fd, buf, (size_t)n, 0, (struct sockaddr *)&from, len) == n) {
            echoed++;
        }
    }
    printf("echoed=%ld\n", echoed);
    return 0;
}

static int rtt(struct sockaddr_in to, long count, long size, long interval_us) {
    int fd = udp_socket(-1);
    unsigned char buf[2048] = {0};
    double *rtts = calloc((size_t)count, sizeof *rtts);
    unsigned char *seen = calloc((size_t)count, 1);
    long received = 0;
    uint64_t start = now_ns();
    uint64_t last_send = start + (uint64_t)(count - 1) * (uint64_t)interval_us * 1000ULL;
    uint64_t deadline = last_send + 2000000000ULL;
    long next = 0;
    while (now_ns() < deadline && received < count) {
        uint64_t now = now_ns();
        uint64_t due = start + (uint64_t)next * (uint64_t)interval_us * 1000ULL;
        if (next < count && now >= due) {
            struct probe p = {0x50425052, (uint32_t)next, now};
            memcpy(buf, &p, sizeof p);
            sendto(fd, buf, (size_t)(size - OVERHEAD), 0, (struct sockaddr *)&to, sizeof to);
            next++;
            continue;
        }
        uint64_t wake = next < count ? due : deadline;
        struct pollfd pf = {.fd = fd, .events = POLLIN};
        struct timespec wait = {.tv_sec = (time_t)((wake - now) / 1000000000ULL), .tv_nsec = (long)((wake - now) % 1000000000ULL)};
        if (ppoll(&pf, 1, &wait, NULL) > 0) {
            ssize_t n = recv(fd, buf, sizeof buf, 0);
            struct probe p;
            memcpy(&p, buf, sizeof p);
            if (n >= (ssize_t)sizeof p && p.magic == 0x50425052 && p.seq < (uint32_t)count && !seen[p.seq]) {
                seen[p.seq] = 1;
                rtts[received++] = (double)(now_ns() - p.sent_ns) / 1000.0;
            }
        }
    }
    double sum = 0, min = INFINITY, max = 0;
    for (long i = 0; i < received; i++) {
        sum += rtts[i];
        min = rtts[i] < min ? rtts[i] : min;
        max = rtts[i] > max ? rtts[i] : max;
    }
    double mean = received ? sum / (double)received : 0, var = 0;
    for (long i = 0; i < received; i++) {
        var += (rtts[i] - mean) * (rtts[i] - mean);
    }
    printf("sent=%ld received=%ld mean_us=%.1f stddev_us=%.1f min_us=%.1f max_us=%.1f\n", next, received, mean,
           received > 1 ? sqrt(var / (double)(received - 1)) : 0.0, received ? min : 0.0, max);
    return 0;
}

/* Paced by the clock, in batches: whatever is due goes out in one sendmmsg, so the sender keeps up
 * with small frames at tens of Mb/s; the rate over the run is exact however the batches fall. */
static int send_paced(struct sockaddr_in to, long count, long size, long rate_bps) {
    enum { BATCH = 64 };
    int fd = udp_socket(-1);
    static unsigned char bufs[BATCH][2048];
    struct mmsghdr msgs[BATCH];
    struct iovec iov[BATCH];
    uint64_t gap = (uint64_t)((double)size * 8.0 * 1e9 / (double)rate_bps);
    uint64_t start = now_ns();
    long sent = 0;
    for (long i = 0; i < count;) {
        uint64_t due = start + (uint64_t)i * gap;
        uint64_t now = now_ns();
        if (due > now + 20000) {
            sleep_until(due);
            now = now_ns();
        }
        int n = 0;
        while (n < BATCH && i + n < count && start + (uint64_t)(i + n) * gap <= now + 20000) {
            struct probe p = {0x50425052, (uint32_t)(i + n), now};
            memcpy(bufs[n], &p, sizeof p);
            iov[n] = (struct iovec){.iov_base = bufs[n], .iov_len = (size_t)(size - OVERHEAD)};
            msgs[n] = (struct mmsghdr){.msg_hdr = {.msg_name = &to, .msg_namelen = sizeof to, .msg_iov = &iov[n], .msg_iovlen = 1}};
            n++;
        }
        if (n == 0) {
            n = 1;
            struct probe p = {0x50425052, (uint32_t)i, now};
            memcpy(bufs[0], &p, sizeof p);
            iov[0] = (struct iovec){.iov_base = bufs[0], .iov_len = (size_t)(size - OVERHEAD)};
            msgs[0] = (struct mmsghdr){.msg_hdr = {.msg_name = &to, .msg_namelen = sizeof to, .msg_iov = &iov[0], .msg_iovlen = 1}};
        }
        int done = sendmmsg(fd, msgs, (unsigned)n, 0);
        sent += done > 0 ? done : 0;
        i += n;
    }
    printf("sent=%ld seconds=%.6f\n", sent, (double)(now_ns() - start) / 1e9);
    return 0;
}

static int sink(int port, long seconds, long tick_ms) {
    int fd = udp_socket(port);
    unsigned char buf[2048];
    uint64_t end = now_ns() + (uint64_t)seconds * 1000000000ULL, first = 0, last = 0;
    uint64_t tick = (uint64_t)tick_ms * 1000000ULL, tick_end = tick ? now_ns() + tick : UINT64_MAX;
    unsigned long long tick_bytes = 0;
    long received = 0;
    unsigned long long bytes = 0, bytes_after_first = 0;
    for (uint64_t now = now_ns(); now < end; now = now_ns()) {
        while (now >= tick_end) {
            printf("tick end_ns=%llu bytes=%llu\n", (unsigned long long)tick_end, tick_bytes);
            tick_bytes = 0;
            tick_end += tick;
        }
        if (received && now - last > 1000000000ULL) {
            break;
        }
        struct pollfd p = {.fd = fd, .events = POLLIN};
        int wait_ms = tick ? (int)((tick_end - now) / 1000000ULL) + 1 : 100;
        if (poll(&p, 1, wait_ms < 100 ? wait_ms : 100) <= 0) {
            continue;
        }
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0) {
            continue;
        }
        last = now_ns();
        unsigned long long frame = (unsigned long long)n + OVERHEAD - 4;
        if (!received++) {
            first = last;
        } else {
            bytes_after_first += frame;
        }
        bytes += frame;
        tick_bytes += frame;
    }
    double span = received > 1 ? (double)(last - first) / 1e9 : 0.0;
    printf("received=%ld frame_bytes=%llu span_s=%.6f rate_bps=%.1f\n", received, bytes, span,
           span > 0 ? (double)bytes_after_first * 8.0 / span : 0.0);
    return 0;
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc == 4 && strcmp(argv[1], "echo") == 0) {
        return echo((int)number(argv[2], "PORT", 1, 65535), number(argv[3], "SECONDS", 1, 3600));
    }
    if ((argc == 4 || argc == 5) && strcmp(argv[1], "sink") == 0) {
        return sink((int)number(argv[2], "PORT", 1, 65535), number(argv[3], "SECONDS", 1, 3600),
                    argc == 5 ? number(argv[4], "TICK_MS", 10, 10000) : 0);
    }
    if (argc == 7 && strcmp(argv[1], "rtt") == 0) {
        return rtt(target(argv[2], argv[3]), number(argv[4], "COUNT", 1, MAX_COUNT), number(argv[5], "SIZE", 64, 1518),
                   number(argv[6], "INTERVAL_US", 10, 10000000));
    }
    if (argc == 7 && strcmp(argv[1], "send") == 0) {
        return send_paced(target(argv[2], argv[3]), number(argv[4], "COUNT", 1, MAX_COUNT), number(argv[5], "SIZE", 64, 1518),
                          number(argv[6], "RATE_BPS", 1000, 10000000000L));
    }
    fprintf(stderr, "usage: pb-probe echo PORT SECONDS | rtt ADDR PORT COUNT SIZE INTERVAL_US |\n"
                    "       send ADDR PORT COUNT SIZE RATE_BPS | sink PORT SECONDS [TICK_MS]\n");
    return 2;
}
