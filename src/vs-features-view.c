/* vs-features-view.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-features-view.h"

/* The Features view: every feature of the dataset in a sortable, searchable table. */

struct _VsFeaturesView
{
  AdwBin parent_instance;

  VsDataset *dataset;
};

G_DEFINE_FINAL_TYPE (VsFeaturesView, vs_features_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
}

static void
vs_features_view_dispose (GObject *object)
{
  VsFeaturesView *self = (VsFeaturesView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_FEATURES_VIEW);
  g_clear_object (&self->dataset);

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
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
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
    case PROP_DATASET:
      vs_features_view_set_dataset (self, g_value_get_object (value));
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
  object_class->get_property = vs_features_view_get_property;
  object_class->set_property = vs_features_view_set_property;

  properties [PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         VS_TYPE_DATASET,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/ui/vs-features-view.ui");

  /* Every view has a “view.search” action: the window's search button and
   * Ctrl+F activate it on the visible view.
   */
  gtk_widget_class_install_action (widget_class, "view.search", NULL, search_action_cb);
}

static void
vs_features_view_init (VsFeaturesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vs_features_view_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset shown
 */
VsDataset *
vs_features_view_get_dataset (VsFeaturesView *self)
{
  g_return_val_if_fail (VS_IS_FEATURES_VIEW (self), NULL);

  return self->dataset;
}

void
vs_features_view_set_dataset (VsFeaturesView *self,
                              VsDataset      *dataset)
{
  g_return_if_fail (VS_IS_FEATURES_VIEW (self));
  g_return_if_fail (!dataset || VS_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATASET]);
}
