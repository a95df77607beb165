/* vs-feature-index.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

#define VS_TYPE_FEATURE_INDEX (vs_feature_index_get_type ())

G_DECLARE_FINAL_TYPE (VsFeatureIndex, vs_feature_index, VS, FEATURE_INDEX, GObject)

/**
 * VsFeatureSortBy:
 * @VS_FEATURE_SORT_BY_NAME: the feature's name
 * @VS_FEATURE_SORT_BY_CATEGORY: the name of the feature's category
 * @VS_FEATURE_SORT_BY_VALUE: one subject's score, then its value
 * @VS_FEATURE_SORT_BY_ADVANTAGE: the name of the subject that leads, or “Tie”
 *
 * What features are sorted by, a column of the Features view. Texts are
 * compared by their collation keys; missing values come first. Sorted by a
 * subject, features without a score come last in both orders.
 */
typedef enum
{
  VS_FEATURE_SORT_BY_NAME,
  VS_FEATURE_SORT_BY_CATEGORY,
  VS_FEATURE_SORT_BY_VALUE,
  VS_FEATURE_SORT_BY_ADVANTAGE,
} VsFeatureSortBy;

/**
 * VsFeatureSortKey:
 * @sort_by: what to compare
 * @subject_index: the subject, for %VS_FEATURE_SORT_BY_VALUE
 * @descending: whether the order is reversed
 *
 * One level of a sort order: features that it finds equal are ordered by
 * the next key, and in the end by their position in the dataset.
 */
typedef struct
{
  VsFeatureSortBy sort_by;
  guint subject_index;
  gboolean descending;
} VsFeatureSortKey;


VsFeatureIndex *vs_feature_index_new               (VsDataset               *dataset)
                                                    G_GNUC_WARN_UNUSED_RESULT;
guint           vs_feature_index_get_n_features    (VsFeatureIndex          *self);

gboolean        vs_feature_index_has_search_texts  (VsFeatureIndex          *self);
const char     *vs_feature_index_get_search_text   (VsFeatureIndex          *self,
                                                    guint                    feature_index);

gboolean        vs_feature_index_has_ranks         (VsFeatureIndex          *self,
                                                    VsFeatureSortBy          sort_by,
                                                    guint                    subject_index);
const guint32  *vs_feature_index_get_ranks         (VsFeatureIndex          *self,
                                                    VsFeatureSortBy          sort_by,
                                                    guint                    subject_index);
guint32        *vs_feature_index_sort              (VsFeatureIndex          *self,
                                                    const VsFeatureSortKey  *keys,
                                                    guint                    n_keys)
                                                    G_GNUC_WARN_UNUSED_RESULT;

void            vs_feature_index_prepare_async     (VsFeatureIndex          *self,
                                                    gboolean                 search_texts,
                                                    const VsFeatureSortKey  *keys,
                                                    guint                    n_keys,
                                                    GCancellable            *cancellable,
                                                    GAsyncReadyCallback      callback,
                                                    gpointer                 user_data);
gboolean        vs_feature_index_prepare_finish    (VsFeatureIndex          *self,
                                                    GAsyncResult            *result,
                                                    GError                 **error);
double          vs_feature_index_get_progress      (VsFeatureIndex          *self);

G_END_DECLS
