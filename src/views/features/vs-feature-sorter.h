/* vs-feature-sorter.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-dataset.h"
#include "vs-feature-index.h"

G_BEGIN_DECLS

#define VS_TYPE_FEATURE_SORTER (vs_feature_sorter_get_type ())

G_DECLARE_FINAL_TYPE (VsFeatureSorter, vs_feature_sorter, VS, FEATURE_SORTER, GtkSorter)

/* The most sort keys vs_feature_sorter_read_keys() reads. */
#define VS_FEATURE_SORTER_MAX_KEYS 40

VsFeatureSorter *vs_feature_sorter_new             (VsDataset        *dataset,
                                                    VsFeatureSortBy   sort_by,
                                                    guint             subject_index)
                                                    G_GNUC_WARN_UNUSED_RESULT;
VsDataset       *vs_feature_sorter_get_dataset     (VsFeatureSorter  *self);
VsFeatureSortBy  vs_feature_sorter_get_sort_by     (VsFeatureSorter  *self);
guint            vs_feature_sorter_get_subject_index (VsFeatureSorter *self);

guint            vs_feature_sorter_read_keys       (GtkSorter        *sorter,
                                                    VsDataset        *dataset,
                                                    VsFeatureSortKey *keys,
                                                    guint             max_keys);

G_END_DECLS
