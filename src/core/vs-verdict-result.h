/* vs-verdict-result.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vs-verdict-entry.h"

G_BEGIN_DECLS

#define VS_TYPE_VERDICT_RESULT (vs_verdict_result_get_type ())

G_DECLARE_FINAL_TYPE (VsVerdictResult, vs_verdict_result, VS, VERDICT_RESULT, GObject)

VsVerdictResult *vs_verdict_result_new             (GPtrArray       *entries,
                                                    guint            n_answers) G_GNUC_WARN_UNUSED_RESULT;
gboolean         vs_verdict_result_get_is_decisive (VsVerdictResult *self);
guint            vs_verdict_result_get_n_answers   (VsVerdictResult *self);
VsVerdictEntry  *vs_verdict_result_get_entry       (VsVerdictResult *self,
                                                    guint            position);

G_END_DECLS
