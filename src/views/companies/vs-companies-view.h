/* vs-companies-view.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-view.h"

G_BEGIN_DECLS

#define VS_TYPE_COMPANIES_VIEW (vs_companies_view_get_type ())

G_DECLARE_FINAL_TYPE (VsCompaniesView, vs_companies_view, VS, COMPANIES_VIEW, AdwBin)

G_END_DECLS
