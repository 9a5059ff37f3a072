/*
 * pb-plain-frames IFACE...: turns off segmentation, scatter-gather and transmit checksum offload on
 * the named interfaces (of the namespace it runs in), so what they send into a user-space delay
 * node (pb-shaper) is wire-sized frames with their checksums filled in, as on a real cable.
 * ethtool's legacy ioctls, because this machine has no ethtool.
 */
#include <errno.h>
#include <linux/ethtool.h>
#include <linux/sockios.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

static int set_off(int fd, const char *ifname, unsigned cmd, const char *what) {
    struct ethtool_value value = {.cmd = cmd, .data = 0};
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", ifname);
    ifr.ifr_data = (void *)&value;
    if (ioctl(fd, SIOCETHTOOL, &ifr) != 0 && errno != EOPNOTSUPP) {
        fprintf(stderr, "pb-plain-frames: cannot turn off %s on %s: %s\n", what, ifname, strerror(errno));
        return -1;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: pb-plain-frames IFACE...\n");
        return 2;
    }
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0) {
        perror("pb-plain-frames: socket");
        return 1;
    }
    int failed = 0;
    for (int i = 1; i < argc; i++) {
        failed |= set_off(fd, argv[i], ETHTOOL_STSO, "TCP segmentation offload");
        failed |= set_off(fd, argv[i], ETHTOOL_SGSO, "generic segmentation offload");
        failed |= set_off(fd, argv[i], ETHTOOL_SGRO, "generic receive offload");
        failed |= set_off(fd, argv[i], ETHTOOL_STXCSUM, "transmit checksum offload");
        failed |= set_off(fd, argv[i], ETHTOOL_SSG, "scatter-gather");
    }
    close(fd);
    return failed ? 1 : 0;
}
