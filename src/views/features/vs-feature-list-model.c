/* vs-feature-list-model.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vs-feature-index.h"
#include "vs-feature-list-model.h"
#include "vs-feature-sorter.h"

/* The rows of the Features view: the dataset's features that pass a
 * VsFeatureFilter, in the order of a column view's sorter. It does the work
 * of a GtkFilterListModel and a GtkSortListModel in one model, with what the
 * dataset's VsFeatureIndex keeps:
 *
 * - sorting is a counting sort by the columns' ranks, O(n) per key, instead
 *   of O(n log n) calls to the sorters; GTK 4.8's GtkSortListModel also sorts
 *   every row again whenever its model changes, that is at every search;
 * - a change of the filter that only narrows (or only widens) the result
 *   looks only at the rows shown (or hidden), over folded texts;
 * - a change emits one #GListModel::items-changed, over the smallest range
 *   that holds every difference.
 *
 * With more features than the sync limit, what the index has not made yet
 * (the search texts, the ranks of a column sorted for the first time) is
 * made in a worker thread: the model keeps showing what it showed, says
 * that it is #VsFeatureListModel:pending, and changes once it is made.
 */

struct _VsFeatureListModel
{
  GObject parent_instance;

  GtkSorter *sorter;
  VsDataset *dataset;
  VsFeatureFilter *filter;
  guint sync_limit;

  /* The dataset's features, by position. */
  VsFeature * const *features;

  /* Every feature, by position in the dataset, in the order of the sorter;
   * NULL for the dataset's order.
   */
  guint32 *order;
  /* Whether each feature passes the filter, by position in the dataset. */
  guint8 *matches;
  /* The rows: positions in the dataset. */
  guint32 *rows;
  guint n_rows;

  /* What changed since the rows were made. */
  gboolean sort_changed;
  GtkFilterChange filter_change;
  gboolean filter_changed;

  /* The sort order, as last read from the sorter. */
  VsFeatureSortKey keys[VS_FEATURE_SORTER_MAX_KEYS];
  guint n_keys;

  /* Set while the index prepares what the rows need. */
  GCancellable *cancellable;
};

static void vs_feature_list_model_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VsFeatureListModel, vs_feature_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      vs_feature_list_model_model_init))

enum {
  PROP_0,
  PROP_SORTER,
  PROP_DATASET,
  PROP_PENDING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* ------------------------------------------------------------------------ */
/* Making the rows                                                          */
/* ------------------------------------------------------------------------ */

static void refresh (VsFeatureListModel *self);

/* Two changes of the filter since the rows were made, as one. */
static GtkFilterChange
merge_changes (gboolean        changed,
               GtkFilterChange before,
               GtkFilterChange change)
{
  if (!changed || before == change)
    return change;

  return GTK_FILTER_CHANGE_DIFFERENT;
}

static void
update_matches (VsFeatureListModel *self)
{
  guint n_features;
  VsFeature * const *features = vs_dataset_peek_features (self->dataset, &n_features);
  GtkFilterChange change = self->filter_change;
  GtkFilterMatch strictness = GTK_FILTER_MATCH_ALL;

  if (self->matches == NULL)
    {
      self->matches = g_new (guint8, MAX (n_features, 1));
      change = GTK_FILTER_CHANGE_DIFFERENT;
    }

  if (self->filter != NULL)
    strictness = gtk_filter_get_strictness (GTK_FILTER (self->filter));

  if (strictness != GTK_FILTER_MATCH_SOME)
    {
      memset (self->matches, strictness == GTK_FILTER_MATCH_ALL, n_features);
      return;
    }

  /* A stricter filter can only hide rows shown, a laxer one only show
   * rows hidden.
   */
  for (guint i = 0; i < n_features; i++)
    {
      if ((change == GTK_FILTER_CHANGE_MORE_STRICT && !self->matches[i]) ||
          (change == GTK_FILTER_CHANGE_LESS_STRICT && self->matches[i]))
        continue;

      self->matches[i] = vs_feature_filter_matches (self->filter, features[i]);
    }
}

/* Emits the change from @old_rows to the rows, over the smallest range. */
static void
emit_changes (VsFeatureListModel *self,
              const guint32      *old_rows,
              guint               n_old_rows)
{
  guint prefix = 0, suffix = 0;
  guint n_rows = self->n_rows;

  while (prefix < n_old_rows && prefix < n_rows && old_rows[prefix] == self->rows[prefix])
    prefix++;

  while (suffix < n_old_rows - prefix && suffix < n_rows - prefix &&
         old_rows[n_old_rows - 1 - suffix] == self->rows[n_rows - 1 - suffix])
    suffix++;

  if (n_old_rows - prefix - suffix > 0 || n_rows - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                n_old_rows - prefix - suffix, n_rows - prefix - suffix);
}

/* Makes the rows again from what changed; everything it needs is made. */
static void
apply_changes (VsFeatureListModel *self)
{
  VsFeatureIndex *index = vs_dataset_get_feature_index (self->dataset);
  guint n_features = vs_dataset_get_n_features (self->dataset);
  g_autofree guint32 *old_rows = self->rows;
  guint n_old_rows = self->n_rows;
  gboolean narrowed_only;
  guint n_rows = 0;

  narrowed_only = (!self->sort_changed && self->filter_changed && self->matches != NULL &&
                   self->filter_change == GTK_FILTER_CHANGE_MORE_STRICT);

  if (self->sort_changed)
    {
      g_clear_pointer (&self->order, g_free);
      if (self->n_keys > 0)
        self->order = vs_feature_index_sort (index, self->keys, self->n_keys);
    }

  if (self->filter_changed || self->matches == NULL)
    update_matches (self);

  self->sort_changed = FALSE;
  self->filter_changed = FALSE;

  self->rows = g_new (guint32, MAX (n_features, 1));
  if (narrowed_only)
    {
      /* The rows left are among the rows shown, in the same order. */
      for (guint i = 0; i < n_old_rows; i++)
        if (self->matches[old_rows[i]])
          self->rows[n_rows++] = old_rows[i];
    }
  else
    {
      for (guint i = 0; i < n_features; i++)
        {
          guint32 feature = self->order != NULL ? self->order[i] : i;

          if (self->matches[feature])
            self->rows[n_rows++] = feature;
        }
    }
  self->n_rows = n_rows;

  emit_changes (self, old_rows, n_old_rows);
}

static void
prepared_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(VsFeatureListModel) self = user_data;
  g_autoptr(GError) error = NULL;

  /* Cancelled when the dataset changed: the new one is not waiting. */
  if (!vs_feature_index_prepare_finish (VS_FEATURE_INDEX (object), result, &error))
    return;

  g_clear_object (&self->cancellable);
  refresh (self);

  if (self->cancellable == NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PENDING]);
}

/* Makes the rows again if something changed, at once or once the index
 * has made what they need.
 */
static void
refresh (VsFeatureListModel *self)
{
  VsFeatureIndex *index;
  gboolean needs_texts = FALSE;
  gboolean needs_ranks = FALSE;

  if (self->dataset == NULL || self->cancellable != NULL)
    return;

  if (!self->sort_changed && !self->filter_changed && self->matches != NULL)
    return;

  index = vs_dataset_get_feature_index (self->dataset);

  if (self->sort_changed)
    {
      self->n_keys = vs_feature_sorter_read_keys (self->sorter, self->dataset, self->keys,
                                                  G_N_ELEMENTS (self->keys));
      for (guint k = 0; k < self->n_keys; k++)
        needs_ranks |= !vs_feature_index_has_ranks (index, self->keys[k].sort_by,
                                                    self->keys[k].subject_index);
    }

  if (self->filter != NULL && vs_feature_filter_get_search_terms (self->filter) != NULL)
    needs_texts = !vs_feature_index_has_search_texts (index);

  if ((needs_texts || needs_ranks) &&
      vs_dataset_get_n_features (self->dataset) > self->sync_limit)
    {
      self->cancellable = g_cancellable_new ();
      vs_feature_index_prepare_async (index, needs_texts,
                                      self->sort_changed ? self->keys : NULL,
                                      self->sort_changed ? self->n_keys : 0,
                                      self->cancellable, prepared_cb, g_object_ref (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PENDING]);
      return;
    }

  apply_changes (self);
}

/* ------------------------------------------------------------------------ */
/* Signal callbacks                                                         */
/* ------------------------------------------------------------------------ */

static void
sorter_changed_cb (VsFeatureListModel *self,
                   GtkSorterChange     change,
                   GtkSorter          *sorter)
{
  self->sort_changed = TRUE;
  refresh (self);
}

static void
filter_changed_cb (VsFeatureListModel *self,
                   GtkFilterChange     change,
                   GtkFilter          *filter)
{
  self->filter_change = merge_changes (self->filter_changed, self->filter_change, change);
  self->filter_changed = TRUE;
  refresh (self);
}

/* ------------------------------------------------------------------------ */
/* GListModel                                                               */
/* ------------------------------------------------------------------------ */

static GType
vs_feature_list_model_get_item_type (GListModel *model)
{
  return VS_TYPE_FEATURE;
}

static guint
vs_feature_list_model_get_n_items (GListModel *model)
{
  return VS_FEATURE_LIST_MODEL (model)->n_rows;
}

static gpointer
vs_feature_list_model_get_item (GListModel *model,
                                guint       position)
{
  VsFeatureListModel *self = VS_FEATURE_LIST_MODEL (model);

  if (position >= self->n_rows)
    return NULL;

  /* GtkSingleSelection reads every row that moved to find the selected
   * one again: this is kept short.
   */
  return g_object_ref (self->features[self->rows[position]]);
}

static void
vs_feature_list_model_model_init (GListModelInterface *iface)
{
  iface->get_item_type = vs_feature_list_model_get_item_type;
  iface->get_n_items = vs_feature_list_model_get_n_items;
  iface->get_item = vs_feature_list_model_get_item;
}

/* ------------------------------------------------------------------------ */
/* Class                                                                    */
/* ------------------------------------------------------------------------ */

static void
clear_dataset (VsFeatureListModel *self)
{
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, filter_changed_cb, self);

  g_clear_object (&self->filter);
  g_clear_object (&self->dataset);
  self->features = NULL;
  g_clear_pointer (&self->order, g_free);
  g_clear_pointer (&self->matches, g_free);
  g_clear_pointer (&self->rows, g_free);
  self->n_rows = 0;
}

static void
vs_feature_list_model_dispose (GObject *object)
{
  VsFeatureListModel *self = (VsFeatureListModel *)object;

  clear_dataset (self);

  if (self->sorter != NULL)
    g_signal_handlers_disconnect_by_func (self->sorter, sorter_changed_cb, self);
  g_clear_object (&self->sorter);

  G_OBJECT_CLASS (vs_feature_list_model_parent_class)->dispose (object);
}

static void
vs_feature_list_model_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  VsFeatureListModel *self = VS_FEATURE_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_SORTER:
      g_value_set_object (value, self->sorter);
      break;

    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_PENDING:
      g_value_set_uint (value, vs_feature_list_model_get_pending (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_feature_list_model_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  VsFeatureListModel *self = VS_FEATURE_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_SORTER:
      self->sorter = g_value_dup_object (value);
      if (self->sorter != NULL)
        g_signal_connect_object (self->sorter, "changed", G_CALLBACK (sorter_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_feature_list_model_class_init (VsFeatureListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vs_feature_list_model_dispose;
  object_class->get_property = vs_feature_list_model_get_property;
  object_class->set_property = vs_feature_list_model_set_property;

  properties [PROP_SORTER] =
    g_param_spec_object ("sorter", NULL, NULL,
                         GTK_TYPE_SORTER,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         VS_TYPE_DATASET,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * VsFeatureListModel:pending:
   *
   * About how many features are left to prepare before the rows follow the
   * last change; 0 when they do.
   */
  properties [PROP_PENDING] =
    g_param_spec_uint ("pending", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_feature_list_model_init (VsFeatureListModel *self)
{
  self->sync_limit = VS_FEATURE_LIST_MODEL_SYNC_LIMIT;
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

/**
 * vs_feature_list_model_new:
 * @sorter: (nullable): the sorter whose order the rows follow: a
 *   #VsFeatureSorter, or a sorter that consults only them, such as the
 *   sorter of a column view whose columns all have one
 *
 * Returns: (transfer full): an empty model
 */
VsFeatureListModel *
vs_feature_list_model_new (GtkSorter *sorter)
{
  g_return_val_if_fail (!sorter || GTK_IS_SORTER (sorter), NULL);

  return g_object_new (VS_TYPE_FEATURE_LIST_MODEL,
                       "sorter", sorter,
                       NULL);
}

GtkSorter *
vs_feature_list_model_get_sorter (VsFeatureListModel *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_LIST_MODEL (self), NULL);

  return self->sorter;
}

/**
 * vs_feature_list_model_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset whose features are shown
 */
VsDataset *
vs_feature_list_model_get_dataset (VsFeatureListModel *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_LIST_MODEL (self), NULL);

  return self->dataset;
}

/**
 * vs_feature_list_model_get_filter:
 *
 * Returns: (transfer none) (nullable): the filter of the rows
 */
VsFeatureFilter *
vs_feature_list_model_get_filter (VsFeatureListModel *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_LIST_MODEL (self), NULL);

  return self->filter;
}

/**
 * vs_feature_list_model_set_dataset:
 * @dataset: (nullable): the dataset whose features to show
 * @filter: (nullable): a filter of @dataset's features, or %NULL for all
 *
 * Shows the features of @dataset instead: the rows of the last dataset go
 * (one #GListModel::items-changed) and the new rows come (another, once
 * they are made).
 */
void
vs_feature_list_model_set_dataset (VsFeatureListModel *self,
                                   VsDataset          *dataset,
                                   VsFeatureFilter    *filter)
{
  guint n_old_rows;

  g_return_if_fail (VS_IS_FEATURE_LIST_MODEL (self));
  g_return_if_fail (!dataset || VS_IS_DATASET (dataset));
  g_return_if_fail (!filter || VS_IS_FEATURE_FILTER (filter));
  g_return_if_fail (dataset || !filter);

  if (dataset == self->dataset && filter == self->filter)
    return;

  n_old_rows = self->n_rows;
  g_object_ref (self);
  if (dataset != NULL)
    g_object_ref (dataset);
  if (filter != NULL)
    g_object_ref (filter);

  clear_dataset (self);
  self->dataset = dataset;
  self->filter = filter;
  if (dataset != NULL)
    {
      guint n_features;

      self->features = vs_dataset_peek_features (dataset, &n_features);
    }

  if (n_old_rows > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n_old_rows, 0);

  if (filter != NULL)
    g_signal_connect_object (filter, "changed", G_CALLBACK (filter_changed_cb), self,
                             G_CONNECT_SWAPPED);

  self->sort_changed = TRUE;
  self->filter_changed = TRUE;
  self->filter_change = GTK_FILTER_CHANGE_DIFFERENT;
  refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATASET]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PENDING]);
  g_object_unref (self);
}

/**
 * vs_feature_list_model_find:
 * @feature: a feature of the dataset
 *
 * Returns: the row of @feature, or %GTK_INVALID_LIST_POSITION if it is
 *   not shown
 */
guint
vs_feature_list_model_find (VsFeatureListModel *self,
                            VsFeature          *feature)
{
  g_return_val_if_fail (VS_IS_FEATURE_LIST_MODEL (self), GTK_INVALID_LIST_POSITION);
  g_return_val_if_fail (VS_IS_FEATURE (feature), GTK_INVALID_LIST_POSITION);

  for (guint i = 0; i < self->n_rows; i++)
    if (self->features[self->rows[i]] == feature)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/**
 * vs_feature_list_model_get_pending:
 *
 * Returns: about how many features are left to prepare before the rows
 *   follow the last change of the sorter or the filter; 0 when they do
 */
guint
vs_feature_list_model_get_pending (VsFeatureListModel *self)
{
  VsFeatureIndex *index;
  guint n_features;

  g_return_val_if_fail (VS_IS_FEATURE_LIST_MODEL (self), 0);

  if (self->cancellable == NULL)
    return 0;

  index = vs_dataset_get_feature_index (self->dataset);
  n_features = vs_dataset_get_n_features (self->dataset);

  return MAX (1, (guint)(n_features * (1 - vs_feature_index_get_progress (index))));
}

/**
 * vs_feature_list_model_get_progress:
 *
 * Returns: how far the preparation under way got, from 0 to 1; 1 when
 *   none is
 */
double
vs_feature_list_model_get_progress (VsFeatureListModel *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_LIST_MODEL (self), 1);

  if (self->cancellable == NULL)
    return 1;

  return vs_feature_index_get_progress (vs_dataset_get_feature_index (self->dataset));
}

/**
 * vs_feature_list_model_set_sync_limit:
 * @sync_limit: the most features for which the model prepares what it
 *   needs at once rather than in a thread
 *
 * For tests: the default is %VS_FEATURE_LIST_MODEL_SYNC_LIMIT.
 */
void
vs_feature_list_model_set_sync_limit (VsFeatureListModel *self,
                                      guint               sync_limit)
{
  g_return_if_fail (VS_IS_FEATURE_LIST_MODEL (self));

  self->sync_limit = sync_limit;
}
