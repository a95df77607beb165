/* vs-score-chart.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

#define VS_TYPE_SCORE_CHART (vs_score_chart_get_type ())

G_DECLARE_FINAL_TYPE (VsScoreChart, vs_score_chart, VS, SCORE_CHART, GtkWidget)

GtkWidget  *vs_score_chart_new             (void);
VsDataset  *vs_score_chart_get_dataset     (VsScoreChart *self);
void        vs_score_chart_set_dataset     (VsScoreChart *self,
                                            VsDataset    *dataset);
gboolean    vs_score_chart_get_by_category (VsScoreChart *self);
guint       vs_score_chart_get_n_rows      (VsScoreChart *self);
const char *vs_score_chart_get_row_label   (VsScoreChart *self,
                                            guint         row);
gboolean    vs_score_chart_get_score       (VsScoreChart *self,
                                            guint         row,
                                            guint         subject_index,
                                            double       *score);
char       *vs_score_chart_describe        (VsScoreChart *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
