/* vs-report-flow.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "vs-format.h"
#include "vs-report-private.h"
#include "vs-subject.h"

/* The layout and tagging engine of the report: the flow of content down
 * the pages, recorded as operations (see vs-report.c), the Pango helpers
 * that measure text, and the drawing of a page's operations.
 */

/* Where drawing stopped in a layout whose lines go on on the next page. */
typedef struct
{
  PangoLayout *layout;
  PangoLayoutIter *iter;
  guint line;
} Cursor;

/* More layouts split between pages than this at a time (a table row split
 * between pages has one per column) and the cursors start again.
 */
#define MAX_CURSORS 64

/* ------------------------------------------------------------------------ */
/* Helpers: colours and text                                                 */
/* ------------------------------------------------------------------------ */

Rgb
vs_report_subject_text_color (VsReport  *self,
                              VsSubject *subject)
{
  return self->subject_text[vs_subject_get_index (subject)];
}

Rgb
vs_report_subject_fill_color (VsReport  *self,
                              VsSubject *subject)
{
  return self->subject_fill[vs_subject_get_index (subject)];
}

PangoAttribute *
vs_report_foreground_attribute (const Rgb *color,
                                guint      start,
                                guint      end)
{
  PangoAttribute *attribute = pango_attr_foreground_new (color->red * 65535,
                                                         color->green * 65535,
                                                         color->blue * 65535);

  attribute->start_index = start;
  attribute->end_index = end;

  return attribute;
}

PangoAttribute *
vs_report_bold_attribute (guint start,
                          guint end)
{
  PangoAttribute *attribute = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

  attribute->start_index = start;
  attribute->end_index = end;

  return attribute;
}

/* A score as the window writes it: “4” or “4.3” (vs-format.c). */
char *
vs_report_format_score (double score)
{
  return vs_format_score (score);
}

/* The `uri='…'` attribute of a link. cairo 1.16 writes the URI into a PDF
 * string as it is, so everything that is not plain printable ASCII, and the
 * characters that PDF strings and tag attributes treat specially, are
 * percent-encoded.
 */
static char *
link_attributes (const char *url)
{
  GString *attributes = g_string_new ("uri='");

  for (const guchar *p = (const guchar *)url; *p != '\0'; p++)
    {
      if (*p <= 0x20 || *p >= 0x7f || strchr ("\"'()<>\\{}|^`", *p) != NULL)
        g_string_append_printf (attributes, "%%%02X", *p);
      else
        g_string_append_c (attributes, *p);
    }
  g_string_append_c (attributes, '\'');

  return g_string_free (attributes, FALSE);
}

static gboolean
is_web_url (const char *url)
{
  return url != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"));
}

/* ------------------------------------------------------------------------ */
/* Helpers: operations                                                       */
/* ------------------------------------------------------------------------ */

static void
op_free (gpointer data)
{
  Op *op = data;

  g_clear_object (&op->layout);
  g_clear_pointer (&op->glyph_lines, vs_glyph_lines_unref);
  g_free (op->name);
  g_free (op->attributes);
  g_free (op);
}

void
vs_report_open_tag_free (gpointer data)
{
  OpenTag *tag = data;

  g_free (tag->attributes);
  g_free (tag);
}

/* See vs-report-private.h. */
PangoLayout *
vs_report_make_layout_in_context (VsReport     *self,
                                  PangoContext *context,
                                  Style         style,
                                  const char   *text,
                                  gssize        length,
                                  double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

  pango_layout_set_font_description (layout, self->fonts[style]);
  if (width > 0)
    pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* A word broken at the end of a line gets no hyphen: it may be a URL or
   * an identifier, and extracted text stays the text of the dataset.
   */
  pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attributes);
  /* Plain text, never markup: “<b>” and “&” are shown as they are. */
  pango_layout_set_text (layout, text, length);

  return layout;
}

PangoLayout *
vs_report_make_layout_sized (VsReport   *self,
                             Style       style,
                             const char *text,
                             gssize      length,
                             double      width)
{
  return vs_report_make_layout_in_context (self, self->context, style, text, length, width);
}

PangoLayout *
vs_report_make_layout (VsReport   *self,
                       Style       style,
                       const char *text,
                       double      width)
{
  return vs_report_make_layout_sized (self, style, text, -1, width);
}

/* Lays out the start of @text, @length bytes, as vs_report_make_layout() does: all of
 * it when it is short (or not wrapped), or else about MAX_PIECE bytes, of
 * which only the lines before the last two count, since what follows the
 * cut may change those. *@n_lines is set to the lines that count, *@used to
 * the bytes they hold; the next piece starts there.
 */
PangoLayout *
vs_report_make_piece (VsReport   *self,
                      Style       style,
                      const char *text,
                      gsize       length,
                      double      width,
                      guint      *n_lines,
                      gsize      *used)
{
  return vs_report_make_piece_in_context (self, self->context, style, text, length, width,
                                          n_lines, used);
}

/* See vs-report-private.h. */
PangoLayout *
vs_report_make_piece_in_context (VsReport     *self,
                                 PangoContext *context,
                                 Style         style,
                                 const char   *text,
                                 gsize         length,
                                 double        width,
                                 guint        *n_lines,
                                 gsize        *used)
{
  PangoLayout *layout;
  gsize end = length;

  if (length > MAX_PIECE && width > 0)
    {
      end = MAX_PIECE;
      while (end > 0 && (text[end] & 0xc0) == 0x80)
        end--;
    }

  layout = vs_report_make_layout_in_context (self, context, style, text, end, width);
  *n_lines = pango_layout_get_line_count (layout);
  *used = end;

  if (end < length && *n_lines > 2)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, *n_lines - 2);

      if (line->start_index > 0)
        {
          *n_lines -= 2;
          *used = line->start_index;
        }
    }

  return layout;
}

/* Names next to a colour swatch, and header cells, line up with the
 * document whatever their script; paragraphs and cells of text in a
 * right-to-left script are aligned to the right.
 */
void
vs_report_align_with_document (PangoLayout *layout)
{
  pango_layout_set_auto_dir (layout, FALSE);
}

/* Adds @attribute to @layout's attributes. */
void
vs_report_layout_add_attribute (PangoLayout    *layout,
                                PangoAttribute *attribute)
{
  PangoAttrList *attributes = pango_layout_get_attributes (layout);

  pango_attr_list_insert (attributes, attribute);
  pango_layout_set_attributes (layout, attributes);
}

/* The top of each line of @layout, in points, and then the layout's height. */
GArray *
vs_report_layout_line_tops (PangoLayout *layout)
{
  GArray *tops = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle logical;
  double height;

  do
    {
      double top;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double)logical.y / PANGO_SCALE;
      g_array_append_val (tops, top);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  pango_layout_get_extents (layout, NULL, &logical);
  height = (double)(logical.y + logical.height) / PANGO_SCALE;
  g_array_append_val (tops, height);

  return tops;
}

double
vs_report_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return (double)height / PANGO_SCALE;
}

double
vs_report_layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);

  return (double)width / PANGO_SCALE;
}

double
vs_report_first_line_height (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle logical;

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_iter_free (iter);

  return (double)logical.height / PANGO_SCALE;
}

Op *
flow_add (Flow   *flow,
          OpKind  kind)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  g_ptr_array_add (flow->ops, op);

  return op;
}

static void
flow_add_tag (Flow       *flow,
              OpKind      kind,
              const char *name,
              const char *attributes)
{
  Op *op = flow_add (flow, kind);

  op->tag = name;
  op->attributes = g_strdup (attributes);
}

/* Opens the structure tag @name, a static string, until flow_end(). */
void
flow_begin (Flow       *flow,
            const char *name,
            const char *attributes)
{
  OpenTag *tag = g_new0 (OpenTag, 1);

  tag->name = name;
  tag->attributes = g_strdup (attributes);
  g_ptr_array_add (flow->open, tag);
  flow_add_tag (flow, OP_TAG_BEGIN, name, attributes);
}

void
flow_end (Flow *flow)
{
  OpenTag *tag;

  g_assert (flow->open->len > 0);

  tag = g_ptr_array_steal_index (flow->open, flow->open->len - 1);
  flow_add_tag (flow, OP_TAG_END, tag->name, NULL);
  vs_report_open_tag_free (tag);
}

/* Whether the report being drawn is no longer wanted: the rest of the
 * longest parts is then skipped.
 */
gboolean
flow_cancelled (Flow *flow)
{
  return g_cancellable_is_cancelled (flow->cancellable);
}

/* When streaming, the page is complete: it gets its footer, is drawn (once
 * the pages are counted) and freed.
 */
void
flow_end_page (Flow *flow)
{
  guint page_nr = flow->n_pages - 1;

  g_assert (flow->streaming);

  if (flow->cr != NULL && !flow_cancelled (flow))
    {
      g_assert (page_nr < flow->total_pages);

      vs_report_add_footer (flow->report, flow, page_nr, flow->total_pages);
      cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (flow->cr));

      vs_report_draw_ops (flow->report, flow->cr, flow->ops, page_nr, flow->total_pages,
                          type == CAIRO_SURFACE_TYPE_PDF);
      cairo_show_page (flow->cr);
    }

  if (flow->release_ops != NULL && flow->ops != NULL)
    flow->release_ops (g_steal_pointer (&flow->ops), flow->release_data);
  else
    g_clear_pointer (&flow->ops, g_ptr_array_unref);
}

/* Starts a page. The structure tags that are open end on the page before
 * and open again on the new one, so that every page is balanced and the
 * footer stays out of the content.
 */
void
flow_new_page (Flow *flow)
{
  if (flow->ops != NULL)
    {
      for (guint i = flow->open->len; i > 0; i--)
        {
          OpenTag *tag = g_ptr_array_index (flow->open, i - 1);

          flow_add_tag (flow, OP_TAG_END, tag->name, NULL);
        }

      if (flow->streaming)
        flow_end_page (flow);
    }

  flow->ops = g_ptr_array_new_with_free_func (op_free);
  if (!flow->streaming)
    g_ptr_array_add (flow->pages, flow->ops);
  flow->n_pages++;
  flow->y = flow->top;

  for (guint i = 0; i < flow->open->len; i++)
    {
      OpenTag *tag = g_ptr_array_index (flow->open, i);

      flow_add_tag (flow, OP_TAG_BEGIN, tag->name, tag->attributes);
    }
}

gboolean
flow_at_top (Flow *flow)
{
  return flow->y <= flow->top + 0.5;
}

/* Starts a new page unless @height fits on this one. */
void
flow_ensure (Flow   *flow,
             double  height)
{
  if (flow->y + height > flow->bottom + 0.01 && !flow_at_top (flow))
    flow_new_page (flow);
}

void
flow_fill (Flow      *flow,
           double     x,
           double     y,
           double     width,
           double     height,
           const Rgb *color)
{
  flow_grid (flow, OP_FILL, x, y, width, height, color);
}

void
flow_rule (Flow      *flow,
           double     x,
           double     y,
           double     width,
           double     height,
           const Rgb *color)
{
  flow_grid (flow, OP_LINE, x, y, width, height, color);
}

/* Adds a fill or a rule: OP_FILL, OP_LINE, or those of the table's grid
 * (OP_GRID_FILL, OP_GRID_RULE).
 */
void
flow_grid (Flow      *flow,
           OpKind     kind,
           double     x,
           double     y,
           double     width,
           double     height,
           const Rgb *color)
{
  Op *op = flow_add (flow, kind);

  op->x = x;
  op->y = y;
  op->width = width;
  op->height = height;
  op->color = *color;
}

static Op *
add_text (Flow      *flow,
          double     x,
          double     y,
          guint      first_line,
          guint      n_lines,
          const Rgb *color)
{
  Op *op = flow_add (flow, OP_TEXT);

  op->x = x;
  op->y = y;
  op->first_line = first_line;
  op->n_lines = n_lines;
  op->color = *color;

  return op;
}

void
flow_text (Flow        *flow,
           PangoLayout *layout,
           double       x,
           double       y,
           guint        first_line,
           guint        n_lines,
           const Rgb   *color)
{
  add_text (flow, x, y, first_line, n_lines, color)->layout = g_object_ref (layout);
}

/* As flow_text(), for lines made of glyphs. */
void
flow_glyph_lines (Flow         *flow,
                  VsGlyphLines *lines,
                  double        x,
                  double        y,
                  guint         first_line,
                  guint         n_lines,
                  const Rgb    *color)
{
  add_text (flow, x, y, first_line, n_lines, color)->glyph_lines = vs_glyph_lines_ref (lines);
}

/* Adds the first @n_lines lines of @layout at @x, breaking pages between
 * them where needed.
 */
static void
flow_layout_lines (Flow        *flow,
                   PangoLayout *layout,
                   guint        n_lines,
                   double       x,
                   const Rgb   *color)
{
  g_autoptr(GArray) tops = vs_report_layout_line_tops (layout);
  guint first = 0;

  g_assert (n_lines < tops->len);

  while (first < n_lines)
    {
      double start = g_array_index (tops, double, first);
      guint count = 0;

      while (first + count < n_lines &&
             flow->y + g_array_index (tops, double, first + count + 1) - start
             <= flow->bottom + 0.01)
        count++;

      if (count == 0)
        {
          if (!flow_at_top (flow))
            {
              flow_new_page (flow);
              continue;
            }
          /* A line taller than a page: it is drawn all the same. */
          count = 1;
        }

      flow_text (flow, layout, x, flow->y, first, count, color);
      flow->y += g_array_index (tops, double, first + count) - start;
      first += count;

      if (first < n_lines)
        flow_new_page (flow);
    }
}

/* Adds @layout at @x, breaking pages between its lines where needed. */
void
flow_layout (Flow        *flow,
             PangoLayout *layout,
             double       x,
             const Rgb   *color)
{
  flow_layout_lines (flow, layout, pango_layout_get_line_count (layout), x, color);
}

/* Adds @text in @style at @x, @width wide, a piece at a time (see
 * vs_report_make_piece()); @first_piece_cb is called once the first piece is laid
 * out, to keep its first line on the page and open tags.
 */
void
flow_pieces (Flow        *flow,
             Style        style,
             const char  *text,
             double       x,
             double       width,
             const Rgb   *color,
             void       (*first_piece_cb) (Flow        *flow,
                                           PangoLayout *layout,
                                           gpointer     data),
             gpointer     data)
{
  gsize length = strlen (text);
  gsize offset = 0;

  do
    {
      g_autoptr(PangoLayout) layout = NULL;
      guint n_lines;
      gsize used;

      layout = vs_report_make_piece (flow->report, style, text + offset, length - offset, width,
                                     &n_lines, &used);
      if (offset == 0)
        first_piece_cb (flow, layout, data);
      flow_layout_lines (flow, layout, n_lines, x, color);
      offset += used;
    }
  while (offset < length && !flow_cancelled (flow));
}

void
flow_title_started_cb (Flow        *flow,
                       PangoLayout *layout,
                       gpointer     data)
{
}

static void
paragraph_started_cb (Flow        *flow,
                      PangoLayout *layout,
                      gpointer     data)
{
  const char *tag = data;

  flow_ensure (flow, vs_report_first_line_height (layout));
  flow_begin (flow, tag, NULL);
}

/* A paragraph of plain text, tagged @tag. */
void
flow_paragraph (Flow       *flow,
                const char *tag,
                Style       style,
                const char *text,
                const Rgb  *color,
                double      indent,
                double      space_after)
{
  flow_pieces (flow, style, text, flow->left + indent, flow->width - indent, color,
               paragraph_started_cb, (gpointer)tag);
  flow_end (flow);
  flow->y += space_after;
}

/* A paragraph made earlier (with attributes), tagged @tag. */
void
flow_paragraph_layout (Flow        *flow,
                       const char  *tag,
                       PangoLayout *layout,
                       const Rgb   *color,
                       double       indent,
                       double       space_after)
{
  flow_ensure (flow, vs_report_first_line_height (layout));
  flow_begin (flow, tag, NULL);
  flow_layout (flow, layout, flow->left + indent, color);
  flow_end (flow);
  flow->y += space_after;
}

/* A heading, kept on the page of what follows it. */
void
flow_heading (Flow       *flow,
              const char *tag,
              Style       style,
              const char *text,
              const Rgb  *color,
              double      space_before,
              double      space_after)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (!flow_at_top (flow))
    flow->y += space_before;

  /* A heading of many pages is kept with nothing: it goes as a paragraph. */
  if (strlen (text) > MAX_PIECE)
    {
      flow_pieces (flow, style, text, flow->left, flow->width, color, paragraph_started_cb,
                   (gpointer)tag);
      flow_end (flow);
      flow->y += space_after;
      return;
    }

  layout = vs_report_make_layout (flow->report, style, text, flow->width);
  flow_ensure (flow, vs_report_layout_height (layout) + space_after + 40);
  flow_begin (flow, tag, NULL);
  flow_layout (flow, layout, flow->left, color);
  flow_end (flow);
  flow->y += space_after;
}

/* A section: a new page unless told otherwise, a bookmark and a heading. */
void
flow_section (Flow       *flow,
              const char *title,
              gboolean    new_page)
{
  Op *outline;

  if (new_page && !flow_at_top (flow))
    flow_new_page (flow);
  else if (!flow_at_top (flow))
    {
      flow->y += 18;
      flow_ensure (flow, 120);
    }

  outline = flow_add (flow, OP_OUTLINE);
  outline->name = g_strdup (title);
  outline->x = flow->left;
  outline->y = flow->y;

  flow_heading (flow, "H1", STYLE_H1, title, &text_color, 0, 10);
}

/* A list item: a bullet and its text, tagged LI with Lbl and LBody. */
/* Starts a list item whose body begins with @body: its bullet. */
static void
list_item_started_cb (Flow        *flow,
                      PangoLayout *body,
                      gpointer     data)
{
  double indent = *(double *)data;
  g_autoptr(PangoLayout) bullet = vs_report_make_layout (flow->report, STYLE_BODY, "•", -1);

  flow_ensure (flow, vs_report_first_line_height (body));
  flow_begin (flow, "LI", NULL);
  flow_begin (flow, "Lbl", NULL);
  flow_text (flow, bullet, flow->left + indent, flow->y, 0, 1, &secondary_color);
  flow_end (flow);
  flow_begin (flow, "LBody", NULL);
}

void
flow_list_item (Flow        *flow,
                PangoLayout *body,
                const Rgb   *color,
                double       indent,
                double       space_after)
{
  list_item_started_cb (flow, body, &indent);
  flow_layout (flow, body, flow->left + indent + 11, color);
  flow_end (flow);
  flow_end (flow);
  flow->y += space_after;
}

void
flow_list_item_text (Flow       *flow,
                     Style       style,
                     const char *text,
                     double      indent,
                     double      space_after)
{
  flow_pieces (flow, style, text, flow->left + indent + 11, flow->width - indent - 11,
               &text_color, list_item_started_cb, &indent);
  flow_end (flow);
  flow_end (flow);
  flow->y += space_after;
}

/* “Label: URL”, the URL a link; kept on one page. */
void
flow_link_line (Flow       *flow,
                const char *label,
                const char *url,
                double      indent,
                double      space_after)
{
  VsReport *self = flow->report;
  g_autoptr(PangoLayout) label_layout = vs_report_make_layout (self, STYLE_SMALL,
                                                               label ? label : "", -1);
  double label_width = label != NULL ? vs_report_layout_width (label_layout) + 4 : 0;
  g_autoptr(PangoLayout) url_layout = vs_report_make_layout (self, STYLE_SMALL, url,
                                                             flow->width - indent - label_width);
  g_autofree char *attributes = link_attributes (url);
  double height = MAX (vs_report_layout_height (label_layout),
                       vs_report_layout_height (url_layout));

  flow_ensure (flow, height);
  flow_begin (flow, "P", NULL);
  if (label != NULL)
    flow_text (flow, label_layout, flow->left + indent, flow->y, 0, 1, &secondary_color);
  if (is_web_url (url))
    flow_begin (flow, CAIRO_TAG_LINK, attributes);
  flow_text (flow, url_layout, flow->left + indent + label_width, flow->y, 0,
             pango_layout_get_line_count (url_layout), &link_color);
  if (is_web_url (url))
    flow_end (flow);
  flow_end (flow);
  flow->y += height + space_after;
}

/* Starts @scratch, a copy of @flow on one page with no end, for measuring
 * what a part would take. Its page is kept in @pages, never streamed out,
 * so that it is freed with @pages and never drawn.
 */
void
flow_start_scratch_page (Flow      *scratch,
                         Flow      *flow,
                         GPtrArray *pages,
                         GPtrArray *open)
{
  *scratch = *flow;
  scratch->pages = pages;
  scratch->open = open;
  scratch->ops = NULL;
  scratch->streaming = FALSE;
  scratch->bottom = G_MAXFLOAT;
  flow_new_page (scratch);
}

/* ------------------------------------------------------------------------ */
/* Drawing                                                                   */
/* ------------------------------------------------------------------------ */

static void
set_source (cairo_t   *cr,
            const Rgb *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}

void
vs_report_cursor_free (gpointer data)
{
  Cursor *cursor = data;

  pango_layout_iter_free (cursor->iter);
  g_object_unref (cursor->layout);
  g_free (cursor);
}

/* Draws the lines of @op. A layout split between pages goes on from where
 * the page before stopped: neither its lines nor their extents (which
 * pango_layout_get_iter() measures for the whole layout) are walked again.
 */
static void
draw_text (VsReport *self,
           cairo_t  *cr,
           const Op *op)
{
  Cursor *cursor = g_hash_table_lookup (self->cursors, op->layout);
  guint n_lines = pango_layout_get_line_count (op->layout);
  gboolean more = TRUE;
  double top = 0;

  if (cursor != NULL && cursor->line > op->first_line)
    {
      g_hash_table_remove (self->cursors, op->layout);
      cursor = NULL;
    }

  if (cursor == NULL)
    {
      cursor = g_new0 (Cursor, 1);
      cursor->layout = g_object_ref (op->layout);
      cursor->iter = pango_layout_get_iter (op->layout);
    }
  else
    g_hash_table_steal (self->cursors, op->layout);

  set_source (cr, &op->color);

  while (more && cursor->line < op->first_line)
    {
      more = pango_layout_iter_next_line (cursor->iter);
      cursor->line++;
      self->lines_visited++;
    }

  while (more && cursor->line < op->first_line + op->n_lines)
    {
      PangoLayoutLine *line;
      PangoRectangle logical;
      int baseline;

      pango_layout_iter_get_line_extents (cursor->iter, NULL, &logical);
      baseline = pango_layout_iter_get_baseline (cursor->iter);
      if (cursor->line == op->first_line)
        top = (double)logical.y / PANGO_SCALE;

      cairo_move_to (cr, op->x + (double)logical.x / PANGO_SCALE,
                     op->y + (double)baseline / PANGO_SCALE - top);
      line = pango_layout_iter_get_line_readonly (cursor->iter);
      if (!vs_glyph_batch_add_line (self->glyph_batch, cr, line))
        {
          vs_glyph_batch_flush (self->glyph_batch, cr);
          pango_cairo_show_layout_line (cr, line);
        }
      self->lines_visited++;
      self->lines_drawn++;

      more = pango_layout_iter_next_line (cursor->iter);
      cursor->line++;
    }
  vs_glyph_batch_flush (self->glyph_batch, cr);

  /* Only a layout whose lines go on later keeps its cursor. */
  if (more && cursor->line < n_lines)
    {
      if (g_hash_table_size (self->cursors) >= MAX_CURSORS)
        g_hash_table_remove_all (self->cursors);
      g_hash_table_insert (self->cursors, cursor->layout, cursor);
    }
  else
    vs_report_cursor_free (cursor);
}

/* Draws the lines of @op, made of glyphs, where draw_text() would draw
 * the same lines of a layout.
 */
static void
draw_glyph_lines (VsReport *self,
                  cairo_t  *cr,
                  const Op *op)
{
  VsGlyphLines *lines = op->glyph_lines;
  double top = vs_glyph_lines_top (lines, op->first_line);

  set_source (cr, &op->color);
  for (guint i = op->first_line; i < op->first_line + op->n_lines && i < lines->n_lines; i++)
    {
      int baseline = lines->line_height * i + lines->baseline;

      cairo_move_to (cr, op->x, op->y + (double)baseline / PANGO_SCALE - top);
      vs_glyph_batch_add_glyph_line (self->glyph_batch, cr, lines, i);
      self->lines_visited++;
      self->lines_drawn++;
    }
  vs_glyph_batch_flush (self->glyph_batch, cr);
}

static void
set_metadata (VsReport        *self,
              cairo_surface_t *surface)
{
  VsDataset *dataset = self->dataset;
  g_autofree char *creator = g_strdup_printf ("Versus %s", PACKAGE_VERSION);
  g_autofree char *date = g_date_time_format (self->generated_on, "%Y-%m-%dT%H:%M:%S%:z");
  g_autoptr(GString) keywords = g_string_new (NULL);
  const char *subject = vs_dataset_get_subtitle (dataset);

  for (guint i = 0; i < self->subjects->len; i++)
    g_string_append_printf (keywords, "%s%s", i > 0 ? ", " : "",
                            vs_subject_get_name (g_ptr_array_index (self->subjects, i)));

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  vs_dataset_get_title (dataset));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  subject != NULL ? subject : keywords->str);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, keywords->str);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

/* Makes the Pango context that of @cr when @cr's transformation or kind of
 * surface differ from the last ones. Every update makes all the layouts
 * lay their lines out again (and their iterators invalid), so the pages
 * of one document do not update it each.
 */
void
vs_report_update_context (VsReport *self,
                          cairo_t  *cr)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));
  cairo_matrix_t matrix;

  cairo_get_matrix (cr, &matrix);
  if (self->context_updated && type == self->context_surface_type &&
      memcmp (&matrix, &self->context_matrix, sizeof matrix) == 0)
    return;

  pango_cairo_update_context (cr, self->context);
  self->context_updated = TRUE;
  self->context_surface_type = type;
  self->context_matrix = matrix;
  g_hash_table_remove_all (self->cursors);
}

/* Draws the page's operations of @kind, OP_GRID_FILL or OP_GRID_RULE: one
 * path for each run of them in one colour. In a PDF, each operation is
 * recorded, analysed and written, and a colour set again after each change:
 * a page of the table has some 20 fills and rules fewer this way.
 */
static void
draw_grid (cairo_t   *cr,
           GPtrArray *ops,
           OpKind     kind)
{
  const Rgb *color = NULL;

  cairo_new_path (cr);
  cairo_set_line_width (cr, 0.5);
  for (guint i = 0; i <= ops->len; i++)
    {
      const Op *op = i < ops->len ? g_ptr_array_index (ops, i) : NULL;

      if (op != NULL && op->kind != kind)
        continue;

      if (color != NULL &&
          (op == NULL || memcmp (&op->color, color, sizeof *color) != 0))
        {
          set_source (cr, color);
          if (kind == OP_GRID_FILL)
            cairo_fill (cr);
          else
            cairo_stroke (cr);
        }
      if (op == NULL)
        break;

      color = &op->color;
      if (kind == OP_GRID_FILL)
        {
          cairo_rectangle (cr, op->x, op->y, op->width, op->height);
        }
      else
        {
          cairo_move_to (cr, op->x, op->y);
          cairo_rel_line_to (cr, op->width, op->height);
        }
    }
}

/* Draws the operations of page @page_nr of @n_pages; @tagged when the pages
 * are drawn in order on a PDF surface.
 */
void
vs_report_draw_ops (VsReport  *self,
                    cairo_t   *cr,
                    GPtrArray *ops,
                    guint      page_nr,
                    guint      n_pages,
                    gboolean   tagged)
{
  cairo_surface_t *target = cairo_get_target (cr);
  gboolean is_pdf = cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_PDF;

  vs_report_update_context (self, cr);
  cairo_save (cr);

  /* A white page under everything, which looks the same. Before writing
   * a page, cairo unites the extents of its operations in a region: from
   * a page-sized rectangle on, each union is one rectangle inside another,
   * rather than a region of more and more rectangles (one per cell, some
   * 4% of the drawing of a long table).
   */
  if (is_pdf)
    {
      double x1, y1, x2, y2;

      cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
      set_source (cr, &white);
      cairo_rectangle (cr, x1, y1, x2 - x1, y2 - y1);
      cairo_fill (cr);
    }
  draw_grid (cr, ops, OP_GRID_FILL);

  if (tagged && page_nr == 0)
    {
      set_metadata (self, target);
      cairo_tag_begin (cr, "Document", NULL);
    }

  for (guint i = 0; i < ops->len; i++)
    {
      const Op *op = g_ptr_array_index (ops, i);
      gboolean is_link = g_strcmp0 (op->tag, CAIRO_TAG_LINK) == 0;

      switch (op->kind)
        {
        case OP_TEXT:
          if (op->glyph_lines != NULL)
            draw_glyph_lines (self, cr, op);
          else
            draw_text (self, cr, op);
          break;

        case OP_FILL:
          set_source (cr, &op->color);
          cairo_rectangle (cr, op->x, op->y, op->width, op->height);
          cairo_fill (cr);
          break;

        case OP_LINE:
          set_source (cr, &op->color);
          cairo_set_line_width (cr, 0.5);
          cairo_move_to (cr, op->x, op->y);
          cairo_rel_line_to (cr, op->width, op->height);
          cairo_stroke (cr);
          break;

        case OP_TAG_BEGIN:
          if (tagged || (is_pdf && is_link))
            cairo_tag_begin (cr, op->tag, op->attributes);
          break;

        case OP_TAG_END:
          if (tagged || (is_pdf && is_link))
            cairo_tag_end (cr, op->tag);
          break;

        case OP_GRID_FILL:
        case OP_GRID_RULE:
          break;

        case OP_OUTLINE:
          if (tagged)
            {
              g_autofree char *dest = g_strdup_printf ("page=%u pos=[%d %d]", page_nr + 1,
                                                       (int)op->x, (int)op->y);

              cairo_pdf_surface_add_outline (target, CAIRO_PDF_OUTLINE_ROOT, op->name, dest, 0);
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  draw_grid (cr, ops, OP_GRID_RULE);

  if (tagged && page_nr + 1 == n_pages)
    cairo_tag_end (cr, "Document");

  /* After the last page, nothing goes on. */
  if (page_nr + 1 == n_pages)
    g_hash_table_remove_all (self->cursors);

  cairo_restore (cr);
}
