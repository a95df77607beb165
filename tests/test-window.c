/* test-window.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "test-widgets.h"
#include "vs-dataset-loader.h"
#include "vs-companies-view.h"
#include "vs-features-view.h"
#include "vs-verdict-view.h"
#include "vs-window-private.h"

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

/* The first window of @type open, if any. */
static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

/* Finds the message dialog the window shows, if any. */
static AdwMessageDialog *
find_message_dialog (void)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static GtkShortcutsWindow *
find_shortcuts_window (void)
{
  return find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
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

/* Dropping a file on the window opens it, as GTK's drop target delivers it. */
static void
test_drop_file (void)
{
  VsWindow *window = vs_window_new (NULL);
  VsDataset *builtin = vs_window_get_dataset (window);
  g_autoptr(GFile) file = test_file ("valid", "three-subjects.json");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTarget *target = NULL;
  GValue value = G_VALUE_INIT;
  GSList *files = g_slist_prepend (NULL, file);
  gboolean accepted = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_slist_free (files);
  g_assert_true (accepted);

  wait_for_dataset_change (window, builtin);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "PostgreSQL vs MySQL vs SQLite");

  g_clear_object (&controllers);
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

static gboolean
has_prefix (GtkWidget  *label,
            const char *prefix)
{
  return g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), prefix);
}

static gboolean
find_label_with_prefix (GtkWidget  *widget,
                        const char *prefix)
{
  return test_find_first (widget, GTK_TYPE_LABEL, has_prefix, prefix) != NULL;
}

/* The dataset opened last comes back at start. */
static void
test_last_dataset_restored (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GFile) file = test_file ("valid", "three-subjects.json");
  g_autofree char *expected_uri = g_file_get_uri (file);
  g_autofree char *uri = NULL;
  VsWindow *window = vs_window_new (NULL);
  VsDataset *builtin = vs_window_get_dataset (window);

  /* Opening a file remembers it… */
  vs_window_open_file (window, file);
  wait_for_dataset_change (window, builtin);
  uri = g_settings_get_string (settings, "last-dataset");
  g_assert_cmpstr (uri, ==, expected_uri);
  destroy_window (window);

  /* …and a new window reopens it. */
  window = vs_window_new (NULL);
  builtin = vs_window_get_dataset (window);
  vs_window_open_last_dataset (window);
  wait_for_dataset_change (window, builtin);
  g_assert_cmpuint (vs_dataset_get_n_subjects (vs_window_get_dataset (window)), ==, 3);

  destroy_window (window);
  g_settings_reset (settings, "last-dataset");
}

/* A last dataset that no longer loads: the built-in one stays, a toast says why. */
static void
test_last_dataset_broken (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GFile) file = test_file ("invalid", "thirty-three-subjects.json");
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *last = NULL;
  VsWindow *window;
  VsDataset *builtin;

  g_settings_set_string (settings, "last-dataset", uri);

  window = vs_window_new (NULL);
  builtin = vs_window_get_dataset (window);
  gtk_window_present (GTK_WINDOW (window));
  vs_window_open_last_dataset (window);

  while (!find_label_with_prefix (GTK_WIDGET (window), "Could not reopen the last dataset: "))
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (vs_window_get_dataset (window) == builtin);
  g_assert_true (find_label_with_prefix (GTK_WIDGET (window),
                                         "Could not reopen the last dataset: "
                                         "thirty-three-subjects.json: $.subjects: "));

  /* It is forgotten, so the next start is clean. */
  last = g_settings_get_string (settings, "last-dataset");
  g_assert_cmpstr (last, ==, "");

  destroy_window (window);
}

/* A last dataset that is not even a URI is forgotten too. */
static void
test_last_dataset_corrupt (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *last = NULL;
  VsWindow *window;
  VsDataset *builtin;

  g_settings_set_string (settings, "last-dataset", "::: not a URI ☃");

  window = vs_window_new (NULL);
  builtin = vs_window_get_dataset (window);
  gtk_window_present (GTK_WINDOW (window));
  vs_window_open_last_dataset (window);

  while (!find_label_with_prefix (GTK_WIDGET (window), "Could not reopen the last dataset: "))
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (vs_window_get_dataset (window) == builtin);
  last = g_settings_get_string (settings, "last-dataset");
  g_assert_cmpstr (last, ==, "");

  destroy_window (window);
}

/* Window size and the last view are kept in GSettings. */
static void
test_settings_saved (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *view = NULL;
  VsWindow *window = vs_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "companies"));

  view = g_settings_get_string (settings, "last-view");
  g_assert_cmpstr (view, ==, "companies");

  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_finalize_object (window);

  g_settings_reset (settings, "last-view");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
clipboard_text_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
}

/* Copy Table as Markdown puts the feature table on the clipboard. */
static void
test_copy_markdown (void)
{
  VsWindow *window = vs_window_new (NULL);
  g_autofree char *text = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-markdown", NULL));

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL,
                                 clipboard_text_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_str_has_prefix (text, "# Node.js vs Python\n"));
  g_assert_nonnull (strstr (text, "| Feature | Category | Node.js | Python | Advantage |"));
  g_assert_nonnull (strstr (text, "| Performance |"));
  g_assert_true (find_label_with_prefix (GTK_WIDGET (window), "Table copied as Markdown"));

  destroy_window (window);
}

/* A PDF holds NUL bytes: search it as bytes, not as a string. */
static gboolean
contains_bytes (const char *data,
                gsize       length,
                const char *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    {
      if (memcmp (data + i, needle, needle_length) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Export as PDF writes the file and says so; a bad target is reported. */
static void
test_export_pdf (void)
{
  g_autofree char *folder = g_dir_make_tmp ("versus-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (folder);
  g_autofree char *contents = NULL;
  AdwMessageDialog *dialog;
  VsWindow *window = vs_window_new (NULL);
  gsize length;

  gtk_window_present (GTK_WINDOW (window));
  vs_window_export_pdf (window, file);
  while (!find_label_with_prefix (GTK_WIDGET (window), "Exported to “report.pdf”"))
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_true (contains_bytes (contents, length, "/StructTreeRoot"));

  /* A folder as the target: a dialog says why, and the folder is untouched. */
  vs_window_export_pdf (window, bad);
  while ((dialog = find_message_dialog ()) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Export");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
  g_unlink (path);
  g_rmdir (folder);
}

/* Print draws the same report: exported through GtkPrintOperation it is a PDF. */
static void
test_print_operation (void)
{
  g_autofree char *folder = g_dir_make_tmp ("versus-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "printed.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  VsWindow *window = vs_window_new (NULL);
  GtkPrintOperationResult result;
  gsize length;

  operation = vs_window_create_print_operation (window);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (length, >, 10000);

  destroy_window (window);
  g_unlink (path);
  g_rmdir (folder);
}

static gboolean binds_one (GtkWidget  *widget,
                           const char *accelerator);

/* Whether @widget binds @accelerator itself (gtk_widget_class_add_binding*()),
 * or, for a range such as “<Control>1...<Control>9”, each end of it.
 */
static gboolean
binds (GtkWidget  *widget,
       const char *accelerator)
{
  g_auto(GStrv) ends = g_strsplit (accelerator, "...", 2);

  if (ends[1] != NULL)
    return binds_one (widget, ends[0]) && binds_one (widget, ends[1]);

  return binds_one (widget, accelerator);
}

static gboolean
binds_one (GtkWidget  *widget,
           const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  GdkModifierType modifiers;
  guint key;

  g_assert_true (gtk_accelerator_parse (accelerator, &key, &modifiers));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == key &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            return TRUE;
        }
    }

  return FALSE;
}

/* The shortcuts window is made when asked for, over the window, and every
 * shortcut in it shows keys that do what it says.
 */
static void
test_help_overlay (void)
{
  /* Bound elsewhere: the application's accelerators (vs-application.c),
   * and the question page's default button.
   */
  static const char * const bound_elsewhere[] = { "<Control>q", "<Control>w", "Return", NULL };
  VsWindow *window = vs_window_new (NULL);
  GtkWidget *verdict_view = g_object_ref_sink (g_object_new (VS_TYPE_VERDICT_VIEW, NULL));
  GtkWidget *features_view = g_object_ref_sink (g_object_new (VS_TYPE_FEATURES_VIEW, NULL));
  g_autoptr(GPtrArray) shortcuts = NULL;
  g_autoptr(GHashTable) titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkShortcutsWindow *overlay;

  /* GtkApplication would build gtk/help-overlay.ui with every window. */
  g_assert_false (g_resources_get_info ("/io/github/versusapp/Versus/gtk/help-overlay.ui",
                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (find_shortcuts_window ());

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = find_shortcuts_window ();
  g_assert_nonnull (overlay);
  g_object_add_weak_pointer (G_OBJECT (overlay), (gpointer *)&overlay);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (overlay)));
  g_assert_true (binds (GTK_WIDGET (window), "<Control>question"));

  /* Its search page holds a second copy of each shortcut. */
  shortcuts = test_find_every (overlay, GTK_TYPE_SHORTCUTS_SHORTCUT, NULL, NULL);
  for (guint i = 0; i < shortcuts->len; i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *accelerator = NULL;

      g_object_get (shortcuts->pdata[i], "title", &title, "accelerator", &accelerator, NULL);
      g_test_message ("%s: %s", title, accelerator);
      g_assert_nonnull (accelerator);
      if (!g_strv_contains (bound_elsewhere, accelerator) &&
          !binds (GTK_WIDGET (window), accelerator) && !binds (verdict_view, accelerator) &&
          !binds (features_view, accelerator))
        g_test_fail_printf ("“%s” shows %s, which nothing binds", title, accelerator);
      g_hash_table_add (titles, g_steal_pointer (&title));
    }
  g_assert_cmpuint (g_hash_table_size (titles), ==, 15);

  destroy_window (window);
  g_assert_null (overlay);
  g_assert_finalize_object (verdict_view);
  g_assert_finalize_object (features_view);
}

static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  return test_find_first (widget, type, NULL, NULL);
}

/* The dataset a view shows; NULL if it shows none, or was never made. */
static VsDataset *
get_view_dataset (VsWindow   *window,
                  const char *type_name)
{
  GtkWidget *view = find_widget_of_type (GTK_WIDGET (window), g_type_from_name (type_name));
  VsDataset *dataset = NULL;

  if (view == NULL)
    return NULL;

  g_object_get (view, "dataset", &dataset, NULL);
  if (dataset != NULL)
    g_object_unref (dataset);

  return dataset;
}

/* A view is made when it is first shown, and gets the dataset then, after
 * the window's first frame; a hidden view lets go of a dataset that is no
 * longer the window's.
 */
static void
test_views_lazy (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GFile) file = test_file ("valid", "three-subjects.json");
  VsWindow *window = vs_window_new (NULL);
  VsDataset *builtin = vs_window_get_dataset (window);

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_realize (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_realized (GTK_WIDGET (window)));
  g_assert_null (get_view_dataset (window, "VsOverviewPage"));

  test_wait_for_frame (window);
  g_assert_true (get_view_dataset (window, "VsOverviewPage") == builtin);
  g_assert_null (find_widget_of_type (GTK_WIDGET (window), VS_TYPE_FEATURES_VIEW));
  g_assert_null (find_widget_of_type (GTK_WIDGET (window), VS_TYPE_COMPANIES_VIEW));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                             "features"));
  g_assert_true (get_view_dataset (window, "VsFeaturesView") == builtin);

  vs_window_open_file (window, file);
  wait_for_dataset_change (window, builtin);
  g_assert_true (get_view_dataset (window, "VsFeaturesView") == vs_window_get_dataset (window));
  g_assert_null (get_view_dataset (window, "VsOverviewPage"));

  /* The exports take the verdict of the dataset on screen. */
  g_assert_nonnull (vs_window_get_verdict (window));
  g_assert_true (get_view_dataset (window, "VsVerdictView") == vs_window_get_dataset (window));

  destroy_window (window);
  g_settings_reset (settings, "last-view");
  g_settings_reset (settings, "last-dataset");
}

/* A view made when first shown is shown with the dataset: the Verdict
 * view, shown from the keyboard, has the focus on its Start button.
 */
static void
test_view_made_with_focus (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  VsWindow *window = vs_window_new (NULL);
  GtkWidget *view;
  GtkWidget *focus;

  test_wait_for_frame (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                             "verdict"));

  view = find_widget_of_type (GTK_WIDGET (window), VS_TYPE_VERDICT_VIEW);
  g_assert_nonnull (view);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, view));
  g_assert_true (GTK_IS_BUTTON (focus));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (focus)), ==, "_Start");

  destroy_window (window);
  g_settings_reset (settings, "last-view");
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
  g_test_add_func ("/versus/window/drop-file", test_drop_file);
  g_test_add_func ("/versus/window/markup-is-text", test_markup_is_text);
  g_test_add_func ("/versus/window/last-dataset/restored", test_last_dataset_restored);
  g_test_add_func ("/versus/window/last-dataset/broken", test_last_dataset_broken);
  g_test_add_func ("/versus/window/last-dataset/corrupt", test_last_dataset_corrupt);
  g_test_add_func ("/versus/window/settings-saved", test_settings_saved);
  g_test_add_func ("/versus/window/help-overlay", test_help_overlay);
  g_test_add_func ("/versus/window/views-lazy", test_views_lazy);
  g_test_add_func ("/versus/window/view-made-with-focus", test_view_made_with_focus);
  g_test_add_func ("/versus/window/copy-markdown", test_copy_markdown);
  g_test_add_func ("/versus/window/export-pdf", test_export_pdf);
  g_test_add_func ("/versus/window/print-operation", test_print_operation);

  return g_test_run ();
}
