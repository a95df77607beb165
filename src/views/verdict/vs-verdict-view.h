/* vs-verdict-view.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-view.h"
#include "vs-verdict.h"

G_BEGIN_DECLS

#define VS_TYPE_VERDICT_VIEW (vs_verdict_view_get_type ())

G_DECLARE_FINAL_TYPE (VsVerdictView, vs_verdict_view, VS, VERDICT_VIEW, AdwBin)

G_END_DECLS
