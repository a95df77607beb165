/* vs-choice.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VS_TYPE_CHOICE (vs_choice_get_type ())

G_DECLARE_FINAL_TYPE (VsChoice, vs_choice, VS, CHOICE, GObject)

const char *vs_choice_get_id     (VsChoice *self);
const char *vs_choice_get_label  (VsChoice *self);
const char *vs_choice_get_reason (VsChoice *self);
double      vs_choice_get_weight (VsChoice *self,
                                  guint     subject_index);

G_END_DECLS
