/* vs-text-cell.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VS_TYPE_TEXT_CELL (vs_text_cell_get_type ())

G_DECLARE_FINAL_TYPE (VsTextCell, vs_text_cell, VS, TEXT_CELL, GtkWidget)

GtkWidget  *vs_text_cell_new      (int         min_chars,
                                   int         max_chars);
const char *vs_text_cell_get_text (VsTextCell *self);
void        vs_text_cell_set_text (VsTextCell *self,
                                   const char *text);

void        vs_text_cell_set_score       (VsTextCell *self,
                                          double      score,
                                          gboolean    best);
const char *vs_text_cell_get_note        (VsTextCell *self);
gboolean    vs_text_cell_get_note_strong (VsTextCell *self);
int         vs_text_cell_get_note_height (VsTextCell *self);

guint       vs_text_cell_get_n_waiting (void);

G_END_DECLS
