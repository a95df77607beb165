/* vs-feature-details.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-feature-details.h"
#include "vs-subject-style.h"

/* A window with everything the dataset says about one feature: the full
 * text of every subject's value, the scores, the advantage, and where the
 * claim comes from. Every text is the dataset's own, shown as plain text.
 */

struct _VsFeatureDetails
{
  AdwWindow parent_instance;

  VsDataset *dataset;
  VsFeature *feature;

  /* Template widgets */
  GtkLabel *name_label;
  GtkLabel *category_label;
  GtkBox *values_box;
  GtkBox *advantage_box;
  GtkLabel *source_title_label;
  GtkLabel *source_publisher_label;
  GtkLabel *source_date_label;
  GtkLinkButton *source_link;
};

G_DEFINE_FINAL_TYPE (VsFeatureDetails, vs_feature_details, ADW_TYPE_WINDOW)

#define TEMPLATE "/io/github/versusapp/Versus/ui/views/features/vs-feature-details.ui"

enum {
  PROP_0,
  PROP_DATASET,
  PROP_FEATURE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GtkWidget *
create_text_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);

  return label;
}

static GtkWidget *
create_value_card (VsFeatureDetails *self,
                   guint             subject_index)
{
  VsSubject *subject = vs_dataset_get_subject (self->dataset, subject_index);
  const char *value = vs_feature_get_value (self->feature, subject_index);
  GtkWidget *card, *header, *badge, *label;
  double score;

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "vs-feature-value");

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (card), header);

  badge = vs_subject_badge_new (subject);
  gtk_widget_set_tooltip_text (badge, vs_subject_get_name (subject));
  gtk_box_append (GTK_BOX (header), badge);

  if (vs_feature_get_score (self->feature, subject_index, &score))
    {
      g_autofree char *text = NULL;

      /* Translators: a feature's score, from 0 to 5 (fractions allowed) */
      text = g_strdup_printf (_("Score: %g of 5"), score);
      label = gtk_label_new (text);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (header), label);
    }

  if (value != NULL)
    {
      label = create_text_label (value);
    }
  else
    {
      label = create_text_label (_("The dataset gives no value."));
      gtk_widget_add_css_class (label, "dim-label");
    }
  gtk_box_append (GTK_BOX (card), label);

  return card;
}

static void
show_advantage (VsFeatureDetails *self)
{
  VsSubject *advantage = vs_feature_get_advantage (self->feature);
  g_autofree char *leads = NULL;
  GtkWidget *badge = NULL;
  const char *text;

  if (advantage != NULL)
    {
      badge = vs_subject_badge_new (advantage);
      gtk_widget_set_tooltip_text (badge, vs_subject_get_name (advantage));
      /* A whole sentence, so that translators can order it; the badge before it
       * shows the same name in the subject's colour.
       * Translators: the placeholder is a subject, such as “Node.js”
       */
      leads = g_strdup_printf (_("%s leads on this feature."), vs_subject_get_name (advantage));
      text = leads;
    }
  else if (vs_feature_get_is_tie (self->feature))
    {
      badge = gtk_label_new (C_("advantage", "Tie"));
      gtk_widget_add_css_class (badge, "vs-badge");
      gtk_widget_add_css_class (badge, "vs-tie-badge");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      text = _("No subject leads on this feature.");
    }
  else
    {
      text = _("The comparison does not say which subject leads on this feature.");
    }

  if (badge != NULL)
    gtk_box_append (self->advantage_box, badge);
  gtk_box_append (self->advantage_box, create_text_label (text));
}

static void
show_source (VsFeatureDetails *self)
{
  VsSource *source = vs_feature_get_source (self->feature);
  const char *publisher, *date, *url;

  if (source == NULL)
    {
      gtk_label_set_text (self->source_title_label,
                          _("The dataset names no source for this feature."));
      gtk_widget_add_css_class (GTK_WIDGET (self->source_title_label), "dim-label");
      gtk_widget_set_visible (GTK_WIDGET (self->source_publisher_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->source_date_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->source_link), FALSE);
      return;
    }

  publisher = vs_source_get_publisher (source);
  date = vs_source_get_date (source);
  url = vs_source_get_url (source);

  gtk_label_set_text (self->source_title_label, vs_source_get_title (source));

  gtk_widget_set_visible (GTK_WIDGET (self->source_publisher_label), publisher != NULL);
  if (publisher != NULL)
    gtk_label_set_text (self->source_publisher_label, publisher);

  gtk_widget_set_visible (GTK_WIDGET (self->source_date_label), date != NULL);
  if (date != NULL)
    {
      /* Translators: the placeholder is a date, YYYY-MM-DD */
      g_autofree char *text = g_strdup_printf (_("Published %s"), date);
      gtk_label_set_text (self->source_date_label, text);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->source_link), url != NULL);
  if (url != NULL)
    {
      GtkWidget *label;

      gtk_link_button_set_uri (self->source_link, url);
      gtk_button_set_label (GTK_BUTTON (self->source_link), url);
      label = gtk_button_get_child (GTK_BUTTON (self->source_link));
      if (GTK_IS_LABEL (label))
        gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->source_link), url);
      /* The address is the button's name; what it does is its description. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->source_link),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Opens the source in a web browser"),
                                      -1);
    }
}

static void
show_feature (VsFeatureDetails *self)
{
  VsCategory *category = vs_feature_get_category (self->feature);
  guint n_subjects = vs_dataset_get_n_subjects (self->dataset);

  gtk_window_set_title (GTK_WINDOW (self), vs_feature_get_name (self->feature));
  gtk_label_set_text (self->name_label, vs_feature_get_name (self->feature));

  gtk_widget_set_visible (GTK_WIDGET (self->category_label), category != NULL);
  if (category != NULL)
    gtk_label_set_text (self->category_label, vs_category_get_name (category));

  for (guint i = 0; i < n_subjects; i++)
    gtk_box_append (self->values_box, create_value_card (self, i));

  show_advantage (self);
  show_source (self);
}

static gboolean
source_link_activated_cb (VsFeatureDetails *self,
                          GtkLinkButton    *button)
{
  const char *uri = gtk_link_button_get_uri (button);
  const char *scheme = uri != NULL ? g_uri_peek_scheme (uri) : NULL;

  /* The loader only lets web addresses through; check again before
   * handing a stranger's text to the system.
   */
  if (g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0)
    {
      gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
      gtk_link_button_set_visited (button, TRUE);
    }

  return TRUE;
}

static void
vs_feature_details_constructed (GObject *object)
{
  VsFeatureDetails *self = (VsFeatureDetails *)object;

  G_OBJECT_CLASS (vs_feature_details_parent_class)->constructed (object);

  g_assert (VS_IS_DATASET (self->dataset));
  g_assert (VS_IS_FEATURE (self->feature));

  show_feature (self);
}

static void
vs_feature_details_dispose (GObject *object)
{
  VsFeatureDetails *self = (VsFeatureDetails *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_FEATURE_DETAILS);

  G_OBJECT_CLASS (vs_feature_details_parent_class)->dispose (object);
}

static void
vs_feature_details_finalize (GObject *object)
{
  VsFeatureDetails *self = (VsFeatureDetails *)object;

  g_clear_object (&self->dataset);
  g_clear_object (&self->feature);

  G_OBJECT_CLASS (vs_feature_details_parent_class)->finalize (object);
}

static void
vs_feature_details_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VsFeatureDetails *self = VS_FEATURE_DETAILS (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_FEATURE:
      g_value_set_object (value, self->feature);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_feature_details_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VsFeatureDetails *self = VS_FEATURE_DETAILS (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;

    case PROP_FEATURE:
      self->feature = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_feature_details_class_init (VsFeatureDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vs_feature_details_constructed;
  object_class->dispose = vs_feature_details_dispose;
  object_class->finalize = vs_feature_details_finalize;
  object_class->get_property = vs_feature_details_get_property;
  object_class->set_property = vs_feature_details_set_property;

  properties [PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         VS_TYPE_DATASET,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_FEATURE] =
    g_param_spec_object ("feature", NULL, NULL,
                         VS_TYPE_FEATURE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, TEMPLATE);
  gtk_widget_class_bind_template_child (widget_class, VsFeatureDetails, name_label);
  gtk_widget_class_bind_template_child (widget_class, VsFeatureDetails, category_label);
  gtk_widget_class_bind_template_child (widget_class, VsFeatureDetails, values_box);
  gtk_widget_class_bind_template_child (widget_class, VsFeatureDetails, advantage_box);
  gtk_widget_class_bind_template_child (widget_class, VsFeatureDetails, source_title_label);
  gtk_widget_class_bind_template_child (widget_class, VsFeatureDetails, source_publisher_label);
  gtk_widget_class_bind_template_child (widget_class, VsFeatureDetails, source_date_label);
  gtk_widget_class_bind_template_child (widget_class, VsFeatureDetails, source_link);
  gtk_widget_class_bind_template_callback (widget_class, source_link_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vs_feature_details_init (VsFeatureDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vs_feature_details_new:
 * @dataset: the dataset of @feature
 * @feature: the feature to show
 *
 * Returns: (transfer none): a new window; show it with gtk_window_present()
 */
VsFeatureDetails *
vs_feature_details_new (VsDataset *dataset,
                        VsFeature *feature)
{
  g_return_val_if_fail (VS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (VS_IS_FEATURE (feature), NULL);

  return g_object_new (VS_TYPE_FEATURE_DETAILS,
                       "dataset", dataset,
                       "feature", feature,
                       NULL);
}

/**
 * vs_feature_details_get_dataset:
 *
 * Returns: (transfer none): the dataset of the feature shown
 */
VsDataset *
vs_feature_details_get_dataset (VsFeatureDetails *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_DETAILS (self), NULL);

  return self->dataset;
}

/**
 * vs_feature_details_get_feature:
 *
 * Returns: (transfer none): the feature shown
 */
VsFeature *
vs_feature_details_get_feature (VsFeatureDetails *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_DETAILS (self), NULL);

  return self->feature;
}
