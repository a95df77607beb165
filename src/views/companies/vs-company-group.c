/* vs-company-group.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-company.h"
#include "vs-company-group.h"
#include "vs-subject-style.h"

/* The companies using one subject, in the Companies view: a heading with
 * the subject's badge and how many companies are shown, then a list of
 * them. The list is the dataset's companies through a filter: those using
 * the subject and passing the view's shared filter (search and sector).
 *
 * A GtkListBox makes and lays out every row it is given, and a thousand
 * companies froze the window for over a second: the list shows the first
 * companies, and a button shows more, a page at a time.
 */

#define ROWS_PER_PAGE 20

struct _VsCompanyGroup
{
  AdwBin parent_instance;

  VsSubject *subject;
  GtkFilterListModel *filter_model;
  /* The first pages of @filter_model, which the list shows. */
  GtkSliceListModel *shown_model;

  GtkBox *header_box;
  GtkLabel *count_label;
  GtkListBox *list_box;
  GtkButton *more_button;
};

G_DEFINE_FINAL_TYPE (VsCompanyGroup, vs_company_group, ADW_TYPE_BIN)

static gboolean
uses_subject (gpointer item,
              gpointer user_data)
{
  return vs_company_uses (VS_COMPANY (item), VS_SUBJECT (user_data));
}

static void
update_count (VsCompanyGroup *self)
{
  guint n_companies = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *count = NULL;
  g_autofree char *accessible_label = NULL;

  count = g_strdup_printf (ngettext ("%u company", "%u companies", n_companies), n_companies);
  gtk_label_set_text (self->count_label, count);

  /* Translators: the name of a list of companies, e.g. “Node.js · 4 companies” */
  accessible_label = g_strdup_printf (_("%s · %s"), vs_subject_get_name (self->subject), count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
}

static void
update_more_button (VsCompanyGroup *self)
{
  guint n_companies = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown_model));
  guint n_more = MIN (n_companies - n_shown, ROWS_PER_PAGE);
  g_autofree char *label = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->more_button), n_more > 0);
  if (n_more == 0)
    return;

  /* Translators: a button under a list of companies that shows more of them */
  label = g_strdup_printf (ngettext ("Show %u More", "Show %u More", n_more), n_more);
  gtk_button_set_label (self->more_button, label);
}

static void
items_changed_cb (VsCompanyGroup *self,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GListModel     *model)
{
  /* New results start from their first page again. */
  gtk_slice_list_model_set_size (self->shown_model, ROWS_PER_PAGE);
  update_count (self);
  update_more_button (self);
}

static void
more_clicked_cb (VsCompanyGroup *self,
                 GtkButton      *button)
{
  guint n_shown = gtk_slice_list_model_get_size (self->shown_model);
  GtkListBoxRow *first_new;

  gtk_slice_list_model_set_size (self->shown_model, n_shown + ROWS_PER_PAGE);
  update_more_button (self);

  /* The button may go: the focus goes on to the first company it showed. */
  first_new = gtk_list_box_get_row_at_index (self->list_box, n_shown);
  if (first_new != NULL && !gtk_widget_get_visible (GTK_WIDGET (button)))
    gtk_widget_grab_focus (GTK_WIDGET (first_new));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  VsCompany *company = VS_COMPANY (item);
  const char *sector = vs_company_get_sector (company);
  VsSource *source = vs_company_get_source (company);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (vs_company_get_name (company));

  /* Plain labels: every text here comes from the dataset. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_box_append (GTK_BOX (box), name);

  if (sector != NULL && sector[0] != '\0')
    {
      GtkWidget *label = gtk_label_new (sector);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  if (source != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Source: %s"), vs_source_get_title (source));
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, vs_company_get_name (company),
                                  -1);
  if (sector != NULL && sector[0] != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sector,
                                    -1);

  return row;
}

static void
vs_company_group_dispose (GObject *object)
{
  VsCompanyGroup *self = (VsCompanyGroup *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_COMPANY_GROUP);
  g_clear_object (&self->shown_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->subject);

  G_OBJECT_CLASS (vs_company_group_parent_class)->dispose (object);
}

static void
vs_company_group_class_init (VsCompanyGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_company_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/"
                                               "ui/views/companies/vs-company-group.ui");
  gtk_widget_class_bind_template_child (widget_class, VsCompanyGroup, header_box);
  gtk_widget_class_bind_template_child (widget_class, VsCompanyGroup, count_label);
  gtk_widget_class_bind_template_child (widget_class, VsCompanyGroup, list_box);
  gtk_widget_class_bind_template_child (widget_class, VsCompanyGroup, more_button);
  gtk_widget_class_bind_template_callback (widget_class, more_clicked_cb);
}

static void
vs_company_group_init (VsCompanyGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vs_company_group_new:
 * @subject: the subject of the group
 * @companies: (element-type VsCompany): the dataset's companies
 * @filter: the filter every company shown must also pass
 *
 * Returns: (transfer floating): a group listing the companies of @companies
 *   that use @subject and pass @filter
 */
GtkWidget *
vs_company_group_new (VsSubject  *subject,
                      GListModel *companies,
                      GtkFilter  *filter)
{
  VsCompanyGroup *self;
  GtkCustomFilter *subject_filter;
  GtkEveryFilter *every;
  GtkWidget *badge;

  g_return_val_if_fail (VS_IS_SUBJECT (subject), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (companies), NULL);
  g_return_val_if_fail (GTK_IS_FILTER (filter), NULL);

  self = g_object_new (VS_TYPE_COMPANY_GROUP, NULL);
  self->subject = g_object_ref (subject);

  subject_filter = gtk_custom_filter_new (uses_subject, g_object_ref (subject), g_object_unref);
  every = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), GTK_FILTER (subject_filter));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (filter));
  self->filter_model = gtk_filter_list_model_new (g_object_ref (companies), GTK_FILTER (every));

  badge = vs_subject_badge_new (subject);
  gtk_widget_add_css_class (badge, "vs-group-badge");
  gtk_box_prepend (self->header_box, badge);

  self->shown_model = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                                0, ROWS_PER_PAGE);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->shown_model),
                           create_row_cb, NULL, NULL);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
  update_count (self);
  update_more_button (self);

  return GTK_WIDGET (self);
}

/**
 * vs_company_group_get_subject:
 *
 * Returns: (transfer none): the subject of the group
 */
VsSubject *
vs_company_group_get_subject (VsCompanyGroup *self)
{
  g_return_val_if_fail (VS_IS_COMPANY_GROUP (self), NULL);

  return self->subject;
}

/**
 * vs_company_group_get_n_companies:
 *
 * Returns: how many companies the group shows
 */
guint
vs_company_group_get_n_companies (VsCompanyGroup *self)
{
  g_return_val_if_fail (VS_IS_COMPANY_GROUP (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}
