/*
 * pb-enroll: the imaging environment's side of the enrollment hand-over (docs/imaging.md).
 *
 *   pb-enroll ADDR:PORT --pin SHA256HEX --token TOKEN --out DIR [--timeout SECONDS]
 *   pb-enroll ADDR:PORT --pin SHA256HEX --token TOKEN --upload FILE [--timeout SECONDS]
 *
 * A machine that boots from the network learns everything over DHCP and TFTP, which anyone on that
 * network can read. So what must stay secret (the node's agent key) and what must not be forged (the
 * image's chunk digests) is fetched here instead: over TLS, from the console's enrollment server, whose
 * certificate must have the SHA-256 given by --pin (checked before the token is sent), in exchange for
 * a token that works once, from the node's own address, for a limited time. The files the server hands
 * over are written into DIR (each written whole, then renamed into place). With --upload, the token
 * instead lets this node send FILE (a disk it captured) to the console, which answers with the SHA-256
 * of what it stored; that must be FILE's. Everything read from the network is bounded before it is used.
 *
 * Exit status: 0 enrolled; 1 refused or failed (the reason on standard error); 2 bad arguments.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#define MAX_LINE 512
#define MAX_FILES 16
#define MAX_FILE_BYTES (16L << 20)
#define MAX_TOTAL_BYTES (64L << 20)
#define MAX_TOKEN 128

static void fail(const char *format, ...) {
    va_list args;
    va_start(args, format);
    fputs("pb-enroll: ", stderr);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
    exit(1);
}

static void usage(void) {
    fputs("usage: pb-enroll ADDR:PORT --pin SHA256HEX --token TOKEN (--out DIR | --upload FILE) [--timeout SECONDS]\n", stderr);
    exit(2);
}

static int connect_to(const char *endpoint, int timeout) {
    char host[256];
    const char *colon = strrchr(endpoint, ':');
    if (colon == NULL || colon == endpoint || (size_t)(colon - endpoint) >= sizeof host || colon[1] == '\0') {
        fprintf(stderr, "pb-enroll: '%s' is not ADDR:PORT\n", endpoint);
        exit(2);
    }
    memcpy(host, endpoint, (size_t)(colon - endpoint));
    host[colon - endpoint] = '\0';
    char *end = NULL;
    long port = strtol(colon + 1, &end, 10);
    struct sockaddr_in address = {.sin_family = AF_INET};
    if (inet_pton(AF_INET, host, &address.sin_addr) != 1 || *end != '\0' || port < 1 || port > 65535) {
        fprintf(stderr, "pb-enroll: '%s' is not an IPv4 address and port (ADDR:PORT)\n", endpoint);
        exit(2);
    }
    address.sin_port = htons((unsigned short)port);
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        fail("socket: %s", strerror(errno));
    }
    /* the timeouts bound the connect, the handshake and every read and write */
    struct timeval limit = {.tv_sec = timeout};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    if (connect(fd, (struct sockaddr *)&address, sizeof address) != 0) {
        fail("cannot reach the enrollment server at %s: %s", endpoint, strerror(errno));
    }
    return fd;
}

/* The peer certificate's SHA-256 (of its DER encoding) as lower-case hex. */
static void peer_pin(SSL *ssl, char hex[65]) {
    X509 *peer = SSL_get1_peer_certificate(ssl);
    if (peer == NULL) {
        fail("the enrollment server showed no certificate");
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!X509_digest(peer, EVP_sha256(), digest, &length) || length != 32) {
        fail("cannot take the SHA-256 of the server's certificate");
    }
    X509_free(peer);
    for (unsigned i = 0; i < 32; i++) {
        snprintf(hex + 2 * i, 3, "%02x", digest[i]);
    }
}

/* Reads exactly n bytes, or fails naming what was being read. */
static void read_exactly(SSL *ssl, void *buffer, size_t n, const char *what) {
    size_t done = 0;
    while (done < n) {
        int chunk = n - done > (1 << 20) ? (1 << 20) : (int)(n - done);
        int got = SSL_read(ssl, (char *)buffer + done, chunk);
        if (got <= 0) {
            fail("the enrollment server ended the connection inside %s", what);
        }
        done += (size_t)got;
    }
}

/* One line of at most MAX_LINE - 1 bytes, without its newline. */
static void read_line(SSL *ssl, char line[MAX_LINE]) {
    size_t n = 0;
    for (;;) {
        char c;
        if (SSL_read(ssl, &c, 1) != 1) {
            fail("the enrollment server ended the connection mid-answer");
        }
        if (c == '\n') {
            line[n] = '\0';
            return;
        }
        if (n == MAX_LINE - 1) {
            fail("the enrollment server's answer has a line over %d bytes", MAX_LINE - 1);
        }
        line[n++] = c;
    }
}

static int name_ok(const char *name) {
    size_t n = strlen(name);
    if (n == 0 || n > 64 || name[0] == '.' || name[0] == '-') {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) {
            return 0;
        }
    }
    return 1;
}

static void write_file(const char *dir, const char *name, unsigned mode, const char *bytes, size_t length) {
    char path[4096], partial[4096];
    if (snprintf(path, sizeof path, "%s/%s", dir, name) >= (int)sizeof path ||
        snprintf(partial, sizeof partial, "%s/.%s.partial", dir, name) >= (int)sizeof partial) {
        fail("the output folder's path is too long");
    }
    int fd = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, (mode_t)mode);
    if (fd < 0) {
        fail("cannot write %s: %s", partial, strerror(errno));
    }
    fchmod(fd, (mode_t)mode);
    size_t done = 0;
    while (done < length) {
        ssize_t wrote = write(fd, bytes + done, length - done);
        if (wrote <= 0) {
            fail("cannot write %s: %s", partial, strerror(errno));
        }
        done += (size_t)wrote;
    }
    if (fsync(fd) != 0 || close(fd) != 0 || rename(partial, path) != 0) {
        fail("cannot put %s in place: %s", path, strerror(errno));
    }
}

int main(int argc, char **argv) {
    const char *endpoint = NULL, *pin = NULL, *token = NULL, *out = NULL, *upload = NULL;
    int timeout = 30;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--pin") == 0 && i + 1 < argc) {
            pin = argv[++i];
        } else if (strcmp(argv[i], "--token") == 0 && i + 1 < argc) {
            token = argv[++i];
        } else if (strcmp(argv[i], "--out") == 0 && i + 1 < argc) {
            out = argv[++i];
        } else if (strcmp(argv[i], "--upload") == 0 && i + 1 < argc) {
            upload = argv[++i];
        } else if (strcmp(argv[i], "--timeout") == 0 && i + 1 < argc) {
            timeout = atoi(argv[++i]);
        } else if (argv[i][0] != '-' && endpoint == NULL) {
            endpoint = argv[i];
        } else {
            usage();
        }
    }
    if (endpoint == NULL || pin == NULL || token == NULL || (out == NULL) == (upload == NULL) || timeout < 1 || timeout > 3600) {
        usage();
    }
    if (strlen(pin) != 64 || strspn(pin, "0123456789abcdef") != 64) {
        fprintf(stderr, "pb-enroll: --pin takes the server certificate's SHA-256 as 64 lower-case hex digits\n");
        return 2;
    }
    if (strlen(token) == 0 || strlen(token) > MAX_TOKEN || strspn(token, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != strlen(token)) {
        fprintf(stderr, "pb-enroll: --token takes up to %d letters, digits, '-' and '_'\n", MAX_TOKEN);
        return 2;
    }
    struct stat folder;
    if (out != NULL && (stat(out, &folder) != 0 || !S_ISDIR(folder.st_mode))) {
        fprintf(stderr, "pb-enroll: --out %s is not a folder\n", out);
        return 2;
    }
    FILE *sending = NULL;
    struct stat sent;
    if (upload != NULL && ((sending = fopen(upload, "rb")) == NULL || fstat(fileno(sending), &sent) != 0 || !S_ISREG(sent.st_mode))) {
        fprintf(stderr, "pb-enroll: --upload %s is not a readable file\n", upload);
        return 2;
    }

    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    if (context == NULL || !SSL_CTX_set_min_proto_version(context, TLS1_3_VERSION)) {
        fail("cannot set up TLS 1.3");
    }
    /* no CA here: the server is the one whose certificate has the pinned SHA-256 */
    SSL_CTX_set_verify(context, SSL_VERIFY_NONE, NULL);
    int fd = connect_to(endpoint, timeout);
    SSL *ssl = SSL_new(context);
    SSL_set_fd(ssl, fd);
    if (SSL_connect(ssl) != 1) {
        unsigned long error = ERR_get_error();
        fail("TLS with the enrollment server at %s failed: %s", endpoint, error ? ERR_error_string(error, NULL) : "connection ended");
    }
    char seen[65];
    peer_pin(ssl, seen);
    if (strcmp(seen, pin) != 0) {
        fail("the server at %s is not the console's enrollment server (its certificate's SHA-256 is %s, expected %s); the token was not sent",
             endpoint, seen, pin);
    }
    char request[MAX_LINE];
    int length = snprintf(request, sizeof request, "patchbay-enroll 1 %s\n", token);
    if (SSL_write(ssl, request, length) != length) {
        fail("cannot send the token");
    }

    char line[MAX_LINE];
    read_line(ssl, line);
    if (strncmp(line, "refused ", 8) == 0) {
        fail("the console refused: %s", line + 8);
    }
    char extra;
    if (upload != NULL) {
        long long most = -1;
        if (sscanf(line, "send %lld%c", &most, &extra) != 1 || most < 0) {
            fail("the enrollment server answered '%.80s', not 'send MAXBYTES': this token is not for an upload", line);
        }
        if ((long long)sent.st_size > most) {
            fail("%s (%lld bytes) is larger than the console takes (%lld bytes)", upload, (long long)sent.st_size, most);
        }
        length = snprintf(request, sizeof request, "file image 644 %lld\n", (long long)sent.st_size);
        if (SSL_write(ssl, request, length) != length) {
            fail("cannot send the upload's header");
        }
        EVP_MD_CTX *hash = EVP_MD_CTX_new();
        if (hash == NULL || !EVP_DigestInit_ex(hash, EVP_sha256(), NULL)) {
            fail("cannot start a SHA-256");
        }
        static unsigned char buffer[1 << 16];
        long long left = (long long)sent.st_size;
        while (left > 0) {
            size_t n = fread(buffer, 1, left < (long long)sizeof buffer ? (size_t)left : sizeof buffer, sending);
            if (n == 0) {
                fail("%s ended before its %lld bytes (was it changed while uploading?)", upload, (long long)sent.st_size);
            }
            EVP_DigestUpdate(hash, buffer, n);
            if (SSL_write(ssl, buffer, (int)n) != (int)n) {
                fail("the enrollment server ended the connection during the upload");
            }
            left -= (long long)n;
        }
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int digest_length = 0;
        EVP_DigestFinal_ex(hash, digest, &digest_length);
        EVP_MD_CTX_free(hash);
        char mine[65];
        for (unsigned i = 0; i < 32; i++) {
            snprintf(mine + 2 * i, 3, "%02x", digest[i]);
        }
        read_line(ssl, line);
        if (strncmp(line, "refused ", 8) == 0) {
            fail("the console refused the upload: %s", line + 8);
        }
        if (strncmp(line, "stored ", 7) != 0 || strcmp(line + 7, mine) != 0) {
            fail("the console stored something else than %s (it answered '%.80s', the file's SHA-256 is %s)", upload, line, mine);
        }
        fclose(sending);
        SSL_shutdown(ssl);
        SSL_free(ssl);
        close(fd);
        SSL_CTX_free(context);
        printf("uploaded: %lld bytes, SHA-256 %s\n", (long long)sent.st_size, mine);
        return 0;
    }
    int count = 0;
    if (sscanf(line, "ok %d%c", &count, &extra) != 1 || count < 0 || count > MAX_FILES) {
        fail("the enrollment server answered '%.80s', not 'ok N' with N <= %d", line, MAX_FILES);
    }
    long total = 0;
    for (int i = 0; i < count; i++) {
        char name[MAX_LINE];
        unsigned mode = 0;
        long size = -1;
        read_line(ssl, line);
        if (sscanf(line, "file %64s %o %ld%c", name, &mode, &size, &extra) != 3 || !name_ok(name) || (mode != 0600 && mode != 0644) ||
            size < 0 || size > MAX_FILE_BYTES || total + size > MAX_TOTAL_BYTES) {
            fail("the enrollment server sent a bad file header '%.80s' (names [A-Za-z0-9._-], mode 600 or 644, at most %ld bytes)", line,
                 MAX_FILE_BYTES);
        }
        total += size;
        char *bytes = malloc((size_t)size + 1);
        if (bytes == NULL) {
            fail("out of memory for %s", name);
        }
        read_exactly(ssl, bytes, (size_t)size, name);
        write_file(out, name, mode, bytes, (size_t)size);
        OPENSSL_cleanse(bytes, (size_t)size);
        free(bytes);
    }
    read_line(ssl, line);
    if (strcmp(line, "end") != 0) {
        fail("the enrollment server's answer did not end with 'end'");
    }
    SSL_shutdown(ssl);
    SSL_free(ssl);
    close(fd);
    SSL_CTX_free(context);
    printf("enrolled: %d files in %s\n", count, out);
    return 0;
}
