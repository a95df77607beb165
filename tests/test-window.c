/* test-window.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "vs-dataset-loader.h"
#include "vs-window.h"

static GFile *
test_file (const char *folder,
           const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);

  return g_file_new_for_path (path);
}

static void
wait_for_dataset_change (VsWindow  *window,
                         VsDataset *old_dataset)
{
  while (vs_window_get_dataset (window) == old_dataset)
    g_main_context_iteration (NULL, TRUE);
}

/* Finds the message dialog the window shows, if any. */
static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
destroy_window (VsWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_builtin_title (void)
{
  VsWindow *window = vs_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Node.js vs Python");
  g_assert_cmpstr (vs_dataset_get_id (vs_window_get_dataset (window)), ==, "backend-nodejs-python");

  destroy_window (window);
}

static void
test_open_valid_file (void)
{
  VsWindow *window = vs_window_new (NULL);
  VsDataset *builtin = vs_window_get_dataset (window);
  g_autoptr(GFile) file = test_file ("valid", "three-subjects.json");

  gtk_window_present (GTK_WINDOW (window));
  vs_window_open_file (window, file);
  wait_for_dataset_change (window, builtin);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "PostgreSQL vs MySQL vs SQLite");
  g_assert_cmpuint (vs_dataset_get_n_subjects (vs_window_get_dataset (window)), ==, 3);

  destroy_window (window);
}

/* A broken file leaves the current dataset and says why, with the place. */
static void
test_open_broken_file (void)
{
  VsWindow *window = vs_window_new (NULL);
  VsDataset *builtin = vs_window_get_dataset (window);
  g_autoptr(GFile) file = test_file ("invalid", "feature-value-unknown-subject.json");
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  vs_window_open_file (window, file);
  while ((dialog = find_message_dialog ()) == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (vs_window_get_dataset (window) == builtin);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Node.js vs Python");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open Dataset");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog),
                                   "feature-value-unknown-subject.json: $.features[0].values.ruby: "));

  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
}

/* Dataset text is text: markup in a title is shown literally. */
static void
test_markup_is_text (void)
{
  VsWindow *window = vs_window_new (NULL);
  VsDataset *builtin = vs_window_get_dataset (window);
  g_autoptr(GFile) file = test_file ("valid", "unicode.json");

  gtk_window_present (GTK_WINDOW (window));
  vs_window_open_file (window, file);
  wait_for_dataset_change (window, builtin);

  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "<b>bold</b>"));

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/versus/window/builtin-title", test_builtin_title);
  g_test_add_func ("/versus/window/open-valid-file", test_open_valid_file);
  g_test_add_func ("/versus/window/open-broken-file", test_open_broken_file);
  g_test_add_func ("/versus/window/markup-is-text", test_markup_is_text);

  return g_test_run ();
}
