/* vs-guidance-row.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-dataset.h"
#include "vs-subject.h"

G_BEGIN_DECLS

#define VS_TYPE_GUIDANCE_ROW (vs_guidance_row_get_type ())

G_DECLARE_FINAL_TYPE (VsGuidanceRow, vs_guidance_row, VS, GUIDANCE_ROW, GtkListBoxRow)

GtkWidget *vs_guidance_row_new (VsDataset *dataset,
                                VsSubject *subject);

G_END_DECLS
