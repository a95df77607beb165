/* vs-application.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

#define VS_TYPE_APPLICATION (vs_application_get_type ())

G_DECLARE_FINAL_TYPE (VsApplication, vs_application, VS, APPLICATION, AdwApplication)

VsApplication *vs_application_new           (void) G_GNUC_WARN_UNUSED_RESULT;
VsDataset     *vs_application_take_builtin (VsApplication *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
