/* vs-filter-bar.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

#define VS_TYPE_FILTER_BAR (vs_filter_bar_get_type ())

G_DECLARE_FINAL_TYPE (VsFilterBar, vs_filter_bar, VS, FILTER_BAR, GtkWidget)

GtkWidget *vs_filter_bar_new                (void);
void       vs_filter_bar_setup_drop_down   (GtkDropDown *drop_down);
void       vs_filter_bar_fill_subjects     (GtkDropDown *drop_down,
                                            VsDataset   *dataset);
VsSubject *vs_filter_bar_get_subject       (GtkDropDown *drop_down,
                                            VsDataset   *dataset);

G_END_DECLS
