/* vs-subject-style.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vs-subject-colors.h"
#include "vs-subject-style.h"

/* The GTK side of the subjects' colours: the CSS classes of the badges and
 * the GdkRGBA of bars and swatches. The colours themselves, and how they
 * are kept readable, are in core (vs-subject-colors.c), shared with the
 * PDF report.
 */

static GtkCssProvider *provider;

static void
to_gdk_rgba (const VsRgb *color,
             GdkRGBA     *rgba)
{
  rgba->red = color->red;
  rgba->green = color->green;
  rgba->blue = color->blue;
  rgba->alpha = 1;
}

/**
 * vs_subject_style_get_color:
 * @subject: a subject
 * @dark: whether the colour is for the dark style
 * @color: (out): the colour
 *
 * Gives the subject's colour, lightened or darkened just enough to stand
 * out from the style's background (vs_subject_colors_get_color()).
 */
void
vs_subject_style_get_color (VsSubject *subject,
                            gboolean   dark,
                            GdkRGBA   *color)
{
  VsRgb rgb;

  g_return_if_fail (VS_IS_SUBJECT (subject));
  g_return_if_fail (color != NULL);

  vs_subject_colors_get_color (subject, dark, &rgb);
  to_gdk_rgba (&rgb, color);
}

/**
 * vs_subject_style_class:
 *
 * Returns: (transfer full): the CSS class that colours widgets for @subject
 */
char *
vs_subject_style_class (VsSubject *subject)
{
  g_return_val_if_fail (VS_IS_SUBJECT (subject), NULL);

  return g_strdup_printf ("vs-subject-%u", vs_subject_get_index (subject));
}

static void
append_badge_rule (GString   *css,
                   VsSubject *subject)
{
  g_autofree char *background = NULL;
  g_autofree char *foreground = NULL;
  g_autofree char *class = vs_subject_style_class (subject);
  VsRgb color, text;

  /* The badge keeps the dataset's own colour; its text takes whichever of
   * black and white reads better on it, so it is the same in both styles.
   */
  vs_subject_colors_get_base (subject, &color);
  text = vs_rgb_readable_text (&color);
  background = vs_rgb_to_string (&color);
  foreground = vs_rgb_to_string (&text);

  g_string_append_printf (css,
                          ".vs-badge.%s { background-color: %s; color: %s; }\n",
                          class, background, foreground);
}

/**
 * vs_subject_style_apply:
 * @dataset: the dataset on screen
 *
 * Installs the CSS classes of vs_subject_style_class() for the subjects of
 * @dataset, replacing those of the previous dataset.
 */
void
vs_subject_style_apply (VsDataset *dataset)
{
  g_autoptr(GString) css = g_string_new (NULL);

  g_return_if_fail (VS_IS_DATASET (dataset));

  for (guint i = 0; i < vs_dataset_get_n_subjects (dataset); i++)
    append_badge_rule (css, vs_dataset_get_subject (dataset, i));

  if (provider == NULL)
    {
      provider = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  gtk_css_provider_load_from_data (provider, css->str, css->len);
}

/**
 * vs_subject_badge_new:
 * @subject: a subject
 *
 * Returns: (transfer floating): a small label with the subject's name on its colour
 */
GtkWidget *
vs_subject_badge_new (VsSubject *subject)
{
  g_autofree char *class = NULL;
  GtkWidget *badge;

  g_return_val_if_fail (VS_IS_SUBJECT (subject), NULL);

  class = vs_subject_style_class (subject);
  badge = gtk_label_new (vs_subject_get_name (subject));
  gtk_label_set_ellipsize (GTK_LABEL (badge), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (badge, "vs-badge");
  gtk_widget_add_css_class (badge, class);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (badge, GTK_ALIGN_START);

  return badge;
}

/**
 * vs_subject_style_draw_dot:
 * @subject: a subject
 * @cr: where to draw
 * @width: the width of the area
 * @height: its height
 *
 * Draws the round swatch of the subject's colour that stands beside its
 * name in cards and legends, for the current light or dark style.
 */
void
vs_subject_style_draw_dot (VsSubject *subject,
                           cairo_t   *cr,
                           int        width,
                           int        height)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA color;

  g_return_if_fail (VS_IS_SUBJECT (subject));

  vs_subject_style_get_color (subject, dark, &color);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}
