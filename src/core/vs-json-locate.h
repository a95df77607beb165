/* vs-json-locate.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * VsJsonStep:
 * @member: a member's name, or %NULL for an array element
 * @index: the element's index, when @member is %NULL
 *
 * One step of a JSON path.
 */
typedef struct
{
  const char *member;
  guint index;
} VsJsonStep;

gsize vs_json_locate      (const char       *data,
                           gsize             length,
                           gsize             offset,
                           const VsJsonStep *steps,
                           guint             n_steps);
void  vs_json_line_column (const char       *data,
                           gsize             offset,
                           guint            *line,
                           guint            *column);

G_END_DECLS
