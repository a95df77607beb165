/* vs-verdict-view.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-verdict-view.h"

/* The Verdict view: a wizard that asks the dataset's questions and ranks the subjects for the answers. */

struct _VsVerdictView
{
  AdwBin parent_instance;

  VsDataset *dataset;
};

G_DEFINE_FINAL_TYPE (VsVerdictView, vs_verdict_view, ADW_TYPE_BIN)

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
vs_verdict_view_dispose (GObject *object)
{
  VsVerdictView *self = (VsVerdictView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_VERDICT_VIEW);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (vs_verdict_view_parent_class)->dispose (object);
}

static void
vs_verdict_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VsVerdictView *self = VS_VERDICT_VIEW (object);

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
vs_verdict_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VsVerdictView *self = VS_VERDICT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      vs_verdict_view_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_verdict_view_class_init (VsVerdictViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_verdict_view_dispose;
  object_class->get_property = vs_verdict_view_get_property;
  object_class->set_property = vs_verdict_view_set_property;

  properties [PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         VS_TYPE_DATASET,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/ui/vs-verdict-view.ui");

  /* Every view has a “view.search” action: the window's search button and
   * Ctrl+F activate it on the visible view.
   */
  gtk_widget_class_install_action (widget_class, "view.search", NULL, search_action_cb);
}

static void
vs_verdict_view_init (VsVerdictView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vs_verdict_view_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset shown
 */
VsDataset *
vs_verdict_view_get_dataset (VsVerdictView *self)
{
  g_return_val_if_fail (VS_IS_VERDICT_VIEW (self), NULL);

  return self->dataset;
}

void
vs_verdict_view_set_dataset (VsVerdictView *self,
                             VsDataset     *dataset)
{
  g_return_if_fail (VS_IS_VERDICT_VIEW (self));
  g_return_if_fail (!dataset || VS_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATASET]);
}
