/* vs-format.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *vs_format_score      (double      score) G_GNUC_WARN_UNUSED_RESULT;
char *vs_format_join_names (GPtrArray  *names,
                            gboolean    alternatives) G_GNUC_WARN_UNUSED_RESULT;
char *vs_format_reason     (const char *reason,
                            gboolean    important) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
