/* vs-display-text.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vs-display-text.h"

/* Text from a file, or a file's name, put into a message: the loader's
 * errors and warnings, the command line's, the window's dialogs and
 * toasts. Whatever it is (a key of 64 MiB, a file name with a newline or
 * bytes that are not UTF-8), the message stays one short line of valid
 * UTF-8: the text is cut after VS_DISPLAY_TEXT_MAX_CHARS characters, at a
 * character's boundary, and what would break the line or the text is
 * escaped.
 */

static gboolean
needs_escape (gunichar c)
{
  return (g_unichar_iscntrl (c) ||
          /* Line and paragraph separators. */
          c == 0x2028 || c == 0x2029 ||
          /* Bidirectional embeddings, overrides and isolates, which could
           * make the rest of the line read backwards.
           */
          (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
}

/* Appends the character at *@p, or the byte if it is not UTF-8, as it is
 * shown, and moves *@p past it.
 */
static void
append_shown (GString             *shown,
              const char         **p,
              const char          *end,
              VsDisplayTextFlags   flags)
{
  gunichar c = g_utf8_get_char_validated (*p, end - *p);

  if (c == (gunichar)-1 || c == (gunichar)-2)
    {
      g_string_append_printf (shown, "\\x%02X", (guchar)**p);
      (*p)++;
      return;
    }

  if (c == '\n')
    g_string_append (shown, "\\n");
  else if (c == '\r')
    g_string_append (shown, "\\r");
  else if (c == '\t')
    g_string_append (shown, "\\t");
  else if ((c == '"' || c == '\\') && (flags & VS_DISPLAY_TEXT_ESCAPE_QUOTES))
    g_string_append_printf (shown, "\\%c", (char)c);
  else if (needs_escape (c))
    g_string_append_printf (shown, "\\u%04X", c);
  else
    g_string_append_len (shown, *p, g_utf8_next_char (*p) - *p);

  *p = g_utf8_next_char (*p);
}

/**
 * vs_display_text:
 * @text: the text, not necessarily valid UTF-8
 * @length: its length in bytes, or -1 if it is nul-terminated
 * @flags: what else to escape
 *
 * Makes text fit for a one-line message: at most
 * %VS_DISPLAY_TEXT_MAX_CHARS characters, then “…”; newlines, tabs and
 * other control characters escaped as in C (`\n`, `\t`, `\u0007`), and
 * bytes that are not UTF-8 as `\xFF`. Only the part shown is read, so a
 * long text costs no more than a short one.
 *
 * Returns: (transfer full): valid UTF-8 text without line breaks
 */
char *
vs_display_text (const char         *text,
                 gssize              length,
                 VsDisplayTextFlags  flags)
{
  const char *p = text;
  const char *end;
  GString *shown;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (text == NULL)
    return g_strdup ("");

  /* Up to one character past the limit, to know whether it is cut. */
  if (length < 0)
    length = strnlen (text, 4 * (VS_DISPLAY_TEXT_MAX_CHARS + 1));

  end = text + length;
  shown = g_string_sized_new (MIN ((gsize)length, 4 * VS_DISPLAY_TEXT_MAX_CHARS) + 4);

  for (guint n_chars = 0; p < end; n_chars++)
    {
      if (n_chars == VS_DISPLAY_TEXT_MAX_CHARS)
        {
          g_string_append (shown, "…");
          break;
        }

      append_shown (shown, &p, end, flags);
    }

  return g_string_free (shown, FALSE);
}

/* All of @name, then cut in the middle to @max_chars characters. */
static char *
display_name (const char *name,
              guint       max_chars)
{
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  const char *end = name + strlen (name);
  const guint head = max_chars / 2;
  const guint tail = max_chars - head - 1;
  gsize head_end, tail_start;

  for (const char *p = name; p < end;)
    {
      g_array_append_val (starts, shown->len);
      append_shown (shown, &p, end, VS_DISPLAY_TEXT_DEFAULT);
    }

  if (starts->len <= max_chars)
    return g_string_free (g_steal_pointer (&shown), FALSE);

  head_end = g_array_index (starts, gsize, head);
  tail_start = g_array_index (starts, gsize, starts->len - tail);
  g_string_erase (shown, head_end, tail_start - head_end);
  g_string_insert (shown, head_end, "…");

  return g_string_free (g_steal_pointer (&shown), FALSE);
}

/**
 * vs_display_path:
 * @path: a path as the user gave it, in the file system's bytes
 *
 * vs_display_text() for a path: escaped the same way, but cut in the
 * middle, so that the file's own name stays, and only past
 * %VS_DISPLAY_PATH_MAX_CHARS characters, since folders take room.
 *
 * Returns: (transfer full): valid UTF-8 text without line breaks
 */
char *
vs_display_path (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  /* A path is at most a few kilobytes (an argument, 128 KiB): all of it is read. */
  return display_name (path, VS_DISPLAY_PATH_MAX_CHARS);
}

/**
 * vs_display_file_name:
 * @file: a file
 *
 * How a message names @file: its base name, escaped as by
 * vs_display_text() and cut in the middle past %VS_DISPLAY_TEXT_MAX_CHARS
 * characters (or, for a URI that GIO cannot take apart, the URI as given,
 * as by vs_display_path()). No I/O: the file may be remote, or gone.
 *
 * Returns: (transfer full): the name, one short line of valid UTF-8
 */
char *
vs_display_file_name (GFile *file)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  if (name == NULL)
    {
      g_autofree char *parse_name = g_file_get_parse_name (file);

      return vs_display_path (parse_name);
    }

  return display_name (name, VS_DISPLAY_TEXT_MAX_CHARS);
}
