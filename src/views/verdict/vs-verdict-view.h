/* vs-verdict-view.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-dataset.h"
#include "vs-verdict.h"

G_BEGIN_DECLS

#define VS_TYPE_VERDICT_VIEW (vs_verdict_view_get_type ())

G_DECLARE_FINAL_TYPE (VsVerdictView, vs_verdict_view, VS, VERDICT_VIEW, AdwBin)

VsDataset *vs_verdict_view_get_dataset (VsVerdictView *self);
void       vs_verdict_view_set_dataset (VsVerdictView *self,
                                        VsDataset     *dataset);
VsVerdict *vs_verdict_view_get_verdict (VsVerdictView *self);

G_END_DECLS
