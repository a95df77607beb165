/* vs-command-line.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line. */
#define VS_EXIT_OK        0
#define VS_EXIT_BAD_INPUT 1
#define VS_EXIT_USAGE     2

gboolean vs_command_line_run (char  **argv,
                              int    *exit_status,
                              char ***gui_files);

G_END_DECLS
