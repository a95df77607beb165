/* test-widgets.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

/* Helpers shared by the widget tests: load a test dataset, show a view in
 * a window as the app does, and find what the user would see in it.
 */

typedef gboolean (*TestWidgetMatch) (GtkWidget  *widget,
                                     const char *text);

VsDataset *test_load_dataset      (const char      *folder,
                                   const char      *name);
GtkWidget *test_show_view         (GType            view_type,
                                   VsDataset       *dataset);
void       test_set_dataset       (gpointer         view,
                                   VsDataset       *dataset);
void       test_close_view        (gpointer         view);
gboolean   test_widget_is_shown   (GtkWidget       *widget);
GPtrArray *test_find_all          (gpointer         root,
                                   GType            type,
                                   TestWidgetMatch  match,
                                   const char      *text);
GPtrArray *test_find_every        (gpointer         root,
                                   GType            type,
                                   TestWidgetMatch  match,
                                   const char      *text);
gpointer   test_find_first        (gpointer         root,
                                   GType            type,
                                   TestWidgetMatch  match,
                                   const char      *text);
gpointer   test_find_one          (gpointer         root,
                                   GType            type,
                                   TestWidgetMatch  match,
                                   const char      *text);
gboolean   test_label_has_text    (GtkWidget       *widget,
                                   const char      *text);
gboolean   test_has_label         (GtkWidget       *widget,
                                   const char      *text);
void       test_type_search       (gpointer         view,
                                   const char      *text);
void       test_wait_for_frame    (gpointer         window);

G_END_DECLS
