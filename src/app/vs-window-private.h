/* vs-window-private.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-recent-datasets.h"
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

/* The instance struct, shared by the window's files. */
struct _VsWindow
{
  AdwApplicationWindow parent_instance;

  /* The dataset on screen, and what the views show of it. */
  VsSession *session;
  GSettings *settings;
  VsRecentDatasets *recent;
  /* How the warnings bar names the file on screen; NULL when it is hidden. */
  char *warnings_file;

  /* The load under way, if any. */
  GCancellable *load_cancellable;
  GFile *loading_file;
  /* The file the dataset on screen was read from; NULL for the built-in one. */
  GFile *dataset_file;
  /* Shows the spinner when a load takes more than a second. */
  guint loading_source;
  gboolean loading_last_dataset;

  /* Watches the dataset's file, to show it again when it changes. */
  GFileMonitor *monitor;
  guint reload_source;
  GCancellable *reload_cancellable;

  /* Whether the window has painted a frame since it was realized: the
   * views wait for it.
   */
  gboolean painted;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack *view_stack;
  AdwViewSwitcherBar *switcher_bar;
  GtkSpinner *loading_spinner;
  GtkMenuButton *menu_button;
  GMenu *primary_menu;
  GMenu *recent_menu;
  GtkRevealer *warnings_revealer;
  GtkLabel *warnings_label;
};

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

void               vs_window_show_warnings          (VsWindow       *self,
                                                     GFile          *file);

/* vs-window-reload.c */
void               vs_window_watch_file             (VsWindow       *self,
                                                     GFile          *file);

G_END_DECLS
