/* vs-feature.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "vs-category.h"
#include "vs-source.h"
#include "vs-subject.h"

G_BEGIN_DECLS

#define VS_TYPE_FEATURE (vs_feature_get_type ())

/* The best score a feature can give a subject; scores go from 0 to this. */
#define VS_SCORE_MAX 5.0

G_DECLARE_FINAL_TYPE (VsFeature, vs_feature, VS, FEATURE, GObject)

const char *vs_feature_get_id        (VsFeature *self);
const char *vs_feature_get_name      (VsFeature *self);
VsCategory *vs_feature_get_category  (VsFeature *self);
VsSubject  *vs_feature_get_advantage (VsFeature *self);
VsSource   *vs_feature_get_source    (VsFeature *self);
gboolean    vs_feature_get_is_tie    (VsFeature *self);
guint       vs_feature_get_index     (VsFeature *self);
const char *vs_feature_get_value     (VsFeature *self,
                                      guint      subject_index);
gboolean    vs_feature_get_score     (VsFeature *self,
                                      guint      subject_index,
                                      double    *score);
double      vs_feature_get_best_score (VsFeature *self,
                                       guint      n_subjects);

G_END_DECLS
