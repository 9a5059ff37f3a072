/* The shaper's control language: what it accepts, and the message for what it refuses. */
#include "shaper_command.h"

#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(cond, ...) do { if (!(cond)) { failures++; fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
    fprintf(stderr, __VA_ARGS__); fprintf(stderr, "\n"); } } while (0)

static void refused(const char *line, const char *expected_words) {
    struct pb_command cmd;
    char error[256] = "";
    CHECK(pb_command_parse(line, &cmd, error, sizeof error) != 0, "'%s' was accepted", line);
    CHECK(strstr(error, expected_words) != NULL, "'%s': message '%s' does not say '%s'", line, error, expected_words);
}

int main(void) {
    struct pb_command cmd;
    char error[256];

    CHECK(pb_command_parse("set ba rate=10000000 delay_ns=20000000 loss=0.1 queue=30000 unit=bytes seed=7\n", &cmd, error, sizeof error) == 0, "%s", error);
    CHECK(cmd.kind == PB_CMD_SET && cmd.direction == 1, "set ba");
    CHECK(cmd.config.rate_bps == 10000000 && cmd.config.delay_ns == 20000000 && cmd.config.loss == 0.1, "values");
    CHECK(cmd.config.queue_limit == 30000 && cmd.config.queue_in_bytes == 1 && cmd.config.seed == 7, "queue and seed");

    CHECK(pb_command_parse("set ab", &cmd, error, sizeof error) == 0, "%s", error);
    CHECK(cmd.direction == 0 && cmd.config.rate_bps == 0 && cmd.config.delay_ns == 0 && cmd.config.loss == 0 && cmd.config.queue_limit == 50
              && !cmd.config.queue_in_bytes, "a bare set opens the pipe with Dummynet's defaults");

    CHECK(pb_command_parse("stats", &cmd, error, sizeof error) == 0 && cmd.kind == PB_CMD_STATS, "stats");
    CHECK(pb_command_parse("show\r\n", &cmd, error, sizeof error) == 0 && cmd.kind == PB_CMD_SHOW, "show with CRLF");

    refused("set ab loss=1.5", "from 0 to 1");
    refused("set ab loss=-0.1", "from 0 to 1");
    refused("set ab delay_ns=-5", "whole number of nanoseconds");
    refused("set ab rate=10M", "whole number of bit/s");
    refused("set ab queue=0", "at least 1");
    refused("set ab unit=slots", "packets or bytes");
    refused("set cd rate=1", "direction");
    refused("set ab colour=red", "unknown setting 'colour'");
    refused("reboot", "unknown command 'reboot'");
    refused("down", "unknown command 'down'");
    refused("stats now", "takes no arguments");
    refused("", "empty command");

    if (failures) {
        fprintf(stderr, "%d checks failed\n", failures);
        return 1;
    }
    return 0;
}
