/* vs-feature-details.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

#define VS_TYPE_FEATURE_DETAILS (vs_feature_details_get_type ())

G_DECLARE_FINAL_TYPE (VsFeatureDetails, vs_feature_details, VS, FEATURE_DETAILS, AdwWindow)

VsFeatureDetails *vs_feature_details_new         (VsDataset        *dataset,
                                                  VsFeature        *feature);
VsDataset        *vs_feature_details_get_dataset (VsFeatureDetails *self);
VsFeature        *vs_feature_details_get_feature (VsFeatureDetails *self);

G_END_DECLS
