/* vs-window.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-application.h"
#include "vs-dataset.h"

G_BEGIN_DECLS

#define VS_TYPE_WINDOW (vs_window_get_type ())

G_DECLARE_FINAL_TYPE (VsWindow, vs_window, VS, WINDOW, AdwApplicationWindow)

VsWindow  *vs_window_new               (VsApplication *application) G_GNUC_WARN_UNUSED_RESULT;
VsDataset *vs_window_get_dataset       (VsWindow      *self);
void       vs_window_set_dataset       (VsWindow      *self,
                                        VsDataset     *dataset);
void       vs_window_open_file         (VsWindow      *self,
                                        GFile         *file);
void       vs_window_open_last_dataset (VsWindow      *self);
void       vs_window_add_toast         (VsWindow      *self,
                                        AdwToast      *toast);

G_END_DECLS
