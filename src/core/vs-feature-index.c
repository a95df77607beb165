/* vs-feature-index.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vs-feature-index.h"
#include "vs-text-search.h"

/* What searching and sorting the features of a dataset needs, made once
 * per dataset and kept:
 *
 * - the search text of each feature: every text of its row, folded for a
 *   search that ignores case, so that a search compares bytes;
 * - the rank of each feature in each column: features with equal ranks
 *   compare equal, and a lower rank sorts first. Sorting by columns is then
 *   a counting sort by small integers, O(n) per column, whatever the texts.
 *
 * Each is made when first needed: at once (vs_feature_index_get_ranks()),
 * or in a worker thread (vs_feature_index_prepare_async()) when there are
 * so many features that it would hold up the main loop. The worker reads
 * the dataset, which never changes, and hands its arrays to the main
 * thread, which alone reads and keeps them.
 */

/* The ranks of the features in one column. */
typedef struct
{
  guint32 *ranks;
  guint n_distinct;
  /* Ranks 0 to n_unscored - 1 are those of features without a score
   * (missing scores rank first), which sort last either way.
   */
  guint n_unscored;
} Ranks;

/* The search texts, one after the other with their nul, in one block. */
typedef struct
{
  char *block;
  guint32 *offsets;
} Texts;

/* What one preparation makes, in a worker thread. */
typedef struct
{
  VsDataset *dataset;
  gboolean make_texts;
  guint *columns;
  guint n_columns;

  /* Made by the worker, handed over on the main thread. */
  Texts texts;
  Ranks **ranks;

  /* Features done, out of n_features times the number of parts to make. */
  gint done;
  guint total;
} Job;

struct _VsFeatureIndex
{
  GObject parent_instance;

  /* Unowned: the dataset owns the index. */
  VsDataset *dataset;
  guint n_features;
  guint n_subjects;

  Texts texts;
  gboolean has_texts;

  /* Indexed by column (see column_of()). */
  Ranks **ranks;
  guint n_columns;

  /* The preparation under way, for its progress. */
  Job *job;
};

G_DEFINE_FINAL_TYPE (VsFeatureIndex, vs_feature_index, G_TYPE_OBJECT)

/* How often a worker says how far it got. */
#define PROGRESS_STEP 1024

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static guint
column_of (VsFeatureSortBy sort_by,
           guint           subject_index)
{
  switch (sort_by)
    {
    case VS_FEATURE_SORT_BY_NAME:      return 0;
    case VS_FEATURE_SORT_BY_CATEGORY:  return 1;
    case VS_FEATURE_SORT_BY_ADVANTAGE: return 2;
    case VS_FEATURE_SORT_BY_VALUE:     return 3 + subject_index;
    default:
      g_assert_not_reached ();
    }
}

static void
texts_clear (Texts *texts)
{
  g_clear_pointer (&texts->block, g_free);
  g_clear_pointer (&texts->offsets, g_free);
}

static void
ranks_free (Ranks *ranks)
{
  if (ranks == NULL)
    return;

  g_free (ranks->ranks);
  g_free (ranks);
}

static void
job_free (gpointer data)
{
  Job *job = data;

  texts_clear (&job->texts);
  for (guint i = 0; i < job->n_columns; i++)
    ranks_free (job->ranks[i]);
  g_free (job->ranks);
  g_free (job->columns);
  g_clear_object (&job->dataset);
  g_free (job);
}

static void
add_progress (Job   *job,
              guint  done)
{
  if (job != NULL)
    g_atomic_int_add (&job->done, done);
}

/* ------------------------------------------------------------------------ */
/* Search texts                                                             */
/* ------------------------------------------------------------------------ */

static void
append_text (GString    *text,
             const char *part)
{
  /* A newline keeps a word from matching across two texts. */
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, part);
}

static void
make_texts (VsDataset *dataset,
            Texts     *texts,
            Job       *job)
{
  guint n_features, n_subjects = vs_dataset_get_n_subjects (dataset);
  VsFeature * const *features = vs_dataset_peek_features (dataset, &n_features);
  /* Translators: the advantage of a feature on which the subjects are equal */
  const char *tie = C_("advantage", "Tie");
  g_autoptr(GString) text = g_string_sized_new (256);
  g_autoptr(GString) block = g_string_sized_new (n_features * 128);

  texts->offsets = g_new (guint32, n_features);

  for (guint i = 0; i < n_features; i++)
    {
      VsFeature *feature = features[i];
      VsCategory *category = vs_feature_get_category (feature);
      VsSubject *advantage = vs_feature_get_advantage (feature);
      g_autofree char *folded = NULL;

      g_string_truncate (text, 0);
      append_text (text, vs_feature_get_name (feature));
      if (category != NULL)
        append_text (text, vs_category_get_name (category));
      for (guint s = 0; s < n_subjects; s++)
        {
          const char *value = vs_feature_get_value (feature, s);

          if (value != NULL)
            append_text (text, value);
        }
      if (advantage != NULL)
        append_text (text, vs_subject_get_name (advantage));
      else if (vs_feature_get_is_tie (feature))
        append_text (text, tie);

      folded = vs_text_fold (text->str, text->len);
      texts->offsets[i] = block->len;
      g_string_append_len (block, folded, strlen (folded) + 1);

      if ((i + 1) % PROGRESS_STEP == 0)
        add_progress (job, PROGRESS_STEP);
    }

  add_progress (job, n_features % PROGRESS_STEP);
  texts->block = g_string_free (g_steal_pointer (&block), FALSE);
}

/* ------------------------------------------------------------------------ */
/* Ranks                                                                    */
/* ------------------------------------------------------------------------ */

/* Missing (NULL) keys sort first. */
static int
compare_keys (const char *a,
              const char *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  return strcmp (a, b);
}

/* Missing (NAN) scores rank first; vs_feature_index_sort() puts them last. */
static int
compare_scores (double a,
                double b)
{
  if (isnan (a) || isnan (b))
    return !isnan (a) - !isnan (b);

  return (a > b) - (a < b);
}

typedef struct
{
  double *scores;
  char **keys;
} SortData;

static int
compare_features (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  SortData *data = user_data;
  guint32 i = *(const guint32 *)a, j = *(const guint32 *)b;
  int result = 0;

  if (data->scores != NULL)
    result = compare_scores (data->scores[i], data->scores[j]);
  if (result == 0)
    result = compare_keys (data->keys[i], data->keys[j]);

  return result;
}

/* Ranks @n items by their scores (if any) and keys: equal items get the
 * same rank, from 0 up.
 */
static Ranks *
rank_items (guint     n,
            SortData *data)
{
  g_autofree guint32 *order = g_new (guint32, n);
  Ranks *ranks = g_new0 (Ranks, 1);
  guint32 rank = 0;

  for (guint i = 0; i < n; i++)
    order[i] = i;

  g_qsort_with_data (order, n, sizeof (guint32), compare_features, data);

  ranks->ranks = g_new (guint32, MAX (n, 1));
  for (guint k = 0; k < n; k++)
    {
      if (k > 0 && compare_features (&order[k - 1], &order[k], data) != 0)
        rank++;
      ranks->ranks[order[k]] = rank;
      if (data->scores != NULL && isnan (data->scores[order[k]]))
        ranks->n_unscored = rank + 1;
    }
  ranks->n_distinct = n > 0 ? rank + 1 : 0;

  return ranks;
}

static char *
collate_key (const char *text)
{
  return text != NULL ? g_utf8_collate_key (text, -1) : NULL;
}

/* The ranks of the names of categories, or of subjects and “Tie” (last):
 * few, so the features' ranks are looked up from them.
 */
static Ranks *
make_name_ranks (VsDataset       *dataset,
                 VsFeatureSortBy  sort_by,
                 Job             *job)
{
  guint n_features, n_names;
  VsFeature * const *features = vs_dataset_peek_features (dataset, &n_features);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) categories = NULL;
  Ranks *name_ranks, *ranks;
  SortData data = { NULL, NULL };

  if (sort_by == VS_FEATURE_SORT_BY_CATEGORY)
    {
      categories = g_object_ref (vs_dataset_get_categories (dataset));
      for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
        {
          g_autoptr(VsCategory) category = g_list_model_get_item (categories, i);

          g_ptr_array_add (keys, collate_key (vs_category_get_name (category)));
        }
    }
  else
    {
      for (guint i = 0; i < vs_dataset_get_n_subjects (dataset); i++)
        g_ptr_array_add (keys, collate_key (vs_subject_get_name (vs_dataset_get_subject (dataset,
                                                                                         i))));
      g_ptr_array_add (keys, collate_key (C_("advantage", "Tie")));
    }

  n_names = keys->len;
  data.keys = (char **)keys->pdata;
  name_ranks = rank_items (n_names, &data);

  /* A feature without one (rank 0) comes first. */
  ranks = g_new0 (Ranks, 1);
  ranks->ranks = g_new (guint32, MAX (n_features, 1));
  ranks->n_distinct = name_ranks->n_distinct + 1;
  for (guint i = 0; i < n_features; i++)
    {
      VsFeature *feature = features[i];
      guint name = G_MAXUINT;

      if (sort_by == VS_FEATURE_SORT_BY_CATEGORY)
        {
          if (vs_feature_get_category (feature) != NULL)
            name = vs_category_get_index (vs_feature_get_category (feature));
        }
      else if (vs_feature_get_advantage (feature) != NULL)
        {
          name = vs_subject_get_index (vs_feature_get_advantage (feature));
        }
      else if (vs_feature_get_is_tie (feature))
        {
          name = n_names - 1;
        }

      ranks->ranks[i] = name != G_MAXUINT ? name_ranks->ranks[name] + 1 : 0;
    }

  ranks_free (name_ranks);
  add_progress (job, n_features);

  return ranks;
}

/* The ranks by name, or by a subject's score then value. */
static Ranks *
make_text_ranks (VsDataset       *dataset,
                 VsFeatureSortBy  sort_by,
                 guint            subject_index,
                 Job             *job)
{
  guint n_features;
  VsFeature * const *features = vs_dataset_peek_features (dataset, &n_features);
  g_autofree double *scores = NULL;
  char **keys = g_new (char *, MAX (n_features, 1));
  SortData data = { NULL, keys };
  guint reported = 0;
  Ranks *ranks;

  if (sort_by == VS_FEATURE_SORT_BY_VALUE)
    data.scores = scores = g_new (double, MAX (n_features, 1));

  for (guint i = 0; i < n_features; i++)
    {
      if (sort_by == VS_FEATURE_SORT_BY_NAME)
        {
          keys[i] = collate_key (vs_feature_get_name (features[i]));
        }
      else
        {
          keys[i] = collate_key (vs_feature_get_value (features[i], subject_index));
          if (!vs_feature_get_score (features[i], subject_index, &scores[i]))
            scores[i] = NAN;
        }

      /* Making the keys is about half of the work. */
      if ((i + 1) % PROGRESS_STEP == 0)
        {
          add_progress (job, PROGRESS_STEP / 2);
          reported += PROGRESS_STEP / 2;
        }
    }

  ranks = rank_items (n_features, &data);
  add_progress (job, n_features - reported);

  for (guint i = 0; i < n_features; i++)
    g_free (keys[i]);
  g_free (keys);

  return ranks;
}

static Ranks *
make_ranks (VsDataset *dataset,
            guint      column,
            Job       *job)
{
  switch (column)
    {
    case 0:
      return make_text_ranks (dataset, VS_FEATURE_SORT_BY_NAME, 0, job);
    case 1:
      return make_name_ranks (dataset, VS_FEATURE_SORT_BY_CATEGORY, job);
    case 2:
      return make_name_ranks (dataset, VS_FEATURE_SORT_BY_ADVANTAGE, job);
    default:
      return make_text_ranks (dataset, VS_FEATURE_SORT_BY_VALUE, column - 3, job);
    }
}

/* ------------------------------------------------------------------------ */
/* Preparing in a thread                                                    */
/* ------------------------------------------------------------------------ */

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;

  if (job->make_texts)
    make_texts (job->dataset, &job->texts, job);

  for (guint i = 0; i < job->n_columns; i++)
    job->ranks[i] = make_ranks (job->dataset, job->columns[i], job);

  g_task_return_boolean (task, TRUE);
}

/* On the main thread: keeps what the worker made, unless it was made
 * meanwhile (by vs_feature_index_get_ranks()).
 */
static void
prepared_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  VsFeatureIndex *self = VS_FEATURE_INDEX (object);
  g_autoptr(GTask) outer = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));

  if (self->job == job)
    self->job = NULL;

  /* The worker's last reference to the task may go after this: the job
   * must not keep the dataset alive meanwhile.
   */
  g_clear_object (&job->dataset);

  if (job->make_texts && !self->has_texts)
    {
      self->texts = job->texts;
      self->has_texts = TRUE;
      job->texts = (Texts) { NULL, NULL };
    }

  for (guint i = 0; i < job->n_columns; i++)
    if (self->ranks[job->columns[i]] == NULL)
      self->ranks[job->columns[i]] = g_steal_pointer (&job->ranks[i]);

  g_task_return_boolean (outer, TRUE);
}

/* ------------------------------------------------------------------------ */
/* Class                                                                    */
/* ------------------------------------------------------------------------ */

static void
vs_feature_index_finalize (GObject *object)
{
  VsFeatureIndex *self = (VsFeatureIndex *)object;

  texts_clear (&self->texts);
  for (guint i = 0; i < self->n_columns; i++)
    ranks_free (self->ranks[i]);
  g_clear_pointer (&self->ranks, g_free);

  G_OBJECT_CLASS (vs_feature_index_parent_class)->finalize (object);
}

static void
vs_feature_index_class_init (VsFeatureIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_feature_index_finalize;
}

static void
vs_feature_index_init (VsFeatureIndex *self)
{
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

/**
 * vs_feature_index_new:
 * @dataset: the dataset, which must outlive the index (it owns it: see
 *   vs_dataset_get_feature_index())
 *
 * Returns: (transfer full): an index with nothing made yet
 */
VsFeatureIndex *
vs_feature_index_new (VsDataset *dataset)
{
  VsFeatureIndex *self;

  g_return_val_if_fail (VS_IS_DATASET (dataset), NULL);

  self = g_object_new (VS_TYPE_FEATURE_INDEX, NULL);
  self->dataset = dataset;
  self->n_features = vs_dataset_get_n_features (dataset);
  self->n_subjects = vs_dataset_get_n_subjects (dataset);
  self->n_columns = 3 + self->n_subjects;
  self->ranks = g_new0 (Ranks *, self->n_columns);

  return self;
}

guint
vs_feature_index_get_n_features (VsFeatureIndex *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_INDEX (self), 0);

  return self->n_features;
}

gboolean
vs_feature_index_has_search_texts (VsFeatureIndex *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_INDEX (self), FALSE);

  return self->has_texts;
}

/**
 * vs_feature_index_get_search_text:
 * @feature_index: the position of a feature in the dataset
 *
 * Makes the search texts of all the features if they are not made yet.
 *
 * Returns: (transfer none): the folded texts of the feature's row (name,
 *   category, values, leading subject or “Tie”), one a line
 */
const char *
vs_feature_index_get_search_text (VsFeatureIndex *self,
                                  guint           feature_index)
{
  g_return_val_if_fail (VS_IS_FEATURE_INDEX (self), NULL);
  g_return_val_if_fail (feature_index < self->n_features, NULL);

  if (!self->has_texts)
    {
      make_texts (self->dataset, &self->texts, NULL);
      self->has_texts = TRUE;
    }

  return self->texts.block + self->texts.offsets[feature_index];
}

gboolean
vs_feature_index_has_ranks (VsFeatureIndex  *self,
                            VsFeatureSortBy  sort_by,
                            guint            subject_index)
{
  g_return_val_if_fail (VS_IS_FEATURE_INDEX (self), FALSE);
  g_return_val_if_fail (sort_by != VS_FEATURE_SORT_BY_VALUE || subject_index < self->n_subjects,
                        FALSE);

  return self->ranks[column_of (sort_by, subject_index)] != NULL;
}

/**
 * vs_feature_index_get_ranks:
 * @sort_by: a column
 * @subject_index: the subject, for %VS_FEATURE_SORT_BY_VALUE
 *
 * Makes the ranks of the column if they are not made yet.
 *
 * Returns: (transfer none): the rank of each feature, by position: lower
 *   ranks sort first, equal ranks compare equal
 */
const guint32 *
vs_feature_index_get_ranks (VsFeatureIndex  *self,
                            VsFeatureSortBy  sort_by,
                            guint            subject_index)
{
  guint column;

  g_return_val_if_fail (VS_IS_FEATURE_INDEX (self), NULL);
  g_return_val_if_fail (sort_by != VS_FEATURE_SORT_BY_VALUE || subject_index < self->n_subjects,
                        NULL);

  column = column_of (sort_by, subject_index);
  if (self->ranks[column] == NULL)
    self->ranks[column] = make_ranks (self->dataset, column, NULL);

  return self->ranks[column]->ranks;
}

/* Where a rank sorts: features without a score (the first @n_unscored
 * ranks) come after the others in both orders, among themselves by text.
 */
static inline guint32
sort_rank (guint32  rank,
           guint    n_distinct,
           guint    n_unscored,
           gboolean descending)
{
  if (rank < n_unscored)
    return n_distinct - n_unscored + rank;

  return descending ? n_distinct - 1 - rank : rank - n_unscored;
}

/**
 * vs_feature_index_sort:
 * @keys: (array length=n_keys): the sort order, the first key first
 * @n_keys: the number of keys
 *
 * Sorts the features by @keys; features that all keys find equal keep the
 * order of the dataset. Makes the ranks it needs if they are not made yet.
 *
 * Returns: (transfer full): the positions of the features, in order
 */
guint32 *
vs_feature_index_sort (VsFeatureIndex         *self,
                       const VsFeatureSortKey *keys,
                       guint                   n_keys)
{
  guint n = 0;
  guint32 *order, *sorted, *counts = NULL;

  g_return_val_if_fail (VS_IS_FEATURE_INDEX (self), NULL);
  g_return_val_if_fail (keys != NULL || n_keys == 0, NULL);

  n = self->n_features;
  order = g_new (guint32, MAX (n, 1));
  sorted = g_new (guint32, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    order[i] = i;

  /* A stable counting sort by each key, the last key first (LSD radix):
   * the first key decides, the next ones break its ties, and the
   * dataset's order breaks theirs.
   */
  for (guint k = n_keys; k-- > 0;)
    {
      guint column = column_of (keys[k].sort_by, keys[k].subject_index);
      const guint32 *ranks = vs_feature_index_get_ranks (self, keys[k].sort_by,
                                                         keys[k].subject_index);
      guint n_distinct = self->ranks[column]->n_distinct;
      guint n_unscored = self->ranks[column]->n_unscored;
      gboolean descending = keys[k].descending;
      guint32 *swap;

      /* A column can have more distinct values than there are features
       * (the names of the subjects, “Tie” and none for Advantage).
       */
      counts = g_renew (guint32, counts, n_distinct + 1);
      memset (counts, 0, (n_distinct + 1) * sizeof (guint32));
      for (guint i = 0; i < n; i++)
        {
          guint32 rank = sort_rank (ranks[i], n_distinct, n_unscored, descending);

          counts[rank + 1]++;
        }
      for (guint r = 1; r <= n_distinct; r++)
        counts[r] += counts[r - 1];
      for (guint i = 0; i < n; i++)
        {
          guint32 feature = order[i];
          guint32 rank = sort_rank (ranks[feature], n_distinct, n_unscored, descending);

          sorted[counts[rank]++] = feature;
        }

      swap = order;
      order = sorted;
      sorted = swap;
    }

  g_free (sorted);
  g_free (counts);

  return order;
}

/**
 * vs_feature_index_prepare_async:
 * @search_texts: whether to make the search texts
 * @keys: (array length=n_keys) (nullable): the columns to rank
 * @n_keys: the number of keys
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the main thread when the index has them
 * @user_data: data for @callback
 *
 * Makes what is asked for and not made yet in a worker thread; the index
 * keeps it even if @cancellable is cancelled.
 */
void
vs_feature_index_prepare_async (VsFeatureIndex         *self,
                                gboolean                search_texts,
                                const VsFeatureSortKey *keys,
                                guint                   n_keys,
                                GCancellable           *cancellable,
                                GAsyncReadyCallback     callback,
                                gpointer                user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  Job *job;

  g_return_if_fail (VS_IS_FEATURE_INDEX (self));
  g_return_if_fail (keys != NULL || n_keys == 0);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, vs_feature_index_prepare_async);

  job = g_new0 (Job, 1);
  job->dataset = g_object_ref (self->dataset);
  job->make_texts = search_texts && !self->has_texts;
  job->columns = g_new (guint, MAX (n_keys, 1));
  for (guint k = 0; k < n_keys; k++)
    {
      guint column = column_of (keys[k].sort_by, keys[k].subject_index);
      gboolean listed = FALSE;

      for (guint i = 0; i < job->n_columns; i++)
        listed |= job->columns[i] == column;
      if (self->ranks[column] == NULL && !listed)
        job->columns[job->n_columns++] = column;
    }
  job->ranks = g_new0 (Ranks *, MAX (job->n_columns, 1));
  job->total = self->n_features * (job->make_texts + job->n_columns);

  if (job->total == 0)
    {
      job_free (job);
      g_task_return_boolean (outer, TRUE);
      return;
    }

  self->job = job;
  inner = g_task_new (self, NULL, prepared_cb, g_steal_pointer (&outer));
  g_task_set_source_tag (inner, prepared_cb);
  g_task_set_task_data (inner, job, job_free);
  g_task_run_in_thread (inner, prepare_thread);
}

gboolean
vs_feature_index_prepare_finish (VsFeatureIndex  *self,
                                 GAsyncResult    *result,
                                 GError         **error)
{
  g_return_val_if_fail (VS_IS_FEATURE_INDEX (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * vs_feature_index_get_progress:
 *
 * Returns: how far the last preparation got, from 0 to 1 (1 when none is
 *   under way)
 */
double
vs_feature_index_get_progress (VsFeatureIndex *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_INDEX (self), 1);

  if (self->job == NULL || self->job->total == 0)
    return 1;

  return MIN (1.0, (double)g_atomic_int_get (&self->job->done) / self->job->total);
}
