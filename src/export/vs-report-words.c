/* vs-report-words.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vs-report-private.h"

/* Lines of plain text from the widths of its words.
 *
 * The cells of a large feature table are mostly short runs of words, and
 * the same words come back from row to row. Pango shapes and breaks the
 * whole text of every cell, and the table lays out every cell twice: to
 * count the pages, then to draw them. For a text of printable ASCII words
 * with one space between them, the widths of its words, each shaped once
 * and kept, are enough to break it into lines at its spaces. The table
 * then counts those lines and draws those lines, joined by line breaks in
 * a layout that does not wrap: what it counted and what it draws are the
 * same lines by construction, whichever thread measured them.
 *
 * ASCII keeps out what Pango does across a space or a word: bidirectional
 * text, fallback fonts, marks. Where Pango would break other than after a
 * space (after a hyphen or a slash), or not after one (before a comma, after
 * an opening parenthesis), the text is left to Pango. Otherwise the lines
 * are those Pango finds, from the same widths and the same places to break
 * (/versus/export/pdf/word-lines compares them).
 */

/* A thread keeps up to this many widths; past it, words are measured each
 * time (the same widths, only slower).
 */
#define MAX_WORDS_KEPT 65536
#define MAX_WORD_LENGTH 64
/* Longer texts are left to Pango, which the table lays out a piece at a time. */
#define MAX_TEXT_LENGTH 1024

struct _VsWordWidths
{
  VsReport *report;
  PangoLayout *layout;
  PangoLanguage *language;
  /* Per style: word → width in Pango units. */
  GHashTable *widths[N_STYLES];
  guint n_kept;
  int space[N_STYLES];
  /* The height of a line, in Pango units; 0 when not measured yet, -1 when
   * lines of the style do not stack evenly (no fast path then).
   */
  int line_height[N_STYLES];
};

VsWordWidths *
vs_word_widths_new (VsReport     *report,
                    PangoContext *context)
{
  VsWordWidths *self = g_new0 (VsWordWidths, 1);

  self->report = report;
  self->layout = pango_layout_new (context);
  self->language = pango_context_get_language (context);

  return self;
}

void
vs_word_widths_free (VsWordWidths *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < N_STYLES; i++)
    g_clear_pointer (&self->widths[i], g_hash_table_unref);
  g_object_unref (self->layout);
  g_free (self);
}

/* The logical width and height of @text in @style, in Pango units. */
static void
measure (VsWordWidths *self,
         Style         style,
         const char   *text,
         int           length,
         int          *width,
         int          *height)
{
  PangoRectangle logical;

  pango_layout_set_text (self->layout, text, length);
  pango_layout_get_extents (self->layout, NULL, &logical);
  if (width != NULL)
    *width = logical.width;
  if (height != NULL)
    *height = logical.height;
}

static void
ensure_style (VsWordWidths *self,
              Style         style)
{
  int one, two, three;

  if (self->line_height[style] != 0)
    return;

  pango_layout_set_font_description (self->layout, self->report->fonts[style]);
  measure (self, style, "Hg", -1, NULL, &one);
  measure (self, style, "Hg\nHg", -1, NULL, &two);
  measure (self, style, "Hg\nHg\nHg", -1, NULL, &three);
  measure (self, style, " ", -1, &self->space[style], NULL);

  self->line_height[style] = (one > 0 && two == 2 * one && three == 3 * one) ? one : -1;
  self->widths[style] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* The width of @word in Pango units, or -1 if Pango may break inside it
 * (after a hyphen or a slash, say).
 */
static int
word_width (VsWordWidths *self,
            Style         style,
            const char   *word,
            int           length)
{
  PangoLogAttr attrs[MAX_WORD_LENGTH + 1];
  char key[MAX_WORD_LENGTH + 1];
  gpointer value;
  int width;

  memcpy (key, word, length);
  key[length] = '\0';

  /* Kept plus two, so that no kept value is NULL. */
  if (g_hash_table_lookup_extended (self->widths[style], key, NULL, &value))
    return GPOINTER_TO_INT (value) - 2;

  pango_get_log_attrs (key, length, -1, self->language, attrs, length + 1);
  width = 0;
  for (int i = 1; i < length && width == 0; i++)
    if (attrs[i].is_line_break)
      width = -1;

  if (width == 0)
    {
      pango_layout_set_font_description (self->layout, self->report->fonts[style]);
      measure (self, style, key, length, &width, NULL);
    }

  if (self->n_kept < MAX_WORDS_KEPT)
    {
      g_hash_table_insert (self->widths[style], g_strdup (key), GINT_TO_POINTER (width + 2));
      self->n_kept++;
    }

  return width;
}

/* Whether Pango may break between two words, at the space between them:
 * the rules of the Unicode line breaking algorithm (UAX #14) that hold
 * across a space, for ASCII. No line starts with a closing bracket or
 * with , . : ; ! ? / (LB13); none ends with an opening bracket (LB14), nor
 * with a quotation mark before one (LB15).
 */
static gboolean
may_break_between (char last,
                   char first)
{
  return strchr ("})]!?,.:;/", first) == NULL && strchr ("([{", last) == NULL &&
         !(strchr ("\"'", last) != NULL && strchr ("([{", first) != NULL);
}

/**
 * vs_word_widths_break:
 * @text: the text of a cell
 * @width: the width of its lines, in points
 * @starts: (nullable): where to add the byte offset of the start of each
 *   line after the first (the space before it is not drawn)
 *
 * Breaks @text into lines at its spaces, each line holding as many words
 * as fit in @width.
 *
 * Returns: the number of lines, or 0 if @text is not plain enough (see the
 *   top of the file), or has a word wider than @width: Pango breaks it then
 */
guint
vs_word_widths_break (VsWordWidths *self,
                      Style         style,
                      const char   *text,
                      double        width,
                      GArray       *starts)
{
  int limit = (int)(width * PANGO_SCALE);
  const char *p = text;
  int line = -1;
  guint n_lines = 1;

  if (width <= 0 || *text == '\0')
    return 0;

  ensure_style (self, style);
  if (self->line_height[style] < 0)
    return 0;

  while (*p != '\0')
    {
      const char *word = p;
      int word_length;
      int word_w;

      if (p - text > MAX_TEXT_LENGTH)
        return 0;

      while (*p > ' ' && *p < 0x7f)
        p++;
      word_length = p - word;

      /* A control character, a byte past ASCII, two spaces, or a space
       * at either end.
       */
      if (word_length == 0 || word_length > MAX_WORD_LENGTH || (*p != '\0' && *p != ' ') ||
          (*p == ' ' && p[1] == '\0'))
        return 0;

      if (word > text && !may_break_between (word[-2], word[0]))
        return 0;

      word_w = word_width (self, style, word, word_length);
      if (word_w < 0 || word_w > limit)
        return 0;

      if (line < 0)
        {
          line = word_w;
        }
      else if (line + self->space[style] + word_w <= limit)
        {
          line += self->space[style] + word_w;
        }
      else
        {
          guint start = word - text;

          if (starts != NULL)
            g_array_append_val (starts, start);
          n_lines++;
          line = word_w;
        }

      if (*p == ' ')
        p++;
    }

  return n_lines;
}

/* The height of @n_lines lines of @style, in points, as Pango stacks them. */
double
vs_word_widths_height (VsWordWidths *self,
                       Style         style,
                       guint         n_lines)
{
  ensure_style (self, style);
  g_return_val_if_fail (self->line_height[style] > 0, 0);

  return (double)((gint64)self->line_height[style] * n_lines) / PANGO_SCALE;
}
