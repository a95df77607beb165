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
#include <sys/stat.h>

#include "test-widgets.h"
#include "vs-choice.h"
#include "vs-dataset-loader.h"
#include "vs-companies-view.h"
#include "vs-editor-window.h"
#include "vs-features-view.h"
#include "vs-question.h"
#include "vs-report.h"
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

/* A file that breaks several rules shows the first at once, then lists
 * every problem under it, with its line and column, as --validate does.
 */
static void
test_open_file_with_several_errors (void)
{
  VsWindow *window = vs_window_new (NULL);
  VsDataset *builtin = vs_window_get_dataset (window);
  g_autoptr(GFile) file = test_file ("validate", "several-errors.json");
  const char * const problems[] = {
    "several-errors.json:6:3: $.use-cases: unknown member, ignored (did you mean “use_cases”?)",
    "several-errors.json:8:49: $.subjects[0].color: “red” is not a colour in the form #rrggbb",
    "several-errors.json:9:39: $.subjects[1].homepage: “ftp://mysql.example” is not an http or "
    "https URL",
    "several-errors.json:12:49: $.features[0].values.postgres: there is no subject “postgres” in "
    "this dataset (did you mean “postgresql”?)",
    "several-errors.json:13:7: $.features[1].id: the id “json” is already used by $.features[0]",
    "several-errors.json:14:7: $.features[2].id: “Bad_Id” is not a valid id (use lowercase "
    "letters, digits and “-”, starting with a letter or digit)",
    "several-errors.json:14:23: $.features[2].name: must not be empty",
    "several-errors.json:14:47: $.features[2].scores.mysql: 9 is out of range (0 to 5)",
    "several-errors.json:18:36: $.companies[0].subjects[0]: there is no subject “postgress” in "
    "this dataset (did you mean “postgresql”?)",
  };
  AdwMessageDialog *dialog;
  GtkWidget *list;

  gtk_window_present (GTK_WINDOW (window));
  vs_window_open_file (window, file);
  while ((dialog = find_message_dialog ()) == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (vs_window_get_dataset (window) == builtin);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "several-errors.json: $.subjects[0].color: “red” is not a colour in the "
                   "form #rrggbb");

  while ((list = adw_message_dialog_get_extra_child (dialog)) == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (test_has_label (list, "All 9 problems of this file:"));
  for (guint i = 0; i < G_N_ELEMENTS (problems); i++)
    g_assert_true (test_has_label (list, problems[i]));

  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
}

/* File ▸ Import Table…: the table becomes a comparison, saved where the
 * user said and opened; a broken table says why and writes nothing.
 */
static void
test_import_table (void)
{
  g_autofree char *dir = g_dir_make_tmp ("versus-test-import-XXXXXX", NULL);
  g_autofree char *table_path = g_build_filename (dir, "Trains vs Buses.csv", NULL);
  g_autofree char *target_path = g_build_filename (dir, "trains.json", NULL);
  g_autofree char *broken_path = g_build_filename (dir, "broken.csv", NULL);
  g_autofree char *unwritten_path = g_build_filename (dir, "unwritten.json", NULL);
  g_autoptr(GFile) table = g_file_new_for_path (table_path);
  g_autoptr(GFile) target = g_file_new_for_path (target_path);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  g_autoptr(GFile) unwritten = g_file_new_for_path (unwritten_path);
  g_autoptr(GError) error = NULL;
  VsWindow *window = vs_window_new (NULL);
  VsDataset *builtin = vs_window_get_dataset (window);
  VsDataset *dataset;

  g_assert_true (g_file_set_contents (table_path,
                                      "Feature,Category,Trains,Buses,Trains score,Buses score\r\n"
                                      "Speed,Travel,Fast,Slower,4.5,3\r\n"
                                      "Reach,Travel,Stations only,Most villages,2,4\r\n",
                                      -1, NULL));
  g_assert_true (g_file_set_contents (broken_path,
                                      "Feature,Trains,Buses\nSpeed,Fast\n", -1, NULL));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (vs_window_import_table (window, table, target, &error));
  g_assert_no_error (error);
  wait_for_dataset_change (window, builtin);

  dataset = vs_window_get_dataset (window);
  g_assert_cmpstr (vs_dataset_get_title (dataset), ==, "Trains vs Buses");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Trains vs Buses");
  g_assert_cmpuint (vs_dataset_get_n_subjects (dataset), ==, 2);
  g_assert_cmpuint (vs_dataset_get_n_features (dataset), ==, 2);
  g_assert_true (g_file_equal (vs_window_get_dataset_file (window), target));

  g_assert_false (vs_window_import_table (window, broken, unwritten, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "broken.csv:2:"));
  g_assert_false (g_file_query_exists (unwritten, NULL));
  g_assert_true (vs_window_get_dataset (window) == dataset);

  destroy_window (window);
  g_assert_no_errno (g_unlink (table_path));
  g_assert_no_errno (g_unlink (broken_path));
  g_assert_no_errno (g_unlink (target_path));
  g_assert_no_errno (g_rmdir (dir));
}

/* A named pipe is refused at once, rather than turning the spinner
 * forever; the current dataset stays and it is not remembered.
 */
static void
test_open_named_pipe (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("versus-test-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pipe", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = g_settings_get_string (settings, "last-dataset");
  g_autofree char *last = NULL;
  VsWindow *window = vs_window_new (NULL);
  VsDataset *builtin = vs_window_get_dataset (window);
  AdwMessageDialog *dialog;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);

  gtk_window_present (GTK_WINDOW (window));
  vs_window_open_file (window, file);
  while ((dialog = find_message_dialog ()) == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (vs_window_get_dataset (window) == builtin);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open Dataset");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "pipe: this is not a regular file (a named pipe)");
  last = g_settings_get_string (settings, "last-dataset");
  g_assert_cmpstr (last, ==, before);

  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A file's name and a key of 1 MB are cut short and kept on one line. */
static void
test_open_long_names (void)
{
  g_autofree char *dir = g_dir_make_tmp ("versus-test-window-XXXXXX", NULL);
  g_autofree char *n100 = g_strnfill (100, 'n');
  g_autofree char *name = g_strdup_printf ("new\nline\xff%s.json", n100);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *key = g_strnfill (1024 * 1024, 'k');
  g_autofree char *cut = g_strnfill (80, 'k');
  g_autofree char *json = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VsWindow *window = vs_window_new (NULL);
  AdwMessageDialog *dialog;

  json = g_strdup_printf ("{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"n\","
                          " \"title\": \"N\", \"subjects\": [{\"id\": \"a\", \"name\": \"A\"},"
                          " {\"id\": \"b\", \"name\": \"B\"}], \"features\": [{\"id\": \"f\","
                          " \"name\": \"F\", \"values\": {\"a\": \"1\", \"%s\": \"2\"}}]}", key);
  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);

  gtk_window_present (GTK_WINDOW (window));
  vs_window_open_file (window, file);
  while ((dialog = find_message_dialog ()) == NULL)
    g_main_context_iteration (NULL, TRUE);

  /* The first 40 characters of the name (an escape is one), “…”, its last 39. */
  expected = g_strdup_printf ("new\\nline\\xFF%.31s…%.34s.json: $.features[0].values[\"%s…\"]: "
                              "there is no subject “%s…” in this dataset",
                              n100, n100, cut, cut);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, expected);

  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
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

/* Reopening @last as the last dataset fails: the built-in dataset stays,
 * a toast starts with @message, and @last is forgotten, so that the next
 * start is clean.
 */
static void
assert_last_dataset_refused (const char *last,
                             const char *message)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *forgotten = NULL;
  VsWindow *window;
  VsDataset *builtin;

  g_settings_set_string (settings, "last-dataset", last);

  window = vs_window_new (NULL);
  builtin = vs_window_get_dataset (window);
  gtk_window_present (GTK_WINDOW (window));
  vs_window_open_last_dataset (window);

  while (!find_label_with_prefix (GTK_WIDGET (window), "Could not reopen the last dataset: "))
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (vs_window_get_dataset (window) == builtin);
  g_assert_true (find_label_with_prefix (GTK_WIDGET (window), message));
  forgotten = g_settings_get_string (settings, "last-dataset");
  g_assert_cmpstr (forgotten, ==, "");

  destroy_window (window);
}

/* A last dataset that no longer loads. */
static void
test_last_dataset_broken (void)
{
  g_autoptr(GFile) file = test_file ("invalid", "thirty-three-subjects.json");
  g_autofree char *uri = g_file_get_uri (file);

  assert_last_dataset_refused (uri, "Could not reopen the last dataset: "
                                    "thirty-three-subjects.json: $.subjects: ");
}

/* A last dataset that has become a named pipe is refused at once. */
static void
test_last_dataset_named_pipe (void)
{
  g_autofree char *dir = g_dir_make_tmp ("versus-test-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pipe", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  assert_last_dataset_refused (uri, "Could not reopen the last dataset: "
                                    "pipe: this is not a regular file (a named pipe)");
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A last dataset that is not even a URI. */
static void
test_last_dataset_corrupt (void)
{
  assert_last_dataset_refused ("::: not a URI ☃", "Could not reopen the last dataset: ");
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


/* A schema without ranges at the window's settings path: the test writes
 * through it what a hand-edited dconf database could hold.
 */
static GSettings *
new_unchecked_settings (char **schema_dir)
{
  g_autofree char *xml_path = NULL;
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "glib-compile-schemas", NULL, NULL };
  int status;

  *schema_dir = g_dir_make_tmp ("versus-test-schema-XXXXXX", &error);
  g_assert_no_error (error);
  xml_path = g_build_filename (*schema_dir, "unchecked.gschema.xml", NULL);
  g_assert_true (g_file_set_contents (xml_path,
                                      "<schemalist><schema id=\"versus.test.Unchecked\">"
                                      "<key name=\"window-width\" type=\"i\"><default>0</default></key>"
                                      "<key name=\"window-height\" type=\"i\"><default>0</default></key>"
                                      "</schema></schemalist>", -1, NULL));
  argv[1] = *schema_dir;
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  source = g_settings_schema_source_new_from_directory (*schema_dir, NULL, FALSE, &error);
  g_assert_no_error (error);
  schema = g_settings_schema_source_lookup (source, "versus.test.Unchecked", FALSE);
  g_assert_nonnull (schema);

  return g_settings_new_full (schema, NULL, "/io/github/versusapp/Versus/");
}

/* A negative or absurd stored size never reaches GTK: the window opens at
 * the default size, and the schema's ranges refuse such values.
 */
static void
test_settings_bad_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *schema_dir = NULL;
  g_autoptr(GSettings) unchecked = new_unchecked_settings (&schema_dir);
  g_autofree char *compiled = g_build_filename (schema_dir, "gschemas.compiled", NULL);
  g_autofree char *xml = g_build_filename (schema_dir, "unchecked.gschema.xml", NULL);
  const int sizes[][2] = { { -500, -1 }, { 0, -2147483647 }, { 1000000, 2147483647 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      VsWindow *window;
      int width, height;

      g_settings_set_int (unchecked, "window-width", sizes[i][0]);
      g_settings_set_int (unchecked, "window-height", sizes[i][1]);

      window = vs_window_new (NULL);
      gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
      g_assert_cmpint (width, ==, 1100);
      g_assert_cmpint (height, ==, 720);

      /* Closing saves a size within the ranges. */
      gtk_window_present (GTK_WINDOW (window));
      g_object_ref (window);
      gtk_window_close (GTK_WINDOW (window));
      g_assert_finalize_object (window);
      g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
      g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 720);
    }

  g_object_get (settings, "settings-schema", &schema, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GSettingsSchemaKey) width_key = g_settings_schema_get_key (schema, "window-width");
      g_autoptr(GVariant) value = g_variant_ref_sink (g_variant_new_int32 (sizes[i][0]));

      g_assert_false (g_settings_schema_key_range_check (width_key, value));
    }

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_clear_object (&unchecked);
  g_unlink (compiled);
  g_unlink (xml);
  g_rmdir (schema_dir);
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

/* The lines of @text, ended by LF or CRLF. */
static guint
count_lines (const char *text)
{
  guint n_lines = 0;

  for (const char *p = text; *p != '\0'; p++)
    n_lines += *p == '\n';

  return n_lines;
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
  g_autoptr(GFile) device = g_file_new_for_path ("/dev/null");
  g_autofree char *dataset_path = g_build_filename (folder, "dataset.json", NULL);
  g_autoptr(GFile) dataset = g_file_new_for_path (dataset_path);
  g_autofree char *dataset_json = NULL;
  g_autofree char *folder_name = g_path_get_basename (folder);
  g_autofree char *folder_message = g_strdup_printf ("Could not export to “%s”: it is a folder, "
                                                     "not a file", folder_name);
  g_autofree char *contents = NULL;
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "valid",
                                                   "three-subjects.json", NULL);
  VsWindow *window = vs_window_new (NULL);
  VsDataset *builtin = vs_window_get_dataset (window);
  gsize length;

  g_assert_true (g_file_get_contents (source, &dataset_json, NULL, NULL));
  gtk_window_present (GTK_WINDOW (window));
  vs_window_export_pdf (window, file);
  while (!find_label_with_prefix (GTK_WIDGET (window), "Exported to “report.pdf”"))
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_true (contains_bytes (contents, length, "/StructTreeRoot"));

  /* A target that cannot be replaced: a toast says why at once, and it is
   * untouched.
   */
  vs_window_export_pdf (window, bad);
  while (!find_label_with_prefix (GTK_WIDGET (window), folder_message))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  vs_window_export_pdf (window, device);
  while (!find_label_with_prefix (GTK_WIDGET (window),
                                  "Could not export to “null”: this is a device, not a "
                                  "file; choose a file to export to"))
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (find_message_dialog ());

  /* Nor is the file of the dataset on screen replaced. */
  g_assert_true (g_file_set_contents (dataset_path, dataset_json, -1, NULL));
  vs_window_open_file (window, dataset);
  wait_for_dataset_change (window, builtin);
  vs_window_export_pdf (window, dataset);
  while (!find_label_with_prefix (GTK_WIDGET (window),
                                  "Could not export to “dataset.json”: this is the dataset "
                                  "file being exported"))
    g_main_context_iteration (NULL, TRUE);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (dataset_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, dataset_json);

  destroy_window (window);
  g_unlink (dataset_path);
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
  g_assert_cmpuint (g_hash_table_size (titles), ==, 17);

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

  if (view == NULL)
    return NULL;

  return vs_view_get_dataset (VS_VIEW (view));
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
  g_assert_null (get_view_dataset (window, "VsOverviewView"));

  test_wait_for_frame (window);
  g_assert_true (get_view_dataset (window, "VsOverviewView") == builtin);
  g_assert_null (find_widget_of_type (GTK_WIDGET (window), VS_TYPE_FEATURES_VIEW));
  g_assert_null (find_widget_of_type (GTK_WIDGET (window), VS_TYPE_COMPANIES_VIEW));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                             "features"));
  g_assert_true (get_view_dataset (window, "VsFeaturesView") == builtin);

  vs_window_open_file (window, file);
  wait_for_dataset_change (window, builtin);
  g_assert_true (get_view_dataset (window, "VsFeaturesView") == vs_window_get_dataset (window));
  g_assert_null (get_view_dataset (window, "VsOverviewView"));

  /* The exports take the verdict of the dataset on screen from the
   * session, without making the Verdict view.
   */
  g_assert_true (vs_verdict_get_dataset (vs_session_get_verdict (vs_window_get_session (window))) ==
                 vs_window_get_dataset (window));
  g_assert_null (find_widget_of_type (GTK_WIDGET (window), VS_TYPE_VERDICT_VIEW));

  destroy_window (window);
  g_settings_reset (settings, "last-view");
  g_settings_reset (settings, "last-dataset");
}

/* A new window, 1100 px wide, with its first frame painted. */
static VsWindow *
present_wide_window (void)
{
  VsWindow *window = vs_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_for_frame (window);

  return window;
}

/* The switcher's button @index is labelled @label, and shows the view @name. */
static void
assert_switcher_button (VsWindow   *window,
                        GPtrArray  *buttons,
                        guint       index,
                        const char *label,
                        const char *name)
{
  g_assert_cmpuint (buttons->len, ==, 5);
  g_assert_nonnull (test_find_one (buttons->pdata[index], GTK_TYPE_LABEL, test_label_has_text,
                                   label));
  gtk_toggle_button_set_active (buttons->pdata[index], TRUE);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (
                     test_find_one (window, ADW_TYPE_VIEW_STACK, NULL, NULL)), ==, name);
}

/* The view switcher in the header bar comes with the content, in the
 * frame after the first (which shows the window at once): then a wide
 * window shows a button for each view there, which shows it.
 */
static void
test_switcher_title (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  VsWindow *window = present_wide_window ();
  g_autoptr(GPtrArray) buttons = NULL;
  AdwViewSwitcherTitle *title;

  title = test_find_first (window, ADW_TYPE_VIEW_SWITCHER_TITLE, NULL, NULL);
  while (!gtk_widget_get_mapped (GTK_WIDGET (title)))
    g_main_context_iteration (NULL, TRUE);
  test_wait_for_frame (window);

  g_assert_false (adw_view_switcher_title_get_title_visible (title));
  buttons = test_find_all (title, GTK_TYPE_TOGGLE_BUTTON, NULL, NULL);
  assert_switcher_button (window, buttons, 2, "Use Cases", "use-cases");

  destroy_window (window);
  g_settings_reset (settings, "last-view");
}

/* The view switcher at the bottom, for a narrow window, is made when the
 * window first becomes narrow: a wide window has none, not even hidden;
 * at 360 px the bar shows a button for each view, which shows it.
 */
static void
test_switcher_bar_lazy (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  VsWindow *window = present_wide_window ();
  g_autoptr(GPtrArray) buttons = NULL;
  AdwViewSwitcherBar *bar;

  bar = test_find_one (window, ADW_TYPE_VIEW_SWITCHER_BAR, NULL, NULL);
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
  buttons = test_find_every (bar, GTK_TYPE_TOGGLE_BUTTON, NULL, NULL);
  g_assert_cmpuint (buttons->len, ==, 0);
  g_clear_pointer (&buttons, g_ptr_array_unref);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  while (!adw_view_switcher_bar_get_reveal (bar))
    g_main_context_iteration (NULL, TRUE);
  buttons = test_find_every (bar, GTK_TYPE_TOGGLE_BUTTON, NULL, NULL);
  g_assert_cmpuint (buttons->len, ==, 5);
  while (!gtk_widget_get_mapped (buttons->pdata[0]))
    g_main_context_iteration (NULL, TRUE);
  g_clear_pointer (&buttons, g_ptr_array_unref);

  buttons = test_find_all (bar, GTK_TYPE_TOGGLE_BUTTON, NULL, NULL);
  assert_switcher_button (window, buttons, 1, "Features", "features");

  destroy_window (window);
  g_settings_reset (settings, "last-view");
}

/* A window showing the built-in dataset's Features view, searched for
 * “Django” (Primary Frameworks and Ecosystem Libraries) and sorted by name
 * from Z to A.
 */
static VsWindow *
show_searched_features (void)
{
  VsWindow *window = vs_window_new (NULL);
  g_autoptr(GtkColumnViewColumn) name_column = NULL;
  g_autofree char *title = NULL;
  GtkColumnView *column_view;
  GtkWidget *view;

  gtk_window_present (GTK_WINDOW (window));
  test_wait_for_frame (window);

  /* Before the Features view is made, everything. */
  title = vs_window_get_export_title (window, VS_WINDOW_EXPORT_CSV);
  g_assert_cmpstr (title, ==, "Export Table as CSV");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                             "features"));
  view = find_widget_of_type (GTK_WIDGET (window), VS_TYPE_FEATURES_VIEW);
  g_assert_nonnull (view);
  test_type_search (view, "Django");

  column_view = test_find_first (view, GTK_TYPE_COLUMN_VIEW, NULL, NULL);
  name_column = g_list_model_get_item (gtk_column_view_get_columns (column_view), 0);
  gtk_column_view_sort_by_column (column_view, name_column, GTK_SORT_DESCENDING);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  return window;
}

/* A choice of the question the wizard shows. */
static gboolean
is_shown_choice (GtkWidget  *widget,
                 const char *title)
{
  return (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0 &&
          test_widget_is_shown (widget));
}

/* The exports read the window's session: the columns and rows that the
 * Features view shows and the wizard's answers, while both views are
 * hidden, as copies. Another dataset starts afresh.
 */
static void
test_export_from_session (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GFile) file = test_file ("verdict", "ties.json");
  VsWindow *window = vs_window_new (NULL);
  g_autoptr(VsDataset) builtin = g_object_ref (vs_window_get_dataset (window));
  VsSession *session = vs_window_get_session (window);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autofree char *title = NULL;
  AdwActionRow *choice;
  GObject *columns_box;
  GtkWidget *view;
  VsReport *report;
  GPtrArray *subjects;
  VsQuestion *pair;

  gtk_window_present (GTK_WINDOW (window));
  test_wait_for_frame (window);
  vs_window_open_file (window, file);
  wait_for_dataset_change (window, builtin);

  /* Green's column hidden. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                             "features"));
  view = find_widget_of_type (GTK_WIDGET (window), VS_TYPE_FEATURES_VIEW);
  columns_box = gtk_widget_get_template_child (view, VS_TYPE_FEATURES_VIEW, "columns_box");
  checks = test_find_every (columns_box, GTK_TYPE_CHECK_BUTTON, NULL, NULL);
  g_assert_cmpuint (checks->len, ==, 4);
  g_assert_cmpstr (gtk_check_button_get_label (g_ptr_array_index (checks, 1)), ==, "Green");
  gtk_check_button_set_active (g_ptr_array_index (checks, 1), FALSE);

  /* The first question answered “Yes” in the wizard. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                             "verdict"));
  view = find_widget_of_type (GTK_WIDGET (window), VS_TYPE_VERDICT_VIEW);
  g_assert_true (gtk_widget_activate_action (view, "verdict.start", NULL));
  choice = test_find_first (view, ADW_TYPE_ACTION_ROW, is_shown_choice, "Yes");
  g_assert_nonnull (choice);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (choice)),
                               TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                             "overview"));

  operation = vs_window_create_print_operation (window);
  report = g_object_get_data (G_OBJECT (operation), "vs-report");
  subjects = vs_report_get_subjects (report);
  g_assert_cmpuint (subjects->len, ==, 3);
  g_assert_cmpstr (vs_subject_get_name (g_ptr_array_index (subjects, 0)), ==, "Red");
  g_assert_cmpstr (vs_subject_get_name (g_ptr_array_index (subjects, 1)), ==, "Blue");
  g_assert_cmpstr (vs_subject_get_name (g_ptr_array_index (subjects, 2)), ==, "Yellow");
  g_assert_cmpuint (g_list_model_get_n_items (vs_report_get_features (report)), ==, 1);
  g_assert_nonnull (vs_report_get_verdict (report));
  g_assert_true (vs_report_get_verdict (report) != vs_session_get_verdict (session));
  g_assert_cmpuint (vs_verdict_get_n_answers (vs_report_get_verdict (report)), ==, 1);
  pair = vs_dataset_find_question (vs_window_get_dataset (window), "pair");
  g_assert_cmpstr (vs_choice_get_id (vs_verdict_get_answer (vs_report_get_verdict (report), pair)),
                   ==, "yes");

  /* Another dataset: every subject and feature, no answers. */
  vs_window_set_dataset (window, builtin);
  g_assert_cmpuint (vs_session_get_subjects (session)->len, ==, 2);
  g_assert_null (vs_session_get_features (session));
  g_assert_cmpuint (vs_verdict_get_n_answers (vs_session_get_verdict (session)), ==, 0);
  title = vs_window_get_export_title (window, VS_WINDOW_EXPORT_PDF);
  g_assert_cmpstr (title, ==, "Export as PDF");

  g_clear_object (&operation);
  destroy_window (window);
  g_settings_reset (settings, "last-view");
  g_settings_reset (settings, "last-dataset");
}

/* Export Table as CSV… takes the features that the search leaves, in the
 * order shown, and its dialog says so.
 */
static void
test_export_shown_csv (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *folder = g_dir_make_tmp ("versus-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "table.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *csv = NULL;
  g_autofree char *title = NULL;
  VsWindow *window = show_searched_features ();

  title = vs_window_get_export_title (window, VS_WINDOW_EXPORT_CSV);
  g_assert_cmpstr (title, ==, "Export Table as CSV: 2 of 16 Features");
  g_clear_pointer (&title, g_free);
  title = vs_window_get_export_title (window, VS_WINDOW_EXPORT_PDF);
  g_assert_cmpstr (title, ==, "Export as PDF: 2 of 16 Features");

  vs_window_export_csv (window, file);
  while (!find_label_with_prefix (GTK_WIDGET (window), "Exported to “table.csv”"))
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "Feature,Category,Node.js,Python,Advantage\r\n"
                                        "Primary Frameworks,"));
  g_assert_nonnull (strstr (csv, "\r\nEcosystem Libraries,"));
  g_assert_null (strstr (csv, "Performance"));
  g_assert_cmpuint (count_lines (csv), ==, 1 + 2);

  destroy_window (window);
  g_unlink (path);
  g_rmdir (folder);
  g_settings_reset (settings, "last-view");
}

/* So does Export Table as Markdown…. */
static void
test_export_shown_markdown (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *folder = g_dir_make_tmp ("versus-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "table.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *markdown = NULL;
  VsWindow *window = show_searched_features ();

  vs_window_export_markdown (window, file);
  while (!find_label_with_prefix (GTK_WIDGET (window), "Exported to “table.md”"))
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_get_contents (path, &markdown, NULL, NULL));
  g_assert_nonnull (strstr (markdown, "| --- |\n| Primary Frameworks |"));
  g_assert_true (g_str_has_suffix (markdown, "\n") && count_lines (markdown) == 2 + 2 + 2);
  g_assert_nonnull (strstr (markdown, "| Ecosystem Libraries |"));
  g_assert_null (strstr (markdown, "| Performance |"));

  destroy_window (window);
  g_unlink (path);
  g_rmdir (folder);
  g_settings_reset (settings, "last-view");
}

/* And so does Copy Table as Markdown, whose toast says how many features. */
static void
test_export_shown_copy (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *clipboard = NULL;
  VsWindow *window = show_searched_features ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-markdown", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL,
                                 clipboard_text_cb, &clipboard);
  while (clipboard == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_nonnull (strstr (clipboard, "| --- |\n| Primary Frameworks |"));
  g_assert_nonnull (strstr (clipboard, "| Ecosystem Libraries |"));
  g_assert_null (strstr (clipboard, "| Performance |"));
  g_assert_true (find_label_with_prefix (GTK_WIDGET (window),
                                         "Table copied as Markdown: 2 of 16 features"));

  destroy_window (window);
  g_settings_reset (settings, "last-view");
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

/* ------------------------------------------------------------------------ */
/* Open Recent and the built-in comparison                                  */
/* ------------------------------------------------------------------------ */

static void
reset_recent (GSettings *settings)
{
  g_settings_reset (settings, "recent-datasets");
  g_settings_reset (settings, "recent-titles");
  g_settings_reset (settings, "last-dataset");
}

/* The main menu's model, as the menu button shows it when it opens (the
 * menu is made then).
 */
static GMenuModel *
get_main_menu (VsWindow *window)
{
  GtkMenuButton *button = test_find_first (window, GTK_TYPE_MENU_BUTTON, NULL, NULL);

  g_assert_nonnull (button);
  if (gtk_menu_button_get_popover (button) == NULL)
    {
      GtkWidget *popover;

      gtk_menu_button_popup (button);
      popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
      g_assert_nonnull (popover);
      while (!gtk_widget_get_mapped (popover))
        g_main_context_iteration (NULL, TRUE);
      gtk_menu_button_popdown (button);
      while (gtk_widget_get_mapped (popover))
        g_main_context_iteration (NULL, TRUE);
      test_wait_for_frame (window);
    }

  return gtk_menu_button_get_menu_model (button);
}

/* The submenu labelled @label in @menu or its sections. */
static GMenuModel *
find_submenu (GMenuModel *menu,
              const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU);

      if (section != NULL)
        {
          GMenuModel *found = find_submenu (section, label);

          if (found != NULL)
            return found;
        }

      if (submenu != NULL &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label) &&
          g_str_equal (item_label, label))
        return submenu;
    }

  return NULL;
}

/* Appends “LABEL → ACTION(TARGET)” for each item of @menu and its sections. */
static void
describe_items (GMenuModel *menu,
                GString    *out)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU);
      g_autofree char *label = NULL;
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;

      if (section != NULL)
        {
          describe_items (section, out);
          continue;
        }

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
      if (submenu != NULL)
        {
          g_string_append_printf (out, "%s ▸\n", label);
          continue;
        }

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET,
                                                      G_VARIANT_TYPE_STRING);
      g_string_append_printf (out, "%s → %s(%s)\n", label ? label : "",
                              action ? action : "",
                              target ? g_variant_get_string (target, NULL) : "");
    }
}

static char *
describe_recent (VsWindow *window)
{
  GMenuModel *recent = find_submenu (get_main_menu (window), "Open _Recent");
  GString *out = g_string_new (NULL);

  g_assert_nonnull (recent);
  describe_items (recent, out);

  return g_string_free (out, FALSE);
}

static char *
describe_forget (VsWindow *window)
{
  GMenuModel *recent = find_submenu (get_main_menu (window), "Open _Recent");
  GMenuModel *forget = find_submenu (recent, "_Remove from Recent");
  GString *out = g_string_new (NULL);

  g_assert_nonnull (forget);
  describe_items (forget, out);

  return g_string_free (out, FALSE);
}

static void
open_and_wait (VsWindow *window,
               GFile    *file)
{
  vs_window_open_file (window, file);
  wait_for_dataset_change (window, vs_window_get_dataset (window));
}

/* Open Recent lists the files opened, the most recent first, each by its
 * title and file name; one can be forgotten, or all.
 */
static void
test_recent_datasets (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GFile) a = test_file ("valid", "three-subjects.json");
  g_autoptr(GFile) b = test_file ("valid", "minimal.json");
  g_autofree char *a_uri = g_file_get_uri (a);
  g_autofree char *b_uri = g_file_get_uri (b);
  g_autofree char *expected = NULL;
  g_autofree char *expected_forget = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) uris = NULL;
  VsWindow *window;

  reset_recent (settings);
  window = vs_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));

  text = describe_recent (window);
  g_assert_cmpstr (text, ==, "No Recent Datasets → win.no-recent-datasets()\n");
  g_clear_pointer (&text, g_free);

  open_and_wait (window, a);
  open_and_wait (window, b);

  expected = g_strdup_printf ("Tabs vs Spaces (minimal.json) → win.open-recent(%s)\n"
                              "PostgreSQL vs MyS… (three-subjects.json) → "
                              "win.open-recent(%s)\n"
                              "_Remove from Recent ▸\n"
                              "_Clear Recent → win.clear-recent()\n", b_uri, a_uri);
  text = describe_recent (window);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);

  expected_forget = g_strdup_printf ("Tabs vs Spaces (minimal.json) → win.forget-recent(%s)\n"
                                     "PostgreSQL vs MyS… (three-subjects.json) → "
                                     "win.forget-recent(%s)\n", b_uri, a_uri);
  text = describe_forget (window);
  g_assert_cmpstr (text, ==, expected_forget);
  g_clear_pointer (&text, g_free);

  /* Opening A again puts it first, once. */
  open_and_wait (window, a);
  uris = g_settings_get_strv (settings, "recent-datasets");
  g_assert_cmpuint (g_strv_length (uris), ==, 2);
  g_assert_cmpstr (uris[0], ==, a_uri);
  g_assert_cmpstr (uris[1], ==, b_uri);
  g_clear_pointer (&uris, g_strfreev);

  /* An item of Open Recent opens its file. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", b_uri));
  wait_for_dataset_change (window, vs_window_get_dataset (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Tabs vs Spaces");

  /* Remove from Recent forgets one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.forget-recent", "s",
                                             a_uri));
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Tabs vs Spaces (minimal.json) → win.open-recent(%s)\n"
                              "_Remove from Recent ▸\n"
                              "_Clear Recent → win.clear-recent()\n", b_uri);
  text = describe_recent (window);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);

  /* Clear Recent forgets every one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-recent", NULL));
  text = describe_recent (window);
  g_assert_cmpstr (text, ==, "No Recent Datasets → win.no-recent-datasets()\n");
  uris = g_settings_get_strv (settings, "recent-datasets");
  g_assert_cmpuint (g_strv_length (uris), ==, 0);

  destroy_window (window);
  reset_recent (settings);
}

/* At most eight are kept; titles are text, shortened to fit a narrow
 * window, and underscores are no mnemonics.
 */
static void
test_recent_datasets_limit (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *folder = g_dir_make_tmp ("versus-test-XXXXXX", NULL);
  g_autoptr(GFile) unicode = test_file ("valid", "unicode.json");
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GVariant) titles = NULL;
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  VsWindow *window;

  reset_recent (settings);
  window = vs_window_new (NULL);

  g_assert_true (g_file_load_contents (unicode, NULL, &contents, NULL, NULL, NULL));
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *name = g_strdup_printf ("my_data_%u.json", i);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_true (g_file_set_contents (path, contents, -1, NULL));
      g_ptr_array_add (files, g_file_new_for_path (path));
      open_and_wait (window, files->pdata[i]);
    }

  text = describe_recent (window);
  lines = g_strsplit (text, "\n", -1);
  /* Eight files, Remove from Recent, Clear Recent, and the empty string
   * after the last newline.
   */
  g_assert_cmpuint (g_strv_length (lines), ==, 11);
  g_assert_true (g_str_has_prefix (lines[0], "Café <b>bold</b> vs קפ… (my__data__9.json) → "));
  g_assert_true (g_str_has_prefix (lines[7], "Café <b>bold</b> vs קפ… (my__data__2.json) → "));

  /* The titles of the files forgotten go with them. */
  titles = g_settings_get_value (settings, "recent-titles");
  g_assert_cmpuint (g_variant_n_children (titles), ==, 8);

  destroy_window (window);
  for (guint i = 0; i < files->len; i++)
    g_file_delete (files->pdata[i], NULL, NULL);
  g_rmdir (folder);
  reset_recent (settings);
}

/* A local file that is gone leaves Open Recent when the menu opens, or
 * when opening it fails.
 */
static void
test_recent_datasets_missing (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *folder = g_dir_make_tmp ("versus-test-XXXXXX", NULL);
  g_autofree char *path_a = g_build_filename (folder, "a.json", NULL);
  g_autofree char *path_b = g_build_filename (folder, "b.json", NULL);
  g_autoptr(GFile) source = test_file ("valid", "minimal.json");
  g_autoptr(GFile) a = g_file_new_for_path (path_a);
  g_autoptr(GFile) b = g_file_new_for_path (path_b);
  g_autofree char *contents = NULL;
  g_autofree char *b_uri = g_file_get_uri (b);
  g_auto(GStrv) uris = NULL;
  AdwMessageDialog *dialog;
  GtkMenuButton *button;
  VsWindow *window;

  reset_recent (settings);
  g_assert_true (g_file_load_contents (source, NULL, &contents, NULL, NULL, NULL));
  g_assert_true (g_file_set_contents (path_a, contents, -1, NULL));
  g_assert_true (g_file_set_contents (path_b, contents, -1, NULL));

  window = vs_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  open_and_wait (window, a);
  open_and_wait (window, b);

  g_unlink (path_a);
  button = test_find_first (window, GTK_TYPE_MENU_BUTTON, NULL, NULL);
  gtk_menu_button_popup (button);
  uris = g_settings_get_strv (settings, "recent-datasets");
  g_assert_cmpuint (g_strv_length (uris), ==, 1);
  g_assert_cmpstr (uris[0], ==, b_uri);
  g_clear_pointer (&uris, g_strfreev);
  gtk_menu_button_popdown (button);

  /* Chosen after it went: the dialog says why, and it is forgotten. */
  g_unlink (path_b);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", b_uri));
  while ((dialog = find_message_dialog ()) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open Dataset");
  uris = g_settings_get_strv (settings, "recent-datasets");
  g_assert_cmpuint (g_strv_length (uris), ==, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
  g_rmdir (folder);
  reset_recent (settings);
}

/* The main menu's Built-in Comparison comes back to Node.js vs Python,
 * and the next start opens it.
 */
static void
test_open_builtin (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GFile) file = test_file ("valid", "three-subjects.json");
  g_autofree char *last = NULL;
  g_autofree char *text = NULL;
  GString *items = g_string_new (NULL);
  VsWindow *window;

  reset_recent (settings);
  window = vs_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));

  describe_items (get_main_menu (window), items);
  text = g_string_free (items, FALSE);
  g_assert_nonnull (strstr (text, "_Built-in Comparison → win.open-builtin()\n"));

  open_and_wait (window, file);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "PostgreSQL vs MySQL vs SQLite");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-builtin", NULL));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Node.js vs Python");
  g_assert_cmpstr (vs_dataset_get_id (vs_window_get_dataset (window)), ==, "backend-nodejs-python");
  last = g_settings_get_string (settings, "last-dataset");
  g_assert_cmpstr (last, ==, "");

  /* A load under way does not replace it when it ends. */
  vs_window_open_file (window, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-builtin", NULL));
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_usleep (100000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Node.js vs Python");

  destroy_window (window);
  reset_recent (settings);
}

/* ------------------------------------------------------------------------ */
/* Warnings                                                                 */
/* ------------------------------------------------------------------------ */

/* The text of the warnings bar, or NULL while it is hidden (or hiding). */
static const char *
warnings_bar_text (VsWindow *window)
{
  GtkRevealer *revealer = test_find_first (window, GTK_TYPE_REVEALER, NULL, NULL);
  GtkWidget *label;

  g_assert_nonnull (revealer);
  if (!gtk_revealer_get_reveal_child (revealer))
    return NULL;

  g_assert_true (test_widget_is_shown (GTK_WIDGET (revealer)));
  label = test_find_first (revealer, GTK_TYPE_LABEL, NULL, NULL);

  return gtk_label_get_text (GTK_LABEL (label));
}

/* The built-in dataset with `use-cases` for `use_cases`, in a file. */
static GFile *
write_misspelt_builtin (char **folder)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (VS_DATASET_BUILTIN_PATH, 0, NULL);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes));
  g_autofree char *path = NULL;

  g_assert_cmpuint (g_string_replace (text, "\"use_cases\"", "\"use-cases\"", 0), ==, 1);
  *folder = g_dir_make_tmp ("versus-test-XXXXXX", NULL);
  path = g_build_filename (*folder, "misspelt.json", NULL);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  return g_file_new_for_path (path);
}

/* A file opens with what the loader ignored said in a bar, with the
 * details one line each; the bar closes, and leaves with the file.
 */
static void
test_warnings_bar (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GFile) warned = test_file ("valid", "warnings.json");
  g_autoptr(GFile) clean = test_file ("valid", "three-subjects.json");
  g_autofree char *folder = NULL;
  g_autoptr(GFile) misspelt = write_misspelt_builtin (&folder);
  g_autofree char *many_path = g_build_filename (folder, "many.json", NULL);
  g_autoptr(GFile) many = g_file_new_for_path (many_path);
  g_autoptr(GString) many_text = g_string_new ("{\n");
  static const char * const expected_lines[] = {
    "$.colour_scheme: unknown member, ignored",
    "$.subjects[0].logo: unknown member, ignored",
    "$.features[0].values.python: no value for “Python”; it shows as “—”",
  };
  AdwMessageDialog *dialog;
  GtkWidget *list;
  VsWindow *window = vs_window_new (NULL);

  /* 150 unknown members, 50 in each of three objects (an object holds at most 64). */
  for (guint i = 0; i < 50; i++)
    g_string_append_printf (many_text, "\"extra_%u\": %u,\n", i, i);
  g_string_append (many_text, "\"format\": \"versus/comparison\", \"version\": 1, "
                   "\"id\": \"many\", \"title\": \"Many\", \"subjects\": [");
  for (guint s = 0; s < 2; s++)
    {
      g_string_append_printf (many_text, "%s{\"id\": \"%c\", \"name\": \"%c\"",
                              s == 0 ? "" : ", ", 'a' + s, 'A' + s);
      for (guint i = 0; i < 50; i++)
        g_string_append_printf (many_text, ", \"extra_%u\": %u", i, i);
      g_string_append (many_text, "}");
    }
  g_string_append (many_text, "], "
                   "\"features\": [{\"id\": \"f\", \"name\": \"F\", "
                   "\"values\": {\"a\": \"1\", \"b\": \"2\"}}]}\n");
  g_assert_true (g_file_set_contents (many_path, many_text->str, many_text->len, NULL));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (warnings_bar_text (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-warnings", NULL);
  g_assert_null (find_message_dialog ());

  /* The case: a misspelt member, which used to go unsaid. */
  open_and_wait (window, misspelt);
  g_assert_cmpstr (warnings_bar_text (window), ==, "1 part of this file was ignored");

  open_and_wait (window, warned);
  g_assert_cmpstr (warnings_bar_text (window), ==, "3 parts of this file were ignored");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-warnings", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Parts of the File Were Ignored");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "Versus opened “warnings.json” without these parts of it. Each line says "
                   "where the part is in the file, and why it was left out.");
  for (guint i = 0; i < G_N_ELEMENTS (expected_lines); i++)
    {
      list = test_find_first (dialog, GTK_TYPE_LABEL, test_label_has_text, expected_lines[i]);
      g_assert_nonnull (list);
      g_assert_false (gtk_label_get_use_markup (GTK_LABEL (list)));
    }
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Closed by its button… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-warnings", NULL));
  g_assert_null (warnings_bar_text (window));

  /* …and gone with a file that has no warnings. */
  open_and_wait (window, misspelt);
  g_assert_nonnull (warnings_bar_text (window));
  open_and_wait (window, clean);
  g_assert_null (warnings_bar_text (window));

  open_and_wait (window, misspelt);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-builtin", NULL));
  g_assert_null (warnings_bar_text (window));

  /* Beyond the hundred warnings the loader lists, the count is still right. */
  open_and_wait (window, many);
  g_assert_cmpstr (warnings_bar_text (window), ==, "150 parts of this file were ignored");

  destroy_window (window);
  g_file_delete (misspelt, NULL, NULL);
  g_file_delete (many, NULL, NULL);
  g_rmdir (folder);
  reset_recent (settings);
}

/* Ctrl+Q quits the application, which must keep the window's size as
 * closing the window does.
 */
static void
resize_and_quit (gpointer user_data)
{
  GApplication *application = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  g_assert_true (VS_IS_WINDOW (window));
  gtk_window_set_default_size (window, 700, 500);
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
}

static void
activated_cb (GApplication *application)
{
  /* After the application's own handler has made the window. */
  g_idle_add_once (resize_and_quit, application);
}

static void
test_quit_saves_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) accels = NULL;
  VsApplication *application = vs_application_new ();
  int status;

  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (application, "activate", G_CALLBACK (activated_cb), NULL);
  status = g_application_run (G_APPLICATION (application), 0, NULL);
  g_assert_cmpint (status, ==, 0);

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application), "app.quit");
  g_assert_true (g_strv_contains ((const char * const *)accels, "<Control>q"));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 500);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (application)));
  g_assert_finalize_object (application);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "last-view");
}

/* Ctrl+Q with unsaved changes in an editor asks first, and does not quit
 * until answered; the editor never stands for the main window.
 */
static void
quit_with_editor (gpointer user_data)
{
  GApplication *application = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  VsEditorWindow *editor;
  AdwMessageDialog *dialog;
  g_autoptr(GFile) file = test_file ("valid", "three-subjects.json");

  g_assert_true (VS_IS_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-comparison", NULL));
  editor = find_toplevel (VS_TYPE_EDITOR_WINDOW);
  gtk_window_present (GTK_WINDOW (editor));
  gtk_editable_set_text (GTK_EDITABLE (vs_editor_window_get_field (editor, "$.title")), "Mine");

  /* Opening a file goes to the main window, whichever is focused. */
  g_application_open (application, &file, 1, "");

  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_nonnull (g_list_find (gtk_application_get_windows (GTK_APPLICATION (application)),
                                 editor));

  adw_message_dialog_response (dialog, "discard");
  while (g_list_find (gtk_application_get_windows (GTK_APPLICATION (application)), editor))
    g_main_context_iteration (NULL, TRUE);
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
}

static void
editor_activated_cb (GApplication *application)
{
  g_idle_add_once (quit_with_editor, application);
}

static void
test_quit_asks_editor (void)
{
  VsApplication *application = vs_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  int status;

  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (application, "activate", G_CALLBACK (editor_activated_cb), NULL);
  status = g_application_run (G_APPLICATION (application), 0, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (application)));
  g_assert_finalize_object (application);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "last-view");
  g_settings_reset (settings, "last-dataset");
  reset_recent (settings);
}

/* ------------------------------------------------------------------------ */
/* Reloading and editing                                                     */
/* ------------------------------------------------------------------------ */

static gboolean
timed_out_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done says so, for 20 s at most. */
static void
wait_until (gboolean (*done) (gpointer data),
            gpointer   data)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (20, timed_out_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (source);
}

typedef struct
{
  VsWindow  *window;
  VsDataset *old_dataset;
} DatasetWait;

static gboolean
dataset_changed (gpointer data)
{
  DatasetWait *wait = data;

  return vs_window_get_dataset (wait->window) != wait->old_dataset;
}

static gboolean
reload_error_shown (gpointer data)
{
  g_autoptr(GPtrArray) labels = test_find_every (data, GTK_TYPE_LABEL, NULL, NULL);

  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (labels->pdata[i]),
                          "The file changed and no longer opens: reloaded.json:"))
      return TRUE;

  return FALSE;
}

static char *
read_test_file (const char *folder,
                const char *name)
{
  g_autoptr(GFile) file = test_file (folder, name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_load_contents (file, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* The file on screen is shown again when it changes on disk, on the same
 * view; a change that breaks it keeps the last good one and says why.
 */
static void
test_reload_on_change (void)
{
  VsWindow *window = vs_window_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("versus-reload-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "reloaded.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *original = read_test_file ("valid", "three-subjects.json");
  g_autoptr(GString) changed = g_string_new (original);
  g_autoptr(GError) error = NULL;
  DatasetWait wait = { window, vs_window_get_dataset (window) };
  g_autoptr(VsQuestion) question = NULL;
  VsVerdict *verdict;
  AdwViewStack *stack;
  FILE *out;
  gpointer features_view;
  gpointer search_entry;
  g_autoptr(GPtrArray) shown = NULL;
  GPtrArray *subjects;

  g_file_set_contents (path, original, -1, &error);
  g_assert_no_error (error);

  gtk_window_present (GTK_WINDOW (window));
  vs_window_open_file (window, file);
  wait_until (dataset_changed, &wait);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                             "features"));
  g_assert_true (vs_verdict_answer_by_id (vs_session_get_verdict (vs_window_get_session (window)), "ops", "no", NULL));
  g_assert_true (vs_verdict_answer_by_id (vs_session_get_verdict (vs_window_get_session (window)), "server", "yes", NULL));
  g_assert_true (vs_verdict_mark_important_by_id (vs_session_get_verdict (vs_window_get_session (window)), "ops", NULL));

  /* A search, and MySQL's column hidden. */
  test_wait_for_frame (window);
  features_view = find_widget_of_type (GTK_WIDGET (window), VS_TYPE_FEATURES_VIEW);
  g_assert_nonnull (features_view);
  test_type_search (features_view, "SQL");
  shown = g_ptr_array_new ();
  g_ptr_array_add (shown, vs_dataset_find_subject (vs_window_get_dataset (window), "postgresql"));
  g_ptr_array_add (shown, vs_dataset_find_subject (vs_window_get_dataset (window), "sqlite"));
  vs_session_set_subjects (vs_window_get_session (window), shown);

  /* Saved by renaming a new file into place, as editors do; the answers
   * that still apply are kept.
   */
  g_string_replace (changed, "\"id\": \"server\"", "\"id\": \"server-gone\"", 1);
  g_string_replace (changed, "PostgreSQL vs MySQL vs SQLite", "Three Databases", 1);
  wait.old_dataset = vs_window_get_dataset (window);
  g_file_set_contents (path, changed->str, -1, &error);
  g_assert_no_error (error);
  wait_until (dataset_changed, &wait);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Three Databases");
  g_assert_true (vs_window_get_dataset_file (window) != NULL);
  g_assert_true (g_file_equal (vs_window_get_dataset_file (window), file));
  stack = ADW_VIEW_STACK (test_find_first (window, ADW_TYPE_VIEW_STACK, NULL, NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "features");
  verdict = vs_session_get_verdict (vs_window_get_session (window));
  g_assert_true (vs_verdict_get_dataset (verdict) == vs_window_get_dataset (window));
  g_assert_cmpuint (vs_verdict_get_n_answers (verdict), ==, 1);
  question = g_list_model_get_item (vs_dataset_get_questions (vs_window_get_dataset (window)), 1);
  g_assert_cmpstr (vs_question_get_id (question), ==, "ops");
  g_assert_cmpstr (vs_choice_get_id (vs_verdict_get_answer (verdict, question)), ==, "no");
  g_assert_true (vs_verdict_get_important (verdict, question));

  /* The search and the columns shown stay too. */
  features_view = find_widget_of_type (GTK_WIDGET (window), VS_TYPE_FEATURES_VIEW);
  search_entry = test_find_one (features_view, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search_entry)), ==, "SQL");
  subjects = vs_session_get_subjects (vs_window_get_session (window));
  g_assert_cmpuint (subjects->len, ==, 2);
  g_assert_cmpstr (vs_subject_get_id (g_ptr_array_index (subjects, 0)), ==, "postgresql");
  g_assert_cmpstr (vs_subject_get_id (g_ptr_array_index (subjects, 1)), ==, "sqlite");

  /* Written over in place, and broken: the last good one stays. */
  wait.old_dataset = vs_window_get_dataset (window);
  out = fopen (path, "w");
  g_assert_nonnull (out);
  fputs ("{\"format\": \"versus/comparison\",", out);
  fclose (out);
  wait_until (reload_error_shown, window);
  g_assert_true (vs_window_get_dataset (window) == wait.old_dataset);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Three Databases");

  /* Mended, it is shown again. */
  g_file_set_contents (path, original, -1, &error);
  g_assert_no_error (error);
  wait_until (dataset_changed, &wait);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "PostgreSQL vs MySQL vs SQLite");

  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* New Comparison opens the editor; what it saves, the window shows. */
static void
test_new_comparison_saved (void)
{
  VsWindow *window = vs_window_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("versus-new-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DatasetWait wait = { window, vs_window_get_dataset (window) };
  VsEditorWindow *editor;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (binds (GTK_WIDGET (window), "<Control>n"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-comparison", NULL));
  editor = find_toplevel (VS_TYPE_EDITOR_WINDOW);
  g_assert_nonnull (editor);
  g_assert_null (vs_editor_window_get_file (editor));

  gtk_editable_set_text (GTK_EDITABLE (vs_editor_window_get_field (editor, "$.title")),
                         "Tabs vs Spaces");
  g_assert_true (vs_editor_window_save_to (editor, file));
  wait_until (dataset_changed, &wait);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Tabs vs Spaces");
  g_assert_true (g_file_equal (vs_window_get_dataset_file (window), file));

  /* Edit Comparison edits it, in its file. */
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_true (binds (GTK_WIDGET (window), "<Control><Shift>e"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-comparison", NULL));
  editor = find_toplevel (VS_TYPE_EDITOR_WINDOW);
  g_assert_nonnull (editor);
  g_assert_true (g_file_equal (vs_editor_window_get_file (editor), file));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (vs_editor_window_get_field (editor,
                                                                                    "$.title"))),
                   ==, "Tabs vs Spaces");

  /* Saved again, the file on screen is reloaded. */
  gtk_editable_set_text (GTK_EDITABLE (vs_editor_window_get_field (editor, "$.title")),
                         "Tabs or Spaces");
  wait.old_dataset = vs_window_get_dataset (window);
  g_assert_true (vs_editor_window_save_to (editor, file));
  wait_until (dataset_changed, &wait);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Tabs or Spaces");
  gtk_window_destroy (GTK_WINDOW (editor));

  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* A comparison too large for the editor's fields says so, and opens nothing. */
static void
test_edit_too_large (void)
{
  VsWindow *window = vs_window_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("versus-large-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "large.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) json = g_string_new ("{\"format\": \"versus/comparison\", \"version\": 1, "
                                          "\"id\": \"large\", \"title\": \"Large\", "
                                          "\"subjects\": [{\"id\": \"a\", \"name\": \"A\"}, "
                                          "{\"id\": \"b\", \"name\": \"B\"}], \"features\": [");
  g_autoptr(GError) error = NULL;
  DatasetWait wait = { window, vs_window_get_dataset (window) };
  AdwMessageDialog *dialog;

  for (guint i = 0; i <= VS_EDITOR_MAX_VALUES / 2; i++)
    g_string_append_printf (json, "%s{\"id\": \"f%u\", \"name\": \"F%u\", "
                            "\"values\": {\"a\": \"x\", \"b\": \"y\"}}",
                            i > 0 ? ", " : "", i, i);
  g_string_append (json, "]}");
  g_file_set_contents (path, json->str, -1, &error);
  g_assert_no_error (error);

  gtk_window_present (GTK_WINDOW (window));
  vs_window_open_file (window, file);
  wait_until (dataset_changed, &wait);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-comparison", NULL));
  g_assert_null (find_toplevel (VS_TYPE_EDITOR_WINDOW));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Edit Comparison");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "This comparison is too large for the editor: 501 features of 2 subjects "
                   "make 1002 values, more than the 1000 it shows. Edit its file instead.");
  gtk_window_destroy (GTK_WINDOW (dialog));

  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
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
  g_test_add_func ("/versus/window/open-several-errors", test_open_file_with_several_errors);
  g_test_add_func ("/versus/window/import-table", test_import_table);
  g_test_add_func ("/versus/window/open-named-pipe", test_open_named_pipe);
  g_test_add_func ("/versus/window/open-long-names", test_open_long_names);
  g_test_add_func ("/versus/window/drop-file", test_drop_file);
  g_test_add_func ("/versus/window/markup-is-text", test_markup_is_text);
  g_test_add_func ("/versus/window/last-dataset/restored", test_last_dataset_restored);
  g_test_add_func ("/versus/window/last-dataset/broken", test_last_dataset_broken);
  g_test_add_func ("/versus/window/last-dataset/named-pipe", test_last_dataset_named_pipe);
  g_test_add_func ("/versus/window/last-dataset/corrupt", test_last_dataset_corrupt);
  g_test_add_func ("/versus/window/settings-saved", test_settings_saved);
  g_test_add_func ("/versus/window/settings-bad-size", test_settings_bad_size);
  g_test_add_func ("/versus/window/quit-saves-size", test_quit_saves_size);
  g_test_add_func ("/versus/window/recent/order", test_recent_datasets);
  g_test_add_func ("/versus/window/recent/limit", test_recent_datasets_limit);
  g_test_add_func ("/versus/window/recent/missing", test_recent_datasets_missing);
  g_test_add_func ("/versus/window/open-builtin", test_open_builtin);
  g_test_add_func ("/versus/window/warnings-bar", test_warnings_bar);
  g_test_add_func ("/versus/window/help-overlay", test_help_overlay);
  g_test_add_func ("/versus/window/views-lazy", test_views_lazy);
  g_test_add_func ("/versus/window/switcher-bar-lazy", test_switcher_bar_lazy);
  g_test_add_func ("/versus/window/switcher-title", test_switcher_title);
  g_test_add_func ("/versus/window/view-made-with-focus", test_view_made_with_focus);
  g_test_add_func ("/versus/window/copy-markdown", test_copy_markdown);
  g_test_add_func ("/versus/window/export-pdf", test_export_pdf);
  g_test_add_func ("/versus/window/export-shown/csv", test_export_shown_csv);
  g_test_add_func ("/versus/window/export-shown/markdown", test_export_shown_markdown);
  g_test_add_func ("/versus/window/export-shown/copy", test_export_shown_copy);
  g_test_add_func ("/versus/window/export-shown/session", test_export_from_session);
  g_test_add_func ("/versus/window/print-operation", test_print_operation);
  g_test_add_func ("/versus/window/reload-on-change", test_reload_on_change);
  g_test_add_func ("/versus/window/new-comparison-saved", test_new_comparison_saved);
  g_test_add_func ("/versus/window/edit-too-large", test_edit_too_large);
  g_test_add_func ("/versus/window/quit-asks-editor", test_quit_asks_editor);

  return g_test_run ();
}
