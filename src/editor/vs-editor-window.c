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
#include "vs-display-text.h"
#include "vs-editor-window.h"
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
 * saved as a copy.
 */

struct _VsEditorWindow
{
  AdwApplicationWindow parent_instance;

  VsDraft *draft;
  GFile *file;
  gboolean builtin;

  /* Path → the field that edits it (not owned), for the error mark and
   * the focus.
   */
  GHashTable *fields;
  GtkWidget *error_field;
  /* An edit made by a field, which the fields already show. */
  gboolean editing;
  /* The fields are being made: their signals are not edits. */
  gboolean building;
  /* The subjects' names in the Features page's header are out of date. */
  gboolean features_stale;
  /* What the fields were made for (dup_shape(), dup_subject_names()). */
  char *shape;
  char *subject_names;
  /* The window closes once saved, or without saving. */
  gboolean close_after_save;
  gboolean closing;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack *view_stack;
  GtkRevealer *copy_revealer;
  GtkRevealer *error_revealer;
  GtkLabel *error_label;
  GtkBox *comparison_box;
  GtkBox *features_box;
  GtkBox *use_cases_box;
  GtkBox *verdict_box;
};

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

/* What a field edits. */
typedef enum
{
  FIELD_TEXT,           /* required text */
  FIELD_OPTIONAL_TEXT,  /* text, removed when empty */
  FIELD_NUMBER,         /* a number, removed when empty */
  FIELD_CATEGORY,       /* a feature's category, by name */
} FieldKind;

#define PATH_KEY "vs-editor-path"
#define KIND_KEY "vs-editor-kind"

static void rebuild (VsEditorWindow *self);

/* ------------------------------------------------------------------------ */
/* Fields                                                                    */
/* ------------------------------------------------------------------------ */

static const char *
field_path (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), PATH_KEY);
}

static void
register_field (VsEditorWindow *self,
                GtkWidget      *widget,
                const char     *path)
{
  g_object_set_data_full (G_OBJECT (widget), PATH_KEY, g_strdup (path), g_free);
  g_hash_table_insert (self->fields, g_strdup (path), widget);
}

/* Another path for the same field: an error about a whole subject or
 * feature marks its name.
 */
static void
alias_field (VsEditorWindow *self,
             GtkWidget      *widget,
             const char     *path)
{
  g_hash_table_insert (self->fields, g_strdup (path), widget);
}

static void
set_accessible_label (GtkWidget  *widget,
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
  const char *path = field_path (GTK_WIDGET (editable));
  FieldKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), KIND_KEY));
  const char *text = gtk_editable_get_text (editable);

  if (self->building || kind == FIELD_CATEGORY)
    return;

  self->editing = TRUE;
  if (kind == FIELD_NUMBER)
    vs_draft_edit_number (self->draft, path, text);
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
}

/* A feature's category is a name: it is set, and made if new, once typed. */
static void
commit_category (VsEditorWindow *self,
                 GtkEditable    *editable)
{
  const char *path = field_path (GTK_WIDGET (editable));
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
static char *
dup_value_text (VsEditorWindow *self,
                const char     *path)
{
  JsonNode *node = vs_draft_lookup (self->draft, path);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

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
  g_autofree char *text = kind == FIELD_CATEGORY ? NULL : dup_value_text (self, path);

  register_field (self, editable, path);
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

static GtkWidget *
make_entry (VsEditorWindow *self,
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
  set_accessible_label (entry, label);
  bind_editable (self, entry, path, kind);

  return entry;
}

static GtkWidget *
make_entry_row (VsEditorWindow *self,
                const char     *title,
                const char     *path,
                FieldKind       kind)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  bind_editable (self, row, path, kind);

  return row;
}

static GtkWidget *
make_icon_button (VsEditorWindow *self,
                  const char     *icon_name,
                  const char     *tooltip,
                  const char     *action,
                  GVariant       *target,
                  const char     *path)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  set_accessible_label (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  register_field (self, button, path);

  return button;
}

/* Move up, move down and remove, for an element of @array. */
static void
add_element_buttons (VsEditorWindow *self,
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

  button = make_icon_button (self, "go-up-symbolic", _("Move Up"), move_action,
                             g_variant_new ("(ui)", index, -1), up_path);
  gtk_widget_set_sensitive (button, index > 0);
  gtk_box_append (GTK_BOX (box), button);

  button = make_icon_button (self, "go-down-symbolic", _("Move Down"), move_action,
                             g_variant_new ("(ui)", index, 1), down_path);
  gtk_widget_set_sensitive (button, index + 1 < length);
  gtk_box_append (GTK_BOX (box), button);

  button = make_icon_button (self, "user-trash-symbolic", _("Remove"), remove_action,
                             g_variant_new_uint32 (index), remove_path);
  gtk_box_append (GTK_BOX (box), button);
}

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
  vs_draft_set (self->draft, field_path (GTK_WIDGET (button)), node);
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
  set_accessible_label (button, label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  register_field (self, button, path);
  g_signal_connect_object (button, "color-set", G_CALLBACK (color_set_cb), self, 0);

  return button;
}

static void
build_comparison_page (VsEditorWindow *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *subjects = adw_preferences_group_new ();
  GtkWidget *add_button;
  guint n_subjects = vs_draft_get_length (self->draft, "$.subjects");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Comparison"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             make_entry_row (self, _("Title"), "$.title", FIELD_TEXT));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             make_entry_row (self, _("Subtitle"), "$.subtitle",
                                             FIELD_OPTIONAL_TEXT));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             make_entry_row (self, _("Description"), "$.description",
                                             FIELD_OPTIONAL_TEXT));
  gtk_box_append (self->comparison_box, group);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (subjects), _("Subjects"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (subjects),
                                         _("What the comparison compares: 2 to 32."));
  add_button = gtk_button_new_with_mnemonic (_("_Add Subject"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_button), "editor.add-subject");
  gtk_widget_set_tooltip_text (add_button, _("Add Subject (Shift+Ctrl+Enter)"));
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  register_field (self, add_button, "$.subjects/add");
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
      GtkWidget *row = make_entry_row (self, title, name_path, FIELD_TEXT);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      alias_field (self, row, path);
      gtk_box_append (GTK_BOX (box), make_color_button (self, color_path, color_label));
      add_element_buttons (self, box, "$.subjects", "subject", i, n_subjects);
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
  vs_draft_set (self->draft, field_path (GTK_WIDGET (drop_down)), node);
  self->editing = FALSE;
}

/* The advantage's place in its drop-down: none, the subjects, a tie. */
static guint
advantage_position (VsEditorWindow *self,
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
  guint selected = advantage_position (self, path);
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
  set_accessible_label (drop_down, label);
  register_field (self, drop_down, path);
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (advantage_selected_cb),
                           self, 0);

  return drop_down;
}

static char *
category_name (VsEditorWindow *self,
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

static void
build_features_page (VsEditorWindow *self)
{
  guint n_subjects = vs_draft_get_length (self->draft, "$.subjects");
  guint n_features = vs_draft_get_length (self->draft, "$.features");
  g_auto(GStrv) ids = g_new0 (char *, n_subjects + 1);
  g_auto(GStrv) names = g_new0 (char *, n_subjects + 1);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *add_button;
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
      g_autofree char *category = category_name (self, vs_draft_get_string (self->draft,
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

      name = make_entry (self, name_path, FIELD_TEXT, 16, _("Name"), name_label);
      alias_field (self, name, path);
      gtk_grid_attach (GTK_GRID (grid), name, 0, row, 1, 1);

      entry = make_entry (self, category_path, FIELD_CATEGORY, 12, _("None"), category_label);
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
                           make_entry (self, value_path, FIELD_OPTIONAL_TEXT, 12, _("Value"),
                                       value_label),
                           2 + 2 * s, row, 1, 1);
          /* Translators: the placeholder of a score field: scores go from 0 to 5 */
          gtk_grid_attach (GTK_GRID (grid),
                           make_entry (self, score_path, FIELD_NUMBER, 3, _("0–5"),
                                       score_label),
                           3 + 2 * s, row, 1, 1);
        }

      gtk_grid_attach (GTK_GRID (grid),
                       make_advantage (self, advantage_path, ids, names, advantage_label),
                       column, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid),
                       make_entry (self, source_path, FIELD_OPTIONAL_TEXT, 8, _("Source id"),
                                   source_label),
                       column + 1, row, 1, 1);

      buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      add_element_buttons (self, buttons, "$.features", "feature", f, n_features);
      gtk_grid_attach (GTK_GRID (grid), buttons, column + 2, row, 1, 1);
    }
  gtk_box_append (self->features_box, grid);

  add_button = gtk_button_new_with_mnemonic (_("_Add Feature"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_button), "editor.add-feature");
  gtk_widget_set_tooltip_text (add_button, _("Add Feature (Ctrl+Enter)"));
  gtk_widget_set_halign (add_button, GTK_ALIGN_START);
  register_field (self, add_button, "$.features/add");
  gtk_box_append (self->features_box, add_button);

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
  register_field (self, button, path);

  return button;
}

static GtkWidget *
make_remove_button (VsEditorWindow *self,
                    const char     *path,
                    const char     *label)
{
  g_autofree char *button_path = g_strdup_printf ("%s/remove", path);
  GtkWidget *button = make_icon_button (self, "user-trash-symbolic", label, "editor.remove-item",
                                        g_variant_new_string (path), button_path);

  return button;
}

static void
subject_toggled_cb (GtkCheckButton *check,
                    VsEditorWindow *self)
{
  /* The check sits in a flow box child, which knows the list's path. */
  const char *path = field_path (gtk_widget_get_parent (GTK_WIDGET (check)));
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
  register_field (self, row, path);

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
      alias_field (self, gtk_widget_get_parent (check), element_path);
    }

  return row;
}

static void
build_use_cases_page (VsEditorWindow *self)
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
      /* Translators: the title of a use case's fields: Use Case 1, Use Case 2… */
      g_autofree char *title = g_strdup_printf (_("Use Case %u"), i + 1);
      GtkWidget *name;

      group = make_group (title, NULL, make_remove_button (self, path, _("Remove Use Case")));
      name = make_entry_row (self, _("Name"), name_path, FIELD_TEXT);
      alias_field (self, name, path);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), name);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 make_entry_row (self, _("Description"), description_path,
                                                 FIELD_OPTIONAL_TEXT));
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
      name = make_entry_row (self, _("Name"), name_path, FIELD_TEXT);
      alias_field (self, name, path);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), name);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 make_entry_row (self, _("Sector"), sector_path,
                                                 FIELD_OPTIONAL_TEXT));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 make_subject_checks (self, subjects_path, _("Uses"),
                                                      ids, names));
      gtk_box_append (self->use_cases_box, group);
    }
}

static void
build_verdict_page (VsEditorWindow *self)
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
  intro = make_entry_row (self, _("Introduction"), "$.verdict.intro", FIELD_OPTIONAL_TEXT);
  alias_field (self, intro, "$.verdict");
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
      prompt = make_entry_row (self, _("Question"), prompt_path, FIELD_TEXT);
      alias_field (self, prompt, path);
      alias_field (self, prompt, choices_path);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), prompt);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 make_entry_row (self, _("Help"), help_path,
                                                 FIELD_OPTIONAL_TEXT));

      for (guint c = 0; c < n_choices; c++)
        {
          g_autofree char *choice_path = g_strdup_printf ("%s[%u]", choices_path, c);
          g_autofree char *label_path = g_strdup_printf ("%s.label", choice_path);
          /* Translators: the title of an answer's field: Answer 1, Answer 2… */
          g_autofree char *choice_title = g_strdup_printf (_("Answer %u"), c + 1);
          GtkWidget *row = make_entry_row (self, choice_title, label_path, FIELD_TEXT);
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

          alias_field (self, row, choice_path);
          for (guint s = 0; ids[s] != NULL; s++)
            {
              g_autofree char *weight_path = g_strdup_printf ("%s.weights.%s", choice_path,
                                                              ids[s]);
              /* Translators: “Weight of Answer 1 for Node.js” */
              g_autofree char *weight_label = g_strdup_printf (_("Weight of %s for %s"),
                                                               choice_title, names[s]);
              GtkWidget *weight = make_entry (self, weight_path, FIELD_NUMBER, 3, names[s],
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
show_error (VsEditorWindow *self)
{
  const GError *error = vs_draft_get_error (self->draft);
  const char *path = vs_draft_get_error_path (self->draft);

  if (self->error_field != NULL)
    {
      gtk_widget_remove_css_class (self->error_field, "error");
      gtk_widget_set_tooltip_text (self->error_field, NULL);
      g_clear_weak_pointer (&self->error_field);
    }

  gtk_revealer_set_reveal_child (self->error_revealer, error != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.show-error", error != NULL);
  if (error == NULL)
    return;

  /* Plain text: the message quotes the comparison's own text. */
  gtk_label_set_text (self->error_label, error->message);

  if (path != NULL)
    {
      GtkWidget *field = find_field (self, path);

      if (field != NULL)
        {
          g_set_weak_pointer (&self->error_field, field);
          gtk_widget_add_css_class (field, "error");
          gtk_widget_set_tooltip_text (field, error->message);
        }
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
    if (field_path (focus) != NULL)
      return g_strdup (field_path (focus));

  return NULL;
}

static void
focus_field (VsEditorWindow *self,
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
    "$.subjects", "$.features", "$.use_cases", "$.companies", "$.verdict.questions",
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
static void
refresh_fields (VsEditorWindow *self)
{
  GHashTableIter iter;
  gpointer value;

  self->building = TRUE;
  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GtkWidget *widget = value;
      const char *path = field_path (widget);

      if (path == NULL)
        continue;

      if (GTK_IS_EDITABLE (widget))
        {
          FieldKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), KIND_KEY));
          g_autofree char *text = NULL;

          if (kind == FIELD_CATEGORY)
            text = category_name (self, vs_draft_get_string (self->draft, path));
          else
            text = dup_value_text (self, path);
          if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text ? text : "") != 0)
            gtk_editable_set_text (GTK_EDITABLE (widget), text ? text : "");
        }
      else if (GTK_IS_DROP_DOWN (widget))
        {
          gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), advantage_position (self, path));
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
  build_comparison_page (self);
  build_features_page (self);
  build_use_cases_page (self);
  build_verdict_page (self);
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
    focus_field (self, focus);
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
          refresh_fields (self);
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

static void save_as (VsEditorWindow *self);
static void close_soon (VsEditorWindow *self);

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  VsEditorWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (vs_editor_window_save_to (self, file) && self->close_after_save)
        close_soon (self);
    }
  self->close_after_save = FALSE;

  g_object_unref (dialog);
}

static void
save_as (VsEditorWindow *self)
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
static gboolean
save (VsEditorWindow *self)
{
  if (self->file == NULL)
    {
      save_as (self);
      return FALSE;
    }

  return vs_editor_window_save_to (self, self->file);
}

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
  save (VS_EDITOR_WINDOW (widget));
}

static void
save_as_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  save_as (VS_EDITOR_WINDOW (widget));
}

/* A new subject or feature: its name field has the focus, all selected,
 * so that typing names it.
 */
static void
focus_new (VsEditorWindow *self,
           const char     *path)
{
  GtkWidget *field;

  focus_field (self, path);
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
  focus_new (self, path);
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
  focus_new (self, path);
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
  focus_field (self, focus);
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
  focus_field (self, "$.subjects/add");
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
  focus_field (self, "$.features/add");
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
  focus_new (self, focus);
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
  focus_field (self, add);
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
    focus_new (self, vs_draft_get_length (self->draft, "$.features") > 0 ? "$.features[0].name"
                                                                        : "$.features/add");
  else if (g_strcmp0 (page, "use-cases") == 0)
    focus_new (self, "$.use_cases/add");
  else if (g_strcmp0 (page, "verdict") == 0)
    focus_new (self, "$.verdict.intro");
  else
    focus_new (self, "$.title");
}

static void
show_error_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VsEditorWindow *self = VS_EDITOR_WINDOW (widget);

  if (self->error_field != NULL)
    focus_field (self, field_path (self->error_field));
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
      if (save (self))
        close_soon (self);
      else if (self->file != NULL)
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
  AdwMessageDialog *dialog;

  if (self->closing || !vs_draft_get_modified (self->draft))
    return GTK_WINDOW_CLASS (vs_editor_window_parent_class)->close_request (window);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Save Changes?"), NULL));
  adw_message_dialog_set_body (dialog, _("The changes to this comparison are lost if it is "
                                         "closed without saving."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

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
  focus_new (self, "$.title");
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
  g_clear_pointer (&self->fields, g_hash_table_unref);
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
                                   show_error_action_cb);
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
      show_error_action_cb (GTK_WIDGET (self), NULL, NULL);
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
