/* vs-feature-sorter.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vs-feature-sorter.h"

/* The sorter of one column of the Features view. What a feature is sorted
 * by (score, collation key of its text) is looked up once per feature, the
 * first time the column sorts, and kept: GtkColumnView's sorter keeps no
 * keys of its own, and collation keys are costly to make.
 */

/* What a feature is sorted by, made the first time the feature is compared. */
typedef struct
{
  /* The score (NAN when missing), for %VS_FEATURE_SORT_BY_VALUE. */
  double score;
  /* The collation key of the text; for the value, made only when two
   * scores are equal.
   */
  char *key;
  /* For names of categories and subjects: the key is borrowed. */
  guint owns_key : 1;
  guint has_key : 1;
} SortKey;

struct _VsFeatureSorter
{
  GtkSorter parent_instance;

  VsDataset *dataset;
  VsFeatureSortBy sort_by;
  guint subject_index;

  /* VsFeature → SortKey. */
  GHashTable *keys;

  /* Collation keys of the categories, or of the subjects' names and
   * “Tie” (last), by index.
   */
  GPtrArray *name_keys;
};

G_DEFINE_FINAL_TYPE (VsFeatureSorter, vs_feature_sorter, GTK_TYPE_SORTER)

static void
sort_key_free (gpointer data)
{
  SortKey *key = data;

  if (key->owns_key)
    g_free (key->key);
  g_free (key);
}

/* Missing (NULL) keys sort first. */
static int
compare_keys (const char *a,
              const char *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  return strcmp (a, b);
}

static const char *
get_name_key (VsFeatureSorter *self,
              VsFeature       *feature)
{
  if (self->sort_by == VS_FEATURE_SORT_BY_CATEGORY)
    {
      VsCategory *category = vs_feature_get_category (feature);

      if (category == NULL)
        return NULL;

      return g_ptr_array_index (self->name_keys, vs_category_get_index (category));
    }
  else
    {
      VsSubject *advantage = vs_feature_get_advantage (feature);

      if (advantage != NULL)
        return g_ptr_array_index (self->name_keys, vs_subject_get_index (advantage));
      if (vs_feature_get_is_tie (feature))
        return g_ptr_array_index (self->name_keys, self->name_keys->len - 1);

      return NULL;
    }
}

static SortKey *
get_sort_key (VsFeatureSorter *self,
              VsFeature       *feature)
{
  SortKey *key = g_hash_table_lookup (self->keys, feature);

  if (key != NULL)
    return key;

  key = g_new0 (SortKey, 1);
  key->score = NAN;

  switch (self->sort_by)
    {
    case VS_FEATURE_SORT_BY_NAME:
      key->key = g_utf8_collate_key (vs_feature_get_name (feature), -1);
      key->owns_key = TRUE;
      key->has_key = TRUE;
      break;

    case VS_FEATURE_SORT_BY_VALUE:
      vs_feature_get_score (feature, self->subject_index, &key->score);
      break;

    case VS_FEATURE_SORT_BY_CATEGORY:
    case VS_FEATURE_SORT_BY_ADVANTAGE:
      key->key = (char *)get_name_key (self, feature);
      key->has_key = TRUE;
      break;

    default:
      g_assert_not_reached ();
    }

  g_hash_table_insert (self->keys, feature, key);

  return key;
}

static const char *
get_value_key (VsFeatureSorter *self,
               VsFeature       *feature,
               SortKey         *key)
{
  if (!key->has_key)
    {
      const char *value = vs_feature_get_value (feature, self->subject_index);

      key->key = value != NULL ? g_utf8_collate_key (value, -1) : NULL;
      key->owns_key = TRUE;
      key->has_key = TRUE;
    }

  return key->key;
}

/* Missing (NAN) scores sort first. */
static int
compare_scores (double a,
                double b)
{
  if (isnan (a) || isnan (b))
    return !isnan (a) - !isnan (b);

  return (a > b) - (a < b);
}

static GtkOrdering
vs_feature_sorter_compare (GtkSorter *sorter,
                           gpointer   item1,
                           gpointer   item2)
{
  VsFeatureSorter *self = VS_FEATURE_SORTER (sorter);
  SortKey *a = get_sort_key (self, item1);
  SortKey *b = get_sort_key (self, item2);
  int result;

  if (self->sort_by == VS_FEATURE_SORT_BY_VALUE)
    {
      result = compare_scores (a->score, b->score);
      if (result == 0)
        result = compare_keys (get_value_key (self, item1, a), get_value_key (self, item2, b));
    }
  else
    {
      result = compare_keys (a->key, b->key);
    }

  return gtk_ordering_from_cmpfunc (result);
}

static GtkSorterOrder
vs_feature_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_PARTIAL;
}

static void
vs_feature_sorter_finalize (GObject *object)
{
  VsFeatureSorter *self = (VsFeatureSorter *)object;

  g_clear_pointer (&self->keys, g_hash_table_unref);
  g_clear_pointer (&self->name_keys, g_ptr_array_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (vs_feature_sorter_parent_class)->finalize (object);
}

static void
vs_feature_sorter_class_init (VsFeatureSorterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  object_class->finalize = vs_feature_sorter_finalize;

  sorter_class->compare = vs_feature_sorter_compare;
  sorter_class->get_order = vs_feature_sorter_get_order;
}

static void
vs_feature_sorter_init (VsFeatureSorter *self)
{
  self->keys = g_hash_table_new_full (NULL, NULL, NULL, sort_key_free);
  self->name_keys = g_ptr_array_new_with_free_func (g_free);
}

/**
 * vs_feature_sorter_new:
 * @dataset: the dataset whose features are sorted
 * @sort_by: what to compare
 * @subject_index: the subject, for %VS_FEATURE_SORT_BY_VALUE
 *
 * Returns: (transfer full): a sorter for one column of the feature table
 */
VsFeatureSorter *
vs_feature_sorter_new (VsDataset       *dataset,
                       VsFeatureSortBy  sort_by,
                       guint            subject_index)
{
  VsFeatureSorter *self;

  g_return_val_if_fail (VS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (sort_by != VS_FEATURE_SORT_BY_VALUE ||
                        subject_index < vs_dataset_get_n_subjects (dataset), NULL);

  self = g_object_new (VS_TYPE_FEATURE_SORTER, NULL);
  self->dataset = g_object_ref (dataset);
  self->sort_by = sort_by;
  self->subject_index = subject_index;

  /* Categories and subjects are few: their keys are made right away. */
  if (sort_by == VS_FEATURE_SORT_BY_CATEGORY)
    {
      GListModel *categories = vs_dataset_get_categories (dataset);

      for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
        {
          g_autoptr(VsCategory) category = g_list_model_get_item (categories, i);

          g_ptr_array_add (self->name_keys,
                           g_utf8_collate_key (vs_category_get_name (category), -1));
        }
    }
  else if (sort_by == VS_FEATURE_SORT_BY_ADVANTAGE)
    {
      for (guint i = 0; i < vs_dataset_get_n_subjects (dataset); i++)
        {
          VsSubject *subject = vs_dataset_get_subject (dataset, i);

          g_ptr_array_add (self->name_keys, g_utf8_collate_key (vs_subject_get_name (subject), -1));
        }

      /* Translators: the advantage of a feature on which the subjects are equal */
      g_ptr_array_add (self->name_keys, g_utf8_collate_key (C_("advantage", "Tie"), -1));
    }

  return self;
}
