/* vs-subject-style.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "vs-subject-style.h"

/* Subjects are told apart by colour: badges, chart bars and column accents.
 * A dataset may give any #rrggbb, so the colours are adjusted here until
 * text and bars stay readable on the light and the dark background.
 */

/* Used for subjects that bring no colour of their own (GNOME palette): hues
 * far apart, so that eight subjects stay apart in both styles once
 * vs_subject_style_get_color() has made them stand out from the background
 * (CIE76 distances of 36 or more; the first five, 45 or more). The PDF
 * report uses the same list.
 */
static const char * const fallback_palette[] = {
  "#1c71d8", "#e66100", "#26a269", "#c061cb", "#865e3c", "#a51d2d", "#2190a4", "#e5a50a",
};

/* The window backgrounds of the light and the dark style. */
static const GdkRGBA light_background = { 0.98, 0.98, 0.98, 1 };
static const GdkRGBA dark_background = { 0.14, 0.14, 0.14, 1 };

/* WCAG 2 minimum contrast for graphics and large text. */
#define MIN_GRAPHIC_CONTRAST 3.0

static GtkCssProvider *provider;

static double
channel_luminance (double channel)
{
  return channel <= 0.03928 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

static double
luminance (const GdkRGBA *color)
{
  return (0.2126 * channel_luminance (color->red) +
          0.7152 * channel_luminance (color->green) +
          0.0722 * channel_luminance (color->blue));
}

static double
contrast (const GdkRGBA *a,
          const GdkRGBA *b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static void
mix (GdkRGBA       *color,
     const GdkRGBA *towards,
     double         amount)
{
  color->red += (towards->red - color->red) * amount;
  color->green += (towards->green - color->green) * amount;
  color->blue += (towards->blue - color->blue) * amount;
}

static void
dataset_color (VsSubject *subject,
               GdkRGBA   *color)
{
  const char *spec = vs_subject_get_color (subject);

  if (spec == NULL || !gdk_rgba_parse (color, spec))
    gdk_rgba_parse (color, fallback_palette[vs_subject_get_index (subject) %
                                            G_N_ELEMENTS (fallback_palette)]);
}

/**
 * vs_subject_style_get_color:
 * @subject: a subject
 * @dark: whether the colour is for the dark style
 * @color: (out): the colour
 *
 * Gives the subject's colour, lightened or darkened just enough to stand
 * out from the style's background.
 */
void
vs_subject_style_get_color (VsSubject *subject,
                            gboolean   dark,
                            GdkRGBA   *color)
{
  const GdkRGBA *background = dark ? &dark_background : &light_background;
  static const GdkRGBA white = { 1, 1, 1, 1 };
  static const GdkRGBA black = { 0, 0, 0, 1 };

  g_return_if_fail (VS_IS_SUBJECT (subject));
  g_return_if_fail (color != NULL);

  dataset_color (subject, color);

  for (guint step = 0; step < 20 && contrast (color, background) < MIN_GRAPHIC_CONTRAST; step++)
    mix (color, dark ? &white : &black, 0.1);
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
  static const GdkRGBA white = { 1, 1, 1, 1 };
  static const GdkRGBA black = { 0, 0, 0, 1 };
  g_autofree char *background = NULL;
  g_autofree char *class = vs_subject_style_class (subject);
  GdkRGBA color;

  /* The badge keeps the dataset's own colour; its text takes whichever of
   * black and white reads better on it, so it is the same in both styles.
   */
  dataset_color (subject, &color);
  background = gdk_rgba_to_string (&color);

  g_string_append_printf (css,
                          ".vs-badge.%s { background-color: %s; color: %s; }\n",
                          class, background,
                          contrast (&color, &white) >= contrast (&color, &black)
                          ? "white" : "black");
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
