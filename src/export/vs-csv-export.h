/* vs-csv-export.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

char     *vs_csv_export_to_string (VsDataset     *dataset,
                                   GPtrArray     *subjects) G_GNUC_WARN_UNUSED_RESULT;
gboolean  vs_csv_export_write     (VsDataset     *dataset,
                                   GPtrArray     *subjects,
                                   GFile         *target,
                                   GCancellable  *cancellable,
                                   GError       **error);

char     *vs_csv_export_features_to_string (VsDataset     *dataset,
                                           GPtrArray     *subjects,
                                           GListModel    *features) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
