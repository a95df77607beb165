/* vs-edit-distance.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint       vs_edit_distance (const char         *a,
                              const char         *b,
                              guint               max);
const char *vs_suggest       (const char         *word,
                              const char * const *candidates,
                              gssize              n_candidates);

G_END_DECLS
