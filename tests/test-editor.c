/* test-editor.c
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
#include "vs-editor-window.h"
#include "vs-use-case.h"
#include "vs-feature.h"
#include "vs-subject.h"

static GtkWidget *
field (VsEditorWindow *editor,
       const char     *path)
{
  GtkWidget *widget = vs_editor_window_get_field (editor, path);

  if (widget == NULL)
    g_error ("no field for %s", path);

  return widget;
}

/* Types @text into the field of @path, as a user replaces its text. */
static void
type_into (VsEditorWindow *editor,
           const char     *path,
           const char     *text)
{
  GtkWidget *widget = field (editor, path);

  gtk_widget_grab_focus (widget);
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static void
activate (VsEditorWindow *editor,
          const char     *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), action, NULL));
}

static gboolean
has_focus (VsEditorWindow *editor,
           const char     *path)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (editor));

  return focus != NULL && (focus == field (editor, path) ||
                           gtk_widget_is_ancestor (focus, field (editor, path)));
}

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

/* Whether the bar that holds @label is shown. */
static gboolean
is_revealed (GtkWidget *label)
{
  GtkWidget *revealer = gtk_widget_get_ancestor (label, GTK_TYPE_REVEALER);

  return test_widget_is_shown (revealer) && gtk_revealer_get_reveal_child (GTK_REVEALER (revealer));
}

static void
destroy_editor (VsEditorWindow *editor)
{
  g_object_ref (editor);
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
}

static GFile *
temporary_file (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("versus-editor-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_nonnull (dir);

  return g_file_new_for_path (path);
}

static void
remove_temporary_file (GFile *file)
{
  g_autoptr(GFile) dir = g_file_get_parent (file);

  g_file_delete (file, NULL, NULL);
  g_file_delete (dir, NULL, NULL);
}

/* A 3-subject, 10-feature comparison from nothing, as the keyboard makes
 * it: the new subject's and feature's names have the focus, and every
 * value typed is saved.
 */
static void
test_editor_new_comparison (void)
{
  VsEditorWindow *editor = vs_editor_window_new (NULL, NULL, NULL, FALSE);
  static const char * const subjects[] = { "PostgreSQL", "MySQL", "SQLite" };
  g_autoptr(GFile) file = temporary_file ("databases.json");
  g_autoptr(VsDataset) saved = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *features;

  test_wait_for_frame (editor);
  g_assert_true (has_focus (editor, "$.title"));
  type_into (editor, "$.title", "Relational Databases");

  activate (editor, "editor.add-subject");
  g_assert_true (has_focus (editor, "$.subjects[2].name"));
  for (guint s = 0; s < 3; s++)
    {
      g_autofree char *path = g_strdup_printf ("$.subjects[%u].name", s);
      type_into (editor, path, subjects[s]);
    }

  for (guint f = 0; f < 10; f++)
    {
      g_autofree char *name_path = g_strdup_printf ("$.features[%u].name", f);
      g_autofree char *category_path = g_strdup_printf ("$.features[%u].category", f);
      g_autofree char *name = g_strdup_printf ("Aspect %u", f);
      GtkWidget *category;

      if (f > 0)
        {
          activate (editor, "editor.add-feature");
          g_assert_true (has_focus (editor, name_path));
        }
      type_into (editor, name_path, name);
      category = field (editor, category_path);
      type_into (editor, category_path, f % 2 ? "Odd" : "Even");
      g_signal_emit_by_name (category, "activate");

      for (guint s = 0; s < 3; s++)
        {
          g_autofree char *id_path = g_strdup_printf ("$.subjects[%u].id", s);
          const char *id = vs_draft_get_string (vs_editor_window_get_draft (editor), id_path);
          g_autofree char *value_path = g_strdup_printf ("$.features[%u].values.%s", f, id);
          g_autofree char *score_path = g_strdup_printf ("$.features[%u].scores.%s", f, id);
          g_autofree char *value = g_strdup_printf ("%s %u", subjects[s], f);

          type_into (editor, value_path, value);
          type_into (editor, score_path, s == 0 ? "4" : s == 1 ? "3.5" : "2,5");
        }
    }

  /* The categories typed in the rows are renamed under the table. */
  g_assert_cmpstr (vs_draft_get_string (vs_editor_window_get_draft (editor),
                                        "$.categories[1].name"), ==, "Odd");
  type_into (editor, "$.categories[1].name", "Uneven");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "$.features[1].category"))),
                   ==, "Uneven");

  g_assert_null (vs_draft_get_error (vs_editor_window_get_draft (editor)));
  g_assert_true (vs_editor_window_save_to (editor, file));
  g_assert_false (vs_draft_get_modified (vs_editor_window_get_draft (editor)));

  saved = vs_dataset_loader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vs_dataset_get_title (saved), ==, "Relational Databases");
  g_assert_cmpstr (vs_dataset_get_id (saved), ==, "relational-databases");
  g_assert_cmpuint (vs_dataset_get_n_subjects (saved), ==, 3);
  for (guint s = 0; s < 3; s++)
    g_assert_cmpstr (vs_subject_get_name (vs_dataset_get_subject (saved, s)), ==, subjects[s]);
  g_assert_cmpuint (vs_dataset_get_n_warnings (saved), ==, 0);

  features = vs_dataset_get_features (saved);
  g_assert_cmpuint (g_list_model_get_n_items (features), ==, 10);
  for (guint f = 0; f < 10; f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);
      g_autofree char *name = g_strdup_printf ("Aspect %u", f);
      g_autofree char *value = g_strdup_printf ("SQLite %u", f);
      double score = 0;

      g_assert_cmpstr (vs_feature_get_name (feature), ==, name);
      g_assert_cmpstr (vs_feature_get_value (feature, 2), ==, value);
      g_assert_true (vs_feature_get_score (feature, 2, &score));
      g_assert_cmpfloat (score, ==, 2.5);
      g_assert_true (vs_feature_get_score (feature, 1, &score));
      g_assert_cmpfloat (score, ==, 3.5);
    }
  g_assert_cmpuint (g_list_model_get_n_items (vs_dataset_get_categories (saved)), ==, 2);

  destroy_editor (editor);
  remove_temporary_file (file);
}

/* Whether @window takes @accelerator for @action before the focused
 * widget does (a text field keeps Ctrl+Z for itself otherwise).
 */
static gboolean
captures (GtkWidget  *window,
          const char *accelerator,
          const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) &&
              GTK_IS_NAMED_ACTION (named) &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (named)),
                         action) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* Ctrl+Z and Shift+Ctrl+Z undo and redo what was typed, and the fields
 * show it.
 */
static void
test_editor_undo_redo (void)
{
  VsEditorWindow *editor = vs_editor_window_new (NULL, NULL, NULL, FALSE);
  VsDraft *draft = vs_editor_window_get_draft (editor);
  GtkWidget *name;

  test_wait_for_frame (editor);
  g_assert_true (captures (GTK_WIDGET (editor), "<Control>z", "editor.undo"));
  g_assert_true (captures (GTK_WIDGET (editor), "<Control><Shift>z", "editor.redo"));

  type_into (editor, "$.subjects[0].name", "Rust");
  type_into (editor, "$.subjects[0].name", "Rust lang");
  activate (editor, "editor.add-feature");
  g_assert_cmpuint (vs_draft_get_length (draft, "$.features"), ==, 2);

  activate (editor, "editor.undo");
  g_assert_cmpuint (vs_draft_get_length (draft, "$.features"), ==, 1);
  g_assert_null (vs_editor_window_get_field (editor, "$.features[1].name"));

  /* Typing into one field is one step, undone in the field itself,
   * which keeps the focus.
   */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-page", "s",
                                             "comparison"));
  name = field (editor, "$.subjects[0].name");
  gtk_widget_grab_focus (name);
  activate (editor, "editor.undo");
  g_assert_true (field (editor, "$.subjects[0].name") == name);
  g_assert_true (has_focus (editor, "$.subjects[0].name"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Subject 1");
  g_assert_false (vs_draft_get_can_undo (draft));

  activate (editor, "editor.redo");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (editor, "$.subjects[0].name"))),
                   ==, "Rust lang");
  activate (editor, "editor.redo");
  g_assert_nonnull (vs_editor_window_get_field (editor, "$.features[1].name"));
  g_assert_false (vs_draft_get_can_redo (draft));

  destroy_editor (editor);
}

/* Alt+2 shows the Features page with its first field ready to type into,
 * and its header names the subjects as just renamed.
 */
static void
test_editor_show_page (void)
{
  VsEditorWindow *editor = vs_editor_window_new (NULL, NULL, NULL, FALSE);
  GtkWidget *name;

  test_wait_for_frame (editor);
  type_into (editor, "$.subjects[1].name", "Go");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-page", "s",
                                             "features"));

  name = field (editor, "$.features[0].name");
  g_assert_true (test_widget_is_shown (name));
  g_assert_true (has_focus (editor, "$.features[0].name"));
  g_assert_nonnull (test_find_one (editor, GTK_TYPE_LABEL, test_label_has_text, "Go"));

  /* What is typed there goes to the first feature. */
  gtk_editable_set_text (GTK_EDITABLE (gtk_root_get_focus (GTK_ROOT (editor))), "Speed");
  g_assert_cmpstr (vs_draft_get_string (vs_editor_window_get_draft (editor),
                                        "$.features[0].name"), ==, "Speed");

  /* Undone there, the subject's old name is back in the header. */
  activate (editor, "editor.undo");
  g_assert_true (field (editor, "$.features[0].name") == name);
  activate (editor, "editor.undo");
  g_assert_nonnull (test_find_one (editor, GTK_TYPE_LABEL, test_label_has_text, "Subject 2"));
  g_assert_null (test_find_first (editor, GTK_TYPE_LABEL, test_label_has_text, "Go"));

  destroy_editor (editor);
}

/* Use cases, companies and the verdict's questions, with their weights. */
static void
test_editor_use_cases_verdict (void)
{
  VsEditorWindow *editor = vs_editor_window_new (NULL, NULL, NULL, FALSE);
  VsDraft *draft = vs_editor_window_get_draft (editor);
  g_autoptr(GFile) file = temporary_file ("verdict.json");
  g_autoptr(VsDataset) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  GtkWidget *recommended;

  test_wait_for_frame (editor);

  /* An introduction without questions is refused; cleared, all is well. */
  type_into (editor, "$.verdict.intro", "Answer these.");
  g_assert_cmpstr (vs_draft_get_error_path (draft), ==, "$.verdict.questions");
  g_assert_true (gtk_widget_has_css_class (field (editor, "$.verdict.intro"), "error"));
  type_into (editor, "$.verdict.intro", "");
  g_assert_null (vs_draft_lookup (draft, "$.verdict"));
  g_assert_null (vs_draft_get_error (draft));

  activate (editor, "editor.add-use-case");
  g_assert_true (has_focus (editor, "$.use_cases[0].name"));
  type_into (editor, "$.use_cases[0].name", "Scripting");
  type_into (editor, "$.use_cases[0].tags", " shell, , cli ");
  g_assert_cmpuint (vs_draft_get_length (draft, "$.use_cases[0].tags"), ==, 2);
  g_assert_cmpstr (vs_draft_get_string (draft, "$.use_cases[0].tags[0]"), ==, "shell");
  g_assert_cmpstr (vs_draft_get_string (draft, "$.use_cases[0].tags[1]"), ==, "cli");
  recommended = field (editor, "$.use_cases[0].recommended");
  checks = test_find_every (recommended, GTK_TYPE_CHECK_BUTTON, NULL, NULL);
  g_assert_cmpuint (checks->len, ==, 2);
  g_assert_true (gtk_check_button_get_active (checks->pdata[0]));
  gtk_check_button_set_active (checks->pdata[1], TRUE);
  gtk_check_button_set_active (checks->pdata[0], FALSE);
  g_assert_cmpstr (vs_draft_get_string (draft, "$.use_cases[0].recommended[0]"), ==,
                   "subject-2");

  /* None recommended: refused, on the list. */
  gtk_check_button_set_active (checks->pdata[1], FALSE);
  g_assert_cmpstr (vs_draft_get_error_path (draft), ==, "$.use_cases[0].recommended");
  g_assert_true (gtk_widget_has_css_class (recommended, "error"));
  activate (editor, "editor.undo");
  g_assert_null (vs_draft_get_error (draft));

  activate (editor, "editor.add-company");
  g_assert_true (has_focus (editor, "$.companies[0].name"));
  type_into (editor, "$.companies[0].name", "Example Corp");

  activate (editor, "editor.add-question");
  g_assert_true (has_focus (editor, "$.verdict.questions[0].prompt"));
  type_into (editor, "$.verdict.questions[0].prompt", "Do you need speed?");
  type_into (editor, "$.verdict.questions[0].choices[0].weights.subject-1", "3");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-choice", "u", 0));
  g_assert_true (has_focus (editor, "$.verdict.questions[0].choices[2].label"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.remove-item", "s",
                                             "$.verdict.questions[0].choices[2]"));
  g_assert_cmpuint (vs_draft_get_length (draft, "$.verdict.questions[0].choices"), ==, 2);

  g_assert_true (vs_editor_window_save_to (editor, file));
  saved = vs_dataset_loader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (vs_dataset_get_use_cases (saved)), ==, 1);
  {
    g_autoptr(VsUseCase) use_case = g_list_model_get_item (vs_dataset_get_use_cases (saved), 0);
    const char * const *tags = vs_use_case_get_tags (use_case);

    g_assert_cmpuint (g_strv_length ((char **) tags), ==, 2);
    g_assert_cmpstr (tags[0], ==, "shell");
    g_assert_cmpstr (tags[1], ==, "cli");
  }
  g_assert_cmpuint (g_list_model_get_n_items (vs_dataset_get_companies (saved)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (vs_dataset_get_questions (saved)), ==, 1);

  /* The only question removed, the verdict goes with it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.remove-item", "s",
                                             "$.verdict.questions[0]"));
  g_assert_null (vs_draft_lookup (draft, "$.verdict"));
  g_assert_null (vs_draft_get_error (draft));

  destroy_editor (editor);
  remove_temporary_file (file);
}

/* A value the check refuses is marked on its cell, and the bar says why. */
static void
test_editor_error_on_cell (void)
{
  VsEditorWindow *editor = vs_editor_window_new (NULL, NULL, NULL, FALSE);
  const char *path = "$.features[0].scores.subject-2";
  const char *message = "$.features[0].scores.subject-2: 9 is out of range (0 to 5)";
  g_autoptr(GFile) file = temporary_file ("refused.json");
  GtkWidget *label;
  AdwMessageDialog *dialog;

  test_wait_for_frame (editor);
  type_into (editor, path, "9");

  g_assert_true (gtk_widget_has_css_class (field (editor, path), "error"));
  g_assert_cmpstr (vs_draft_get_error (vs_editor_window_get_draft (editor))->message, ==,
                   message);
  label = test_find_first (editor, GTK_TYPE_LABEL, test_label_has_text, message);
  g_assert_nonnull (label);
  g_assert_true (is_revealed (label));

  /* Saving refuses, says why, and loses nothing. */
  g_assert_false (vs_editor_window_save_to (editor, file));
  g_assert_false (g_file_query_exists (file, NULL));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save");
  g_assert_true (g_str_has_suffix (adw_message_dialog_get_body (dialog), message));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (has_focus (editor, path));

  /* A second error: both fields are marked, the bar says how many more. */
  type_into (editor, "$.title", "");
  g_assert_true (gtk_widget_has_css_class (field (editor, path), "error"));
  g_assert_true (gtk_widget_has_css_class (field (editor, "$.title"), "error"));
  g_assert_nonnull (test_find_first (editor, GTK_TYPE_LABEL, test_label_has_text,
                                     "$.title: must not be empty "
                                     "(and 1 more problem, marked on its field)"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (field (editor, path)), ==,
                   "9 is out of range (0 to 5)");
  type_into (editor, "$.title", "Fixed");
  g_assert_false (gtk_widget_has_css_class (field (editor, "$.title"), "error"));
  g_assert_true (gtk_widget_has_css_class (field (editor, path), "error"));

  type_into (editor, path, "4.5");
  g_assert_false (gtk_widget_has_css_class (field (editor, path), "error"));
  g_assert_null (vs_draft_get_error (vs_editor_window_get_draft (editor)));
  g_assert_false (is_revealed (label));

  destroy_editor (editor);
  remove_temporary_file (file);
}

/* A folder is no place to save: the dialog says so, and the draft stays
 * unsaved.
 */
static void
test_editor_save_refused (void)
{
  VsEditorWindow *editor = vs_editor_window_new (NULL, NULL, NULL, FALSE);
  g_autoptr(GFile) file = temporary_file ("folder.json");
  g_autofree char *path = g_file_get_path (file);
  AdwMessageDialog *dialog;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  test_wait_for_frame (editor);
  type_into (editor, "$.title", "Changed");

  g_assert_false (vs_editor_window_save_to (editor, file));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "folder.json: it is a folder, not a file");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (vs_draft_get_modified (vs_editor_window_get_draft (editor)));
  g_assert_null (vs_editor_window_get_file (editor));

  destroy_editor (editor);
  g_rmdir (path);
  remove_temporary_file (file);
}

/* Closing with unsaved changes asks first; Cancel keeps the window. */
static void
test_editor_close_asks (void)
{
  VsEditorWindow *editor = vs_editor_window_new (NULL, NULL, NULL, FALSE);
  AdwMessageDialog *dialog;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  test_wait_for_frame (editor);
  type_into (editor, "$.title", "Changed");

  gtk_window_close (GTK_WINDOW (editor));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  adw_message_dialog_response (dialog, "cancel");
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));

  gtk_window_close (GTK_WINDOW (editor));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (dialog, "discard");
  while (editor != NULL)
    g_main_context_iteration (NULL, FALSE);
}

/* Whether @file holds @text. */
static gboolean
file_has_text (GFile      *file,
               const char *text)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));

  return strstr (contents, text) != NULL;
}

/* Saving over a file with members that Versus does not know would drop
 * them: the editor asks first. Cancel leaves the file as it is; Save
 * Anyway writes it without them, and the next save does not ask.
 */
/* An editor on a copy of warnings.json, at @file, as the window opens it:
 * its two unknown members told, its title changed to @title.
 */
static VsEditorWindow *
edit_unknown_members_file (GFile      *file,
                           const char *title)
{
  g_autofree char *source_path = g_test_build_filename (G_TEST_DIST, "data", "valid",
                                                        "warnings.json", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (source_path);
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(VsDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  VsEditorWindow *editor;

  g_assert_true (g_file_copy (source, file, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  dataset = vs_dataset_loader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  draft = vs_draft_new_from_dataset (dataset);
  editor = vs_editor_window_new (NULL, draft, file, FALSE);
  vs_editor_window_set_n_unknown_members (editor, vs_dataset_get_n_unknown_members (dataset));
  test_wait_for_frame (editor);
  type_into (editor, "$.title", title);

  return editor;
}

static void
test_editor_unknown_members (void)
{
  g_autoptr(GFile) file = temporary_file ("unknown.json");
  VsEditorWindow *editor = edit_unknown_members_file (file, "Changed");
  g_autoptr(GBytes) original = g_file_load_bytes (file, NULL, NULL, NULL);
  g_autoptr(GBytes) kept = NULL;
  AdwMessageDialog *dialog;

  g_assert_true (file_has_text (file, "colour_scheme"));

  activate (editor, "editor.save");
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Without Unknown Members?");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog),
                                   "“unknown.json” has 2 members that Versus does not know."));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "copy");
  /* As a click does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  kept = g_file_load_bytes (file, NULL, NULL, NULL);
  g_assert_true (g_bytes_equal (kept, original));
  g_assert_true (vs_draft_get_modified (vs_editor_window_get_draft (editor)));

  activate (editor, "editor.save");
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (file_has_text (file, "\"Changed\""));
  g_assert_false (file_has_text (file, "colour_scheme"));
  g_assert_false (vs_draft_get_modified (vs_editor_window_get_draft (editor)));

  /* The file now holds only what Versus knows. */
  type_into (editor, "$.title", "Again");
  activate (editor, "editor.save");
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (file_has_text (file, "\"Again\""));

  destroy_editor (editor);
  remove_temporary_file (file);
}

/* Closing with changes, Save asks about the unknown members too; once
 * confirmed, the file is saved and the window closes.
 */
static void
test_editor_unknown_members_close (void)
{
  g_autoptr(GFile) file = temporary_file ("closing.json");
  VsEditorWindow *editor = edit_unknown_members_file (file, "Closing");
  AdwMessageDialog *dialog;
  gint64 deadline;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);

  gtk_window_close (GTK_WINDOW (editor));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Without Unknown Members?");
  g_assert_false (file_has_text (file, "\"Closing\""));
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (file_has_text (file, "\"Closing\""));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (editor != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (editor);
  remove_temporary_file (file);
}

/* The built-in comparison is edited as a copy, which keeps every member. */
static void
test_editor_builtin_copy (void)
{
  g_autoptr(VsDataset) builtin = vs_dataset_loader_load_builtin ();
  g_autoptr(VsDraft) draft = vs_draft_new_from_dataset (builtin);
  VsEditorWindow *editor = vs_editor_window_new (NULL, draft, NULL, TRUE);
  g_autoptr(GFile) file = temporary_file ("copy.json");
  g_autoptr(GBytes) expected = vs_draft_to_bytes (draft, NULL);
  g_autoptr(GBytes) written = NULL;
  GtkWidget *note;

  test_wait_for_frame (editor);
  note = test_find_first (editor, GTK_TYPE_LABEL, test_label_has_text,
                          "The built-in comparison cannot be changed: saving makes a copy of it.");
  g_assert_true (is_revealed (note));
  g_assert_nonnull (vs_editor_window_get_field (editor, "$.features[0].name"));

  g_assert_true (vs_editor_window_save_to (editor, file));
  g_assert_true (vs_editor_window_get_file (editor) == file);
  written = g_file_load_bytes (file, NULL, NULL, NULL);
  g_assert_true (g_bytes_equal (written, expected));
  g_assert_false (is_revealed (note));

  destroy_editor (editor);
  remove_temporary_file (file);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/versus/editor/new-comparison", test_editor_new_comparison);
  g_test_add_func ("/versus/editor/undo-redo", test_editor_undo_redo);
  g_test_add_func ("/versus/editor/show-page", test_editor_show_page);
  g_test_add_func ("/versus/editor/use-cases-verdict", test_editor_use_cases_verdict);
  g_test_add_func ("/versus/editor/error-on-cell", test_editor_error_on_cell);
  g_test_add_func ("/versus/editor/save-refused", test_editor_save_refused);
  g_test_add_func ("/versus/editor/close-asks", test_editor_close_asks);
  g_test_add_func ("/versus/editor/builtin-copy", test_editor_builtin_copy);
  g_test_add_func ("/versus/editor/unknown-members", test_editor_unknown_members);
  g_test_add_func ("/versus/editor/unknown-members-close", test_editor_unknown_members_close);

  return g_test_run ();
}
