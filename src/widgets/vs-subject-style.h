/* vs-subject-style.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

void       vs_subject_style_apply     (VsDataset *dataset);
void       vs_subject_style_get_color (VsSubject *subject,
                                       gboolean   dark,
                                       GdkRGBA   *color);
char      *vs_subject_style_class     (VsSubject *subject) G_GNUC_WARN_UNUSED_RESULT;
GtkWidget *vs_subject_badge_new       (VsSubject *subject);
void       vs_subject_style_draw_dot  (VsSubject *subject,
                                       cairo_t   *cr,
                                       int        width,
                                       int        height);

G_END_DECLS
