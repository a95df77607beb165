/* vs-report-chart.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vs-export-text.h"
#include "vs-feature.h"
#include "vs-report-private.h"
#include "vs-score-summary.h"
#include "vs-subject.h"

/* The score chart: the average score of each subject, by category. */

/* ------------------------------------------------------------------------ */
/* The score chart                                                          */
/* ------------------------------------------------------------------------ */

/* A value for a single-quoted cairo tag attribute. */
static char *
escape_attribute (const char *value)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (escaped, '\\');
      g_string_append_c (escaped, *p);
    }

  return g_string_free (escaped, FALSE);
}

/* What the chart shows, in words, for readers who cannot see it. */
static char *
chart_description (VsReport       *self,
                   VsScoreSummary *summary)
{
  GString *text = g_string_new (NULL);

  g_string_append (text, _("Bar chart of the average score out of 5 of each subject."));
  for (guint g = 0; g < vs_score_summary_get_n_rows (summary); g++)
    {
      g_string_append_printf (text, " %s:", vs_score_summary_get_row_label (summary, g));
      for (guint i = 0; i < self->subjects->len; i++)
        {
          const char *name = vs_subject_get_name (g_ptr_array_index (self->subjects, i));

          if (vs_score_summary_get_score (summary, g, i, NULL))
            {
              g_autofree char *score = vs_score_summary_format_score (summary, g, i);

              g_string_append_printf (text, " %s %s%s", name, score,
                                      i + 1 < self->subjects->len ? "," : ".");
            }
          else
            /* Translators: in the description of the chart, a subject without scores */
            g_string_append_printf (text, _(" %s no score%s"), name,
                                    i + 1 < self->subjects->len ? "," : ".");
        }
    }

  return g_string_free (text, FALSE);
}

/* The chart's scale, 0 to 5, above its bars. */
static void
add_chart_scale (VsReport *self,
                 Flow     *flow,
                 double    bars_x,
                 double    bars_width)
{
  double height = 0;

  for (guint tick = 0; tick <= VS_SCORE_MAX; tick++)
    {
      g_autofree char *label = g_strdup_printf ("%u", tick);
      g_autoptr(PangoLayout) layout = vs_report_make_layout (self, STYLE_SMALL, label, -1);
      double tick_x = bars_x + bars_width * tick / VS_SCORE_MAX;

      flow_text (flow, layout, tick_x - vs_report_layout_width (layout) / 2, flow->y, 0, 1,
                 &secondary_color);
      height = vs_report_layout_height (layout);
    }

  flow->y += height + 3;
}

static void
write_chart (VsReport *self,
             Flow     *flow)
{
  g_autoptr(VsScoreSummary) summary = vs_score_summary_new (self->dataset, self->subjects);
  guint n_rows = vs_score_summary_get_n_rows (summary);
  g_autofree char *description = NULL;
  g_autofree char *alt = NULL;
  g_autofree char *figure_attributes = NULL;
  const double bar_height = 7.5;
  const double bar_gap = 2.5;
  const double value_width = 26;
  double name_width = 0;
  double label_width;
  double bars_x;
  double bars_width;
  double x;
  double line_height;

  if (n_rows == 0)
    return;

  flow_section (flow, _("Scores"), FALSE);

  description = chart_description (self, summary);
  alt = escape_attribute (description);
  figure_attributes = g_strdup_printf ("Alt='%s'", alt);

  /* Each bar's value is followed by its subject's name, so that colour is
   * not the only way to tell the bars apart; long names are ellipsized.
   */
  for (guint i = 0; i < self->subjects->len; i++)
    {
      VsSubject *subject = g_ptr_array_index (self->subjects, i);
      g_autoptr(PangoLayout) name = vs_report_make_layout (self, STYLE_CELL,
                                                           vs_subject_get_name (subject), -1);

      name_width = MAX (name_width, vs_report_layout_width (name));
    }
  name_width = MIN (name_width, flow->width * 0.16);

  label_width = MIN (150, flow->width * 0.32);
  bars_x = flow->left + label_width + 8;
  bars_width = flow->right - bars_x - value_width - name_width;

  /* cairo 1.16 does not write the Alt attribute of a Figure (it is kept
   * for later versions): the chart's labels and values are real text inside
   * the Figure, under a Caption that says what it shows.
   */
  flow_ensure (flow, 120);
  flow_begin (flow, "Figure", figure_attributes);
  flow_begin (flow, "Caption", NULL);
  {
    g_autoptr(PangoLayout) caption = NULL;

    caption = vs_report_make_layout (self, STYLE_SMALL,
                                     vs_score_summary_get_by_category (summary)
                                     ? _("The average score out of 5 of each subject, from the "
                                         "scores of the features in each category. Longer bars "
                                         "are better.")
                                     : _("The score out of 5 of each subject in each feature. "
                                         "Longer bars are better."),
                                     flow->width);
    flow_layout (flow, caption, flow->left, &secondary_color);
    line_height = vs_report_first_line_height (caption);
  }
  flow_end (flow);
  flow->y += 8;

  /* The legend. */
  x = flow->left;
  for (guint i = 0; i < self->subjects->len; i++)
    {
      VsSubject *subject = g_ptr_array_index (self->subjects, i);
      Rgb fill = vs_report_subject_fill_color (self, subject);
      g_autoptr(PangoLayout) name = vs_report_make_layout (self, STYLE_SMALL,
                                                           vs_subject_get_name (subject), -1);
      double width = MIN (vs_report_layout_width (name), flow->width - 12);

      if (x + 12 + width > flow->right && x > flow->left)
        {
          x = flow->left;
          flow->y += line_height + 3;
        }
      flow_fill (flow, x, flow->y + (line_height - 8) / 2, 8, 8, &fill);
      pango_layout_set_width (name, (int)(width * PANGO_SCALE) + 1);
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      flow_text (flow, name, x + 11, flow->y, 0, 1, &text_color);
      x += 11 + width + 14;
    }
  flow->y += line_height + 8;

  add_chart_scale (self, flow, bars_x, bars_width);

  for (guint g = 0; g < n_rows; g++)
    {
      g_autoptr(PangoLayout) label = vs_report_make_layout (self, STYLE_SMALL,
                                                            vs_score_summary_get_row_label (summary, g),
                                                            label_width);
      double bars = self->subjects->len * (bar_height + bar_gap) - bar_gap;
      double height = MAX (vs_report_layout_height (label), bars) + 9;
      double top;

      flow_ensure (flow, height);
      if (flow_at_top (flow))
        add_chart_scale (self, flow, bars_x, bars_width);
      top = flow->y;

      if (g % 2 == 0)
        flow_fill (flow, flow->left, top - 3, flow->width, height - 3, &stripe_fill);
      for (guint tick = 0; tick <= VS_SCORE_MAX; tick++)
        flow_rule (flow, bars_x + bars_width * tick / VS_SCORE_MAX, top - 3, 0, height - 3,
                   &grid_color);

      flow_text (flow, label, flow->left + 4, top, 0, pango_layout_get_line_count (label),
                 &text_color);

      for (guint i = 0; i < self->subjects->len; i++)
        {
          VsSubject *subject = g_ptr_array_index (self->subjects, i);
          Rgb fill = vs_report_subject_fill_color (self, subject);
          double bar_y = top + i * (bar_height + bar_gap);
          g_autofree char *value = NULL;
          g_autoptr(PangoLayout) value_layout = NULL;
          double average;

          if (vs_score_summary_get_score (summary, g, i, &average))
            {
              value = vs_score_summary_format_score (summary, g, i);
              flow_fill (flow, bars_x, bar_y, MAX (bars_width * average / VS_SCORE_MAX, 1),
                         bar_height, &fill);
            }
          else
            value = g_strdup (VS_EXPORT_MISSING_VALUE);

          value_layout = vs_report_make_layout (self, STYLE_CELL, value, -1);
          flow_text (flow, value_layout, flow->right - name_width - value_width + 6,
                     bar_y + (bar_height - vs_report_layout_height (value_layout)) / 2, 0, 1,
                     &secondary_color);

          {
            g_autoptr(PangoLayout) name = vs_report_make_layout (self, STYLE_CELL,
                                                                 vs_subject_get_name (subject), -1);

            vs_report_align_with_document (name);
            pango_layout_set_width (name, (int)(name_width * PANGO_SCALE) + 1);
            pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
            flow_text (flow, name, flow->right - name_width,
                       bar_y + (bar_height - vs_report_layout_height (name)) / 2, 0, 1,
                       &secondary_color);
          }
        }

      flow->y = top + height;
    }

  flow_end (flow);
}

/* The chart, on the next page if it fits on one page but not on this one. */
void
vs_report_add_chart (VsReport *self,
                     Flow     *flow)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (vs_report_open_tag_free);
  Flow scratch;
  double height;

  /* Measured on a scratch page with no end, from its top. */
  flow_start_scratch_page (&scratch, flow, pages, open);
  write_chart (self, &scratch);
  height = scratch.y - scratch.top;

  /* 18: the space before a section that does not start a page. */
  if (!flow_at_top (flow) && height <= flow->bottom - flow->top &&
      flow->y + 18 + height > flow->bottom)
    flow_new_page (flow);

  write_chart (self, flow);
}
