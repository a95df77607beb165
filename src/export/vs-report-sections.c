/* vs-report-sections.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vs-choice.h"
#include "vs-company.h"
#include "vs-format.h"
#include "vs-guidance.h"
#include "vs-question.h"
#include "vs-report-private.h"
#include "vs-source.h"
#include "vs-subject.h"
#include "vs-use-case.h"
#include "vs-verdict-entry.h"
#include "vs-verdict-result.h"

/* The sections of the report that are text: the title page, the overview,
 * the guidance, the use cases, the companies, the verdict, and the footers.
 */

/* The most of the title that the footer lays out (see vs_report_add_footer()). */
#define FOOTER_TITLE_CHARS 400

/* A date (of the report, or of a dataset) as the report shows it. */
static char *
format_date (GDateTime *date)
{
  /* Translators: how dates are written in the PDF report, in the syntax of
   * g_date_time_format(): “14 March 2025”
   */
  return g_date_time_format (date, _("%-d %B %Y"));
}

/* Formats a `YYYY-MM-DD` date of the dataset; returns it as is otherwise. */
static char *
format_iso_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (iso == NULL)
    return NULL;

  if (sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) == 3)
    date = g_date_time_new_utc (year, month, day, 0, 0, 0);

  return date != NULL ? format_date (date) : g_strdup (iso);
}

/* ------------------------------------------------------------------------ */
/* The sections                                                              */
/* ------------------------------------------------------------------------ */

/* A comma-separated list of subject names, each in its colour. */
PangoLayout *
vs_report_make_subject_names_layout (VsReport   *self,
                                     Style       style,
                                     const char *prefix,
                                     GPtrArray  *subjects,
                                     const char *separator,
                                     double      width)
{
  g_autoptr(GString) text = g_string_new (prefix);
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (guint));
  PangoLayout *layout;

  for (guint i = 0; i < subjects->len; i++)
    {
      guint start;

      if (i > 0)
        g_string_append (text, separator);
      start = text->len;
      g_string_append (text, vs_subject_get_name (g_ptr_array_index (subjects, i)));
      g_array_append_val (ranges, start);
      g_array_append_val (ranges, text->len);
    }

  layout = vs_report_make_layout (self, style, text->str, width);
  for (guint i = 0; i < subjects->len; i++)
    {
      guint start = g_array_index (ranges, guint, 2 * i);
      guint end = g_array_index (ranges, guint, 2 * i + 1);
      Rgb color = vs_report_subject_text_color (self, g_ptr_array_index (subjects, i));

      vs_report_layout_add_attribute (layout, vs_report_foreground_attribute (&color, start, end));
      vs_report_layout_add_attribute (layout, vs_report_bold_attribute (start, end));
    }

  return layout;
}

void
vs_report_add_title_page (VsReport *self,
                          Flow     *flow)
{
  VsDataset *dataset = self->dataset;
  GListModel *sources = vs_dataset_get_sources (dataset);
  g_autofree char *generated_on = format_date (self->generated_on);
  g_autofree char *generated = NULL;
  g_autoptr(PangoLayout) subjects = NULL;
  g_autoptr(PangoLayout) generated_layout = NULL;
  Op *outline;

  outline = flow_add (flow, OP_OUTLINE);
  outline->name = g_strdup (vs_dataset_get_title (dataset));
  outline->x = flow->left;
  outline->y = flow->top;

  flow->y = flow->top + 70;
  flow_fill (flow, flow->left, flow->y - 14, 60, 4, &link_color);
  flow_begin (flow, "H1", NULL);
  flow_pieces (flow, STYLE_TITLE, vs_dataset_get_title (dataset), flow->left, flow->width,
               &text_color, flow_title_started_cb, NULL);
  flow_end (flow);
  flow->y += 8;

  if (vs_dataset_get_subtitle (dataset) != NULL)
    flow_paragraph (flow, "P", STYLE_SUBTITLE, vs_dataset_get_subtitle (dataset),
                    &secondary_color, 0, 10);

  subjects = vs_report_make_subject_names_layout (self, STYLE_SUBTITLE, "", self->subjects,
                                                  "  ·  ", flow->width);
  flow->y += 6;
  flow_paragraph_layout (flow, "P", subjects, &secondary_color, 0, 22);

  if (vs_dataset_get_description (dataset) != NULL)
    flow_paragraph (flow, "P", STYLE_BODY, vs_dataset_get_description (dataset), &text_color,
                    0, 12);

  if (vs_dataset_get_updated (dataset) != NULL)
    {
      g_autofree char *date = format_iso_date (vs_dataset_get_updated (dataset));
      /* Translators: the date of the dataset, on the report's title page */
      g_autofree char *text = g_strdup_printf (_("Updated: %s"), date);

      flow_paragraph (flow, "P", STYLE_SMALL, text, &secondary_color, 0, 3);
    }

  if (vs_dataset_get_license (dataset) != NULL)
    {
      /* Translators: the SPDX licence id of the dataset's content */
      g_autofree char *text = g_strdup_printf (_("Content licence: %s"),
                                               vs_dataset_get_license (dataset));

      flow_paragraph (flow, "P", STYLE_SMALL, text, &secondary_color, 0, 3);
    }

  if (g_list_model_get_n_items (sources) > 0)
    {
      flow_heading (flow, "H2", STYLE_H2, _("Sources"), &text_color, 16, 6);
      flow_begin (flow, "L", NULL);
      for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
        {
          g_autoptr(VsSource) source = g_list_model_get_item (sources, i);
          g_autoptr(GString) text = g_string_new (vs_source_get_title (source));
          g_autoptr(PangoLayout) body = NULL;
          guint title_end = text->len;

          if (vs_source_get_publisher (source) != NULL)
            g_string_append_printf (text, ", %s", vs_source_get_publisher (source));
          if (vs_source_get_date (source) != NULL)
            {
              g_autofree char *date = format_iso_date (vs_source_get_date (source));

              g_string_append_printf (text, ", %s", date);
            }

          body = vs_report_make_layout (self, STYLE_BODY, text->str, flow->width - 11);
          vs_report_layout_add_attribute (body, vs_report_bold_attribute (0, title_end));
          flow_ensure (flow, vs_report_layout_height (body) + 14);
          flow_list_item (flow, body, &text_color, 0, 2);
          if (vs_source_get_url (source) != NULL)
            flow_link_line (flow, NULL, vs_source_get_url (source), 11, 0);
          flow->y += 6;
        }
      flow_end (flow);
    }

  /* Translators: at the bottom of the report's title page: “Generated by
   * Versus 1.0 on 14 March 2025”
   */
  generated = g_strdup_printf (_("Generated by Versus %s on %s"), PACKAGE_VERSION, generated_on);
  generated_layout = vs_report_make_layout (self, STYLE_SMALL, generated, flow->width);
  if (flow->y + vs_report_layout_height (generated_layout) + 24 < flow->bottom)
    flow->y = flow->bottom - vs_report_layout_height (generated_layout);
  flow_paragraph_layout (flow, "P", generated_layout, &secondary_color, 0, 0);
}

/* A subject's card: its name by a swatch of its colour, what it is, its
 * summary, its highlights and its homepage.
 */
static void
add_subject_card (VsReport  *self,
                  Flow      *flow,
                  VsSubject *subject)
{
  const char * const *highlights = vs_subject_get_highlights (subject);
  Rgb color = vs_report_subject_text_color (self, subject);
  Rgb fill = vs_report_subject_fill_color (self, subject);
  g_autoptr(PangoLayout) name = vs_report_make_layout (self, STYLE_H2,
                                                       vs_subject_get_name (subject),
                                                       flow->width - 16);

  vs_report_align_with_document (name);
  flow_ensure (flow, vs_report_layout_height (name) + 60);
  flow_fill (flow, flow->left, flow->y + (vs_report_first_line_height (name) - 9) / 2, 9, 9, &fill);
  flow_begin (flow, "H2", NULL);
  flow_layout (flow, name, flow->left + 16, &color);
  flow_end (flow);
  flow->y += 3;

  if (vs_subject_get_kind (subject) != NULL)
    flow_paragraph (flow, "P", STYLE_BODY_ITALIC, vs_subject_get_kind (subject),
                    &secondary_color, 0, 5);

  if (vs_subject_get_summary (subject) != NULL)
    flow_paragraph (flow, "P", STYLE_BODY, vs_subject_get_summary (subject), &text_color,
                    0, 6);

  if (highlights != NULL && highlights[0] != NULL)
    {
      flow_heading (flow, "H3", STYLE_H3, _("Highlights"), &text_color, 2, 4);
      flow_begin (flow, "L", NULL);
      for (guint h = 0; highlights[h] != NULL; h++)
        flow_list_item_text (flow, STYLE_BODY, highlights[h], 0, 3);
      flow_end (flow);
      flow->y += 3;
    }

  if (vs_subject_get_homepage (subject) != NULL)
    flow_link_line (flow, _("Homepage:"), vs_subject_get_homepage (subject), 0, 0);
}

/* The height of a subject's card, laid out on a scratch page with no end. */
static double
measure_subject_card (VsReport  *self,
                      Flow      *flow,
                      VsSubject *subject)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (vs_report_open_tag_free);
  Flow scratch;

  flow_start_scratch_page (&scratch, flow, pages, open);
  add_subject_card (self, &scratch, subject);

  return scratch.y - scratch.top;
}

void
vs_report_add_overview (VsReport *self,
                        Flow     *flow)
{
  flow_section (flow, _("Overview"), TRUE);

  for (guint i = 0; i < self->subjects->len; i++)
    {
      VsSubject *subject = g_ptr_array_index (self->subjects, i);
      double height = measure_subject_card (self, flow, subject);

      if (i > 0)
        flow->y += 14;

      /* A card that fits on a page is never split between two. */
      if (height <= flow->bottom - flow->top)
        flow_ensure (flow, height);

      add_subject_card (self, flow, subject);
    }
}

/* The dataset's “choose X if” advice, the article's own conclusion: always
 * in the report, with or without a verdict.
 */
void
vs_report_add_guidance (VsReport *self,
                        Flow     *flow)
{
  GListModel *guidance = vs_dataset_get_guidance (self->dataset);

  if (g_list_model_get_n_items (guidance) == 0)
    return;

  flow_section (flow, _("When to Choose Each"), FALSE);
  for (guint i = 0; i < self->subjects->len; i++)
    {
      VsSubject *subject = g_ptr_array_index (self->subjects, i);
      Rgb color = vs_report_subject_text_color (self, subject);
      g_autofree char *heading = NULL;
      gboolean any = FALSE;

      for (guint g = 0; g < g_list_model_get_n_items (guidance) && !any; g++)
        {
          g_autoptr(VsGuidance) advice = g_list_model_get_item (guidance, g);

          any = vs_guidance_get_subject (advice) == subject;
        }
      if (!any)
        continue;

      /* Translators: before the dataset's reasons to choose a subject */
      heading = g_strdup_printf (_("Choose %s if:"), vs_subject_get_name (subject));
      flow_heading (flow, "H2", STYLE_H2, heading, &color, 6, 3);
      flow_begin (flow, "L", NULL);
      for (guint g = 0; g < g_list_model_get_n_items (guidance); g++)
        {
          g_autoptr(VsGuidance) advice = g_list_model_get_item (guidance, g);

          if (vs_guidance_get_subject (advice) == subject)
            flow_list_item_text (flow, STYLE_BODY, vs_guidance_get_text (advice), 0, 2);
        }
      flow_end (flow);
    }
}

void
vs_report_add_use_cases (VsReport *self,
                         Flow     *flow)
{
  GListModel *use_cases = vs_dataset_get_use_cases (self->dataset);

  if (g_list_model_get_n_items (use_cases) == 0)
    return;

  flow_section (flow, _("Use cases"), TRUE);

  for (guint u = 0; u < g_list_model_get_n_items (use_cases); u++)
    {
      g_autoptr(VsUseCase) use_case = g_list_model_get_item (use_cases, u);
      const char * const *tags = vs_use_case_get_tags (use_case);
      GPtrArray *recommended = vs_use_case_get_recommended (use_case);
      g_autoptr(PangoLayout) names = NULL;

      if (u > 0)
        flow->y += 10;
      flow_heading (flow, "H2", STYLE_H3, vs_use_case_get_name (use_case), &text_color, 0, 3);

      if (vs_use_case_get_description (use_case) != NULL)
        flow_paragraph (flow, "P", STYLE_BODY, vs_use_case_get_description (use_case),
                        &text_color, 0, 3);

      if (tags != NULL && tags[0] != NULL)
        {
          g_autofree char *joined = g_strjoinv (", ", (char **)tags);
          /* Translators: the tags of a use case */
          g_autofree char *text = g_strdup_printf (_("Tags: %s"), joined);

          flow_paragraph (flow, "P", STYLE_SMALL, text, &secondary_color, 0, 2);
        }

      /* Translators: before the subjects recommended for a use case */
      names = vs_report_make_subject_names_layout (self, STYLE_SMALL, _("Recommended: "),
                                                   recommended, ", ", flow->width);
      flow_paragraph_layout (flow, "P", names, &secondary_color, 0, 0);
    }
}

void
vs_report_add_companies (VsReport *self,
                         Flow     *flow)
{
  GListModel *companies = vs_dataset_get_companies (self->dataset);
  guint n_companies = g_list_model_get_n_items (companies);

  if (n_companies == 0)
    return;

  flow_section (flow, _("Companies"), FALSE);

  for (guint i = 0; i < self->subjects->len; i++)
    {
      VsSubject *subject = g_ptr_array_index (self->subjects, i);
      Rgb color = vs_report_subject_text_color (self, subject);
      g_autoptr(GPtrArray) users = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *heading = NULL;

      for (guint c = 0; c < n_companies; c++)
        {
          g_autoptr(VsCompany) company = g_list_model_get_item (companies, c);

          if (vs_company_uses (company, subject))
            g_ptr_array_add (users, g_steal_pointer (&company));
        }

      /* Translators: a heading in the report's companies: “Node.js (5)” */
      heading = g_strdup_printf (_("%s (%u)"), vs_subject_get_name (subject), users->len);
      flow_heading (flow, "H2", STYLE_H2, heading, &color, i > 0 ? 10 : 0, 4);

      if (users->len == 0)
        {
          flow_paragraph (flow, "P", STYLE_BODY, _("No company is listed."), &secondary_color,
                          0, 0);
          continue;
        }

      flow_begin (flow, "L", NULL);
      for (guint c = 0; c < users->len; c++)
        {
          VsCompany *company = g_ptr_array_index (users, c);
          const char *sector = vs_company_get_sector (company);
          g_autofree char *text = NULL;
          g_autoptr(PangoLayout) body = NULL;

          const char *name = vs_company_get_name (company);

          text = sector != NULL ? g_strdup_printf ("%s — %s", name, sector) : g_strdup (name);
          body = vs_report_make_layout (self, STYLE_BODY, text, flow->width - 11);
          if (sector != NULL)
            vs_report_layout_add_attribute (body,
                                            vs_report_foreground_attribute (&secondary_color,
                                                                            strlen (name),
                                                                            strlen (text)));
          flow_list_item (flow, body, &text_color, 0, 2);
        }
      flow_end (flow);
    }
}

void
vs_report_add_verdict (VsReport *self,
                       Flow     *flow)
{
  GListModel *questions = vs_dataset_get_questions (self->dataset);
  g_autoptr(VsVerdictResult) result = NULL;
  guint n_entries;
  double max_score = 0;
  gboolean any_tie = FALSE;
  g_autofree char *answers_heading = NULL;

  if (self->verdict == NULL || vs_verdict_get_n_answers (self->verdict) == 0)
    return;

  result = vs_verdict_compute (self->verdict);
  n_entries = g_list_model_get_n_items (G_LIST_MODEL (result));

  flow_section (flow, _("Verdict"), TRUE);

  /* Translators: heading of the answers given to the verdict's questions */
  answers_heading = g_strdup_printf (ngettext ("Your answer", "Your %u answers",
                                               vs_verdict_get_n_answers (self->verdict)),
                                     vs_verdict_get_n_answers (self->verdict));
  flow_heading (flow, "H2", STYLE_H2, answers_heading, &text_color, 0, 4);
  flow_begin (flow, "L", NULL);
  for (guint q = 0; q < g_list_model_get_n_items (questions); q++)
    {
      g_autoptr(VsQuestion) question = g_list_model_get_item (questions, q);
      VsChoice *choice = vs_verdict_get_answer (self->verdict, question);
      g_autoptr(GString) text = NULL;
      g_autoptr(PangoLayout) body = NULL;
      g_autofree char *marked = NULL;
      gsize offset;
      guint answer_start;
      guint answer_end;

      if (choice == NULL)
        continue;

      text = g_string_new (vs_question_get_prompt (question));
      g_string_append (text, " ");
      answer_start = text->len;
      g_string_append (text, vs_choice_get_label (choice));
      answer_end = text->len;

      /* A translation may put the mark before the answer: the bold part is
       * found where the answer ended up.
       */
      marked = vs_format_reason (text->str, vs_verdict_get_important (self->verdict, question));
      offset = strstr (marked, text->str) != NULL ? strstr (marked, text->str) - marked : 0;

      body = vs_report_make_layout (self, STYLE_BODY, marked, flow->width - 11);
      vs_report_layout_add_attribute (body, vs_report_bold_attribute (offset + answer_start,
                                                                      offset + answer_end));
      flow_list_item (flow, body, &text_color, 0, 2);
    }
  flow_end (flow);

  flow_heading (flow, "H2", STYLE_H2, _("Ranking"), &text_color, 12, 6);

  if (!vs_verdict_result_get_is_decisive (result))
    flow_paragraph (flow, "P", STYLE_BODY,
                    vs_verdict_result_get_n_answers (result) == 0
                    ? _("No question was answered: the answers do not separate the subjects.")
                    : _("The answers do not separate the subjects: they are tied."),
                    &secondary_color, 0, 6);

  for (guint i = 0; i < n_entries; i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);

      max_score = MAX (max_score, fabs (vs_verdict_entry_get_score (entry)));
    }

  for (guint i = 0; i < n_entries; i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);
      VsSubject *subject = vs_verdict_entry_get_subject (entry);
      double score = vs_verdict_entry_get_score (entry);
      Rgb color = vs_report_subject_text_color (self, subject);
      Rgb fill = vs_report_subject_fill_color (self, subject);
      g_autofree char *rank = g_strdup_printf ("%s%u.",
                                               vs_verdict_entry_get_tied (entry) ? "=" : "",
                                               vs_verdict_entry_get_rank (entry));
      g_autofree char *score_text = vs_report_format_score (score);
      g_autoptr(GString) line = g_string_new (rank);
      g_autoptr(PangoLayout) layout = NULL;
      g_autoptr(PangoLayout) score_layout = NULL;
      double name_width = flow->width * 0.36;
      double bar_x = flow->left + name_width + 6;
      double bar_width = flow->width - name_width - 6 - 40;
      double height;
      guint name_start;

      any_tie |= vs_verdict_entry_get_tied (entry);

      g_string_append (line, " ");
      name_start = line->len;
      g_string_append (line, vs_subject_get_name (subject));
      layout = vs_report_make_layout (self, STYLE_H3, line->str, name_width);
      vs_report_layout_add_attribute (layout, vs_report_foreground_attribute (&color, name_start,
                                                                              line->len));
      score_layout = vs_report_make_layout (self, STYLE_BODY_BOLD, score_text, -1);
      height = vs_report_layout_height (layout);

      flow->y += i > 0 ? 8 : 0;
      flow_ensure (flow, height + 30);
      flow_begin (flow, "H3", NULL);
      flow_text (flow, layout, flow->left, flow->y, 0, pango_layout_get_line_count (layout),
                 &text_color);
      flow_end (flow);
      if (score > 0 && max_score > 0)
        flow_fill (flow, bar_x, flow->y + 2, bar_width * score / max_score,
                   vs_report_first_line_height (layout) - 4, &fill);
      flow_begin (flow, "P", NULL);
      flow_text (flow, score_layout, flow->right - 34, flow->y, 0, 1, &text_color);
      flow_end (flow);
      flow->y += height + 3;

      if (vs_verdict_entry_get_n_reasons (entry) > 0)
        {
          flow_begin (flow, "L", NULL);
          for (guint r = 0; r < vs_verdict_entry_get_n_reasons (entry); r++)
            {
              const VsVerdictReason *reason = vs_verdict_entry_get_reason (entry, r);
              g_autofree char *text = vs_verdict_reason_describe (reason);
              g_autofree char *points = vs_verdict_reason_format_points (reason);
              g_autofree char *marked = vs_format_reason (text, reason->important);
              g_autoptr(GString) item = g_string_new (points);
              g_autoptr(PangoLayout) body = NULL;
              guint points_end = item->len;

              /* The points first, in bold, so that they can be added up by eye. */
              g_string_append (item, "  ");
              g_string_append (item, marked);

              body = vs_report_make_layout (self, STYLE_BODY, item->str, flow->width - 14 - 11);
              vs_report_layout_add_attribute (body, vs_report_bold_attribute (0, points_end));
              flow_list_item (flow, body, &text_color, 14, 2);
            }
          flow_end (flow);
        }
    }

  if (any_tie)
    flow_paragraph (flow, "P", STYLE_SMALL, _("“=” marks subjects tied on the same score."),
                    &secondary_color, 0, 0);

  if (vs_verdict_result_get_is_decisive (result))
    {
      VsSubject *winner = vs_verdict_entry_get_subject (vs_verdict_result_get_entry (result, 0));
      GListModel *use_cases = vs_dataset_get_use_cases (self->dataset);
      GListModel *companies = vs_dataset_get_companies (self->dataset);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint u = 0; u < g_list_model_get_n_items (use_cases); u++)
        {
          g_autoptr(VsUseCase) use_case = g_list_model_get_item (use_cases, u);

          if (vs_use_case_recommends (use_case, winner))
            g_ptr_array_add (names, g_strdup (vs_use_case_get_name (use_case)));
        }
      if (names->len > 0)
        {
          g_autofree char *joined = vs_format_join_names (names, FALSE);
          g_autofree char *text = NULL;

          /* Translators: the use cases that suit the subject the verdict ranks first */
          text = g_strdup_printf (_("Use cases that suit %s: %s."), vs_subject_get_name (winner),
                                  joined);
          flow->y += 8;
          flow_paragraph (flow, "P", STYLE_BODY, text, &text_color, 0, 3);
        }

      g_ptr_array_set_size (names, 0);
      for (guint c = 0; c < g_list_model_get_n_items (companies); c++)
        {
          g_autoptr(VsCompany) company = g_list_model_get_item (companies, c);

          if (vs_company_uses (company, winner))
            g_ptr_array_add (names, g_strdup (vs_company_get_name (company)));
        }
      if (names->len > 0)
        {
          g_autofree char *joined = vs_format_join_names (names, FALSE);
          g_autofree char *text = NULL;

          /* Translators: the companies that use the subject the verdict ranks first */
          text = g_strdup_printf (_("%s is used by %s."), vs_subject_get_name (winner), joined);
          flow_paragraph (flow, "P", STYLE_BODY, text, &text_color, 0, 3);
        }
    }
}

/* “Page N of M” and the title, at the bottom of page @page_nr, added to the
 * flow's current operations.
 */
void
vs_report_add_footer (VsReport *self,
                      Flow     *flow,
                      guint     page_nr,
                      guint     n_pages)
{
  /* Translators: the footer of every page of the report */
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page_nr + 1, n_pages);
  g_autoptr(PangoLayout) page = vs_report_make_layout (self, STYLE_FOOTER, text, -1);
  const char *full_title = vs_dataset_get_title (self->dataset);
  const char *end = full_title;
  g_autoptr(PangoLayout) title = NULL;
  double y = self->page_height - FOOTER_OFFSET;

  /* The title is ellipsized to a line: no need to shape more of it than a
   * line can show, on every page.
   */
  for (guint i = 0; i < FOOTER_TITLE_CHARS && *end != '\0'; i++)
    end = g_utf8_next_char (end);
  title = vs_report_make_layout_sized (self, STYLE_FOOTER, full_title, end - full_title,
                                       flow->width - vs_report_layout_width (page) - 24);

  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  flow_rule (flow, flow->left, y - 5, flow->width, 0, &rule_color);
  if (page_nr > 0)
    flow_text (flow, title, flow->left, y, 0, 1, &secondary_color);
  flow_text (flow, page, flow->right - vs_report_layout_width (page), y, 0, 1, &secondary_color);
}

/* The footers of all the pages, when they are kept. */
void
vs_report_add_footers (VsReport *self,
                       Flow     *flow)
{
  guint n_pages = flow->pages->len;

  for (guint p = 0; p < n_pages; p++)
    {
      flow->ops = g_ptr_array_index (flow->pages, p);
      vs_report_add_footer (self, flow, p, n_pages);
    }
}
