#include "shaper_command.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pb_command_defaults(struct pb_pipe_config *c) {
    memset(c, 0, sizeof *c);
    c->queue_limit = 50;
}

static int unsigned_value(const char *text, uint64_t *out) {
    char *end;
    errno = 0;
    if (*text < '0' || *text > '9') {
        return -1;
    }
    unsigned long long v = strtoull(text, &end, 10);
    if (errno || *end) {
        return -1;
    }
    *out = v;
    return 0;
}

int pb_command_parse(const char *line, struct pb_command *cmd, char *error, unsigned error_size) {
    char copy[512];
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ')) {
        n--;
    }
    if (n >= sizeof copy) {
        snprintf(error, error_size, "command too long (%zu characters, at most %zu)", n, sizeof copy - 1);
        return -1;
    }
    memcpy(copy, line, n);
    copy[n] = '\0';
    memset(cmd, 0, sizeof *cmd);
    pb_command_defaults(&cmd->config);
    char *save;
    char *word = strtok_r(copy, " ", &save);
    if (!word) {
        snprintf(error, error_size, "empty command; expected set, stats or show");
        return -1;
    }
    static const struct { const char *name; enum pb_command_kind kind; } simple[] = {
        {"stats", PB_CMD_STATS}, {"show", PB_CMD_SHOW}};
    for (unsigned i = 0; i < sizeof simple / sizeof simple[0]; i++) {
        if (strcmp(word, simple[i].name) == 0) {
            cmd->kind = simple[i].kind;
            if (strtok_r(NULL, " ", &save)) {
                snprintf(error, error_size, "'%s' takes no arguments", simple[i].name);
                return -1;
            }
            return 0;
        }
    }
    if (strcmp(word, "set") != 0) {
        snprintf(error, error_size, "unknown command '%s'; expected set, stats or show", word);
        return -1;
    }
    cmd->kind = PB_CMD_SET;
    char *dir = strtok_r(NULL, " ", &save);
    if (!dir || (strcmp(dir, "ab") != 0 && strcmp(dir, "ba") != 0)) {
        snprintf(error, error_size, "set needs a direction first: ab (a to b) or ba (b to a)");
        return -1;
    }
    cmd->direction = strcmp(dir, "ab") == 0 ? 0 : 1;
    for (char *pair = strtok_r(NULL, " ", &save); pair; pair = strtok_r(NULL, " ", &save)) {
        char *eq = strchr(pair, '=');
        if (!eq) {
            snprintf(error, error_size, "'%s' is not name=value", pair);
            return -1;
        }
        *eq = '\0';
        const char *name = pair, *value = eq + 1;
        uint64_t v = 0;
        if (strcmp(name, "loss") == 0) {
            char *end;
            errno = 0;
            double loss = strtod(value, &end);
            if (errno || *end || !*value || loss < 0.0 || loss > 1.0) {
                snprintf(error, error_size, "loss=%s is not a probability; give a number from 0 to 1", value);
                return -1;
            }
            cmd->config.loss = loss;
        } else if (strcmp(name, "unit") == 0) {
            if (strcmp(value, "packets") != 0 && strcmp(value, "bytes") != 0) {
                snprintf(error, error_size, "unit=%s: expected packets or bytes", value);
                return -1;
            }
            cmd->config.queue_in_bytes = strcmp(value, "bytes") == 0;
        } else if (strcmp(name, "rate") == 0 || strcmp(name, "delay_ns") == 0 || strcmp(name, "queue") == 0
                   || strcmp(name, "seed") == 0) {
            if (unsigned_value(value, &v) != 0) {
                snprintf(error, error_size, "%s=%s is not a whole number of %s", name, value,
                         strcmp(name, "rate") == 0 ? "bit/s" : strcmp(name, "delay_ns") == 0 ? "nanoseconds" : "units");
                return -1;
            }
            if (strcmp(name, "rate") == 0) {
                cmd->config.rate_bps = v;
            } else if (strcmp(name, "delay_ns") == 0) {
                cmd->config.delay_ns = v;
            } else if (strcmp(name, "seed") == 0) {
                cmd->config.seed = v;
            } else if (v == 0 || v > UINT32_MAX) {
                snprintf(error, error_size, "queue=%s: give at least 1 (packets or bytes)", value);
                return -1;
            } else {
                cmd->config.queue_limit = (uint32_t)v;
            }
        } else {
            snprintf(error, error_size, "unknown setting '%s'; expected rate, delay_ns, loss, queue, unit or seed", name);
            return -1;
        }
    }
    return 0;
}
