/* vs-feature-card.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-feature-card.h"
#include "vs-subject-style.h"
#include "vs-text-cell.h"

/* One feature of the Features view as a card, for a view too narrow for
 * the table: its name and category, then a line per subject with the
 * subject's name and value, then the subject that leads. The view binds
 * it to another feature as the rows change; the texts are plain text.
 */

struct _VsFeatureCard
{
  GtkWidget parent_instance;

  VsDataset *dataset;
  VsFeature *feature;

  GtkWidget *name_label;
  GtkWidget *category_label;
  /* One line per subject, and the value cell in each. */
  GPtrArray *lines;
  GPtrArray *values;
  GtkWidget *leader_box;
  GtkWidget *leader_badge;
};

G_DEFINE_FINAL_TYPE (VsFeatureCard, vs_feature_card, GTK_TYPE_WIDGET)

/* Narrowest and widest natural width of a value, in characters. */
#define VALUE_MIN_CHARS 10
#define VALUE_MAX_CHARS 60

static void
set_cell_score (VsTextCell *cell,
                VsFeature  *feature,
                guint       subject_index,
                guint       n_subjects)
{
  double score = NAN;
  double best = vs_feature_get_best_score (feature, n_subjects);

  vs_feature_get_score (feature, subject_index, &score);
  vs_text_cell_set_score (cell, score, !isnan (score) && score == best);
}

static void
set_value_text (VsTextCell *cell,
                const char *text)
{
  if (text != NULL)
    {
      vs_text_cell_set_text (cell, text);
      gtk_widget_remove_css_class (GTK_WIDGET (cell), "dim-label");
    }
  else
    {
      vs_text_cell_set_text (cell, "—");
      gtk_widget_add_css_class (GTK_WIDGET (cell), "dim-label");
    }
}

/* The leader's badge, which may be ellipsized, has its name as tooltip. */
static gboolean
badge_tooltip_queried_cb (GtkWidget  *badge,
                          int         x,
                          int         y,
                          gboolean    keyboard_mode,
                          GtkTooltip *tooltip,
                          gpointer    user_data)
{
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (badge));

  if (!pango_layout_is_ellipsized (layout))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_text (GTK_LABEL (badge)));

  return TRUE;
}

static void
build_lines (VsFeatureCard *self)
{
  guint n_subjects = vs_dataset_get_n_subjects (self->dataset);

  for (guint i = 0; i < n_subjects; i++)
    {
      VsSubject *subject = vs_dataset_get_subject (self->dataset, i);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *name = gtk_label_new (vs_subject_get_name (subject));
      GtkWidget *value = vs_text_cell_new (VALUE_MIN_CHARS, VALUE_MAX_CHARS);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_yalign (GTK_LABEL (name), 0);
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (name), 11);
      gtk_label_set_max_width_chars (GTK_LABEL (name), 14);
      gtk_widget_add_css_class (name, "vs-feature-card-subject");
      gtk_widget_set_valign (value, GTK_ALIGN_START);
      gtk_widget_set_hexpand (value, TRUE);

      gtk_box_append (GTK_BOX (line), name);
      gtk_box_append (GTK_BOX (line), value);
      gtk_widget_insert_before (line, GTK_WIDGET (self), self->leader_box);

      g_ptr_array_add (self->lines, line);
      g_ptr_array_add (self->values, value);
    }
}

static void
vs_feature_card_dispose (GObject *object)
{
  VsFeatureCard *self = VS_FEATURE_CARD (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_ptr_array_unref);
  g_clear_object (&self->feature);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (vs_feature_card_parent_class)->dispose (object);
}

static void
vs_feature_card_class_init (VsFeatureCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_feature_card_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "vs-feature-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vs_feature_card_init (VsFeatureCard *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkWidget *leader_label;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->lines = g_ptr_array_new ();
  self->values = g_ptr_array_new ();

  self->name_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->name_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->name_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->name_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (self->name_label, "heading");
  gtk_widget_set_parent (self->name_label, GTK_WIDGET (self));

  self->category_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->category_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->category_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->category_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (self->category_label, "dim-label");
  gtk_widget_add_css_class (self->category_label, "caption");
  gtk_widget_set_margin_bottom (self->category_label, 6);
  gtk_widget_set_parent (self->category_label, GTK_WIDGET (self));

  self->leader_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (self->leader_box, 6);
  leader_label = gtk_label_new (_("Advantage"));
  gtk_label_set_xalign (GTK_LABEL (leader_label), 0);
  gtk_label_set_width_chars (GTK_LABEL (leader_label), 11);
  gtk_widget_add_css_class (leader_label, "dim-label");
  gtk_box_append (GTK_BOX (self->leader_box), leader_label);
  self->leader_badge = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->leader_badge), PANGO_ELLIPSIZE_END);
  gtk_widget_set_halign (self->leader_badge, GTK_ALIGN_START);
  gtk_widget_set_valign (self->leader_badge, GTK_ALIGN_CENTER);
  gtk_widget_set_has_tooltip (self->leader_badge, TRUE);
  g_signal_connect (self->leader_badge, "query-tooltip",
                    G_CALLBACK (badge_tooltip_queried_cb), NULL);
  gtk_box_append (GTK_BOX (self->leader_box), self->leader_badge);
  gtk_widget_set_parent (self->leader_box, GTK_WIDGET (self));
}

/**
 * vs_feature_card_new:
 * @dataset: the dataset whose features it shows
 */
GtkWidget *
vs_feature_card_new (VsDataset *dataset)
{
  VsFeatureCard *self;

  g_return_val_if_fail (VS_IS_DATASET (dataset), NULL);

  self = g_object_new (VS_TYPE_FEATURE_CARD, NULL);
  self->dataset = g_object_ref (dataset);
  build_lines (self);

  return GTK_WIDGET (self);
}

/**
 * vs_feature_card_get_feature:
 *
 * Returns: (transfer none) (nullable): the feature shown
 */
VsFeature *
vs_feature_card_get_feature (VsFeatureCard *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_CARD (self), NULL);

  return self->feature;
}

void
vs_feature_card_set_feature (VsFeatureCard *self,
                             VsFeature     *feature)
{
  VsCategory *category;
  VsSubject *advantage;

  g_return_if_fail (VS_IS_FEATURE_CARD (self));
  g_return_if_fail (VS_IS_FEATURE (feature));

  g_set_object (&self->feature, feature);

  /* Plain text: a dataset's "<b>" stays "<b>". */
  gtk_label_set_text (GTK_LABEL (self->name_label), vs_feature_get_name (feature));
  category = vs_feature_get_category (feature);
  gtk_label_set_text (GTK_LABEL (self->category_label),
                      category != NULL ? vs_category_get_name (category) : "");
  gtk_widget_set_visible (self->category_label, category != NULL);

  for (guint i = 0; i < self->values->len; i++)
    {
      set_value_text (g_ptr_array_index (self->values, i), vs_feature_get_value (feature, i));
      set_cell_score (g_ptr_array_index (self->values, i), feature, i, self->values->len);
    }

  advantage = vs_feature_get_advantage (feature);
  if (advantage != NULL)
    {
      g_autofree char *subject_class = vs_subject_style_class (advantage);
      const char *classes[] = { "vs-badge", subject_class, NULL };

      gtk_label_set_text (GTK_LABEL (self->leader_badge), vs_subject_get_name (advantage));
      gtk_widget_set_css_classes (self->leader_badge, classes);
      gtk_widget_set_visible (self->leader_box, TRUE);
    }
  else if (vs_feature_get_is_tie (feature))
    {
      const char *classes[] = { "vs-badge", "vs-tie-badge", NULL };

      gtk_label_set_text (GTK_LABEL (self->leader_badge), C_("advantage", "Tie"));
      gtk_widget_set_css_classes (self->leader_badge, classes);
      gtk_widget_set_visible (self->leader_box, TRUE);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (self->leader_badge), "");
      gtk_widget_set_visible (self->leader_box, FALSE);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, vs_feature_get_name (feature),
                                  -1);
}

/**
 * vs_feature_card_get_subject_line:
 * @subject_index: a subject of the dataset
 *
 * Returns: (transfer none): the line that shows the subject's value, for the
 *   view to hide with the subject's column
 */
GtkWidget *
vs_feature_card_get_subject_line (VsFeatureCard *self,
                                  guint          subject_index)
{
  g_return_val_if_fail (VS_IS_FEATURE_CARD (self), NULL);
  g_return_val_if_fail (subject_index < self->lines->len, NULL);

  return g_ptr_array_index (self->lines, subject_index);
}
