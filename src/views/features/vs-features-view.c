/* vs-features-view.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-feature-details.h"
#include "vs-feature-filter.h"
#include "vs-feature-list-model.h"
#include "vs-features-view-private.h"
#include "vs-filter-bar.h"
#include "vs-format.h"
#include "vs-slot-list-model.h"

/* The Features view: every feature of the dataset in a sortable, searchable
 * table. Its rows are a VsFeatureListModel: the features that pass the
 * VsFeatureFilter, in the order of the column view's sorter, each column
 * bringing its own VsFeatureSorter. (It does the work of a GtkFilterListModel
 * and a GtkSortListModel, fast enough for 100,000 features; what it has to
 * prepare for a large dataset, it prepares in a thread, and the view shows
 * its progress when that takes more than a second.) The column view gets
 * them as VsRowSlots, which keep their place when the rows are sorted, and
 * shows their texts in VsTextCells: GTK 4.8 lays out again every row it
 * keeps on each change, and these make that cheap.
 *
 * When the view is too narrow for every column shown at its smallest
 * readable width, an AdwSqueezer shows the same rows as cards instead (a
 * list view over the same selection), sorted with the “Sort” menu: the
 * table then never scrolls sideways.
 *
 * The filters sit beside the search entry; when the view is too narrow for
 * them, an AdwSqueezer folds them into the “Filters” popover, whose controls
 * follow the wide ones. Each drop-down has a list of its own: two drop-downs
 * bound to each other over one list trip over each other when it changes.
 */

/* Work that takes longer than this shows its progress, updated this often. */
#define PROGRESS_DELAY_MS    1000
#define PROGRESS_INTERVAL_MS 100

#define TEMPLATE "/io/github/versusapp/Versus/ui/views/features/vs-features-view.ui"

static void view_iface_init (VsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VsFeaturesView, vs_features_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (VS_TYPE_VIEW, view_iface_init))

enum {
  PROP_0,
  PROP_SORT_COLUMN,
  PROP_SORT_ORDER,
  N_PROPS,
  /* The interface's, overridden. */
  PROP_SESSION = N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* ------------------------------------------------------------------------ */
/* The session                                                              */
/* ------------------------------------------------------------------------ */

/* The view writes into its session what the exports show: the subjects of
 * the columns shown, and its rows (the model, live, which the exports
 * copy). All columns hidden is all subjects shown, as the exports have it.
 */
void
vs_features_view_publish_subjects (VsFeaturesView *self)
{
  g_autoptr(GPtrArray) shown = NULL;
  GListModel *columns;

  if (self->session == NULL || self->dataset == NULL || self->syncing_subjects)
    return;

  /* The columns are Feature, Category, one per subject, then Advantage. */
  shown = g_ptr_array_new ();
  columns = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < vs_dataset_get_n_subjects (self->dataset); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 2 + i);

      if (column != NULL && gtk_column_view_column_get_visible (column))
        g_ptr_array_add (shown, vs_dataset_get_subject (self->dataset, i));
    }

  self->syncing_subjects = TRUE;
  vs_session_set_subjects (self->session, shown);
  self->syncing_subjects = FALSE;
}

/* The columns shown are those of the session's subjects. */
static void
follow_subjects (VsFeaturesView *self)
{
  GPtrArray *subjects = vs_session_get_subjects (self->session);
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  self->syncing_subjects = TRUE;
  for (guint i = 0; i < vs_dataset_get_n_subjects (self->dataset); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 2 + i);
      VsSubject *subject = vs_dataset_get_subject (self->dataset, i);

      if (column != NULL)
        gtk_column_view_column_set_visible (column, g_ptr_array_find (subjects, subject, NULL));
    }
  self->syncing_subjects = FALSE;
}

/* The session no longer shows this view's rows. */
static void
unpublish (VsFeaturesView *self)
{
  if (self->session != NULL && self->model != NULL &&
      vs_session_get_features (self->session) == G_LIST_MODEL (self->model))
    vs_session_set_features (self->session, NULL);
}

/* ------------------------------------------------------------------------ */
/* Filters                                                                  */
/* ------------------------------------------------------------------------ */

static VsCategory *
get_selected_category (VsFeaturesView *self)
{
  guint selected = gtk_drop_down_get_selected (self->category_dropdown);
  GListModel *categories;

  /* The first item is “All categories”. */
  if (self->dataset == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  categories = vs_dataset_get_categories (self->dataset);
  if (selected > g_list_model_get_n_items (categories))
    return NULL;

  /* The dataset holds the category. */
  return g_list_model_get_item (categories, selected - 1);
}

/* The advantage menu is “Anyone leads”, one item per subject, then “Ties”. */
static VsSubject *
get_selected_leader (VsFeaturesView *self)
{
  return vs_filter_bar_get_subject (self->advantage_dropdown, self->dataset);
}

static gboolean
get_ties_selected (VsFeaturesView *self)
{
  guint selected = gtk_drop_down_get_selected (self->advantage_dropdown);

  return (self->dataset != NULL &&
          selected != GTK_INVALID_LIST_POSITION &&
          selected == vs_dataset_get_n_subjects (self->dataset) + 1);
}

/* Says, in markup, which filters leave no feature. */
static char *
describe_filters (VsFeaturesView *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *search = g_strstrip (g_strdup (text));
  g_autofree char *joined = NULL;
  g_autoptr(VsCategory) category = get_selected_category (self);
  VsSubject *leader = get_selected_leader (self);

  /* The description of a status page is markup: the dataset's and the
   * user's text is escaped.
   */
  if (search[0] != '\0')
    g_ptr_array_add (parts, g_markup_printf_escaped (_("the search “%s”"), search));
  if (category != NULL)
    g_ptr_array_add (parts, g_markup_printf_escaped (_("the category “%s”"),
                                                     vs_category_get_name (category)));
  if (leader != NULL)
    g_ptr_array_add (parts, g_markup_printf_escaped (_("the filter “Where %s leads”"),
                                                     vs_subject_get_name (leader)));
  if (get_ties_selected (self))
    g_ptr_array_add (parts, g_markup_escape_text (_("the filter “Ties”"), -1));
  if (gtk_toggle_button_get_active (self->differences_button))
    g_ptr_array_add (parts, g_markup_escape_text (_("the filter “Differences Only”"), -1));

  if (parts->len == 0)
    return g_markup_escape_text (_("No feature matches the filters."), -1);

  joined = vs_format_join_names (parts, FALSE);

  /* Translators: the placeholder is a list of filters, such as
   * “the search “GIL” and the category “Runtime””
   */
  return g_strdup_printf (_("No feature matches %s."), joined);
}

static void
update_results (VsFeaturesView *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  guint n_features = 0;
  g_autofree char *count = NULL;

  if (self->dataset != NULL)
    n_features = g_list_model_get_n_items (vs_dataset_get_features (self->dataset));

  if (n_items == n_features)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u feature", "%u features", n_features),
                             n_features);
  else
    /* Translators: “3 of 16 features” */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u feature", "%u of %u features",
                                          n_features),
                             n_items, n_features);

  gtk_label_set_text (self->count_label, count);
  gtk_label_set_text (self->narrow_count_label, count);

  if (n_items == 0 && n_features > 0)
    {
      g_autofree char *description = describe_filters (self);

      adw_status_page_set_description (self->empty_page, description);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->content_stack, "table");
    }
}

static void
apply_filters (VsFeaturesView *self)
{
  g_autoptr(VsCategory) category = NULL;

  if (self->resetting || self->filter == NULL)
    return;

  category = get_selected_category (self);

  vs_feature_filter_set_search (self->filter,
                                gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  vs_feature_filter_set_category (self->filter, category);
  vs_feature_filter_set_leader (self->filter, get_selected_leader (self));
  vs_feature_filter_set_ties_only (self->filter, get_ties_selected (self));
  vs_feature_filter_set_differences_only (self->filter,
                                          gtk_toggle_button_get_active (self->differences_button));

  /* Folded away, the filters still show that they are on. */
  if (category != NULL ||
      vs_feature_filter_get_leader (self->filter) != NULL ||
      vs_feature_filter_get_ties_only (self->filter) ||
      vs_feature_filter_get_differences_only (self->filter))
    gtk_widget_add_css_class (GTK_WIDGET (self->filters_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filters_button), "accent");

  /* The count may stay at zero while the reason changes. */
  update_results (self);
}

static void
reset_filters (VsFeaturesView *self)
{
  self->resetting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_drop_down_set_selected (self->narrow_category_dropdown, 0);
  gtk_drop_down_set_selected (self->advantage_dropdown, 0);
  gtk_drop_down_set_selected (self->narrow_advantage_dropdown, 0);
  gtk_toggle_button_set_active (self->differences_button, FALSE);
  self->resetting = FALSE;

  apply_filters (self);
}

static void
replace_strings (GtkStringList      *list,
                 const char * const *strings)
{
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)), strings);
}

static void
fill_filter_lists (VsFeaturesView *self)
{
  g_autoptr(GStrvBuilder) categories = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) leaders = g_strv_builder_new ();
  g_auto(GStrv) category_names = NULL;
  g_auto(GStrv) leader_names = NULL;
  guint n_categories = 0;
  guint n_subjects = 0;
  gboolean has_chooser;

  g_strv_builder_add (categories, _("All categories"));
  g_strv_builder_add (leaders, _("Anyone leads"));

  if (self->dataset != NULL)
    {
      GListModel *list = vs_dataset_get_categories (self->dataset);

      n_categories = g_list_model_get_n_items (list);
      for (guint i = 0; i < n_categories; i++)
        {
          g_autoptr(VsCategory) category = g_list_model_get_item (list, i);

          g_strv_builder_add (categories, vs_category_get_name (category));
        }

      n_subjects = vs_dataset_get_n_subjects (self->dataset);
      for (guint i = 0; i < n_subjects; i++)
        {
          VsSubject *subject = vs_dataset_get_subject (self->dataset, i);
          g_autofree char *label = NULL;

          /* Translators: an item of the advantage filter; the placeholder is a subject */
          label = g_strdup_printf (_("Where %s leads"), vs_subject_get_name (subject));
          g_strv_builder_add (leaders, label);
        }
    }

  g_strv_builder_add (leaders, _("Ties"));

  category_names = g_strv_builder_end (categories);
  leader_names = g_strv_builder_end (leaders);

  replace_strings (self->category_list, (const char * const *)category_names);
  replace_strings (self->narrow_category_list, (const char * const *)category_names);
  replace_strings (self->advantage_list, (const char * const *)leader_names);
  replace_strings (self->narrow_advantage_list, (const char * const *)leader_names);

  gtk_widget_set_visible (GTK_WIDGET (self->category_dropdown), n_categories > 0);
  gtk_widget_set_visible (self->narrow_category_box, n_categories > 0);
  has_chooser = n_subjects > MAX_SUBJECTS_WITHOUT_CHOOSER;
  gtk_widget_set_visible (GTK_WIDGET (self->columns_button), has_chooser);
  gtk_widget_set_visible (self->narrow_columns_section, has_chooser);
}

static void
show_dataset (VsFeaturesView *self)
{
  self->resetting = TRUE;

  vs_feature_list_model_set_dataset (self->model, NULL, NULL);
  g_clear_object (&self->filter);
  vs_features_view_remove_columns (self);
  vs_features_view_update_table_width (self);
  fill_filter_lists (self);

  self->resetting = FALSE;

  if (self->dataset != NULL)
    {
      self->filter = vs_feature_filter_new (self->dataset);
      vs_features_view_build_columns (self);
      vs_feature_list_model_set_dataset (self->model, self->dataset, self->filter);
    }

  vs_features_view_set_up_cards (self);
  vs_features_view_build_sort_menu (self);
  reset_filters (self);
  update_results (self);
}

/* The filters, by id, so that they outlive the dataset they were set on. */
typedef struct
{
  char *search;
  char *category_id;
  char *leader_id;
  gboolean ties;
  gboolean differences;
} KeptFilters;

static void
kept_filters_free (KeptFilters *kept)
{
  g_free (kept->search);
  g_free (kept->category_id);
  g_free (kept->leader_id);
  g_free (kept);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KeptFilters, kept_filters_free)

static KeptFilters *
keep_filters (VsFeaturesView *self)
{
  KeptFilters *kept = g_new0 (KeptFilters, 1);
  g_autoptr(VsCategory) category = get_selected_category (self);
  VsSubject *leader = get_selected_leader (self);

  kept->search = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  kept->category_id = category != NULL ? g_strdup (vs_category_get_id (category)) : NULL;
  kept->leader_id = leader != NULL ? g_strdup (vs_subject_get_id (leader)) : NULL;
  kept->ties = get_ties_selected (self);
  kept->differences = gtk_toggle_button_get_active (self->differences_button);

  return kept;
}

/* The filters kept, where the dataset still has what they name. */
static void
restore_filters (VsFeaturesView    *self,
                 const KeptFilters *kept)
{
  GListModel *categories = vs_dataset_get_categories (self->dataset);
  VsSubject *leader = NULL;
  guint category = 0;
  guint advantage = 0;

  for (guint i = 0; kept->category_id != NULL && i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(VsCategory) item = g_list_model_get_item (categories, i);

      if (g_strcmp0 (vs_category_get_id (item), kept->category_id) == 0)
        category = i + 1;
    }

  if (kept->leader_id != NULL)
    leader = vs_dataset_find_subject (self->dataset, kept->leader_id);
  if (leader != NULL)
    advantage = vs_subject_get_index (leader) + 1;
  else if (kept->ties)
    advantage = vs_dataset_get_n_subjects (self->dataset) + 1;

  self->resetting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), kept->search);
  gtk_drop_down_set_selected (self->category_dropdown, category);
  gtk_drop_down_set_selected (self->narrow_category_dropdown, category);
  gtk_drop_down_set_selected (self->advantage_dropdown, advantage);
  gtk_drop_down_set_selected (self->narrow_advantage_dropdown, advantage);
  gtk_toggle_button_set_active (self->differences_button, kept->differences);
  self->resetting = FALSE;

  apply_filters (self);
  update_results (self);
}

/* ------------------------------------------------------------------------ */
/* Signal callbacks                                                         */
/* ------------------------------------------------------------------------ */

static void
search_changed_cb (VsFeaturesView *self,
                   GtkSearchEntry *entry)
{
  apply_filters (self);
}

static void
search_stopped_cb (VsFeaturesView *self,
                   GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
filter_changed_cb (VsFeaturesView *self)
{
  apply_filters (self);
}

static void
dropdown_selected_cb (VsFeaturesView *self,
                      GParamSpec     *pspec,
                      GtkDropDown    *dropdown)
{
  GtkDropDown *twin;
  guint selected;

  if (self->resetting)
    return;

  if (dropdown == self->category_dropdown)
    twin = self->narrow_category_dropdown;
  else if (dropdown == self->narrow_category_dropdown)
    twin = self->category_dropdown;
  else if (dropdown == self->advantage_dropdown)
    twin = self->narrow_advantage_dropdown;
  else
    twin = self->advantage_dropdown;

  /* The wide drop-down is the one the filters read. */
  selected = gtk_drop_down_get_selected (dropdown);
  if (selected != GTK_INVALID_LIST_POSITION && gtk_drop_down_get_selected (twin) != selected)
    {
      self->resetting = TRUE;
      gtk_drop_down_set_selected (twin, selected);
      self->resetting = FALSE;
    }

  apply_filters (self);
}

static void
clear_button_clicked_cb (VsFeaturesView *self,
                         GtkButton      *button)
{
  reset_filters (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_details (VsFeaturesView *self,
              guint           position)
{
  g_autoptr(VsFeature) feature = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  VsFeatureDetails *details;

  if (feature == NULL)
    return;

  details = vs_feature_details_new (self->dataset, feature);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (details), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (details));
}

static void
row_activated_cb (VsFeaturesView *self,
                  guint           position,
                  GtkColumnView  *column_view)
{
  show_details (self, position);
}

static void
card_activated_cb (VsFeaturesView *self,
                   guint           position,
                   GtkListView    *list_view)
{
  show_details (self, position);
}

/* The table or the cards: the cards' list has the rows only when shown,
 * so that the table's sorts and searches do not bind cards out of sight.
 */
static void
layout_changed_cb (VsFeaturesView *self)
{
  gboolean cards;

  if (self->selection == NULL)
    return;

  cards = adw_squeezer_get_visible_child (self->layout_squeezer) == self->card_scroller;
  gtk_list_view_set_model (self->card_list, cards ? GTK_SELECTION_MODEL (self->selection) : NULL);
}

/* The rows' slots do not move when the rows are sorted again (see
 * append_column()), nor does the selection with them: it follows its
 * feature here.
 */
static void
rows_changing_cb (VsFeaturesView *self,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GListModel     *model)
{
  VsRowSlot *selected = gtk_single_selection_get_selected_item (self->selection);

  g_set_object (&self->selected_feature, selected ? vs_row_slot_get_item (selected) : NULL);
}

static void
items_changed_cb (VsFeaturesView *self,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GListModel     *model)
{
  if (self->selected_feature != NULL)
    {
      gtk_single_selection_set_selected (self->selection,
                                         vs_feature_list_model_find (self->model,
                                                                     self->selected_feature));
      g_clear_object (&self->selected_feature);
    }

  if (!self->resetting)
    update_results (self);
}

static gboolean
progress_ticked_cb (gpointer user_data)
{
  VsFeaturesView *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar,
                                 vs_feature_list_model_get_progress (self->model));

  return G_SOURCE_CONTINUE;
}

static gboolean
progress_delay_passed_cb (gpointer user_data)
{
  VsFeaturesView *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar,
                                 vs_feature_list_model_get_progress (self->model));
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  self->progress_source = g_timeout_add (PROGRESS_INTERVAL_MS, progress_ticked_cb, self);

  return G_SOURCE_REMOVE;
}

/* The rows wait for work in a thread (the first sort by a column of a
 * large dataset): after a second, the view says how far it got.
 */
static void
pending_changed_cb (VsFeaturesView *self)
{
  if (vs_feature_list_model_get_pending (self->model) > 0)
    {
      if (self->progress_source == 0)
        self->progress_source = g_timeout_add (PROGRESS_DELAY_MS, progress_delay_passed_cb, self);
    }
  else
    {
      g_clear_handle_id (&self->progress_source, g_source_remove);
      gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
    }
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VsFeaturesView *self = VS_FEATURES_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ------------------------------------------------------------------------ */
/* VsView                                                                   */
/* ------------------------------------------------------------------------ */

static void
vs_features_view_session_changed (VsView          *view,
                                  VsSession       *session,
                                  VsSessionChange  what)
{
  VsFeaturesView *self = VS_FEATURES_VIEW (view);
  VsDataset *dataset = session != NULL ? vs_session_get_dataset (session) : NULL;

  if (self->session != session)
    {
      unpublish (self);
      g_set_object (&self->session, session);
    }

  if (self->dataset != dataset)
    {
      g_autoptr(KeptFilters) kept = NULL;

      /* The same comparison again (its file changed on disk, or the
       * editor saved it) keeps the search and the filters.
       */
      if (self->dataset != NULL && dataset != NULL &&
          g_strcmp0 (vs_dataset_get_id (self->dataset), vs_dataset_get_id (dataset)) == 0)
        kept = keep_filters (self);

      g_set_object (&self->dataset, dataset);
      show_dataset (self);
      if (kept != NULL)
        restore_filters (self, kept);
    }

  if (session == NULL || dataset == NULL)
    return;

  if ((what & VS_SESSION_CHANGE_SUBJECTS) && !self->syncing_subjects)
    follow_subjects (self);

  if (vs_session_get_features (session) != G_LIST_MODEL (self->model))
    vs_session_set_features (session, G_LIST_MODEL (self->model));
}

static void
view_iface_init (VsViewInterface *iface)
{
  iface->session_changed = vs_features_view_session_changed;
}

/* ------------------------------------------------------------------------ */
/* Class                                                                    */
/* ------------------------------------------------------------------------ */

static void
vs_features_view_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vs_features_view_parent_class)->root (widget);

  vs_features_view_update_advantage_width (VS_FEATURES_VIEW (widget));
}

static void
vs_features_view_dispose (GObject *object)
{
  VsFeaturesView *self = (VsFeaturesView *)object;

  /* Takes the view's rows out of the session, which may outlive it. */
  vs_view_set_session (VS_VIEW (self), NULL);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_handle_id (&self->progress_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_FEATURES_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->selected_feature);
  g_clear_object (&self->model);
  g_clear_object (&self->filter);
  g_clear_object (&self->dataset);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (vs_features_view_parent_class)->dispose (object);
}

static void
vs_features_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VsFeaturesView *self = VS_FEATURES_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, vs_view_get_session (VS_VIEW (self)));
      break;

    case PROP_SORT_COLUMN:
      g_value_set_int (value, self->sort_column);
      break;

    case PROP_SORT_ORDER:
      g_value_set_enum (value, self->sort_order);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_features_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VsFeaturesView *self = VS_FEATURES_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      vs_view_set_session (VS_VIEW (self), g_value_get_object (value));
      break;

    case PROP_SORT_COLUMN:
      vs_features_view_sort_by (self, g_value_get_int (value), self->sort_order);
      break;

    case PROP_SORT_ORDER:
      vs_features_view_sort_by (self, self->sort_column, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_features_view_class_init (VsFeaturesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_features_view_dispose;
  widget_class->root = vs_features_view_root;

  object_class->get_property = vs_features_view_get_property;
  object_class->set_property = vs_features_view_set_property;

  /* The column sorted by: its position among the columns (hidden ones
   * too), -1 for the dataset's order.
   */
  properties [PROP_SORT_COLUMN] =
    g_param_spec_int ("sort-column", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties [PROP_SORT_ORDER] =
    g_param_spec_enum ("sort-order", NULL, NULL,
                       GTK_TYPE_SORT_TYPE, GTK_SORT_ASCENDING,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_SESSION, "session");

  gtk_widget_class_set_template_from_resource (widget_class, TEMPLATE);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, sort_button);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, advantage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, differences_button);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, columns_button);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, columns_box);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, count_label);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, filters_button);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_count_label);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_category_box);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_advantage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_differences_switch);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_columns_section);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_columns_box);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, layout_squeezer);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, table_scroller);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, card_scroller);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, column_view);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, card_list);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, category_list);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, advantage_list);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_category_list);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_advantage_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, layout_changed_cb);

  /* Every view has a “view.search” action: the window's search button and
   * Ctrl+F activate it on the visible view.
   */
  gtk_widget_class_install_action (widget_class, "view.search", NULL, search_action_cb);

  gtk_widget_class_install_property_action (widget_class, "features.sort-column", "sort-column");
  gtk_widget_class_install_property_action (widget_class, "features.sort-order", "sort-order");
  gtk_widget_class_install_action (widget_class, "features.sort-by-position", "i",
                                   vs_features_view_sort_by_position_cb);
  for (int i = 0; i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "features.sort-by-position", "i", i);
}

static void
vs_features_view_init (VsFeaturesView *self)
{
  VsSlotListModel *slots;

  self->sort_column = -1;
  self->sort_order = GTK_SORT_ASCENDING;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The narrow switch is the wide toggle in another place. */
  g_object_bind_property (self->differences_button, "active",
                          self->narrow_differences_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  self->model = vs_feature_list_model_new (gtk_column_view_get_sorter (self->column_view));
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (rows_changing_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::pending",
                           G_CALLBACK (pending_changed_cb), self, G_CONNECT_SWAPPED);

  slots = vs_slot_list_model_new (G_LIST_MODEL (self->model));
  /* After the slots have taken their new features. */
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);

  self->selection = gtk_single_selection_new (G_LIST_MODEL (slots));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  layout_changed_cb (self);

  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (vs_features_view_sorter_changed_cb), self, G_CONNECT_SWAPPED);

  show_dataset (self);
}
