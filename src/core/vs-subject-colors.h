/* vs-subject-colors.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vs-subject.h"

G_BEGIN_DECLS

/* A colour in sRGB, each channel from 0 to 1. */
typedef struct
{
  double red;
  double green;
  double blue;
} VsRgb;

/* WCAG 2 minimum contrasts: for text, and for graphics and large text. */
#define VS_MIN_TEXT_CONTRAST    4.5
#define VS_MIN_GRAPHIC_CONTRAST 3.0

extern const VsRgb vs_rgb_white;
extern const VsRgb vs_rgb_black;

gboolean vs_rgb_parse                  (const char  *spec,
                                        VsRgb       *color);
char    *vs_rgb_to_string              (const VsRgb *color) G_GNUC_WARN_UNUSED_RESULT;
double   vs_rgb_luminance              (const VsRgb *color);
double   vs_rgb_contrast               (const VsRgb *a,
                                        const VsRgb *b);
VsRgb    vs_rgb_readable_text          (const VsRgb *background);
VsRgb    vs_rgb_stand_out              (const VsRgb *color,
                                        const VsRgb *background,
                                        double       minimum);

guint    vs_subject_colors_get_n_fallback (void);
void     vs_subject_colors_get_fallback   (guint        position,
                                           VsRgb       *color);
void     vs_subject_colors_get_background (gboolean     dark,
                                           VsRgb       *color);
void     vs_subject_colors_get_base       (VsSubject   *subject,
                                           VsRgb       *color);
void     vs_subject_colors_get_color      (VsSubject   *subject,
                                           gboolean     dark,
                                           VsRgb       *color);

G_END_DECLS
