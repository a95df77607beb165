/* vs-feature-filter.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"


#include "vs-feature-filter.h"
#include "vs-feature-index.h"
#include "vs-text-search.h"

/* The filter of the Features view: a search over all the text of a row,
 * a category, the subject that leads (or ties only), and “differences
 * only”. The text a row is searched by is folded once per dataset (see
 * VsFeatureIndex), so that typing in the search entry compares bytes.
 *
 * The Features view's model (VsFeatureListModel) reads the criteria and
 * calls vs_feature_filter_matches() itself, on the features that a change
 * of the filter can affect.
 */

struct _VsFeatureFilter
{
  GtkFilter parent_instance;

  VsDataset *dataset;

  char *search;
  /* The folded words of @search, all of which a row must contain. */
  char **search_terms;
  VsCategory *category;
  VsSubject *leader;
  gboolean ties_only;
  gboolean differences_only;
};

G_DEFINE_FINAL_TYPE (VsFeatureFilter, vs_feature_filter, GTK_TYPE_FILTER)

static gboolean
vs_feature_filter_match (GtkFilter *filter,
                         gpointer   item)
{
  return vs_feature_filter_matches (VS_FEATURE_FILTER (filter), item);
}

static GtkFilterMatch
vs_feature_filter_get_strictness (GtkFilter *filter)
{
  VsFeatureFilter *self = VS_FEATURE_FILTER (filter);

  if (self->search_terms == NULL &&
      self->category == NULL &&
      self->leader == NULL &&
      !self->ties_only &&
      !self->differences_only)
    return GTK_FILTER_MATCH_ALL;

  return GTK_FILTER_MATCH_SOME;
}

static void
vs_feature_filter_finalize (GObject *object)
{
  VsFeatureFilter *self = (VsFeatureFilter *)object;

  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->search_terms, g_strfreev);
  g_clear_object (&self->category);
  g_clear_object (&self->leader);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (vs_feature_filter_parent_class)->finalize (object);
}

static void
vs_feature_filter_class_init (VsFeatureFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = vs_feature_filter_finalize;

  filter_class->match = vs_feature_filter_match;
  filter_class->get_strictness = vs_feature_filter_get_strictness;
}

static void
vs_feature_filter_init (VsFeatureFilter *self)
{
  self->search = g_strdup ("");
}

/**
 * vs_feature_filter_new:
 * @dataset: the dataset whose features are filtered
 *
 * Returns: (transfer full): a filter that lets every feature through
 */
VsFeatureFilter *
vs_feature_filter_new (VsDataset *dataset)
{
  VsFeatureFilter *self;

  g_return_val_if_fail (VS_IS_DATASET (dataset), NULL);

  self = g_object_new (VS_TYPE_FEATURE_FILTER, NULL);
  self->dataset = g_object_ref (dataset);

  return self;
}

/**
 * vs_feature_filter_matches:
 * @feature: a feature of the filter's dataset
 *
 * Makes the search texts of the dataset first if the filter searches and
 * they are not made yet (see vs_feature_index_prepare_async()).
 *
 * Returns: whether @feature passes the filter
 */
gboolean
vs_feature_filter_matches (VsFeatureFilter *self,
                           VsFeature       *feature)
{
  g_return_val_if_fail (VS_IS_FEATURE_FILTER (self), FALSE);
  g_return_val_if_fail (VS_IS_FEATURE (feature), FALSE);

  if (self->category != NULL && vs_feature_get_category (feature) != self->category)
    return FALSE;

  if (self->leader != NULL && vs_feature_get_advantage (feature) != self->leader)
    return FALSE;

  if (self->ties_only && !vs_feature_get_is_tie (feature))
    return FALSE;

  if (self->differences_only && vs_feature_get_is_tie (feature))
    return FALSE;

  if (self->search_terms != NULL)
    {
      VsFeatureIndex *index = vs_dataset_get_feature_index (self->dataset);
      const char *text = vs_feature_index_get_search_text (index, vs_feature_get_index (feature));

      return vs_text_contains_all (text, (const char * const *)self->search_terms);
    }

  return TRUE;
}

/**
 * vs_feature_filter_get_search_terms:
 *
 * Returns: (transfer none) (nullable): the folded words of the search, or
 *   %NULL when the filter does not search
 */
const char * const *
vs_feature_filter_get_search_terms (VsFeatureFilter *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_FILTER (self), NULL);

  return (const char * const *)self->search_terms;
}

const char *
vs_feature_filter_get_search (VsFeatureFilter *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_FILTER (self), NULL);

  return self->search;
}

/**
 * vs_feature_filter_set_search:
 * @search: (nullable): words that a feature must all contain, in any case
 */
void
vs_feature_filter_set_search (VsFeatureFilter *self,
                              const char      *search)
{
  GtkFilterChange change;

  g_return_if_fail (VS_IS_FEATURE_FILTER (self));

  if (search == NULL)
    search = "";

  if (g_strcmp0 (search, self->search) == 0)
    return;

  /* Typing more words or letters only narrows the result. */
  if (g_str_has_prefix (search, self->search))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (g_str_has_prefix (self->search, search))
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->search);
  self->search = g_strdup (search);

  g_clear_pointer (&self->search_terms, g_strfreev);
  self->search_terms = vs_text_split_words (search);

  gtk_filter_changed (GTK_FILTER (self), change);
}

VsCategory *
vs_feature_filter_get_category (VsFeatureFilter *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_FILTER (self), NULL);

  return self->category;
}

/**
 * vs_feature_filter_set_category:
 * @category: (nullable): the only category shown, or %NULL for all
 */
void
vs_feature_filter_set_category (VsFeatureFilter *self,
                                VsCategory      *category)
{
  GtkFilterChange change;

  g_return_if_fail (VS_IS_FEATURE_FILTER (self));
  g_return_if_fail (!category || VS_IS_CATEGORY (category));

  if (self->category == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (category == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  if (g_set_object (&self->category, category))
    gtk_filter_changed (GTK_FILTER (self), change);
}

VsSubject *
vs_feature_filter_get_leader (VsFeatureFilter *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_FILTER (self), NULL);

  return self->leader;
}

/**
 * vs_feature_filter_set_leader:
 * @leader: (nullable): the subject that must have the advantage, or %NULL
 */
void
vs_feature_filter_set_leader (VsFeatureFilter *self,
                              VsSubject       *leader)
{
  GtkFilterChange change;

  g_return_if_fail (VS_IS_FEATURE_FILTER (self));
  g_return_if_fail (!leader || VS_IS_SUBJECT (leader));

  if (self->leader == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (leader == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  if (g_set_object (&self->leader, leader))
    gtk_filter_changed (GTK_FILTER (self), change);
}

gboolean
vs_feature_filter_get_ties_only (VsFeatureFilter *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_FILTER (self), FALSE);

  return self->ties_only;
}

/**
 * vs_feature_filter_set_ties_only:
 * @ties_only: whether to show only the features marked as a tie
 */
void
vs_feature_filter_set_ties_only (VsFeatureFilter *self,
                                 gboolean         ties_only)
{
  g_return_if_fail (VS_IS_FEATURE_FILTER (self));

  ties_only = !!ties_only;
  if (self->ties_only == ties_only)
    return;

  self->ties_only = ties_only;
  gtk_filter_changed (GTK_FILTER (self),
                      ties_only ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_LESS_STRICT);
}

gboolean
vs_feature_filter_get_differences_only (VsFeatureFilter *self)
{
  g_return_val_if_fail (VS_IS_FEATURE_FILTER (self), FALSE);

  return self->differences_only;
}

/**
 * vs_feature_filter_set_differences_only:
 * @differences_only: whether to hide the features marked as a tie
 */
void
vs_feature_filter_set_differences_only (VsFeatureFilter *self,
                                        gboolean         differences_only)
{
  g_return_if_fail (VS_IS_FEATURE_FILTER (self));

  differences_only = !!differences_only;
  if (self->differences_only == differences_only)
    return;

  self->differences_only = differences_only;
  gtk_filter_changed (GTK_FILTER (self),
                      differences_only ? GTK_FILTER_CHANGE_MORE_STRICT
                                       : GTK_FILTER_CHANGE_LESS_STRICT);
}
