/* vs-json-check.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean vs_json_check (const char  *data,
                        gsize        length,
                        guint        max_depth,
                        GError     **error);

G_END_DECLS
