/* vs-table-reader.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-table-import.h"
#include "vs-table-reader.h"

/* What the CSV and the Markdown readers share: cells, errors that name
 * their place in the table, the check of the text's encoding, and going
 * back to the start for the import's second pass.
 */

/* Frees the text of a cell of an array of cells. */
void
vs_table_cell_clear (gpointer data)
{
  VsTableCell *cell = data;

  g_clear_pointer (&cell->text, g_free);
}

/* Sets @error to @format, after the place `LINE:COL: `; returns %FALSE. */
gboolean
vs_table_fail_at (GError     **error,
                  int          code,
                  guint        line,
                  guint        col,
                  const char  *format,
                  ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, VS_TABLE_IMPORT_ERROR, code, "%u:%u: %s", line, col, message);

  return FALSE;
}

/* Checks that @data is UTF-8 without NUL, and says where it is not. */
gboolean
vs_table_check_encoding (const char  *data,
                         gsize        length,
                         GError     **error)
{
  const char *end;
  guint line = 1;
  guint col = 1;

  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  for (const char *p = data; p < end; p++)
    {
      if (*p == '\n')
        {
          line++;
          col = 1;
        }
      else if (((guchar)*p & 0xC0) != 0x80)
        {
          col++;
        }
    }

  if (*end == '\0')
    return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_ENCODING, line, col,
                             _("the table holds a NUL character"));

  return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_ENCODING, line, col,
                           _("the table is not valid UTF-8 text; save it as UTF-8"));
}

/* Goes back to the start of the table, for the second pass. */
void
vs_table_reader_rewind (VsTableReader *self)
{
  self->pos = 0;
  self->line = 1;
  self->col = 1;
  self->in_table = FALSE;
  self->n_columns = 0;
  g_clear_pointer (&self->heading, g_free);
}
