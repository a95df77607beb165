/* vs-verdict-result-page.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-format.h"
#include "vs-guidance-row.h"
#include "vs-score-bar.h"
#include "vs-subject-style.h"
#include "vs-verdict-page.h"
#include "vs-verdict-result-page.h"

/* The last page of the verdict wizard: the ranking the engine computes for
 * the answers (never computed here), the reasons behind each score, the
 * use cases and companies of the winner, and the comparison's advice.
 * When the answers do not separate the subjects, it says so instead of
 * naming a winner.
 */

struct _VsVerdictResultPage
{
  AdwBin parent_instance;

  /* Set between activate and deactivate only. */
  VsVerdict *verdict;

  /* Template widgets */
  GtkLabel *summary_label;
  GtkLabel *detail_label;
  GtkListBox *ranking_list;
  GtkWidget *use_cases_box;
  GtkListBox *use_cases_list;
  GtkWidget *companies_box;
  GtkLabel *companies_heading;
  GtkWidget *companies_row;
  GtkLabel *companies_label;
  GtkWidget *guidance_box;
  GtkListBox *guidance_list;
};

static void verdict_page_iface_init (VsVerdictPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VsVerdictResultPage, vs_verdict_result_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (VS_TYPE_VERDICT_PAGE,
                                                      verdict_page_iface_init))

/* ------------------------------------------------------------------------- */
/* Helpers                                                                   */
/* ------------------------------------------------------------------------- */

static void
remove_all (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else
        gtk_box_remove (GTK_BOX (container), child);
    }
}

static GtkWidget *
text_label_new (const char *text,
                const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  /* Plain text: the dataset's text is never markup. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GPtrArray *
subject_names (GPtrArray *subjects)
{
  GPtrArray *names = g_ptr_array_sized_new (subjects->len);

  for (guint i = 0; i < subjects->len; i++)
    g_ptr_array_add (names, (char *)vs_subject_get_name (g_ptr_array_index (subjects, i)));

  return names;
}

static gboolean
recommends_any (VsUseCase *use_case,
                GPtrArray *subjects)
{
  for (guint i = 0; i < subjects->len; i++)
    {
      if (vs_use_case_recommends (use_case, g_ptr_array_index (subjects, i)))
        return TRUE;
    }

  return FALSE;
}

static gboolean
uses_any (VsCompany *company,
          GPtrArray *subjects)
{
  for (guint i = 0; i < subjects->len; i++)
    {
      if (vs_company_uses (company, g_ptr_array_index (subjects, i)))
        return TRUE;
    }

  return FALSE;
}

/* A reason of the ranking: its points (“+2”, “−1”) in a column, then the reason. */
static GtkWidget *
reason_line_new (const VsVerdictReason *reason,
                 const char            *text,
                 GtkSizeGroup          *points_group)
{
  g_autofree char *points = vs_verdict_reason_format_points (reason);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *points_label = gtk_label_new (points);
  GtkWidget *label = text_label_new (text, "vs-verdict-reason");

  gtk_label_set_xalign (GTK_LABEL (points_label), 1);
  gtk_widget_set_valign (points_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (points_label, "vs-verdict-points");
  gtk_widget_add_css_class (points_label, "numeric");
  gtk_widget_add_css_class (points_label, reason->weight < 0 ? "error" : "success");
  gtk_size_group_add_widget (points_group, points_label);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), points_label);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static GtkWidget *
ranking_row_new (VsVerdictResult *result,
                 VsVerdictEntry  *entry,
                 double           max_score,
                 GtkSizeGroup    *badge_group,
                 GtkSizeGroup    *points_group)
{
  VsSubject *subject = vs_verdict_entry_get_subject (entry);
  double score = vs_verdict_entry_get_score (entry);
  guint rank = vs_verdict_entry_get_rank (entry);
  gboolean tied = vs_verdict_entry_get_tied (entry);
  g_autofree char *score_text = vs_format_score (score);
  g_autofree char *rank_text = NULL;
  g_autofree char *accessible = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  GtkWidget *row;
  GtkWidget *grid;
  GtkWidget *line;
  GtkWidget *rank_label;
  GtkWidget *badge_box;
  GtkWidget *bar;
  GtkWidget *score_label;

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "vs-verdict-entry");

  /* The rank on the left; the badge, bar and score on the first line
   * beside it, and the reasons under them.
   */
  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);

  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_hexpand (line, TRUE);
  gtk_grid_attach (GTK_GRID (grid), line, 1, 0, 1, 1);

  /* Tied subjects share a rank, written “=1” as sports tables do. */
  rank_text = tied ? g_strdup_printf ("=%u", rank) : g_strdup_printf ("%u", rank);
  rank_label = gtk_label_new (rank_text);
  gtk_label_set_width_chars (GTK_LABEL (rank_label), 2);
  gtk_label_set_xalign (GTK_LABEL (rank_label), 0);
  gtk_widget_set_valign (rank_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (rank_label, "vs-verdict-rank");
  gtk_widget_add_css_class (rank_label, "numeric");
  gtk_widget_add_css_class (rank_label, "title-3");
  if (tied)
    gtk_widget_set_tooltip_text (rank_label, _("Tied"));
  gtk_grid_attach (GTK_GRID (grid), rank_label, 0, 0, 1, 1);

  /* The badges share one width so that the bars start at the same place. */
  badge_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_append (GTK_BOX (badge_box), vs_subject_badge_new (subject));
  gtk_size_group_add_widget (badge_group, badge_box);
  gtk_box_append (GTK_BOX (line), badge_box);

  /* Relative to the best score; a score of zero or less leaves the bar empty. */
  bar = vs_score_bar_new (subject, max_score > 0 && score > 0 ? score / max_score : 0);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (line), bar);

  score_label = gtk_label_new (score_text);
  gtk_label_set_width_chars (GTK_LABEL (score_label), 4);
  gtk_label_set_xalign (GTK_LABEL (score_label), 1);
  gtk_widget_add_css_class (score_label, "vs-verdict-score");
  gtk_widget_add_css_class (score_label, "numeric");
  gtk_widget_add_css_class (score_label, "heading");
  gtk_box_append (GTK_BOX (line), score_label);

  if (tied)
    /* Translators: read by screen readers for a subject in the verdict's ranking */
    accessible = g_strdup_printf (_("Tied for rank %u: %s, score %s"),
                                  rank, vs_subject_get_name (subject), score_text);
  else
    /* Translators: read by screen readers for a subject in the verdict's ranking */
    accessible = g_strdup_printf (_("Rank %u: %s, score %s"),
                                  rank, vs_subject_get_name (subject), score_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  /* Without any answer there is nothing to explain. */
  if (vs_verdict_result_get_n_answers (result) > 0)
    {
      GtkWidget *reasons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

      gtk_widget_add_css_class (reasons, "vs-verdict-reasons");
      gtk_grid_attach (GTK_GRID (grid), reasons, 1, 1, 1, 1);

      for (guint i = 0; i < vs_verdict_entry_get_n_reasons (entry); i++)
        {
          const VsVerdictReason *reason = vs_verdict_entry_get_reason (entry, i);
          g_autofree char *described = vs_verdict_reason_describe (reason);
          g_autofree char *points = vs_verdict_reason_format_points (reason);
          g_autofree char *text = vs_format_reason (described, reason->important);

          gtk_box_append (GTK_BOX (reasons), reason_line_new (reason, text, points_group));
          g_string_append_printf (description, "%s%s %s", description->len ? "; " : "",
                                  points, text);
        }

      if (vs_verdict_entry_get_n_reasons (entry) == 0)
        {
          /* Translators: the placeholder is a subject's name */
          g_autofree char *none = g_strdup_printf (_("None of your answers favoured %s."),
                                                   vs_subject_get_name (subject));
          gtk_box_append (GTK_BOX (reasons), text_label_new (none, "dim-label"));
          g_string_append (description, none);
        }
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);

  return row;
}

static void
show_summary (VsVerdictResultPage *self,
              VsVerdictResult     *result,
              GPtrArray           *winners)
{
  guint n_entries = g_list_model_get_n_items (G_LIST_MODEL (result));
  guint n_answers = vs_verdict_result_get_n_answers (result);
  VsDataset *dataset = vs_verdict_get_dataset (self->verdict);
  guint n_questions = g_list_model_get_n_items (vs_dataset_get_questions (dataset));
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autofree char *summary = NULL;
  g_autofree char *detail = NULL;

  for (guint i = 0; i < n_entries; i++)
    g_ptr_array_add (all, vs_verdict_entry_get_subject (vs_verdict_result_get_entry (result, i)));

  if (!vs_verdict_result_get_is_decisive (result))
    {
      g_autoptr(GPtrArray) names = subject_names (all);
      g_autofree char *list = vs_format_join_names (names, FALSE);

      /* Translators: the placeholder lists the subjects, “Node.js and Python” */
      summary = g_strdup_printf (_("Your answers do not separate %s."), list);
      if (n_answers == 0)
        detail = g_strdup (_("You skipped every question. Go back and answer some to get a "
                             "verdict."));
      else
        detail = g_strdup (_("They get the same score from your answers."));
    }
  else
    {
      g_autoptr(GPtrArray) names = subject_names (winners);
      g_autofree char *list = vs_format_join_names (names, FALSE);

      if (winners->len == 1)
        /* Translators: the placeholder is the winning subject, “Python” */
        summary = g_strdup_printf (_("%s fits your answers best."), list);
      else
        /* Translators: the placeholder lists the tied winners, “PostgreSQL and MySQL” */
        summary = g_strdup_printf (_("%s fit your answers equally well."), list);

      /* Translators: the questions answered, of all the questions asked */
      detail = g_strdup_printf (ngettext ("Based on your answers to %u of %u question.",
                                          "Based on your answers to %u of %u questions.",
                                          n_questions),
                                n_answers, n_questions);
    }

  gtk_label_set_label (self->summary_label, summary);
  gtk_label_set_label (self->detail_label, detail);
}

static void
show_ranking (VsVerdictResultPage *self,
              VsVerdictResult     *result)
{
  guint n_entries = g_list_model_get_n_items (G_LIST_MODEL (result));
  g_autoptr(GtkSizeGroup) badge_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  /* The points of all the reasons in one column. */
  g_autoptr(GtkSizeGroup) points_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  double max_score = 0;

  /* Bars are relative to the largest score, whatever its sign. */
  for (guint i = 0; i < n_entries; i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);
      max_score = MAX (max_score, fabs (vs_verdict_entry_get_score (entry)));
    }

  remove_all (GTK_WIDGET (self->ranking_list));
  for (guint i = 0; i < n_entries; i++)
    gtk_list_box_append (self->ranking_list,
                         ranking_row_new (result, vs_verdict_result_get_entry (result, i),
                                          max_score, badge_group, points_group));
}

static void
show_use_cases (VsVerdictResultPage *self,
                GPtrArray           *winners)
{
  GListModel *use_cases = vs_dataset_get_use_cases (vs_verdict_get_dataset (self->verdict));
  guint n_shown = 0;

  remove_all (GTK_WIDGET (self->use_cases_list));

  for (guint i = 0; winners->len > 0 && i < g_list_model_get_n_items (use_cases); i++)
    {
      g_autoptr(VsUseCase) use_case = g_list_model_get_item (use_cases, i);
      const char *description = vs_use_case_get_description (use_case);
      GtkWidget *row;

      if (!recommends_any (use_case, winners))
        continue;

      row = adw_action_row_new ();
      /* A row's title and subtitle are markup in libadwaita 1.2; the dataset's text is not. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vs_use_case_get_name (use_case));
      if (description != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

      /* With several winners, say which of them each use case is for. */
      if (winners->len > 1)
        {
          GtkWidget *badges = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

          gtk_widget_set_valign (badges, GTK_ALIGN_CENTER);
          for (guint w = 0; w < winners->len; w++)
            {
              if (vs_use_case_recommends (use_case, g_ptr_array_index (winners, w)))
                gtk_box_append (GTK_BOX (badges),
                                vs_subject_badge_new (g_ptr_array_index (winners, w)));
            }
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), badges);
        }

      gtk_list_box_append (self->use_cases_list, row);
      n_shown++;
    }

  gtk_widget_set_visible (self->use_cases_box, n_shown > 0);
}

static void
show_companies (VsVerdictResultPage *self,
                GPtrArray           *winners)
{
  GListModel *companies = vs_dataset_get_companies (vs_verdict_get_dataset (self->verdict));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *heading = NULL;
  g_autofree char *list = NULL;

  for (guint i = 0; winners->len > 0 && i < g_list_model_get_n_items (companies); i++)
    {
      g_autoptr(VsCompany) company = g_list_model_get_item (companies, i);

      if (uses_any (company, winners))
        g_ptr_array_add (names, (char *)vs_company_get_name (company));
    }

  gtk_widget_set_visible (self->companies_box, names->len > 0);
  if (names->len == 0)
    return;

  if (winners->len == 1)
    /* Translators: a heading, the placeholder is the winning subject */
    heading = g_strdup_printf (_("Companies Using %s"),
                               vs_subject_get_name (g_ptr_array_index (winners, 0)));
  else
    heading = g_strdup (_("Companies Using Them"));

  list = vs_format_join_names (names, FALSE);
  gtk_label_set_label (self->companies_heading, heading);
  gtk_label_set_label (self->companies_label, list);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->companies_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, list,
                                  -1);
}

/* The dataset's “choose X if” advice for @subjects, a row per subject. */
static void
show_guidance (VsVerdictResultPage *self,
               GPtrArray           *subjects)
{
  gboolean shown = FALSE;

  remove_all (GTK_WIDGET (self->guidance_list));

  for (guint s = 0; s < subjects->len; s++)
    {
      VsSubject *subject = g_ptr_array_index (subjects, s);
      GtkWidget *row = vs_guidance_row_new (vs_verdict_get_dataset (self->verdict), subject);

      if (row == NULL)
        continue;

      gtk_list_box_append (self->guidance_list, row);
      shown = TRUE;
    }

  gtk_widget_set_visible (self->guidance_box, shown);
}

static void
show_result (VsVerdictResultPage *self)
{
  g_autoptr(VsVerdictResult) result = vs_verdict_compute (self->verdict);
  g_autoptr(GPtrArray) winners = g_ptr_array_new ();
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  guint n_entries = g_list_model_get_n_items (G_LIST_MODEL (result));

  for (guint i = 0; i < n_entries; i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);

      g_ptr_array_add (all, vs_verdict_entry_get_subject (entry));
      if (vs_verdict_result_get_is_decisive (result) && vs_verdict_entry_get_rank (entry) == 1)
        g_ptr_array_add (winners, vs_verdict_entry_get_subject (entry));
    }

  show_summary (self, result, winners);
  show_ranking (self, result);
  show_use_cases (self, winners);
  show_companies (self, winners);

  /* Without a winner, all the advice, so that the user can weigh it. */
  if (winners->len > 0)
    show_guidance (self, winners);
  else
    show_guidance (self, all);
}

/* ------------------------------------------------------------------------- */
/* Signal callbacks                                                          */
/* ------------------------------------------------------------------------- */

static void
verdict_changed_cb (VsVerdictResultPage *self)
{
  show_result (self);
}

/* ------------------------------------------------------------------------- */
/* VsVerdictPage                                                             */
/* ------------------------------------------------------------------------- */

static void
vs_verdict_result_page_activate (VsVerdictPage *page,
                                 VsVerdict     *verdict)
{
  VsVerdictResultPage *self = VS_VERDICT_RESULT_PAGE (page);
  GtkScrolledWindow *scrolled_window;

  g_assert (self->verdict == NULL);

  self->verdict = g_object_ref (verdict);
  g_signal_connect_object (verdict, "changed", G_CALLBACK (verdict_changed_cb), self,
                           G_CONNECT_SWAPPED);

  show_result (self);

  /* The bin's own child: the top of the page. */
  scrolled_window = GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled_window), 0);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
vs_verdict_result_page_deactivate (VsVerdictPage *page)
{
  VsVerdictResultPage *self = VS_VERDICT_RESULT_PAGE (page);

  if (self->verdict == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self->verdict, verdict_changed_cb, self);
  g_clear_object (&self->verdict);
}

static void
verdict_page_iface_init (VsVerdictPageInterface *iface)
{
  iface->activate = vs_verdict_result_page_activate;
  iface->deactivate = vs_verdict_result_page_deactivate;
}

/* ------------------------------------------------------------------------- */
/* GObject and GtkWidget                                                     */
/* ------------------------------------------------------------------------- */

/* Focus lands on the winner, which is where a screen reader starts reading. */
static gboolean
vs_verdict_result_page_grab_focus (GtkWidget *widget)
{
  VsVerdictResultPage *self = VS_VERDICT_RESULT_PAGE (widget);
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->ranking_list, 0);

  if (first != NULL)
    return gtk_widget_grab_focus (GTK_WIDGET (first));

  return FALSE;
}

static void
vs_verdict_result_page_dispose (GObject *object)
{
  VsVerdictResultPage *self = (VsVerdictResultPage *)object;

  vs_verdict_result_page_deactivate (VS_VERDICT_PAGE (self));
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_VERDICT_RESULT_PAGE);

  G_OBJECT_CLASS (vs_verdict_result_page_parent_class)->dispose (object);
}

static void
vs_verdict_result_page_class_init (VsVerdictResultPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_verdict_result_page_dispose;

  widget_class->grab_focus = vs_verdict_result_page_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/"
                                               "ui/views/verdict/vs-verdict-result-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VsVerdictResultPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictResultPage, detail_label);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictResultPage, ranking_list);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictResultPage, use_cases_box);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictResultPage, use_cases_list);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictResultPage, companies_box);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictResultPage, companies_heading);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictResultPage, companies_row);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictResultPage, companies_label);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictResultPage, guidance_box);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictResultPage, guidance_list);
}

static void
vs_verdict_result_page_init (VsVerdictResultPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vs_verdict_result_page_new:
 *
 * Returns: (transfer floating): a new result page
 */
GtkWidget *
vs_verdict_result_page_new (void)
{
  return g_object_new (VS_TYPE_VERDICT_RESULT_PAGE, NULL);
}
