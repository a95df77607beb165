/* vs-table-markdown.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vs-table-import.h"
#include "vs-table-reader.h"

/* The rows of a GitHub-flavoured Markdown table, as the Markdown export
 * writes it: the first table of the text, and the first heading before it
 * (for the title).
 */

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t';
}

/* Reads Markdown's text in a cell: a backslash before ASCII punctuation
 * stands for it, and <br> is a line break (what the Markdown export writes).
 */
static char *
unescape_markdown (const char *text,
                   gsize       length)
{
  GString *plain = g_string_sized_new (length);

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\\' && i + 1 < length && g_ascii_ispunct (text[i + 1]))
        {
          g_string_append_c (plain, text[++i]);
          continue;
        }

      if (text[i] == '<')
        {
          static const char * const breaks[] = { "<br>", "<br/>", "<br />" };
          gboolean found = FALSE;

          for (guint b = 0; b < G_N_ELEMENTS (breaks) && !found; b++)
            {
              gsize n = strlen (breaks[b]);

              if (i + n <= length && g_ascii_strncasecmp (text + i, breaks[b], n) == 0)
                {
                  g_string_append_c (plain, '\n');
                  i += n - 1;
                  found = TRUE;
                }
            }
          if (found)
            continue;
        }

      g_string_append_c (plain, text[i]);
    }

  return g_string_free (plain, FALSE);
}

/* Finds the next line: [*start, *end) without its line break. */
static gboolean
next_line (VsTableReader      *self,
           const char **start,
           const char **end,
           guint       *line)
{
  if (vs_table_at_end (self))
    return FALSE;

  *line = self->line;
  *start = self->data + self->pos;
  while (!vs_table_at_end (self) && vs_table_peek (self) != '\n' && vs_table_peek (self) != '\r')
    self->pos++;
  *end = self->data + self->pos;

  if (vs_table_peek (self) == '\r')
    self->pos++;
  if (vs_table_peek (self) == '\n')
    self->pos++;
  self->line++;
  self->col = 1;

  return TRUE;
}

/* Splits a table row into its cells, by the pipes that are not escaped; the
 * pipes at either end are optional. Cells are trimmed and unescaped.
 */
static void
split_markdown_row (const char *start,
                    const char *end,
                    guint       line,
                    GArray     *cells)
{
  const char *p = start;
  guint col = 1;

  g_array_set_size (cells, 0);

  while (p < end && is_space (*p))
    p++, col++;
  if (p < end && *p == '|')
    p++, col++;

  for (;;)
    {
      const char *content, *content_end;
      guint content_col;

      while (p < end && is_space (*p))
        p++, col++;

      /* Nothing after the last pipe: it closed the row. */
      if (p == end && cells->len > 0)
        break;

      content = p;
      content_col = col;
      while (p < end && *p != '|')
        {
          if (*p == '\\' && p + 1 < end)
            p++, col++;
          if (((guchar)*p & 0xC0) != 0x80)
            col++;
          p++;
        }

      content_end = p;
      while (content_end > content && is_space (content_end[-1]))
        content_end--;

      vs_table_push_cell (cells, unescape_markdown (content, content_end - content),
                          line, content_col);

      if (p == end)
        break;
      p++, col++;
    }
}

static gboolean
is_delimiter_row (GArray *cells)
{
  for (guint i = 0; i < cells->len; i++)
    {
      const char *text = g_array_index (cells, VsTableCell, i).text;
      const char *p = text;

      if (*p == ':')
        p++;
      if (*p != '-')
        return FALSE;
      while (*p == '-')
        p++;
      if (*p == ':')
        p++;
      if (*p != '\0')
        return FALSE;
    }

  return cells->len > 0;
}

/* A heading `# Title`, as the Markdown export writes above its table. */
static char *
read_heading (const char *start,
              const char *end)
{
  const char *p = start;

  for (guint i = 0; i < 3 && p < end && *p == ' '; i++)
    p++;
  if (p + 1 >= end || p[0] != '#' || !is_space (p[1]))
    return NULL;

  p += 2;
  while (p < end && is_space (*p))
    p++;
  while (end > p && is_space (end[-1]))
    end--;

  return unescape_markdown (p, end - p);
}

static gboolean
read_markdown_row (VsTableReader  *self,
                   GArray  *cells,
                   GError **error)
{
  const char *start, *end;
  guint line;

  if (self->in_table)
    {
      g_array_set_size (cells, 0);

      /* The table ends at a blank line, or a line without a pipe. */
      if (!next_line (self, &start, &end, &line) || memchr (start, '|', end - start) == NULL)
        return TRUE;

      split_markdown_row (start, end, line, cells);
      if (cells->len != self->n_columns)
        {
          VsTableCell *last = &g_array_index (cells, VsTableCell,
                                              MIN (cells->len, self->n_columns + 1) - 1);

          return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_RAGGED, line, last->col,
                                   ngettext ("this row has %u cell, but the header row has %u",
                                             "this row has %u cells, but the header row has %u",
                                             cells->len),
                                   cells->len, self->n_columns);
        }

      return TRUE;
    }

  /* Before the table: find its header row, the line before a delimiter
   * row, and the first heading on the way.
   */
  while (next_line (self, &start, &end, &line))
    {
      g_autoptr(GArray) delimiter = NULL;
      gsize mark = self->pos;
      guint mark_line = self->line;
      const char *next_start, *next_end;
      guint next_line_no;
      char *heading;

      /* A heading is never a table's row, even with a pipe in it. */
      if ((heading = read_heading (start, end)) != NULL)
        {
          if (self->heading == NULL)
            self->heading = heading;
          else
            g_free (heading);
          continue;
        }

      if (memchr (start, '|', end - start) == NULL)
        continue;

      if (!next_line (self, &next_start, &next_end, &next_line_no))
        break;

      delimiter = g_array_new (FALSE, TRUE, sizeof (VsTableCell));
      g_array_set_clear_func (delimiter, vs_table_cell_clear);
      split_markdown_row (next_start, next_end, next_line_no, delimiter);

      if (!is_delimiter_row (delimiter))
        {
          /* Not a table yet: the next line may be the header row. */
          self->pos = mark;
          self->line = mark_line;
          continue;
        }

      split_markdown_row (start, end, line, cells);
      if (delimiter->len != cells->len)
        return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_RAGGED, next_line_no, 1,
                                 ngettext ("the delimiter row has %u cell, "
                                           "but the header row has %u",
                                           "the delimiter row has %u cells, "
                                           "but the header row has %u",
                                           delimiter->len),
                                 delimiter->len, cells->len);

      self->in_table = TRUE;
      self->n_columns = cells->len;

      return TRUE;
    }

  g_set_error (error, VS_TABLE_IMPORT_ERROR, VS_TABLE_IMPORT_ERROR_SYNTAX,
               _("there is no table in this file: a Markdown table is a header row, "
                 "then a delimiter row such as “| --- | --- |”"));

  return FALSE;
}

/* Reads the first Markdown table of @data. */
void
vs_table_reader_init_markdown (VsTableReader *self,
                               const char    *data,
                               gsize          length)
{
  self->data = data;
  self->length = length;
  vs_table_reader_rewind (self);
  self->read_row = read_markdown_row;
}
