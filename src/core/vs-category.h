/* vs-category.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VS_TYPE_CATEGORY (vs_category_get_type ())

G_DECLARE_FINAL_TYPE (VsCategory, vs_category, VS, CATEGORY, GObject)

const char *vs_category_get_id    (VsCategory *self);
const char *vs_category_get_name  (VsCategory *self);
guint       vs_category_get_index (VsCategory *self);

G_END_DECLS
