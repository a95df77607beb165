/* vs-features-view.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-view.h"

G_BEGIN_DECLS

#define VS_TYPE_FEATURES_VIEW (vs_features_view_get_type ())

G_DECLARE_FINAL_TYPE (VsFeaturesView, vs_features_view, VS, FEATURES_VIEW, AdwBin)

G_END_DECLS
