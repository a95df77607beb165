/* vs-guidance-row.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-guidance-row.h"
#include "vs-guidance.h"

/* The dataset's “choose X if” advice for one subject: a heading, then one
 * bulleted line a statement. The Overview and the Verdict's result show
 * the same rows.
 */

struct _VsGuidanceRow
{
  GtkListBoxRow parent_instance;

  /* Template widgets */
  GtkLabel *intro_label;
  GtkBox *statements_box;
};

G_DEFINE_FINAL_TYPE (VsGuidanceRow, vs_guidance_row, GTK_TYPE_LIST_BOX_ROW)

/* A grid rather than a horizontal box: in GTK 4.8 a box measures a
 * wrapping label beside another at every height it tries.
 */
static GtkWidget *
create_statement (const char *text)
{
  GtkWidget *line = gtk_grid_new ();
  GtkWidget *bullet = gtk_label_new ("•");
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (bullet, GTK_ALIGN_START);
  gtk_accessible_update_state (GTK_ACCESSIBLE (bullet),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);

  /* Plain text: the dataset's text is never markup. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);

  gtk_grid_set_column_spacing (GTK_GRID (line), 6);
  gtk_grid_attach (GTK_GRID (line), bullet, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (line), label, 1, 0, 1, 1);

  return line;
}

static void
vs_guidance_row_class_init (VsGuidanceRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/"
                                               "ui/widgets/vs-guidance-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VsGuidanceRow, intro_label);
  gtk_widget_class_bind_template_child (widget_class, VsGuidanceRow, statements_box);
}

static void
vs_guidance_row_init (VsGuidanceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vs_guidance_row_new:
 * @dataset: a dataset
 * @subject: one of its subjects
 *
 * Returns: (transfer floating) (nullable): a row of the dataset's advice on
 *   @subject, neither activatable nor focusable; %NULL when it has none
 */
GtkWidget *
vs_guidance_row_new (VsDataset *dataset,
                     VsSubject *subject)
{
  GListModel *guidance;
  VsGuidanceRow *self = NULL;
  g_autofree char *intro = NULL;
  g_autoptr(GString) description = g_string_new (NULL);

  g_return_val_if_fail (VS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (VS_IS_SUBJECT (subject), NULL);

  guidance = vs_dataset_get_guidance (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (guidance); i++)
    {
      g_autoptr(VsGuidance) advice = g_list_model_get_item (guidance, i);
      const char *text = vs_guidance_get_text (advice);

      if (vs_guidance_get_subject (advice) != subject)
        continue;

      if (self == NULL)
        self = g_object_new (VS_TYPE_GUIDANCE_ROW, NULL);

      gtk_box_append (self->statements_box, create_statement (text));
      g_string_append_printf (description, "%s%s", description->len ? "; " : "", text);
    }

  if (self == NULL)
    return NULL;

  /* Translators: introduces the dataset's advice, “Choose Python if:” */
  intro = g_strdup_printf (_("Choose %s if:"), vs_subject_get_name (subject));
  gtk_label_set_text (self->intro_label, intro);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, intro,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);

  return GTK_WIDGET (self);
}
