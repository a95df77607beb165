/* vs-report-private.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "vs-report.h"
#include "vs-subject-colors.h"

G_BEGIN_DECLS

/* What the parts of the report (vs-report*.c) share: the structures, the
 * colours and the page geometry, and the functions of each part that the
 * others call.
 */

/* The core's colours, under the name the report has always used. */
typedef VsRgb Rgb;

/* A glyph where Pango puts it, in Pango units from the origin of its line
 * (or word).
 */
typedef struct
{
  guint index;
  int x;
  int y;
} VsPlacedGlyph;

/* A line of VsGlyphLines: its glyphs, clusters and text in the arrays. */
typedef struct
{
  guint first_glyph;
  guint n_glyphs;
  guint first_cluster;
  guint n_clusters;
  guint text_start;
  guint text_length;
} VsGlyphLine;

/* Lines of plain text shaped ahead, in one font, without a PangoLayout:
 * a cell of the feature table made of the glyphs of its words (see
 * vs_word_widths_shape()). The lines stack evenly, as Pango stacks them.
 * Immutable once made, and shared between threads.
 */
typedef struct
{
  gatomicrefcount ref_count;
  cairo_scaled_font_t *scaled_font;
  /* In Pango units: from the top of a line to the next, and to its baseline. */
  int line_height;
  int baseline;
  guint n_lines;
  /* Whether the text must be drawn with the glyphs for a PDF to give it
   * back, or the glyphs give it alone (see vs_word_widths_shape()).
   */
  gboolean needs_text;
  VsGlyphLine *lines;
  VsPlacedGlyph *glyphs;
  cairo_text_cluster_t *clusters;
  char *text;
} VsGlyphLines;

typedef enum
{
  OP_TEXT,
  OP_FILL,
  OP_LINE,
  OP_TAG_BEGIN,
  OP_TAG_END,
  OP_OUTLINE,
  /* The fills and rules of the feature table's rows, drawn as one path of
   * each colour per page: the fills under all else, the rules over it
   * (nothing else on the page overlaps them).
   */
  OP_GRID_FILL,
  OP_GRID_RULE,
} OpKind;

/* One drawing operation of a page. */
typedef struct
{
  OpKind kind;
  /* OP_TEXT: where the top of the first line goes; OP_FILL, OP_GRID_FILL:
   * the rectangle; OP_LINE, OP_GRID_RULE: from (x, y) to (x + width,
   * y + height); OP_OUTLINE: where the bookmark points.
   */
  double x;
  double y;
  double width;
  double height;
  Rgb color;
  /* OP_TEXT: the lines first_line to first_line + n_lines - 1 of layout,
   * or of glyph_lines.
   */
  PangoLayout *layout;
  VsGlyphLines *glyph_lines;
  guint first_line;
  guint n_lines;
  /* OP_TAG_BEGIN, OP_TAG_END: the tag, a static string, and its
   * attributes; OP_OUTLINE: the bookmark's title.
   */
  const char *tag;
  char *name;
  char *attributes;
} Op;

/* Lines of text drawn with one call to cairo (vs-report-glyphs.c). */
typedef struct _VsGlyphBatch VsGlyphBatch;

/* A structure tag that is open while the flow goes on: its name, a
 * static string, and its attributes.
 */
typedef struct
{
  const char *name;
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
  /* When set, takes the operations of each page drawn, to free them
   * elsewhere (see draw_rows()).
   */
  void (*release_ops) (GPtrArray *ops,
                       gpointer   data);
  gpointer release_data;
} Flow;

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
  /* The target the context was last updated for (see vs_report_update_context()). */
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
  /* The lines of the text being drawn (see draw_text()). */
  VsGlyphBatch *glyph_batch;
  /* While the report is laid out or drawn: what each thread that lays out
   * the feature table's rows keeps (see vs-report-rows.c).
   */
  GPtrArray *row_threads;
  guint64 lines_visited;
  guint64 lines_drawn;
};

/* Colours for print: dark text on white, light fills. */
static const Rgb white = { 1, 1, 1 };
static const Rgb text_color = { 0.12, 0.12, 0.12 };
static const Rgb secondary_color = { 0.37, 0.36, 0.39 };
static const Rgb rule_color = { 0.72, 0.72, 0.70 };
static const Rgb grid_color = { 0.88, 0.88, 0.87 };
static const Rgb header_fill = { 0.92, 0.92, 0.91 };
static const Rgb stripe_fill = { 0.965, 0.965, 0.96 };
static const Rgb link_color = { 0.10, 0.37, 0.71 };

/* Page geometry, in points. */
#define MARGIN_SIDE   50.0
#define MARGIN_TOP    54.0
#define MARGIN_BOTTOM 60.0
#define FOOTER_OFFSET 30.0

/* Text longer than this is laid out a piece at a time, each piece about
 * this long and cut between lines: Pango loses all but the first line of
 * a paragraph of some hundreds of kilobytes, and a piece at a time keeps
 * the memory bounded.
 */
#define MAX_PIECE 16384

/* The lines of plain text, from the widths of its words (vs-report-words.c). */
typedef struct _VsWordWidths VsWordWidths;

VsWordWidths *vs_word_widths_new    (VsReport     *report,
                                     PangoContext *context);
void          vs_word_widths_free   (VsWordWidths *self);
guint         vs_word_widths_break  (VsWordWidths *self,
                                     Style         style,
                                     const char   *text,
                                     double        width,
                                     GArray       *starts);
double        vs_word_widths_height (VsWordWidths *self,
                                     Style         style,
                                     guint         n_lines);

VsGlyphLines *vs_word_widths_shape  (VsWordWidths *self,
                                     Style         style,
                                     const char   *text,
                                     double        width);

/* Lines of text drawn with one call to cairo (vs-report-glyphs.c). */
VsGlyphBatch *vs_glyph_batch_new            (void);
void          vs_glyph_batch_free           (VsGlyphBatch    *self);
gboolean      vs_glyph_batch_add_line       (VsGlyphBatch    *self,
                                             cairo_t         *cr,
                                             PangoLayoutLine *line);
void          vs_glyph_batch_add_glyph_line (VsGlyphBatch    *self,
                                             cairo_t         *cr,
                                             VsGlyphLines    *lines,
                                             guint            line);
void          vs_glyph_batch_flush          (VsGlyphBatch    *self,
                                             cairo_t         *cr);
gboolean      vs_glyph_run_place            (PangoGlyphItem       *run,
                                             cairo_scaled_font_t **scaled_font,
                                             VsPlacedGlyph        *glyphs,
                                             guint                *n_glyphs,
                                             cairo_text_cluster_t *clusters,
                                             guint                *n_clusters);

VsGlyphLines *vs_glyph_lines_new   (cairo_scaled_font_t *scaled_font,
                                    int                  line_height,
                                    int                  baseline,
                                    guint                n_lines,
                                    guint                n_glyphs,
                                    guint                n_clusters,
                                    gsize                text_length);
VsGlyphLines *vs_glyph_lines_ref   (VsGlyphLines        *self);
void          vs_glyph_lines_unref (VsGlyphLines        *self);
double        vs_glyph_lines_top   (VsGlyphLines        *self,
                                    guint                line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsGlyphLines, vs_glyph_lines_unref)

/* vs-report.c: sets up a Pango context as the report's own, for a context
 * made for another thread (Pango contexts are not thread-safe).
 */
void vs_report_configure_context (PangoContext *context);

/* vs-report-flow.c: colours, text and Pango layouts */
Rgb vs_report_subject_text_color (VsReport  *self,
                                  VsSubject *subject);
Rgb vs_report_subject_fill_color (VsReport  *self,
                                  VsSubject *subject);
PangoAttribute *vs_report_foreground_attribute (const Rgb *color,
                                                guint      start,
                                                guint      end);
PangoAttribute *vs_report_bold_attribute (guint start,
                                          guint end);
char *vs_report_format_score (double score);
/* As vs_report_make_layout_sized(), with @context (of the calling thread). */
PangoLayout *vs_report_make_layout_in_context (VsReport     *self,
                                               PangoContext *context,
                                               Style         style,
                                               const char   *text,
                                               gssize        length,
                                               double        width);
PangoLayout *vs_report_make_layout_sized (VsReport   *self,
                                          Style       style,
                                          const char *text,
                                          gssize      length,
                                          double      width);
PangoLayout *vs_report_make_layout (VsReport   *self,
                                    Style       style,
                                    const char *text,
                                    double      width);
PangoLayout *vs_report_make_piece (VsReport   *self,
                                   Style       style,
                                   const char *text,
                                   gsize       length,
                                   double      width,
                                   guint      *n_lines,
                                   gsize      *used);
/* As vs_report_make_piece(), with @context (of the calling thread). */
PangoLayout *vs_report_make_piece_in_context (VsReport     *self,
                                              PangoContext *context,
                                              Style         style,
                                              const char   *text,
                                              gsize         length,
                                              double        width,
                                              guint        *n_lines,
                                              gsize        *used);
void vs_report_align_with_document (PangoLayout *layout);
void vs_report_layout_add_attribute (PangoLayout    *layout,
                                     PangoAttribute *attribute);
GArray *vs_report_layout_line_tops (PangoLayout *layout);
double vs_report_layout_height (PangoLayout *layout);
double vs_report_layout_width (PangoLayout *layout);
double vs_report_first_line_height (PangoLayout *layout);

/* vs-report-flow.c: the flow of content down the pages */
void vs_report_open_tag_free (gpointer data);
Op *flow_add (Flow   *flow,
              OpKind  kind);
void flow_begin (Flow       *flow,
                 const char *name,
                 const char *attributes);
void flow_end (Flow *flow);
gboolean flow_cancelled (Flow *flow);
void flow_end_page (Flow *flow);
void flow_new_page (Flow *flow);
gboolean flow_at_top (Flow *flow);
void flow_ensure (Flow   *flow,
                  double  height);
void flow_fill (Flow      *flow,
                double     x,
                double     y,
                double     width,
                double     height,
                const Rgb *color);
void flow_rule (Flow      *flow,
                double     x,
                double     y,
                double     width,
                double     height,
                const Rgb *color);
void flow_grid (Flow      *flow,
                OpKind     kind,
                double     x,
                double     y,
                double     width,
                double     height,
                const Rgb *color);
void flow_text (Flow        *flow,
                PangoLayout *layout,
                double       x,
                double       y,
                guint        first_line,
                guint        n_lines,
                const Rgb   *color);
void flow_glyph_lines (Flow         *flow,
                       VsGlyphLines *lines,
                       double        x,
                       double        y,
                       guint         first_line,
                       guint         n_lines,
                       const Rgb    *color);
void flow_layout (Flow        *flow,
                  PangoLayout *layout,
                  double       x,
                  const Rgb   *color);
void flow_pieces (Flow        *flow,
                  Style        style,
                  const char  *text,
                  double       x,
                  double       width,
                  const Rgb   *color,
                  void       (*first_piece_cb) (Flow        *flow,
                                                PangoLayout *layout,
                                                gpointer     data),
                  gpointer     data);
void flow_title_started_cb (Flow        *flow,
                            PangoLayout *layout,
                            gpointer     data);
void flow_paragraph (Flow       *flow,
                     const char *tag,
                     Style       style,
                     const char *text,
                     const Rgb  *color,
                     double      indent,
                     double      space_after);
void flow_paragraph_layout (Flow        *flow,
                            const char  *tag,
                            PangoLayout *layout,
                            const Rgb   *color,
                            double       indent,
                            double       space_after);
void flow_heading (Flow       *flow,
                   const char *tag,
                   Style       style,
                   const char *text,
                   const Rgb  *color,
                   double      space_before,
                   double      space_after);
void flow_section (Flow       *flow,
                   const char *title,
                   gboolean    new_page);
void flow_list_item (Flow        *flow,
                     PangoLayout *body,
                     const Rgb   *color,
                     double       indent,
                     double       space_after);
void flow_list_item_text (Flow       *flow,
                          Style       style,
                          const char *text,
                          double      indent,
                          double      space_after);
void flow_link_line (Flow       *flow,
                     const char *label,
                     const char *url,
                     double      indent,
                     double      space_after);
void flow_start_scratch_page (Flow      *scratch,
                              Flow      *flow,
                              GPtrArray *pages,
                              GPtrArray *open);

/* vs-report-flow.c: drawing */
void vs_report_cursor_free (gpointer data);
void vs_report_update_context (VsReport *self,
                               cairo_t  *cr);
void vs_report_draw_ops (VsReport  *self,
                         cairo_t   *cr,
                         GPtrArray *ops,
                         guint      page_nr,
                         guint      n_pages,
                         gboolean   tagged);

/* vs-report-rows.c */
void vs_report_release_row_threads (VsReport *self);

/* vs-report-sections.c */
PangoLayout *vs_report_make_subject_names_layout (VsReport   *self,
                                                  Style       style,
                                                  const char *prefix,
                                                  GPtrArray  *subjects,
                                                  const char *separator,
                                                  double      width);
void vs_report_add_title_page (VsReport *self,
                               Flow     *flow);
void vs_report_add_overview (VsReport *self,
                             Flow     *flow);
void vs_report_add_guidance (VsReport *self,
                             Flow     *flow);
void vs_report_add_use_cases (VsReport *self,
                              Flow     *flow);
void vs_report_add_companies (VsReport *self,
                              Flow     *flow);
void vs_report_add_verdict (VsReport *self,
                            Flow     *flow);
void vs_report_add_footer (VsReport *self,
                           Flow     *flow,
                           guint     page_nr,
                           guint     n_pages);
void vs_report_add_footers (VsReport *self,
                            Flow     *flow);

/* vs-report-chart.c */
void vs_report_add_chart (VsReport *self,
                          Flow     *flow);

/* vs-report-table.c */
void vs_report_add_features (VsReport *self,
                             Flow     *flow);

/* For the tests: the lines of text that drawing has stepped through, and
 * those it drew, since the report was made.
 */
void vs_report_get_line_counts (VsReport *self,
                                guint64  *visited,
                                guint64  *drawn);

G_END_DECLS
