/* vs-score-bar.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vs-score-bar.h"
#include "vs-subject-style.h"

/* A horizontal bar filled to a fraction in the subject's colour, drawn with
 * cairo. The colour depends on the style (vs_subject_style_get_color()
 * keeps it readable on the light and the dark background), so the bar is
 * redrawn when the style changes.
 */

struct _VsScoreBar
{
  GtkWidget parent_instance;

  VsSubject *subject;
  double fraction;
};

G_DEFINE_FINAL_TYPE (VsScoreBar, vs_score_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SUBJECT,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

#define BAR_HEIGHT 12
#define BAR_MIN_WIDTH 24
#define BAR_NATURAL_WIDTH 240

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height)
{
  double radius = MIN (height, width) / 2;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
style_changed_cb (VsScoreBar *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
vs_score_bar_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = BAR_MIN_WIDTH;
      *natural = BAR_NATURAL_WIDTH;
    }
  else
    {
      *minimum = *natural = BAR_HEIGHT;
    }
}

static void
vs_score_bar_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  VsScoreBar *self = VS_SCORE_BAR (widget);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;
  GdkRGBA trough;
  GdkRGBA color;
  double filled;

  if (width <= 0 || height <= 0 || self->subject == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The trough: the text colour, faint, so that an empty bar still shows. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &trough);
  trough.alpha *= 0.12;
  gdk_cairo_set_source_rgba (cr, &trough);
  rounded_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  /* The bar grows from the start of the line, the right in right-to-left text. */
  filled = CLAMP (self->fraction, 0, 1) * width;
  if (filled >= 1)
    {
      vs_subject_style_get_color (self->subject, adw_style_manager_get_dark (style_manager),
                                  &color);
      gdk_cairo_set_source_rgba (cr, &color);
      if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
        rounded_rectangle (cr, width - filled, 0, filled, height);
      else
        rounded_rectangle (cr, 0, 0, filled, height);
      cairo_fill (cr);
    }

  cairo_destroy (cr);
}

static void
vs_score_bar_finalize (GObject *object)
{
  VsScoreBar *self = (VsScoreBar *)object;

  g_clear_object (&self->subject);

  G_OBJECT_CLASS (vs_score_bar_parent_class)->finalize (object);
}

static void
vs_score_bar_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VsScoreBar *self = VS_SCORE_BAR (object);

  switch (prop_id)
    {
    case PROP_SUBJECT:
      g_value_set_object (value, self->subject);
      break;

    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_score_bar_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VsScoreBar *self = VS_SCORE_BAR (object);

  switch (prop_id)
    {
    case PROP_SUBJECT:
      self->subject = g_value_dup_object (value);
      break;

    case PROP_FRACTION:
      vs_score_bar_set_fraction (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_score_bar_class_init (VsScoreBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = vs_score_bar_finalize;
  object_class->get_property = vs_score_bar_get_property;
  object_class->set_property = vs_score_bar_set_property;

  widget_class->measure = vs_score_bar_measure;
  widget_class->snapshot = vs_score_bar_snapshot;

  properties [PROP_SUBJECT] =
    g_param_spec_object ("subject", NULL, NULL,
                         VS_TYPE_SUBJECT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL,
                         0, 1, 0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "vs-score-bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_METER);
}

static void
vs_score_bar_init (VsScoreBar *self)
{
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 0.0,
                                  -1);
}

/**
 * vs_score_bar_new:
 * @subject: the subject whose colour fills the bar
 * @fraction: how much of the bar is filled, from 0 to 1
 *
 * Returns: (transfer floating): a new bar
 */
GtkWidget *
vs_score_bar_new (VsSubject *subject,
                  double     fraction)
{
  g_return_val_if_fail (VS_IS_SUBJECT (subject), NULL);

  return g_object_new (VS_TYPE_SCORE_BAR,
                       "subject", subject,
                       "fraction", CLAMP (fraction, 0, 1),
                       NULL);
}

/**
 * vs_score_bar_get_subject:
 *
 * Returns: (transfer none): the subject
 */
VsSubject *
vs_score_bar_get_subject (VsScoreBar *self)
{
  g_return_val_if_fail (VS_IS_SCORE_BAR (self), NULL);

  return self->subject;
}

double
vs_score_bar_get_fraction (VsScoreBar *self)
{
  g_return_val_if_fail (VS_IS_SCORE_BAR (self), 0);

  return self->fraction;
}

void
vs_score_bar_set_fraction (VsScoreBar *self,
                           double      fraction)
{
  g_return_if_fail (VS_IS_SCORE_BAR (self));

  fraction = CLAMP (fraction, 0, 1);
  if (self->fraction == fraction)
    return;

  self->fraction = fraction;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, fraction * 100,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FRACTION]);
}
