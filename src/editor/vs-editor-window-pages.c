/* vs-editor-window-pages.c
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

/* The editor's four pages, made of fields from the draft's tree: made
 * again when the draft's shape changes (an element added, removed or
 * moved), refreshed in place otherwise.
 */

/* ------------------------------------------------------------------------ */
/* The Comparison page                                                       */
/* ------------------------------------------------------------------------ */

static void
color_set_cb (GtkColorButton *button,
              VsEditorWindow *self)
{
  GdkRGBA rgba;
  g_autofree char *color = NULL;
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  color = g_strdup_printf ("#%02x%02x%02x", (guint) (rgba.red * 255 + 0.5),
                           (guint) (rgba.green * 255 + 0.5), (guint) (rgba.blue * 255 + 0.5));
  json_node_set_string (node, color);

  self->editing = TRUE;
  vs_draft_set (self->draft, vs_editor_window_field_path (GTK_WIDGET (button)), node);
  self->editing = FALSE;
}

static GtkWidget *
make_color_button (VsEditorWindow *self,
                   const char     *path,
                   const char     *label)
{
  const char *color = vs_draft_get_string (self->draft, path);
  GtkWidget *button = gtk_color_button_new ();
  GdkRGBA rgba = { 0.6, 0.6, 0.6, 1.0 };

  if (color != NULL)
    gdk_rgba_parse (&rgba, color);
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (button), FALSE);
  gtk_color_button_set_title (GTK_COLOR_BUTTON (button), label);
  gtk_widget_set_tooltip_text (button, label);
  vs_editor_window_set_accessible_label (button, label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  vs_editor_window_register_field (self, button, path);
  g_signal_connect_object (button, "color-set", G_CALLBACK (color_set_cb), self, 0);

  return button;
}

void
vs_editor_window_build_comparison_page (VsEditorWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *subjects = adw_preferences_group_new ();
  GtkWidget *add_button;
  guint n_subjects = vs_draft_get_length (self->draft, "$.subjects");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Comparison"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vs_editor_window_make_entry_row (self, _("Title"), "$.title",
                                                              FIELD_TEXT));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vs_editor_window_make_entry_row (self, _("Subtitle"), "$.subtitle",
                                                              FIELD_OPTIONAL_TEXT));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             vs_editor_window_make_entry_row (self, _("Description"),
                                                              "$.description",
                                                              FIELD_OPTIONAL_TEXT));
  gtk_box_append (self->comparison_box, group);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (subjects), _("Subjects"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (subjects),
                                         _("What the comparison compares: 2 to 32."));
  add_button = gtk_button_new_with_mnemonic (_("_Add Subject"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_button), "editor.add-subject");
  gtk_widget_set_tooltip_text (add_button, _("Add Subject (Shift+Ctrl+Enter)"));
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  vs_editor_window_register_field (self, add_button, "$.subjects/add");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (subjects), add_button);

  for (guint i = 0; i < n_subjects; i++)
    {
      g_autofree char *path = g_strdup_printf ("$.subjects[%u]", i);
      g_autofree char *name_path = g_strdup_printf ("%s.name", path);
      g_autofree char *color_path = g_strdup_printf ("%s.color", path);
      /* Translators: the title of a subject's name field: Subject 1, Subject 2… */
      g_autofree char *title = g_strdup_printf (_("Subject %u"), i + 1);
      /* Translators: the placeholder is a subject's number */
      g_autofree char *color_label = g_strdup_printf (_("Colour of Subject %u"), i + 1);
      GtkWidget *row = vs_editor_window_make_entry_row (self, title, name_path, FIELD_TEXT);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      vs_editor_window_alias_field (self, row, path);
      gtk_box_append (GTK_BOX (box), make_color_button (self, color_path, color_label));
      vs_editor_window_add_element_buttons (self, box, "$.subjects", "subject", i, n_subjects);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), box);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (subjects), row);
    }
  gtk_box_append (self->comparison_box, subjects);
}

/* ------------------------------------------------------------------------ */
/* The Features page                                                         */
/* ------------------------------------------------------------------------ */

static void
advantage_selected_cb (GtkDropDown    *drop_down,
                       GParamSpec     *pspec,
                       VsEditorWindow *self)
{
  guint selected = gtk_drop_down_get_selected (drop_down);
  guint n_subjects = vs_draft_get_length (self->draft, "$.subjects");
  JsonNode *node = NULL;

  if (self->building)
    return;

  if (selected > 0 && selected <= n_subjects)
    {
      g_autofree char *id_path = g_strdup_printf ("$.subjects[%u].id", selected - 1);

      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (node, vs_draft_get_string (self->draft, id_path));
    }
  else if (selected == n_subjects + 1)
    {
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (node, "tie");
    }

  self->editing = TRUE;
  vs_draft_set (self->draft, vs_editor_window_field_path (GTK_WIDGET (drop_down)), node);
  self->editing = FALSE;
}

/* The advantage's place in its drop-down: none, the subjects, a tie. */
guint
vs_editor_window_advantage_position (VsEditorWindow *self,
                                     const char     *path)
{
  const char *advantage = vs_draft_get_string (self->draft, path);
  guint n_subjects = vs_draft_get_length (self->draft, "$.subjects");

  if (g_strcmp0 (advantage, "tie") == 0)
    return n_subjects + 1;

  for (guint i = 0; advantage != NULL && i < n_subjects; i++)
    {
      g_autofree char *id_path = g_strdup_printf ("$.subjects[%u].id", i);

      if (g_strcmp0 (vs_draft_get_string (self->draft, id_path), advantage) == 0)
        return i + 1;
    }

  return 0;
}

static GtkWidget *
make_advantage (VsEditorWindow *self,
                const char     *path,
                char          **subject_ids,
                char          **subject_names,
                const char     *label)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  guint selected = vs_editor_window_advantage_position (self, path);
  guint n = g_strv_length (subject_ids);
  GtkWidget *drop_down;

  /* Translators: no subject has the advantage on a feature */
  gtk_string_list_append (choices, C_("advantage", "None"));
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (choices, subject_names[i]);
  gtk_string_list_append (choices, C_("advantage", "Tie"));

  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&choices)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), selected);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  vs_editor_window_set_accessible_label (drop_down, label);
  vs_editor_window_register_field (self, drop_down, path);
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (advantage_selected_cb),
                           self, 0);

  return drop_down;
}

char *
vs_editor_window_category_name (VsEditorWindow *self,
                                const char     *id)
{
  for (guint i = 0; id != NULL && i < vs_draft_get_length (self->draft, "$.categories"); i++)
    {
      g_autofree char *id_path = g_strdup_printf ("$.categories[%u].id", i);
      g_autofree char *name_path = g_strdup_printf ("$.categories[%u].name", i);

      if (g_strcmp0 (vs_draft_get_string (self->draft, id_path), id) == 0)
        return g_strdup (vs_draft_get_string (self->draft, name_path));
    }

  return g_strdup (id);
}

static GtkWidget *
make_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "heading");

  return label;
}

void
vs_editor_window_build_features_page (VsEditorWindow *self)
{
  guint n_subjects = vs_draft_get_length (self->draft, "$.subjects");
  guint n_features = vs_draft_get_length (self->draft, "$.features");
  g_auto(GStrv) ids = g_new0 (char *, n_subjects + 1);
  g_auto(GStrv) names = g_new0 (char *, n_subjects + 1);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *add_button;
  guint n_categories;
  int column;

  for (guint s = 0; s < n_subjects; s++)
    {
      g_autofree char *id_path = g_strdup_printf ("$.subjects[%u].id", s);
      g_autofree char *name_path = g_strdup_printf ("$.subjects[%u].name", s);
      const char *id = vs_draft_get_string (self->draft, id_path);
      const char *name = vs_draft_get_string (self->draft, name_path);

      ids[s] = g_strdup (id ? id : "");
      names[s] = g_strdup (name ? name : "");
    }

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_add_css_class (grid, "vs-editor-table");

  /* The header: a value and a score per subject. */
  gtk_grid_attach (GTK_GRID (grid), make_heading (_("Feature")), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), make_heading (_("Category")), 1, 0, 1, 1);
  for (guint s = 0; s < n_subjects; s++)
    {
      GtkWidget *heading = make_heading (names[s]);

      gtk_widget_add_css_class (heading, "vs-editor-subject");
      gtk_grid_attach (GTK_GRID (grid), heading, 2 + 2 * s, 0, 2, 1);
    }
  column = 2 + 2 * n_subjects;
  gtk_grid_attach (GTK_GRID (grid), make_heading (_("Advantage")), column, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), make_heading (_("Source")), column + 1, 0, 1, 1);

  for (guint f = 0; f < n_features; f++)
    {
      g_autofree char *path = g_strdup_printf ("$.features[%u]", f);
      g_autofree char *name_path = g_strdup_printf ("%s.name", path);
      g_autofree char *category_path = g_strdup_printf ("%s.category", path);
      g_autofree char *advantage_path = g_strdup_printf ("%s.advantage", path);
      g_autofree char *source_path = g_strdup_printf ("%s.source", path);
      g_autofree char *category = vs_editor_window_category_name (self,
                                                                  vs_draft_get_string (self->draft,
                                                                             category_path));
      const char *feature_name = vs_draft_get_string (self->draft, name_path);
      /* Translators: the placeholder is a feature's number */
      g_autofree char *name_label = g_strdup_printf (_("Name of feature %u"), f + 1);
      g_autofree char *category_label = g_strdup_printf (_("Category of feature %u"), f + 1);
      g_autofree char *advantage_label = g_strdup_printf (_("Advantage of feature %u"), f + 1);
      g_autofree char *source_label = g_strdup_printf (_("Source of feature %u"), f + 1);
      GtkWidget *name;
      GtkWidget *entry;
      GtkWidget *buttons;
      int row = f + 1;

      name = vs_editor_window_make_entry (self, name_path, FIELD_TEXT, 16, _("Name"), name_label);
      vs_editor_window_alias_field (self, name, path);
      gtk_grid_attach (GTK_GRID (grid), name, 0, row, 1, 1);

      entry = vs_editor_window_make_entry (self, category_path, FIELD_CATEGORY, 12, _("None"),
                                           category_label);
      self->building = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (entry), category ? category : "");
      self->building = FALSE;
      gtk_grid_attach (GTK_GRID (grid), entry, 1, row, 1, 1);

      for (guint s = 0; s < n_subjects; s++)
        {
          g_autofree char *value_path = g_strdup_printf ("%s.values.%s", path, ids[s]);
          g_autofree char *score_path = g_strdup_printf ("%s.scores.%s", path, ids[s]);
          /* Translators: a subject's value of a feature: “Node.js: Speed” */
          g_autofree char *value_label = g_strdup_printf (_("%s: %s"), names[s],
                                                          feature_name ? feature_name : "");
          /* Translators: a subject's score on a feature: “Node.js score: Speed” */
          g_autofree char *score_label = g_strdup_printf (_("%s score: %s"), names[s],
                                                          feature_name ? feature_name : "");

          gtk_grid_attach (GTK_GRID (grid),
                           vs_editor_window_make_entry (self, value_path, FIELD_OPTIONAL_TEXT, 12,
                                                        _("Value"),
                                                        value_label),
                           2 + 2 * s, row, 1, 1);
          /* Translators: the placeholder of a score field: scores go from 0 to 5 */
          gtk_grid_attach (GTK_GRID (grid),
                           vs_editor_window_make_entry (self, score_path, FIELD_NUMBER, 3, _("0–5"),
                                                        score_label),
                           3 + 2 * s, row, 1, 1);
        }

      gtk_grid_attach (GTK_GRID (grid),
                       make_advantage (self, advantage_path, ids, names, advantage_label),
                       column, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid),
                       vs_editor_window_make_entry (self, source_path, FIELD_OPTIONAL_TEXT, 8,
                                                    _("Source id"),
                                                    source_label),
                       column + 1, row, 1, 1);

      buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      vs_editor_window_add_element_buttons (self, buttons, "$.features", "feature", f, n_features);
      gtk_grid_attach (GTK_GRID (grid), buttons, column + 2, row, 1, 1);
    }
  gtk_box_append (self->features_box, grid);

  add_button = gtk_button_new_with_mnemonic (_("_Add Feature"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_button), "editor.add-feature");
  gtk_widget_set_tooltip_text (add_button, _("Add Feature (Ctrl+Enter)"));
  gtk_widget_set_halign (add_button, GTK_ALIGN_START);
  vs_editor_window_register_field (self, add_button, "$.features/add");
  gtk_box_append (self->features_box, add_button);

  /* A category is made by typing its name in a feature's row; here it is
   * renamed, for every feature in it.
   */
  n_categories = vs_draft_get_length (self->draft, "$.categories");
  if (n_categories > 0)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Categories"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("Renaming a category renames it in every "
                                               "feature's row."));
      for (guint c = 0; c < n_categories; c++)
        {
          g_autofree char *name_path = g_strdup_printf ("$.categories[%u].name", c);
          /* Translators: the title of a category's name: Category 1, Category 2… */
          g_autofree char *title = g_strdup_printf (_("Category %u"), c + 1);

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                     vs_editor_window_make_entry_row (self, title, name_path,
                                                                      FIELD_TEXT));
        }
      gtk_widget_set_margin_top (group, 18);
      gtk_box_append (self->features_box, group);
    }

  self->features_stale = FALSE;
}

/* ------------------------------------------------------------------------ */
/* The Use Cases and Verdict pages                                           */
/* ------------------------------------------------------------------------ */

/* The subjects' ids and names, in order. */
static void
dup_subjects (VsEditorWindow  *self,
              GStrv           *ids,
              GStrv           *names)
{
  guint n = vs_draft_get_length (self->draft, "$.subjects");
  GStrvBuilder *id_builder = g_strv_builder_new ();
  GStrvBuilder *name_builder = g_strv_builder_new ();

  for (guint s = 0; s < n; s++)
    {
      g_autofree char *id_path = g_strdup_printf ("$.subjects[%u].id", s);
      g_autofree char *name_path = g_strdup_printf ("$.subjects[%u].name", s);
      const char *id = vs_draft_get_string (self->draft, id_path);
      const char *name = vs_draft_get_string (self->draft, name_path);

      g_strv_builder_add (id_builder, id ? id : "");
      g_strv_builder_add (name_builder, name ? name : "");
    }

  *ids = g_strv_builder_end (id_builder);
  *names = g_strv_builder_end (name_builder);
  g_strv_builder_unref (id_builder);
  g_strv_builder_unref (name_builder);
}

static GtkWidget *
make_group (const char *title,
            const char *description,
            GtkWidget  *suffix)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  if (suffix != NULL)
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), suffix);

  return group;
}

static GtkWidget *
make_add_button (VsEditorWindow *self,
                 const char     *label,
                 const char     *action,
                 GVariant       *target,
                 const char     *path)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  vs_editor_window_register_field (self, button, path);

  return button;
}

static GtkWidget *
make_remove_button (VsEditorWindow *self,
                    const char     *path,
                    const char     *label)
{
  g_autofree char *button_path = g_strdup_printf ("%s/remove", path);
  GtkWidget *button = vs_editor_window_make_icon_button (self, "user-trash-symbolic", label,
                                                         "editor.remove-item",
                                                         g_variant_new_string (path), button_path);

  return button;
}

static void
subject_toggled_cb (GtkCheckButton *check,
                    VsEditorWindow *self)
{
  /* The check sits in a flow box child, which knows the list's path. */
  const char *path = vs_editor_window_field_path (gtk_widget_get_parent (GTK_WIDGET (check)));
  const char *id = g_object_get_data (G_OBJECT (check), "vs-editor-subject");

  if (self->building)
    return;

  self->editing = TRUE;
  if (gtk_check_button_get_active (check))
    {
      JsonNode *node = json_node_new (JSON_NODE_VALUE);

      json_node_set_string (node, id);
      vs_draft_insert (self->draft, path, -1, node);
    }
  else
    {
      for (guint i = vs_draft_get_length (self->draft, path); i > 0; i--)
        {
          g_autofree char *element = g_strdup_printf ("%s[%u]", path, i - 1);

          if (g_strcmp0 (vs_draft_get_string (self->draft, element), id) == 0)
            vs_draft_remove (self->draft, element);
        }
    }
  self->editing = FALSE;
}

/* A row of check buttons, one per subject, for the list of subject ids at @path. */
static GtkWidget *
make_subject_checks (VsEditorWindow *self,
                     const char     *path,
                     const char     *title,
                     char          **ids,
                     char          **names)
{
  /* A preferences row, so that the group puts it in its list. */
  GtkWidget *row = g_object_new (ADW_TYPE_PREFERENCES_ROW, "title", title, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 8);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), flow);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  vs_editor_window_register_field (self, row, path);

  for (guint s = 0; ids[s] != NULL; s++)
    {
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, s);
      GtkWidget *check = gtk_check_button_new_with_label (names[s]);
      gboolean active = FALSE;

      for (guint i = 0; i < vs_draft_get_length (self->draft, path); i++)
        {
          g_autofree char *element = g_strdup_printf ("%s[%u]", path, i);
          if (g_strcmp0 (vs_draft_get_string (self->draft, element), ids[s]) == 0)
            active = TRUE;
        }

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
      g_object_set_data_full (G_OBJECT (check), "vs-editor-subject", g_strdup (ids[s]), g_free);
      g_signal_connect_object (check, "toggled", G_CALLBACK (subject_toggled_cb), self, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), check);
      g_object_set_data_full (G_OBJECT (gtk_widget_get_parent (check)), PATH_KEY,
                              g_strdup (path), g_free);
      vs_editor_window_alias_field (self, gtk_widget_get_parent (check), element_path);
    }

  return row;
}

void
vs_editor_window_build_use_cases_page (VsEditorWindow *self)
{
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) names = NULL;
  guint n_use_cases = vs_draft_get_length (self->draft, "$.use_cases");
  guint n_companies = vs_draft_get_length (self->draft, "$.companies");
  GtkWidget *group;

  dup_subjects (self, &ids, &names);

  group = make_group (_("Use Cases"), _("What each subject is the right choice for."),
                      make_add_button (self, _("Add _Use Case"), "editor.add-use-case", NULL,
                                       "$.use_cases/add"));
  gtk_box_append (self->use_cases_box, group);

  for (guint i = 0; i < n_use_cases; i++)
    {
      g_autofree char *path = g_strdup_printf ("$.use_cases[%u]", i);
      g_autofree char *name_path = g_strdup_printf ("%s.name", path);
      g_autofree char *description_path = g_strdup_printf ("%s.description", path);
      g_autofree char *recommended_path = g_strdup_printf ("%s.recommended", path);
      g_autofree char *tags_path = g_strdup_printf ("%s.tags", path);
      /* Translators: the title of a use case's fields: Use Case 1, Use Case 2… */
      g_autofree char *title = g_strdup_printf (_("Use Case %u"), i + 1);
      GtkWidget *name;

      group = make_group (title, NULL, make_remove_button (self, path, _("Remove Use Case")));
      name = vs_editor_window_make_entry_row (self, _("Name"), name_path, FIELD_TEXT);
      vs_editor_window_alias_field (self, name, path);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), name);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 vs_editor_window_make_entry_row (self, _("Description"),
                                                                  description_path,
                                                                  FIELD_OPTIONAL_TEXT));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 vs_editor_window_make_entry_row (self, _("Tags, separated by commas"),
                                                                  tags_path, FIELD_LIST));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 make_subject_checks (self, recommended_path, _("Recommended"),
                                                      ids, names));
      gtk_box_append (self->use_cases_box, group);
    }

  group = make_group (_("Companies"), _("Who uses which subject."),
                      make_add_button (self, _("Add _Company"), "editor.add-company", NULL,
                                       "$.companies/add"));
  gtk_box_append (self->use_cases_box, group);

  for (guint i = 0; i < n_companies; i++)
    {
      g_autofree char *path = g_strdup_printf ("$.companies[%u]", i);
      g_autofree char *name_path = g_strdup_printf ("%s.name", path);
      g_autofree char *sector_path = g_strdup_printf ("%s.sector", path);
      g_autofree char *subjects_path = g_strdup_printf ("%s.subjects", path);
      /* Translators: the title of a company's fields: Company 1, Company 2… */
      g_autofree char *title = g_strdup_printf (_("Company %u"), i + 1);
      GtkWidget *name;

      group = make_group (title, NULL, make_remove_button (self, path, _("Remove Company")));
      name = vs_editor_window_make_entry_row (self, _("Name"), name_path, FIELD_TEXT);
      vs_editor_window_alias_field (self, name, path);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), name);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 vs_editor_window_make_entry_row (self, _("Sector"), sector_path,
                                                                  FIELD_OPTIONAL_TEXT));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 make_subject_checks (self, subjects_path, _("Uses"),
                                                      ids, names));
      gtk_box_append (self->use_cases_box, group);
    }
}

void
vs_editor_window_build_verdict_page (VsEditorWindow *self)
{
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *subject_list = NULL;
  g_autofree char *weights_help = NULL;
  guint n_questions = vs_draft_get_length (self->draft, "$.verdict.questions");
  GtkWidget *group;
  GtkWidget *intro;

  dup_subjects (self, &ids, &names);
  subject_list = g_strjoinv (", ", names);
  /* Translators: the placeholder lists the subjects, in the order of the weight fields */
  weights_help = g_strdup_printf (_("Each answer weighs from −10 to 10 for: %s."), subject_list);

  group = make_group (_("Verdict"), _("The questions of the verdict wizard."),
                      make_add_button (self, _("Add _Question"), "editor.add-question", NULL,
                                       "$.verdict.questions/add"));
  intro = vs_editor_window_make_entry_row (self, _("Introduction"), "$.verdict.intro",
                                           FIELD_OPTIONAL_TEXT);
  vs_editor_window_alias_field (self, intro, "$.verdict");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), intro);
  gtk_box_append (self->verdict_box, group);

  for (guint q = 0; q < n_questions; q++)
    {
      g_autofree char *path = g_strdup_printf ("$.verdict.questions[%u]", q);
      g_autofree char *prompt_path = g_strdup_printf ("%s.prompt", path);
      g_autofree char *help_path = g_strdup_printf ("%s.help", path);
      g_autofree char *choices_path = g_strdup_printf ("%s.choices", path);
      g_autofree char *add_path = g_strdup_printf ("%s/add", choices_path);
      /* Translators: the title of a question's fields: Question 1, Question 2… */
      g_autofree char *title = g_strdup_printf (_("Question %u"), q + 1);
      guint n_choices = vs_draft_get_length (self->draft, choices_path);
      GtkWidget *prompt;
      GtkWidget *add_row;

      group = make_group (title, weights_help,
                          make_remove_button (self, path, _("Remove Question")));
      prompt = vs_editor_window_make_entry_row (self, _("Question"), prompt_path, FIELD_TEXT);
      vs_editor_window_alias_field (self, prompt, path);
      vs_editor_window_alias_field (self, prompt, choices_path);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), prompt);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 vs_editor_window_make_entry_row (self, _("Help"), help_path,
                                                                  FIELD_OPTIONAL_TEXT));

      for (guint c = 0; c < n_choices; c++)
        {
          g_autofree char *choice_path = g_strdup_printf ("%s[%u]", choices_path, c);
          g_autofree char *label_path = g_strdup_printf ("%s.label", choice_path);
          /* Translators: the title of an answer's field: Answer 1, Answer 2… */
          g_autofree char *choice_title = g_strdup_printf (_("Answer %u"), c + 1);
          GtkWidget *row = vs_editor_window_make_entry_row (self, choice_title, label_path,
                                                            FIELD_TEXT);
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

          vs_editor_window_alias_field (self, row, choice_path);
          for (guint s = 0; ids[s] != NULL; s++)
            {
              g_autofree char *weight_path = g_strdup_printf ("%s.weights.%s", choice_path,
                                                              ids[s]);
              /* Translators: “Weight of Answer 1 for Node.js” */
              g_autofree char *weight_label = g_strdup_printf (_("Weight of %s for %s"),
                                                               choice_title, names[s]);
              GtkWidget *weight = vs_editor_window_make_entry (self, weight_path, FIELD_NUMBER, 3,
                                                               names[s],
                                                               weight_label);

              gtk_widget_set_tooltip_text (weight, weight_label);
              gtk_widget_set_valign (weight, GTK_ALIGN_CENTER);
              gtk_box_append (GTK_BOX (box), weight);
            }
          gtk_box_append (GTK_BOX (box), make_remove_button (self, choice_path,
                                                             _("Remove Answer")));
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), box);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }

      add_row = make_add_button (self, _("Add _Answer"), "editor.add-choice",
                                 g_variant_new_uint32 (q), add_path);
      gtk_widget_set_halign (add_row, GTK_ALIGN_START);
      gtk_widget_set_margin_top (add_row, 6);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add_row);
      gtk_box_append (self->verdict_box, group);
    }
}

