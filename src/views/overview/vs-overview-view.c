/* vs-overview-view.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "vs-guidance-row.h"
#include "vs-overview-view.h"
#include "vs-score-chart.h"
#include "vs-subject-card.h"

/* The Overview: the dataset's title, the subjects side by side, the
 * dataset's advice on when to choose each, the chart of their scores, and
 * where the claims come from.
 */

struct _VsOverviewView
{
  AdwBin             parent_instance;

  VsDataset         *dataset;

  GtkWidget         *intro_box;
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkLabel          *description_label;
  GtkLabel          *updated_label;
  GtkWidget         *subjects_box;
  GtkWidget         *guidance_section;
  GtkListBox        *guidance_list;
  GtkWidget         *chart_section;
  GtkLabel          *chart_caption;
  VsScoreChart      *chart;
  GtkWidget         *sources_section;
  GtkListBox        *sources_list;

  /* Waiting to show the sections below the cards (see show_later()): for
   * the view to be mapped, or for the next paint of its frame clock.
   */
  GdkFrameClock     *later_clock;
  gulong             later_handler;
};

static void view_iface_init (VsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VsOverviewView, vs_overview_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (VS_TYPE_VIEW, view_iface_init))

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

/* Cards narrower than this do not go side by side: one column at 360 px. */
#define CARD_MIN_WIDTH 260
#define CARD_SPACING   12

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

/* Dates in a dataset are YYYY-MM-DD (the loader checks them). */
static char *
format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) == 3)
    date = g_date_time_new_utc (year, month, day, 0, 0, 0);

  if (date == NULL)
    return g_strdup (iso_date);

  /* xgettext:no-c-format */
  /* Translators: how a date is written, for example "14 March 2025"; see
   * the strftime(3) manual (%-d is the day of the month without padding).
   */
  return g_date_time_format (date, _("%-d %B %Y"));
}

static GtkWidget *
create_label (const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* A link button that shows its whole URL and wraps it rather than widen the page. */
static GtkWidget *
create_link_button (const char *url,
                    const char *accessible_label)
{
  GtkWidget *button = gtk_link_button_new (url);
  GtkWidget *label = create_label (url, NULL);

  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, url,
                                  -1);

  return button;
}

/* “Choose Python if:” and the dataset's statements for the subject, as bullets. */
static GtkWidget *
create_source_row (VsSource *source)
{
  const char *publisher = vs_source_get_publisher (source);
  const char *date = vs_source_get_date (source);
  const char *url = vs_source_get_url (source);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autoptr(GString) details = g_string_new (NULL);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_box_append (GTK_BOX (box), create_label (vs_source_get_title (source), "vs-source-title"));

  if (publisher != NULL)
    g_string_append (details, publisher);
  if (date != NULL)
    {
      g_autofree char *formatted = format_date (date);

      if (details->len > 0)
        /* Translators: separates a source's publisher from its date. */
        g_string_append (details, _(" · "));
      g_string_append (details, formatted);
    }
  if (details->len > 0)
    gtk_box_append (GTK_BOX (box), create_label (details->str, "dim-label"));

  if (url != NULL)
    {
      /* Translators: the accessible name of a source's link; %s is the source's title. */
      g_autofree char *accessible_label = g_strdup_printf (_("Open “%s”"),
                                                           vs_source_get_title (source));
      GtkWidget *button = create_link_button (url, accessible_label);

      /* The button's own padding would push the URL out of line with the title. */
      gtk_widget_add_css_class (button, "vs-inline-link");
      gtk_box_append (GTK_BOX (box), button);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* Only the link inside takes the focus. */
  gtk_widget_set_focusable (row, FALSE);

  return row;
}

/* The cards are laid out in columns of equal width, as many as fit (up to
 * three; four cards make two rows of two), and the cards of a row share its
 * height. A GtkFlowBox would ask for the height of its children at their
 * minimum width, leaving gaps under stacked cards.
 */
static guint
count_columns (GtkWidget *box,
               int        width,
               int       *column_width)
{
  int n_cards = 0;
  int card_width = 0;
  int n_columns;

  for (GtkWidget *card = gtk_widget_get_first_child (box);
       card != NULL;
       card = gtk_widget_get_next_sibling (card))
    {
      int minimum;

      if (!gtk_widget_should_layout (card))
        continue;

      gtk_widget_measure (card, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      card_width = MAX (card_width, minimum);
      n_cards++;
    }

  n_columns = (width + CARD_SPACING) / (MAX (card_width, 1) + CARD_SPACING);
  n_columns = CLAMP (n_columns, 1, n_cards == 4 ? 2 : MAX (MIN (n_cards, 3), 1));

  if (column_width != NULL)
    *column_width = MAX (card_width, (width - (n_columns - 1) * CARD_SPACING) / n_columns);

  return n_columns;
}

/* Lays the cards out for @width, allocating them if @allocate; returns the height. */
static int
layout_cards (GtkWidget *box,
              int        width,
              gboolean   allocate)
{
  int column_width;
  guint n_columns = count_columns (box, width, &column_width);
  GtkWidget *row_start = gtk_widget_get_first_child (box);
  int y = 0;

  while (row_start != NULL)
    {
      GtkWidget *card = row_start;
      int row_height = 0;
      guint column;

      /* The height of the row: that of its tallest card. */
      for (column = 0; card != NULL && column < n_columns; card = gtk_widget_get_next_sibling (card))
        {
          int height;

          if (!gtk_widget_should_layout (card))
            continue;

          gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, column_width,
                              NULL, &height, NULL, NULL);
          row_height = MAX (row_height, height);
          column++;
        }

      if (column == 0)
        break;

      if (y > 0)
        y += CARD_SPACING;

      if (allocate)
        {
          gboolean rtl = gtk_widget_get_direction (box) == GTK_TEXT_DIR_RTL;

          column = 0;
          for (GtkWidget *child = row_start; child != card; child = gtk_widget_get_next_sibling (child))
            {
              int x = column * (column_width + CARD_SPACING);

              if (!gtk_widget_should_layout (child))
                continue;

              if (rtl)
                x = width - x - column_width;

              gtk_widget_size_allocate (child,
                                        &(GtkAllocation) { x, y, column_width, row_height },
                                        -1);
              column++;
            }
        }

      y += row_height;
      row_start = card;
    }

  return y;
}

static GtkSizeRequestMode
cards_get_request_mode (GtkWidget *box)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
cards_measure (GtkWidget      *box,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural,
               int            *minimum_baseline,
               int            *natural_baseline)
{
  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* One column at least; all of them side by side at best. */
      for (GtkWidget *card = gtk_widget_get_first_child (box);
           card != NULL;
           card = gtk_widget_get_next_sibling (card))
        {
          int card_minimum, card_natural;

          if (!gtk_widget_should_layout (card))
            continue;

          gtk_widget_measure (card, orientation, -1, &card_minimum, &card_natural, NULL, NULL);
          *minimum = MAX (*minimum, card_minimum);
          *natural += (*natural > 0 ? CARD_SPACING : 0) + card_natural;
        }
    }
  else
    {
      int width = for_size;
      int unused;

      if (width < 0)
        cards_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &unused, &width, NULL, NULL);

      *minimum = *natural = layout_cards (box, width, FALSE);
    }
}

static void
cards_allocate (GtkWidget *box,
                int        width,
                int        height,
                int        baseline)
{
  layout_cards (box, width, TRUE);
}

static void
show_intro (VsOverviewView *self)
{
  const char *subtitle = vs_dataset_get_subtitle (self->dataset);
  const char *description = vs_dataset_get_description (self->dataset);
  const char *updated = vs_dataset_get_updated (self->dataset);

  /* The title is there whatever the width: the header bar shows the view
   * switcher instead when the window is wide.
   */
  gtk_label_set_text (self->title_label, vs_dataset_get_title (self->dataset));
  gtk_label_set_text (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL);
  gtk_label_set_text (self->description_label, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL);

  if (updated != NULL)
    {
      g_autofree char *date = format_date (updated);
      /* Translators: the date of the dataset, for example "Updated 14 March 2025". */
      g_autofree char *text = g_strdup_printf (_("Updated %s"), date);

      gtk_label_set_text (self->updated_label, text);
    }
  else
    {
      gtk_label_set_text (self->updated_label, "");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->updated_label), updated != NULL);

  gtk_widget_set_visible (self->intro_box, TRUE);
}

static void
show_subjects (VsOverviewView *self)
{
  guint n_subjects = vs_dataset_get_n_subjects (self->dataset);

  for (guint i = 0; i < n_subjects; i++)
    {
      GtkWidget *card = vs_subject_card_new (vs_dataset_get_subject (self->dataset, i));

      gtk_widget_set_size_request (card, CARD_MIN_WIDTH, -1);
      gtk_box_append (GTK_BOX (self->subjects_box), card);
    }
}

/* The dataset's “choose X if” advice: the article's own conclusion. */
static void
show_guidance (VsOverviewView *self)
{
  guint n_subjects = vs_dataset_get_n_subjects (self->dataset);
  gboolean shown = FALSE;

  for (guint s = 0; s < n_subjects; s++)
    {
      VsSubject *subject = vs_dataset_get_subject (self->dataset, s);
      GtkWidget *row = vs_guidance_row_new (self->dataset, subject);

      if (row == NULL)
        continue;

      gtk_list_box_append (self->guidance_list, row);
      shown = TRUE;
    }

  gtk_widget_set_visible (self->guidance_section, shown);
}

static void
show_chart (VsOverviewView *self)
{
  guint n_rows;

  vs_score_chart_set_dataset (self->chart, self->dataset);
  n_rows = vs_score_chart_get_n_rows (self->chart);

  if (vs_score_chart_get_by_category (self->chart))
    gtk_label_set_text (self->chart_caption,
                        _("How well each subject does on average over the scored features "
                          "of each category, from 0 to 5 (higher is better)."));
  else
    gtk_label_set_text (self->chart_caption,
                        _("How well each subject does on each scored feature, "
                          "from 0 to 5 (higher is better)."));

  gtk_widget_set_visible (self->chart_section, n_rows > 0);
}

static void
show_sources (VsOverviewView *self)
{
  GListModel *sources = vs_dataset_get_sources (self->dataset);
  guint n_sources = g_list_model_get_n_items (sources);

  for (guint i = 0; i < n_sources; i++)
    {
      g_autoptr(VsSource) source = g_list_model_get_item (sources, i);

      gtk_list_box_append (self->sources_list, create_source_row (source));
    }

  gtk_widget_set_visible (self->sources_section, n_sources > 0);
}

static void
clear (VsOverviewView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->subjects_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->subjects_box), child);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sources_list))) != NULL)
    gtk_list_box_remove (self->sources_list, child);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->guidance_list))) != NULL)
    gtk_list_box_remove (self->guidance_list, child);

  vs_score_chart_set_dataset (self->chart, NULL);
  gtk_widget_set_visible (self->intro_box, FALSE);
  gtk_widget_set_visible (self->guidance_section, FALSE);
  gtk_widget_set_visible (self->chart_section, FALSE);
  gtk_widget_set_visible (self->sources_section, FALSE);
}

static void
cancel_later (VsOverviewView *self)
{
  /* A window that goes disposes its frame clock, and the handlers with it. */
  if (self->later_clock != NULL &&
      g_signal_handler_is_connected (self->later_clock, self->later_handler))
    g_signal_handler_disconnect (self->later_clock, self->later_handler);
  else if (self->later_clock == NULL)
    g_clear_signal_handler (&self->later_handler, self);
  self->later_handler = 0;
  g_clear_object (&self->later_clock);
}

static void
show_rest (VsOverviewView *self)
{
  cancel_later (self);
  show_guidance (self);
  show_chart (self);
  show_sources (self);
}

static void
show_after_paint (VsOverviewView *self)
{
  cancel_later (self);
  self->later_clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  self->later_handler = g_signal_connect_swapped (self->later_clock, "after-paint",
                                                  G_CALLBACK (show_rest), self);
}

/* The advice, the chart and the sources are below the cards, out of sight
 * when a dataset first shows: they are made once the frame that shows the
 * title and the cards is painted, and come in the next one (made with the
 * rest, they cost that frame a seventh of its time). A view not on screen
 * waits to be mapped first.
 */
static void
show_later (VsOverviewView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_after_paint (self);
  else
    self->later_handler = g_signal_connect (self, "map", G_CALLBACK (show_after_paint), NULL);
}

/* Everything is rebuilt: another dataset shares nothing with the previous one. */
static void
rebuild (VsOverviewView *self)
{
  GtkScrolledWindow *scrolled_window;

  cancel_later (self);
  clear (self);

  if (self->dataset == NULL)
    return;

  show_intro (self);
  show_subjects (self);
  show_later (self);

  /* The scrolled window is the bin's child: binding it as a template child
   * would make gtk_widget_dispose_template() unparent it behind AdwBin's back.
   */
  scrolled_window = GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled_window), 0);
}

/* ------------------------------------------------------------------------ */
/* VsView                                                                   */
/* ------------------------------------------------------------------------ */

static void
vs_overview_view_session_changed (VsView          *view,
                                  VsSession       *session,
                                  VsSessionChange  what)
{
  VsOverviewView *self = VS_OVERVIEW_VIEW (view);
  VsDataset *dataset = session != NULL ? vs_session_get_dataset (session) : NULL;

  if (g_set_object (&self->dataset, dataset))
    rebuild (self);
}

static void
view_iface_init (VsViewInterface *iface)
{
  iface->session_changed = vs_overview_view_session_changed;
}

/* ------------------------------------------------------------------------ */
/* Class overrides                                                          */
/* ------------------------------------------------------------------------ */

static void
vs_overview_view_dispose (GObject *object)
{
  VsOverviewView *self = (VsOverviewView *)object;

  cancel_later (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_OVERVIEW_VIEW);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (vs_overview_view_parent_class)->dispose (object);
}

static void
vs_overview_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VsOverviewView *self = VS_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, vs_view_get_session (VS_VIEW (self)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_overview_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VsOverviewView *self = VS_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      vs_view_set_session (VS_VIEW (self), g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_overview_view_class_init (VsOverviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_overview_view_dispose;
  object_class->get_property = vs_overview_view_get_property;
  object_class->set_property = vs_overview_view_set_property;

  g_object_class_override_property (object_class, PROP_SESSION, "session");

  g_type_ensure (VS_TYPE_SCORE_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/"
                                               "ui/views/overview/vs-overview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VsOverviewView, intro_box);
  gtk_widget_class_bind_template_child (widget_class, VsOverviewView, title_label);
  gtk_widget_class_bind_template_child (widget_class, VsOverviewView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, VsOverviewView, description_label);
  gtk_widget_class_bind_template_child (widget_class, VsOverviewView, updated_label);
  gtk_widget_class_bind_template_child (widget_class, VsOverviewView, subjects_box);
  gtk_widget_class_bind_template_child (widget_class, VsOverviewView, guidance_section);
  gtk_widget_class_bind_template_child (widget_class, VsOverviewView, guidance_list);
  gtk_widget_class_bind_template_child (widget_class, VsOverviewView, chart_section);
  gtk_widget_class_bind_template_child (widget_class, VsOverviewView, chart_caption);
  gtk_widget_class_bind_template_child (widget_class, VsOverviewView, chart);
  gtk_widget_class_bind_template_child (widget_class, VsOverviewView, sources_section);
  gtk_widget_class_bind_template_child (widget_class, VsOverviewView, sources_list);

  /* No “view.search” action: the Overview has nothing to search, and the
   * window then searches the Features view instead.
   */
}

static void
vs_overview_view_init (VsOverviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_layout_manager (self->subjects_box,
                                 gtk_custom_layout_new (cards_get_request_mode,
                                                        cards_measure,
                                                        cards_allocate));

  clear (self);
}
