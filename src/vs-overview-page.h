/* vs-overview-page.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

#define VS_TYPE_OVERVIEW_PAGE (vs_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (VsOverviewPage, vs_overview_page, VS, OVERVIEW_PAGE, AdwBin)

VsDataset *vs_overview_page_get_dataset (VsOverviewPage *self);
void       vs_overview_page_set_dataset (VsOverviewPage *self,
                                         VsDataset      *dataset);

G_END_DECLS
