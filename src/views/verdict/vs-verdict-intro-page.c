/* vs-verdict-intro-page.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-format.h"
#include "vs-verdict-intro-page.h"
#include "vs-verdict-page.h"

/* The first page of the verdict wizard: what the questions are for, how
 * many there are, and a button to start.
 */

/* Above this many subjects, the title names none of them. */
#define MAX_SUBJECTS_IN_TITLE 4

struct _VsVerdictIntroPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel *title_label;
  GtkLabel *intro_label;
  GtkLabel *count_label;
  GtkButton *start_button;
};

static void verdict_page_iface_init (VsVerdictPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VsVerdictIntroPage, vs_verdict_intro_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (VS_TYPE_VERDICT_PAGE,
                                                      verdict_page_iface_init))

static GPtrArray *
list_subject_names (VsDataset *dataset)
{
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < vs_dataset_get_n_subjects (dataset); i++)
    g_ptr_array_add (names, (char *)vs_subject_get_name (vs_dataset_get_subject (dataset, i)));

  return names;
}

/* ------------------------------------------------------------------------- */
/* VsVerdictPage                                                             */
/* ------------------------------------------------------------------------- */

static void
vs_verdict_intro_page_activate (VsVerdictPage *page,
                                VsVerdict     *verdict)
{
  VsVerdictIntroPage *self = VS_VERDICT_INTRO_PAGE (page);
  VsDataset *dataset = vs_verdict_get_dataset (verdict);
  g_autoptr(GPtrArray) subject_names = list_subject_names (dataset);
  guint n_questions = g_list_model_get_n_items (vs_dataset_get_questions (dataset));
  g_autofree char *names = vs_format_join_names (subject_names, TRUE);
  g_autofree char *count = NULL;

  /* Plain text labels: the dataset's text is never markup. */
  if (subject_names->len <= MAX_SUBJECTS_IN_TITLE)
    {
      /* Translators: the question the wizard answers, “Node.js or Python?” */
      g_autofree char *title = g_strdup_printf (_("%s?"), names);
      gtk_label_set_label (self->title_label, title);
    }
  else
    {
      gtk_label_set_label (self->title_label, _("Which One Fits Your Project?"));
    }

  if (vs_dataset_get_verdict_intro (dataset) != NULL)
    {
      gtk_label_set_label (self->intro_label, vs_dataset_get_verdict_intro (dataset));
    }
  else
    {
      /* Translators: the placeholder lists the subjects, “Node.js or Python” */
      g_autofree char *intro = g_strdup_printf (_("Answer a few questions about your project "
                                                  "to see whether %s fits it best. Skip any "
                                                  "question that does not apply."),
                                                names);
      gtk_label_set_label (self->intro_label, intro);
    }

  count = g_strdup_printf (ngettext ("%u question", "%u questions", n_questions), n_questions);
  gtk_label_set_label (self->count_label, count);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
vs_verdict_intro_page_deactivate (VsVerdictPage *page)
{
}

static void
verdict_page_iface_init (VsVerdictPageInterface *iface)
{
  iface->activate = vs_verdict_intro_page_activate;
  iface->deactivate = vs_verdict_intro_page_deactivate;
}

/* ------------------------------------------------------------------------- */
/* GtkWidget                                                                 */
/* ------------------------------------------------------------------------- */

static gboolean
vs_verdict_intro_page_grab_focus (GtkWidget *widget)
{
  VsVerdictIntroPage *self = VS_VERDICT_INTRO_PAGE (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
}

static void
vs_verdict_intro_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VS_TYPE_VERDICT_INTRO_PAGE);

  G_OBJECT_CLASS (vs_verdict_intro_page_parent_class)->dispose (object);
}

static void
vs_verdict_intro_page_class_init (VsVerdictIntroPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_verdict_intro_page_dispose;

  widget_class->grab_focus = vs_verdict_intro_page_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/"
                                               "ui/views/verdict/vs-verdict-intro-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VsVerdictIntroPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictIntroPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictIntroPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictIntroPage, start_button);
}

static void
vs_verdict_intro_page_init (VsVerdictIntroPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vs_verdict_intro_page_new:
 *
 * Returns: (transfer floating): a new intro page
 */
GtkWidget *
vs_verdict_intro_page_new (void)
{
  return g_object_new (VS_TYPE_VERDICT_INTRO_PAGE, NULL);
}
