/* vs-dataset-writer.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

void    vs_dataset_writer_write    (VsDataset *dataset,
                                    GString   *out);
GBytes *vs_dataset_writer_to_bytes (VsDataset *dataset) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
