/* vs-table-csv.c
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

/* The rows of RFC 4180 CSV, separated by commas or semicolons, as the CSV
 * export writes them (and spreadsheets save them).
 */

/* The separator is the one of comma and semicolon that the header row
 * (up to its first line break outside quotes) uses more.
 */
static char
detect_separator (const char *data,
                  gsize       length)
{
  gboolean quoted = FALSE;
  guint commas = 0;
  guint semicolons = 0;

  for (gsize i = 0; i < length; i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (data[i] == '\n' || data[i] == '\r')
        break;
      else if (data[i] == ',')
        commas++;
      else if (data[i] == ';')
        semicolons++;
    }

  return semicolons > commas ? ';' : ',';
}

/* Undoes what the CSV export does to a cell that a spreadsheet would take
 * for a formula: it puts an apostrophe in front.
 */
static void
unguard (char *text)
{
  if (text[0] == '\'' && text[1] != '\0' && strchr ("=+-@\t\r", text[1]) != NULL)
    memmove (text, text + 1, strlen (text));
}

static gboolean
read_csv_field (VsTableReader   *self,
                GString  *text,
                gboolean *quoted,
                GError  **error)
{
  guint line = self->line;
  guint col = self->col;

  *quoted = vs_table_peek (self) == '"';
  if (!*quoted)
    {
      while (!vs_table_at_end (self) && vs_table_peek (self) != self->separator &&
             vs_table_peek (self) != '\n' && vs_table_peek (self) != '\r')
        {
          g_string_append_c (text, vs_table_peek (self));
          vs_table_advance (self);
        }
      return TRUE;
    }

  vs_table_advance (self);
  for (;;)
    {
      if (vs_table_at_end (self))
        return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_SYNTAX, line, col,
                                 _("this quoted field has no closing quote"));

      if (vs_table_peek (self) == '"')
        {
          vs_table_advance (self);
          if (vs_table_peek (self) != '"')
            break;
        }

      g_string_append_c (text, vs_table_peek (self));
      vs_table_advance (self);
    }

  if (!vs_table_at_end (self) && vs_table_peek (self) != self->separator &&
      vs_table_peek (self) != '\n' && vs_table_peek (self) != '\r')
    return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_SYNTAX, self->line, self->col,
                             _("text follows the closing quote of a field; write a quote inside "
                               "a quoted field twice"));

  return TRUE;
}

static gboolean
read_csv_row (VsTableReader  *self,
              GArray  *cells,
              GError **error)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_array_set_size (cells, 0);

  while (!vs_table_at_end (self))
    {
      gboolean quoted = FALSE;
      guint line = self->line;
      guint col = self->col;

      g_string_truncate (text, 0);
      if (!read_csv_field (self, text, &quoted, error))
        return FALSE;

      unguard (text->str);
      vs_table_push_cell (cells, g_strndup (text->str, strlen (text->str)), line, col);

      if (vs_table_peek (self) == self->separator)
        {
          vs_table_advance (self);
          /* A separator at the very end leaves an empty last field. */
          if (vs_table_at_end (self))
            vs_table_push_cell (cells, g_strdup (""), self->line, self->col);
          continue;
        }

      /* The end of the record: CRLF, LF, CR or the end of the text. */
      if (vs_table_peek (self) == '\r')
        vs_table_advance (self);
      if (vs_table_peek (self) == '\n')
        vs_table_advance (self);

      /* A blank line is no row. */
      if (cells->len == 1 && !quoted && *g_array_index (cells, VsTableCell, 0).text == '\0')
        {
          g_array_set_size (cells, 0);
          continue;
        }

      return TRUE;
    }

  return TRUE;
}

/* Reads @data as CSV, with the separator its header row uses. */
void
vs_table_reader_init_csv (VsTableReader *self,
                          const char    *data,
                          gsize          length)
{
  self->data = data;
  self->length = length;
  vs_table_reader_rewind (self);
  self->read_row = read_csv_row;
  self->separator = detect_separator (data, length);
}
