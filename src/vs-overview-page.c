/* vs-overview-page.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-overview-page.h"

/* The Overview: the subjects side by side, the chart of their scores, and where the claims come from. */

struct _VsOverviewPage
{
  AdwBin parent_instance;

  VsDataset *dataset;
};

G_DEFINE_FINAL_TYPE (VsOverviewPage, vs_overview_page, ADW_TYPE_BIN)

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
vs_overview_page_dispose (GObject *object)
{
  VsOverviewPage *self = (VsOverviewPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (vs_overview_page_parent_class)->dispose (object);
}

static void
vs_overview_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VsOverviewPage *self = VS_OVERVIEW_PAGE (object);

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
vs_overview_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VsOverviewPage *self = VS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      vs_overview_page_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_overview_page_class_init (VsOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_overview_page_dispose;
  object_class->get_property = vs_overview_page_get_property;
  object_class->set_property = vs_overview_page_set_property;

  properties [PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         VS_TYPE_DATASET,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/ui/vs-overview-page.ui");

  /* Every view has a “view.search” action: the window's search button and
   * Ctrl+F activate it on the visible view.
   */
  gtk_widget_class_install_action (widget_class, "view.search", NULL, search_action_cb);
}

static void
vs_overview_page_init (VsOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vs_overview_page_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset shown
 */
VsDataset *
vs_overview_page_get_dataset (VsOverviewPage *self)
{
  g_return_val_if_fail (VS_IS_OVERVIEW_PAGE (self), NULL);

  return self->dataset;
}

void
vs_overview_page_set_dataset (VsOverviewPage *self,
                              VsDataset      *dataset)
{
  g_return_if_fail (VS_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (!dataset || VS_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATASET]);
}
