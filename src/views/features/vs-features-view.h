/* vs-features-view.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

#define VS_TYPE_FEATURES_VIEW (vs_features_view_get_type ())

G_DECLARE_FINAL_TYPE (VsFeaturesView, vs_features_view, VS, FEATURES_VIEW, AdwBin)

VsDataset *vs_features_view_get_dataset        (VsFeaturesView *self);
void       vs_features_view_set_dataset        (VsFeaturesView *self,
                                                VsDataset      *dataset);
GPtrArray *vs_features_view_dup_shown_subjects (VsFeaturesView *self) G_GNUC_WARN_UNUSED_RESULT;
GListModel *vs_features_view_dup_shown_features (VsFeaturesView *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
