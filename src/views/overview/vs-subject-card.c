/* vs-subject-card.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vs-subject-card.h"
#include "vs-subject-style.h"

/* A card of the Overview: one subject's name in its colour, its kind,
 * summary, highlights and homepage. All of it is the dataset's plain text.
 */

struct _VsSubjectCard
{
  AdwBin     parent_instance;

  VsSubject *subject;

  GtkWidget *swatch;
  GtkLabel  *name_label;
  GtkLabel  *kind_label;
  GtkLabel  *summary_label;
  GtkWidget *highlights_section;
  GtkWidget *highlights_list;
  GtkWidget *homepage_button;
  GtkLabel  *homepage_label;
};

G_DEFINE_FINAL_TYPE (VsSubjectCard, vs_subject_card, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SUBJECT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static void
set_optional_text (GtkLabel   *label,
                   const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* The homepage as people write it: without the scheme and the final slash. */
static char *
display_url (const char *url)
{
  const char *start = url;
  gsize length;

  if (g_str_has_prefix (start, "https://"))
    start += strlen ("https://");
  else if (g_str_has_prefix (start, "http://"))
    start += strlen ("http://");

  length = strlen (start);
  if (length > 1 && start[length - 1] == '/')
    length--;

  return g_strndup (start, length);
}

static GtkWidget *
create_highlight (const char *text)
{
  GtkWidget *item;
  GtkWidget *bullet;
  GtkWidget *label;

  /* A grid, not a horizontal box: a GtkBox asks a wrapping label for its
   * width at many heights to find its own height (a search within a search
   * of Pango layouts), which made the Overview's first frame 40 ms slower.
   */
  item = g_object_new (GTK_TYPE_GRID,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                       "column-spacing", 8,
                       NULL);

  bullet = g_object_new (GTK_TYPE_LABEL,
                         "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                         "label", "•",
                         "valign", GTK_ALIGN_START,
                         NULL);

  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Keeps the natural width of the card small, so that cards go side by side. */
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "vs-highlight");

  gtk_grid_attach (GTK_GRID (item), bullet, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (item), label, 1, 0, 1, 1);

  return item;
}

static void
show_subject (VsSubjectCard *self)
{
  const char * const *highlights = vs_subject_get_highlights (self->subject);
  const char *homepage = vs_subject_get_homepage (self->subject);
  const char *name = vs_subject_get_name (self->subject);

  gtk_label_set_text (self->name_label, name);
  set_optional_text (self->kind_label, vs_subject_get_kind (self->subject));
  set_optional_text (self->summary_label, vs_subject_get_summary (self->subject));

  for (guint i = 0; highlights != NULL && highlights[i] != NULL; i++)
    gtk_box_append (GTK_BOX (self->highlights_list), create_highlight (highlights[i]));
  gtk_widget_set_visible (self->highlights_section, highlights != NULL && highlights[0] != NULL);

  /* The loader only lets http and https homepages through. */
  if (homepage != NULL)
    {
      g_autofree char *text = display_url (homepage);
      g_autofree char *accessible_label = g_strdup_printf (_("Homepage of %s"), name);

      gtk_link_button_set_uri (GTK_LINK_BUTTON (self->homepage_button), homepage);
      gtk_label_set_text (self->homepage_label, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->homepage_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, homepage,
                                      -1);
    }
  gtk_widget_set_visible (self->homepage_button, homepage != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  VsSubjectCard *self = user_data;

  if (self->subject != NULL)
    vs_subject_style_draw_dot (self->subject, cr, width, height);
}

/* ------------------------------------------------------------------------ */
/* Signal callbacks                                                         */
/* ------------------------------------------------------------------------ */

static void
dark_changed_cb (VsSubjectCard   *self,
                 GParamSpec      *pspec,
                 AdwStyleManager *style_manager)
{
  gtk_widget_queue_draw (self->swatch);
}

/* ------------------------------------------------------------------------ */
/* Class overrides                                                          */
/* ------------------------------------------------------------------------ */

static void
vs_subject_card_constructed (GObject *object)
{
  VsSubjectCard *self = (VsSubjectCard *)object;

  G_OBJECT_CLASS (vs_subject_card_parent_class)->constructed (object);

  g_assert (VS_IS_SUBJECT (self->subject));
  show_subject (self);
}

static void
vs_subject_card_dispose (GObject *object)
{
  VsSubjectCard *self = (VsSubjectCard *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_SUBJECT_CARD);
  g_clear_object (&self->subject);

  G_OBJECT_CLASS (vs_subject_card_parent_class)->dispose (object);
}

static void
vs_subject_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VsSubjectCard *self = VS_SUBJECT_CARD (object);

  switch (prop_id)
    {
    case PROP_SUBJECT:
      g_value_set_object (value, self->subject);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_subject_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VsSubjectCard *self = VS_SUBJECT_CARD (object);

  switch (prop_id)
    {
    case PROP_SUBJECT:
      self->subject = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_subject_card_class_init (VsSubjectCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vs_subject_card_constructed;
  object_class->dispose = vs_subject_card_dispose;
  object_class->get_property = vs_subject_card_get_property;
  object_class->set_property = vs_subject_card_set_property;

  properties [PROP_SUBJECT] =
    g_param_spec_object ("subject", NULL, NULL,
                         VS_TYPE_SUBJECT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/"
                                               "ui/views/overview/vs-subject-card.ui");
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, swatch);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, kind_label);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, highlights_section);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, highlights_list);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, homepage_button);
  gtk_widget_class_bind_template_child (widget_class, VsSubjectCard, homepage_label);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vs_subject_card_init (VsSubjectCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->swatch), draw_swatch, self, NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

/**
 * vs_subject_card_new:
 * @subject: the subject to show
 *
 * Returns: (transfer floating): a new card
 */
GtkWidget *
vs_subject_card_new (VsSubject *subject)
{
  g_return_val_if_fail (VS_IS_SUBJECT (subject), NULL);

  return g_object_new (VS_TYPE_SUBJECT_CARD,
                       "subject", subject,
                       NULL);
}

/**
 * vs_subject_card_get_subject:
 *
 * Returns: (transfer none): the subject shown
 */
VsSubject *
vs_subject_card_get_subject (VsSubjectCard *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT_CARD (self), NULL);

  return self->subject;
}
