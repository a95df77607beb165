/* vs-report.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#include "vs-category.h"
#include "vs-choice.h"
#include "vs-company.h"
#include "vs-export-text.h"
#include "vs-feature.h"
#include "vs-format.h"
#include "vs-guidance.h"
#include "vs-question.h"
#include "vs-report-private.h"
#include "vs-report.h"
#include "vs-source.h"
#include "vs-subject.h"
#include "vs-use-case.h"
#include "vs-verdict-entry.h"
#include "vs-verdict-result.h"

/* The PDF report, laid out once for a page size and drawn page by page on
 * any cairo context: a PDF surface for the direct export, or the context
 * GtkPrintOperation gives to draw-page, so that the two never differ.
 *
 * vs_report_layout() measures everything with Pango and records, for each
 * page, a list of drawing operations (text lines, rectangles, rules,
 * structure tags, bookmarks). vs_report_draw_page() replays one page's list.
 * Structure tags (tagged PDF) and bookmarks are only written when the pages
 * of a PDF surface are drawn in order from the first, as one document.
 *
 * vs_report_draw() does the same in a streaming way, for the PDF export:
 * it lays the report out twice, once to count the pages for the footers,
 * then again drawing each page as soon as it is complete and freeing it,
 * so that memory holds one page's layouts, whatever the dataset's size.
 */

/* ------------------------------------------------------------------------ */
/* Structures                                                                */
/* ------------------------------------------------------------------------ */

typedef struct
{
  double red;
  double green;
  double blue;
} Rgb;

typedef enum
{
  OP_TEXT,
  OP_FILL,
  OP_LINE,
  OP_TAG_BEGIN,
  OP_TAG_END,
  OP_OUTLINE,
} OpKind;

/* One drawing operation of a page. */
typedef struct
{
  OpKind kind;
  /* OP_TEXT: where the top of the first line goes; OP_FILL: the rectangle;
   * OP_LINE: from (x, y) to (x + width, y + height); OP_OUTLINE: where the
   * bookmark points.
   */
  double x;
  double y;
  double width;
  double height;
  Rgb color;
  /* OP_TEXT: the lines first_line to first_line + n_lines - 1 of layout. */
  PangoLayout *layout;
  guint first_line;
  guint n_lines;
  /* OP_TAG_BEGIN, OP_TAG_END: the tag; OP_OUTLINE: the bookmark's title. */
  char *name;
  char *attributes;
} Op;

/* A structure tag that is open while the flow goes on. */
typedef struct
{
  char *name;
  char *attributes;
} OpenTag;

typedef enum
{
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_H1,
  STYLE_H2,
  STYLE_H3,
  STYLE_BODY,
  STYLE_BODY_BOLD,
  STYLE_BODY_ITALIC,
  STYLE_SMALL,
  STYLE_CELL,
  STYLE_CELL_BOLD,
  STYLE_FOOTER,
  N_STYLES
} Style;

/* The pages being laid out. */
typedef struct
{
  VsReport *report;
  /* All the pages, or NULL when streaming. */
  GPtrArray *pages;
  GPtrArray *ops;
  GPtrArray *open;
  /* The pages started so far. */
  guint n_pages;
  /* When streaming: where each page is drawn as it ends (NULL while
   * counting the pages), and how many pages there are.
   */
  gboolean streaming;
  cairo_t *cr;
  guint total_pages;
  GCancellable *cancellable;
  double y;
  /* The box that content goes in. */
  double left;
  double top;
  double right;
  double bottom;
  double width;
} Flow;

/* Where drawing stopped in a layout whose lines go on on the next page. */
typedef struct
{
  PangoLayout *layout;
  PangoLayoutIter *iter;
  guint line;
} Cursor;

/* A cell of the feature table. */
typedef struct
{
  PangoLayout *layout;
  const char *tag;
  Rgb color;
  gboolean has_bar;
  Rgb bar;
  double x;
  /* The tops of the layout's lines, and its height, after the last one. */
  GArray *tops;
  guint next_line;
  /* The lines of the layout that count (see make_piece()), and the text
   * after them, laid out a piece at a time as the row goes on.
   */
  guint n_lines;
  Style style;
  double text_width;
  const char *rest;
  gsize rest_length;
  /* On the page being laid out: the last lines of the piece before, above
   * those of the layout.
   */
  PangoLayout *before;
  guint before_first;
  guint before_count;
  double before_height;
} Cell;

/* A group of bars in the chart: a category, or a feature. */
typedef struct
{
  char *label;
  double *sums;
  guint *counts;
} ChartGroup;

/* The feature table's columns, for some of the shown subjects. */
typedef struct
{
  guint n_cells;
  double *x;
  double *widths;
  Cell *header;
  double header_height;
  double left;
  double width;
} Table;

struct _VsReport
{
  GObject parent_instance;

  VsDataset *dataset;
  GPtrArray *subjects;
  VsVerdict *verdict;
  VsReportPaper paper;
  GDateTime *generated_on;
  /* The features of the table, in order; NULL for all, in the dataset's order. */
  GListModel *features;

  /* The layout: one GPtrArray of Op per page. */
  PangoContext *context;
  PangoFontDescription *fonts[N_STYLES];
  GPtrArray *pages;
  double page_height;
  Rgb *subject_text;
  Rgb *subject_fill;

  guint n_pages;
  /* The target the context was last updated for (see update_context()). */
  gboolean context_updated;
  cairo_surface_type_t context_surface_type;
  cairo_matrix_t context_matrix;

  /* Whether the pages drawn so far form one PDF document, from page 0 on. */
  gboolean tagging;
  guint next_tagged_page;

  /* Layout → Cursor, for the layouts split between pages: each page goes on
   * from the line where the one before stopped, so that drawing a paragraph
   * takes a time linear in its length.
   */
  GHashTable *cursors;
  guint64 lines_visited;
  guint64 lines_drawn;
};

static void add_footer (VsReport *self,
                        Flow     *flow,
                        guint     page_nr,
                        guint     n_pages);
static void draw_ops   (VsReport  *self,
                        cairo_t   *cr,
                        GPtrArray *ops,
                        guint      page_nr,
                        guint      n_pages,
                        gboolean   tagged);

G_DEFINE_FINAL_TYPE (VsReport, vs_report, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (VsReportPaper, vs_report_paper,
  G_DEFINE_ENUM_VALUE (VS_REPORT_PAPER_A4, "a4"),
  G_DEFINE_ENUM_VALUE (VS_REPORT_PAPER_LETTER, "letter"))

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SUBJECTS,
  PROP_VERDICT,
  PROP_PAPER,
  PROP_GENERATED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Explicit fonts: DejaVu Sans is on Debian and in the GNOME runtime, and
 * covers Latin, Greek, Cyrillic, Arabic and Hebrew; fontconfig falls back
 * for the rest.
 */
#define FONT_FAMILY "DejaVu Sans"

static const char * const style_fonts[N_STYLES] = {
  [STYLE_TITLE] = FONT_FAMILY " Bold 24",
  [STYLE_SUBTITLE] = FONT_FAMILY " 13",
  [STYLE_H1] = FONT_FAMILY " Bold 17",
  [STYLE_H2] = FONT_FAMILY " Bold 11.5",
  [STYLE_H3] = FONT_FAMILY " Bold 9.5",
  [STYLE_BODY] = FONT_FAMILY " 9",
  [STYLE_BODY_BOLD] = FONT_FAMILY " Bold 9",
  [STYLE_BODY_ITALIC] = FONT_FAMILY " Oblique 9",
  [STYLE_SMALL] = FONT_FAMILY " 8",
  [STYLE_CELL] = FONT_FAMILY " 7.5",
  [STYLE_CELL_BOLD] = FONT_FAMILY " Bold 7.5",
  [STYLE_FOOTER] = FONT_FAMILY " 7.5",
};

/* Colours for print: dark text on white, light fills. */
static const Rgb white = { 1, 1, 1 };
static const Rgb black = { 0, 0, 0 };
static const Rgb text_color = { 0.12, 0.12, 0.12 };
static const Rgb secondary_color = { 0.37, 0.36, 0.39 };
static const Rgb rule_color = { 0.72, 0.72, 0.70 };
static const Rgb grid_color = { 0.88, 0.88, 0.87 };
static const Rgb header_fill = { 0.92, 0.92, 0.91 };
static const Rgb stripe_fill = { 0.965, 0.965, 0.96 };
static const Rgb link_color = { 0.10, 0.37, 0.71 };

/* The colours of subjects without one, as in the window (vs-subject-style.c). */
static const char * const fallback_palette[] = {
  "#1c71d8", "#e66100", "#26a269", "#c061cb", "#865e3c", "#a51d2d", "#2190a4", "#e5a50a",
};

/* WCAG 2 contrast: 4.5 for text, 3 for graphics. */
#define MIN_TEXT_CONTRAST    4.5
#define MIN_GRAPHIC_CONTRAST 3.0

/* Page geometry, in points. */
#define MARGIN_SIDE   50.0
#define MARGIN_TOP    54.0
#define MARGIN_BOTTOM 60.0
#define FOOTER_OFFSET 30.0

#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.5
#define MIN_SUBJECT_COLUMN 72.0
#define HEADER_BAR 2.5

#define SCORE_MAX 5.0

/* More layouts split between pages than this at a time (a table row split
 * between pages has one per column) and the cursors start again.
 */
#define MAX_CURSORS 64

/* Text longer than this is laid out a piece at a time, each piece about
 * this long and cut between lines: Pango loses all but the first line of
 * a paragraph of some hundreds of kilobytes, and a piece at a time keeps
 * the memory bounded.
 */
#define MAX_PIECE 16384

/* The most of the title that the footer lays out (see add_footer()). */
#define FOOTER_TITLE_CHARS 400

/* ------------------------------------------------------------------------ */
/* Helpers: colours and text                                                 */
/* ------------------------------------------------------------------------ */

static double
channel_luminance (double channel)
{
  return channel <= 0.03928 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

static double
luminance (const Rgb *color)
{
  return (0.2126 * channel_luminance (color->red) +
          0.7152 * channel_luminance (color->green) +
          0.0722 * channel_luminance (color->blue));
}

static double
contrast (const Rgb *a,
          const Rgb *b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Darkens @color until it stands out from @background by @minimum. */
static Rgb
readable_on (Rgb         color,
             const Rgb  *background,
             double      minimum)
{
  for (guint step = 0; step < 20 && contrast (&color, background) < minimum; step++)
    {
      color.red += (black.red - color.red) * 0.1;
      color.green += (black.green - color.green) * 0.1;
      color.blue += (black.blue - color.blue) * 0.1;
    }

  return color;
}

static gboolean
parse_color (const char *spec,
             Rgb        *color)
{
  int digits[6];

  if (spec == NULL || spec[0] != '#' || strlen (spec) != 7)
    return FALSE;

  for (guint i = 0; i < 6; i++)
    if ((digits[i] = g_ascii_xdigit_value (spec[i + 1])) < 0)
      return FALSE;

  color->red = (digits[0] * 16 + digits[1]) / 255.0;
  color->green = (digits[2] * 16 + digits[3]) / 255.0;
  color->blue = (digits[4] * 16 + digits[5]) / 255.0;

  return TRUE;
}

static Rgb
subject_text_color (VsReport  *self,
                    VsSubject *subject)
{
  return self->subject_text[vs_subject_get_index (subject)];
}

static Rgb
subject_fill_color (VsReport  *self,
                    VsSubject *subject)
{
  return self->subject_fill[vs_subject_get_index (subject)];
}

static PangoAttribute *
foreground_attribute (const Rgb *color,
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

static PangoAttribute *
bold_attribute (guint start,
                guint end)
{
  PangoAttribute *attribute = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

  attribute->start_index = start;
  attribute->end_index = end;

  return attribute;
}

/* A score as the window writes it: “4” or “4.3” (vs-format.c). */
static char *
format_score (double score)
{
  return vs_format_score (score);
}

/* A date (of the report, or of a dataset) as the report shows it. */
static char *
format_date (GDateTime *date)
{
  /* Translators: how dates are written in the PDF report, in the syntax of
   * g_date_time_format(): “14 March 2025”
   */
  return g_date_time_format (date, _("%-d %B %Y"));
}

/* Formats a `YYYY-MM-DD` date of the dataset; returns it as is otherwise. */
static char *
format_iso_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (iso == NULL)
    return NULL;

  if (sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) == 3)
    date = g_date_time_new_utc (year, month, day, 0, 0, 0);

  return date != NULL ? format_date (date) : g_strdup (iso);
}

/* A value for a single-quoted cairo tag attribute. */
static char *
escape_attribute (const char *value)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (escaped, '\\');
      g_string_append_c (escaped, *p);
    }

  return g_string_free (escaped, FALSE);
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
  g_free (op->name);
  g_free (op->attributes);
  g_free (op);
}

static void
open_tag_free (gpointer data)
{
  OpenTag *tag = data;

  g_free (tag->name);
  g_free (tag->attributes);
  g_free (tag);
}

static PangoLayout *
make_layout_sized (VsReport   *self,
                   Style       style,
                   const char *text,
                   gssize      length,
                   double      width)
{
  PangoLayout *layout = pango_layout_new (self->context);
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

static PangoLayout *
make_layout (VsReport   *self,
             Style       style,
             const char *text,
             double      width)
{
  return make_layout_sized (self, style, text, -1, width);
}

/* Lays out the start of @text, @length bytes, as make_layout() does: all of
 * it when it is short (or not wrapped), or else about MAX_PIECE bytes, of
 * which only the lines before the last two count, since what follows the
 * cut may change those. *@n_lines is set to the lines that count, *@used to
 * the bytes they hold; the next piece starts there.
 */
static PangoLayout *
make_piece (VsReport   *self,
            Style       style,
            const char *text,
            gsize       length,
            double      width,
            guint      *n_lines,
            gsize      *used)
{
  PangoLayout *layout;
  gsize end = length;

  if (length > MAX_PIECE && width > 0)
    {
      end = MAX_PIECE;
      while (end > 0 && (text[end] & 0xc0) == 0x80)
        end--;
    }

  layout = make_layout_sized (self, style, text, end, width);
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
static void
align_with_document (PangoLayout *layout)
{
  pango_layout_set_auto_dir (layout, FALSE);
}

/* Adds @attribute to @layout's attributes. */
static void
layout_add_attribute (PangoLayout    *layout,
                      PangoAttribute *attribute)
{
  PangoAttrList *attributes = pango_layout_get_attributes (layout);

  pango_attr_list_insert (attributes, attribute);
  pango_layout_set_attributes (layout, attributes);
}

/* The top of each line of @layout, in points, and then the layout's height. */
static GArray *
layout_line_tops (PangoLayout *layout)
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

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return (double)height / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);

  return (double)width / PANGO_SCALE;
}

static double
first_line_height (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle logical;

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_iter_free (iter);

  return (double)logical.height / PANGO_SCALE;
}

static Op *
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

  op->name = g_strdup (name);
  op->attributes = g_strdup (attributes);
}

static void
flow_begin (Flow       *flow,
            const char *name,
            const char *attributes)
{
  OpenTag *tag = g_new0 (OpenTag, 1);

  tag->name = g_strdup (name);
  tag->attributes = g_strdup (attributes);
  g_ptr_array_add (flow->open, tag);
  flow_add_tag (flow, OP_TAG_BEGIN, name, attributes);
}

static void
flow_end (Flow *flow)
{
  OpenTag *tag;

  g_assert (flow->open->len > 0);

  tag = g_ptr_array_steal_index (flow->open, flow->open->len - 1);
  flow_add_tag (flow, OP_TAG_END, tag->name, NULL);
  open_tag_free (tag);
}

/* Whether the report being drawn is no longer wanted: the rest of the
 * longest parts is then skipped.
 */
static gboolean
flow_cancelled (Flow *flow)
{
  return g_cancellable_is_cancelled (flow->cancellable);
}

/* When streaming, the page is complete: it gets its footer, is drawn (once
 * the pages are counted) and freed.
 */
static void
flow_end_page (Flow *flow)
{
  guint page_nr = flow->n_pages - 1;

  g_assert (flow->streaming);

  if (flow->cr != NULL && !flow_cancelled (flow))
    {
      g_assert (page_nr < flow->total_pages);

      add_footer (flow->report, flow, page_nr, flow->total_pages);
      draw_ops (flow->report, flow->cr, flow->ops, page_nr, flow->total_pages,
                cairo_surface_get_type (cairo_get_target (flow->cr)) == CAIRO_SURFACE_TYPE_PDF);
      cairo_show_page (flow->cr);
    }

  g_clear_pointer (&flow->ops, g_ptr_array_unref);
}

/* Starts a page. The structure tags that are open end on the page before
 * and open again on the new one, so that every page is balanced and the
 * footer stays out of the content.
 */
static void
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

static gboolean
flow_at_top (Flow *flow)
{
  return flow->y <= flow->top + 0.5;
}

/* Starts a new page unless @height fits on this one. */
static void
flow_ensure (Flow   *flow,
             double  height)
{
  if (flow->y + height > flow->bottom + 0.01 && !flow_at_top (flow))
    flow_new_page (flow);
}

static void
flow_fill (Flow      *flow,
           double     x,
           double     y,
           double     width,
           double     height,
           const Rgb *color)
{
  Op *op = flow_add (flow, OP_FILL);

  op->x = x;
  op->y = y;
  op->width = width;
  op->height = height;
  op->color = *color;
}

static void
flow_rule (Flow      *flow,
           double     x,
           double     y,
           double     width,
           double     height,
           const Rgb *color)
{
  Op *op = flow_add (flow, OP_LINE);

  op->x = x;
  op->y = y;
  op->width = width;
  op->height = height;
  op->color = *color;
}

static void
flow_text (Flow        *flow,
           PangoLayout *layout,
           double       x,
           double       y,
           guint        first_line,
           guint        n_lines,
           const Rgb   *color)
{
  Op *op = flow_add (flow, OP_TEXT);

  op->layout = g_object_ref (layout);
  op->x = x;
  op->y = y;
  op->first_line = first_line;
  op->n_lines = n_lines;
  op->color = *color;
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
  g_autoptr(GArray) tops = layout_line_tops (layout);
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
static void
flow_layout (Flow        *flow,
             PangoLayout *layout,
             double       x,
             const Rgb   *color)
{
  flow_layout_lines (flow, layout, pango_layout_get_line_count (layout), x, color);
}

/* Adds @text in @style at @x, @width wide, a piece at a time (see
 * make_piece()); @first_piece_cb is called once the first piece is laid
 * out, to keep its first line on the page and open tags.
 */
static void
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

      layout = make_piece (flow->report, style, text + offset, length - offset, width,
                           &n_lines, &used);
      if (offset == 0)
        first_piece_cb (flow, layout, data);
      flow_layout_lines (flow, layout, n_lines, x, color);
      offset += used;
    }
  while (offset < length && !flow_cancelled (flow));
}

static void
title_started_cb (Flow        *flow,
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

  flow_ensure (flow, first_line_height (layout));
  flow_begin (flow, tag, NULL);
}

/* A paragraph of plain text, tagged @tag. */
static void
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
static void
flow_paragraph_layout (Flow        *flow,
                       const char  *tag,
                       PangoLayout *layout,
                       const Rgb   *color,
                       double       indent,
                       double       space_after)
{
  flow_ensure (flow, first_line_height (layout));
  flow_begin (flow, tag, NULL);
  flow_layout (flow, layout, flow->left + indent, color);
  flow_end (flow);
  flow->y += space_after;
}

/* A heading, kept on the page of what follows it. */
static void
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

  layout = make_layout (flow->report, style, text, flow->width);
  flow_ensure (flow, layout_height (layout) + space_after + 40);
  flow_begin (flow, tag, NULL);
  flow_layout (flow, layout, flow->left, color);
  flow_end (flow);
  flow->y += space_after;
}

/* A section: a new page unless told otherwise, a bookmark and a heading. */
static void
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
  g_autoptr(PangoLayout) bullet = make_layout (flow->report, STYLE_BODY, "•", -1);

  flow_ensure (flow, first_line_height (body));
  flow_begin (flow, "LI", NULL);
  flow_begin (flow, "Lbl", NULL);
  flow_text (flow, bullet, flow->left + indent, flow->y, 0, 1, &secondary_color);
  flow_end (flow);
  flow_begin (flow, "LBody", NULL);
}

static void
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

static void
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
static void
flow_link_line (Flow       *flow,
                const char *label,
                const char *url,
                double      indent,
                double      space_after)
{
  VsReport *self = flow->report;
  g_autoptr(PangoLayout) label_layout = make_layout (self, STYLE_SMALL, label ? label : "", -1);
  double label_width = label != NULL ? layout_width (label_layout) + 4 : 0;
  g_autoptr(PangoLayout) url_layout = make_layout (self, STYLE_SMALL, url,
                                                   flow->width - indent - label_width);
  g_autofree char *attributes = link_attributes (url);
  double height = MAX (layout_height (label_layout), layout_height (url_layout));

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

/* ------------------------------------------------------------------------ */
/* The sections                                                              */
/* ------------------------------------------------------------------------ */

/* A comma-separated list of subject names, each in its colour. */
static PangoLayout *
make_subject_names_layout (VsReport   *self,
                           Style       style,
                           const char *prefix,
                           GPtrArray  *subjects,
                           const char *separator,
                           double      width)
{
  g_autoptr(GString) text = g_string_new (prefix);
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (guint));
  PangoLayout *layout;

  for (guint i = 0; i < subjects->len; i++)
    {
      guint start;

      if (i > 0)
        g_string_append (text, separator);
      start = text->len;
      g_string_append (text, vs_subject_get_name (g_ptr_array_index (subjects, i)));
      g_array_append_val (ranges, start);
      g_array_append_val (ranges, text->len);
    }

  layout = make_layout (self, style, text->str, width);
  for (guint i = 0; i < subjects->len; i++)
    {
      guint start = g_array_index (ranges, guint, 2 * i);
      guint end = g_array_index (ranges, guint, 2 * i + 1);
      Rgb color = subject_text_color (self, g_ptr_array_index (subjects, i));

      layout_add_attribute (layout, foreground_attribute (&color, start, end));
      layout_add_attribute (layout, bold_attribute (start, end));
    }

  return layout;
}

static void
add_title_page (VsReport *self,
                Flow     *flow)
{
  VsDataset *dataset = self->dataset;
  GListModel *sources = vs_dataset_get_sources (dataset);
  g_autofree char *generated_on = format_date (self->generated_on);
  g_autofree char *generated = NULL;
  g_autoptr(PangoLayout) subjects = NULL;
  g_autoptr(PangoLayout) generated_layout = NULL;
  Op *outline;

  outline = flow_add (flow, OP_OUTLINE);
  outline->name = g_strdup (vs_dataset_get_title (dataset));
  outline->x = flow->left;
  outline->y = flow->top;

  flow->y = flow->top + 70;
  flow_fill (flow, flow->left, flow->y - 14, 60, 4, &link_color);
  flow_begin (flow, "H1", NULL);
  flow_pieces (flow, STYLE_TITLE, vs_dataset_get_title (dataset), flow->left, flow->width,
               &text_color, title_started_cb, NULL);
  flow_end (flow);
  flow->y += 8;

  if (vs_dataset_get_subtitle (dataset) != NULL)
    flow_paragraph (flow, "P", STYLE_SUBTITLE, vs_dataset_get_subtitle (dataset),
                    &secondary_color, 0, 10);

  subjects = make_subject_names_layout (self, STYLE_SUBTITLE, "", self->subjects, "  ·  ",
                                        flow->width);
  flow->y += 6;
  flow_paragraph_layout (flow, "P", subjects, &secondary_color, 0, 22);

  if (vs_dataset_get_description (dataset) != NULL)
    flow_paragraph (flow, "P", STYLE_BODY, vs_dataset_get_description (dataset), &text_color,
                    0, 12);

  if (vs_dataset_get_updated (dataset) != NULL)
    {
      g_autofree char *date = format_iso_date (vs_dataset_get_updated (dataset));
      /* Translators: the date of the dataset, on the report's title page */
      g_autofree char *text = g_strdup_printf (_("Updated: %s"), date);

      flow_paragraph (flow, "P", STYLE_SMALL, text, &secondary_color, 0, 3);
    }

  if (vs_dataset_get_license (dataset) != NULL)
    {
      /* Translators: the SPDX licence id of the dataset's content */
      g_autofree char *text = g_strdup_printf (_("Content licence: %s"),
                                               vs_dataset_get_license (dataset));

      flow_paragraph (flow, "P", STYLE_SMALL, text, &secondary_color, 0, 3);
    }

  if (g_list_model_get_n_items (sources) > 0)
    {
      flow_heading (flow, "H2", STYLE_H2, _("Sources"), &text_color, 16, 6);
      flow_begin (flow, "L", NULL);
      for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
        {
          g_autoptr(VsSource) source = g_list_model_get_item (sources, i);
          g_autoptr(GString) text = g_string_new (vs_source_get_title (source));
          g_autoptr(PangoLayout) body = NULL;
          guint title_end = text->len;

          if (vs_source_get_publisher (source) != NULL)
            g_string_append_printf (text, ", %s", vs_source_get_publisher (source));
          if (vs_source_get_date (source) != NULL)
            {
              g_autofree char *date = format_iso_date (vs_source_get_date (source));

              g_string_append_printf (text, ", %s", date);
            }

          body = make_layout (self, STYLE_BODY, text->str, flow->width - 11);
          layout_add_attribute (body, bold_attribute (0, title_end));
          flow_ensure (flow, layout_height (body) + 14);
          flow_list_item (flow, body, &text_color, 0, 2);
          if (vs_source_get_url (source) != NULL)
            flow_link_line (flow, NULL, vs_source_get_url (source), 11, 0);
          flow->y += 6;
        }
      flow_end (flow);
    }

  /* Translators: at the bottom of the report's title page: “Generated by
   * Versus 1.0 on 14 March 2025”
   */
  generated = g_strdup_printf (_("Generated by Versus %s on %s"), PACKAGE_VERSION, generated_on);
  generated_layout = make_layout (self, STYLE_SMALL, generated, flow->width);
  if (flow->y + layout_height (generated_layout) + 24 < flow->bottom)
    flow->y = flow->bottom - layout_height (generated_layout);
  flow_paragraph_layout (flow, "P", generated_layout, &secondary_color, 0, 0);
}

/* A subject's card: its name by a swatch of its colour, what it is, its
 * summary, its highlights and its homepage.
 */
static void
add_subject_card (VsReport  *self,
                  Flow      *flow,
                  VsSubject *subject)
{
  const char * const *highlights = vs_subject_get_highlights (subject);
  Rgb color = subject_text_color (self, subject);
  Rgb fill = subject_fill_color (self, subject);
  g_autoptr(PangoLayout) name = make_layout (self, STYLE_H2, vs_subject_get_name (subject),
                                             flow->width - 16);

  align_with_document (name);
  flow_ensure (flow, layout_height (name) + 60);
  flow_fill (flow, flow->left, flow->y + (first_line_height (name) - 9) / 2, 9, 9, &fill);
  flow_begin (flow, "H2", NULL);
  flow_layout (flow, name, flow->left + 16, &color);
  flow_end (flow);
  flow->y += 3;

  if (vs_subject_get_kind (subject) != NULL)
    flow_paragraph (flow, "P", STYLE_BODY_ITALIC, vs_subject_get_kind (subject),
                    &secondary_color, 0, 5);

  if (vs_subject_get_summary (subject) != NULL)
    flow_paragraph (flow, "P", STYLE_BODY, vs_subject_get_summary (subject), &text_color,
                    0, 6);

  if (highlights != NULL && highlights[0] != NULL)
    {
      flow_heading (flow, "H3", STYLE_H3, _("Highlights"), &text_color, 2, 4);
      flow_begin (flow, "L", NULL);
      for (guint h = 0; highlights[h] != NULL; h++)
        flow_list_item_text (flow, STYLE_BODY, highlights[h], 0, 3);
      flow_end (flow);
      flow->y += 3;
    }

  if (vs_subject_get_homepage (subject) != NULL)
    flow_link_line (flow, _("Homepage:"), vs_subject_get_homepage (subject), 0, 0);
}

/* Starts @scratch, a copy of @flow on one page with no end, for measuring
 * what a part would take. Its page is kept in @pages, never streamed out,
 * so that it is freed with @pages and never drawn.
 */
static void
start_scratch_page (Flow      *scratch,
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

/* The height of a subject's card, laid out on a scratch page with no end. */
static double
measure_subject_card (VsReport  *self,
                      Flow      *flow,
                      VsSubject *subject)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (open_tag_free);
  Flow scratch;

  start_scratch_page (&scratch, flow, pages, open);
  add_subject_card (self, &scratch, subject);

  return scratch.y - scratch.top;
}

static void
add_overview (VsReport *self,
              Flow     *flow)
{
  flow_section (flow, _("Overview"), TRUE);

  for (guint i = 0; i < self->subjects->len; i++)
    {
      VsSubject *subject = g_ptr_array_index (self->subjects, i);
      double height = measure_subject_card (self, flow, subject);

      if (i > 0)
        flow->y += 14;

      /* A card that fits on a page is never split between two. */
      if (height <= flow->bottom - flow->top)
        flow_ensure (flow, height);

      add_subject_card (self, flow, subject);
    }
}

/* The dataset's “choose X if” advice, the article's own conclusion: always
 * in the report, with or without a verdict.
 */
static void
add_guidance (VsReport *self,
              Flow     *flow)
{
  GListModel *guidance = vs_dataset_get_guidance (self->dataset);

  if (g_list_model_get_n_items (guidance) == 0)
    return;

  flow_section (flow, _("When to Choose Each"), FALSE);
  for (guint i = 0; i < self->subjects->len; i++)
    {
      VsSubject *subject = g_ptr_array_index (self->subjects, i);
      Rgb color = subject_text_color (self, subject);
      g_autofree char *heading = NULL;
      gboolean any = FALSE;

      for (guint g = 0; g < g_list_model_get_n_items (guidance) && !any; g++)
        {
          g_autoptr(VsGuidance) advice = g_list_model_get_item (guidance, g);

          any = vs_guidance_get_subject (advice) == subject;
        }
      if (!any)
        continue;

      /* Translators: before the dataset's reasons to choose a subject */
      heading = g_strdup_printf (_("Choose %s if:"), vs_subject_get_name (subject));
      flow_heading (flow, "H2", STYLE_H2, heading, &color, 6, 3);
      flow_begin (flow, "L", NULL);
      for (guint g = 0; g < g_list_model_get_n_items (guidance); g++)
        {
          g_autoptr(VsGuidance) advice = g_list_model_get_item (guidance, g);

          if (vs_guidance_get_subject (advice) == subject)
            flow_list_item_text (flow, STYLE_BODY, vs_guidance_get_text (advice), 0, 2);
        }
      flow_end (flow);
    }
}

static void
chart_group_free (gpointer data)
{
  ChartGroup *group = data;

  if (group == NULL)
    return;

  g_free (group->label);
  g_free (group->sums);
  g_free (group->counts);
  g_free (group);
}

static ChartGroup *
chart_group_new (const char *label,
                 guint       n_subjects)
{
  ChartGroup *group = g_new0 (ChartGroup, 1);

  group->label = g_strdup (label);
  group->sums = g_new0 (double, n_subjects);
  group->counts = g_new0 (guint, n_subjects);

  return group;
}

/* Adds @feature's scores for the shown subjects to @group. */
static gboolean
chart_group_add (ChartGroup *group,
                 VsFeature  *feature,
                 GPtrArray  *subjects)
{
  gboolean any = FALSE;

  for (guint i = 0; i < subjects->len; i++)
    {
      double score;

      if (vs_feature_get_score (feature, vs_subject_get_index (g_ptr_array_index (subjects, i)),
                                &score))
        {
          group->sums[i] += score;
          group->counts[i]++;
          any = TRUE;
        }
    }

  return any;
}

/* The chart's groups: the categories, with the features that have scores
 * (and “Other features” for those without a category), or each feature when
 * the dataset has no categories. Groups without any score are left out.
 */
static GPtrArray *
chart_groups (VsReport *self)
{
  GListModel *features = vs_dataset_get_features (self->dataset);
  GListModel *categories = vs_dataset_get_categories (self->dataset);
  guint n_categories = g_list_model_get_n_items (categories);
  GPtrArray *groups = g_ptr_array_new_with_free_func (chart_group_free);
  g_autoptr(GPtrArray) by_category = g_ptr_array_new_with_free_func (chart_group_free);
  ChartGroup *other = NULL;
  gboolean *used = NULL;

  if (n_categories == 0)
    {
      for (guint f = 0; f < g_list_model_get_n_items (features); f++)
        {
          g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);
          ChartGroup *group = chart_group_new (vs_feature_get_name (feature), self->subjects->len);

          if (chart_group_add (group, feature, self->subjects))
            g_ptr_array_add (groups, group);
          else
            chart_group_free (group);
        }
      return groups;
    }

  used = g_new0 (gboolean, n_categories + 1);
  for (guint c = 0; c < n_categories; c++)
    {
      g_autoptr(VsCategory) category = g_list_model_get_item (categories, c);

      g_ptr_array_add (by_category, chart_group_new (vs_category_get_name (category),
                                                     self->subjects->len));
    }
  /* Translators: in the score chart, the features without a category */
  other = chart_group_new (_("Other features"), self->subjects->len);
  g_ptr_array_add (by_category, other);

  for (guint f = 0; f < g_list_model_get_n_items (features); f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);
      VsCategory *category = vs_feature_get_category (feature);
      guint index = category != NULL ? vs_category_get_index (category) : n_categories;

      if (chart_group_add (g_ptr_array_index (by_category, index), feature, self->subjects))
        used[index] = TRUE;
    }

  for (guint c = 0; c <= n_categories; c++)
    if (used[c])
      g_ptr_array_add (groups, g_steal_pointer (&by_category->pdata[c]));

  g_free (used);

  return groups;
}

/* What the chart shows, in words, for readers who cannot see it. */
static char *
chart_description (VsReport  *self,
                   GPtrArray *groups)
{
  GString *text = g_string_new (NULL);

  g_string_append (text, _("Bar chart of the average score out of 5 of each subject."));
  for (guint g = 0; g < groups->len; g++)
    {
      ChartGroup *group = g_ptr_array_index (groups, g);

      g_string_append_printf (text, " %s:", group->label);
      for (guint i = 0; i < self->subjects->len; i++)
        {
          const char *name = vs_subject_get_name (g_ptr_array_index (self->subjects, i));

          if (group->counts[i] > 0)
            {
              g_autofree char *score = format_score (group->sums[i] / group->counts[i]);

              g_string_append_printf (text, " %s %s%s", name, score,
                                      i + 1 < self->subjects->len ? "," : ".");
            }
          else
            /* Translators: in the description of the chart, a subject without scores */
            g_string_append_printf (text, _(" %s no score%s"), name,
                                    i + 1 < self->subjects->len ? "," : ".");
        }
    }

  return g_string_free (text, FALSE);
}

/* The chart's scale, 0 to 5, above its bars. */
static void
add_chart_scale (VsReport *self,
                 Flow     *flow,
                 double    bars_x,
                 double    bars_width)
{
  double height = 0;

  for (guint tick = 0; tick <= SCORE_MAX; tick++)
    {
      g_autofree char *label = g_strdup_printf ("%u", tick);
      g_autoptr(PangoLayout) layout = make_layout (self, STYLE_SMALL, label, -1);
      double tick_x = bars_x + bars_width * tick / SCORE_MAX;

      flow_text (flow, layout, tick_x - layout_width (layout) / 2, flow->y, 0, 1,
                 &secondary_color);
      height = layout_height (layout);
    }

  flow->y += height + 3;
}

static void
write_chart (VsReport *self,
             Flow     *flow)
{
  g_autoptr(GPtrArray) groups = chart_groups (self);
  g_autofree char *description = NULL;
  g_autofree char *alt = NULL;
  g_autofree char *figure_attributes = NULL;
  const double bar_height = 7.5;
  const double bar_gap = 2.5;
  const double value_width = 26;
  double name_width = 0;
  double label_width;
  double bars_x;
  double bars_width;
  double x;
  double line_height;

  if (groups->len == 0)
    return;

  flow_section (flow, _("Scores"), FALSE);

  description = chart_description (self, groups);
  alt = escape_attribute (description);
  figure_attributes = g_strdup_printf ("Alt='%s'", alt);

  /* Each bar's value is followed by its subject's name, so that colour is
   * not the only way to tell the bars apart; long names are ellipsized.
   */
  for (guint i = 0; i < self->subjects->len; i++)
    {
      g_autoptr(PangoLayout) name = make_layout (self, STYLE_CELL,
                                                 vs_subject_get_name (g_ptr_array_index (self->subjects, i)),
                                                 -1);

      name_width = MAX (name_width, layout_width (name));
    }
  name_width = MIN (name_width, flow->width * 0.16);

  label_width = MIN (150, flow->width * 0.32);
  bars_x = flow->left + label_width + 8;
  bars_width = flow->right - bars_x - value_width - name_width;

  /* cairo 1.16 does not write the Alt attribute of a Figure (it is kept
   * for later versions): the chart's labels and values are real text inside
   * the Figure, under a Caption that says what it shows.
   */
  flow_ensure (flow, 120);
  flow_begin (flow, "Figure", figure_attributes);
  flow_begin (flow, "Caption", NULL);
  {
    g_autoptr(PangoLayout) caption = NULL;

    gboolean by_category = g_list_model_get_n_items (vs_dataset_get_categories (self->dataset)) > 0;

    caption = make_layout (self, STYLE_SMALL,
                           by_category
                           ? _("The average score out of 5 of each subject, from the scores of "
                               "the features in each category. Longer bars are better.")
                           : _("The score out of 5 of each subject in each feature. Longer bars "
                               "are better."),
                           flow->width);
    flow_layout (flow, caption, flow->left, &secondary_color);
    line_height = first_line_height (caption);
  }
  flow_end (flow);
  flow->y += 8;

  /* The legend. */
  x = flow->left;
  for (guint i = 0; i < self->subjects->len; i++)
    {
      VsSubject *subject = g_ptr_array_index (self->subjects, i);
      Rgb fill = subject_fill_color (self, subject);
      g_autoptr(PangoLayout) name = make_layout (self, STYLE_SMALL, vs_subject_get_name (subject),
                                                 -1);
      double width = MIN (layout_width (name), flow->width - 12);

      if (x + 12 + width > flow->right && x > flow->left)
        {
          x = flow->left;
          flow->y += line_height + 3;
        }
      flow_fill (flow, x, flow->y + (line_height - 8) / 2, 8, 8, &fill);
      pango_layout_set_width (name, (int)(width * PANGO_SCALE) + 1);
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      flow_text (flow, name, x + 11, flow->y, 0, 1, &text_color);
      x += 11 + width + 14;
    }
  flow->y += line_height + 8;

  add_chart_scale (self, flow, bars_x, bars_width);

  for (guint g = 0; g < groups->len; g++)
    {
      ChartGroup *group = g_ptr_array_index (groups, g);
      g_autoptr(PangoLayout) label = make_layout (self, STYLE_SMALL, group->label, label_width);
      double bars = self->subjects->len * (bar_height + bar_gap) - bar_gap;
      double height = MAX (layout_height (label), bars) + 9;
      double top;

      flow_ensure (flow, height);
      if (flow_at_top (flow))
        add_chart_scale (self, flow, bars_x, bars_width);
      top = flow->y;

      if (g % 2 == 0)
        flow_fill (flow, flow->left, top - 3, flow->width, height - 3, &stripe_fill);
      for (guint tick = 0; tick <= SCORE_MAX; tick++)
        flow_rule (flow, bars_x + bars_width * tick / SCORE_MAX, top - 3, 0, height - 3,
                   &grid_color);

      flow_text (flow, label, flow->left + 4, top, 0, pango_layout_get_line_count (label),
                 &text_color);

      for (guint i = 0; i < self->subjects->len; i++)
        {
          VsSubject *subject = g_ptr_array_index (self->subjects, i);
          Rgb fill = subject_fill_color (self, subject);
          double bar_y = top + i * (bar_height + bar_gap);
          g_autofree char *value = NULL;
          g_autoptr(PangoLayout) value_layout = NULL;

          if (group->counts[i] > 0)
            {
              double average = group->sums[i] / group->counts[i];

              value = format_score (average);
              flow_fill (flow, bars_x, bar_y, MAX (bars_width * average / SCORE_MAX, 1),
                         bar_height, &fill);
            }
          else
            value = g_strdup (VS_EXPORT_MISSING_VALUE);

          value_layout = make_layout (self, STYLE_CELL, value, -1);
          flow_text (flow, value_layout, flow->right - name_width - value_width + 6,
                     bar_y + (bar_height - layout_height (value_layout)) / 2, 0, 1,
                     &secondary_color);

          {
            g_autoptr(PangoLayout) name = make_layout (self, STYLE_CELL,
                                                       vs_subject_get_name (subject), -1);

            align_with_document (name);
            pango_layout_set_width (name, (int)(name_width * PANGO_SCALE) + 1);
            pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
            flow_text (flow, name, flow->right - name_width,
                       bar_y + (bar_height - layout_height (name)) / 2, 0, 1, &secondary_color);
          }
        }

      flow->y = top + height;
    }

  flow_end (flow);
}

/* The chart, on the next page if it fits on one page but not on this one. */
static void
add_chart (VsReport *self,
           Flow     *flow)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (open_tag_free);
  Flow scratch;
  double height;

  /* Measured on a scratch page with no end, from its top. */
  start_scratch_page (&scratch, flow, pages, open);
  write_chart (self, &scratch);
  height = scratch.y - scratch.top;

  /* 18: the space before a section that does not start a page. */
  if (!flow_at_top (flow) && height <= flow->bottom - flow->top &&
      flow->y + 18 + height > flow->bottom)
    flow_new_page (flow);

  write_chart (self, flow);
}

static void
cell_clear_before (Cell *cell)
{
  g_clear_object (&cell->before);
  cell->before_first = 0;
  cell->before_count = 0;
  cell->before_height = 0;
}

static void
cell_clear (Cell *cell)
{
  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->tops, g_array_unref);
  cell_clear_before (cell);
}

/* Lays out the cell's next piece of text, from its first line. */
static void
cell_next_piece (VsReport *self,
                 Cell     *cell)
{
  gsize used;

  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->tops, g_array_unref);

  cell->layout = make_piece (self, cell->style, cell->rest, cell->rest_length, cell->text_width,
                             &cell->n_lines, &used);
  cell->tops = layout_line_tops (cell->layout);
  cell->next_line = 0;
  cell->rest += used;
  cell->rest_length -= used;
}

static void
cell_set (VsReport   *self,
          Cell       *cell,
          const char *tag,
          Style       style,
          const char *text,
          const Rgb  *color,
          double      x,
          double      width)
{
  cell->tag = tag;
  cell->color = *color;
  cell->x = x;
  cell->style = style;
  cell->text_width = width - 2 * CELL_PAD_X;
  cell->rest = text;
  cell->rest_length = strlen (text);
  cell_next_piece (self, cell);
}

static guint
cell_n_lines (Cell *cell)
{
  return cell->n_lines;
}

static double
cell_lines_height (Cell  *cell,
                   guint  first,
                   guint  count)
{
  return (g_array_index (cell->tops, double, first + count) -
          g_array_index (cell->tops, double, first));
}

/* How many of the cell's next lines fit in @available points. */
static guint
cell_count_lines (Cell   *cell,
                  double  available)
{
  guint count = 0;

  while (cell->next_line + count < cell->n_lines &&
         cell_lines_height (cell, cell->next_line, count + 1) <= available + 0.01)
    count++;

  return count;
}

static void
table_draw_row (Flow        *flow,
                Table       *table,
                Cell        *cells,
                guint       *counts,
                double       height,
                double       offset,
                const Rgb   *fill,
                PangoLayout *continued)
{
  /* The fill leaves the rule above it visible. */
  if (fill != NULL)
    flow_fill (flow, table->left, flow->y + 0.3, table->width, height - 0.3, fill);

  for (guint c = 0; c < table->n_cells; c++)
    if (cells[c].has_bar)
      flow_fill (flow, cells[c].x, flow->y, table->widths[c], HEADER_BAR, &cells[c].bar);

  flow_begin (flow, "TR", NULL);
  for (guint c = 0; c < table->n_cells; c++)
    {
      Cell *cell = &cells[c];

      flow_begin (flow, cell->tag, NULL);
      if (cell->before_count > 0)
        flow_text (flow, cell->before, cell->x + CELL_PAD_X, flow->y + CELL_PAD_Y + offset,
                   cell->before_first, cell->before_count, &cell->color);
      if (counts[c] > 0)
        flow_text (flow, cell->layout, cell->x + CELL_PAD_X,
                   flow->y + CELL_PAD_Y + offset + cell->before_height,
                   cell->next_line, counts[c], &cell->color);
      else if (c == 0 && continued != NULL && cell->before_count == 0)
        flow_text (flow, continued, cell->x + CELL_PAD_X, flow->y + CELL_PAD_Y + offset, 0,
                   pango_layout_get_line_count (continued), &secondary_color);
      flow_end (flow);
    }
  flow_end (flow);

  flow_rule (flow, table->left, flow->y + height, table->width, 0, &rule_color);
  flow->y += height;
}

static void
table_draw_header (Flow  *flow,
                   Table *table)
{
  g_autofree guint *counts = g_new0 (guint, table->n_cells);

  for (guint c = 0; c < table->n_cells; c++)
    counts[c] = cell_n_lines (&table->header[c]);

  table_draw_row (flow, table, table->header, counts, table->header_height, HEADER_BAR,
                  &header_fill, NULL);
}

/* Draws a row of cells, on this page if it fits, or else at the top of the
 * next one, under the header. A row taller than a page is split between
 * lines, never inside one.
 */
static void
table_add_row (Flow      *flow,
               Table     *table,
               Cell      *cells,
               const Rgb *fill)
{
  g_autofree guint *counts = g_new0 (guint, table->n_cells);
  g_autoptr(PangoLayout) continued = NULL;
  double height = 0;
  gboolean done = FALSE;

  for (guint c = 0; c < table->n_cells; c++)
    height = MAX (height, cell_lines_height (&cells[c], 0, cell_n_lines (&cells[c])));
  height += 2 * CELL_PAD_Y;

  if (flow->y + height > flow->bottom &&
      height <= flow->bottom - flow->top - table->header_height)
    {
      flow_new_page (flow);
      table_draw_header (flow, table);
    }

  while (!done)
    {
      double available = flow->bottom - flow->y - 2 * CELL_PAD_Y;
      double piece = 0;
      gboolean any = FALSE;

      done = TRUE;
      for (guint c = 0; c < table->n_cells; c++)
        {
          Cell *cell = &cells[c];

          counts[c] = cell_count_lines (cell, available);

          /* The cell's piece of text ends on this page: the next one goes
           * on under it.
           */
          if (cell->rest_length > 0 && cell->next_line + counts[c] == cell_n_lines (cell))
            {
              if (counts[c] > 0)
                {
                  cell->before = g_object_ref (cell->layout);
                  cell->before_first = cell->next_line;
                  cell->before_count = counts[c];
                  cell->before_height = cell_lines_height (cell, cell->next_line, counts[c]);
                }
              cell_next_piece (flow->report, cell);
              counts[c] = cell_count_lines (cell, available - cell->before_height);
            }

          /* At the top of a page, a line taller than the page goes anyway. */
          if (counts[c] == 0 && cell->before_count == 0 && cell->next_line < cell_n_lines (cell) &&
              flow->y <= flow->top + table->header_height + 0.5)
            counts[c] = 1;

          if (counts[c] > 0 || cell->before_count > 0)
            {
              piece = MAX (piece, cell->before_height +
                                  cell_lines_height (cell, cell->next_line, counts[c]));
              any = TRUE;
            }
          if (cell->next_line + counts[c] < cell_n_lines (cell) || cell->rest_length > 0)
            done = FALSE;
        }

      if (!any)
        {
          flow_new_page (flow);
          table_draw_header (flow, table);
          done = FALSE;
          continue;
        }

      table_draw_row (flow, table, cells, counts, piece + 2 * CELL_PAD_Y, 0, fill, continued);

      for (guint c = 0; c < table->n_cells; c++)
        {
          cells[c].next_line += counts[c];
          cell_clear_before (&cells[c]);
        }

      if (!done)
        {
          flow_new_page (flow);
          table_draw_header (flow, table);

          /* The rest of the row says whose it is. */
          if (continued == NULL)
            {
              /* Translators: in the feature table, atop the rest of a row that did
               * not fit on one page
               */
              g_autofree char *text = g_strdup_printf (_("%s (continued)"),
                                                       pango_layout_get_text (cells[0].layout));

              continued = make_layout (flow->report, STYLE_CELL, text,
                                       table->widths[0] - 2 * CELL_PAD_X);
            }
        }
    }
}

/* The width of the Advantage column: its widest label, within limits. */
static double
advantage_width (VsReport *self,
                 Flow     *flow)
{
  GListModel *features = vs_dataset_get_features (self->dataset);
  g_autoptr(PangoLayout) header = make_layout (self, STYLE_CELL_BOLD, _("Advantage"), -1);
  double width = layout_width (header);

  for (guint i = 0; i < vs_dataset_get_n_subjects (self->dataset); i++)
    {
      VsSubject *subject = vs_dataset_get_subject (self->dataset, i);
      g_autoptr(PangoLayout) name = make_layout (self, STYLE_CELL_BOLD,
                                                 vs_subject_get_name (subject), -1);
      gboolean used = FALSE;

      for (guint f = 0; f < g_list_model_get_n_items (features) && !used; f++)
        {
          g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);

          used = vs_feature_get_advantage (feature) == subject;
        }

      if (used)
        width = MAX (width, layout_width (name));
    }

  return CLAMP (width + 2 * CELL_PAD_X + 1, flow->width * 0.09, flow->width * 0.16);
}

static void
add_feature_table (VsReport  *self,
                   Flow      *flow,
                   GPtrArray *subjects,
                   gboolean   has_category,
                   double     advantage_column)
{
  gboolean has_advantage = advantage_column > 0;
  GListModel *features = vs_report_get_features (self);
  Table table = { 0 };
  double fixed = 0;
  double x;
  guint c;

  table.n_cells = subjects->len + 1 + (has_category ? 1 : 0) + (has_advantage ? 1 : 0);
  table.x = g_new0 (double, table.n_cells);
  table.widths = g_new0 (double, table.n_cells);
  table.header = g_new0 (Cell, table.n_cells);
  table.left = flow->left;
  table.width = flow->width;

  /* Feature, Category and Advantage take a fixed share, the subjects split
   * the rest.
   */
  c = 0;
  table.widths[c++] = flow->width * 0.17;
  if (has_category)
    table.widths[c++] = flow->width * 0.14;
  for (guint i = 0; i < table.n_cells; i++)
    fixed += table.widths[i];
  if (has_advantage)
    {
      table.widths[table.n_cells - 1] = advantage_column;
      fixed += table.widths[table.n_cells - 1];
    }
  for (guint i = 0; i < subjects->len; i++)
    table.widths[c++] = (flow->width - fixed) / subjects->len;

  x = flow->left;
  for (guint i = 0; i < table.n_cells; i++)
    {
      table.x[i] = x;
      x += table.widths[i];
    }

  c = 0;
  cell_set (self, &table.header[c], "TH", STYLE_CELL_BOLD, _("Feature"), &text_color,
            table.x[c], table.widths[c]);
  c++;
  if (has_category)
    {
      cell_set (self, &table.header[c], "TH", STYLE_CELL_BOLD, _("Category"), &text_color,
                table.x[c], table.widths[c]);
      c++;
    }
  for (guint i = 0; i < subjects->len; i++, c++)
    {
      VsSubject *subject = g_ptr_array_index (subjects, i);
      Rgb color = readable_on (subject_text_color (self, subject), &header_fill,
                               MIN_TEXT_CONTRAST);

      cell_set (self, &table.header[c], "TH", STYLE_CELL_BOLD, vs_subject_get_name (subject),
                &color, table.x[c], table.widths[c]);
      align_with_document (table.header[c].layout);
      table.header[c].has_bar = TRUE;
      table.header[c].bar = subject_fill_color (self, subject);
    }
  if (has_advantage)
    cell_set (self, &table.header[c], "TH", STYLE_CELL_BOLD, _("Advantage"), &text_color,
              table.x[c], table.widths[c]);

  for (guint i = 0; i < table.n_cells; i++)
    table.header_height = MAX (table.header_height,
                               cell_lines_height (&table.header[i], 0,
                                                  cell_n_lines (&table.header[i])));
  table.header_height += 2 * CELL_PAD_Y + HEADER_BAR;

  flow_ensure (flow, table.header_height + 40);
  flow_begin (flow, "Table", NULL);
  table_draw_header (flow, &table);

  for (guint f = 0; f < g_list_model_get_n_items (features) && !flow_cancelled (flow); f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);
      g_autofree Cell *cells = g_new0 (Cell, table.n_cells);
      VsSubject *advantage = vs_feature_get_advantage (feature);

      c = 0;
      cell_set (self, &cells[c], "TH", STYLE_CELL_BOLD, vs_feature_get_name (feature),
                &text_color, table.x[c], table.widths[c]);
      c++;
      if (has_category)
        {
          const char *category = vs_export_category_name (feature);

          cell_set (self, &cells[c], "TD", STYLE_CELL, category != NULL ? category : "",
                    &secondary_color, table.x[c], table.widths[c]);
          c++;
        }
      for (guint i = 0; i < subjects->len; i++, c++)
        {
          VsSubject *subject = g_ptr_array_index (subjects, i);
          const char *value = vs_feature_get_value (feature, vs_subject_get_index (subject));

          cell_set (self, &cells[c], "TD", STYLE_CELL,
                    value != NULL ? value : VS_EXPORT_MISSING_VALUE,
                    value != NULL ? &text_color : &secondary_color,
                    table.x[c], table.widths[c]);
        }
      if (has_advantage)
        {
          const char *label = vs_export_advantage_label (feature);
          Rgb color = advantage != NULL ? subject_text_color (self, advantage) : secondary_color;

          cell_set (self, &cells[c], "TD", advantage != NULL ? STYLE_CELL_BOLD : STYLE_CELL,
                    label != NULL ? label : "", &color, table.x[c], table.widths[c]);
        }

      table_add_row (flow, &table, cells, f % 2 == 1 ? &stripe_fill : NULL);

      for (guint i = 0; i < table.n_cells; i++)
        cell_clear (&cells[i]);
    }

  flow_end (flow);

  for (guint i = 0; i < table.n_cells; i++)
    cell_clear (&table.header[i]);
  g_free (table.header);
  g_free (table.x);
  g_free (table.widths);
}

static void
add_features (VsReport *self,
              Flow     *flow)
{
  GListModel *features = vs_report_get_features (self);
  guint n_features = g_list_model_get_n_items (features);
  guint n_all = g_list_model_get_n_items (vs_dataset_get_features (self->dataset));
  gboolean has_category = FALSE;
  gboolean has_advantage = FALSE;
  double subjects_width;
  double advantage = 0;
  guint per_table;
  guint n_tables;

  for (guint f = 0; f < g_list_model_get_n_items (features); f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);

      has_category |= vs_feature_get_category (feature) != NULL;
      has_advantage |= vs_export_advantage_label (feature) != NULL;
    }

  flow_section (flow, _("Features"), TRUE);

  if (n_features != n_all)
    {
      /* Translators: under the heading of the report's feature table, when
       * the window's search or filters hide some features
       */
      g_autofree char *text = g_strdup_printf (ngettext ("The %u feature of %u shown in the window.",
                                                         "The %u features of %u shown in the window.",
                                                         n_features),
                                               n_features, n_all);

      flow_paragraph (flow, "P", STYLE_SMALL, text, &secondary_color, 0, 8);
    }

  /* Many subjects do not fit across a page: they are shown a few at a time,
   * in as many tables.
   */
  if (has_advantage)
    advantage = advantage_width (self, flow);
  subjects_width = flow->width * (1 - 0.17 - (has_category ? 0.14 : 0)) - advantage;
  per_table = MAX (1, (guint)(subjects_width / MIN_SUBJECT_COLUMN));
  n_tables = (self->subjects->len + per_table - 1) / per_table;

  for (guint t = 0; t < n_tables; t++)
    {
      g_autoptr(GPtrArray) subjects = g_ptr_array_new ();
      guint first = t * self->subjects->len / n_tables;
      guint end = (t + 1) * self->subjects->len / n_tables;

      /* As many subjects in each table, give or take one. */
      for (guint i = first; i < end; i++)
        g_ptr_array_add (subjects, g_ptr_array_index (self->subjects, i));

      if (n_tables > 1)
        {
          g_autoptr(PangoLayout) names = make_subject_names_layout (self, STYLE_H2, "", subjects,
                                                                    ", ", flow->width);

          if (t > 0)
            flow->y += 18;
          flow_ensure (flow, layout_height (names) + 80);
          flow_paragraph_layout (flow, "H2", names, &text_color, 0, 8);
        }

      add_feature_table (self, flow, subjects, has_category, advantage);
    }
}

static void
add_use_cases (VsReport *self,
               Flow     *flow)
{
  GListModel *use_cases = vs_dataset_get_use_cases (self->dataset);

  if (g_list_model_get_n_items (use_cases) == 0)
    return;

  flow_section (flow, _("Use cases"), TRUE);

  for (guint u = 0; u < g_list_model_get_n_items (use_cases); u++)
    {
      g_autoptr(VsUseCase) use_case = g_list_model_get_item (use_cases, u);
      const char * const *tags = vs_use_case_get_tags (use_case);
      GPtrArray *recommended = vs_use_case_get_recommended (use_case);
      g_autoptr(PangoLayout) names = NULL;

      if (u > 0)
        flow->y += 10;
      flow_heading (flow, "H2", STYLE_H3, vs_use_case_get_name (use_case), &text_color, 0, 3);

      if (vs_use_case_get_description (use_case) != NULL)
        flow_paragraph (flow, "P", STYLE_BODY, vs_use_case_get_description (use_case),
                        &text_color, 0, 3);

      if (tags != NULL && tags[0] != NULL)
        {
          g_autofree char *joined = g_strjoinv (", ", (char **)tags);
          /* Translators: the tags of a use case */
          g_autofree char *text = g_strdup_printf (_("Tags: %s"), joined);

          flow_paragraph (flow, "P", STYLE_SMALL, text, &secondary_color, 0, 2);
        }

      /* Translators: before the subjects recommended for a use case */
      names = make_subject_names_layout (self, STYLE_SMALL, _("Recommended: "), recommended, ", ",
                                         flow->width);
      flow_paragraph_layout (flow, "P", names, &secondary_color, 0, 0);
    }
}

static void
add_companies (VsReport *self,
               Flow     *flow)
{
  GListModel *companies = vs_dataset_get_companies (self->dataset);
  guint n_companies = g_list_model_get_n_items (companies);

  if (n_companies == 0)
    return;

  flow_section (flow, _("Companies"), FALSE);

  for (guint i = 0; i < self->subjects->len; i++)
    {
      VsSubject *subject = g_ptr_array_index (self->subjects, i);
      Rgb color = subject_text_color (self, subject);
      g_autoptr(GPtrArray) users = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *heading = NULL;

      for (guint c = 0; c < n_companies; c++)
        {
          g_autoptr(VsCompany) company = g_list_model_get_item (companies, c);

          if (vs_company_uses (company, subject))
            g_ptr_array_add (users, g_steal_pointer (&company));
        }

      /* Translators: a heading in the report's companies: “Node.js (5)” */
      heading = g_strdup_printf (_("%s (%u)"), vs_subject_get_name (subject), users->len);
      flow_heading (flow, "H2", STYLE_H2, heading, &color, i > 0 ? 10 : 0, 4);

      if (users->len == 0)
        {
          flow_paragraph (flow, "P", STYLE_BODY, _("No company is listed."), &secondary_color,
                          0, 0);
          continue;
        }

      flow_begin (flow, "L", NULL);
      for (guint c = 0; c < users->len; c++)
        {
          VsCompany *company = g_ptr_array_index (users, c);
          const char *sector = vs_company_get_sector (company);
          g_autofree char *text = NULL;
          g_autoptr(PangoLayout) body = NULL;

          const char *name = vs_company_get_name (company);

          text = sector != NULL ? g_strdup_printf ("%s — %s", name, sector) : g_strdup (name);
          body = make_layout (self, STYLE_BODY, text, flow->width - 11);
          if (sector != NULL)
            layout_add_attribute (body, foreground_attribute (&secondary_color, strlen (name),
                                                              strlen (text)));
          flow_list_item (flow, body, &text_color, 0, 2);
        }
      flow_end (flow);
    }
}

static void
add_verdict (VsReport *self,
             Flow     *flow)
{
  GListModel *questions = vs_dataset_get_questions (self->dataset);
  g_autoptr(VsVerdictResult) result = NULL;
  guint n_entries;
  double max_score = 0;
  gboolean any_tie = FALSE;
  g_autofree char *answers_heading = NULL;

  if (self->verdict == NULL || vs_verdict_get_n_answers (self->verdict) == 0)
    return;

  result = vs_verdict_compute (self->verdict);
  n_entries = g_list_model_get_n_items (G_LIST_MODEL (result));

  flow_section (flow, _("Verdict"), TRUE);

  /* Translators: heading of the answers given to the verdict's questions */
  answers_heading = g_strdup_printf (ngettext ("Your answer", "Your %u answers",
                                               vs_verdict_get_n_answers (self->verdict)),
                                     vs_verdict_get_n_answers (self->verdict));
  flow_heading (flow, "H2", STYLE_H2, answers_heading, &text_color, 0, 4);
  flow_begin (flow, "L", NULL);
  for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
    {
      g_autoptr(VsQuestion) question = g_list_model_get_item (questions, q);
      VsChoice *choice = vs_verdict_get_answer (self->verdict, question);
      g_autoptr(GString) text = NULL;
      g_autoptr(PangoLayout) body = NULL;
      guint answer_start;
      guint answer_end;

      if (choice == NULL)
        continue;

      text = g_string_new (vs_question_get_prompt (question));
      g_string_append (text, " ");
      answer_start = text->len;
      g_string_append (text, vs_choice_get_label (choice));
      answer_end = text->len;
      if (vs_verdict_get_important (self->verdict, question))
        /* Translators: after an answer of the verdict marked as important */
        g_string_append (text, _(" (important to you: counted twice)"));

      body = make_layout (self, STYLE_BODY, text->str, flow->width - 11);
      layout_add_attribute (body, bold_attribute (answer_start, answer_end));
      flow_list_item (flow, body, &text_color, 0, 2);
    }
  flow_end (flow);

  flow_heading (flow, "H2", STYLE_H2, _("Ranking"), &text_color, 12, 6);

  if (!vs_verdict_result_get_is_decisive (result))
    flow_paragraph (flow, "P", STYLE_BODY,
                    vs_verdict_result_get_n_answers (result) == 0
                    ? _("No question was answered: the answers do not separate the subjects.")
                    : _("The answers do not separate the subjects: they are tied."),
                    &secondary_color, 0, 6);

  for (guint i = 0; i < n_entries; i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);

      max_score = MAX (max_score, fabs (vs_verdict_entry_get_score (entry)));
    }

  for (guint i = 0; i < n_entries; i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);
      VsSubject *subject = vs_verdict_entry_get_subject (entry);
      double score = vs_verdict_entry_get_score (entry);
      Rgb color = subject_text_color (self, subject);
      Rgb fill = subject_fill_color (self, subject);
      g_autofree char *rank = g_strdup_printf ("%s%u.",
                                               vs_verdict_entry_get_tied (entry) ? "=" : "",
                                               vs_verdict_entry_get_rank (entry));
      g_autofree char *score_text = format_score (score);
      g_autoptr(GString) line = g_string_new (rank);
      g_autoptr(PangoLayout) layout = NULL;
      g_autoptr(PangoLayout) score_layout = NULL;
      double name_width = flow->width * 0.36;
      double bar_x = flow->left + name_width + 6;
      double bar_width = flow->width - name_width - 6 - 40;
      double height;
      guint name_start;

      any_tie |= vs_verdict_entry_get_tied (entry);

      g_string_append (line, " ");
      name_start = line->len;
      g_string_append (line, vs_subject_get_name (subject));
      layout = make_layout (self, STYLE_H3, line->str, name_width);
      layout_add_attribute (layout, foreground_attribute (&color, name_start, line->len));
      score_layout = make_layout (self, STYLE_BODY_BOLD, score_text, -1);
      height = layout_height (layout);

      flow->y += i > 0 ? 8 : 0;
      flow_ensure (flow, height + 30);
      flow_begin (flow, "H3", NULL);
      flow_text (flow, layout, flow->left, flow->y, 0, pango_layout_get_line_count (layout),
                 &text_color);
      flow_end (flow);
      if (score > 0 && max_score > 0)
        flow_fill (flow, bar_x, flow->y + 2, bar_width * score / max_score,
                   first_line_height (layout) - 4, &fill);
      flow_begin (flow, "P", NULL);
      flow_text (flow, score_layout, flow->right - 34, flow->y, 0, 1, &text_color);
      flow_end (flow);
      flow->y += height + 3;

      if (vs_verdict_entry_get_n_reasons (entry) > 0)
        {
          flow_begin (flow, "L", NULL);
          for (guint r = 0; r < vs_verdict_entry_get_n_reasons (entry); r++)
            {
              const VsVerdictReason *reason = vs_verdict_entry_get_reason (entry, r);
              g_autofree char *text = vs_verdict_reason_describe (reason);
              g_autofree char *points = vs_verdict_reason_format_points (reason);
              g_autoptr(GString) item = g_string_new (points);
              g_autoptr(PangoLayout) body = NULL;
              guint points_end = item->len;

              /* The points first, in bold, so that they can be added up by eye. */
              g_string_append (item, "  ");
              if (reason->important)
                /* Translators: a reason of the verdict whose answer was marked important */
                g_string_append_printf (item, _("%s (important to you: counted twice)"), text);
              else
                g_string_append (item, text);

              body = make_layout (self, STYLE_BODY, item->str, flow->width - 14 - 11);
              layout_add_attribute (body, bold_attribute (0, points_end));
              flow_list_item (flow, body, &text_color, 14, 2);
            }
          flow_end (flow);
        }
    }

  if (any_tie)
    flow_paragraph (flow, "P", STYLE_SMALL, _("“=” marks subjects tied on the same score."),
                    &secondary_color, 0, 0);

  if (vs_verdict_result_get_is_decisive (result))
    {
      VsSubject *winner = vs_verdict_entry_get_subject (vs_verdict_result_get_entry (result, 0));
      GListModel *use_cases = vs_dataset_get_use_cases (self->dataset);
      GListModel *companies = vs_dataset_get_companies (self->dataset);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint u = 0; u < g_list_model_get_n_items (use_cases); u++)
        {
          g_autoptr(VsUseCase) use_case = g_list_model_get_item (use_cases, u);

          if (vs_use_case_recommends (use_case, winner))
            g_ptr_array_add (names, g_strdup (vs_use_case_get_name (use_case)));
        }
      if (names->len > 0)
        {
          g_autofree char *joined = NULL;
          g_autofree char *text = NULL;

          g_ptr_array_add (names, NULL);
          joined = g_strjoinv (", ", (char **)names->pdata);
          /* Translators: the use cases that suit the subject the verdict ranks first */
          text = g_strdup_printf (_("Use cases that suit %s: %s."), vs_subject_get_name (winner),
                                  joined);
          flow->y += 8;
          flow_paragraph (flow, "P", STYLE_BODY, text, &text_color, 0, 3);
        }

      g_ptr_array_set_size (names, 0);
      for (guint c = 0; c < g_list_model_get_n_items (companies); c++)
        {
          g_autoptr(VsCompany) company = g_list_model_get_item (companies, c);

          if (vs_company_uses (company, winner))
            g_ptr_array_add (names, g_strdup (vs_company_get_name (company)));
        }
      if (names->len > 0)
        {
          g_autofree char *joined = NULL;
          g_autofree char *text = NULL;

          g_ptr_array_add (names, NULL);
          joined = g_strjoinv (", ", (char **)names->pdata);
          /* Translators: the companies that use the subject the verdict ranks first */
          text = g_strdup_printf (_("%s is used by %s."), vs_subject_get_name (winner), joined);
          flow_paragraph (flow, "P", STYLE_BODY, text, &text_color, 0, 3);
        }
    }
}

/* “Page N of M” and the title, at the bottom of page @page_nr, added to the
 * flow's current operations.
 */
static void
add_footer (VsReport *self,
            Flow     *flow,
            guint     page_nr,
            guint     n_pages)
{
  /* Translators: the footer of every page of the report */
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page_nr + 1, n_pages);
  g_autoptr(PangoLayout) page = make_layout (self, STYLE_FOOTER, text, -1);
  const char *full_title = vs_dataset_get_title (self->dataset);
  const char *end = full_title;
  g_autoptr(PangoLayout) title = NULL;
  double y = self->page_height - FOOTER_OFFSET;

  /* The title is ellipsized to a line: no need to shape more of it than a
   * line can show, on every page.
   */
  for (guint i = 0; i < FOOTER_TITLE_CHARS && *end != '\0'; i++)
    end = g_utf8_next_char (end);
  title = make_layout_sized (self, STYLE_FOOTER, full_title, end - full_title,
                             flow->width - layout_width (page) - 24);

  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  flow_rule (flow, flow->left, y - 5, flow->width, 0, &rule_color);
  if (page_nr > 0)
    flow_text (flow, title, flow->left, y, 0, 1, &secondary_color);
  flow_text (flow, page, flow->right - layout_width (page), y, 0, 1, &secondary_color);
}

/* The footers of all the pages, when they are kept. */
static void
add_footers (VsReport *self,
             Flow     *flow)
{
  guint n_pages = flow->pages->len;

  for (guint p = 0; p < n_pages; p++)
    {
      flow->ops = g_ptr_array_index (flow->pages, p);
      add_footer (self, flow, p, n_pages);
    }
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

static void
cursor_free (gpointer data)
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
      PangoRectangle logical;
      int baseline;

      pango_layout_iter_get_line_extents (cursor->iter, NULL, &logical);
      baseline = pango_layout_iter_get_baseline (cursor->iter);
      if (cursor->line == op->first_line)
        top = (double)logical.y / PANGO_SCALE;

      cairo_move_to (cr, op->x + (double)logical.x / PANGO_SCALE,
                     op->y + (double)baseline / PANGO_SCALE - top);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (cursor->iter));
      self->lines_visited++;
      self->lines_drawn++;

      more = pango_layout_iter_next_line (cursor->iter);
      cursor->line++;
    }

  /* Only a layout whose lines go on later keeps its cursor. */
  if (more && cursor->line < n_lines)
    {
      if (g_hash_table_size (self->cursors) >= MAX_CURSORS)
        g_hash_table_remove_all (self->cursors);
      g_hash_table_insert (self->cursors, cursor->layout, cursor);
    }
  else
    cursor_free (cursor);
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
static void
update_context (VsReport *self,
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

/* Draws the operations of page @page_nr of @n_pages; @tagged when the pages
 * are drawn in order on a PDF surface.
 */
static void
draw_ops (VsReport  *self,
          cairo_t   *cr,
          GPtrArray *ops,
          guint      page_nr,
          guint      n_pages,
          gboolean   tagged)
{
  cairo_surface_t *target = cairo_get_target (cr);
  gboolean is_pdf = cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_PDF;

  update_context (self, cr);
  cairo_save (cr);

  if (tagged && page_nr == 0)
    {
      set_metadata (self, target);
      cairo_tag_begin (cr, "Document", NULL);
    }

  for (guint i = 0; i < ops->len; i++)
    {
      const Op *op = g_ptr_array_index (ops, i);
      gboolean is_link = g_strcmp0 (op->name, CAIRO_TAG_LINK) == 0;

      switch (op->kind)
        {
        case OP_TEXT:
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
            cairo_tag_begin (cr, op->name, op->attributes);
          break;

        case OP_TAG_END:
          if (tagged || (is_pdf && is_link))
            cairo_tag_end (cr, op->name);
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

  if (tagged && page_nr + 1 == n_pages)
    cairo_tag_end (cr, "Document");

  /* After the last page, nothing goes on. */
  if (page_nr + 1 == n_pages)
    g_hash_table_remove_all (self->cursors);

  cairo_restore (cr);
}

/* ------------------------------------------------------------------------ */
/* Class                                                                     */
/* ------------------------------------------------------------------------ */

static void
clear_layout (VsReport *self)
{
  g_hash_table_remove_all (self->cursors);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->n_pages = 0;
  g_clear_object (&self->context);
  self->context_updated = FALSE;
  for (guint i = 0; i < N_STYLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_pointer (&self->subject_text, g_free);
  g_clear_pointer (&self->subject_fill, g_free);
  self->tagging = FALSE;
}

static void
vs_report_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VsReport *self = VS_REPORT (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_SUBJECTS:
      g_value_set_boxed (value, self->subjects);
      break;

    case PROP_VERDICT:
      g_value_set_object (value, self->verdict);
      break;

    case PROP_PAPER:
      g_value_set_enum (value, self->paper);
      break;

    case PROP_GENERATED_ON:
      g_value_set_boxed (value, self->generated_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_report_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  VsReport *self = VS_REPORT (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;

    case PROP_SUBJECTS:
      vs_report_set_subjects (self, g_value_get_boxed (value));
      break;

    case PROP_VERDICT:
      vs_report_set_verdict (self, g_value_get_object (value));
      break;

    case PROP_PAPER:
      vs_report_set_paper (self, g_value_get_enum (value));
      break;

    case PROP_GENERATED_ON:
      vs_report_set_generated_on (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_report_constructed (GObject *object)
{
  VsReport *self = VS_REPORT (object);

  G_OBJECT_CLASS (vs_report_parent_class)->constructed (object);

  g_assert (VS_IS_DATASET (self->dataset));

  if (self->subjects == NULL)
    self->subjects = vs_export_dup_subjects (self->dataset, NULL);
}

static void
vs_report_finalize (GObject *object)
{
  VsReport *self = VS_REPORT (object);

  clear_layout (self);
  g_clear_pointer (&self->cursors, g_hash_table_unref);
  g_clear_object (&self->dataset);
  g_clear_object (&self->verdict);
  g_clear_pointer (&self->subjects, g_ptr_array_unref);
  g_clear_pointer (&self->generated_on, g_date_time_unref);
  g_clear_object (&self->features);

  G_OBJECT_CLASS (vs_report_parent_class)->finalize (object);
}

static void
vs_report_class_init (VsReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = vs_report_get_property;
  object_class->set_property = vs_report_set_property;
  object_class->constructed = vs_report_constructed;
  object_class->finalize = vs_report_finalize;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         VS_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUBJECTS] =
    g_param_spec_boxed ("subjects", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VERDICT] =
    g_param_spec_object ("verdict", NULL, NULL,
                         VS_TYPE_VERDICT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PAPER] =
    g_param_spec_enum ("paper", NULL, NULL,
                       VS_TYPE_REPORT_PAPER, VS_REPORT_PAPER_A4,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_GENERATED_ON] =
    g_param_spec_boxed ("generated-on", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_report_init (VsReport *self)
{
  self->paper = VS_REPORT_PAPER_A4;
  self->generated_on = g_date_time_new_now_local ();
  self->cursors = g_hash_table_new_full (NULL, NULL, NULL, cursor_free);
}

/* ------------------------------------------------------------------------ */
/* Laying out                                                                */
/* ------------------------------------------------------------------------ */

/* Lays the report out with @flow, from its first page. */
static void
flow_run (Flow *flow)
{
  VsReport *self = flow->report;

  flow_new_page (flow);
  add_title_page (self, flow);
  add_overview (self, flow);
  add_guidance (self, flow);
  add_chart (self, flow);
  add_features (self, flow);
  add_use_cases (self, flow);
  add_companies (self, flow);
  add_verdict (self, flow);
  g_assert (flow->open->len == 0);
}

static void
flow_init (Flow      *flow,
           VsReport  *self,
           GPtrArray *open,
           double     width,
           double     height)
{
  *flow = (Flow) { 0 };
  flow->report = self;
  flow->open = open;
  flow->left = MARGIN_SIDE;
  flow->right = width - MARGIN_SIDE;
  flow->top = MARGIN_TOP;
  flow->bottom = height - MARGIN_BOTTOM;
  flow->width = flow->right - flow->left;
}

/* The Pango context, fonts and colours of a layout on @cr. */
static void
prepare_layout (VsReport *self,
                cairo_t  *cr,
                double    height)
{
  cairo_font_options_t *options;
  guint n_subjects;

  clear_layout (self);
  self->page_height = height;

  /* Unhinted metrics at 72 dpi: one point per unit, and the same line
   * breaks whatever the target's resolution.
   */
  self->context = pango_cairo_create_context (cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (self->context, 72);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  /* The report is laid out left to right; a paragraph in a right-to-left
   * script still finds its own direction (see align_with_document()).
   */
  pango_context_set_base_dir (self->context, PANGO_DIRECTION_LTR);

  for (guint i = 0; i < N_STYLES; i++)
    self->fonts[i] = pango_font_description_from_string (style_fonts[i]);

  n_subjects = vs_dataset_get_n_subjects (self->dataset);
  self->subject_text = g_new0 (Rgb, n_subjects);
  self->subject_fill = g_new0 (Rgb, n_subjects);
  for (guint i = 0; i < n_subjects; i++)
    {
      VsSubject *subject = vs_dataset_get_subject (self->dataset, i);
      Rgb color;

      if (!parse_color (vs_subject_get_color (subject), &color))
        parse_color (fallback_palette[i % G_N_ELEMENTS (fallback_palette)], &color);

      self->subject_text[i] = readable_on (color, &white, MIN_TEXT_CONTRAST);
      self->subject_fill[i] = readable_on (color, &white, MIN_GRAPHIC_CONTRAST);
    }
}

/* ------------------------------------------------------------------------ */
/* Public API                                                                */
/* ------------------------------------------------------------------------ */

/**
 * vs_report_paper_get_size:
 * @paper: a paper size
 * @width: (out) (optional): its width, in points
 * @height: (out) (optional): its height, in points
 */
void
vs_report_paper_get_size (VsReportPaper  paper,
                          double        *width,
                          double        *height)
{
  double w = 595.276;
  double h = 841.89;

  switch (paper)
    {
    case VS_REPORT_PAPER_LETTER:
      w = 612;
      h = 792;
      break;

    case VS_REPORT_PAPER_A4:
    default:
      break;
    }

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

/**
 * vs_report_new:
 * @dataset: the dataset to report on
 *
 * Creates a report on every subject of @dataset, on A4 paper, generated now.
 *
 * Returns: (transfer full): a new report
 */
VsReport *
vs_report_new (VsDataset *dataset)
{
  g_return_val_if_fail (VS_IS_DATASET (dataset), NULL);

  return g_object_new (VS_TYPE_REPORT, "dataset", dataset, NULL);
}

/**
 * vs_report_new_for_session:
 * @session: a session with a dataset
 *
 * Creates a report on what @session shows: its subjects in their order,
 * its features in their order, and its verdict when it has answers. The
 * report takes copies, so that an export in a thread sees none of the
 * later changes.
 *
 * Returns: (transfer full): a new report
 */
VsReport *
vs_report_new_for_session (VsSession *session)
{
  VsReport *report;
  VsVerdict *verdict;
  GListModel *features;

  g_return_val_if_fail (VS_IS_SESSION (session), NULL);
  g_return_val_if_fail (vs_session_get_dataset (session) != NULL, NULL);

  report = vs_report_new (vs_session_get_dataset (session));

  if (!vs_session_has_all_subjects (session))
    vs_report_set_subjects (report, vs_session_get_subjects (session));

  verdict = vs_session_get_verdict (session);
  if (verdict != NULL && vs_verdict_get_n_answers (verdict) > 0)
    {
      g_autoptr(VsVerdict) copy = vs_verdict_copy (verdict);

      vs_report_set_verdict (report, copy);
    }

  features = vs_session_get_features (session);
  if (features != NULL)
    {
      g_autoptr(GListStore) copy = g_list_store_new (VS_TYPE_FEATURE);
      guint n_features = g_list_model_get_n_items (features);

      for (guint i = 0; i < n_features; i++)
        {
          g_autoptr(VsFeature) feature = g_list_model_get_item (features, i);

          g_list_store_append (copy, feature);
        }
      vs_report_set_features (report, G_LIST_MODEL (copy));
    }

  return report;
}

/**
 * vs_report_get_dataset:
 *
 * Returns: (transfer none): the dataset the report is on
 */
VsDataset *
vs_report_get_dataset (VsReport *self)
{
  g_return_val_if_fail (VS_IS_REPORT (self), NULL);

  return self->dataset;
}

/**
 * vs_report_get_subjects:
 *
 * Returns: (transfer none) (element-type VsSubject): the subjects shown, in
 *   order
 */
GPtrArray *
vs_report_get_subjects (VsReport *self)
{
  g_return_val_if_fail (VS_IS_REPORT (self), NULL);

  return self->subjects;
}

/**
 * vs_report_set_subjects:
 * @self: a report
 * @subjects: (nullable) (element-type VsSubject): subjects of the report's
 *   dataset, in the order to show them, or %NULL for all of them
 *
 * Chooses the subjects that the overview, the chart, the feature table and
 * the companies show. Drops the layout.
 */
void
vs_report_set_subjects (VsReport  *self,
                        GPtrArray *subjects)
{
  GPtrArray *copy;

  g_return_if_fail (VS_IS_REPORT (self));
  g_return_if_fail (subjects == NULL || subjects->len > 0);

  /* Copied before the old list goes: @subjects may be that list. */
  copy = vs_export_dup_subjects (self->dataset, subjects);
  g_clear_pointer (&self->subjects, g_ptr_array_unref);
  self->subjects = copy;
  clear_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECTS]);
}

/**
 * vs_report_get_verdict:
 *
 * Returns: (transfer none) (nullable): the verdict the report includes
 */
VsVerdict *
vs_report_get_verdict (VsReport *self)
{
  g_return_val_if_fail (VS_IS_REPORT (self), NULL);

  return self->verdict;
}

/**
 * vs_report_set_verdict:
 * @self: a report
 * @verdict: (nullable): a verdict on the report's dataset
 *
 * Includes the verdict's answers, ranking, reasons and the dataset's
 * guidance, when @verdict has answers. Drops the layout.
 */
void
vs_report_set_verdict (VsReport  *self,
                       VsVerdict *verdict)
{
  g_return_if_fail (VS_IS_REPORT (self));
  g_return_if_fail (verdict == NULL || VS_IS_VERDICT (verdict));

  if (g_set_object (&self->verdict, verdict))
    {
      clear_layout (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERDICT]);
    }
}

VsReportPaper
vs_report_get_paper (VsReport *self)
{
  g_return_val_if_fail (VS_IS_REPORT (self), VS_REPORT_PAPER_A4);

  return self->paper;
}

/**
 * vs_report_set_paper:
 * @self: a report
 * @paper: the paper size of the PDF export
 *
 * Chooses the paper of the PDF export. Print uses the page setup instead.
 */
void
vs_report_set_paper (VsReport      *self,
                     VsReportPaper  paper)
{
  g_return_if_fail (VS_IS_REPORT (self));
  g_return_if_fail (paper == VS_REPORT_PAPER_A4 || paper == VS_REPORT_PAPER_LETTER);

  if (self->paper != paper)
    {
      self->paper = paper;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAPER]);
    }
}

/**
 * vs_report_get_generated_on:
 *
 * Returns: (transfer none): the date the report says it was generated on
 */
GDateTime *
vs_report_get_generated_on (VsReport *self)
{
  g_return_val_if_fail (VS_IS_REPORT (self), NULL);

  return self->generated_on;
}

/**
 * vs_report_set_generated_on:
 * @self: a report
 * @generated_on: the date to print on the report and write in its metadata
 *
 * Fixes the report's date, for reproducible output. Drops the layout.
 */
void
vs_report_set_generated_on (VsReport  *self,
                            GDateTime *generated_on)
{
  g_return_if_fail (VS_IS_REPORT (self));
  g_return_if_fail (generated_on != NULL);

  if (self->generated_on == generated_on)
    return;

  g_date_time_unref (self->generated_on);
  self->generated_on = g_date_time_ref (generated_on);
  clear_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENERATED_ON]);
}

/**
 * vs_report_get_features:
 *
 * Returns: (transfer none): the features of the report's table, in order
 */
GListModel *
vs_report_get_features (VsReport *self)
{
  g_return_val_if_fail (VS_IS_REPORT (self), NULL);

  return self->features != NULL ? self->features : vs_dataset_get_features (self->dataset);
}

/**
 * vs_report_set_features:
 * @features: (nullable): features of the report's dataset, in the order
 *   of the table (those the window shows), or %NULL for all of them in the
 *   dataset's order
 *
 * Sets the rows of the feature table. A report with some of the features
 * says how many of them it shows.
 */
void
vs_report_set_features (VsReport   *self,
                        GListModel *features)
{
  g_return_if_fail (VS_IS_REPORT (self));
  g_return_if_fail (features == NULL || G_IS_LIST_MODEL (features));

  if (g_set_object (&self->features, features))
    clear_layout (self);
}

/**
 * vs_report_layout:
 * @self: a report
 * @cr: a context on the target the pages will be drawn on
 * @width: the page's width, in @cr's units (points)
 * @height: the page's height, in @cr's units (points)
 *
 * Lays the report out on pages of @width × @height, with its own margins,
 * measuring text with Pango for @cr's target. For Print, call it from
 * GtkPrintOperation's begin-print with the print context's cairo context,
 * with the operation's unit set to points and use-full-page on, so that
 * the printout is the same as the PDF.
 *
 * Returns: the number of pages
 */
guint
vs_report_layout (VsReport *self,
                  cairo_t  *cr,
                  double    width,
                  double    height)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (open_tag_free);
  Flow flow = { 0 };

  g_return_val_if_fail (VS_IS_REPORT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 3 * MARGIN_SIDE && height > 3 * (MARGIN_TOP + MARGIN_BOTTOM), 0);

  prepare_layout (self, cr, height);
  update_context (self, cr);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  flow_init (&flow, self, open, width, height);
  flow.pages = self->pages;
  flow_run (&flow);
  add_footers (self, &flow);
  self->n_pages = self->pages->len;

  return self->pages->len;
}

/**
 * vs_report_draw:
 * @self: a report
 * @cr: the context to draw on
 * @width: the page's width, in @cr's units (points)
 * @height: the page's height, in @cr's units (points)
 * @cancellable: (nullable): a #GCancellable, checked between pages
 *
 * Lays the report out as vs_report_layout() does and draws all its pages on
 * @cr in order, calling cairo_show_page() after each, as a tagged PDF on a
 * PDF surface. Unlike vs_report_layout(), it keeps one page in memory at a
 * time: the report is laid out twice, first to count the pages, then to
 * draw each one as it is complete. Afterwards vs_report_get_n_pages() gives
 * the number of pages, and vs_report_draw_page() cannot be used. Once
 * @cancellable is cancelled, no page is drawn and the longest parts of the
 * layout are cut short.
 *
 * Returns: the number of pages, or 0 when cancelled
 */
guint
vs_report_draw (VsReport     *self,
                cairo_t      *cr,
                double        width,
                double        height,
                GCancellable *cancellable)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (open_tag_free);
  Flow flow = { 0 };
  guint n_pages;

  g_return_val_if_fail (VS_IS_REPORT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 3 * MARGIN_SIDE && height > 3 * (MARGIN_TOP + MARGIN_BOTTOM), 0);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), 0);

  prepare_layout (self, cr, height);
  /* Now, rather than on the first page drawn, which would lay out the
   * layouts made so far again.
   */
  update_context (self, cr);

  /* Counting the pages. */
  flow_init (&flow, self, open, width, height);
  flow.streaming = TRUE;
  flow.cancellable = cancellable;
  flow_run (&flow);
  flow_end_page (&flow);
  n_pages = flow.n_pages;

  if (g_cancellable_is_cancelled (cancellable))
    return 0;

  /* Drawing them. */
  flow_init (&flow, self, open, width, height);
  flow.streaming = TRUE;
  flow.cr = cr;
  flow.total_pages = n_pages;
  flow.cancellable = cancellable;
  flow_run (&flow);
  flow_end_page (&flow);
  g_hash_table_remove_all (self->cursors);

  if (g_cancellable_is_cancelled (cancellable))
    return 0;

  g_assert (flow.n_pages == n_pages);
  self->n_pages = n_pages;

  return n_pages;
}

/**
 * vs_report_get_n_pages:
 *
 * Returns: the number of pages of the last layout, or 0 when the report has
 *   not been laid out since it changed
 */
guint
vs_report_get_n_pages (VsReport *self)
{
  g_return_val_if_fail (VS_IS_REPORT (self), 0);

  return self->n_pages;
}

/**
 * vs_report_draw_page:
 * @self: a report, laid out by vs_report_layout()
 * @cr: the context to draw on, with the page's top left corner at the origin
 * @page_nr: the page, from 0
 *
 * Draws one page. On a PDF surface whose pages are drawn in order from the
 * first, the first page also sets the document's metadata, and the pages
 * carry structure tags (a tagged PDF) and bookmarks. Links are written on
 * any PDF surface.
 */
void
vs_report_draw_page (VsReport *self,
                     cairo_t  *cr,
                     guint     page_nr)
{
  gboolean is_pdf;
  gboolean tagged;

  g_return_if_fail (VS_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->pages != NULL);
  g_return_if_fail (page_nr < self->pages->len);

  is_pdf = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF;

  if (page_nr == 0)
    {
      self->tagging = is_pdf;
      self->next_tagged_page = 0;
    }
  tagged = self->tagging && is_pdf && page_nr == self->next_tagged_page;
  self->tagging = tagged;
  if (tagged)
    self->next_tagged_page++;

  draw_ops (self, cr, g_ptr_array_index (self->pages, page_nr), page_nr, self->pages->len,
            tagged);
}

/* See vs-report-private.h. */
void
vs_report_get_line_counts (VsReport *self,
                           guint64  *visited,
                           guint64  *drawn)
{
  g_return_if_fail (VS_IS_REPORT (self));

  if (visited != NULL)
    *visited = self->lines_visited;
  if (drawn != NULL)
    *drawn = self->lines_drawn;
}
