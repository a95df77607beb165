/* vs-window.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-dataset-loader.h"
#include "vs-window.h"

struct _VsWindow
{
  AdwApplicationWindow parent_instance;

  VsDataset *dataset;
  GCancellable *load_cancellable;
  GFile *loading_file;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkLabel *description_label;
  GtkLabel *counts_label;
};

G_DEFINE_FINAL_TYPE (VsWindow, vs_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
show_dataset (VsWindow *self)
{
  const char *subtitle = vs_dataset_get_subtitle (self->dataset);
  const char *description = vs_dataset_get_description (self->dataset);
  g_autofree char *subjects = NULL;
  g_autofree char *features = NULL;
  g_autofree char *counts = NULL;
  guint n_subjects = vs_dataset_get_n_subjects (self->dataset);
  guint n_features = g_list_model_get_n_items (vs_dataset_get_features (self->dataset));

  /* Labels without markup: dataset text is shown as it is written. */
  adw_window_title_set_title (self->window_title, vs_dataset_get_title (self->dataset));
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), vs_dataset_get_title (self->dataset));

  gtk_label_set_text (self->title_label, vs_dataset_get_title (self->dataset));
  gtk_label_set_text (self->subtitle_label, subtitle ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL);
  gtk_label_set_text (self->description_label, description ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL);

  subjects = g_strdup_printf (ngettext ("%u subject", "%u subjects", n_subjects), n_subjects);
  features = g_strdup_printf (ngettext ("%u feature", "%u features", n_features), n_features);
  /* Translators: “2 subjects · 16 features” */
  counts = g_strdup_printf (_("%s · %s"), subjects, features);
  gtk_label_set_text (self->counts_label, counts);
}

static void
show_load_error (VsWindow     *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = vs_dataset_error_format (name, error);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Could Not Open Dataset"),
                                                       NULL));
  /* Plain text on purpose: the message quotes the file's own text. */
  adw_message_dialog_set_body (dialog, message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
load_file_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(VsWindow) self = user_data;
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  dataset = vs_dataset_loader_load_file_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* A dataset that fails leaves the current one on screen. */
  if (dataset == NULL)
    show_load_error (self, self->loading_file, error);
  else
    vs_window_set_dataset (self, dataset);
}

static void
vs_window_dispose (GObject *object)
{
  VsWindow *self = (VsWindow *)object;

  g_cancellable_cancel (self->load_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_WINDOW);

  G_OBJECT_CLASS (vs_window_parent_class)->dispose (object);
}

static void
vs_window_finalize (GObject *object)
{
  VsWindow *self = (VsWindow *)object;

  g_clear_object (&self->dataset);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->loading_file);

  G_OBJECT_CLASS (vs_window_parent_class)->finalize (object);
}

static void
vs_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VsWindow *self = VS_WINDOW (object);

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
vs_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  VsWindow *self = VS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      vs_window_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_window_class_init (VsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_window_dispose;
  object_class->finalize = vs_window_finalize;
  object_class->get_property = vs_window_get_property;
  object_class->set_property = vs_window_set_property;

  properties [PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         VS_TYPE_DATASET,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/versusapp/Versus/ui/vs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, description_label);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, counts_label);
}

static void
vs_window_init (VsWindow *self)
{
  g_autoptr(VsDataset) builtin = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  builtin = vs_dataset_loader_load_builtin ();
  vs_window_set_dataset (self, builtin);
}

VsWindow *
vs_window_new (VsApplication *application)
{
  return g_object_new (VS_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * vs_window_get_dataset:
 *
 * Returns: (transfer none): the dataset on screen
 */
VsDataset *
vs_window_get_dataset (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return self->dataset;
}

void
vs_window_set_dataset (VsWindow  *self,
                       VsDataset *dataset)
{
  g_return_if_fail (VS_IS_WINDOW (self));
  g_return_if_fail (VS_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  show_dataset (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATASET]);
}

/**
 * vs_window_open_file:
 * @file: a dataset file
 *
 * Loads @file without blocking and shows it; if it cannot be read, the
 * current dataset stays and a dialog says why.
 */
void
vs_window_open_file (VsWindow *self,
                     GFile    *file)
{
  g_return_if_fail (VS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  g_set_object (&self->loading_file, file);

  vs_dataset_loader_load_file_async (file, self->load_cancellable, load_file_cb,
                                     g_object_ref (self));
}
