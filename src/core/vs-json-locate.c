/* vs-json-locate.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vs-json-locate.h"

/* Where a JSON path is in the text of a file, for the messages of
 * `versus --validate`. The text has passed vs_json_scan(): it is valid JSON,
 * not too deep, without duplicate keys; walking it needs no checks beyond
 * staying within its length.
 */

typedef struct
{
  const char *p;
  const char *end;
} Walker;

static void
skip_space (Walker *w)
{
  while (w->p < w->end && (*w->p == ' ' || *w->p == '\t' || *w->p == '\n' || *w->p == '\r'))
    w->p++;
}

/* Skips a string, from its opening quote. */
static void
skip_string (Walker *w)
{
  for (w->p++; w->p < w->end && *w->p != '"'; w->p++)
    if (*w->p == '\\')
      w->p++;
  w->p++;
}

/* Skips any value, iteratively (its depth is bounded, but not by much). */
static void
skip_value (Walker *w)
{
  guint depth = 0;

  do
    {
      skip_space (w);
      if (w->p >= w->end)
        return;

      switch (*w->p)
        {
        case '"':
          skip_string (w);
          break;

        case '{':
        case '[':
          depth++;
          w->p++;
          break;

        case '}':
        case ']':
          depth--;
          w->p++;
          break;

        case ',':
        case ':':
          w->p++;
          break;

        default:
          while (w->p < w->end && strchr (",:]} \t\r\n", *w->p) == NULL)
            w->p++;
          break;
        }
    }
  while (depth > 0 && w->p < w->end);
}

/* Appends the UTF-8 of a \u escape (and of its low surrogate, if it is a high one). */
static void
append_escape (Walker  *w,
               GString *key)
{
  gunichar c = 0;

  for (guint i = 0; i < 4 && w->p + 1 < w->end; i++)
    c = c * 16 + g_ascii_xdigit_value (*++w->p);

  if (c >= 0xD800 && c < 0xDC00 && w->p + 6 < w->end && w->p[1] == '\\' && w->p[2] == 'u')
    {
      gunichar low = 0;

      w->p += 2;
      for (guint i = 0; i < 4; i++)
        low = low * 16 + g_ascii_xdigit_value (*++w->p);
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
    }

  g_string_append_unichar (key, c);
}

/* Reads a key, from its opening quote, unescaped. */
static void
read_key (Walker  *w,
          GString *key)
{
  static const char escapes[] = "\"\"\\\\//b\bf\fn\nr\rt\t";

  g_string_truncate (key, 0);
  for (w->p++; w->p < w->end && *w->p != '"'; w->p++)
    {
      if (*w->p != '\\' || w->p + 1 >= w->end)
        {
          g_string_append_c (key, *w->p);
          continue;
        }

      w->p++;
      if (*w->p == 'u')
        {
          append_escape (w, key);
          continue;
        }
      for (const char *e = escapes; *e; e += 2)
        if (*e == *w->p)
          g_string_append_c (key, e[1]);
    }
  w->p++;
}

/* Moves to the value of @step in the value at the walker; FALSE if there is
 * none. With @at_key, stops at the member's key instead of its value.
 */
static gboolean
step_into (Walker           *w,
           const VsJsonStep *step,
           gboolean          at_key,
           GString          *key)
{
  skip_space (w);
  if (w->p >= w->end)
    return FALSE;

  if (step->member != NULL)
    {
      if (*w->p != '{')
        return FALSE;
      w->p++;

      for (;;)
        {
          const char *key_start;

          skip_space (w);
          if (w->p >= w->end || *w->p != '"')
            return FALSE;

          key_start = w->p;
          read_key (w, key);
          skip_space (w);
          w->p++;                       /* : */
          if (strcmp (key->str, step->member) == 0)
            {
              if (at_key)
                w->p = key_start;
              else
                skip_space (w);
              return TRUE;
            }

          skip_value (w);
          skip_space (w);
          if (w->p >= w->end || *w->p != ',')
            return FALSE;
          w->p++;
        }
    }

  if (*w->p != '[')
    return FALSE;
  w->p++;

  for (guint i = 0;; i++)
    {
      skip_space (w);
      if (w->p >= w->end || *w->p == ']')
        return FALSE;
      if (i == step->index)
        return TRUE;

      skip_value (w);
      skip_space (w);
      if (w->p >= w->end || *w->p != ',')
        return FALSE;
      w->p++;
    }
}

/**
 * vs_json_locate:
 * @data: JSON text that vs_json_scan() accepted
 * @length: its length in bytes
 * @offset: where the value that @steps start from begins in @data
 * @steps: a JSON path from that value
 * @n_steps: how many steps
 *
 * Finds where a JSON path leads. The last step, if it is a member, leads to
 * the member's key (a message about a member points at its name); a path
 * that goes further than the text (a missing member) leads to the deepest
 * value it reaches.
 *
 * Returns: the offset in @data
 */
gsize
vs_json_locate (const char       *data,
                gsize             length,
                gsize             offset,
                const VsJsonStep *steps,
                guint             n_steps)
{
  g_autoptr(GString) key = g_string_new (NULL);
  Walker w = { data + offset, data + length };

  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (offset <= length, 0);

  skip_space (&w);
  for (guint i = 0; i < n_steps; i++)
    {
      const char *before = w.p;

      if (!step_into (&w, &steps[i], i == n_steps - 1, key))
        {
          w.p = before;
          break;
        }
    }

  return MIN ((gsize)(w.p - data), length);
}

/**
 * vs_json_advance:
 * @data: text
 * @position: where in @data the last position was (%VS_JSON_POSITION_INIT
 *   at first)
 * @offset: a byte offset in @data
 *
 * Moves @position to @offset, counting lines and characters from where it
 * was if @offset is after it, from the start otherwise: the positions of a
 * file's problems are mostly found in order, and a file may be one line of
 * 64 MiB.
 */
void
vs_json_advance (const char     *data,
                 VsJsonPosition *position,
                 gsize           offset)
{
  const char *at = data + offset;
  const char *q;

  g_return_if_fail (data != NULL && position != NULL);

  if (offset < position->offset)
    *position = VS_JSON_POSITION_INIT;

  for (q = data + position->offset; q < at; q++)
    {
      if (*q == '\n')
        {
          position->line++;
          position->column = 1;
        }
      /* Columns count characters, not bytes: skip UTF-8 continuation bytes. */
      else if (((guchar)*q & 0xC0) != 0x80)
        {
          position->column++;
        }
    }
  position->offset = offset;
}

/**
 * vs_json_line_column:
 * @data: text
 * @offset: a byte offset in @data
 * @line: (out): the line of @offset, from 1
 * @column: (out): its column, from 1, counting characters, not bytes
 *
 * Says where @offset is, as the messages of vs_json_scan() do.
 */
void
vs_json_line_column (const char *data,
                     gsize       offset,
                     guint      *line,
                     guint      *column)
{
  VsJsonPosition position = VS_JSON_POSITION_INIT;

  g_return_if_fail (data != NULL);

  vs_json_advance (data, &position, offset);
  *line = position.line;
  *column = position.column;
}
