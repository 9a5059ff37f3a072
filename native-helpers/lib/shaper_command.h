/*
 * The user-space shaper's control language, one command per line on its standard input:
 *   set ab|ba rate=<bit/s> delay_ns=<ns> loss=<0..1> queue=<n> unit=packets|bytes seed=<n>
 *   stats | show
 * A link taken down is a pipe losing every packet (loss=1), so "down" needs no command of its own.
 * Kept apart from the socket code so its parsing is tested without a network.
 */
#ifndef PATCHBAY_SHAPER_COMMAND_H
#define PATCHBAY_SHAPER_COMMAND_H

#include "pipe.h"

enum pb_command_kind { PB_CMD_SET, PB_CMD_STATS, PB_CMD_SHOW };

struct pb_command {
    enum pb_command_kind kind;
    int direction;                  /* PB_CMD_SET: 0 for a->b, 1 for b->a */
    struct pb_pipe_config config;   /* PB_CMD_SET: unnamed fields keep the defaults below */
};

/* Dummynet's defaults: no rate limit, no delay, no loss, 50 slots. */
void pb_command_defaults(struct pb_pipe_config *config);

/* 0 on success; otherwise -1 and a message naming the bad word and what is expected in `error`. */
int pb_command_parse(const char *line, struct pb_command *command, char *error, unsigned error_size);

#endif
