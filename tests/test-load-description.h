/* test-load-description.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vs-dataset.h"

G_BEGIN_DECLS

char *test_describe_load (VsDataset    *dataset,
                          const GError *error);

G_END_DECLS
