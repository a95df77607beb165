/* vs-subject-colors.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "vs-subject-colors.h"

/* Subjects are told apart by colour: badges, chart bars and column accents,
 * in the window and in the PDF report. A dataset may give any #rrggbb, so
 * a colour is adjusted until it stays readable on its background; subjects
 * without a colour take one from the fallback palette. The window turns
 * these into CSS and GdkRGBA (vs-subject-style.c); the report draws with
 * them directly.
 */

/* Used for subjects that bring no colour of their own (GNOME palette): hues
 * far apart, so that eight subjects stay apart in both styles once
 * vs_subject_colors_get_color() has made them stand out from the background
 * (CIE76 distances of 36 or more; the first five, 45 or more).
 */
static const char * const fallback_palette[] = {
  "#1c71d8", "#e66100", "#26a269", "#c061cb", "#865e3c", "#a51d2d", "#2190a4", "#e5a50a",
};

/* The window backgrounds of the light and the dark style. */
static const VsRgb light_background = { 0.98, 0.98, 0.98 };
static const VsRgb dark_background = { 0.14, 0.14, 0.14 };

const VsRgb vs_rgb_white = { 1, 1, 1 };
const VsRgb vs_rgb_black = { 0, 0, 0 };

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static double
channel_luminance (double channel)
{
  return channel <= 0.03928 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

static void
mix (VsRgb       *color,
     const VsRgb *towards,
     double       amount)
{
  color->red += (towards->red - color->red) * amount;
  color->green += (towards->green - color->green) * amount;
  color->blue += (towards->blue - color->blue) * amount;
}

/* ------------------------------------------------------------------------ */
/* Public API: colours                                                      */
/* ------------------------------------------------------------------------ */

/**
 * vs_rgb_parse:
 * @spec: (nullable): a colour as `#rrggbb`, as datasets give it
 * @color: (out): the colour
 *
 * Returns: %TRUE if @spec is a colour; @color is left alone otherwise
 */
gboolean
vs_rgb_parse (const char *spec,
              VsRgb      *color)
{
  int digits[6];

  g_return_val_if_fail (color != NULL, FALSE);

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

/**
 * vs_rgb_to_string:
 * @color: a colour
 *
 * Returns: (transfer full): @color as `#rrggbb`, as CSS reads it
 */
char *
vs_rgb_to_string (const VsRgb *color)
{
  g_return_val_if_fail (color != NULL, NULL);

  return g_strdup_printf ("#%02x%02x%02x",
                          (guint) round (CLAMP (color->red, 0, 1) * 255),
                          (guint) round (CLAMP (color->green, 0, 1) * 255),
                          (guint) round (CLAMP (color->blue, 0, 1) * 255));
}

/**
 * vs_rgb_luminance:
 * @color: a colour
 *
 * Returns: the relative luminance of @color (WCAG 2), from 0 to 1
 */
double
vs_rgb_luminance (const VsRgb *color)
{
  g_return_val_if_fail (color != NULL, 0);

  return (0.2126 * channel_luminance (color->red) +
          0.7152 * channel_luminance (color->green) +
          0.0722 * channel_luminance (color->blue));
}

/**
 * vs_rgb_contrast:
 * @a: a colour
 * @b: another
 *
 * Returns: the contrast ratio of @a and @b (WCAG 2), from 1 to 21
 */
double
vs_rgb_contrast (const VsRgb *a,
                 const VsRgb *b)
{
  double la, lb;

  g_return_val_if_fail (a != NULL && b != NULL, 1);

  la = vs_rgb_luminance (a);
  lb = vs_rgb_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/**
 * vs_rgb_readable_text:
 * @background: a colour
 *
 * Returns: black or white, whichever reads better on @background (at least
 *   %VS_MIN_TEXT_CONTRAST on any colour)
 */
VsRgb
vs_rgb_readable_text (const VsRgb *background)
{
  g_return_val_if_fail (background != NULL, vs_rgb_black);

  return (vs_rgb_contrast (background, &vs_rgb_white) >=
          vs_rgb_contrast (background, &vs_rgb_black)) ? vs_rgb_white : vs_rgb_black;
}

/**
 * vs_rgb_stand_out:
 * @color: a colour
 * @background: what it is drawn on
 * @minimum: the contrast to reach, %VS_MIN_TEXT_CONTRAST for text or
 *   %VS_MIN_GRAPHIC_CONTRAST for bars and swatches
 *
 * Darkens @color on a light background, or lightens it on a dark one,
 * a tenth at a time, until it stands out from @background by @minimum.
 *
 * Returns: the colour
 */
VsRgb
vs_rgb_stand_out (const VsRgb *color,
                  const VsRgb *background,
                  double       minimum)
{
  VsRgb result;
  VsRgb towards;

  g_return_val_if_fail (color != NULL && background != NULL, vs_rgb_black);

  result = *color;
  towards = vs_rgb_readable_text (background);

  for (guint step = 0; step < 20 && vs_rgb_contrast (&result, background) < minimum; step++)
    mix (&result, &towards, 0.1);

  return result;
}

/* ------------------------------------------------------------------------ */
/* Public API: subjects                                                     */
/* ------------------------------------------------------------------------ */

/**
 * vs_subject_colors_get_n_fallback:
 *
 * Returns: how many colours the fallback palette has before it repeats
 */
guint
vs_subject_colors_get_n_fallback (void)
{
  return G_N_ELEMENTS (fallback_palette);
}

/**
 * vs_subject_colors_get_fallback:
 * @position: any position; the palette repeats
 * @color: (out): the colour of the subject at @position that has none
 */
void
vs_subject_colors_get_fallback (guint  position,
                                VsRgb *color)
{
  g_return_if_fail (color != NULL);

  vs_rgb_parse (fallback_palette[position % G_N_ELEMENTS (fallback_palette)], color);
}

/**
 * vs_subject_colors_get_background:
 * @dark: whether for the dark style
 * @color: (out): the window's background in that style
 */
void
vs_subject_colors_get_background (gboolean  dark,
                                  VsRgb    *color)
{
  g_return_if_fail (color != NULL);

  *color = dark ? dark_background : light_background;
}

/**
 * vs_subject_colors_get_base:
 * @subject: a subject
 * @color: (out): its colour as the dataset gives it, or the fallback
 *   palette's for its position; badges fill with it
 */
void
vs_subject_colors_get_base (VsSubject *subject,
                            VsRgb     *color)
{
  g_return_if_fail (VS_IS_SUBJECT (subject));
  g_return_if_fail (color != NULL);

  if (!vs_rgb_parse (vs_subject_get_color (subject), color))
    vs_subject_colors_get_fallback (vs_subject_get_index (subject), color);
}

/**
 * vs_subject_colors_get_color:
 * @subject: a subject
 * @dark: whether the colour is for the dark style
 * @color: (out): the colour
 *
 * Gives the subject's colour, lightened or darkened just enough to stand
 * out from the style's background, for bars and swatches.
 */
void
vs_subject_colors_get_color (VsSubject *subject,
                             gboolean   dark,
                             VsRgb     *color)
{
  VsRgb base;

  g_return_if_fail (VS_IS_SUBJECT (subject));
  g_return_if_fail (color != NULL);

  vs_subject_colors_get_base (subject, &base);
  *color = vs_rgb_stand_out (&base, dark ? &dark_background : &light_background,
                             VS_MIN_GRAPHIC_CONTRAST);
}
