/* vs-use-cases-view.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-view.h"

G_BEGIN_DECLS

#define VS_TYPE_USE_CASES_VIEW (vs_use_cases_view_get_type ())

G_DECLARE_FINAL_TYPE (VsUseCasesView, vs_use_cases_view, VS, USE_CASES_VIEW, AdwBin)

G_END_DECLS
