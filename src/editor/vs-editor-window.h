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

/* The most values (features × subjects) the editor shows as fields: a
 * larger comparison is edited as a file. A field costs about a third of a
 * millisecond to make; the Features page has two per value.
 */
#define VS_EDITOR_MAX_VALUES 1000

G_DECLARE_FINAL_TYPE (VsEditorWindow, vs_editor_window, VS, EDITOR_WINDOW, AdwApplicationWindow)

VsEditorWindow *vs_editor_window_new          (GtkApplication *application,
                                               VsDraft        *draft,
                                               GFile          *file,
                                               gboolean        builtin) G_GNUC_WARN_UNUSED_RESULT;
VsDraft        *vs_editor_window_get_draft    (VsEditorWindow *self);
GFile          *vs_editor_window_get_file     (VsEditorWindow *self);
void            vs_editor_window_set_n_unknown_members (VsEditorWindow *self,
                                                        guint           n_members);
gboolean        vs_editor_window_save_to      (VsEditorWindow *self,
                                               GFile          *file);
GtkWidget      *vs_editor_window_get_field    (VsEditorWindow *self,
                                               const char     *path);

G_END_DECLS
