/* vs-feature-filter.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

#define VS_TYPE_FEATURE_FILTER (vs_feature_filter_get_type ())

G_DECLARE_FINAL_TYPE (VsFeatureFilter, vs_feature_filter, VS, FEATURE_FILTER, GtkFilter)

VsFeatureFilter *vs_feature_filter_new                  (VsDataset       *dataset)
                                                        G_GNUC_WARN_UNUSED_RESULT;
gboolean         vs_feature_filter_matches              (VsFeatureFilter *self,
                                                         VsFeature       *feature);
const char * const *vs_feature_filter_get_search_terms  (VsFeatureFilter *self);
const char      *vs_feature_filter_get_search           (VsFeatureFilter *self);
void             vs_feature_filter_set_search           (VsFeatureFilter *self,
                                                         const char      *search);
VsCategory      *vs_feature_filter_get_category         (VsFeatureFilter *self);
void             vs_feature_filter_set_category         (VsFeatureFilter *self,
                                                         VsCategory      *category);
VsSubject       *vs_feature_filter_get_leader           (VsFeatureFilter *self);
void             vs_feature_filter_set_leader           (VsFeatureFilter *self,
                                                         VsSubject       *leader);
gboolean         vs_feature_filter_get_ties_only        (VsFeatureFilter *self);
void             vs_feature_filter_set_ties_only        (VsFeatureFilter *self,
                                                         gboolean         ties_only);
gboolean         vs_feature_filter_get_differences_only (VsFeatureFilter *self);
void             vs_feature_filter_set_differences_only (VsFeatureFilter *self,
                                                         gboolean         differences_only);

G_END_DECLS
