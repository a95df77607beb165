/* vs-editor-window.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vs-dataset-loader.h"
#include "vs-diagnostic.h"
#include "vs-display-text.h"
#include "vs-editor-window-private.h"
#include "vs-export-file.h"
#include "vs-table-import.h"

/* The editor: a window over a VsDraft, for New Comparison and Edit
 * Comparison. The Comparison page holds the title and the subjects, the
 * Features page the table of features: a row per feature, with its name,
 * category, a value and a 0–5 score per subject, the advantage and the
 * source.
 *
 * Every field knows the JSON path it edits (`$.features[2].scores.alpha`),
 * the path the loader's errors start with: the field the check refuses is
 * marked and the bar above says why. Typing edits the draft at once; the
 * fields are rebuilt from the draft after the edits that add, remove or
 * move something, and after undo and redo, with the focus kept on the
 * field of the same path.
 *
 * Save writes the draft with the dataset writer, atomically, through the
 * exports' own file writing; the built-in comparison has no file, and is
 * saved as a copy. The writer writes what the dataset holds: members of the
 * file that Versus does not know are not in it, and saving over that file
 * asks first.
 *
 * The window's state, saving and closing are here; its fields are in
 * vs-editor-window-fields.c, its pages in vs-editor-window-pages.c, its
 * actions in vs-editor-window-actions.c, and vs-editor-window-private.h
 * holds what they share.
 */

G_DEFINE_FINAL_TYPE (VsEditorWindow, vs_editor_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DRAFT,
  PROP_FILE,
  PROP_BUILTIN,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* State                                                                     */
/* ------------------------------------------------------------------------ */

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* The field of @path, or of the nearest path above it that has one. */
static GtkWidget *
find_field (VsEditorWindow *self,
            const char     *path)
{
  g_autofree char *prefix = g_strdup (path);

  while (*prefix != '\0')
    {
      GtkWidget *field = g_hash_table_lookup (self->fields, prefix);
      char *cut;

      if (field != NULL)
        return field;

      cut = MAX (strrchr (prefix, '.'), strrchr (prefix, '['));
      if (cut == NULL)
        break;
      *cut = '\0';
    }

  return NULL;
}

static void
mark_field (GtkWidget  *field,
            const char *message)
{
  const char *tooltip = gtk_widget_get_tooltip_text (field);

  /* A field refused twice says both. */
  if (gtk_widget_has_css_class (field, "error") && tooltip != NULL &&
      strstr (tooltip, message) == NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s\n%s", tooltip, message);

      gtk_widget_set_tooltip_text (field, both);
    }
  else
    {
      gtk_widget_set_tooltip_text (field, message);
    }

  gtk_widget_add_css_class (field, "error");
}

static void
unmark_field (GtkWidget *field)
{
  gtk_widget_remove_css_class (field, "error");
  gtk_widget_set_tooltip_text (field, NULL);
}

/* The draft's errors: each refused field marked, with its message as its
 * tooltip; the bar says the first, and how many more there are.
 */
static void
show_error (VsEditorWindow *self)
{
  const GError *error = vs_draft_get_error (self->draft);
  const char *path = vs_draft_get_error_path (self->draft);
  GPtrArray *problems = vs_draft_get_problems (self->draft);

  if (self->error_field != NULL)
    {
      unmark_field (self->error_field);
      g_clear_weak_pointer (&self->error_field);
    }
  for (guint i = 0; i < self->marked_paths->len; i++)
    {
      GtkWidget *field = find_field (self, g_ptr_array_index (self->marked_paths, i));

      if (field != NULL)
        unmark_field (field);
    }
  g_ptr_array_set_size (self->marked_paths, 0);

  gtk_revealer_set_reveal_child (self->error_revealer, error != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.show-error", error != NULL);
  if (error == NULL)
    return;

  /* Plain text: the message quotes the comparison's own text. */
  if (problems->len > 1)
    {
      g_autofree char *text = NULL;

      /* Translators: the first error of a comparison being edited, then how
       * many more there are (each marked on its field)
       */
      text = g_strdup_printf (ngettext ("%s (and %u more problem, marked on its field)",
                                        "%s (and %u more problems, marked on their fields)",
                                        problems->len - 1),
                              error->message, problems->len - 1);
      gtk_label_set_text (self->error_label, text);
    }
  else
    {
      gtk_label_set_text (self->error_label, error->message);
    }

  if (path != NULL)
    {
      GtkWidget *field = find_field (self, path);

      if (field != NULL)
        {
          g_set_weak_pointer (&self->error_field, field);
          mark_field (field, error->message);
        }
    }

  for (guint i = 0; i < problems->len; i++)
    {
      const VsDiagnostic *problem = g_ptr_array_index (problems, i);
      GtkWidget *field;

      if (problem->path == NULL || g_strcmp0 (problem->path, path) == 0 ||
          (field = find_field (self, problem->path)) == NULL)
        continue;

      mark_field (field, problem->message);
      g_ptr_array_add (self->marked_paths, g_strdup (problem->path));
    }
}

static void
update_title (VsEditorWindow *self)
{
  const char *title = vs_draft_get_string (self->draft, "$.title");
  g_autofree char *subtitle = NULL;
  g_autofree char *window_title = NULL;

  if (title == NULL || *title == '\0')
    title = _("Untitled Comparison");

  if (self->file != NULL)
    subtitle = vs_display_file_name (self->file);
  else if (self->builtin)
    subtitle = g_strdup (_("Built-in comparison"));
  else
    subtitle = g_strdup (_("Not saved"));

  if (vs_draft_get_modified (self->draft))
    {
      /* Translators: the subtitle of a comparison with unsaved changes */
      g_autofree char *modified = g_strdup_printf (_("%s (changed)"), subtitle);
      g_free (subtitle);
      subtitle = g_steal_pointer (&modified);
    }

  /* Plain text: AdwViewSwitcherTitle and the window title take no markup. */
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  /* Translators: the editor window's title; the placeholder is the comparison's title */
  window_title = g_strdup_printf (_("Edit: %s"), title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo",
                                 vs_draft_get_can_undo (self->draft));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.redo",
                                 vs_draft_get_can_redo (self->draft));
}

/* The widget that has the focus, as a path: its field's. */
static char *
dup_focus_path (VsEditorWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (vs_editor_window_field_path (focus) != NULL)
      return g_strdup (vs_editor_window_field_path (focus));

  return NULL;
}

void
vs_editor_window_focus_field (VsEditorWindow *self,
                              const char     *path)
{
  GtkWidget *field;

  /* The page that holds it comes first: showing it may make its fields
   * again.
   */
  if (g_str_has_prefix (path, "$.features"))
    adw_view_stack_set_visible_child_name (self->view_stack, "features");
  else if (g_str_has_prefix (path, "$.use_cases") || g_str_has_prefix (path, "$.companies"))
    adw_view_stack_set_visible_child_name (self->view_stack, "use-cases");
  else if (g_str_has_prefix (path, "$.verdict"))
    adw_view_stack_set_visible_child_name (self->view_stack, "verdict");
  else
    adw_view_stack_set_visible_child_name (self->view_stack, "comparison");

  field = g_hash_table_lookup (self->fields, path);
  if (field != NULL)
    gtk_widget_grab_focus (field);
}

/* The subjects' names, which the pages but the first show in labels. */
static char *
dup_subject_names (VsEditorWindow *self)
{
  GString *names = g_string_new (NULL);

  for (guint s = 0; s < vs_draft_get_length (self->draft, "$.subjects"); s++)
    {
      g_autofree char *name_path = g_strdup_printf ("$.subjects[%u].name", s);
      const char *name = vs_draft_get_string (self->draft, name_path);

      g_string_append_printf (names, "%s\n", name ? name : "");
    }

  return g_string_free (names, FALSE);
}

/* What the fields are made of: the lists' lengths and the subjects' ids.
 * Two drafts of the same shape have the same fields, whose values only
 * differ.
 */
static char *
dup_shape (VsEditorWindow *self)
{
  static const char * const lists[] = {
    "$.subjects", "$.categories", "$.features", "$.use_cases", "$.companies",
    "$.verdict.questions",
  };
  GString *shape = g_string_new (NULL);
  guint n_questions = vs_draft_get_length (self->draft, "$.verdict.questions");

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    g_string_append_printf (shape, "%u ", vs_draft_get_length (self->draft, lists[i]));
  for (guint q = 0; q < n_questions; q++)
    {
      g_autofree char *choices = g_strdup_printf ("$.verdict.questions[%u].choices", q);
      g_string_append_printf (shape, "%u ", vs_draft_get_length (self->draft, choices));
    }
  for (guint s = 0; s < vs_draft_get_length (self->draft, "$.subjects"); s++)
    {
      g_autofree char *id_path = g_strdup_printf ("$.subjects[%u].id", s);
      const char *id = vs_draft_get_string (self->draft, id_path);

      g_string_append_printf (shape, "%s ", id ? id : "");
    }

  return g_string_free (shape, FALSE);
}

static gboolean
list_has (VsEditorWindow *self,
          const char     *path,
          const char     *id)
{
  for (guint i = 0; i < vs_draft_get_length (self->draft, path); i++)
    {
      g_autofree char *element = g_strdup_printf ("%s[%u]", path, i);

      if (g_strcmp0 (vs_draft_get_string (self->draft, element), id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Shows the draft's values in the fields there are, which keep the focus:
 * undoing what was typed does not make the pages again.
 */
void
vs_editor_window_refresh_fields (VsEditorWindow *self)
{
  GHashTableIter iter;
  gpointer value;

  self->building = TRUE;
  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GtkWidget *widget = value;
      const char *path = vs_editor_window_field_path (widget);

      if (path == NULL)
        continue;

      if (GTK_IS_EDITABLE (widget))
        {
          FieldKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), KIND_KEY));
          g_autofree char *text = NULL;

          if (kind == FIELD_CATEGORY)
            text = vs_editor_window_category_name (self, vs_draft_get_string (self->draft, path));
          else
            text = vs_editor_window_dup_value_text (self, path);
          if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text ? text : "") != 0)
            gtk_editable_set_text (GTK_EDITABLE (widget), text ? text : "");
        }
      else if (GTK_IS_DROP_DOWN (widget))
        {
          gtk_drop_down_set_selected (GTK_DROP_DOWN (widget),
                                      vs_editor_window_advantage_position (self, path));
        }
      else if (GTK_IS_COLOR_BUTTON (widget))
        {
          const char *color = vs_draft_get_string (self->draft, path);
          GdkRGBA rgba = { 0.6, 0.6, 0.6, 1.0 };

          if (color != NULL)
            gdk_rgba_parse (&rgba, color);
          gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (widget), &rgba);
        }
      else if (GTK_IS_FLOW_BOX_CHILD (widget))
        {
          GtkWidget *check = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (widget));
          const char *id = g_object_get_data (G_OBJECT (check), "vs-editor-subject");

          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), list_has (self, path, id));
        }
    }
  self->building = FALSE;

  show_error (self);
}

/* Makes the fields of every page again, from the draft. */
static void
build_pages (VsEditorWindow *self)
{
  g_clear_weak_pointer (&self->error_field);
  g_hash_table_remove_all (self->fields);

  self->building = TRUE;
  clear_box (self->comparison_box);
  clear_box (self->features_box);
  clear_box (self->use_cases_box);
  clear_box (self->verdict_box);
  vs_editor_window_build_comparison_page (self);
  vs_editor_window_build_features_page (self);
  vs_editor_window_build_use_cases_page (self);
  vs_editor_window_build_verdict_page (self);
  self->building = FALSE;

  g_free (self->shape);
  self->shape = dup_shape (self);
  g_free (self->subject_names);
  self->subject_names = dup_subject_names (self);
  self->features_stale = FALSE;
  show_error (self);
}

static void
rebuild (VsEditorWindow *self)
{
  g_autofree char *focus = dup_focus_path (self);

  g_clear_weak_pointer (&self->error_field);
  g_hash_table_remove_all (self->fields);

  build_pages (self);
  if (focus != NULL)
    vs_editor_window_focus_field (self, focus);
}

static void
draft_changed_cb (VsEditorWindow *self)
{
  g_autofree char *shape = NULL;

  if (self->editing)
    {
      show_error (self);
    }
  else
    {
      g_autofree char *names = dup_subject_names (self);
      gboolean names_changed = g_strcmp0 (names, self->subject_names) != 0;
      gboolean on_first_page =
        g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "comparison") == 0;

      /* Other pages name the subjects: they are made again when shown. */
      shape = dup_shape (self);
      if (g_strcmp0 (shape, self->shape) == 0 && (!names_changed || on_first_page))
        {
          vs_editor_window_refresh_fields (self);
          self->features_stale |= names_changed;
        }
      else
        {
          rebuild (self);
        }
    }
  update_title (self);
}

static void
visible_page_changed_cb (VsEditorWindow *self)
{
  if (self->features_stale &&
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "comparison") != 0)
    build_pages (self);
}

/* ------------------------------------------------------------------------ */
/* Saving                                                                    */
/* ------------------------------------------------------------------------ */

static void
show_save_error (VsEditorWindow *self,
                 const char     *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Could Not Save"), NULL));
  adw_message_dialog_set_body (dialog, message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void close_soon (VsEditorWindow *self);
static gboolean save_confirmed (VsEditorWindow *self,
                                GFile          *file);

/* Asks @heading: Cancel (also on Escape), a destructive answer, and the
 * suggested one (the default); @response_cb gets the answer's id.
 */
static void
ask (VsEditorWindow *self,
     const char     *heading,
     const char     *body,
     const char     *destructive_id,
     const char     *destructive_label,
     const char     *suggested_id,
     const char     *suggested_label,
     GCallback       response_cb)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    destructive_id, destructive_label,
                                    suggested_id, suggested_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, destructive_id, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, suggested_id, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, suggested_id);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", response_cb, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  VsEditorWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (save_confirmed (self, file) && self->close_after_save)
        close_soon (self);
    }
  if (self->confirming_file == NULL)
    self->close_after_save = FALSE;

  g_object_unref (dialog);
}

static void
unknown_members_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             VsEditorWindow   *self)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->confirming_file);

  if (g_strcmp0 (response, "save") == 0)
    {
      if (vs_editor_window_save_to (self, file) && self->close_after_save)
        close_soon (self);
      self->close_after_save = FALSE;
    }
  else if (g_strcmp0 (response, "copy") == 0)
    {
      vs_editor_window_save_as (self);
    }
  else
    {
      self->close_after_save = FALSE;
    }
}

/* Saves to @file, unless that is the file opened with members Versus does
 * not know, which would be lost: then asks first, and returns %FALSE.
 */
static gboolean
save_confirmed (VsEditorWindow *self,
                GFile          *file)
{
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;

  if (self->n_unknown_members == 0 || self->unknown_members_file == NULL ||
      !g_file_equal (file, self->unknown_members_file))
    return vs_editor_window_save_to (self, file);

  name = vs_display_file_name (file);
  /* Translators: the placeholders are a file's name and a number of JSON members */
  body = g_strdup_printf (ngettext ("“%s” has %u member that Versus does not know. Saving "
                                    "replaces the file with the comparison as Versus has it, "
                                    "without that member. Save a copy to keep the file as it is.",
                                    "“%s” has %u members that Versus does not know. Saving "
                                    "replaces the file with the comparison as Versus has it, "
                                    "without those members. Save a copy to keep the file as "
                                    "it is.",
                                    self->n_unknown_members),
                          name, self->n_unknown_members);

  g_set_object (&self->confirming_file, file);
  ask (self, _("Save Without Unknown Members?"), body, "save", _("Save _Anyway"),
       "copy", _("Save a _Copy…"), G_CALLBACK (unknown_members_response_cb));

  return FALSE;
}

void
vs_editor_window_save_as (VsEditorWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  const char *title = vs_draft_get_string (self->draft, "$.title");
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Save Comparison"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  gtk_file_filter_set_name (filter, _("Comparison Datasets (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);

  if (self->file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (self->file);
      g_autofree char *basename = g_file_get_basename (self->file);

      if (parent != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), parent, NULL);
      name = g_strdup (basename);
    }
  else
    {
      g_autofree char *base = vs_table_import_derive_id (title ? title : "");

      name = g_strdup_printf ("%s.json", *base != '\0' ? base : "comparison");
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  g_signal_connect_object (dialog, "response", G_CALLBACK (save_as_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Saves to the file, if there is one; returns whether saved. */
gboolean
vs_editor_window_save (VsEditorWindow *self)
{
  if (self->file == NULL)
    {
      vs_editor_window_save_as (self);
      return FALSE;
    }

  return save_confirmed (self, self->file);
}

/* ------------------------------------------------------------------------ */
/* Closing                                                                   */
/* ------------------------------------------------------------------------ */

static gboolean
close_cb (gpointer user_data)
{
  VsEditorWindow *self = user_data;

  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));

  return G_SOURCE_REMOVE;
}

/* Closes the window once the dialog over it is gone. */
static void
close_soon (VsEditorWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_cb, g_object_ref (self), g_object_unref);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   VsEditorWindow   *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      close_soon (self);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      self->close_after_save = TRUE;
      if (vs_editor_window_save (self))
        close_soon (self);
      else if (self->file != NULL && self->confirming_file == NULL)
        {
          /* It failed, and said why: the window stays. */
          self->close_after_save = FALSE;
        }
    }
}

static gboolean
vs_editor_window_close_request (GtkWindow *window)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (window);

  if (self->closing || !vs_draft_get_modified (self->draft))
    return GTK_WINDOW_CLASS (vs_editor_window_parent_class)->close_request (window);

  ask (self, _("Save Changes?"),
       _("The changes to this comparison are lost if it is closed without saving."),
       "discard", _("_Discard"), "save", _("_Save"), G_CALLBACK (close_response_cb));

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Class                                                                     */
/* ------------------------------------------------------------------------ */

static void
vs_editor_window_constructed (GObject *object)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (object);

  G_OBJECT_CLASS (vs_editor_window_parent_class)->constructed (object);

  if (self->draft == NULL)
    self->draft = vs_draft_new ();

  gtk_revealer_set_reveal_child (self->copy_revealer, self->builtin && self->file == NULL);
  g_signal_connect_object (self->draft, "changed", G_CALLBACK (draft_changed_cb), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
  update_title (self);

  /* Typing names the comparison first. */
  vs_editor_window_focus_new (self, "$.title");
}

static void
vs_editor_window_dispose (GObject *object)
{
  VsEditorWindow *self = (VsEditorWindow *)object;

  g_clear_weak_pointer (&self->error_field);
  if (self->fields != NULL)
    g_hash_table_remove_all (self->fields);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_EDITOR_WINDOW);

  G_OBJECT_CLASS (vs_editor_window_parent_class)->dispose (object);
}

static void
vs_editor_window_finalize (GObject *object)
{
  VsEditorWindow *self = (VsEditorWindow *)object;

  g_clear_object (&self->draft);
  g_clear_object (&self->file);
  g_clear_object (&self->unknown_members_file);
  g_clear_object (&self->confirming_file);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->marked_paths, g_ptr_array_unref);
  g_clear_pointer (&self->shape, g_free);
  g_clear_pointer (&self->subject_names, g_free);

  G_OBJECT_CLASS (vs_editor_window_parent_class)->finalize (object);
}

static void
vs_editor_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DRAFT:
      g_value_set_object (value, self->draft);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_BUILTIN:
      g_value_set_boolean (value, self->builtin);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_editor_window_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DRAFT:
      self->draft = g_value_dup_object (value);
      break;

    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    case PROP_BUILTIN:
      self->builtin = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_editor_window_class_init (VsEditorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = vs_editor_window_constructed;
  object_class->dispose = vs_editor_window_dispose;
  object_class->finalize = vs_editor_window_finalize;
  object_class->get_property = vs_editor_window_get_property;
  object_class->set_property = vs_editor_window_set_property;

  window_class->close_request = vs_editor_window_close_request;

  properties [PROP_DRAFT] =
    g_param_spec_object ("draft", NULL, NULL, VS_TYPE_DRAFT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_BUILTIN] =
    g_param_spec_boolean ("builtin", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VsEditorWindow::saved:
   * @file: the file saved
   *
   * Emitted after the draft is saved to @file.
   */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/"
                                               "ui/editor/vs-editor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VsEditorWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VsEditorWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, VsEditorWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, VsEditorWindow, copy_revealer);
  gtk_widget_class_bind_template_child (widget_class, VsEditorWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, VsEditorWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, VsEditorWindow, comparison_box);
  gtk_widget_class_bind_template_child (widget_class, VsEditorWindow, features_box);
  gtk_widget_class_bind_template_child (widget_class, VsEditorWindow, use_cases_box);
  gtk_widget_class_bind_template_child (widget_class, VsEditorWindow, verdict_box);

  vs_editor_window_class_install_actions (widget_class);
}

static void
add_capture_shortcut (GtkShortcutController *controller,
                      const char            *trigger,
                      const char            *action)
{
  GtkShortcutTrigger *parsed = gtk_shortcut_trigger_parse_string (trigger);

  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (parsed, gtk_named_action_new (action)));
}

static void
vs_editor_window_init (VsEditorWindow *self)
{
  GtkEventController *shortcuts;

  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->marked_paths = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* A text field takes Ctrl+Z for itself, even with its own undo off:
   * the window's Undo and Redo come first.
   */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  add_capture_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>z", "editor.undo");
  add_capture_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control><Shift>z", "editor.redo");
  add_capture_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>y", "editor.redo");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (visible_page_changed_cb), self, G_CONNECT_SWAPPED);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                                */
/* ------------------------------------------------------------------------ */

/**
 * vs_editor_window_new:
 * @draft: (nullable): what to edit; %NULL for a new comparison
 * @file: (nullable): where it is saved; %NULL if it has no file yet
 * @builtin: whether @draft is the built-in comparison, saved as a copy
 *
 * Returns: (transfer full): a new editor window
 */
VsEditorWindow *
vs_editor_window_new (GtkApplication *application,
                      VsDraft        *draft,
                      GFile          *file,
                      gboolean        builtin)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (draft == NULL || VS_IS_DRAFT (draft), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  return g_object_new (VS_TYPE_EDITOR_WINDOW,
                       "application", application,
                       "draft", draft,
                       "file", file,
                       "builtin", builtin,
                       NULL);
}

VsDraft *
vs_editor_window_get_draft (VsEditorWindow *self)
{
  g_return_val_if_fail (VS_IS_EDITOR_WINDOW (self), NULL);

  return self->draft;
}

/**
 * vs_editor_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file the draft is saved to
 */
GFile *
vs_editor_window_get_file (VsEditorWindow *self)
{
  g_return_val_if_fail (VS_IS_EDITOR_WINDOW (self), NULL);

  return self->file;
}

/**
 * vs_editor_window_set_n_unknown_members:
 * @n_members: how many members of the window's file the loader ignored
 *   as unknown (vs_dataset_get_n_unknown_members())
 *
 * Tells the window that its file holds members that the draft does not:
 * saving over the file would drop them, and asks first.
 */
void
vs_editor_window_set_n_unknown_members (VsEditorWindow *self,
                                        guint           n_members)
{
  g_return_if_fail (VS_IS_EDITOR_WINDOW (self));

  g_clear_object (&self->unknown_members_file);
  self->n_unknown_members = 0;
  if (n_members > 0 && self->file != NULL)
    {
      self->unknown_members_file = g_object_ref (self->file);
      self->n_unknown_members = n_members;
    }
}

/**
 * vs_editor_window_save_to:
 * @file: where to save
 *
 * Saves the draft to @file, atomically, which is then the draft's file.
 * A draft that the check refuses is not saved: a dialog says why, and
 * the field to fix has the focus.
 *
 * Returns: whether the draft was saved
 */
gboolean
vs_editor_window_save_to (VsEditorWindow *self,
                          GFile          *file)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (VS_IS_EDITOR_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = vs_display_file_name (file);

  /* A new comparison, saved the first time, takes its id from its title. */
  if (self->file == NULL &&
      g_strcmp0 (vs_draft_get_string (self->draft, "$.id"), "untitled-comparison") == 0)
    {
      const char *title = vs_draft_get_string (self->draft, "$.title");
      g_autofree char *id = vs_table_import_derive_id (title ? title : "");

      if (*id != '\0' && vs_draft_get_dataset (self->draft) != NULL)
        {
          JsonNode *node = json_node_new (JSON_NODE_VALUE);

          json_node_set_string (node, id);
          vs_draft_set (self->draft, "$.id", node);
        }
    }

  bytes = vs_draft_to_bytes (self->draft, &error);
  if (bytes == NULL)
    {
      /* Translators: the placeholder is the check's message, which names the place */
      message = g_strdup_printf (_("The comparison has an error to fix first: %s"),
                                 error->message);
      show_save_error (self, message);
      vs_editor_window_show_error_action_cb (GTK_WIDGET (self), NULL, NULL);
      return FALSE;
    }

  if (!vs_export_file_replace_contents (file, g_bytes_get_data (bytes, NULL),
                                        g_bytes_get_size (bytes), NULL, &error))
    {
      message = g_strdup_printf ("%s: %s", name, error->message);
      show_save_error (self, message);
      return FALSE;
    }

  g_set_object (&self->file, file);
  /* The file saved over holds only what Versus knows now. */
  if (self->unknown_members_file != NULL && g_file_equal (file, self->unknown_members_file))
    {
      g_clear_object (&self->unknown_members_file);
      self->n_unknown_members = 0;
    }
  vs_draft_set_saved (self->draft);
  gtk_revealer_set_reveal_child (self->copy_revealer, FALSE);
  update_title (self);
  g_signal_emit (self, signals [SAVED], 0, file);

  return TRUE;
}

/**
 * vs_editor_window_get_field:
 * @path: a JSON path (`$.features[0].name`), or a button's
 *   (`$.features[0]/remove`, `$.features/add`)
 *
 * Returns: (transfer none) (nullable): the field that edits @path
 */
GtkWidget *
vs_editor_window_get_field (VsEditorWindow *self,
                            const char     *path)
{
  g_return_val_if_fail (VS_IS_EDITOR_WINDOW (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  return g_hash_table_lookup (self->fields, path);
}
