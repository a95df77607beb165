/* vs-feature-sorter.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-feature-sorter.h"

/* The sorter of one column of the Features view. It compares features by
 * their ranks in the column (see VsFeatureIndex: score, then collation key
 * of the text, missing ones first), made once per dataset.
 *
 * The Features view does not sort by calling it: its model sorts by the
 * ranks directly (VsFeatureListModel). GTK 4.8 has no API to read which
 * columns the column view sorts by, so the model asks the column view's
 * sorter to compare two probe items, which every VsFeatureSorter recognises:
 * the first one consulted names itself, and the sign of the result says
 * whether the column view inverted it (see vs_feature_sorter_read_keys()).
 */

struct _VsFeatureSorter
{
  GtkSorter parent_instance;

  VsDataset *dataset;
  VsFeatureSortBy sort_by;
  guint subject_index;
};

G_DEFINE_FINAL_TYPE (VsFeatureSorter, vs_feature_sorter, GTK_TYPE_SORTER)

/* The probe: two items and what the sorters consulted say. */
static struct
{
  GObject *items[2];
  gboolean active;
  VsFeatureSorter *found[VS_FEATURE_SORTER_MAX_KEYS];
  guint n_found;
  VsFeatureSorter *consulted;
} probe;

static GtkOrdering
answer_probe (VsFeatureSorter *self)
{
  /* The sorters found before stand aside, so that the next one speaks. */
  for (guint i = 0; i < probe.n_found; i++)
    if (probe.found[i] == self)
      return GTK_ORDERING_EQUAL;

  if (probe.consulted == NULL)
    probe.consulted = self;

  return GTK_ORDERING_SMALLER;
}

static GtkOrdering
vs_feature_sorter_compare (GtkSorter *sorter,
                           gpointer   item1,
                           gpointer   item2)
{
  VsFeatureSorter *self = VS_FEATURE_SORTER (sorter);
  VsFeatureIndex *index;
  const guint32 *ranks;
  guint32 a, b;

  if (probe.active && item1 == probe.items[0] && item2 == probe.items[1])
    return answer_probe (self);

  index = vs_dataset_get_feature_index (self->dataset);
  ranks = vs_feature_index_get_ranks (index, self->sort_by, self->subject_index);
  a = ranks[vs_feature_get_index (item1)];
  b = ranks[vs_feature_get_index (item2)];

  return a < b ? GTK_ORDERING_SMALLER : a > b ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
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
  self->subject_index = sort_by == VS_FEATURE_SORT_BY_VALUE ? subject_index : 0;

  return self;
}

VsDataset *
vs_feature_sorter_get_dataset (VsFeatureSorter *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_SORTER (self), NULL);

  return self->dataset;
}

VsFeatureSortBy
vs_feature_sorter_get_sort_by (VsFeatureSorter *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_SORTER (self), VS_FEATURE_SORT_BY_NAME);

  return self->sort_by;
}

guint
vs_feature_sorter_get_subject_index (VsFeatureSorter *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_SORTER (self), 0);

  return self->subject_index;
}

/**
 * vs_feature_sorter_read_keys:
 * @sorter: a sorter that consults only #VsFeatureSorters, such as the
 *   sorter of a column view whose columns all have one, or one of them
 * @dataset: (nullable): if set, the keys of sorters of other datasets (on
 *   their way out) are left out
 * @keys: (out caller-allocates) (array length=max_keys): the sort keys
 * @max_keys: the size of @keys
 *
 * Reads the order @sorter sorts by, by probing it: the #VsFeatureSorter
 * consulted first, whether @sorter inverts it, then the one consulted
 * when the first finds the items equal, and so on.
 *
 * Returns: the number of keys read; 0 if @sorter does not sort
 */
guint
vs_feature_sorter_read_keys (GtkSorter        *sorter,
                             VsDataset        *dataset,
                             VsFeatureSortKey *keys,
                             guint             max_keys)
{
  guint n_keys = 0;

  g_return_val_if_fail (GTK_IS_SORTER (sorter), 0);
  g_return_val_if_fail (keys != NULL || max_keys == 0, 0);

  if (probe.items[0] == NULL)
    {
      /* Kept for the life of the process. */
      probe.items[0] = g_object_new (G_TYPE_OBJECT, NULL);
      probe.items[1] = g_object_new (G_TYPE_OBJECT, NULL);
    }

  g_return_val_if_fail (!probe.active, 0);

  probe.active = TRUE;
  probe.n_found = 0;

  while (probe.n_found < G_N_ELEMENTS (probe.found))
    {
      GtkOrdering ordering;
      VsFeatureSorter *found;

      probe.consulted = NULL;
      ordering = gtk_sorter_compare (sorter, probe.items[0], probe.items[1]);
      found = probe.consulted;
      if (found == NULL || ordering == GTK_ORDERING_EQUAL)
        break;

      probe.found[probe.n_found++] = found;
      if (n_keys < max_keys && (dataset == NULL || found->dataset == dataset))
        {
          keys[n_keys].sort_by = found->sort_by;
          keys[n_keys].subject_index = found->subject_index;
          /* Every sorter answers “smaller”: “larger” means inverted. */
          keys[n_keys].descending = (ordering == GTK_ORDERING_LARGER);
          n_keys++;
        }
    }

  probe.active = FALSE;
  probe.consulted = NULL;

  return n_keys;
}
