/* vs-window-private.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vs-session.h"
#include "vs-window.h"

G_BEGIN_DECLS

/* What the window exports (vs-window-actions.c). */
typedef enum
{
  VS_WINDOW_EXPORT_PDF,
  VS_WINDOW_EXPORT_VERDICT_PDF,
  VS_WINDOW_EXPORT_CSV,
  VS_WINDOW_EXPORT_MARKDOWN,
} VsWindowExport;

/* Shared by vs-window.c, vs-window-actions.c and the tests. */
VsSession         *vs_window_get_session            (VsWindow       *self);
GFile             *vs_window_get_dataset_file       (VsWindow       *self);
void               vs_window_export_pdf             (VsWindow       *self,
                                                     GFile          *file);
void               vs_window_export_csv             (VsWindow       *self,
                                                     GFile          *file);
void               vs_window_export_markdown        (VsWindow       *self,
                                                     GFile          *file);
char              *vs_window_get_export_title       (VsWindow       *self,
                                                     VsWindowExport  kind) G_GNUC_WARN_UNUSED_RESULT;
GtkPrintOperation *vs_window_create_print_operation (VsWindow       *self) G_GNUC_WARN_UNUSED_RESULT;
GtkWidget         *vs_window_show_error             (VsWindow       *self,
                                                     const char     *heading,
                                                     const char     *message);
void               vs_window_class_install_actions  (GtkWidgetClass *widget_class);

/* vs-window-import.c */
gboolean           vs_window_import_table           (VsWindow       *self,
                                                     GFile          *table,
                                                     GFile          *target,
                                                     GError        **error);
void               vs_window_class_install_import_actions (GtkWidgetClass *widget_class);

G_END_DECLS
