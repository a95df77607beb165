/* vs-hash.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint    vs_hash_bytes (gconstpointer data,
                        gsize         length);
guint    vs_str_hash   (gconstpointer string);

G_END_DECLS
