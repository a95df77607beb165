/* vs-export-text.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vs-dataset.h"
#include "vs-feature.h"

G_BEGIN_DECLS

/* The text of a missing value, as the views show it. */
#define VS_EXPORT_MISSING_VALUE "—"

GPtrArray  *vs_export_dup_subjects     (VsDataset *dataset,
                                        GPtrArray *subjects) G_GNUC_WARN_UNUSED_RESULT;
const char *vs_export_category_name    (VsFeature *feature);
const char *vs_export_advantage_label  (VsFeature *feature);

G_END_DECLS
