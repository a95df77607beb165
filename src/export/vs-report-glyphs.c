/* vs-report-glyphs.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-report-private.h"

/* The lines of a text, drawn with one call to cairo.
 *
 * pango_cairo_show_layout_line() draws each run of each line with a call
 * of its own, and in a PDF each call of cairo costs much more than its
 * glyphs: it is recorded, then replayed twice at the end of the page (to
 * analyse the page, then to write it). A cell of the feature table is a
 * few lines in one font and one colour, so the lines are gathered here
 * and drawn with one cairo_show_text_glyphs() call (for a long table,
 * drawing the pages and writing them take 9% fewer instructions). The
 * glyphs go where Pango puts them, computed as Pango's cairo renderer
 * computes them, and the text goes with them as Pango gives it (the PDF's
 * text is the same).
 *
 * Only what that renderer would draw as plain glyphs is gathered: runs
 * from left to right, without attributes that draw (colours, underlines,
 * shapes), offsets or missing glyphs (drawn as boxes). Any other line is
 * for pango_cairo_show_layout_line().
 *
 * The lines of the table's cells of plain words come already placed, made
 * of the glyphs of their words without a layout (VsGlyphLines, see
 * vs_word_widths_shape()), and are gathered the same way.
 */

struct _VsGlyphBatch
{
  /* The font of what was added: a layout's, which lives while its lines
   * are drawn (vs_glyph_batch_flush() comes before the layout can go), or
   * that of glyph lines, which keep it.
   */
  cairo_scaled_font_t *scaled_font;
  GArray *glyphs;
  GArray *clusters;
  GString *text;
  /* Whether the text must be drawn with the glyphs. */
  gboolean needs_text;
  /* A run's glyphs, placed before they are added. */
  GArray *placed;
};

VsGlyphBatch *
vs_glyph_batch_new (void)
{
  VsGlyphBatch *self = g_new0 (VsGlyphBatch, 1);

  self->glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  self->clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  self->text = g_string_new (NULL);
  self->placed = g_array_new (FALSE, FALSE, sizeof (VsPlacedGlyph));

  return self;
}

void
vs_glyph_batch_free (VsGlyphBatch *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->glyphs);
  g_array_unref (self->clusters);
  g_string_free (self->text, TRUE);
  g_array_unref (self->placed);
  g_free (self);
}

static gboolean
is_plain_run (PangoGlyphItem *run)
{
  PangoItem *item = run->item;
  cairo_scaled_font_t *scaled_font;

  if (run->glyphs->num_glyphs == 0 || (item->analysis.level & 1) != 0 ||
      (item->analysis.flags & PANGO_ANALYSIS_FLAG_CENTERED_BASELINE) != 0 ||
      run->y_offset != 0 || run->start_x_offset != 0 || run->end_x_offset != 0)
    return FALSE;

  /* The report's layouts forbid hyphens; nothing else may change how
   * the run is drawn.
   */
  for (GSList *l = item->analysis.extra_attrs; l != NULL; l = l->next)
    if (((PangoAttribute *)l->data)->klass->type != PANGO_ATTR_INSERT_HYPHENS)
      return FALSE;

  if (!PANGO_IS_CAIRO_FONT (item->analysis.font))
    return FALSE;
  scaled_font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (item->analysis.font));
  if (scaled_font == NULL || cairo_scaled_font_status (scaled_font) != CAIRO_STATUS_SUCCESS)
    return FALSE;

  for (int i = 0; i < run->glyphs->num_glyphs; i++)
    if ((run->glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0)
      return FALSE;

  return TRUE;
}

/**
 * vs_glyph_run_place:
 * @run: a run of a line laid out by Pango
 * @scaled_font: (out): where to store the run's font, which lives as long
 *   as the run's font does
 * @glyphs: where to store the glyphs, room for as many as @run has
 * @n_glyphs: (out): how many there are
 * @clusters: where to store the clusters, room for as many as @run has glyphs
 * @n_clusters: (out): how many there are
 *
 * Places the glyphs of @run from its origin as Pango's cairo renderer
 * places them. The clusters are those of pango_glyph_item_iter_next_cluster(),
 * found from the run's log clusters without counting its characters: a
 * run from left to right starts a cluster where the index of its text
 * goes up.
 *
 * Returns: %FALSE, having stored nothing, if @run is not plain glyphs
 *   (see the top of the file)
 */
gboolean
vs_glyph_run_place (PangoGlyphItem        *run,
                    cairo_scaled_font_t  **scaled_font,
                    VsPlacedGlyph         *glyphs,
                    guint                 *n_glyphs,
                    cairo_text_cluster_t  *clusters,
                    guint                 *n_clusters)
{
  PangoGlyphString *string = run->glyphs;
  cairo_text_cluster_t *cluster = NULL;
  int cluster_start = 0;
  int x_position = 0;
  guint g = 0;
  guint c = 0;

  if (!is_plain_run (run))
    return FALSE;

  for (int i = 0; i < string->num_glyphs; i++)
    {
      const PangoGlyphInfo *info = &string->glyphs[i];

      if (i == 0 || string->log_clusters[i] > string->log_clusters[i - 1])
        {
          if (cluster != NULL)
            {
              cluster->num_bytes = string->log_clusters[i] - cluster_start;
              cluster_start = string->log_clusters[i];
            }
          cluster = &clusters[c++];
          cluster->num_bytes = 0;
          cluster->num_glyphs = 0;
        }

      if (info->glyph != PANGO_GLYPH_EMPTY)
        {
          glyphs[g++] = (VsPlacedGlyph) { info->glyph, x_position + info->geometry.x_offset,
                                          info->geometry.y_offset };
          cluster->num_glyphs++;
        }
      x_position += info->geometry.width;
    }

  if (cluster != NULL)
    cluster->num_bytes = run->item->length - cluster_start;

  *scaled_font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
  *n_glyphs = g;
  *n_clusters = c;

  return TRUE;
}

/* Draws in @scaled_font from now on. */
static void
use_font (VsGlyphBatch        *self,
          cairo_t             *cr,
          cairo_scaled_font_t *scaled_font)
{
  if (scaled_font != self->scaled_font)
    {
      vs_glyph_batch_flush (self, cr);
      self->scaled_font = scaled_font;
    }
}

/* Adds glyphs placed from (@x, @y), the clusters they are already in, and
 * their text.
 */
static void
add_placed (VsGlyphBatch        *self,
            double               x,
            double               y,
            const VsPlacedGlyph *placed,
            guint                n_glyphs,
            const char          *text,
            gsize                length)
{
  guint first = self->glyphs->len;
  cairo_glyph_t *glyphs;

  g_array_set_size (self->glyphs, first + n_glyphs);
  glyphs = &g_array_index (self->glyphs, cairo_glyph_t, first);
  for (guint i = 0; i < n_glyphs; i++)
    {
      glyphs[i].index = placed[i].index;
      glyphs[i].x = x + (double)placed[i].x / PANGO_SCALE;
      glyphs[i].y = placed[i].y == 0 ? y : y + (double)placed[i].y / PANGO_SCALE;
    }
  g_string_append_len (self->text, text, length);
}

/**
 * vs_glyph_batch_add_line:
 *
 * Adds @line, with its origin at the current point of @cr, to what
 * vs_glyph_batch_flush() draws.
 *
 * Returns: %FALSE, having added nothing, when @line is not plain glyphs
 */
gboolean
vs_glyph_batch_add_line (VsGlyphBatch    *self,
                         cairo_t         *cr,
                         PangoLayoutLine *line)
{
  const char *text = pango_layout_get_text (line->layout);
  double x, y;
  int x_offset = 0;

  for (GSList *l = line->runs; l != NULL; l = l->next)
    if (!is_plain_run (l->data))
      return FALSE;

  /* Pango's renderer starts from the current point too: the same
   * coordinates, rounded by cairo's path as they are for Pango.
   */
  cairo_get_current_point (cr, &x, &y);

  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;
      guint n_glyphs = run->glyphs->num_glyphs;
      guint first_cluster;
      cairo_scaled_font_t *scaled_font;
      guint n_clusters = 0;
      G_GNUC_UNUSED gboolean plain;

      use_font (self, cr, pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font)));
      self->needs_text = TRUE;

      first_cluster = self->clusters->len;
      g_array_set_size (self->placed, n_glyphs);
      g_array_set_size (self->clusters, first_cluster + n_glyphs);
      plain = vs_glyph_run_place (run, &scaled_font, (VsPlacedGlyph *)(gpointer)self->placed->data,
                                  &n_glyphs,
                                  &g_array_index (self->clusters, cairo_text_cluster_t, first_cluster),
                                  &n_clusters);
      g_assert (plain);
      g_array_set_size (self->clusters, first_cluster + n_clusters);

      add_placed (self, x + (double)x_offset / PANGO_SCALE, y,
                  (VsPlacedGlyph *)(gpointer)self->placed->data, n_glyphs,
                  text + run->item->offset, run->item->length);
      x_offset += pango_glyph_string_get_width (run->glyphs);
    }

  return TRUE;
}

/**
 * vs_glyph_batch_add_glyph_line:
 *
 * Adds line @line of @lines, with its origin at the current point of @cr,
 * to what vs_glyph_batch_flush() draws.
 */
void
vs_glyph_batch_add_glyph_line (VsGlyphBatch *self,
                               cairo_t      *cr,
                               VsGlyphLines *lines,
                               guint         line)
{
  const VsGlyphLine *glyph_line = &lines->lines[line];
  double x, y;

  use_font (self, cr, lines->scaled_font);

  /* As for Pango's lines above. */
  cairo_get_current_point (cr, &x, &y);
  self->needs_text |= lines->needs_text;
  g_array_append_vals (self->clusters, &lines->clusters[glyph_line->first_cluster],
                       glyph_line->n_clusters);
  add_placed (self, x, y, &lines->glyphs[glyph_line->first_glyph], glyph_line->n_glyphs,
              &lines->text[glyph_line->text_start], glyph_line->text_length);
}

/* Draws what was added, in the current source of @cr. */
void
vs_glyph_batch_flush (VsGlyphBatch *self,
                      cairo_t      *cr)
{
  if (self->glyphs->len > 0 || self->text->len > 0)
    {
      cairo_save (cr);
      cairo_set_scaled_font (cr, self->scaled_font);
      if (self->needs_text && cairo_surface_has_show_text_glyphs (cairo_get_target (cr)))
        cairo_show_text_glyphs (cr, self->text->str, self->text->len,
                                (cairo_glyph_t *)(gpointer)self->glyphs->data, self->glyphs->len,
                                (cairo_text_cluster_t *)(gpointer)self->clusters->data,
                                self->clusters->len, 0);
      else
        cairo_show_glyphs (cr, (cairo_glyph_t *)(gpointer)self->glyphs->data, self->glyphs->len);
      cairo_restore (cr);
    }

  g_array_set_size (self->glyphs, 0);
  g_array_set_size (self->clusters, 0);
  g_string_truncate (self->text, 0);
  self->scaled_font = NULL;
  self->needs_text = FALSE;
}

/* ------------------------------------------------------------------------ */
/* Glyph lines                                                               */
/* ------------------------------------------------------------------------ */

/**
 * vs_glyph_lines_new:
 * @scaled_font: the font of all the glyphs
 * @line_height: from the top of a line to the next, in Pango units
 * @baseline: from the top of a line to its baseline, in Pango units
 *
 * Makes lines with room for @n_lines lines, @n_glyphs glyphs, @n_clusters
 * clusters and @text_length bytes of text, all in one block, for the
 * caller to fill.
 */
VsGlyphLines *
vs_glyph_lines_new (cairo_scaled_font_t *scaled_font,
                    int                  line_height,
                    int                  baseline,
                    guint                n_lines,
                    guint                n_glyphs,
                    guint                n_clusters,
                    gsize                text_length)
{
  gsize size = sizeof (VsGlyphLines) + n_lines * sizeof (VsGlyphLine) +
               n_glyphs * sizeof (VsPlacedGlyph) + n_clusters * sizeof (cairo_text_cluster_t) +
               text_length + 1;
  VsGlyphLines *self = g_malloc (size);

  g_atomic_ref_count_init (&self->ref_count);
  self->scaled_font = cairo_scaled_font_reference (scaled_font);
  self->line_height = line_height;
  self->baseline = baseline;
  self->n_lines = n_lines;
  self->lines = (VsGlyphLine *)(self + 1);
  self->glyphs = (VsPlacedGlyph *)(self->lines + n_lines);
  self->clusters = (cairo_text_cluster_t *)(self->glyphs + n_glyphs);
  self->text = (char *)(self->clusters + n_clusters);
  self->text[text_length] = '\0';

  return self;
}

VsGlyphLines *
vs_glyph_lines_ref (VsGlyphLines *self)
{
  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
vs_glyph_lines_unref (VsGlyphLines *self)
{
  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      cairo_scaled_font_destroy (self->scaled_font);
      g_free (self);
    }
}

/* The top of line @line (or the bottom of the last one, for n_lines), in
 * points from the top of the first, as vs_report_layout_line_tops() gives
 * it for a layout of the same lines.
 */
double
vs_glyph_lines_top (VsGlyphLines *self,
                    guint         line)
{
  return (double)((gint64)self->line_height * line) / PANGO_SCALE;
}
