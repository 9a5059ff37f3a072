/* pb-image: capture a disk into a Patchbay image, deploy an image onto a disk, and move an image to
 * many disks at once by reliable multicast (a server and any number of receivers, late joiners welcome).
 *
 *   pb-image capture DISK IMAGE [--level N] [--progress]
 *   pb-image deploy IMAGE DISK [--progress]
 *   pb-image info IMAGE
 *   pb-image verify IMAGE
 *   pb-image digests IMAGE FILE   (each chunk's SHA-256, for receivers to check what they hear against)
 *   pb-image serve IMAGE --group ADDR:PORT --interface ADDR [--rate-mbps N] [--idle-exit SECONDS] [--loopback]
 *     (prints "progress ADDRESS CHUNKS-WRITTEN CHUNKS" as receivers report and "finished ADDRESS CHUNKS SECONDS" once each)
 *   pb-image receive DISK --group ADDR:PORT --interface ADDR [--digests FILE] [--timeout SECONDS] [--buffers N] [--progress]
 *
 * Built static (libzstd, libext2fs) so it runs in the imaging initramfs as it runs on a host.
 * Exit status: 0 done, 1 failed (the message says why), 2 usage or a refusal before anything was written. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <zstd.h>

#include "image/disk_layout.h"
#include "image/image_digests.h"
#include "image/image_format.h"
#include "image/image_wire.h"

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig) {
    (void)sig;
    stop_requested = 1;
}

static int fail(int status, const char *format, ...) {
    va_list args;
    va_start(args, format);
    fputs("pb-image: ", stderr);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
    return status;
}

static double now_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int read_fully(int fd, void *buf, size_t len, uint64_t offset) {
    unsigned char *p = buf;
    while (len > 0) {
        ssize_t n = pread(fd, p, len, (off_t)offset);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        p += n;
        len -= (size_t)n;
        offset += (uint64_t)n;
    }
    return 0;
}

static int write_fully(int fd, const void *buf, size_t len, uint64_t offset) {
    const unsigned char *p = buf;
    while (len > 0) {
        ssize_t n = pwrite(fd, p, len, (off_t)offset);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        p += n;
        len -= (size_t)n;
        offset += (uint64_t)n;
    }
    return 0;
}

static int write_range_to_fd(void *context, uint64_t offset, const unsigned char *data, uint64_t length) {
    return write_fully(*(int *)context, data, length, offset);
}

static int skip_range(void *context, uint64_t offset, const unsigned char *data, uint64_t length) {
    (void)context; (void)offset; (void)data; (void)length;
    return 0;
}

/* ---- options ---- */

struct options {
    int argc;
    char **argv;
};

static const char *option(struct options *o, const char *name) {
    for (int i = 0; i < o->argc; i++) {
        if (strcmp(o->argv[i], name) == 0) {
            if (i + 1 >= o->argc) return NULL;
            return o->argv[i + 1];
        }
    }
    return NULL;
}

static int flag(struct options *o, const char *name) {
    for (int i = 0; i < o->argc; i++) if (strcmp(o->argv[i], name) == 0) return 1;
    return 0;
}

/* A whole number in [min, max], or -1 after printing which option is wrong. */
static long long number_option(struct options *o, const char *name, long long fallback, long long min, long long max) {
    const char *text = option(o, name);
    if (!text) return fallback;
    char *end;
    errno = 0;
    long long v = strtoll(text, &end, 10);
    if (errno || *end || end == text || v < min || v > max) {
        fail(2, "%s takes a whole number from %lld to %lld, got '%s'", name, min, max, text);
        return -1;
    }
    return v;
}

/* ---- image files ---- */

struct image_file {
    int fd;
    struct image_header header;
    struct image_index_entry *index;
    uint32_t session;
};

static int image_open(const char *path, struct image_file *image) {
    memset(image, 0, sizeof *image);
    image->fd = open(path, O_RDONLY | O_CLOEXEC);
    if (image->fd < 0) return fail(1, "cannot open image %s: %s", path, strerror(errno));
    unsigned char raw[IMAGE_HEADER_SIZE];
    char err[256] = "";
    if (read_fully(image->fd, raw, sizeof raw, 0) != 0) return fail(1, "%s: too short to be an image", path);
    if (image_header_decode(raw, &image->header, err, sizeof err) != 0) return fail(1, "%s: %s", path, err);
    image->session = image_crc32(raw, sizeof raw);
    size_t index_bytes = (size_t)image->header.chunk_count * IMAGE_INDEX_ENTRY_SIZE + 4;
    unsigned char *index = malloc(index_bytes);
    image->index = calloc(image->header.chunk_count ? image->header.chunk_count : 1, sizeof *image->index);
    if (!index || !image->index) return fail(1, "out of memory reading the index of %s", path);
    if (read_fully(image->fd, index, index_bytes, image->header.index_offset) != 0
        || image_get32(index + index_bytes - 4) != image_crc32(index, index_bytes - 4)) {
        free(index);
        return fail(1, "%s: the chunk index is missing or damaged (was the capture interrupted?)", path);
    }
    for (uint32_t i = 0; i < image->header.chunk_count; i++) {
        const unsigned char *e = index + (size_t)i * IMAGE_INDEX_ENTRY_SIZE;
        image->index[i] = (struct image_index_entry){image_get64(e), image_get32(e + 8), image_get32(e + 12)};
        if (image->index[i].record_len > IMAGE_CHUNK_HEADER_SIZE + IMAGE_COMPRESSED_MAX
            || image->index[i].offset + image->index[i].record_len > image->header.index_offset) {
            free(index);
            return fail(1, "%s: index entry %u points outside the image", path, i);
        }
    }
    free(index);
    return 0;
}

static void image_close(struct image_file *image) {
    if (image->fd >= 0) close(image->fd);
    free(image->index);
}

/* Checks (and with fd >= 0 writes) every chunk; one line of progress per chunk when asked. */
static int image_apply_all(struct image_file *image, const char *name, int target_fd, int progress) {
    unsigned char *record = malloc(IMAGE_CHUNK_HEADER_SIZE + IMAGE_COMPRESSED_MAX);
    unsigned char *raw = malloc(IMAGE_CHUNK_RAW_MAX);
    if (!record || !raw) return fail(1, "out of memory");
    int status = 0;
    uint64_t written = 0;
    for (uint32_t i = 0; i < image->header.chunk_count && status == 0; i++) {
        if (stop_requested) {
            status = fail(1, "stopped at chunk %u of %u", i, image->header.chunk_count);
            break;
        }
        char err[256] = "";
        const struct image_index_entry *e = &image->index[i];
        if (read_fully(image->fd, record, e->record_len, e->offset) != 0) {
            status = fail(1, "%s: chunk %u cannot be read", name, i);
        } else if (image_chunk_apply(record, e->record_len, image->header.disk_size, raw,
                                     target_fd >= 0 ? write_range_to_fd : skip_range, &target_fd, err, sizeof err) != 0) {
            status = fail(1, "%s: %s", name, err);
        } else {
            written += image_get32(record + 12);
            if (progress) printf("progress %u %u %llu\n", i + 1, image->header.chunk_count, (unsigned long long)written), fflush(stdout);
        }
    }
    free(record);
    free(raw);
    return status;
}

/* ---- capture ---- */

struct chunk_writer {
    int out;
    uint64_t at;
    ZSTD_CCtx *zstd;
    unsigned char *raw;
    size_t raw_len;
    uint32_t ranges;
    unsigned char *compressed;
    struct image_index_entry *index;
    size_t index_capacity;
    uint32_t count;
};

static int chunk_flush(struct chunk_writer *w) {
    if (w->ranges == 0) return 0;
    image_put32(w->raw, w->ranges);
    /* Range table first, then the data: the table was reserved at its largest; move the data down. */
    size_t table = 4 + (size_t)w->ranges * IMAGE_RANGE_ENTRY_SIZE;
    size_t reserved = 4 + (size_t)(IMAGE_CHUNK_RAW_MAX / 4096 + 1) * IMAGE_RANGE_ENTRY_SIZE;
    memmove(w->raw + table, w->raw + reserved, w->raw_len - reserved);
    size_t raw_len = table + (w->raw_len - reserved);
    size_t n = ZSTD_compress2(w->zstd, w->compressed + IMAGE_CHUNK_HEADER_SIZE, IMAGE_COMPRESSED_MAX, w->raw, raw_len);
    if (ZSTD_isError(n)) return fail(1, "compressing chunk %u: %s", w->count, ZSTD_getErrorName(n));
    struct image_chunk_header c = {w->count, (uint32_t)n, (uint32_t)raw_len, w->ranges,
                                   image_crc32(w->compressed + IMAGE_CHUNK_HEADER_SIZE, n)};
    image_chunk_header_encode(&c, w->compressed);
    if (write_fully(w->out, w->compressed, IMAGE_CHUNK_HEADER_SIZE + n, w->at) != 0) return fail(1, "writing the image: %s", strerror(errno));
    if (w->count == w->index_capacity) {
        w->index_capacity = w->index_capacity ? w->index_capacity * 2 : 1024;
        w->index = realloc(w->index, w->index_capacity * sizeof *w->index);
        if (!w->index) return fail(1, "out of memory");
    }
    w->index[w->count++] = (struct image_index_entry){w->at, (uint32_t)(IMAGE_CHUNK_HEADER_SIZE + n), c.data_crc};
    w->at += IMAGE_CHUNK_HEADER_SIZE + n;
    w->ranges = 0;
    w->raw_len = reserved;
    return 0;
}

static int cmd_capture(const char *disk_path, const char *image_path, struct options *o) {
    long long level = number_option(o, "--level", 3, 1, 19);
    if (level < 0) return 2;
    int progress = flag(o, "--progress");
    int disk = open(disk_path, O_RDONLY | O_CLOEXEC);
    if (disk < 0) return fail(2, "cannot open disk %s: %s", disk_path, strerror(errno));
    int64_t size = disk_size_of(disk);
    if (size <= 0) return fail(2, "%s is neither a block device nor a disk image file", disk_path);
    struct disk_plan plan;
    char err[512] = "";
    if (disk_plan_build(disk_path, (uint64_t)size, &plan, err, sizeof err) != 0) return fail(2, "%s", err);
    uint64_t total = 0;
    for (size_t i = 0; i < plan.count; i++) total += plan.ranges[i].length;

    char partial[PATH_MAX];
    if (snprintf(partial, sizeof partial, "%s.partial", image_path) >= (int)sizeof partial) return fail(2, "image path too long");
    struct chunk_writer w = {0};
    w.out = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (w.out < 0) return fail(2, "cannot create %s: %s", partial, strerror(errno));
    w.zstd = ZSTD_createCCtx();
    w.raw = malloc(IMAGE_CHUNK_RAW_MAX);
    w.compressed = malloc(IMAGE_CHUNK_HEADER_SIZE + IMAGE_COMPRESSED_MAX);
    if (!w.zstd || !w.raw || !w.compressed) return fail(1, "out of memory");
    ZSTD_CCtx_setParameter(w.zstd, ZSTD_c_compressionLevel, (int)level);
    ZSTD_CCtx_setParameter(w.zstd, ZSTD_c_checksumFlag, 1);
    const size_t reserved = 4 + (size_t)(IMAGE_CHUNK_RAW_MAX / 4096 + 1) * IMAGE_RANGE_ENTRY_SIZE;
    w.raw_len = reserved;
    w.at = IMAGE_HEADER_SIZE;
    int status = 0;
    uint64_t done = 0, reported = 0;
    /* Ranges are cut at 4 KB multiples so a chunk's table never outgrows its reservation. */
    for (size_t i = 0; i < plan.count && status == 0; i++) {
        uint64_t offset = plan.ranges[i].offset, left = plan.ranges[i].length;
        while (left > 0 && status == 0) {
            if (stop_requested) { status = fail(1, "capture stopped; nothing was kept"); break; }
            size_t room = IMAGE_CHUNK_RAW_MAX - w.raw_len;
            if (room < 4096 || w.ranges == IMAGE_CHUNK_RAW_MAX / 4096 + 1) {
                status = chunk_flush(&w);
                continue;
            }
            size_t take = left < room ? (size_t)left : room;
            if (read_fully(disk, w.raw + w.raw_len, take, offset) != 0) {
                status = fail(1, "reading %s at %llu: %s", disk_path, (unsigned long long)offset, strerror(errno));
                break;
            }
            unsigned char *entry = w.raw + 4 + (size_t)w.ranges * IMAGE_RANGE_ENTRY_SIZE;
            image_put64(entry, offset);
            image_put32(entry + 8, (uint32_t)take);
            w.ranges++;
            w.raw_len += take;
            offset += take;
            left -= take;
            done += take;
            if (w.raw_len == IMAGE_CHUNK_RAW_MAX) status = chunk_flush(&w);
            if (progress && (done - reported >= (1u << 20) || done == total)) {
                printf("progress %llu %llu\n", (unsigned long long)done, (unsigned long long)total);
                fflush(stdout);
                reported = done;
            }
        }
    }
    if (status == 0) status = chunk_flush(&w);
    if (status == 0) {
        size_t index_bytes = (size_t)w.count * IMAGE_INDEX_ENTRY_SIZE + 4;
        unsigned char *index = malloc(index_bytes);
        if (!index) return fail(1, "out of memory");
        for (uint32_t i = 0; i < w.count; i++) {
            unsigned char *e = index + (size_t)i * IMAGE_INDEX_ENTRY_SIZE;
            image_put64(e, w.index[i].offset);
            image_put32(e + 8, w.index[i].record_len);
            image_put32(e + 12, w.index[i].data_crc);
        }
        image_put32(index + index_bytes - 4, image_crc32(index, index_bytes - 4));
        struct image_header h = {IMAGE_VERSION, w.count, (uint64_t)size, total, w.at, ""};
        snprintf(h.layout, sizeof h.layout, "%s", plan.layout);
        unsigned char header[IMAGE_HEADER_SIZE];
        image_header_encode(&h, header);
        if (write_fully(w.out, index, index_bytes, w.at) != 0 || write_fully(w.out, header, sizeof header, 0) != 0 || fsync(w.out) != 0) {
            status = fail(1, "writing %s: %s", partial, strerror(errno));
        }
        free(index);
    }
    close(w.out);
    close(disk);
    if (status == 0 && rename(partial, image_path) != 0) status = fail(1, "cannot rename %s to %s: %s", partial, image_path, strerror(errno));
    if (status != 0) unlink(partial);
    else fprintf(stderr, "pb-image: captured %s into %s: %llu of %llu bytes kept in %u chunks, %llu bytes; %s\n", disk_path, image_path,
                 (unsigned long long)total, (unsigned long long)size, w.count, (unsigned long long)(w.at + (uint64_t)w.count * 16 + 4),
                 plan.layout);
    disk_plan_free(&plan);
    ZSTD_freeCCtx(w.zstd);
    free(w.raw);
    free(w.compressed);
    free(w.index);
    return status;
}

/* ---- deploy, info, verify ---- */

static int open_target(const char *path, uint64_t needed, int *fd_out) {
    int fd = open(path, O_RDWR | O_CLOEXEC);
    if (fd < 0) return fail(2, "cannot open disk %s for writing: %s", path, strerror(errno));
    int64_t size = disk_size_of(fd);
    if (size < 0) {
        close(fd);
        return fail(2, "%s is neither a block device nor a disk image file", path);
    }
    if ((uint64_t)size < needed) {
        close(fd);
        return fail(2, "the disk %s is %lld bytes but the image needs %llu; give the node a disk of at least that size (nothing was written)",
                    path, (long long)size, (unsigned long long)needed);
    }
    *fd_out = fd;
    return 0;
}

static int cmd_deploy(const char *image_path, const char *disk_path, struct options *o) {
    struct image_file image;
    if (image_open(image_path, &image) != 0) return 2;
    int target;
    int status = open_target(disk_path, image.header.disk_size, &target);
    if (status == 0) {
        status = image_apply_all(&image, image_path, target, flag(o, "--progress"));
        if (status == 0 && fdatasync(target) != 0) status = fail(1, "flushing %s: %s", disk_path, strerror(errno));
        close(target);
    }
    image_close(&image);
    return status;
}

static int cmd_info(const char *image_path) {
    struct image_file image;
    if (image_open(image_path, &image) != 0) return 1;
    struct stat st;
    fstat(image.fd, &st);
    printf("image: %s\nformat: %u\ndisk size: %llu\nstored bytes: %llu\nimage bytes: %lld\nchunks: %u\nlayout: %s\n", image_path,
           image.header.version, (unsigned long long)image.header.disk_size, (unsigned long long)image.header.stored_bytes,
           (long long)st.st_size, image.header.chunk_count, image.header.layout);
    image_close(&image);
    return 0;
}

static int cmd_verify(const char *image_path) {
    struct image_file image;
    if (image_open(image_path, &image) != 0) return 1;
    int status = image_apply_all(&image, image_path, -1, 0);
    if (status == 0) printf("%s: all %u chunks intact\n", image_path, image.header.chunk_count);
    image_close(&image);
    return status;
}

static int cmd_digests(const char *image_path, const char *out_path) {
    struct image_file image;
    if (image_open(image_path, &image) != 0) return 1;
    struct image_digests d = {image.session, image.header.chunk_count, image.header.disk_size, NULL};
    d.chunk = calloc(d.chunk_count ? d.chunk_count : 1, IMAGE_DIGEST_SIZE);
    unsigned char *record = malloc(IMAGE_CHUNK_HEADER_SIZE + IMAGE_COMPRESSED_MAX);
    int status = !d.chunk || !record ? fail(1, "out of memory") : 0;
    for (uint32_t i = 0; status == 0 && i < d.chunk_count; i++) {
        if (read_fully(image.fd, record, image.index[i].record_len, image.index[i].offset) != 0) {
            status = fail(1, "reading chunk %u of %s: %s", i, image_path, strerror(errno));
        } else {
            image_record_digest(record, image.index[i].record_len, d.chunk[i]);
        }
    }
    if (status == 0) {
        /* written beside the target and renamed over it: a reader never sees half a file */
        char partial[PATH_MAX];
        snprintf(partial, sizeof partial, "%s.partial", out_path);
        FILE *out = fopen(partial, "w");
        if (!out) {
            status = fail(1, "cannot write %s: %s", partial, strerror(errno));
        } else {
            int bad = image_digests_write(out, &d) != 0 || fflush(out) != 0 || fsync(fileno(out)) != 0;
            bad = fclose(out) != 0 || bad;
            if (bad || rename(partial, out_path) != 0) {
                status = fail(1, "cannot write %s: %s", out_path, strerror(errno));
                unlink(partial);
            } else {
                printf("%s: %u chunk digests in %s\n", image_path, d.chunk_count, out_path);
            }
        }
    }
    free(record);
    free(d.chunk);
    image_close(&image);
    return status;
}

/* ---- multicast ---- */

struct group {
    struct sockaddr_in address;
    struct in_addr interface;
};

static int parse_group(struct options *o, struct group *g) {
    const char *text = option(o, "--group"), *iface = option(o, "--interface");
    if (!text || !iface) return fail(2, "--group ADDR:PORT and --interface ADDR (this host's address on the imaging network) are required");
    char host[64];
    const char *colon = strrchr(text, ':');
    if (!colon || (size_t)(colon - text) >= sizeof host) return fail(2, "--group takes ADDR:PORT, got '%s'", text);
    memcpy(host, text, (size_t)(colon - text));
    host[colon - text] = '\0';
    char *end;
    long port = strtol(colon + 1, &end, 10);
    memset(g, 0, sizeof *g);
    g->address.sin_family = AF_INET;
    if (inet_pton(AF_INET, host, &g->address.sin_addr) != 1 || !IN_MULTICAST(ntohl(g->address.sin_addr.s_addr)))
        return fail(2, "--group needs an IPv4 multicast address (224.0.0.0/4), got '%s'", host);
    if (*end || port < 1 || port > 65535) return fail(2, "--group port must be 1-65535, got '%s'", colon + 1);
    g->address.sin_port = htons((uint16_t)port);
    if (inet_pton(AF_INET, iface, &g->interface) != 1) return fail(2, "--interface needs an IPv4 address, got '%s'", iface);
    return 0;
}

static int group_socket(const struct group *g, int loop) {
    int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (s < 0) return -1;
    int one = 1, ttl = 1, buffer = 8 * 1024 * 1024;
    setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (setsockopt(s, SOL_SOCKET, SO_RCVBUFFORCE, &buffer, sizeof buffer) != 0) setsockopt(s, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
    if (setsockopt(s, SOL_SOCKET, SO_SNDBUFFORCE, &buffer, sizeof buffer) != 0) setsockopt(s, SOL_SOCKET, SO_SNDBUF, &buffer, sizeof buffer);
    struct ip_mreq membership = {g->address.sin_addr, g->interface};
    unsigned char loop_byte = (unsigned char)loop;
    if (bind(s, (const struct sockaddr *)&g->address, sizeof g->address) != 0
        || setsockopt(s, IPPROTO_IP, IP_ADD_MEMBERSHIP, &membership, sizeof membership) != 0
        || setsockopt(s, IPPROTO_IP, IP_MULTICAST_IF, &g->interface, sizeof g->interface) != 0
        || setsockopt(s, IPPROTO_IP, IP_MULTICAST_TTL, &ttl, sizeof ttl) != 0
        || setsockopt(s, IPPROTO_IP, IP_MULTICAST_LOOP, &loop_byte, sizeof loop_byte) != 0) {
        int saved = errno;
        close(s);
        errno = saved;
        return -1;
    }
    return s;
}

static void send_message(int s, const struct group *g, const struct wire_message *m) {
    unsigned char datagram[WIRE_MAX_DATAGRAM];
    size_t len = wire_encode(m, datagram);
    /* A full send buffer drops the datagram; receivers ask again for what they miss. */
    sendto(s, datagram, len, MSG_DONTWAIT, (const struct sockaddr *)&g->address, sizeof g->address);
}

static uint32_t random_id(void) {
    uint32_t id = 0;
    if (getrandom(&id, sizeof id, 0) != sizeof id) id = (uint32_t)getpid() ^ (uint32_t)time(NULL);
    return id;
}

/* Receivers send LEAVE more than once (it may be lost); each is reported once. */
#define LEAVES_REMEMBERED 4096
static int seen_leave(uint32_t *left, size_t *count, uint32_t sender) {
    for (size_t i = 0; i < *count; i++) if (left[i] == sender) return 1;
    if (*count < LEAVES_REMEMBERED) left[(*count)++] = sender;
    return 0;
}

struct server_chunk {
    unsigned char *pending; /* one byte a block: still to send */
    uint32_t blocks;
    uint32_t pending_count;
    int queued;
};

/* Fault injection for tests: rewrites a chunk record as a forger on the imaging network would, into
 * one of the same length that passes every integrity check (header, CRC-32, zstd and its content
 * checksum) but writes other bytes: one data byte changed, recompressed harder, padded with a zstd
 * skippable frame. Only the image's digests tell it apart. 0, or -1 if it cannot be made that short. */
static int forge_record(unsigned char *record, uint32_t record_len) {
    struct image_chunk_header c;
    char err[256];
    if (record_len < IMAGE_CHUNK_HEADER_SIZE || image_chunk_header_decode(record, &c, err, sizeof err) != 0) return -1;
    unsigned char *raw = malloc(IMAGE_CHUNK_RAW_MAX), *packed = malloc(IMAGE_COMPRESSED_MAX);
    int status = -1;
    size_t got = raw && packed ? ZSTD_decompress(raw, IMAGE_CHUNK_RAW_MAX, record + IMAGE_CHUNK_HEADER_SIZE, c.compressed_len) : 0;
    size_t data_start = 4 + (size_t)c.range_count * IMAGE_RANGE_ENTRY_SIZE;
    if (raw && packed && !ZSTD_isError(got) && got == c.raw_len && got > data_start) {
        raw[data_start] ^= 0xff;
        size_t n = ZSTD_compress(packed, IMAGE_COMPRESSED_MAX, raw, got, 19);
        if (!ZSTD_isError(n) && n + 8 <= c.compressed_len) {
            unsigned char *data = record + IMAGE_CHUNK_HEADER_SIZE;
            memcpy(data, packed, n);
            image_put32(data + n, 0x184D2A50u);
            image_put32(data + n + 4, (uint32_t)(c.compressed_len - n - 8));
            memset(data + n + 8, 0, c.compressed_len - n - 8);
            c.data_crc = image_crc32(data, c.compressed_len);
            image_chunk_header_encode(&c, record);
            status = 0;
        }
    }
    free(raw);
    free(packed);
    return status;
}

static int cmd_serve(const char *image_path, struct options *o) {
    struct group g;
    if (parse_group(o, &g) != 0) return 2;
    long long rate_mbps = number_option(o, "--rate-mbps", 100, 1, 100000);
    long long idle_exit = number_option(o, "--idle-exit", 0, 0, 86400);
    long long corrupt_chunk = number_option(o, "--corrupt-chunk", -1, 0, IMAGE_CHUNK_COUNT_MAX);
    long long forge_chunk = number_option(o, "--forge-chunk", -1, 0, IMAGE_CHUNK_COUNT_MAX);
    if (rate_mbps < 0 || idle_exit < 0 || (option(o, "--corrupt-chunk") && corrupt_chunk < 0) || (option(o, "--forge-chunk") && forge_chunk < 0)) return 2;
    int forged_loaded = 0;
    struct image_file image;
    if (image_open(image_path, &image) != 0) return 2;
    int s = group_socket(&g, flag(o, "--loopback"));
    if (s < 0) return fail(2, "cannot join the multicast group on %s: %s", option(o, "--interface"), strerror(errno));
    uint32_t count = image.header.chunk_count;
    struct server_chunk *chunks = calloc(count ? count : 1, sizeof *chunks);
    uint32_t *queue = calloc(count ? count : 1, sizeof *queue);
    unsigned char *record = malloc(IMAGE_CHUNK_HEADER_SIZE + IMAGE_COMPRESSED_MAX);
    if (!chunks || !queue || !record) return fail(1, "out of memory");
    for (uint32_t i = 0; i < count; i++) chunks[i].blocks = wire_blocks_for(image.index[i].record_len);
    uint32_t head = 0, queued = 0, cursor = 0;
    int64_t loaded = -1;
    struct stat st;
    fstat(image.fd, &st);
    struct wire_message info = {.type = WIRE_INFO, .session = image.session, .sender = random_id(), .chunk_count = count,
                                .disk_size = image.header.disk_size, .image_bytes = (uint64_t)st.st_size};
    const double bytes_per_second = (double)rate_mbps * 1e6 / 8.0;
    const double burst = bytes_per_second * 0.010 > 4.0 * WIRE_MAX_DATAGRAM ? bytes_per_second * 0.010 : 4.0 * WIRE_MAX_DATAGRAM;
    double tokens = burst, last_fill = now_seconds(), last_heard = last_fill, last_info = 0;
    unsigned long long sent_blocks = 0, requests = 0, leaves = 0;
    static uint32_t left[LEAVES_REMEMBERED];
    size_t left_count = 0;
    fprintf(stderr, "pb-image: serving %s (%u chunks) on %s:%u at up to %lld Mb/s\n", image_path, count,
            inet_ntoa(g.address.sin_addr), ntohs(g.address.sin_port), rate_mbps);
    int status = 0;
    while (!stop_requested) {
        double now = now_seconds();
        tokens += (now - last_fill) * bytes_per_second;
        if (tokens > burst) tokens = burst;
        last_fill = now;
        /* Send while the bucket allows. */
        while (queued > 0 && tokens >= WIRE_MAX_DATAGRAM + 28) {
            uint32_t c = queue[head];
            struct server_chunk *chunk = &chunks[c];
            if (loaded != c) {
                if (read_fully(image.fd, record, image.index[c].record_len, image.index[c].offset) != 0) {
                    status = fail(1, "reading chunk %u of %s: %s", c, image_path, strerror(errno));
                    goto done;
                }
                loaded = c;
                cursor = 0;
                if ((long long)c == forge_chunk) {
                    /* fault injection for tests: the first sending of this chunk is a forgery */
                    if (forge_record(record, image.index[c].record_len) == 0) fprintf(stderr, "pb-image: sending a forged chunk %u\n", c);
                    forge_chunk = -1;
                    forged_loaded = 1;
                }
            }
            while (cursor < chunk->blocks && !chunk->pending[cursor]) cursor++;
            if (cursor == chunk->blocks) {
                cursor = 0;
                while (cursor < chunk->blocks && !chunk->pending[cursor]) cursor++;
            }
            if (cursor == chunk->blocks || chunk->pending_count == 0) {
                if (forged_loaded) {
                    /* the forgery went out once: later sendings read the real chunk again */
                    loaded = -1;
                    forged_loaded = 0;
                }
                chunk->queued = 0;
                head = (head + 1) % count;
                queued--;
                continue;
            }
            size_t offset = (size_t)cursor * WIRE_BLOCK;
            size_t len = image.index[c].record_len - offset < WIRE_BLOCK ? image.index[c].record_len - offset : WIRE_BLOCK;
            unsigned char block[WIRE_BLOCK];
            memcpy(block, record + offset, len);
            if ((long long)c == corrupt_chunk && cursor == chunk->blocks - 1) {
                /* Fault injection for tests: the first sending of this chunk's last block is damaged. */
                block[len - 1] ^= 0x5a;
                corrupt_chunk = -1;
            }
            struct wire_message data = {.type = WIRE_DATA, .session = image.session, .sender = info.sender, .chunk = c, .block = cursor,
                                        .blocks = chunk->blocks, .record_len = image.index[c].record_len, .payload = block, .payload_len = len};
            send_message(s, &g, &data);
            chunk->pending[cursor] = 0;
            chunk->pending_count--;
            cursor++;
            tokens -= (double)(WIRE_DATA_HEADER + len + 28);
            sent_blocks++;
        }
        int timeout_ms = queued > 0 ? 1 : 200;
        struct pollfd p = {s, POLLIN, 0};
        if (poll(&p, 1, timeout_ms) < 0 && errno != EINTR) {
            status = fail(1, "poll: %s", strerror(errno));
            break;
        }
        unsigned char datagram[WIRE_MAX_DATAGRAM];
        for (int i = 0; i < 256; i++) {
            struct sockaddr_in from;
            socklen_t from_len = sizeof from;
            ssize_t n = recvfrom(s, datagram, sizeof datagram, MSG_DONTWAIT, (struct sockaddr *)&from, &from_len);
            if (n < 0) break;
            struct wire_message m;
            if (wire_decode(datagram, (size_t)n, &m) != 0) continue;
            if (m.type == WIRE_JOIN || (m.type == WIRE_REQUEST && m.session == image.session)) last_heard = now_seconds();
            if (m.type == WIRE_JOIN) {
                if (now_seconds() - last_info > 0.05) {
                    send_message(s, &g, &info);
                    last_info = now_seconds();
                }
            } else if (m.type == WIRE_REQUEST && m.session == image.session && m.chunk < count) {
                struct server_chunk *chunk = &chunks[m.chunk];
                if (!chunk->pending && !(chunk->pending = calloc(chunk->blocks, 1))) {
                    status = fail(1, "out of memory");
                    goto done;
                }
                uint32_t first = m.blocks == 0 ? 0 : m.block, last = m.blocks == 0 ? chunk->blocks : m.block + m.blocks;
                if (first >= chunk->blocks) continue;
                if (last > chunk->blocks || last < first) last = chunk->blocks;
                for (uint32_t b = first; b < last; b++) {
                    if (!chunk->pending[b]) {
                        chunk->pending[b] = 1;
                        chunk->pending_count++;
                    }
                }
                requests++;
                if (!chunk->queued && chunk->pending_count > 0) {
                    chunk->queued = 1;
                    queue[(head + queued) % count] = m.chunk;
                    queued++;
                }
            } else if (m.type == WIRE_PROGRESS && m.session == image.session && m.chunks_total == count) {
                /* How far each receiver is, for whoever shows it (the console, per node): address, chunks written, chunks. */
                printf("progress %s %u %u\n", inet_ntoa(from.sin_addr), m.chunks_written, m.chunks_total);
                fflush(stdout);
            } else if (m.type == WIRE_LEAVE && m.session == image.session && !seen_leave(left, &left_count, m.sender)) {
                /* One line a receiver that finished, for whoever drives the reboots (the console): address, chunks, seconds. */
                leaves++;
                printf("finished %s %u %u\n", inet_ntoa(from.sin_addr), m.chunks_written, m.seconds);
                fflush(stdout);
            }
        }
        if (idle_exit > 0 && queued == 0 && now_seconds() - last_heard > (double)idle_exit) break;
    }
done:
    fprintf(stderr, "pb-image: served %llu blocks for %llu requests; %llu receivers finished\n", sent_blocks, requests, leaves);
    for (uint32_t i = 0; i < count; i++) free(chunks[i].pending);
    free(chunks);
    free(queue);
    free(record);
    close(s);
    image_close(&image);
    return status;
}

struct receive_buffer {
    int64_t chunk; /* -1: free */
    unsigned char *record;
    uint32_t record_len;
    uint32_t blocks;
    unsigned char *have;
    uint32_t have_count;
    double last_data;
    double last_request;
    double retry;
};

enum chunk_state { CHUNK_MISSING = 0, CHUNK_BUFFERED = 1, CHUNK_WRITTEN = 2 };

static void request_missing(int s, const struct group *g, uint32_t session, uint32_t sender, struct receive_buffer *b) {
    uint32_t at = 0, sent = 0;
    while (at < b->blocks && sent < 64) {
        while (at < b->blocks && b->have[at]) at++;
        uint32_t from = at;
        while (at < b->blocks && !b->have[at]) at++;
        if (at > from) {
            struct wire_message r = {.type = WIRE_REQUEST, .session = session, .sender = sender, .chunk = (uint32_t)b->chunk, .block = from,
                                     .blocks = at - from};
            send_message(s, g, &r);
            sent++;
        }
    }
}

static int cmd_receive(const char *disk_path, struct options *o) {
    struct group g;
    if (parse_group(o, &g) != 0) return 2;
    long long timeout = number_option(o, "--timeout", 30, 1, 3600);
    long long buffer_count = number_option(o, "--buffers", 32, 2, 1024);
    if (timeout < 0 || buffer_count < 0) return 2;
    int progress = flag(o, "--progress");
    struct image_digests digests = {0};
    const char *digests_path = option(o, "--digests");
    if (digests_path) {
        FILE *in = fopen(digests_path, "r");
        char err[256] = "";
        if (!in) return fail(2, "cannot read the digests %s: %s", digests_path, strerror(errno));
        int bad = image_digests_read(in, &digests, err, sizeof err);
        fclose(in);
        if (bad) return fail(2, "%s: %s", digests_path, err);
    }
    int s = group_socket(&g, 1);
    if (s < 0) return fail(2, "cannot join the multicast group on %s: %s", option(o, "--interface"), strerror(errno));
    uint32_t sender = random_id();
    double started = now_seconds(), last_heard = started, last_join = 0;
    struct wire_message info = {0};
    int have_info = 0, ignored_other = 0;
    unsigned char datagram[WIRE_MAX_DATAGRAM];
    /* First the server's INFO: which image, how big. */
    while (!have_info && !stop_requested) {
        double now = now_seconds();
        if (now - last_heard > (double)timeout) return fail(1, "no image server answered on %s:%u within %lld s; is 'pb-image serve' running there?",
                                                            inet_ntoa(g.address.sin_addr), ntohs(g.address.sin_port), timeout);
        if (now - last_join > 0.25) {
            struct wire_message join = {.type = WIRE_JOIN, .sender = sender};
            send_message(s, &g, &join);
            last_join = now;
        }
        struct pollfd p = {s, POLLIN, 0};
        poll(&p, 1, 50);
        ssize_t n;
        while ((n = recv(s, datagram, sizeof datagram, MSG_DONTWAIT)) >= 0) {
            struct wire_message m;
            if (wire_decode(datagram, (size_t)n, &m) == 0 && m.type == WIRE_INFO) {
                if (digests_path && (m.session != digests.session || m.chunk_count != digests.chunk_count || m.disk_size != digests.disk_size)) {
                    /* a server offering another image than the one this receiver was told to write: not ours, whoever sent it */
                    if (!ignored_other) {
                        fprintf(stderr, "pb-image: ignoring an image server offering another image (session %08x, %u chunks) than %s describes\n",
                                m.session, m.chunk_count, digests_path);
                    }
                    ignored_other = 1;
                    continue;
                }
                info = m;
                have_info = 1;
                break;
            }
        }
    }
    if (!have_info) return fail(1, "stopped before the image server answered");
    int target;
    if (open_target(disk_path, info.disk_size, &target) != 0) return 2;
    uint32_t count = info.chunk_count;
    unsigned char *state = calloc(count ? count : 1, 1);
    double *requested_at = calloc(count ? count : 1, sizeof *requested_at);
    struct receive_buffer *buffers = calloc((size_t)buffer_count, sizeof *buffers);
    unsigned char *raw = malloc(IMAGE_CHUNK_RAW_MAX);
    if (!state || !requested_at || !buffers || !raw) return fail(1, "out of memory");
    for (long long i = 0; i < buffer_count; i++) buffers[i].chunk = -1;
    uint32_t written = 0, next_new = 0;
    double last_report = 0;
    unsigned long long corrupt = 0, forged = 0, requests = 0, bytes = 0;
    int status = 0, drained = 0;
    last_heard = now_seconds();
    while (written < count && !stop_requested) {
        double now = now_seconds();
        if (now - last_heard > (double)timeout) {
            status = fail(1, "the image server went quiet for %lld s with %u of %u chunks written", timeout, written, count);
            break;
        }
        /* Partial chunks: ask again for the blocks still missing, backing off while nothing comes. */
        int outstanding = 0;
        for (long long i = 0; i < buffer_count; i++) {
            struct receive_buffer *b = &buffers[i];
            if (b->chunk < 0) continue;
            outstanding++;
            if (now - b->last_data > b->retry && now - b->last_request > b->retry) {
                request_missing(s, &g, info.session, sender, b);
                b->last_request = now;
                b->retry = b->retry * 2 > 4.0 ? 4.0 : b->retry * 2;
                requests++;
            }
        }
        /* New chunks, in order, a few at a time; a request not answered within its time is made again. */
        for (uint32_t scanned = 0; scanned < count && outstanding < 4; scanned++) {
            uint32_t c = (next_new + scanned) % count;
            if (state[c] != CHUNK_MISSING) continue;
            if (requested_at[c] > 0 && now - requested_at[c] < 2.0) {
                outstanding++;
                continue;
            }
            struct wire_message r = {.type = WIRE_REQUEST, .session = info.session, .sender = sender, .chunk = c, .block = 0, .blocks = 0};
            send_message(s, &g, &r);
            requested_at[c] = now;
            requests++;
            outstanding++;
        }
        while (next_new < count && state[next_new] != CHUNK_MISSING) next_new++;
        /* While data flows, wake every millisecond to drain what came rather than on every datagram: a receiver
         * waiting in poll is woken by each one, and ten receivers on two cores then spend their time being woken
         * (the socket's buffer holds far more than a millisecond). When nothing came, wait in poll. */
        if (drained) {
            struct timespec pause = {0, 1000000};
            nanosleep(&pause, NULL);
        } else {
            struct pollfd p = {s, POLLIN, 0};
            poll(&p, 1, 20);
        }
        drained = 0;
        ssize_t n;
        for (int i = 0; i < 4096 && (n = recv(s, datagram, sizeof datagram, MSG_DONTWAIT)) >= 0; i++) {
            drained = 1;
            struct wire_message m;
            if (wire_decode(datagram, (size_t)n, &m) != 0 || m.session != info.session) continue;
            if (m.type != WIRE_DATA || m.chunk >= count) continue;
            last_heard = now_seconds();
            if (state[m.chunk] == CHUNK_WRITTEN) continue;
            struct receive_buffer *b = NULL;
            for (long long k = 0; k < buffer_count && !b; k++) if (buffers[k].chunk == m.chunk) b = &buffers[k];
            if (!b) {
                for (long long k = 0; k < buffer_count && !b; k++) if (buffers[k].chunk < 0) b = &buffers[k];
                if (!b) continue; /* every buffer busy: this chunk is asked for again later */
                b->record = malloc(m.record_len);
                b->have = calloc(m.blocks, 1);
                if (!b->record || !b->have) {
                    status = fail(1, "out of memory");
                    goto done;
                }
                b->chunk = m.chunk;
                b->record_len = m.record_len;
                b->blocks = m.blocks;
                b->have_count = 0;
                b->last_request = requested_at[m.chunk];
                b->retry = 0.3;
                state[m.chunk] = CHUNK_BUFFERED;
            }
            if (m.record_len != b->record_len || m.blocks != b->blocks || b->have[m.block]) continue;
            memcpy(b->record + (size_t)m.block * WIRE_BLOCK, m.payload, m.payload_len);
            b->have[m.block] = 1;
            b->have_count++;
            b->last_data = last_heard;
            b->retry = 0.3;
            if (b->have_count < b->blocks) continue;
            if (digests_path) {
                unsigned char digest[IMAGE_DIGEST_SIZE];
                image_record_digest(b->record, b->record_len, digest);
                if (memcmp(digest, digests.chunk[m.chunk], IMAGE_DIGEST_SIZE) != 0) {
                    /* damaged on the way (its CRC says so), or well-formed but not the image's: forged. Dropped whole, whatever its length */
                    struct image_chunk_header h;
                    char why[256];
                    int damaged = b->record_len < IMAGE_CHUNK_HEADER_SIZE || image_chunk_header_decode(b->record, &h, why, sizeof why) != 0
                                  || b->record_len != IMAGE_CHUNK_HEADER_SIZE + (size_t)h.compressed_len
                                  || image_crc32(b->record + IMAGE_CHUNK_HEADER_SIZE, h.compressed_len) != h.data_crc;
                    if (damaged) {
                        fprintf(stderr, "pb-image: chunk %u is corrupt; fetching it again\n", m.chunk);
                        corrupt++;
                    } else {
                        fprintf(stderr, "pb-image: chunk %u is not the image's (well-formed, but its SHA-256 differs from the digests); fetching it again\n",
                                m.chunk);
                        forged++;
                    }
                    free(b->record);
                    free(b->have);
                    memset(b, 0, sizeof *b);
                    b->chunk = -1;
                    state[m.chunk] = CHUNK_MISSING;
                    requested_at[m.chunk] = 0;
                    if (m.chunk < next_new) next_new = m.chunk;
                    continue;
                }
            }
            char err[256] = "";
            if (image_chunk_apply(b->record, b->record_len, info.disk_size, raw, write_range_to_fd, &target, err, sizeof err) != 0) {
                if (strstr(err, "writing") == err) {
                    status = fail(1, "%s: %s", disk_path, err);
                    goto done;
                }
                /* Damaged on the way: forget it and ask for the whole chunk again. */
                fprintf(stderr, "pb-image: %s; fetching it again\n", err);
                corrupt++;
                memset(b->have, 0, b->blocks);
                b->have_count = 0;
                b->last_data = 0;
                b->last_request = 0;
                continue;
            }
            bytes += image_get32(b->record + 12);
            state[m.chunk] = CHUNK_WRITTEN;
            written++;
            free(b->record);
            free(b->have);
            memset(b, 0, sizeof *b);
            b->chunk = -1;
            if (progress) printf("progress %u %u %llu\n", written, count, bytes), fflush(stdout);
            /* tell the server how far this receiver is, at most four times a second and always at the end */
            double t = now_seconds();
            if (t - last_report >= 0.25 || written == count) {
                struct wire_message report = {.type = WIRE_PROGRESS, .session = info.session, .sender = sender, .chunks_written = written,
                                              .chunks_total = count};
                send_message(s, &g, &report);
                last_report = t;
            }
        }
    }
    if (status == 0 && written < count) status = fail(1, "stopped with %u of %u chunks written", written, count);
    if (status == 0 && fdatasync(target) != 0) status = fail(1, "flushing %s: %s", disk_path, strerror(errno));
    if (status == 0) {
        double took = now_seconds() - started;
        struct wire_message leave = {.type = WIRE_LEAVE, .session = info.session, .sender = sender, .chunks_written = written,
                                     .seconds = (uint32_t)took};
        send_message(s, &g, &leave);
        send_message(s, &g, &leave);
        fprintf(stderr, "pb-image: received %u chunks (%llu bytes written to %s) in %.1f s; %llu requests, %llu corrupt chunks fetched again%s",
                count, bytes, disk_path, took, requests, corrupt, digests_path ? "" : "\n");
        if (digests_path) fprintf(stderr, ", %llu not matching the digests fetched again; every chunk written matched its SHA-256\n", forged);
    }
done:
    for (long long i = 0; i < buffer_count; i++) {
        free(buffers[i].record);
        free(buffers[i].have);
    }
    free(buffers);
    free(state);
    free(requested_at);
    free(raw);
    image_digests_free(&digests);
    close(target);
    close(s);
    return status;
}

static int usage(void) {
    fputs("usage: pb-image capture DISK IMAGE [--level 1-19] [--progress]\n"
          "       pb-image deploy IMAGE DISK [--progress]\n"
          "       pb-image info IMAGE\n"
          "       pb-image verify IMAGE\n"
          "       pb-image digests IMAGE FILE\n"
          "       pb-image serve IMAGE --group ADDR:PORT --interface ADDR [--rate-mbps 100] [--idle-exit SECONDS] [--loopback]\n"
          "       pb-image receive DISK --group ADDR:PORT --interface ADDR [--digests FILE] [--timeout 30] [--buffers 32] [--progress]\n",
          stderr);
    return 2;
}

int main(int argc, char **argv) {
    struct sigaction sa = {0};
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    if (argc < 3) return usage();
    const char *command = argv[1];
    struct options o = {argc - 2, argv + 2};
    if (strcmp(command, "capture") == 0 && argc >= 4) return cmd_capture(argv[2], argv[3], &(struct options){argc - 4, argv + 4});
    if (strcmp(command, "deploy") == 0 && argc >= 4) return cmd_deploy(argv[2], argv[3], &(struct options){argc - 4, argv + 4});
    if (strcmp(command, "info") == 0) return cmd_info(argv[2]);
    if (strcmp(command, "verify") == 0) return cmd_verify(argv[2]);
    if (strcmp(command, "digests") == 0 && argc == 4) return cmd_digests(argv[2], argv[3]);
    if (strcmp(command, "serve") == 0) return cmd_serve(argv[2], &(struct options){argc - 3, argv + 3});
    if (strcmp(command, "receive") == 0) return cmd_receive(argv[2], &(struct options){argc - 3, argv + 3});
    (void)o;
    return usage();
}
