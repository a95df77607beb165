/* vs-use-case-row.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-use-case.h"

G_BEGIN_DECLS

#define VS_TYPE_USE_CASE_ROW (vs_use_case_row_get_type ())

G_DECLARE_FINAL_TYPE (VsUseCaseRow, vs_use_case_row, VS, USE_CASE_ROW, GtkListBoxRow)

GtkWidget *vs_use_case_row_new          (VsUseCase    *use_case);
VsUseCase *vs_use_case_row_get_use_case (VsUseCaseRow *self);

G_END_DECLS
