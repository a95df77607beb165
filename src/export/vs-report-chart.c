/* vs-report-chart.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vs-category.h"
#include "vs-export-text.h"
#include "vs-feature.h"
#include "vs-report-private.h"
#include "vs-subject.h"

/* The score chart: the average score of each subject, by category. */

/* A group of bars in the chart: a category, or a feature. */
typedef struct
{
  char *label;
  double *sums;
  guint *counts;
} ChartGroup;

#define SCORE_MAX 5.0

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

static void
chart_group_free (gpointer data)
{
  ChartGroup *group = data;

  if (group == NULL)
    return;

  g_free (group->label);
  g_free (group->sums);
  g_free (group->counts);
  g_free (group);
}

static ChartGroup *
chart_group_new (const char *label,
                 guint       n_subjects)
{
  ChartGroup *group = g_new0 (ChartGroup, 1);

  group->label = g_strdup (label);
  group->sums = g_new0 (double, n_subjects);
  group->counts = g_new0 (guint, n_subjects);

  return group;
}

/* Adds @feature's scores for the shown subjects to @group. */
static gboolean
chart_group_add (ChartGroup *group,
                 VsFeature  *feature,
                 GPtrArray  *subjects)
{
  gboolean any = FALSE;

  for (guint i = 0; i < subjects->len; i++)
    {
      double score;

      if (vs_feature_get_score (feature, vs_subject_get_index (g_ptr_array_index (subjects, i)),
                                &score))
        {
          group->sums[i] += score;
          group->counts[i]++;
          any = TRUE;
        }
    }

  return any;
}

/* The chart's groups: the categories, with the features that have scores
 * (and “Other features” for those without a category), or each feature when
 * the dataset has no categories. Groups without any score are left out.
 */
static GPtrArray *
chart_groups (VsReport *self)
{
  GListModel *features = vs_dataset_get_features (self->dataset);
  GListModel *categories = vs_dataset_get_categories (self->dataset);
  guint n_categories = g_list_model_get_n_items (categories);
  GPtrArray *groups = g_ptr_array_new_with_free_func (chart_group_free);
  g_autoptr(GPtrArray) by_category = g_ptr_array_new_with_free_func (chart_group_free);
  ChartGroup *other = NULL;
  gboolean *used = NULL;

  if (n_categories == 0)
    {
      for (guint f = 0; f < g_list_model_get_n_items (features); f++)
        {
          g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);
          ChartGroup *group = chart_group_new (vs_feature_get_name (feature), self->subjects->len);

          if (chart_group_add (group, feature, self->subjects))
            g_ptr_array_add (groups, group);
          else
            chart_group_free (group);
        }
      return groups;
    }

  used = g_new0 (gboolean, n_categories + 1);
  for (guint c = 0; c < n_categories; c++)
    {
      g_autoptr(VsCategory) category = g_list_model_get_item (categories, c);

      g_ptr_array_add (by_category, chart_group_new (vs_category_get_name (category),
                                                     self->subjects->len));
    }
  /* Translators: in the score chart, the features without a category */
  other = chart_group_new (_("Other features"), self->subjects->len);
  g_ptr_array_add (by_category, other);

  for (guint f = 0; f < g_list_model_get_n_items (features); f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);
      VsCategory *category = vs_feature_get_category (feature);
      guint index = category != NULL ? vs_category_get_index (category) : n_categories;

      if (chart_group_add (g_ptr_array_index (by_category, index), feature, self->subjects))
        used[index] = TRUE;
    }

  for (guint c = 0; c <= n_categories; c++)
    if (used[c])
      g_ptr_array_add (groups, g_steal_pointer (&by_category->pdata[c]));

  g_free (used);

  return groups;
}

/* What the chart shows, in words, for readers who cannot see it. */
static char *
chart_description (VsReport  *self,
                   GPtrArray *groups)
{
  GString *text = g_string_new (NULL);

  g_string_append (text, _("Bar chart of the average score out of 5 of each subject."));
  for (guint g = 0; g < groups->len; g++)
    {
      ChartGroup *group = g_ptr_array_index (groups, g);

      g_string_append_printf (text, " %s:", group->label);
      for (guint i = 0; i < self->subjects->len; i++)
        {
          const char *name = vs_subject_get_name (g_ptr_array_index (self->subjects, i));

          if (group->counts[i] > 0)
            {
              g_autofree char *score = vs_report_format_score (group->sums[i] / group->counts[i]);

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

  for (guint tick = 0; tick <= SCORE_MAX; tick++)
    {
      g_autofree char *label = g_strdup_printf ("%u", tick);
      g_autoptr(PangoLayout) layout = vs_report_make_layout (self, STYLE_SMALL, label, -1);
      double tick_x = bars_x + bars_width * tick / SCORE_MAX;

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
  g_autoptr(GPtrArray) groups = chart_groups (self);
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

  if (groups->len == 0)
    return;

  flow_section (flow, _("Scores"), FALSE);

  description = chart_description (self, groups);
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

    gboolean by_category = g_list_model_get_n_items (vs_dataset_get_categories (self->dataset)) > 0;

    caption = vs_report_make_layout (self, STYLE_SMALL,
                                     by_category
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

  for (guint g = 0; g < groups->len; g++)
    {
      ChartGroup *group = g_ptr_array_index (groups, g);
      g_autoptr(PangoLayout) label = vs_report_make_layout (self, STYLE_SMALL, group->label,
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
      for (guint tick = 0; tick <= SCORE_MAX; tick++)
        flow_rule (flow, bars_x + bars_width * tick / SCORE_MAX, top - 3, 0, height - 3,
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

          if (group->counts[i] > 0)
            {
              double average = group->sums[i] / group->counts[i];

              value = vs_report_format_score (average);
              flow_fill (flow, bars_x, bar_y, MAX (bars_width * average / SCORE_MAX, 1),
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
