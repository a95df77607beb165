/* vs-editor-window.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-draft.h"

G_BEGIN_DECLS

#define VS_TYPE_EDITOR_WINDOW (vs_editor_window_get_type ())

G_DECLARE_FINAL_TYPE (VsEditorWindow, vs_editor_window, VS, EDITOR_WINDOW, AdwApplicationWindow)

VsEditorWindow *vs_editor_window_new          (GtkApplication *application,
                                               VsDraft        *draft,
                                               GFile          *file,
                                               gboolean        builtin) G_GNUC_WARN_UNUSED_RESULT;
VsDraft        *vs_editor_window_get_draft    (VsEditorWindow *self);
GFile          *vs_editor_window_get_file     (VsEditorWindow *self);
gboolean        vs_editor_window_save_to      (VsEditorWindow *self,
                                               GFile          *file);
GtkWidget      *vs_editor_window_get_field    (VsEditorWindow *self,
                                               const char     *path);

G_END_DECLS
