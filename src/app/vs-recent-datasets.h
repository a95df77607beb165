/* vs-recent-datasets.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How many datasets Open Recent lists. */
#define VS_RECENT_DATASETS_MAX 8

#define VS_TYPE_RECENT_DATASETS (vs_recent_datasets_get_type ())

G_DECLARE_FINAL_TYPE (VsRecentDatasets, vs_recent_datasets, VS, RECENT_DATASETS, GObject)

VsRecentDatasets *vs_recent_datasets_new      (GSettings        *settings) G_GNUC_WARN_UNUSED_RESULT;
GMenuModel       *vs_recent_datasets_get_menu (VsRecentDatasets *self);
void              vs_recent_datasets_add      (VsRecentDatasets *self,
                                               GFile            *file,
                                               const char       *title);
void              vs_recent_datasets_remove   (VsRecentDatasets *self,
                                               const char       *uri);
void              vs_recent_datasets_clear    (VsRecentDatasets *self);
void              vs_recent_datasets_refresh  (VsRecentDatasets *self);

G_END_DECLS
