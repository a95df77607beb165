/* vs-report-words.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <hb.h>
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
 * then counts those lines and draws those lines: what it counted and what
 * it draws are the same lines by construction, whichever thread measured
 * them. It draws them without a layout, made of the glyphs of their words
 * (vs_word_widths_shape()), kept with their widths; or, where a word's
 * glyphs are not plain, in a layout of those lines joined by line breaks,
 * which does not wrap.
 *
 * ASCII keeps out what Pango does across a space or a word: bidirectional
 * text, fallback fonts, marks. Where Pango would break other than after a
 * space (after a hyphen or a slash), or not after one (before a comma, after
 * an opening parenthesis), the text is left to Pango. Otherwise the lines
 * are those Pango finds, from the same widths and the same places to break
 * (/versus/export/pdf/word-lines compares them).
 */

/* A thread keeps up to this many words; past it, words are measured each
 * time (the same widths, only slower), and their cells are left to Pango.
 */
#define MAX_WORDS_KEPT 65536
#define MAX_WORD_LENGTH 64
#define MAX_WORD_GLYPHS 255
/* Longer texts are left to Pango, which the table lays out a piece at a time. */
#define MAX_TEXT_LENGTH 1024
/* The most words such a text can have. */
#define MAX_WORDS ((MAX_TEXT_LENGTH + MAX_WORD_LENGTH) / 2 + 2)

/* A word shaped once: its width, and its glyphs as Pango places them from
 * the word's origin, with its text's clusters. In one block: the Word,
 * n_glyphs VsPlacedGlyphs, n_clusters clusters, and the word itself.
 */
typedef struct
{
  /* In Pango units; -1 if Pango may break inside the word. */
  int width;
  /* None when the word is not plain glyphs in the style's font (see
   * vs-report-glyphs.c): its cells are then Pango layouts.
   */
  guint8 n_glyphs;
  guint8 n_clusters;
  /* The word's length in bytes, at most MAX_WORD_LENGTH. */
  guint8 length;
  /* Whether the glyphs need their text to give it back (see
   * check_glyphs_of_chars()).
   */
  guint8 needs_text;
} Word;

#define WORD_GLYPHS(word) ((VsPlacedGlyph *)((Word *)(word) + 1))
#define WORD_CLUSTERS(word) ((cairo_text_cluster_t *)(WORD_GLYPHS (word) + (word)->n_glyphs))
#define WORD_TEXT(word) ((char *)(WORD_CLUSTERS (word) + (word)->n_clusters))

/* A word of a text being broken, and whether it starts a line. */
typedef struct
{
  const Word *word;
  gboolean starts_line;
} FoundWord;

struct _VsWordWidths
{
  VsReport *report;
  PangoLayout *layout;
  PangoLanguage *language;
  /* Per style: word → Word. */
  GHashTable *words[N_STYLES];
  guint n_kept;
  /* The last word measured and not kept. */
  Word *scratch;
  Word *space[N_STYLES];
  /* The font of the style's plain words. */
  cairo_scaled_font_t *scaled_font[N_STYLES];
  /* The height of a line, in Pango units; 0 when not measured yet, -1 when
   * lines of the style do not stack evenly (no fast path then).
   */
  int line_height[N_STYLES];
  /* From the top of a line to its baseline, in Pango units. */
  int baseline[N_STYLES];
  /* Per style: whether the ASCII glyphs were checked, the glyph of each
   * character, and whether it is the glyph of that character alone.
   */
  gboolean checked[N_STYLES];
  guint char_glyph[N_STYLES][128];
  gboolean glyph_of_char_alone[N_STYLES][128];
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
    {
      g_clear_pointer (&self->words[i], g_hash_table_unref);
      g_free (self->space[i]);
    }
  g_free (self->scratch);
  g_object_unref (self->layout);
  g_free (self);
}

/* The logical height of @text in @style, in Pango units. */
static int
measure_height (VsWordWidths *self,
                const char   *text)
{
  PangoRectangle logical;

  pango_layout_set_text (self->layout, text, -1);
  pango_layout_get_extents (self->layout, NULL, &logical);

  return logical.height;
}

/* Finds which printable ASCII characters have a glyph of their own in
 * @font, the font of @style's words. A PDF gives the text of a glyph once
 * for the whole document: cairo takes it from the text drawn with the
 * glyph the first time, or, drawn without text, from the font (the first
 * character that the font maps to the glyph). A word whose glyphs are
 * those of its characters, each the glyph of that character alone, has
 * the same text either way, and is drawn without it (cairo_show_glyphs()
 * does less than cairo_show_text_glyphs(): 3% of a long table).
 */
static void
check_glyphs_of_chars (VsWordWidths *self,
                       Style         style,
                       PangoFont    *font)
{
  hb_font_t *hb_font = pango_font_get_hb_font (font);
  hb_set_t *chars = hb_set_create ();
  hb_codepoint_t u = HB_SET_VALUE_INVALID;
  guint *char_glyph = self->char_glyph[style];
  gboolean *alone = self->glyph_of_char_alone[style];

  self->checked[style] = TRUE;
  if (hb_font == NULL)
    return;

  for (guint c = ' '; c < 0x7f; c++)
    {
      hb_codepoint_t glyph = 0;

      alone[c] = hb_font_get_nominal_glyph (hb_font, c, &glyph) && glyph != 0;
      char_glyph[c] = glyph;
    }

  hb_face_collect_unicodes (hb_font_get_face (hb_font), chars);
  while (hb_set_next (chars, &u))
    {
      hb_codepoint_t glyph;

      if (!hb_font_get_nominal_glyph (hb_font, u, &glyph))
        continue;
      for (guint c = ' '; c < 0x7f; c++)
        if (u != c && char_glyph[c] == glyph)
          alone[c] = FALSE;
    }
  hb_set_destroy (chars);
}

/* Whether @word, of @length characters, is drawn in glyphs that give its
 * text back without it (see check_glyphs_of_chars()).
 */
static gboolean
needs_text (VsWordWidths               *self,
            Style                       style,
            const char                 *key,
            int                         length,
            const VsPlacedGlyph        *glyphs,
            guint                       n_glyphs,
            const cairo_text_cluster_t *clusters,
            guint                       n_clusters)
{
  if (n_glyphs != (guint)length || n_clusters != (guint)length)
    return TRUE;

  for (int i = 0; i < length; i++)
    {
      guchar c = key[i];

      if (clusters[i].num_bytes != 1 || clusters[i].num_glyphs != 1 || c < ' ' || c >= 0x7f ||
          !self->glyph_of_char_alone[style][c] || glyphs[i].index != self->char_glyph[style][c])
        return TRUE;
    }

  return FALSE;
}

/* Shapes @key, of @length bytes, in @style: the width of its logical
 * extents and, when Pango draws it as one plain run in the style's font,
 * its glyphs.
 */
static Word *
shape_word (VsWordWidths *self,
            Style         style,
            const char   *key,
            int           length,
            gboolean      breaks_inside)
{
  VsPlacedGlyph glyphs[MAX_WORD_GLYPHS];
  cairo_text_cluster_t clusters[MAX_WORD_GLYPHS];
  guint n_glyphs = 0;
  guint n_clusters = 0;
  int width = -1;
  Word *word;

  if (!breaks_inside)
    {
      PangoLayoutLine *line;
      PangoRectangle logical;

      pango_layout_set_font_description (self->layout, self->report->fonts[style]);
      pango_layout_set_text (self->layout, key, length);
      pango_layout_get_extents (self->layout, NULL, &logical);
      width = logical.width;

      line = pango_layout_get_line_readonly (self->layout, 0);
      if (pango_layout_get_line_count (self->layout) == 1 && line->runs != NULL &&
          line->runs->next == NULL)
        {
          PangoGlyphItem *run = line->runs->data;
          cairo_scaled_font_t *scaled_font = NULL;

          if (run->glyphs->num_glyphs > MAX_WORD_GLYPHS ||
              pango_glyph_string_get_width (run->glyphs) != width ||
              !vs_glyph_run_place (run, &scaled_font, glyphs, &n_glyphs, clusters, &n_clusters) ||
              (self->scaled_font[style] != NULL && scaled_font != self->scaled_font[style]))
            n_glyphs = n_clusters = 0;
          else if (self->scaled_font[style] == NULL)
            self->scaled_font[style] = scaled_font;

          if (n_glyphs > 0 && !self->checked[style])
            check_glyphs_of_chars (self, style, run->item->analysis.font);
        }
    }

  word = g_malloc (sizeof (Word) + n_glyphs * sizeof (VsPlacedGlyph) +
                   n_clusters * sizeof (cairo_text_cluster_t) + length + 1);
  word->width = width;
  word->n_glyphs = n_glyphs;
  word->n_clusters = n_clusters;
  word->length = length;
  word->needs_text = n_glyphs == 0 ||
                     needs_text (self, style, key, length, glyphs, n_glyphs, clusters, n_clusters);
  memcpy (WORD_GLYPHS (word), glyphs, n_glyphs * sizeof (VsPlacedGlyph));
  memcpy (WORD_CLUSTERS (word), clusters, n_clusters * sizeof (cairo_text_cluster_t));
  memcpy (WORD_TEXT (word), key, length);
  WORD_TEXT (word)[length] = '\0';

  return word;
}

static void
ensure_style (VsWordWidths *self,
              Style         style)
{
  int one, two, three;

  if (self->line_height[style] != 0)
    return;

  pango_layout_set_font_description (self->layout, self->report->fonts[style]);
  one = measure_height (self, "Hg");
  self->baseline[style] = pango_layout_get_baseline (self->layout);
  two = measure_height (self, "Hg\nHg");
  three = measure_height (self, "Hg\nHg\nHg");
  /* The space sets the font of the style's words. */
  self->space[style] = shape_word (self, style, " ", 1, FALSE);

  self->line_height[style] = (one > 0 && two == 2 * one && three == 3 * one) ? one : -1;
  self->words[style] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
}

/* The word @word of @length bytes in @style, shaped; @kept says whether
 * it stays (else it lives until the next word not kept).
 */
static const Word *
find_word (VsWordWidths *self,
           Style         style,
           const char   *text,
           int           length,
           gboolean     *kept)
{
  PangoLogAttr attrs[MAX_WORD_LENGTH + 1];
  char key[MAX_WORD_LENGTH + 1];
  gboolean breaks_inside = FALSE;
  Word *word;

  memcpy (key, text, length);
  key[length] = '\0';

  word = g_hash_table_lookup (self->words[style], key);
  *kept = word != NULL;
  if (word != NULL)
    return word;

  pango_get_log_attrs (key, length, -1, self->language, attrs, length + 1);
  for (int i = 1; i < length && !breaks_inside; i++)
    breaks_inside = attrs[i].is_line_break;

  word = shape_word (self, style, key, length, breaks_inside);
  if (self->n_kept < MAX_WORDS_KEPT)
    {
      g_hash_table_insert (self->words[style], WORD_TEXT (word), word);
      self->n_kept++;
      *kept = TRUE;
    }
  else
    {
      g_free (self->scratch);
      self->scratch = word;
    }

  return word;
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

/* Breaks @text as vs_word_widths_break() does. With @found, stores each
 * word there, and fails (returns 0) on a word not kept.
 */
static guint
break_text (VsWordWidths *self,
            Style         style,
            const char   *text,
            double        width,
            GArray       *starts,
            FoundWord    *found,
            guint        *n_found)
{
  int limit = (int)(width * PANGO_SCALE);
  const char *p = text;
  int line = -1;
  guint n_lines = 1;
  guint n_words = 0;

  if (width <= 0 || *text == '\0')
    return 0;

  ensure_style (self, style);
  if (self->line_height[style] < 0)
    return 0;

  while (*p != '\0')
    {
      const char *start = p;
      const Word *word;
      int word_length;
      gboolean kept;
      gboolean starts_line = FALSE;

      if (p - text > MAX_TEXT_LENGTH)
        return 0;

      while (*p > ' ' && *p < 0x7f)
        p++;
      word_length = p - start;

      /* A control character, a byte past ASCII, two spaces, or a space
       * at either end.
       */
      if (word_length == 0 || word_length > MAX_WORD_LENGTH || (*p != '\0' && *p != ' ') ||
          (*p == ' ' && p[1] == '\0'))
        return 0;

      if (start > text && !may_break_between (start[-2], start[0]))
        return 0;

      word = find_word (self, style, start, word_length, &kept);
      if (word->width < 0 || word->width > limit)
        return 0;

      if (line < 0)
        {
          line = word->width;
          starts_line = TRUE;
        }
      else if (line + self->space[style]->width + word->width <= limit)
        {
          line += self->space[style]->width + word->width;
        }
      else
        {
          guint line_start = start - text;

          if (starts != NULL)
            g_array_append_val (starts, line_start);
          n_lines++;
          line = word->width;
          starts_line = TRUE;
        }

      if (found != NULL)
        {
          g_assert (n_words < MAX_WORDS);
          if (!kept || word->n_glyphs == 0)
            return 0;
          found[n_words++] = (FoundWord) { word, starts_line };
        }

      if (*p == ' ')
        p++;
    }

  if (n_found != NULL)
    *n_found = n_words;

  return n_lines;
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
  return break_text (self, style, text, width, starts, NULL, NULL);
}

/* Adds @word's glyphs, clusters and text to @line of @lines, @x Pango
 * units from the line's origin.
 */
static void
add_word (VsGlyphLines *lines,
          VsGlyphLine  *line,
          const Word   *word,
          int           x)
{
  const VsPlacedGlyph *glyphs = WORD_GLYPHS (word);
  VsPlacedGlyph *to = &lines->glyphs[line->first_glyph + line->n_glyphs];

  for (guint i = 0; i < word->n_glyphs; i++)
    to[i] = (VsPlacedGlyph) { glyphs[i].index, x + glyphs[i].x, glyphs[i].y };
  memcpy (&lines->clusters[line->first_cluster + line->n_clusters], WORD_CLUSTERS (word),
          word->n_clusters * sizeof (cairo_text_cluster_t));
  memcpy (&lines->text[line->text_start + line->text_length], WORD_TEXT (word), word->length);

  line->n_glyphs += word->n_glyphs;
  line->n_clusters += word->n_clusters;
  line->text_length += word->length;
}

/**
 * vs_word_widths_shape:
 * @text: the text of a cell
 * @width: the width of its lines, in points
 *
 * Breaks @text into lines as vs_word_widths_break() does, and makes the
 * glyphs of those lines from those of their words, shaped once: the
 * glyphs that Pango puts in a layout of these lines (its shaping does not
 * reach across a space in the fonts of the table, whose words add up to
 * the width of their line; /versus/export/pdf/shaped-cells compares them).
 *
 * Returns: (transfer full) (nullable): the lines, or %NULL if @text is
 *   not plain enough, or has a word that is not plain glyphs or not kept
 */
VsGlyphLines *
vs_word_widths_shape (VsWordWidths *self,
                      Style         style,
                      const char   *text,
                      double        width)
{
  FoundWord found[MAX_WORDS];
  const Word *space;
  VsGlyphLines *lines;
  VsGlyphLine *line = NULL;
  guint n_words = 0;
  guint n_glyphs = 0;
  guint n_clusters = 0;
  guint n_lines;
  gsize text_length = 0;
  guint l = 0;
  int x = 0;

  n_lines = break_text (self, style, text, width, NULL, found, &n_words);
  space = self->space[style];
  if (n_lines == 0 || space == NULL || space->n_glyphs == 0)
    return NULL;

  for (guint i = 0; i < n_words; i++)
    {
      n_glyphs += found[i].word->n_glyphs;
      n_clusters += found[i].word->n_clusters;
      text_length += found[i].word->length;
      if (!found[i].starts_line)
        {
          n_glyphs += space->n_glyphs;
          n_clusters += space->n_clusters;
          text_length++;
        }
    }

  lines = vs_glyph_lines_new (self->scaled_font[style], self->line_height[style],
                              self->baseline[style], n_lines, n_glyphs, n_clusters, text_length);
  lines->needs_text = n_words > n_lines && space->needs_text;
  for (guint i = 0; i < n_words; i++)
    lines->needs_text |= found[i].word->needs_text;
  for (guint i = 0; i < n_words; i++)
    {
      if (found[i].starts_line)
        {
          guint first_glyph = line != NULL ? line->first_glyph + line->n_glyphs : 0;
          guint first_cluster = line != NULL ? line->first_cluster + line->n_clusters : 0;
          guint text_start = line != NULL ? line->text_start + line->text_length : 0;

          line = &lines->lines[l++];
          *line = (VsGlyphLine) { first_glyph, 0, first_cluster, 0, text_start, 0 };
          x = 0;
        }
      else
        {
          add_word (lines, line, space, x);
          x += space->width;
        }

      add_word (lines, line, found[i].word, x);
      x += found[i].word->width;
    }
  g_assert (l == n_lines);

  return lines;
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
