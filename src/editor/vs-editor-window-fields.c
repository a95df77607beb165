/* vs-editor-window-fields.c
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

/* The editor's fields: entries, spin buttons and drop-downs bound to a
 * path of the draft, which commit their text as one edit and carry the
 * error mark of their path.
 */

/* ------------------------------------------------------------------------ */
/* Fields                                                                    */
/* ------------------------------------------------------------------------ */

const char *
vs_editor_window_field_path (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), PATH_KEY);
}

void
vs_editor_window_register_field (VsEditorWindow *self,
                                 GtkWidget      *widget,
                                 const char     *path)
{
  g_object_set_data_full (G_OBJECT (widget), PATH_KEY, g_strdup (path), g_free);
  g_hash_table_insert (self->fields, g_strdup (path), widget);
}

/* Another path for the same field: an error about a whole subject or
 * feature marks its name.
 */
void
vs_editor_window_alias_field (VsEditorWindow *self,
                              GtkWidget      *widget,
                              const char     *path)
{
  g_hash_table_insert (self->fields, g_strdup (path), widget);
}

void
vs_editor_window_set_accessible_label (GtkWidget  *widget,
                                       const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
field_changed_cb (GtkEditable    *editable,
                  VsEditorWindow *self)
{
  const char *path = vs_editor_window_field_path (GTK_WIDGET (editable));
  FieldKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), KIND_KEY));
  const char *text = gtk_editable_get_text (editable);

  if (self->building || kind == FIELD_CATEGORY)
    return;

  self->editing = TRUE;
  if (kind == FIELD_NUMBER)
    vs_draft_edit_number (self->draft, path, text);
  else if (kind == FIELD_LIST)
    vs_draft_edit_list (self->draft, path, text);
  else if (g_strcmp0 (path, "$.verdict.intro") == 0 && *text == '\0' &&
           vs_draft_get_length (self->draft, "$.verdict.questions") == 0)
    /* An introduction alone made the verdict: without it, it goes. */
    vs_draft_remove (self->draft, "$.verdict");
  else
    vs_draft_edit_text (self->draft, path, text, kind == FIELD_OPTIONAL_TEXT);
  self->editing = FALSE;

  /* The Features page names the subjects in its header. */
  if (g_str_has_prefix (path, "$.subjects["))
    self->features_stale = TRUE;

  /* The features' rows name their category. */
  if (g_str_has_prefix (path, "$.categories["))
    vs_editor_window_refresh_fields (self);
}

/* A feature's category is a name: it is set, and made if new, once typed. */
static void
commit_category (VsEditorWindow *self,
                 GtkEditable    *editable)
{
  const char *path = vs_editor_window_field_path (GTK_WIDGET (editable));
  guint64 feature = g_ascii_strtoull (path + strlen ("$.features["), NULL, 10);
  const char *id = vs_draft_get_string (self->draft, path);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  g_autofree char *current = NULL;

  for (guint i = 0; id != NULL && i < vs_draft_get_length (self->draft, "$.categories"); i++)
    {
      g_autofree char *id_path = g_strdup_printf ("$.categories[%u].id", i);
      g_autofree char *name_path = g_strdup_printf ("$.categories[%u].name", i);

      if (g_strcmp0 (vs_draft_get_string (self->draft, id_path), id) == 0)
        current = g_strdup (vs_draft_get_string (self->draft, name_path));
    }

  if (g_strcmp0 (current ? current : "", text) == 0)
    return;

  self->editing = TRUE;
  vs_draft_set_feature_category (self->draft, feature, text);
  self->editing = FALSE;
}

static void
category_activated_cb (GtkEditable    *editable,
                       VsEditorWindow *self)
{
  commit_category (self, editable);
}

static void
field_left_cb (GtkEventControllerFocus *controller,
               VsEditorWindow          *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  FieldKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), KIND_KEY));

  if (self->building || gtk_widget_in_destruction (widget))
    return;

  if (kind == FIELD_CATEGORY)
    commit_category (self, GTK_EDITABLE (widget));
  vs_draft_break_merge (self->draft);
}

/* The text of the string or number at @path; NULL if there is none. */
char *
vs_editor_window_dup_value_text (VsEditorWindow *self,
                                 const char     *path)
{
  JsonNode *node = vs_draft_lookup (self->draft, path);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* A list of strings, as it is typed. */
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      GString *text = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)
            g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "",
                                    json_node_get_string (item));
        }

      return g_string_free (text, FALSE);
    }

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.10g", json_node_get_double (node)));
}

/* Sets up @editable to edit @path: its text, and what typing does. The
 * window's Undo takes Ctrl+Z, not the entry's own.
 */
static void
bind_editable (VsEditorWindow *self,
               GtkWidget      *editable,
               const char     *path,
               FieldKind       kind)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char *text = kind == FIELD_CATEGORY ? NULL : vs_editor_window_dup_value_text (self,
                                                                                           path);

  vs_editor_window_register_field (self, editable, path);
  g_object_set_data (G_OBJECT (editable), KIND_KEY, GUINT_TO_POINTER (kind));
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (editable), text);
  gtk_editable_set_enable_undo (GTK_EDITABLE (editable), FALSE);
  g_signal_connect_object (editable, "changed", G_CALLBACK (field_changed_cb), self, 0);
  if (kind == FIELD_CATEGORY)
    g_signal_connect_object (editable, "activate", G_CALLBACK (category_activated_cb), self, 0);

  g_signal_connect_object (focus, "leave", G_CALLBACK (field_left_cb), self, 0);
  gtk_widget_add_controller (editable, focus);
}

GtkWidget *
vs_editor_window_make_entry (VsEditorWindow *self,
                             const char     *path,
                             FieldKind       kind,
                             int             width_chars,
                             const char     *placeholder,
                             const char     *label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  if (kind == FIELD_NUMBER)
    gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), width_chars + 2);
  if (placeholder != NULL)
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  vs_editor_window_set_accessible_label (entry, label);
  bind_editable (self, entry, path, kind);

  return entry;
}

GtkWidget *
vs_editor_window_make_entry_row (VsEditorWindow *self,
                                 const char     *title,
                                 const char     *path,
                                 FieldKind       kind)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  bind_editable (self, row, path, kind);

  return row;
}

GtkWidget *
vs_editor_window_make_icon_button (VsEditorWindow *self,
                                   const char     *icon_name,
                                   const char     *tooltip,
                                   const char     *action,
                                   GVariant       *target,
                                   const char     *path)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  vs_editor_window_set_accessible_label (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  vs_editor_window_register_field (self, button, path);

  return button;
}

/* Move up, move down and remove, for an element of @array. */
void
vs_editor_window_add_element_buttons (VsEditorWindow *self,
                                      GtkWidget      *box,
                                      const char     *array,
                                      const char     *kind,
                                      guint           index,
                                      guint           length)
{
  g_autofree char *up_path = g_strdup_printf ("%s[%u]/up", array, index);
  g_autofree char *down_path = g_strdup_printf ("%s[%u]/down", array, index);
  g_autofree char *remove_path = g_strdup_printf ("%s[%u]/remove", array, index);
  g_autofree char *move_action = g_strdup_printf ("editor.move-%s", kind);
  g_autofree char *remove_action = g_strdup_printf ("editor.remove-%s", kind);
  GtkWidget *button;

  button = vs_editor_window_make_icon_button (self, "go-up-symbolic", _("Move Up"), move_action,
                                              g_variant_new ("(ui)", index, -1), up_path);
  gtk_widget_set_sensitive (button, index > 0);
  gtk_box_append (GTK_BOX (box), button);

  button = vs_editor_window_make_icon_button (self, "go-down-symbolic", _("Move Down"), move_action,
                                              g_variant_new ("(ui)", index, 1), down_path);
  gtk_widget_set_sensitive (button, index + 1 < length);
  gtk_box_append (GTK_BOX (box), button);

  button = vs_editor_window_make_icon_button (self, "user-trash-symbolic", _("Remove"),
                                              remove_action,
                                              g_variant_new_uint32 (index), remove_path);
  gtk_box_append (GTK_BOX (box), button);
}

