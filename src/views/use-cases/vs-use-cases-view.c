/* vs-use-cases-view.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vs-filter-bar.h"
#include "vs-hash.h"
#include "vs-text-search.h"
#include "vs-use-case-row.h"
#include "vs-use-cases-view.h"

/* The Use cases view: the kinds of project, and which subjects suit them.
 *
 * The dataset owns the use cases; the view shows them through a
 * GtkFilterListModel whose one custom filter combines the search, the
 * subject and the tags. Searching compares casefolded text that is made
 * once per dataset.
 *
 * A GtkListBox makes and lays out every row it is given, and 500 use cases
 * froze the window for over a second: the list gets the results a page at
 * a time, through a GtkSliceListModel, and the next page once the user has
 * scrolled to less than a screen from its end.
 */

/* More than a screen of rows, at any width. */
#define ROWS_PER_PAGE 20

struct _VsUseCasesView
{
  AdwBin parent_instance;

  VsDataset *dataset;

  GtkFilterListModel *filter_model;
  GtkCustomFilter *filter;
  /* The results the list shows: the first pages of @filter_model. */
  GtkSliceListModel *shown_model;
  guint show_more_source;

  /* VsUseCase → the casefolded text a search looks in. */
  GHashTable *haystacks;
  /* The words of the search, casefolded; NULL when not searching. */
  char **search_words;
  /* Owned by the dataset; NULL for all subjects. */
  VsSubject *subject;
  /* The selected tags (a set of strings) and how they combine. */
  GHashTable *selected_tags;
  gboolean match_all_tags;
  /* Set while the filters are reset, so that they are applied once. */
  gboolean resetting;

  GtkStack *content_stack;
  GtkSearchEntry *search_entry;
  GtkDropDown *subject_drop_down;
  GtkWidget *tags_section;
  GtkToggleButton *all_tags_button;
  GtkToggleButton *any_tag_button;
  GtkScrolledWindow *scrolled_window;
  GtkFlowBox *tags_flow_box;
  GtkLabel *count_label;
  GtkStack *results_stack;
  GtkListBox *list_box;
  AdwStatusPage *empty_page;
};

static void tag_toggled_cb (VsUseCasesView  *self,
                            GtkToggleButton *button);

static void view_iface_init (VsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VsUseCasesView, vs_use_cases_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (VS_TYPE_VIEW, view_iface_init))

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static char *
make_haystack (VsUseCase *use_case)
{
  const char * const *tags = vs_use_case_get_tags (use_case);
  const char *description = vs_use_case_get_description (use_case);
  GPtrArray *recommended = vs_use_case_get_recommended (use_case);
  g_autoptr(GString) text = g_string_new (vs_use_case_get_name (use_case));

  if (description != NULL)
    g_string_append_printf (text, "\n%s", description);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    g_string_append_printf (text, "\n%s", tags[i]);

  for (guint i = 0; i < recommended->len; i++)
    g_string_append_printf (text, "\n%s",
                            vs_subject_get_name (g_ptr_array_index (recommended, i)));

  return vs_text_fold (text->str, text->len);
}

static gboolean
has_tag (VsUseCase  *use_case,
         const char *tag)
{
  const char * const *tags = vs_use_case_get_tags (use_case);

  return tags != NULL && g_strv_contains (tags, tag);
}

static gboolean
matches_tags (VsUseCasesView *self,
              VsUseCase      *use_case)
{
  const char * const *tags = vs_use_case_get_tags (use_case);
  GHashTableIter iter;
  gpointer tag;

  if (g_hash_table_size (self->selected_tags) == 0)
    return TRUE;

  if (!self->match_all_tags)
    {
      for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
        if (g_hash_table_contains (self->selected_tags, tags[i]))
          return TRUE;

      return FALSE;
    }

  g_hash_table_iter_init (&iter, self->selected_tags);
  while (g_hash_table_iter_next (&iter, &tag, NULL))
    if (!has_tag (use_case, tag))
      return FALSE;

  return TRUE;
}

static gboolean
match_use_case (gpointer item,
                gpointer user_data)
{
  VsUseCasesView *self = user_data;
  VsUseCase *use_case = item;

  if (self->subject != NULL && !vs_use_case_recommends (use_case, self->subject))
    return FALSE;

  if (!matches_tags (self, use_case))
    return FALSE;

  return vs_text_contains_all (g_hash_table_lookup (self->haystacks, use_case),
                               (const char * const *)self->search_words);
}

/* The selected tags, in the order of the buttons. */
static char *
join_selected_tags (VsUseCasesView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_flow_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      const char *tag = g_object_get_data (G_OBJECT (button), "vs-tag");

      if (!gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)))
        continue;

      if (text->len > 0)
        /* Translators: the separator between the tags in a list of tags. */
        g_string_append (text, _(", "));
      g_string_append (text, tag);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Says what filtered every use case away, one filter a line. */
static void
describe_empty_result (VsUseCasesView *self)
{
  g_autoptr(GString) text = g_string_new (_("No use case matches all of these filters:"));
  g_autofree char *markup = NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->search_words != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (search));

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Search: “%s”"), stripped);
    }

  if (self->subject != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Recommends %s"), vs_subject_get_name (self->subject));
    }

  if (g_hash_table_size (self->selected_tags) > 0)
    {
      g_autofree char *tags = join_selected_tags (self);

      g_string_append_c (text, '\n');
      if (self->match_all_tags)
        g_string_append_printf (text, _("Has all of the tags %s"), tags);
      else
        g_string_append_printf (text, _("Has any of the tags %s"), tags);
    }

  /* The description of a status page is markup; the dataset's text is not. */
  markup = g_markup_escape_text (text->str, -1);
  adw_status_page_set_description (self->empty_page, markup);
}

static void
update_results (VsUseCasesView *self)
{
  GListModel *use_cases = self->dataset ? vs_dataset_get_use_cases (self->dataset) : NULL;
  guint n_total = use_cases ? g_list_model_get_n_items (use_cases) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *count = NULL;

  if (n_shown == n_total)
    count = g_strdup_printf (ngettext ("%u use case", "%u use cases", n_total), n_total);
  else
    /* Translators: “3 of 8 use cases” */
    count = g_strdup_printf (ngettext ("%u of %u use case", "%u of %u use cases", n_total),
                             n_shown, n_total);
  gtk_label_set_text (self->count_label, count);

  if (n_shown == 0 && n_total > 0)
    {
      describe_empty_result (self);
      gtk_stack_set_visible_child_name (self->results_stack, "empty");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->results_stack, "list");
    }
}

static gboolean
show_more_cb (gpointer user_data)
{
  VsUseCasesView *self = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  guint n_shown = gtk_slice_list_model_get_size (self->shown_model);
  double below = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_value (adjustment) -
                 gtk_adjustment_get_page_size (adjustment);

  self->show_more_source = 0;

  if (n_shown < g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) &&
      below < gtk_adjustment_get_page_size (adjustment))
    gtk_slice_list_model_set_size (self->shown_model, n_shown + ROWS_PER_PAGE);

  return G_SOURCE_REMOVE;
}

/* Once the scrolling or the new rows are laid out, not while they are. */
static void
scrolled_cb (VsUseCasesView *self)
{
  if (self->show_more_source == 0)
    self->show_more_source = g_idle_add (show_more_cb, self);
}

static void
refilter (VsUseCasesView *self)
{
  if (self->resetting)
    return;

  gtk_slice_list_model_set_size (self->shown_model, ROWS_PER_PAGE);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_results (self);
}

/* Resets the search, the subject and the tags, so that every use case shows. */
static void
clear_filters (VsUseCasesView *self)
{
  self->resetting = TRUE;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_pointer (&self->search_words, g_strfreev);
  gtk_drop_down_set_selected (self->subject_drop_down, 0);
  self->subject = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_flow_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), FALSE);
    }
  g_hash_table_remove_all (self->selected_tags);

  gtk_toggle_button_set_active (self->any_tag_button, TRUE);
  self->match_all_tags = FALSE;

  self->resetting = FALSE;
  refilter (self);
}

/* ------------------------------------------------------------------------ */
/* Building                                                                 */
/* ------------------------------------------------------------------------ */

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  return g_utf8_collate (*(const char **)a, *(const char **)b);
}

static GtkWidget *
create_tag_button (VsUseCasesView *self,
                   const char     *tag)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");
  GtkWidget *label = gtk_label_new (tag);

  /* A tick as well as the colour shows which tags are selected. */
  g_object_bind_property (button, "active", check, "visible", G_BINDING_SYNC_CREATE);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), label);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "vs-tag-toggle");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tag,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "vs-tag", g_strdup (tag), g_free);
  g_signal_connect_object (button, "toggled", G_CALLBACK (tag_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  return button;
}

static void
rebuild_tags (VsUseCasesView *self)
{
  GListModel *use_cases = self->dataset ? vs_dataset_get_use_cases (self->dataset) : NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (vs_str_hash, g_str_equal);
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_flow_box))) != NULL)
    gtk_flow_box_remove (self->tags_flow_box, child);

  for (guint i = 0; use_cases != NULL && i < g_list_model_get_n_items (use_cases); i++)
    {
      g_autoptr(VsUseCase) use_case = g_list_model_get_item (use_cases, i);
      const char * const *use_case_tags = vs_use_case_get_tags (use_case);

      for (guint j = 0; use_case_tags != NULL && use_case_tags[j] != NULL; j++)
        if (g_hash_table_add (seen, (char *)use_case_tags[j]))
          g_ptr_array_add (tags, (char *)use_case_tags[j]);
    }

  g_ptr_array_sort (tags, compare_tags);

  for (guint i = 0; i < tags->len; i++)
    {
      GtkWidget *flow_child = gtk_flow_box_child_new ();

      /* The button takes the focus, not the flow box child around it. */
      gtk_widget_set_focusable (flow_child, FALSE);
      gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (flow_child),
                                    create_tag_button (self, g_ptr_array_index (tags, i)));
      gtk_flow_box_append (self->tags_flow_box, flow_child);
    }

  gtk_widget_set_visible (self->tags_section, tags->len > 0);
}

static void
rebuild (VsUseCasesView *self)
{
  GListModel *use_cases = self->dataset ? vs_dataset_get_use_cases (self->dataset) : NULL;

  self->resetting = TRUE;

  g_hash_table_remove_all (self->haystacks);
  for (guint i = 0; use_cases != NULL && i < g_list_model_get_n_items (use_cases); i++)
    {
      g_autoptr(VsUseCase) use_case = g_list_model_get_item (use_cases, i);

      g_hash_table_insert (self->haystacks, use_case, make_haystack (use_case));
    }

  g_hash_table_remove_all (self->selected_tags);
  self->subject = NULL;
  g_clear_pointer (&self->search_words, g_strfreev);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_toggle_button_set_active (self->any_tag_button, TRUE);
  self->match_all_tags = FALSE;

  vs_filter_bar_fill_subjects (self->subject_drop_down, self->dataset);
  rebuild_tags (self);
  gtk_slice_list_model_set_size (self->shown_model, ROWS_PER_PAGE);
  gtk_filter_list_model_set_model (self->filter_model, use_cases);

  self->resetting = FALSE;
  refilter (self);

  if (use_cases != NULL && g_list_model_get_n_items (use_cases) > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "use-cases");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "none");

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

/* ------------------------------------------------------------------------ */
/* Signal callbacks                                                         */
/* ------------------------------------------------------------------------ */

static void
search_changed_cb (VsUseCasesView *self,
                   GtkSearchEntry *entry)
{
  g_strfreev (self->search_words);
  self->search_words = vs_text_split_words (gtk_editable_get_text (GTK_EDITABLE (entry)));
  refilter (self);
}

static void
search_stopped_cb (VsUseCasesView *self,
                   GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
subject_selected_cb (VsUseCasesView *self,
                     GParamSpec     *pspec,
                     GtkDropDown    *drop_down)
{
  self->subject = vs_filter_bar_get_subject (drop_down, self->dataset);
  refilter (self);
}

static void
tag_mode_toggled_cb (VsUseCasesView  *self,
                     GtkToggleButton *button)
{
  self->match_all_tags = gtk_toggle_button_get_active (self->all_tags_button);

  /* Without a selected tag, the mode changes nothing. */
  if (g_hash_table_size (self->selected_tags) > 0)
    refilter (self);
}

static void
tag_toggled_cb (VsUseCasesView  *self,
                GtkToggleButton *button)
{
  const char *tag = g_object_get_data (G_OBJECT (button), "vs-tag");

  if (gtk_toggle_button_get_active (button))
    g_hash_table_add (self->selected_tags, g_strdup (tag));
  else
    g_hash_table_remove (self->selected_tags, tag);

  refilter (self);
}

static void
clear_filters_clicked_cb (VsUseCasesView *self,
                          GtkButton      *button)
{
  clear_filters (self);

  /* The button goes away with the empty result: keep the focus in the view. */
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  return vs_use_case_row_new (VS_USE_CASE (item));
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VsUseCasesView *self = VS_USE_CASES_VIEW (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->search_entry)) &&
      gtk_widget_is_sensitive (GTK_WIDGET (self->search_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ------------------------------------------------------------------------ */
/* VsView                                                                   */
/* ------------------------------------------------------------------------ */

static void
vs_use_cases_view_session_changed (VsView          *view,
                                   VsSession       *session,
                                   VsSessionChange  what)
{
  VsUseCasesView *self = VS_USE_CASES_VIEW (view);
  VsDataset *dataset = session != NULL ? vs_session_get_dataset (session) : NULL;

  if (g_set_object (&self->dataset, dataset))
    rebuild (self);
}

static void
view_iface_init (VsViewInterface *iface)
{
  iface->session_changed = vs_use_cases_view_session_changed;
}

/* ------------------------------------------------------------------------ */
/* Class                                                                    */
/* ------------------------------------------------------------------------ */

static void
vs_use_cases_view_dispose (GObject *object)
{
  VsUseCasesView *self = (VsUseCasesView *)object;

  /* The filter may outlive the view in a model someone still holds. */
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  g_clear_handle_id (&self->show_more_source, g_source_remove);

  /* The bin's child is a template child: let go of it before the
   * template does, or AdwBin would unparent it a second time.
   */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_USE_CASES_VIEW);
  g_clear_object (&self->shown_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->dataset);
  self->subject = NULL;

  G_OBJECT_CLASS (vs_use_cases_view_parent_class)->dispose (object);
}

static void
vs_use_cases_view_finalize (GObject *object)
{
  VsUseCasesView *self = (VsUseCasesView *)object;

  g_clear_pointer (&self->haystacks, g_hash_table_unref);
  g_clear_pointer (&self->selected_tags, g_hash_table_unref);
  g_clear_pointer (&self->search_words, g_strfreev);

  G_OBJECT_CLASS (vs_use_cases_view_parent_class)->finalize (object);
}

static void
vs_use_cases_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VsUseCasesView *self = VS_USE_CASES_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, vs_view_get_session (VS_VIEW (self)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_use_cases_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VsUseCasesView *self = VS_USE_CASES_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      vs_view_set_session (VS_VIEW (self), g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_use_cases_view_class_init (VsUseCasesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_use_cases_view_dispose;
  object_class->finalize = vs_use_cases_view_finalize;
  object_class->get_property = vs_use_cases_view_get_property;
  object_class->set_property = vs_use_cases_view_set_property;

  g_object_class_override_property (object_class, PROP_SESSION, "session");

  g_type_ensure (VS_TYPE_FILTER_BAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/"
                                               "ui/views/use-cases/vs-use-cases-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VsUseCasesView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, VsUseCasesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VsUseCasesView, subject_drop_down);
  gtk_widget_class_bind_template_child (widget_class, VsUseCasesView, tags_section);
  gtk_widget_class_bind_template_child (widget_class, VsUseCasesView, all_tags_button);
  gtk_widget_class_bind_template_child (widget_class, VsUseCasesView, any_tag_button);
  gtk_widget_class_bind_template_child (widget_class, VsUseCasesView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, VsUseCasesView, tags_flow_box);
  gtk_widget_class_bind_template_child (widget_class, VsUseCasesView, count_label);
  gtk_widget_class_bind_template_child (widget_class, VsUseCasesView, results_stack);
  gtk_widget_class_bind_template_child (widget_class, VsUseCasesView, list_box);
  gtk_widget_class_bind_template_child (widget_class, VsUseCasesView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped_cb);
  gtk_widget_class_bind_template_callback (widget_class, subject_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, tag_mode_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_clicked_cb);

  /* Every view has a “view.search” action: the window's search button and
   * Ctrl+F activate it on the visible view.
   */
  gtk_widget_class_install_action (widget_class, "view.search", NULL, search_action_cb);
}

static void
vs_use_cases_view_init (VsUseCasesView *self)
{
  GtkAdjustment *adjustment;

  self->haystacks = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->selected_tags = g_hash_table_new_full (vs_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  vs_filter_bar_setup_drop_down (self->subject_drop_down);

  self->filter = gtk_custom_filter_new (match_use_case, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->shown_model = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                                0, ROWS_PER_PAGE);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->shown_model),
                           create_row_cb, NULL, NULL);

  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  g_signal_connect_object (adjustment, "value-changed",
                           G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed",
                           G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);

  rebuild (self);
}
