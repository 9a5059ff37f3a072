/*
 * pb-shaper A B: a transparent user-space delay node. It bridges interfaces A and B (in the
 * namespace it runs in) with AF_PACKET sockets and passes each direction through a Dummynet-style
 * pipe (lib/pipe.c): rate, delay, seeded random loss, tail drop. For kernels without netem, as in
 * Netbed's delay nodes but on one machine. Commands on standard input (lib/shaper_command.h), one
 * reply line each on standard output; it exits when its standard input closes, so it never
 * outlives whoever drives it.
 */
#include "pipe.h"
#include "shaper_command.h"

#include <arpa/inet.h>
#include <errno.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

/* Jumbo frames fit; pb-plain-frames keeps segmentation offload from handing us anything bigger. */
#define FRAME_MAX 16384
#define BATCH 64

struct direction {
    const char *name;
    int in_fd, out_fd;
    struct pb_pipe *pipe;
    struct pb_pipe_config config;
    uint64_t send_errors, oversize;
};

static unsigned char frames[BATCH][FRAME_MAX];

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static int open_port(const char *ifname) {
    unsigned index = if_nametoindex(ifname);
    if (!index) {
        fprintf(stderr, "pb-shaper: no interface '%s' in this namespace; create it or name another\n", ifname);
        return -1;
    }
    int fd = socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, htons(ETH_P_ALL));
    if (fd < 0) {
        fprintf(stderr, "pb-shaper: cannot open a packet socket (%s); it needs CAP_NET_RAW (run as root)\n", strerror(errno));
        return -1;
    }
    struct sockaddr_ll addr = {.sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_ALL), .sll_ifindex = (int)index};
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
        fprintf(stderr, "pb-shaper: cannot bind to %s: %s\n", ifname, strerror(errno));
        close(fd);
        return -1;
    }
    int one = 1;
    /* frames this process sends must not come back to it as received */
    setsockopt(fd, SOL_PACKET, PACKET_IGNORE_OUTGOING, &one, sizeof one);
    /* the pipe has already queued and timed the frame: skip the interface's qdisc */
    setsockopt(fd, SOL_PACKET, PACKET_QDISC_BYPASS, &one, sizeof one);
    struct packet_mreq promisc = {.mr_ifindex = (int)index, .mr_type = PACKET_MR_PROMISC};
    setsockopt(fd, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &promisc, sizeof promisc);
    setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one);
    int buffer = 4 << 20;
    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
    setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &buffer, sizeof buffer);
    return fd;
}

/*
 * The distance from CLOCK_REALTIME (the kernel's receive stamps) to CLOCK_MONOTONIC (the pipe's),
 * realtime read first: a preemption between the two reads only makes the distance smaller, so
 * frames look as if they arrived later and leave later. Never early: the delay is a floor.
 */
static int64_t realtime_ahead_ns(uint64_t *monotonic_now) {
    struct timespec real;
    clock_gettime(CLOCK_REALTIME, &real);
    *monotonic_now = now_ns();
    return ((int64_t)real.tv_sec * 1000000000LL + real.tv_nsec) - (int64_t)*monotonic_now;
}

/*
 * When the kernel received the frame, on our monotonic clock: the pipe queues and serialises it from
 * then, not from whenever this process got the CPU, so a late wake-up costs neither rate nor queue.
 */
static uint64_t arrival_ns(struct msghdr *msg, uint64_t now, int64_t realtime_ahead) {
    for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR(msg, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
            struct timespec stamp;
            memcpy(&stamp, CMSG_DATA(c), sizeof stamp);
            int64_t arrival = ((int64_t)stamp.tv_sec * 1000000000LL + stamp.tv_nsec) - realtime_ahead;
            return arrival > 0 && (uint64_t)arrival < now ? (uint64_t)arrival : now;
        }
    }
    return now;
}

/* Everything waiting on the socket, BATCH frames per system call, into the pipe. */
static void receive(struct direction *d) {
    struct mmsghdr msgs[BATCH];
    struct iovec iov[BATCH];
    struct sockaddr_ll from[BATCH];
    static char control[BATCH][CMSG_SPACE(sizeof(struct timespec)) + 64];
    for (;;) {
        for (int i = 0; i < BATCH; i++) {
            iov[i] = (struct iovec){.iov_base = frames[i], .iov_len = FRAME_MAX};
            msgs[i] = (struct mmsghdr){.msg_hdr = {.msg_name = &from[i], .msg_namelen = sizeof from[i], .msg_iov = &iov[i], .msg_iovlen = 1,
                                                   .msg_control = control[i], .msg_controllen = sizeof control[i]}};
        }
        int n = recvmmsg(d->in_fd, msgs, BATCH, MSG_DONTWAIT, NULL);
        if (n <= 0) {
            return;
        }
        uint64_t now;
        int64_t realtime_ahead = realtime_ahead_ns(&now);
        for (int i = 0; i < n; i++) {
            if (from[i].sll_pkttype == PACKET_OUTGOING) {
                continue;
            }
            if (msgs[i].msg_hdr.msg_flags & MSG_TRUNC) {
                d->oversize++;
                continue;
            }
            pb_pipe_offer(d->pipe, arrival_ns(&msgs[i].msg_hdr, now, realtime_ahead), frames[i], msgs[i].msg_len);
        }
        if (n < BATCH) {
            return;
        }
    }
}

/* Every frame whose time has come, BATCH per system call. */
static void deliver(struct direction *d, uint64_t now) {
    struct mmsghdr msgs[BATCH];
    struct iovec iov[BATCH];
    for (;;) {
        int n = 0;
        uint32_t length;
        while (n < BATCH && (length = pb_pipe_take(d->pipe, now, frames[n], FRAME_MAX)) > 0) {
            iov[n] = (struct iovec){.iov_base = frames[n], .iov_len = length};
            msgs[n] = (struct mmsghdr){.msg_hdr = {.msg_iov = &iov[n], .msg_iovlen = 1}};
            n++;
        }
        if (n == 0) {
            return;
        }
        int sent = sendmmsg(d->out_fd, msgs, (unsigned)n, 0);
        if (sent < n) {
            d->send_errors += (uint64_t)(n - (sent > 0 ? sent : 0));
        }
        if (n < BATCH) {
            return;
        }
    }
}

static void print_config(const struct direction *d) {
    const struct pb_pipe_config *c = &d->config;
    printf("config %s rate=%llu delay_ns=%llu loss=%.9g queue=%u unit=%s seed=%llu\n", d->name,
           (unsigned long long)c->rate_bps, (unsigned long long)c->delay_ns, c->loss, c->queue_limit,
           c->queue_in_bytes ? "bytes" : "packets", (unsigned long long)c->seed);
}

static void print_stats(const struct direction *d) {
    struct pb_pipe_stats s = pb_pipe_stats(d->pipe);
    printf("stats %s offered=%llu delivered=%llu lost=%llu tail_dropped=%llu bytes=%llu send_errors=%llu oversize=%llu\n",
           d->name, (unsigned long long)s.offered, (unsigned long long)s.delivered, (unsigned long long)s.lost,
           (unsigned long long)s.tail_dropped, (unsigned long long)s.bytes_delivered, (unsigned long long)d->send_errors,
           (unsigned long long)d->oversize);
}

/* Returns 0 to go on, 1 when standard input has closed. */
static int handle_input(struct direction dirs[2]) {
    static char line[1024];
    static size_t used;
    ssize_t n = read(STDIN_FILENO, line + used, sizeof line - 1 - used);
    if (n <= 0) {
        return n == 0 || (errno != EINTR && errno != EAGAIN) ? 1 : 0;
    }
    used += (size_t)n;
    line[used] = '\0';
    char *start = line, *newline;
    while ((newline = strchr(start, '\n'))) {
        *newline = '\0';
        struct pb_command cmd;
        char error[256];
        if (pb_command_parse(start, &cmd, error, sizeof error) != 0) {
            printf("error %s\n", error);
        } else if (cmd.kind == PB_CMD_SET) {
            struct direction *d = &dirs[cmd.direction];
            if (pb_pipe_configure(d->pipe, &cmd.config) != 0) {
                printf("error the pipe refused this configuration\n");
            } else {
                d->config = cmd.config;
                printf("ok\n");
            }
        } else if (cmd.kind == PB_CMD_STATS) {
            print_stats(&dirs[0]);
            print_stats(&dirs[1]);
        } else {
            print_config(&dirs[0]);
            print_config(&dirs[1]);
        }
        fflush(stdout);
        start = newline + 1;
    }
    used = strlen(start);
    memmove(line, start, used + 1);
    if (used == sizeof line - 1) {
        printf("error command too long; at most %zu characters per line\n", sizeof line - 2);
        fflush(stdout);
        used = 0;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: pb-shaper IFACE_A IFACE_B  (commands on standard input; see lib/shaper_command.h)\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    /* wake-ups exactly when the next packet is due: the delay's precision depends on it */
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
    int a = open_port(argv[1]), b = open_port(argv[2]);
    if (a < 0 || b < 0) {
        return 1;
    }
    struct direction dirs[2] = {{.name = "ab", .in_fd = a, .out_fd = b}, {.name = "ba", .in_fd = b, .out_fd = a}};
    for (int i = 0; i < 2; i++) {
        pb_command_defaults(&dirs[i].config);
        dirs[i].pipe = pb_pipe_new(&dirs[i].config);
        if (!dirs[i].pipe) {
            fprintf(stderr, "pb-shaper: out of memory\n");
            return 1;
        }
    }
    printf("ready %s %s\n", argv[1], argv[2]);
    fflush(stdout);
    struct pollfd fds[3] = {{.fd = a, .events = POLLIN}, {.fd = b, .events = POLLIN}, {.fd = STDIN_FILENO, .events = POLLIN}};
    for (;;) {
        uint64_t now = now_ns();
        deliver(&dirs[0], now);
        deliver(&dirs[1], now);
        uint64_t next = pb_pipe_next_exit(dirs[0].pipe);
        uint64_t other = pb_pipe_next_exit(dirs[1].pipe);
        if (other < next) {
            next = other;
        }
        struct timespec wait, *timeout = NULL;
        if (next != UINT64_MAX) {
            uint64_t left = next > now ? next - now : 0;
            wait.tv_sec = (time_t)(left / 1000000000ULL);
            wait.tv_nsec = (long)(left % 1000000000ULL);
            timeout = &wait;
        }
        if (ppoll(fds, 3, timeout, NULL) < 0 && errno != EINTR) {
            perror("pb-shaper: poll");
            return 1;
        }
        if (fds[0].revents & POLLIN) {
            receive(&dirs[0]);
        }
        if (fds[1].revents & POLLIN) {
            receive(&dirs[1]);
        }
        if (fds[2].revents & (POLLIN | POLLHUP | POLLERR)) {
            if (handle_input(dirs)) {
                return 0;
            }
        }
    }
}
