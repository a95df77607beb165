/* vs-companies-view.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vs-companies-view.h"
#include "vs-filter-bar.h"
#include "vs-hash.h"
#include "vs-text-search.h"
#include "vs-company-group.h"

/* The Companies view: who uses which subject, grouped by subject.
 *
 * Each subject of the dataset has a group (VsCompanyGroup) listing the
 * dataset's companies through its own GtkFilterListModel: those using the
 * subject and passing the filter shared by every group (search and sector).
 * A company using several subjects shows in each of their groups. The
 * subject chosen in the drop-down only hides the other groups.
 */

struct _VsCompaniesView
{
  AdwBin parent_instance;

  VsDataset *dataset;

  /* Shared by every group: the search and the sector. */
  GtkCustomFilter *filter;

  /* VsCompany → the casefolded text a search looks in. */
  GHashTable *haystacks;
  /* The words of the search, casefolded; NULL when not searching. */
  char **search_words;
  /* The distinct sectors, sorted, as in the sector drop-down after “All sectors”. */
  GPtrArray *sectors;
  /* Owned by @sectors; NULL for all sectors. */
  const char *sector;
  /* Owned by the dataset; NULL for all subjects. */
  VsSubject *subject;
  /* Set while the filters are reset, so that they are applied once. */
  gboolean resetting;

  GtkStack *content_stack;
  GtkSearchEntry *search_entry;
  GtkDropDown *subject_drop_down;
  GtkDropDown *sector_drop_down;
  GtkScrolledWindow *scrolled_window;
  GtkLabel *count_label;
  GtkStack *results_stack;
  GtkBox *groups_box;
  AdwStatusPage *empty_page;
};

static void view_iface_init (VsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VsCompaniesView, vs_companies_view, ADW_TYPE_BIN,
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
make_haystack (VsCompany *company)
{
  const char *sector = vs_company_get_sector (company);
  g_autofree char *text = g_strdup_printf ("%s\n%s", vs_company_get_name (company),
                                           sector ? sector : "");

  return vs_text_fold (text, -1);
}

static gboolean
match_company (gpointer item,
               gpointer user_data)
{
  VsCompaniesView *self = user_data;
  VsCompany *company = item;

  if (self->sector != NULL && g_strcmp0 (vs_company_get_sector (company), self->sector) != 0)
    return FALSE;

  return vs_text_contains_all (g_hash_table_lookup (self->haystacks, company),
                               (const char * const *)self->search_words);
}

/* Says what filtered every company away, one filter a line. */
static void
describe_empty_result (VsCompaniesView *self)
{
  g_autoptr(GString) text = g_string_new (_("No company matches all of these filters:"));
  g_autofree char *markup = NULL;

  if (self->search_words != NULL)
    {
      const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
      g_autofree char *stripped = g_strstrip (g_strdup (search));

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Search: “%s”"), stripped);
    }

  if (self->subject != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Uses %s"), vs_subject_get_name (self->subject));
    }

  if (self->sector != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Sector: %s"), self->sector);
    }

  /* The description of a status page is markup; the dataset's text is not. */
  markup = g_markup_escape_text (text->str, -1);
  adw_status_page_set_description (self->empty_page, markup);
}

static void
update_results (VsCompaniesView *self)
{
  GListModel *companies = self->dataset ? vs_dataset_get_companies (self->dataset) : NULL;
  guint n_total = companies ? g_list_model_get_n_items (companies) : 0;
  guint n_shown = 0;
  g_autofree char *count = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      VsCompanyGroup *group = VS_COMPANY_GROUP (child);
      VsSubject *subject = vs_company_group_get_subject (group);

      gtk_widget_set_visible (child,
                              vs_company_group_get_n_companies (group) > 0 &&
                              (self->subject == NULL || self->subject == subject));
    }

  /* A company shows under each of its subjects but counts once. */
  for (guint i = 0; i < n_total; i++)
    {
      g_autoptr(VsCompany) company = g_list_model_get_item (companies, i);

      if ((self->subject == NULL || vs_company_uses (company, self->subject)) &&
          gtk_filter_match (GTK_FILTER (self->filter), company))
        n_shown++;
    }

  if (n_shown == n_total)
    count = g_strdup_printf (ngettext ("%u company", "%u companies", n_total), n_total);
  else
    /* Translators: “3 of 8 companies” */
    count = g_strdup_printf (ngettext ("%u of %u company", "%u of %u companies", n_total),
                             n_shown, n_total);
  gtk_label_set_text (self->count_label, count);

  if (n_shown == 0 && n_total > 0)
    {
      describe_empty_result (self);
      gtk_stack_set_visible_child_name (self->results_stack, "empty");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->results_stack, "groups");
    }
}

static void
refilter (VsCompaniesView *self)
{
  if (self->resetting)
    return;

  /* The groups' filter models are not incremental: they are up to date
   * when this returns.
   */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_results (self);
}

/* Resets the search, the subject and the sector, so that every company shows. */
static void
clear_filters (VsCompaniesView *self)
{
  self->resetting = TRUE;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_pointer (&self->search_words, g_strfreev);
  gtk_drop_down_set_selected (self->subject_drop_down, 0);
  self->subject = NULL;
  gtk_drop_down_set_selected (self->sector_drop_down, 0);
  self->sector = NULL;

  self->resetting = FALSE;
  refilter (self);
}

/* ------------------------------------------------------------------------ */
/* Building                                                                 */
/* ------------------------------------------------------------------------ */

static int
compare_sectors (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **)a, *(const char **)b);
}

static void
rebuild_drop_downs (VsCompaniesView *self)
{
  GListModel *companies = self->dataset ? vs_dataset_get_companies (self->dataset) : NULL;
  g_autoptr(GtkStringList) sector_names = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (vs_str_hash, g_str_equal);

  g_ptr_array_set_size (self->sectors, 0);
  for (guint i = 0; companies != NULL && i < g_list_model_get_n_items (companies); i++)
    {
      g_autoptr(VsCompany) company = g_list_model_get_item (companies, i);
      const char *sector = vs_company_get_sector (company);

      if (sector != NULL && sector[0] != '\0' && g_hash_table_add (seen, (char *)sector))
        g_ptr_array_add (self->sectors, g_strdup (sector));
    }
  g_ptr_array_sort (self->sectors, compare_sectors);

  gtk_string_list_append (sector_names, _("All sectors"));
  for (guint i = 0; i < self->sectors->len; i++)
    gtk_string_list_append (sector_names, g_ptr_array_index (self->sectors, i));

  vs_filter_bar_fill_subjects (self->subject_drop_down, self->dataset);
  gtk_drop_down_set_model (self->sector_drop_down, G_LIST_MODEL (sector_names));
  gtk_drop_down_set_selected (self->sector_drop_down, 0);

  /* A sector filter only makes sense when some company has a sector. */
  gtk_widget_set_visible (GTK_WIDGET (self->sector_drop_down), self->sectors->len > 0);
}

static void
rebuild_groups (VsCompaniesView *self)
{
  GListModel *companies = self->dataset ? vs_dataset_get_companies (self->dataset) : NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);

  if (companies == NULL)
    return;

  for (guint i = 0; i < vs_dataset_get_n_subjects (self->dataset); i++)
    gtk_box_append (self->groups_box,
                    vs_company_group_new (vs_dataset_get_subject (self->dataset, i),
                                          companies, GTK_FILTER (self->filter)));
}

static void
rebuild (VsCompaniesView *self)
{
  GListModel *companies = self->dataset ? vs_dataset_get_companies (self->dataset) : NULL;

  self->resetting = TRUE;

  g_hash_table_remove_all (self->haystacks);
  for (guint i = 0; companies != NULL && i < g_list_model_get_n_items (companies); i++)
    {
      g_autoptr(VsCompany) company = g_list_model_get_item (companies, i);

      g_hash_table_insert (self->haystacks, company, make_haystack (company));
    }

  self->subject = NULL;
  self->sector = NULL;
  g_clear_pointer (&self->search_words, g_strfreev);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  rebuild_drop_downs (self);
  rebuild_groups (self);

  self->resetting = FALSE;
  refilter (self);

  if (companies != NULL && g_list_model_get_n_items (companies) > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "companies");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "none");

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

/* ------------------------------------------------------------------------ */
/* Signal callbacks                                                         */
/* ------------------------------------------------------------------------ */

static void
search_changed_cb (VsCompaniesView *self,
                   GtkSearchEntry  *entry)
{
  g_strfreev (self->search_words);
  self->search_words = vs_text_split_words (gtk_editable_get_text (GTK_EDITABLE (entry)));
  refilter (self);
}

static void
search_stopped_cb (VsCompaniesView *self,
                   GtkSearchEntry  *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
subject_selected_cb (VsCompaniesView *self,
                     GParamSpec      *pspec,
                     GtkDropDown     *drop_down)
{
  self->subject = vs_filter_bar_get_subject (drop_down, self->dataset);

  /* The subject hides groups; it filters no list. */
  if (!self->resetting)
    update_results (self);
}

static void
sector_selected_cb (VsCompaniesView *self,
                    GParamSpec      *pspec,
                    GtkDropDown     *drop_down)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  /* Item 0 is “All sectors”; item n is sector n - 1. */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->sectors->len)
    self->sector = NULL;
  else
    self->sector = g_ptr_array_index (self->sectors, selected - 1);

  refilter (self);
}

static void
clear_filters_clicked_cb (VsCompaniesView *self,
                          GtkButton       *button)
{
  clear_filters (self);

  /* The button goes away with the empty result: keep the focus in the view. */
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VsCompaniesView *self = VS_COMPANIES_VIEW (widget);

  if (gtk_widget_is_visible (GTK_WIDGET (self->search_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ------------------------------------------------------------------------ */
/* VsView                                                                   */
/* ------------------------------------------------------------------------ */

static void
vs_companies_view_session_changed (VsView          *view,
                                   VsSession       *session,
                                   VsSessionChange  what)
{
  VsCompaniesView *self = VS_COMPANIES_VIEW (view);
  VsDataset *dataset = session != NULL ? vs_session_get_dataset (session) : NULL;

  if (g_set_object (&self->dataset, dataset))
    rebuild (self);
}

static void
view_iface_init (VsViewInterface *iface)
{
  iface->session_changed = vs_companies_view_session_changed;
}

/* ------------------------------------------------------------------------ */
/* Class                                                                    */
/* ------------------------------------------------------------------------ */

static void
vs_companies_view_dispose (GObject *object)
{
  VsCompaniesView *self = (VsCompaniesView *)object;

  /* The filter may outlive the view in a model someone still holds. */
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);

  /* The bin's child is a template child: let go of it before the
   * template does, or AdwBin would unparent it a second time.
   */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_COMPANIES_VIEW);
  g_clear_object (&self->filter);
  g_clear_object (&self->dataset);
  self->subject = NULL;
  self->sector = NULL;

  G_OBJECT_CLASS (vs_companies_view_parent_class)->dispose (object);
}

static void
vs_companies_view_finalize (GObject *object)
{
  VsCompaniesView *self = (VsCompaniesView *)object;

  g_clear_pointer (&self->haystacks, g_hash_table_unref);
  g_clear_pointer (&self->sectors, g_ptr_array_unref);
  g_clear_pointer (&self->search_words, g_strfreev);

  G_OBJECT_CLASS (vs_companies_view_parent_class)->finalize (object);
}

static void
vs_companies_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VsCompaniesView *self = VS_COMPANIES_VIEW (object);

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
vs_companies_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VsCompaniesView *self = VS_COMPANIES_VIEW (object);

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
vs_companies_view_class_init (VsCompaniesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_companies_view_dispose;
  object_class->finalize = vs_companies_view_finalize;
  object_class->get_property = vs_companies_view_get_property;
  object_class->set_property = vs_companies_view_set_property;

  g_object_class_override_property (object_class, PROP_SESSION, "session");

  g_type_ensure (VS_TYPE_FILTER_BAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/"
                                               "ui/views/companies/vs-companies-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VsCompaniesView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, VsCompaniesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VsCompaniesView, subject_drop_down);
  gtk_widget_class_bind_template_child (widget_class, VsCompaniesView, sector_drop_down);
  gtk_widget_class_bind_template_child (widget_class, VsCompaniesView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, VsCompaniesView, count_label);
  gtk_widget_class_bind_template_child (widget_class, VsCompaniesView, results_stack);
  gtk_widget_class_bind_template_child (widget_class, VsCompaniesView, groups_box);
  gtk_widget_class_bind_template_child (widget_class, VsCompaniesView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped_cb);
  gtk_widget_class_bind_template_callback (widget_class, subject_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sector_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_clicked_cb);

  /* Every view has a “view.search” action: the window's search button and
   * Ctrl+F activate it on the visible view.
   */
  gtk_widget_class_install_action (widget_class, "view.search", NULL, search_action_cb);
}

static void
vs_companies_view_init (VsCompaniesView *self)
{
  self->haystacks = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->sectors = g_ptr_array_new_with_free_func (g_free);
  self->filter = gtk_custom_filter_new (match_company, self, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  vs_filter_bar_setup_drop_down (self->subject_drop_down);
  vs_filter_bar_setup_drop_down (self->sector_drop_down);

  rebuild (self);
}
