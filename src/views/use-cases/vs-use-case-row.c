/* vs-use-case-row.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-subject-style.h"
#include "vs-use-case-row.h"

/* One use case in the Use cases view: its name, description, tags, the
 * subjects recommended for it and its source. Everything in it comes from
 * the dataset, so every label is plain text.
 */

struct _VsUseCaseRow
{
  GtkListBoxRow parent_instance;

  VsUseCase *use_case;

  GtkLabel *name_label;
  GtkLabel *description_label;
  GtkFlowBox *tags_box;
  GtkFlowBox *recommended_box;
  GtkLabel *source_label;
};

G_DEFINE_FINAL_TYPE (VsUseCaseRow, vs_use_case_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_USE_CASE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Flow box children take the keyboard focus by default: these only show
 * text, so they are left out of the focus chain.
 */
static void
append_to_flow_box (GtkFlowBox *box,
                    GtkWidget  *widget)
{
  GtkWidget *child = gtk_flow_box_child_new ();

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), widget);
  gtk_widget_set_focusable (child, FALSE);
  gtk_widget_set_can_target (child, FALSE);
  gtk_flow_box_append (box, child);
}

static void
show_use_case (VsUseCaseRow *self)
{
  const char * const *tags = vs_use_case_get_tags (self->use_case);
  const char *description = vs_use_case_get_description (self->use_case);
  GPtrArray *recommended = vs_use_case_get_recommended (self->use_case);
  VsSource *source = vs_use_case_get_source (self->use_case);
  g_autoptr(GString) subject_names = g_string_new (NULL);
  g_autofree char *accessible_description = NULL;

  gtk_label_set_text (self->name_label, vs_use_case_get_name (self->use_case));

  gtk_label_set_text (self->description_label, description ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          description != NULL && description[0] != '\0');

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      GtkWidget *tag = gtk_label_new (tags[i]);

      gtk_widget_add_css_class (tag, "vs-tag");
      append_to_flow_box (self->tags_box, tag);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->tags_box), tags != NULL && tags[0] != NULL);

  for (guint i = 0; i < recommended->len; i++)
    {
      VsSubject *subject = g_ptr_array_index (recommended, i);

      append_to_flow_box (self->recommended_box, vs_subject_badge_new (subject));
      if (i > 0)
        g_string_append (subject_names, ", ");
      g_string_append (subject_names, vs_subject_get_name (subject));
    }

  if (source != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Source: %s"), vs_source_get_title (source));

      gtk_label_set_text (self->source_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), source != NULL);

  /* Translators: the accessible description of a use case: its
   * description, then the names of the subjects recommended for it.
   */
  accessible_description = g_strdup_printf (_("%s Recommended: %s"),
                                            description ? description : "",
                                            subject_names->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  vs_use_case_get_name (self->use_case),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  g_strstrip (accessible_description),
                                  -1);
}

static void
vs_use_case_row_constructed (GObject *object)
{
  VsUseCaseRow *self = (VsUseCaseRow *)object;

  G_OBJECT_CLASS (vs_use_case_row_parent_class)->constructed (object);

  g_assert (VS_IS_USE_CASE (self->use_case));

  show_use_case (self);
}

static void
vs_use_case_row_dispose (GObject *object)
{
  VsUseCaseRow *self = (VsUseCaseRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_USE_CASE_ROW);
  g_clear_object (&self->use_case);

  G_OBJECT_CLASS (vs_use_case_row_parent_class)->dispose (object);
}

static void
vs_use_case_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VsUseCaseRow *self = VS_USE_CASE_ROW (object);

  switch (prop_id)
    {
    case PROP_USE_CASE:
      g_value_set_object (value, self->use_case);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_use_case_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VsUseCaseRow *self = VS_USE_CASE_ROW (object);

  switch (prop_id)
    {
    case PROP_USE_CASE:
      self->use_case = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_use_case_row_class_init (VsUseCaseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vs_use_case_row_constructed;
  object_class->dispose = vs_use_case_row_dispose;
  object_class->get_property = vs_use_case_row_get_property;
  object_class->set_property = vs_use_case_row_set_property;

  properties [PROP_USE_CASE] =
    g_param_spec_object ("use-case", NULL, NULL,
                         VS_TYPE_USE_CASE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/"
                                               "ui/views/use-cases/vs-use-case-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VsUseCaseRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, VsUseCaseRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, VsUseCaseRow, tags_box);
  gtk_widget_class_bind_template_child (widget_class, VsUseCaseRow, recommended_box);
  gtk_widget_class_bind_template_child (widget_class, VsUseCaseRow, source_label);
}

static void
vs_use_case_row_init (VsUseCaseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vs_use_case_row_new:
 * @use_case: the use case to show
 *
 * Returns: (transfer floating): a new row showing @use_case
 */
GtkWidget *
vs_use_case_row_new (VsUseCase *use_case)
{
  g_return_val_if_fail (VS_IS_USE_CASE (use_case), NULL);

  return g_object_new (VS_TYPE_USE_CASE_ROW,
                       "use-case", use_case,
                       NULL);
}

/**
 * vs_use_case_row_get_use_case:
 *
 * Returns: (transfer none): the use case shown
 */
VsUseCase *
vs_use_case_row_get_use_case (VsUseCaseRow *self)
{
  g_return_val_if_fail (VS_IS_USE_CASE_ROW (self), NULL);

  return self->use_case;
}
