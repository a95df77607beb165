/* vs-feature-sorter.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

#define VS_TYPE_FEATURE_SORTER (vs_feature_sorter_get_type ())

G_DECLARE_FINAL_TYPE (VsFeatureSorter, vs_feature_sorter, VS, FEATURE_SORTER, GtkSorter)

/**
 * VsFeatureSortBy:
 * @VS_FEATURE_SORT_BY_NAME: the feature's name
 * @VS_FEATURE_SORT_BY_CATEGORY: the name of the feature's category
 * @VS_FEATURE_SORT_BY_VALUE: one subject's score, then its value
 * @VS_FEATURE_SORT_BY_ADVANTAGE: the name of the subject that leads, or “Tie”
 *
 * What a #VsFeatureSorter compares. Missing values come first.
 */
typedef enum
{
  VS_FEATURE_SORT_BY_NAME,
  VS_FEATURE_SORT_BY_CATEGORY,
  VS_FEATURE_SORT_BY_VALUE,
  VS_FEATURE_SORT_BY_ADVANTAGE,
} VsFeatureSortBy;

VsFeatureSorter *vs_feature_sorter_new (VsDataset       *dataset,
                                        VsFeatureSortBy  sort_by,
                                        guint            subject_index) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
