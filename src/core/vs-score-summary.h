/* vs-score-summary.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

#define VS_TYPE_SCORE_SUMMARY (vs_score_summary_get_type ())

G_DECLARE_FINAL_TYPE (VsScoreSummary, vs_score_summary, VS, SCORE_SUMMARY, GObject)

VsScoreSummary *vs_score_summary_new              (VsDataset      *dataset,
                                                   GPtrArray      *subjects) G_GNUC_WARN_UNUSED_RESULT;
gboolean        vs_score_summary_get_by_category  (VsScoreSummary *self);
guint           vs_score_summary_get_n_subjects   (VsScoreSummary *self);
VsSubject      *vs_score_summary_get_subject      (VsScoreSummary *self,
                                                   guint           position);
guint           vs_score_summary_get_n_rows       (VsScoreSummary *self);
const char     *vs_score_summary_get_row_label    (VsScoreSummary *self,
                                                   guint           row);
VsCategory     *vs_score_summary_get_row_category (VsScoreSummary *self,
                                                   guint           row);
VsFeature      *vs_score_summary_get_row_feature  (VsScoreSummary *self,
                                                   guint           row);
gboolean        vs_score_summary_get_score        (VsScoreSummary *self,
                                                   guint           row,
                                                   guint           position,
                                                   double         *score);
char           *vs_score_summary_format_score     (VsScoreSummary *self,
                                                   guint           row,
                                                   guint           position) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
