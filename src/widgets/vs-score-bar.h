/* vs-score-bar.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-subject.h"

G_BEGIN_DECLS

#define VS_TYPE_SCORE_BAR (vs_score_bar_get_type ())

G_DECLARE_FINAL_TYPE (VsScoreBar, vs_score_bar, VS, SCORE_BAR, GtkWidget)

GtkWidget *vs_score_bar_new          (VsSubject  *subject,
                                      double      fraction);
VsSubject *vs_score_bar_get_subject  (VsScoreBar *self);
double     vs_score_bar_get_fraction (VsScoreBar *self);
void       vs_score_bar_set_fraction (VsScoreBar *self,
                                      double      fraction);

G_END_DECLS
