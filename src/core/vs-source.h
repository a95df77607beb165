/* vs-source.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VS_TYPE_SOURCE (vs_source_get_type ())

G_DECLARE_FINAL_TYPE (VsSource, vs_source, VS, SOURCE, GObject)

const char *vs_source_get_id        (VsSource *self);
const char *vs_source_get_title     (VsSource *self);
const char *vs_source_get_publisher (VsSource *self);
const char *vs_source_get_url       (VsSource *self);
const char *vs_source_get_date      (VsSource *self);

G_END_DECLS
