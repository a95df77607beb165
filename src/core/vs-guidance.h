/* vs-guidance.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "vs-subject.h"

G_BEGIN_DECLS

#define VS_TYPE_GUIDANCE (vs_guidance_get_type ())

G_DECLARE_FINAL_TYPE (VsGuidance, vs_guidance, VS, GUIDANCE, GObject)

VsSubject  *vs_guidance_get_subject (VsGuidance *self);
const char *vs_guidance_get_text    (VsGuidance *self);

G_END_DECLS
