/* vs-use-case.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "vs-source.h"
#include "vs-subject.h"

G_BEGIN_DECLS

#define VS_TYPE_USE_CASE (vs_use_case_get_type ())

G_DECLARE_FINAL_TYPE (VsUseCase, vs_use_case, VS, USE_CASE, GObject)

const char         *vs_use_case_get_id          (VsUseCase *self);
const char         *vs_use_case_get_name        (VsUseCase *self);
const char         *vs_use_case_get_description (VsUseCase *self);
const char * const *vs_use_case_get_tags        (VsUseCase *self);
VsSource           *vs_use_case_get_source      (VsUseCase *self);
GPtrArray          *vs_use_case_get_recommended (VsUseCase *self);
gboolean            vs_use_case_recommends      (VsUseCase *self,
                                                 VsSubject *subject);

G_END_DECLS
