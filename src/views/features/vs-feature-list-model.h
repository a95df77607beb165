/* vs-feature-list-model.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-dataset.h"
#include "vs-feature-filter.h"

G_BEGIN_DECLS

#define VS_TYPE_FEATURE_LIST_MODEL (vs_feature_list_model_get_type ())

G_DECLARE_FINAL_TYPE (VsFeatureListModel, vs_feature_list_model, VS, FEATURE_LIST_MODEL, GObject)

/* Up to this many features, the model makes what it needs at once. */
#define VS_FEATURE_LIST_MODEL_SYNC_LIMIT 5000

VsFeatureListModel *vs_feature_list_model_new            (GtkSorter          *sorter)
                                                          G_GNUC_WARN_UNUSED_RESULT;
GtkSorter          *vs_feature_list_model_get_sorter     (VsFeatureListModel *self);
VsDataset          *vs_feature_list_model_get_dataset    (VsFeatureListModel *self);
VsFeatureFilter    *vs_feature_list_model_get_filter     (VsFeatureListModel *self);
void                vs_feature_list_model_set_dataset    (VsFeatureListModel *self,
                                                          VsDataset          *dataset,
                                                          VsFeatureFilter    *filter);
guint               vs_feature_list_model_find           (VsFeatureListModel *self,
                                                          VsFeature          *feature);
guint               vs_feature_list_model_get_pending    (VsFeatureListModel *self);
double              vs_feature_list_model_get_progress   (VsFeatureListModel *self);
void                vs_feature_list_model_set_sync_limit (VsFeatureListModel *self,
                                                          guint               sync_limit);

G_END_DECLS
