/* vs-report.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "vs-export-text.h"
#include "vs-report-private.h"
#include "vs-subject.h"

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

/* The parts of the report, which share the structures of
 * vs-report-private.h:
 *   vs-report.c           the object, its public API, and the drivers that
 *                         lay the report out and draw it;
 *   vs-report-flow.c      the layout and tagging engine, and drawing;
 *   vs-report-sections.c  the title page, overview, guidance, use cases,
 *                         companies, verdict and footers;
 *   vs-report-chart.c     the score chart;
 *   vs-report-table.c     the feature table.
 */

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

/* ------------------------------------------------------------------------ */
/* Class                                                                     */
/* ------------------------------------------------------------------------ */

static void
clear_layout (VsReport *self)
{
  g_hash_table_remove_all (self->cursors);
  vs_report_release_row_threads (self);
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
  g_clear_pointer (&self->glyph_batch, vs_glyph_batch_free);
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
  self->cursors = g_hash_table_new_full (NULL, NULL, NULL, vs_report_cursor_free);
  self->glyph_batch = vs_glyph_batch_new ();
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
  vs_report_add_title_page (self, flow);
  vs_report_add_overview (self, flow);
  vs_report_add_guidance (self, flow);
  vs_report_add_chart (self, flow);
  vs_report_add_features (self, flow);
  vs_report_add_use_cases (self, flow);
  vs_report_add_companies (self, flow);
  vs_report_add_verdict (self, flow);
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

/* See vs-report-private.h. */
void
vs_report_configure_context (PangoContext *context)
{
  cairo_font_options_t *options;

  /* Unhinted metrics at 72 dpi: one point per unit, and the same line
   * breaks whatever the target's resolution.
   */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  /* The report is laid out left to right; a paragraph in a right-to-left
   * script still finds its own direction (see vs_report_align_with_document()).
   */
  pango_context_set_base_dir (context, PANGO_DIRECTION_LTR);
}

/* The Pango context, fonts and colours of a layout on @cr. */
static void
prepare_layout (VsReport *self,
                cairo_t  *cr,
                double    height)
{
  guint n_subjects;

  clear_layout (self);
  self->page_height = height;

  self->context = pango_cairo_create_context (cr);
  vs_report_configure_context (self->context);

  for (guint i = 0; i < N_STYLES; i++)
    self->fonts[i] = pango_font_description_from_string (style_fonts[i]);

  n_subjects = vs_dataset_get_n_subjects (self->dataset);
  self->subject_text = g_new0 (Rgb, n_subjects);
  self->subject_fill = g_new0 (Rgb, n_subjects);
  for (guint i = 0; i < n_subjects; i++)
    {
      VsSubject *subject = vs_dataset_get_subject (self->dataset, i);
      Rgb color;

      /* The window's colours, made to stand out on white paper. */
      vs_subject_colors_get_base (subject, &color);
      self->subject_text[i] = vs_rgb_stand_out (&color, &white, VS_MIN_TEXT_CONTRAST);
      self->subject_fill[i] = vs_rgb_stand_out (&color, &white, VS_MIN_GRAPHIC_CONTRAST);
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
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (vs_report_open_tag_free);
  Flow flow = { 0 };

  g_return_val_if_fail (VS_IS_REPORT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 3 * MARGIN_SIDE && height > 3 * (MARGIN_TOP + MARGIN_BOTTOM), 0);

  prepare_layout (self, cr, height);
  vs_report_update_context (self, cr);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  flow_init (&flow, self, open, width, height);
  flow.pages = self->pages;
  flow_run (&flow);
  vs_report_add_footers (self, &flow);
  vs_report_release_row_threads (self);
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
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (vs_report_open_tag_free);
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
  vs_report_update_context (self, cr);

  /* Counting the pages. */
  flow_init (&flow, self, open, width, height);
  flow.streaming = TRUE;
  flow.cancellable = cancellable;
  flow_run (&flow);
  flow_end_page (&flow);
  n_pages = flow.n_pages;

  if (g_cancellable_is_cancelled (cancellable))
    {
      vs_report_release_row_threads (self);
      return 0;
    }

  /* Drawing them. */
  flow_init (&flow, self, open, width, height);
  flow.streaming = TRUE;
  flow.cr = cr;
  flow.total_pages = n_pages;
  flow.cancellable = cancellable;
  flow_run (&flow);
  flow_end_page (&flow);
  g_hash_table_remove_all (self->cursors);
  vs_report_release_row_threads (self);

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

  vs_report_draw_ops (self, cr, g_ptr_array_index (self->pages, page_nr), page_nr, self->pages->len,
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
