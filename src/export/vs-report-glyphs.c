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
 */

struct _VsGlyphBatch
{
  /* The font of what was added: a layout's, which lives while its lines
   * are drawn (vs_glyph_batch_flush() comes before the layout can go).
   */
  cairo_scaled_font_t *scaled_font;
  GArray *glyphs;
  GArray *clusters;
  GString *text;
};

VsGlyphBatch *
vs_glyph_batch_new (void)
{
  VsGlyphBatch *self = g_new0 (VsGlyphBatch, 1);

  self->glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  self->clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  self->text = g_string_new (NULL);

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

/* Adds the glyphs of @run, whose origin is at (@x, @y), and its text.
 * The clusters are those of pango_glyph_item_iter_next_cluster(), found
 * from the run's log clusters without counting its characters: a run from
 * left to right starts a cluster where the index of its text goes up.
 */
static void
add_run (VsGlyphBatch   *self,
         const char     *text,
         PangoGlyphItem *run,
         double          x,
         double          y)
{
  PangoGlyphString *string = run->glyphs;
  int n_glyphs = string->num_glyphs;
  guint first_glyph = self->glyphs->len;
  guint first_cluster = self->clusters->len;
  cairo_glyph_t *glyphs;
  cairo_text_cluster_t *clusters;
  cairo_text_cluster_t *cluster = NULL;
  int cluster_start = 0;
  int x_position = 0;

  /* At most a glyph and a cluster per glyph; cut to size at the end. */
  g_array_set_size (self->glyphs, first_glyph + n_glyphs);
  g_array_set_size (self->clusters, first_cluster + n_glyphs);
  glyphs = &g_array_index (self->glyphs, cairo_glyph_t, first_glyph);
  clusters = &g_array_index (self->clusters, cairo_text_cluster_t, first_cluster);

  for (int i = 0; i < n_glyphs; i++)
    {
      const PangoGlyphInfo *info = &string->glyphs[i];

      if (i == 0 || string->log_clusters[i] > string->log_clusters[i - 1])
        {
          if (cluster != NULL)
            {
              cluster->num_bytes = string->log_clusters[i] - cluster_start;
              cluster_start = string->log_clusters[i];
            }
          cluster = clusters++;
          cluster->num_bytes = 0;
          cluster->num_glyphs = 0;
        }

      if (info->glyph != PANGO_GLYPH_EMPTY)
        {
          glyphs->index = info->glyph;
          glyphs->x = x + (double)(x_position + info->geometry.x_offset) / PANGO_SCALE;
          glyphs->y = info->geometry.y_offset == 0 ?
            y : y + (double)info->geometry.y_offset / PANGO_SCALE;
          glyphs++;
          cluster->num_glyphs++;
        }
      x_position += info->geometry.width;
    }

  if (cluster != NULL)
    cluster->num_bytes = run->item->length - cluster_start;

  g_array_set_size (self->glyphs, glyphs - (cairo_glyph_t *)(gpointer)self->glyphs->data);
  g_array_set_size (self->clusters,
                    clusters - (cairo_text_cluster_t *)(gpointer)self->clusters->data);
  g_string_append_len (self->text, text + run->item->offset, run->item->length);
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
      cairo_scaled_font_t *scaled_font =
        pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));

      if (scaled_font != self->scaled_font)
        {
          vs_glyph_batch_flush (self, cr);
          self->scaled_font = scaled_font;
        }

      add_run (self, text, run, x + (double)x_offset / PANGO_SCALE, y);
      x_offset += pango_glyph_string_get_width (run->glyphs);
    }

  return TRUE;
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
      if (cairo_surface_has_show_text_glyphs (cairo_get_target (cr)))
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
}
