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

/**
 * VsJsonPosition:
 * @offset: a byte offset in some text
 * @line: its line, from 1
 * @column: its column, from 1, in characters
 *
 * Where vs_json_advance() got to, so that the next position is counted
 * from there rather than from the start of the text.
 */
typedef struct
{
  gsize offset;
  guint line;
  guint column;
} VsJsonPosition;

#define VS_JSON_POSITION_INIT ((VsJsonPosition) { 0, 1, 1 })

gsize vs_json_locate      (const char       *data,
                           gsize             length,
                           gsize             offset,
                           const VsJsonStep *steps,
                           guint             n_steps);
void  vs_json_line_column (const char       *data,
                           gsize             offset,
                           guint            *line,
                           guint            *column);
void  vs_json_advance     (const char       *data,
                           VsJsonPosition   *position,
                           gsize             offset);

G_END_DECLS
