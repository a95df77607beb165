/* vs-score-summary.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-format.h"
#include "vs-score-summary.h"

/* What the score charts show, the Overview's and the PDF report's: one rule,
 * so that both show the same rows with the same numbers.
 *
 * The rows are the categories as soon as one scored feature belongs to one
 * of the dataset's categories: each subject's average over the scored
 * features of the category, in the dataset's order; a category without any
 * score gets no row; features without a category, or with one the dataset
 * does not list, go to one “Other features” row, last. When no scored
 * feature has a category, grouping would only make one “Other features”
 * row of everything, so the rows are the scored features themselves.
 * Only the subjects asked for count: a feature scored for none of them is
 * unscored here.
 */

typedef struct
{
  char       *label;
  VsCategory *category;  /* the category of a category row */
  VsFeature  *feature;   /* the feature of a feature row */
  double     *sums;      /* one per subject */
  guint      *counts;    /* one per subject */
} Row;

struct _VsScoreSummary
{
  GObject    parent_instance;

  GPtrArray *subjects;   /* of VsSubject */
  GPtrArray *rows;       /* of Row */
  gboolean   by_category;
};

G_DEFINE_FINAL_TYPE (VsScoreSummary, vs_score_summary, G_TYPE_OBJECT)

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static void
row_free (gpointer data)
{
  Row *row = data;

  /* The rows kept are stolen from the array of all the buckets. */
  if (row == NULL)
    return;

  g_free (row->label);
  g_clear_object (&row->category);
  g_clear_object (&row->feature);
  g_free (row->sums);
  g_free (row->counts);
  g_free (row);
}

static Row *
row_new (const char *label,
         guint       n_subjects)
{
  Row *row = g_new0 (Row, 1);

  row->label = g_strdup (label);
  row->sums = g_new0 (double, n_subjects);
  row->counts = g_new0 (guint, n_subjects);

  return row;
}

/* Adds @feature's scores for the subjects to @row; says whether it had any. */
static gboolean
row_add (Row       *row,
         VsFeature *feature,
         GPtrArray *subjects)
{
  gboolean any = FALSE;

  for (guint i = 0; i < subjects->len; i++)
    {
      double score;

      if (vs_feature_get_score (feature, vs_subject_get_index (g_ptr_array_index (subjects, i)),
                                &score))
        {
          row->sums[i] += score;
          row->counts[i]++;
          any = TRUE;
        }
    }

  return any;
}

static gboolean
has_scores (VsFeature *feature,
            GPtrArray *subjects)
{
  for (guint i = 0; i < subjects->len; i++)
    if (vs_feature_get_score (feature, vs_subject_get_index (g_ptr_array_index (subjects, i)),
                              NULL))
      return TRUE;

  return FALSE;
}

/* The position of @feature's category among @categories, or @n_categories
 * when it has none or one that is not the dataset's.
 */
static guint
find_bucket (VsFeature  *feature,
             VsCategory *categories[],
             guint       n_categories)
{
  VsCategory *category = vs_feature_get_category (feature);
  guint index;

  if (category == NULL)
    return n_categories;

  index = vs_category_get_index (category);
  if (index < n_categories && categories[index] == category)
    return index;

  for (guint c = 0; c < n_categories; c++)
    if (categories[c] == category)
      return c;

  return n_categories;
}

static void
add_feature_rows (VsScoreSummary    *self,
                  VsFeature * const *features,
                  guint              n_features)
{
  for (guint f = 0; f < n_features; f++)
    {
      Row *row;

      if (!has_scores (features[f], self->subjects))
        continue;

      row = row_new (vs_feature_get_name (features[f]), self->subjects->len);
      row->feature = g_object_ref (features[f]);
      row_add (row, features[f], self->subjects);
      g_ptr_array_add (self->rows, row);
    }
}

static void
add_category_rows (VsScoreSummary    *self,
                   GListModel        *categories,
                   VsFeature * const *features,
                   guint              n_features)
{
  guint n_categories = g_list_model_get_n_items (categories);
  g_autoptr(GPtrArray) buckets = g_ptr_array_new_with_free_func (row_free);
  g_autofree gboolean *used = g_new0 (gboolean, n_categories + 1);
  g_autofree VsCategory **category_list = g_new0 (VsCategory *, n_categories + 1);

  for (guint c = 0; c < n_categories; c++)
    {
      Row *row;

      category_list[c] = g_list_model_get_item (categories, c);
      row = row_new (vs_category_get_name (category_list[c]), self->subjects->len);
      row->category = category_list[c];  /* takes the reference */
      g_ptr_array_add (buckets, row);
    }
  /* Translators: in the score charts, the row of the features without a category */
  g_ptr_array_add (buckets, row_new (_("Other features"), self->subjects->len));

  for (guint f = 0; f < n_features; f++)
    {
      guint bucket = find_bucket (features[f], category_list, n_categories);

      used[bucket] |= row_add (g_ptr_array_index (buckets, bucket), features[f], self->subjects);
    }

  for (guint b = 0; b <= n_categories; b++)
    if (used[b])
      g_ptr_array_add (self->rows, g_steal_pointer (&buckets->pdata[b]));
}

/* Whether one feature scored for the subjects is in one of @categories. */
static gboolean
has_scored_category (VsScoreSummary    *self,
                     GListModel        *categories,
                     VsFeature * const *features,
                     guint              n_features)
{
  guint n_categories = g_list_model_get_n_items (categories);
  g_autoptr(GPtrArray) category_list = g_ptr_array_new_with_free_func (g_object_unref);

  if (n_categories == 0)
    return FALSE;

  for (guint c = 0; c < n_categories; c++)
    g_ptr_array_add (category_list, g_list_model_get_item (categories, c));

  for (guint f = 0; f < n_features; f++)
    if (find_bucket (features[f], (VsCategory **)category_list->pdata, n_categories) <
        n_categories &&
        has_scores (features[f], self->subjects))
      return TRUE;

  return FALSE;
}

static Row *
get_row (VsScoreSummary *self,
         guint           row)
{
  return row < self->rows->len ? g_ptr_array_index (self->rows, row) : NULL;
}

/* ------------------------------------------------------------------------ */
/* Class                                                                    */
/* ------------------------------------------------------------------------ */

static void
vs_score_summary_finalize (GObject *object)
{
  VsScoreSummary *self = (VsScoreSummary *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->subjects, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_score_summary_parent_class)->finalize (object);
}

static void
vs_score_summary_class_init (VsScoreSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_score_summary_finalize;
}

static void
vs_score_summary_init (VsScoreSummary *self)
{
  self->subjects = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_ptr_array_new_with_free_func (row_free);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

/**
 * vs_score_summary_new:
 * @dataset: a dataset
 * @subjects: (element-type VsSubject) (nullable): the subjects shown, in
 *   their order, or %NULL for all the dataset's
 *
 * Sums up the scores of @dataset for @subjects, as the score charts show
 * them (see the rule at the top of this file).
 *
 * Returns: (transfer full): the summary
 */
VsScoreSummary *
vs_score_summary_new (VsDataset *dataset,
                      GPtrArray *subjects)
{
  g_autoptr(VsScoreSummary) self = NULL;
  GListModel *categories;
  VsFeature * const *features;
  guint n_features = 0;

  g_return_val_if_fail (VS_IS_DATASET (dataset), NULL);

  self = g_object_new (VS_TYPE_SCORE_SUMMARY, NULL);

  if (subjects != NULL)
    for (guint i = 0; i < subjects->len; i++)
      g_ptr_array_add (self->subjects, g_object_ref (g_ptr_array_index (subjects, i)));
  else
    for (guint i = 0; i < vs_dataset_get_n_subjects (dataset); i++)
      g_ptr_array_add (self->subjects, g_object_ref (vs_dataset_get_subject (dataset, i)));

  categories = vs_dataset_get_categories (dataset);
  features = vs_dataset_peek_features (dataset, &n_features);

  self->by_category = has_scored_category (self, categories, features, n_features);
  if (self->by_category)
    add_category_rows (self, categories, features, n_features);
  else
    add_feature_rows (self, features, n_features);

  return g_steal_pointer (&self);
}

/**
 * vs_score_summary_get_by_category:
 *
 * Returns: %TRUE if the rows are categories, %FALSE if they are features
 */
gboolean
vs_score_summary_get_by_category (VsScoreSummary *self)
{
  g_return_val_if_fail (VS_IS_SCORE_SUMMARY (self), FALSE);

  return self->by_category;
}

/**
 * vs_score_summary_get_n_subjects:
 *
 * Returns: how many subjects each row has a score for
 */
guint
vs_score_summary_get_n_subjects (VsScoreSummary *self)
{
  g_return_val_if_fail (VS_IS_SCORE_SUMMARY (self), 0);

  return self->subjects->len;
}

/**
 * vs_score_summary_get_subject:
 * @position: a subject's position in the summary
 *
 * Returns: (transfer none) (nullable): the subject at @position
 */
VsSubject *
vs_score_summary_get_subject (VsScoreSummary *self,
                              guint           position)
{
  g_return_val_if_fail (VS_IS_SCORE_SUMMARY (self), NULL);
  g_return_val_if_fail (position < self->subjects->len, NULL);

  return g_ptr_array_index (self->subjects, position);
}

/**
 * vs_score_summary_get_n_rows:
 *
 * Returns: how many rows (categories or features) the chart has
 */
guint
vs_score_summary_get_n_rows (VsScoreSummary *self)
{
  g_return_val_if_fail (VS_IS_SCORE_SUMMARY (self), 0);

  return self->rows->len;
}

/**
 * vs_score_summary_get_row_label:
 * @row: a row
 *
 * Returns: (nullable): the name of the category or the feature of @row,
 *   or “Other features”; %NULL past the last row
 */
const char *
vs_score_summary_get_row_label (VsScoreSummary *self,
                                guint           row)
{
  Row *r;

  g_return_val_if_fail (VS_IS_SCORE_SUMMARY (self), NULL);

  r = get_row (self, row);

  return r != NULL ? r->label : NULL;
}

/**
 * vs_score_summary_get_row_category:
 * @row: a row
 *
 * Returns: (transfer none) (nullable): the category of a category row;
 *   %NULL for “Other features” and for feature rows
 */
VsCategory *
vs_score_summary_get_row_category (VsScoreSummary *self,
                                   guint           row)
{
  Row *r;

  g_return_val_if_fail (VS_IS_SCORE_SUMMARY (self), NULL);

  r = get_row (self, row);

  return r != NULL ? r->category : NULL;
}

/**
 * vs_score_summary_get_row_feature:
 * @row: a row
 *
 * Returns: (transfer none) (nullable): the feature of a feature row;
 *   %NULL for category rows
 */
VsFeature *
vs_score_summary_get_row_feature (VsScoreSummary *self,
                                  guint           row)
{
  Row *r;

  g_return_val_if_fail (VS_IS_SCORE_SUMMARY (self), NULL);

  r = get_row (self, row);

  return r != NULL ? r->feature : NULL;
}

/**
 * vs_score_summary_get_score:
 * @row: a row
 * @position: a subject's position in the summary
 * @score: (out) (optional): the subject's average over the row's scored
 *   features (its score, in a feature row), from 0 to %VS_SCORE_MAX;
 *   NAN when it has none
 *
 * Returns: %TRUE if the subject has a score in @row
 */
gboolean
vs_score_summary_get_score (VsScoreSummary *self,
                            guint           row,
                            guint           position,
                            double         *score)
{
  Row *r;

  if (score != NULL)
    *score = NAN;

  g_return_val_if_fail (VS_IS_SCORE_SUMMARY (self), FALSE);

  r = get_row (self, row);
  if (r == NULL || position >= self->subjects->len || r->counts[position] == 0)
    return FALSE;

  if (score != NULL)
    *score = r->sums[position] / r->counts[position];

  return TRUE;
}

/**
 * vs_score_summary_format_score:
 * @row: a row
 * @position: a subject's position in the summary
 *
 * Writes the subject's score in @row as every chart shows it, rounded by
 * vs_format_score().
 *
 * Returns: (transfer full) (nullable): the score as text, or %NULL when
 *   the subject has none in @row
 */
char *
vs_score_summary_format_score (VsScoreSummary *self,
                               guint           row,
                               guint           position)
{
  double score;

  g_return_val_if_fail (VS_IS_SCORE_SUMMARY (self), NULL);

  if (!vs_score_summary_get_score (self, row, position, &score))
    return NULL;

  return vs_format_score (score);
}
