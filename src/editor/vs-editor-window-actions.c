/* vs-editor-window-actions.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vs-dataset-loader.h"
#include "vs-display-text.h"
#include "vs-editor-window-private.h"
#include "vs-export-file.h"
#include "vs-table-import.h"

/* The editor's actions (“editor.*”) and their shortcuts. */

/* ------------------------------------------------------------------------ */
/* Actions                                                                   */
/* ------------------------------------------------------------------------ */

static void
undo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  vs_draft_undo (VS_EDITOR_WINDOW (widget)->draft);
}

static void
redo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  vs_draft_redo (VS_EDITOR_WINDOW (widget)->draft);
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  vs_editor_window_save (VS_EDITOR_WINDOW (widget));
}

static void
save_as_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  vs_editor_window_save_as (VS_EDITOR_WINDOW (widget));
}

/* A new subject or feature: its name field has the focus, all selected,
 * so that typing names it.
 */
void
vs_editor_window_focus_new (VsEditorWindow *self,
                            const char     *path)
{
  GtkWidget *field;

  vs_editor_window_focus_field (self, path);
  field = g_hash_table_lookup (self->fields, path);
  if (field != NULL && GTK_IS_EDITABLE (field))
    gtk_editable_select_region (GTK_EDITABLE (field), 0, -1);
}

static void
add_subject_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (widget);
  guint n = vs_draft_get_length (self->draft, "$.subjects");
  g_autofree char *name = g_strdup_printf (_("Subject %u"), n + 1);
  g_autofree char *path = NULL;
  guint index;

  index = vs_draft_add_subject (self->draft, name);
  path = g_strdup_printf ("$.subjects[%u].name", index);
  vs_editor_window_focus_new (self, path);
}

static void
add_feature_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (widget);
  guint n = vs_draft_get_length (self->draft, "$.features");
  /* Translators: the name of a new feature: Feature 1, Feature 2… */
  g_autofree char *name = g_strdup_printf (_("Feature %u"), n + 1);
  g_autofree char *path = NULL;
  guint index;

  index = vs_draft_add_feature (self->draft, name);
  path = g_strdup_printf ("$.features[%u].name", index);
  vs_editor_window_focus_new (self, path);
}

static void
move_element (VsEditorWindow *self,
              const char     *array,
              GVariant       *parameter)
{
  guint index;
  int delta;
  guint to;
  g_autofree char *focus = NULL;

  g_variant_get (parameter, "(ui)", &index, &delta);
  if ((delta < 0 && index == 0) || index + delta >= vs_draft_get_length (self->draft, array))
    return;

  to = index + delta;
  vs_draft_move (self->draft, array, index, to);
  /* The focus follows the row, on the same button if it is still there. */
  focus = g_strdup_printf ("%s[%u]/%s", array, to, delta < 0 ? "up" : "down");
  if (!gtk_widget_get_sensitive (g_hash_table_lookup (self->fields, focus)))
    {
      g_free (focus);
      focus = g_strdup_printf ("%s[%u]/%s", array, to, delta < 0 ? "down" : "up");
    }
  vs_editor_window_focus_field (self, focus);
}

static void
move_subject_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  move_element (VS_EDITOR_WINDOW (widget), "$.subjects", parameter);
}

static void
move_feature_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  move_element (VS_EDITOR_WINDOW (widget), "$.features", parameter);
}

static void
remove_subject_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index >= vs_draft_get_length (self->draft, "$.subjects"))
    return;

  vs_draft_remove_subject (self->draft, index);
  vs_editor_window_focus_field (self, "$.subjects/add");
}

static void
remove_feature_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (widget);
  guint index = g_variant_get_uint32 (parameter);
  g_autofree char *path = g_strdup_printf ("$.features[%u]", index);

  if (index >= vs_draft_get_length (self->draft, "$.features"))
    return;

  vs_draft_remove (self->draft, path);
  vs_editor_window_focus_field (self, "$.features/add");
}

static JsonNode *
parse_node (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);

  return node;
}

/* A new element of @array, named @name, with the members of @json. */
static void
add_element (VsEditorWindow *self,
             const char     *array,
             const char     *json,
             const char     *name_member,
             const char     *name,
             gboolean        with_id)
{
  JsonNode *node = parse_node (json);
  JsonObject *object = json_node_get_object (node);
  guint index = vs_draft_get_length (self->draft, array);
  g_autofree char *focus = g_strdup_printf ("%s[%u].%s", array, index, name_member);

  if (with_id)
    {
      g_autofree char *id = vs_draft_dup_unique_id (self->draft, array, name);
      json_object_set_string_member (object, "id", id);
    }
  json_object_set_string_member (object, name_member, name);
  vs_draft_append (self->draft, array, node);
  vs_editor_window_focus_new (self, focus);
}

/* A new use case or company is about the first subject, until changed. */
static JsonNode *
first_subject_list (VsEditorWindow *self)
{
  const char *id = vs_draft_get_string (self->draft, "$.subjects[0].id");
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  if (id != NULL)
    json_array_add_string_element (array, id);
  json_node_take_array (node, array);

  return node;
}

static void
add_use_case_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (widget);
  guint n = vs_draft_get_length (self->draft, "$.use_cases");
  g_autofree char *name = g_strdup_printf (_("Use Case %u"), n + 1);
  g_autoptr(JsonNode) recommended = first_subject_list (self);
  g_autofree char *list = json_to_string (recommended, FALSE);
  g_autofree char *json = g_strdup_printf ("{\"recommended\": %s}", list);

  add_element (self, "$.use_cases", json, "name", name, TRUE);
}

static void
add_company_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (widget);
  guint n = vs_draft_get_length (self->draft, "$.companies");
  g_autofree char *name = g_strdup_printf (_("Company %u"), n + 1);
  g_autoptr(JsonNode) subjects = first_subject_list (self);
  g_autofree char *list = json_to_string (subjects, FALSE);
  g_autofree char *json = g_strdup_printf ("{\"subjects\": %s}", list);

  add_element (self, "$.companies", json, "name", name, FALSE);
}

static void
add_question_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (widget);
  guint n = vs_draft_get_length (self->draft, "$.verdict.questions");
  g_autofree char *name = g_strdup_printf (_("Question %u"), n + 1);
  g_autoptr(JsonNode) choices = parse_node ("[{\"id\": \"yes\"}, {\"id\": \"no\"}]");
  JsonArray *array = json_node_get_array (choices);
  g_autofree char *list = NULL;
  g_autofree char *json = NULL;

  /* The labels are translated: set as strings, never spliced into JSON. */
  json_object_set_string_member (json_array_get_object_element (array, 0), "label", _("Yes"));
  json_object_set_string_member (json_array_get_object_element (array, 1), "label", _("No"));
  list = json_to_string (choices, FALSE);
  json = g_strdup_printf ("{\"choices\": %s}", list);

  add_element (self, "$.verdict.questions", json, "prompt", name, TRUE);
}

static void
add_choice_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (widget);
  guint question = g_variant_get_uint32 (parameter);
  g_autofree char *path = g_strdup_printf ("$.verdict.questions[%u].choices", question);
  guint n = vs_draft_get_length (self->draft, path);
  g_autofree char *name = g_strdup_printf (_("Answer %u"), n + 1);

  if (question >= vs_draft_get_length (self->draft, "$.verdict.questions"))
    return;

  add_element (self, path, "{}", "label", name, TRUE);
}

/* Removes the use case, company, question or answer at the path given. */
static void
remove_item_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autofree char *add = NULL;
  const char *bracket = strrchr (path, '[');

  if (bracket == NULL || vs_draft_lookup (self->draft, path) == NULL)
    return;

  /* The verdict needs a question: without any, it goes. */
  if (g_str_has_prefix (path, "$.verdict.questions[") &&
      strchr (path + strlen ("$.verdict.questions["), '.') == NULL &&
      vs_draft_get_length (self->draft, "$.verdict.questions") == 1)
    vs_draft_remove (self->draft, "$.verdict");
  else
    vs_draft_remove (self->draft, path);

  add = g_strdup_printf ("%.*s/add", (int) (bracket - path), path);
  vs_editor_window_focus_field (self, add);
}

static void
show_page_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (widget);
  const char *page = g_variant_get_string (parameter, NULL);

  /* The page's first field has the focus, ready to type into. */
  if (g_strcmp0 (page, "features") == 0)
    vs_editor_window_focus_new (self, vs_draft_get_length (self->draft,
                                                           "$.features") > 0 ? "$.features[0].name"
                                                                        : "$.features/add");
  else if (g_strcmp0 (page, "use-cases") == 0)
    vs_editor_window_focus_new (self, "$.use_cases/add");
  else if (g_strcmp0 (page, "verdict") == 0)
    vs_editor_window_focus_new (self, "$.verdict.intro");
  else
    vs_editor_window_focus_new (self, "$.title");
}

void
vs_editor_window_show_error_action_cb (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (widget);

  if (self->error_field != NULL)
    vs_editor_window_focus_field (self, vs_editor_window_field_path (self->error_field));
}

void
vs_editor_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.redo", NULL, redo_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.save-as", NULL, save_as_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.add-subject", NULL,
                                   add_subject_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.add-feature", NULL,
                                   add_feature_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.move-subject", "(ui)",
                                   move_subject_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.move-feature", "(ui)",
                                   move_feature_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.remove-subject", "u",
                                   remove_subject_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.remove-feature", "u",
                                   remove_feature_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.show-error", NULL,
                                   vs_editor_window_show_error_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.show-page", "s", show_page_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.add-use-case", NULL,
                                   add_use_case_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.add-company", NULL,
                                   add_company_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.add-question", NULL,
                                   add_question_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.add-choice", "u", add_choice_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.remove-item", "s",
                                   remove_item_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "editor.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "editor.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK,
                                       "editor.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "editor.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.add-feature", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.add-subject", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "editor.show-error", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "editor.show-page", "s", "comparison");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "editor.show-page", "s", "features");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "editor.show-page", "s", "use-cases");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK,
                                       "editor.show-page", "s", "verdict");
}
