/* vs-score-chart.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "vs-format.h"
#include "vs-score-chart.h"
#include "vs-score-summary.h"
#include "vs-subject-style.h"

/* The chart of the Overview: a group of horizontal bars per category (per
 * feature when the dataset does not sort its scored features into
 * categories), one bar per subject in the subject's colour, on an axis from
 * 0 to 5. Each bar has the subject's name beside it, so that colour is never
 * the only way to tell them apart. The legend is made of real labels, and
 * stays at the top of the scrolled window while the chart scrolls under it;
 * the bars are drawn with cairo by draw_bars(), which also measures them, so
 * that the height asked for is always the height drawn.
 */

typedef struct
{
  char   *label;
  double *scores;       /* one per subject, NAN where the subject has none */
} ChartRow;

struct _VsScoreChart
{
  GtkWidget  parent_instance;

  VsDataset *dataset;
  GPtrArray *rows;      /* of ChartRow */
  gboolean   by_category;
  int        bars_top;  /* where the bars start, under the legend */

  GtkWidget *legend;
  /* The scrolled window the chart is in, whose scrolling moves the legend. */
  GtkAdjustment *vadjustment;
};

static void dark_changed_cb (GtkWidget       *widget,
                             GParamSpec      *pspec,
                             AdwStyleManager *style_manager);

G_DEFINE_FINAL_TYPE (VsScoreChart, vs_score_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

#define MIN_WIDTH      280
#define NATURAL_WIDTH  600
#define LEGEND_GAP     12   /* between the legend and the first row */
#define LABEL_GAP      2    /* between a row's label and its bars */
#define BAR_HEIGHT     14
#define BAR_GAP        2    /* between the slots of two bars */
#define ROW_GAP        16   /* between two rows */
#define VALUE_GAP      6    /* between the end of a bar and its value */
#define BAR_RADIUS     3
#define SWATCH_SIZE    12
#define NAME_GAP       8    /* between a bar's subject name and the bar */
#define MAX_NAME_SHARE 0.3  /* of the width, for the names of the bars */

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static void
chart_row_free (gpointer data)
{
  ChartRow *row = data;

  g_free (row->label);
  g_free (row->scores);
  g_free (row);
}

static ChartRow *
chart_row_new (const char *label,
               guint       n_subjects)
{
  ChartRow *row = g_new0 (ChartRow, 1);

  row->label = g_strdup (label);
  row->scores = g_new (double, n_subjects);
  for (guint i = 0; i < n_subjects; i++)
    row->scores[i] = NAN;

  return row;
}

/* The rows, their labels and their averages are the score summary's, the
 * same as in the PDF report (vs-score-summary.c).
 */
static void
compute_rows (VsScoreChart *self)
{
  g_autoptr(VsScoreSummary) summary = NULL;
  guint n_subjects;

  g_ptr_array_set_size (self->rows, 0);
  self->by_category = FALSE;

  if (self->dataset == NULL)
    return;

  summary = vs_score_summary_new (self->dataset, NULL);
  n_subjects = vs_score_summary_get_n_subjects (summary);
  self->by_category = vs_score_summary_get_by_category (summary);

  for (guint r = 0; r < vs_score_summary_get_n_rows (summary); r++)
    {
      ChartRow *row = chart_row_new (vs_score_summary_get_row_label (summary, r), n_subjects);

      for (guint i = 0; i < n_subjects; i++)
        vs_score_summary_get_score (summary, r, i, &row->scores[i]);

      g_ptr_array_add (self->rows, row);
    }
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  vs_subject_style_draw_dot (user_data, cr, width, height);
}

static GtkWidget *
create_legend_entry (VsSubject *subject)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (vs_subject_get_name (subject));

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), SWATCH_SIZE);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), SWATCH_SIZE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch,
                                  g_object_ref (subject), g_object_unref);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), swatch, G_CONNECT_SWAPPED);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "vs-chart-legend-label");

  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static void
rebuild_legend (VsScoreChart *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->legend)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->legend), child);

  if (self->dataset == NULL)
    return;

  for (guint i = 0; i < vs_dataset_get_n_subjects (self->dataset); i++)
    {
      GtkWidget *entry = create_legend_entry (vs_dataset_get_subject (self->dataset, i));

      gtk_flow_box_append (GTK_FLOW_BOX (self->legend), entry);
      /* The legend is not interactive: keep it out of the focus chain. */
      gtk_widget_set_focusable (gtk_widget_get_parent (entry), FALSE);
    }
}

static void
update_accessible (VsScoreChart *self)
{
  g_autofree char *description = vs_score_chart_describe (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
set_source_with_alpha (cairo_t       *cr,
                       const GdkRGBA *color,
                       double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* Lays the bars out for @width, draws them on @cr unless it is NULL, and
 * returns their height. Positions are computed left to right and mirrored
 * for right-to-left languages.
 */
static int
draw_bars (VsScoreChart *self,
           cairo_t      *cr,
           int           width)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  g_autoptr(PangoLayout) layout = NULL;
  guint n_subjects;
  GdkRGBA foreground = { 0, 0, 0, 1 };
  int text_width, text_height;
  int value_width = 0;
  int name_width = 0;
  int slot_height;
  double x0, x1, y = 0;

  if (self->rows->len == 0 || self->dataset == NULL)
    return 0;

  n_subjects = vs_dataset_get_n_subjects (self->dataset);
  layout = gtk_widget_create_pango_layout (widget, NULL);
  /* Align labels with the bars, on the side of the widget's direction. */
  pango_layout_set_auto_dir (layout, FALSE);

  if (cr != NULL)
    {
      /* gtk_widget_get_color() is GTK 4.10; this is its 4.8 equivalent. */
      gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);
    }

  /* Room for the widest value after a full bar, and for the axis labels,
   * centred on the first and the last grid line.
   */
  for (guint r = 0; r < self->rows->len; r++)
    {
      ChartRow *row = g_ptr_array_index (self->rows, r);

      for (guint i = 0; i < n_subjects; i++)
        {
          g_autofree char *text = isnan (row->scores[i]) ? g_strdup ("—")
                                                         : vs_format_score (row->scores[i]);

          pango_layout_set_text (layout, text, -1);
          pango_layout_get_pixel_size (layout, &text_width, NULL);
          value_width = MAX (value_width, text_width);
        }
    }

  /* The subjects' names before the bars, in a column of the widest name,
   * up to a share of the width; longer names are ellipsized.
   */
  for (guint i = 0; i < n_subjects; i++)
    {
      pango_layout_set_text (layout, vs_subject_get_name (vs_dataset_get_subject (self->dataset, i)),
                             -1);
      pango_layout_get_pixel_size (layout, &text_width, NULL);
      name_width = MAX (name_width, text_width);
    }
  name_width = MIN (name_width, (int) (width * MAX_NAME_SHARE));

  pango_layout_set_text (layout, "0", -1);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  slot_height = MAX (BAR_HEIGHT, text_height);
  x0 = name_width + NAME_GAP + ceil (text_width / 2.0) + 1;
  x1 = width - MAX (value_width + VALUE_GAP, ceil (text_width / 2.0) + 1);
  x1 = MAX (x1, x0 + 1);

  for (guint r = 0; r < self->rows->len; r++)
    {
      ChartRow *row = g_ptr_array_index (self->rows, r);
      int label_height;
      double bars_bottom;

      if (r > 0)
        y += ROW_GAP;

      /* The row's label, over its bars, wrapped to the full width. */
      pango_layout_set_text (layout, row->label, -1);
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (layout, rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      pango_layout_get_pixel_size (layout, NULL, &label_height);

      if (cr != NULL)
        {
          gdk_cairo_set_source_rgba (cr, &foreground);
          cairo_move_to (cr, 0, y);
          pango_cairo_show_layout (cr, layout);
        }

      y += label_height + LABEL_GAP;
      bars_bottom = y + n_subjects * slot_height + (n_subjects - 1) * BAR_GAP;
      pango_layout_set_width (layout, -1);
      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);

      /* Light grid lines at every whole score, stronger at zero. */
      if (cr != NULL)
        {
          cairo_set_line_width (cr, 1);
          for (int tick = 0; tick <= VS_SCORE_MAX; tick++)
            {
              double x = x0 + (x1 - x0) * tick / VS_SCORE_MAX;

              if (rtl)
                x = width - x;

              set_source_with_alpha (cr, &foreground, tick == 0 ? 0.45 : 0.15);
              cairo_move_to (cr, round (x) + 0.5, y - 2);
              cairo_line_to (cr, round (x) + 0.5, bars_bottom + 2);
              cairo_stroke (cr);
            }
        }

      for (guint i = 0; i < n_subjects; i++)
        {
          double score = row->scores[i];

          if (i > 0)
            y += BAR_GAP;

          if (cr != NULL)
            {
              VsSubject *subject = vs_dataset_get_subject (self->dataset, i);
              g_autofree char *text = NULL;
              double length = 0;
              double text_x;
              GdkRGBA color;

              if (!isnan (score))
                length = (x1 - x0) * CLAMP (score, 0, VS_SCORE_MAX) / VS_SCORE_MAX;

              /* The subject's name, on the side the bars start from. */
              pango_layout_set_text (layout, vs_subject_get_name (subject), -1);
              pango_layout_set_width (layout, name_width * PANGO_SCALE);
              pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
              pango_layout_set_alignment (layout, rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
              pango_layout_get_pixel_size (layout, NULL, &text_height);
              gdk_cairo_set_source_rgba (cr, &foreground);
              cairo_move_to (cr, rtl ? width - name_width : 0,
                             y + (slot_height - text_height) / 2.0);
              pango_cairo_show_layout (cr, layout);
              pango_layout_set_width (layout, -1);
              pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
              pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);

              if (length > 0)
                {
                  vs_subject_style_get_color (subject, dark, &color);
                  gdk_cairo_set_source_rgba (cr, &color);
                  rounded_rectangle (cr, rtl ? width - x0 - length : x0,
                                     y + (slot_height - BAR_HEIGHT) / 2.0,
                                     length, BAR_HEIGHT, BAR_RADIUS);
                  cairo_fill (cr);
                }

              /* The value after the bar; a dash, dimmed, for no score. */
              text = isnan (score) ? g_strdup ("—") : vs_format_score (score);
              pango_layout_set_text (layout, text, -1);
              pango_layout_get_pixel_size (layout, &text_width, &text_height);
              text_x = x0 + length + (length > 0 ? VALUE_GAP : 2);
              if (rtl)
                text_x = width - text_x - text_width;

              set_source_with_alpha (cr, &foreground, isnan (score) ? 0.55 : 1);
              cairo_move_to (cr, text_x, y + (slot_height - text_height) / 2.0);
              pango_cairo_show_layout (cr, layout);
            }

          y += slot_height;
        }
    }

  /* The axis under the last row. */
  y += 4;
  for (int tick = 0; tick <= VS_SCORE_MAX && cr != NULL; tick++)
    {
      g_autofree char *text = g_strdup_printf ("%d", tick);
      double x = x0 + (x1 - x0) * tick / VS_SCORE_MAX;

      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      if (rtl)
        x = width - x;

      set_source_with_alpha (cr, &foreground, 0.7);
      cairo_move_to (cr, x - text_width / 2.0, y);
      pango_cairo_show_layout (cr, layout);
    }
  pango_layout_set_text (layout, "0", -1);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  y += text_height;

  return (int) ceil (y);
}

/* ------------------------------------------------------------------------ */
/* Signal callbacks                                                         */
/* ------------------------------------------------------------------------ */

/* The bars and the legend's dots take the subject colours of the style. */
static void
dark_changed_cb (GtkWidget       *widget,
                 GParamSpec      *pspec,
                 AdwStyleManager *style_manager)
{
  gtk_widget_queue_draw (widget);
}

/* ------------------------------------------------------------------------ */
/* Class overrides                                                          */
/* ------------------------------------------------------------------------ */

static void
vs_score_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  VsScoreChart *self = VS_SCORE_CHART (widget);
  int legend_minimum = 0;
  int legend_natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->legend, orientation, -1,
                          &legend_minimum, &legend_natural, NULL, NULL);
      *minimum = MAX (MIN_WIDTH, legend_minimum);
      *natural = MAX (NATURAL_WIDTH, *minimum);
    }
  else
    {
      int width = for_size < 0 ? NATURAL_WIDTH : for_size;

      gtk_widget_measure (self->legend, orientation, width,
                          &legend_minimum, &legend_natural, NULL, NULL);
      *minimum = *natural = legend_natural + LEGEND_GAP + draw_bars (self, NULL, width);
    }
}

static GtkSizeRequestMode
vs_score_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vs_score_chart_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  VsScoreChart *self = VS_SCORE_CHART (widget);
  int legend_height = 0;

  double offset = 0;

  gtk_widget_measure (self->legend, GTK_ORIENTATION_VERTICAL, width,
                      NULL, &legend_height, NULL, NULL);
  self->bars_top = legend_height + LEGEND_GAP;

  /* Scrolled past the top of the chart, the legend stays at the top of
   * the scrolled window, down to the end of the chart.
   */
  if (self->vadjustment != NULL)
    {
      GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
      double top;

      /* Where the chart's top is in the scrolled window, scrolling included. */
      if (scrolled != NULL &&
          gtk_widget_translate_coordinates (widget, scrolled, 0, 0, NULL, &top))
        offset = CLAMP (-top, 0, MAX (0, height - legend_height));
    }

  gtk_widget_allocate (self->legend, width, legend_height, -1,
                       offset > 0 ? gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, offset))
                                  : NULL);
  if (offset > 0)
    gtk_widget_add_css_class (self->legend, "vs-chart-legend-stuck");
  else
    gtk_widget_remove_css_class (self->legend, "vs-chart-legend-stuck");
}

static void
vs_score_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  VsScoreChart *self = VS_SCORE_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->rows->len > 0 && width > 0 && height > self->bars_top)
    {
      cr = gtk_snapshot_append_cairo (snapshot,
                                      &GRAPHENE_RECT_INIT (0, self->bars_top,
                                                           width, height - self->bars_top));
      cairo_translate (cr, 0, self->bars_top);
      draw_bars (self, cr, width);
      cairo_destroy (cr);
    }

  /* Over the bars: a stuck legend covers those that scroll under it. */
  gtk_widget_snapshot_child (widget, self->legend, snapshot);
}

/* The legend follows the scrolling of the scrolled window the chart is in. */
static void
vs_score_chart_root (GtkWidget *widget)
{
  VsScoreChart *self = VS_SCORE_CHART (widget);
  GtkWidget *scrolled;

  GTK_WIDGET_CLASS (vs_score_chart_parent_class)->root (widget);

  scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled == NULL)
    return;

  g_set_object (&self->vadjustment,
                gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
  g_signal_connect_object (self->vadjustment, "value-changed",
                           G_CALLBACK (gtk_widget_queue_allocate), self, G_CONNECT_SWAPPED);
}

static void
vs_score_chart_unroot (GtkWidget *widget)
{
  VsScoreChart *self = VS_SCORE_CHART (widget);

  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->vadjustment);

  GTK_WIDGET_CLASS (vs_score_chart_parent_class)->unroot (widget);
}

static void
vs_score_chart_dispose (GObject *object)
{
  VsScoreChart *self = (VsScoreChart *)object;

  g_clear_pointer (&self->legend, gtk_widget_unparent);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (vs_score_chart_parent_class)->dispose (object);
}

static void
vs_score_chart_finalize (GObject *object)
{
  VsScoreChart *self = (VsScoreChart *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_score_chart_parent_class)->finalize (object);
}

static void
vs_score_chart_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VsScoreChart *self = VS_SCORE_CHART (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_score_chart_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VsScoreChart *self = VS_SCORE_CHART (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      vs_score_chart_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_score_chart_class_init (VsScoreChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_score_chart_dispose;
  object_class->finalize = vs_score_chart_finalize;
  object_class->get_property = vs_score_chart_get_property;
  object_class->set_property = vs_score_chart_set_property;

  widget_class->measure = vs_score_chart_measure;
  widget_class->get_request_mode = vs_score_chart_get_request_mode;
  widget_class->size_allocate = vs_score_chart_size_allocate;
  widget_class->snapshot = vs_score_chart_snapshot;
  widget_class->root = vs_score_chart_root;
  widget_class->unroot = vs_score_chart_unroot;

  properties [PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         VS_TYPE_DATASET,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "scorechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vs_score_chart_init (VsScoreChart *self)
{
  self->rows = g_ptr_array_new_with_free_func (chart_row_free);

  self->legend = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->legend), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->legend), 32);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->legend), 18);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->legend), 6);
  gtk_widget_set_can_focus (self->legend, FALSE);
  gtk_widget_add_css_class (self->legend, "vs-chart-legend");
  gtk_widget_set_parent (self->legend, GTK_WIDGET (self));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Score chart"),
                                  -1);
  update_accessible (self);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

/**
 * vs_score_chart_new:
 *
 * Returns: (transfer floating): a new chart, without a dataset
 */
GtkWidget *
vs_score_chart_new (void)
{
  return g_object_new (VS_TYPE_SCORE_CHART, NULL);
}

/**
 * vs_score_chart_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset charted
 */
VsDataset *
vs_score_chart_get_dataset (VsScoreChart *self)
{
  g_return_val_if_fail (VS_IS_SCORE_CHART (self), NULL);

  return self->dataset;
}

void
vs_score_chart_set_dataset (VsScoreChart *self,
                            VsDataset    *dataset)
{
  g_return_if_fail (VS_IS_SCORE_CHART (self));
  g_return_if_fail (!dataset || VS_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  compute_rows (self);
  rebuild_legend (self);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATASET]);
}

/**
 * vs_score_chart_get_by_category:
 *
 * Returns: whether the rows are categories (averages), rather than features
 */
gboolean
vs_score_chart_get_by_category (VsScoreChart *self)
{
  g_return_val_if_fail (VS_IS_SCORE_CHART (self), FALSE);

  return self->by_category;
}

/**
 * vs_score_chart_get_n_rows:
 *
 * Returns: the number of rows (groups of bars); 0 when nothing is scored
 */
guint
vs_score_chart_get_n_rows (VsScoreChart *self)
{
  g_return_val_if_fail (VS_IS_SCORE_CHART (self), 0);

  return self->rows->len;
}

/**
 * vs_score_chart_get_row_label:
 *
 * Returns: (transfer none): the name of the category or feature of @row
 */
const char *
vs_score_chart_get_row_label (VsScoreChart *self,
                              guint         row)
{
  g_return_val_if_fail (VS_IS_SCORE_CHART (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return ((ChartRow *) g_ptr_array_index (self->rows, row))->label;
}

/**
 * vs_score_chart_get_score:
 * @score: (out) (optional): the length of the bar, from 0 to 5
 *
 * Returns: whether @row has a bar for the subject
 */
gboolean
vs_score_chart_get_score (VsScoreChart *self,
                          guint         row,
                          guint         subject_index,
                          double       *score)
{
  ChartRow *chart_row;

  g_return_val_if_fail (VS_IS_SCORE_CHART (self), FALSE);
  g_return_val_if_fail (row < self->rows->len, FALSE);
  g_return_val_if_fail (subject_index < vs_dataset_get_n_subjects (self->dataset), FALSE);

  chart_row = g_ptr_array_index (self->rows, row);
  if (isnan (chart_row->scores[subject_index]))
    return FALSE;

  if (score != NULL)
    *score = chart_row->scores[subject_index];

  return TRUE;
}

/**
 * vs_score_chart_describe:
 *
 * Says in words what the chart shows; this is its accessible description.
 *
 * Returns: (transfer full): the description
 */
char *
vs_score_chart_describe (VsScoreChart *self)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (VS_IS_SCORE_CHART (self), NULL);

  if (self->rows->len == 0)
    return g_strdup (_("No scores to show."));

  text = g_string_new (self->by_category ? _("Average scores from 0 to 5 by category.")
                                         : _("Scores from 0 to 5 by feature."));

  for (guint r = 0; r < self->rows->len; r++)
    {
      ChartRow *row = g_ptr_array_index (self->rows, r);
      g_autoptr(GString) values = g_string_new (NULL);

      for (guint i = 0; i < vs_dataset_get_n_subjects (self->dataset); i++)
        {
          const char *name = vs_subject_get_name (vs_dataset_get_subject (self->dataset, i));

          if (i > 0)
            /* Translators: separates the scores of the subjects in the chart's description. */
            g_string_append (values, _(", "));

          if (isnan (row->scores[i]))
            {
              /* Translators: in the chart's description; %s is a subject's name. */
              g_string_append_printf (values, _("%s not scored"), name);
            }
          else
            {
              g_autofree char *score = vs_format_score (row->scores[i]);

              /* Translators: in the chart's description, a subject's name and its score. */
              g_string_append_printf (values, C_("score chart", "%s %s"), name, score);
            }
        }

      g_string_append_c (text, ' ');
      /* Translators: in the chart's description: a category or feature, then the scores. */
      g_string_append_printf (text, _("%s: %s."), row->label, values->str);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
