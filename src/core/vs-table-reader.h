/* vs-table-reader.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the table import (vs-table-import.c) reads a table with: a reader
 * that gives it a row of cells at a time, from CSV (vs-table-csv.c) or from
 * a Markdown table (vs-table-markdown.c). Private to those files.
 */

typedef struct
{
  char *text;
  guint line;
  guint col;
} VsTableCell;

typedef struct _VsTableReader VsTableReader;

struct _VsTableReader
{
  const char *data;
  gsize length;
  gsize pos;
  /* The place of data[pos]: 1-based line, and column in characters. */
  guint line;
  guint col;

  /* Reads the next row into the array of cells; an empty array at the end. */
  gboolean (*read_row) (VsTableReader  *self,
                        GArray         *cells,
                        GError        **error);

  /* CSV */
  char separator;

  /* Markdown */
  guint n_columns;
  gboolean in_table;
  char *heading;
};

void     vs_table_cell_clear           (gpointer        data);
gboolean vs_table_fail_at              (GError        **error,
                                        int             code,
                                        guint           line,
                                        guint           col,
                                        const char     *format,
                                        ...) G_GNUC_PRINTF (5, 6);
gboolean vs_table_check_encoding       (const char     *data,
                                        gsize           length,
                                        GError        **error);
void     vs_table_reader_init_csv      (VsTableReader  *self,
                                        const char     *data,
                                        gsize           length);
void     vs_table_reader_init_markdown (VsTableReader  *self,
                                        const char     *data,
                                        gsize           length);
void     vs_table_reader_rewind        (VsTableReader  *self);

/* Read byte by byte: inline, so that a large table reads fast. */

static inline gboolean
vs_table_at_end (VsTableReader *self)
{
  return self->pos >= self->length;
}

static inline char
vs_table_peek (VsTableReader *self)
{
  return self->pos < self->length ? self->data[self->pos] : '\0';
}

/* Steps over one byte, keeping the line and column. */
static inline void
vs_table_advance (VsTableReader *self)
{
  char c = self->data[self->pos++];

  if (c == '\n' || (c == '\r' && vs_table_peek (self) != '\n'))
    {
      self->line++;
      self->col = 1;
    }
  else if (((guchar)c & 0xC0) != 0x80)
    {
      self->col++;
    }
}

static inline void
vs_table_push_cell (GArray *cells,
                    char   *text,
                    guint   line,
                    guint   col)
{
  VsTableCell cell = { text, line, col };

  g_array_append_val (cells, cell);
}

G_END_DECLS
