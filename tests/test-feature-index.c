/* test-feature-index.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vs-dataset-loader.h"
#include "vs-feature-index.h"
#include "vs-text-search.h"

/* The search texts and sort ranks of a dataset's features. */

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static VsDataset *
load_json (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  VsDataset *dataset = vs_dataset_loader_load_bytes (bytes, &error);

  g_assert_no_error (error);

  return dataset;
}

/* Six features: equal names, equal and missing scores and values. */
static const char ties_json[] =
  "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"ties\", \"title\": \"Ties\","
  " \"subjects\": [{\"id\": \"a\", \"name\": \"Zed\"}, {\"id\": \"b\", \"name\": \"Alpha\"}],"
  " \"categories\": [{\"id\": \"x\", \"name\": \"Same\"}, {\"id\": \"y\", \"name\": \"Same\"},"
  "                  {\"id\": \"z\", \"name\": \"Other\"}],"
  " \"features\": ["
  "  {\"id\": \"f0\", \"name\": \"beta\", \"category\": \"x\","
  "   \"values\": {\"a\": \"m\", \"b\": \"CAFÉ <b>\"}, \"scores\": {\"a\": 2},"
  "   \"advantage\": \"a\"},"
  "  {\"id\": \"f1\", \"name\": \"alpha\", \"category\": \"z\","
  "   \"values\": {\"a\": \"k\"}, \"scores\": {\"a\": 1}, \"advantage\": \"tie\"},"
  "  {\"id\": \"f2\", \"name\": \"beta\", \"category\": \"y\","
  "   \"values\": {\"a\": \"m\", \"b\": \"x\"}, \"scores\": {\"a\": 2}, \"advantage\": \"b\"},"
  "  {\"id\": \"f3\", \"name\": \"gamma\","
  "   \"values\": {\"b\": \"y\"}},"
  "  {\"id\": \"f4\", \"name\": \"alpha\", \"category\": \"x\","
  "   \"values\": {\"a\": \"a\", \"b\": \"y\"}, \"scores\": {\"a\": 2}},"
  "  {\"id\": \"f5\", \"name\": \"delta\", \"category\": \"z\","
  "   \"values\": {\"a\": \"z\"}, \"advantage\": \"tie\"}"
  " ]}";

static char *
join_ranks (const guint32 *ranks,
            guint          n)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (joined, "%s%u", i ? "," : "", ranks[i]);

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static char *
sort_to_string (VsFeatureIndex         *index,
                const VsFeatureSortKey *keys,
                guint                   n_keys)
{
  g_autofree guint32 *order = vs_feature_index_sort (index, keys, n_keys);

  return join_ranks (order, vs_feature_index_get_n_features (index));
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                    */
/* ------------------------------------------------------------------------ */

static void
test_search_texts (void)
{
  g_autoptr(VsDataset) dataset = load_json (ties_json);
  VsFeatureIndex *index = vs_dataset_get_feature_index (dataset);
  g_autofree char *cafe = vs_text_fold ("CAFÉ", -1);

  g_assert_true (vs_dataset_get_feature_index (dataset) == index);
  g_assert_false (vs_feature_index_has_search_texts (index));

  /* Name, category, values, leader, one a line, folded. */
  g_assert_true (g_str_has_prefix (vs_feature_index_get_search_text (index, 0),
                                   "beta\nsame\nm\n"));
  g_assert_nonnull (strstr (vs_feature_index_get_search_text (index, 0), cafe));
  g_assert_true (g_str_has_suffix (vs_feature_index_get_search_text (index, 0), "\nzed"));
  g_assert_cmpstr (vs_feature_index_get_search_text (index, 1), ==, "alpha\nother\nk\ntie");
  g_assert_cmpstr (vs_feature_index_get_search_text (index, 3), ==, "gamma\ny");
  g_assert_true (vs_feature_index_has_search_texts (index));
}

static void
test_ranks (void)
{
  g_autoptr(VsDataset) dataset = load_json (ties_json);
  VsFeatureIndex *index = vs_dataset_get_feature_index (dataset);
  g_autofree char *names = NULL;
  g_autofree char *categories = NULL;
  g_autofree char *leaders = NULL;
  g_autofree char *values = NULL;
  g_autofree char *other_values = NULL;

  g_assert_false (vs_feature_index_has_ranks (index, VS_FEATURE_SORT_BY_NAME, 0));

  /* Equal texts share a rank; ranks are dense, from 0. */
  names = join_ranks (vs_feature_index_get_ranks (index, VS_FEATURE_SORT_BY_NAME, 0), 6);
  g_assert_cmpstr (names, ==, "1,0,1,3,0,2");
  g_assert_true (vs_feature_index_has_ranks (index, VS_FEATURE_SORT_BY_NAME, 0));

  /* Missing first; two categories of the same name are equal. */
  categories = join_ranks (vs_feature_index_get_ranks (index, VS_FEATURE_SORT_BY_CATEGORY, 0),
                           6);
  g_assert_cmpstr (categories, ==, "2,1,2,0,2,1");

  /* Subjects by name (Alpha, Tie, Zed), missing first. */
  leaders = join_ranks (vs_feature_index_get_ranks (index, VS_FEATURE_SORT_BY_ADVANTAGE, 0), 6);
  g_assert_cmpstr (leaders, ==, "3,2,1,0,0,2");

  /* Score first (missing first), then text (missing first). */
  values = join_ranks (vs_feature_index_get_ranks (index, VS_FEATURE_SORT_BY_VALUE, 0), 6);
  g_assert_cmpstr (values, ==, "4,2,4,0,3,1");
  other_values = join_ranks (vs_feature_index_get_ranks (index, VS_FEATURE_SORT_BY_VALUE, 1), 6);
  g_assert_cmpstr (other_values, ==, "1,0,2,3,3,0");
}

static void
test_sort (void)
{
  g_autoptr(VsDataset) dataset = load_json (ties_json);
  VsFeatureIndex *index = vs_dataset_get_feature_index (dataset);
  VsFeatureSortKey name_up = { VS_FEATURE_SORT_BY_NAME, 0, FALSE };
  VsFeatureSortKey name_down = { VS_FEATURE_SORT_BY_NAME, 0, TRUE };
  VsFeatureSortKey by_category_then_value[] = {
    { VS_FEATURE_SORT_BY_CATEGORY, 0, TRUE },
    { VS_FEATURE_SORT_BY_VALUE, 0, FALSE },
  };
  g_autofree char *none = sort_to_string (index, NULL, 0);
  g_autofree char *up = sort_to_string (index, &name_up, 1);
  g_autofree char *down = sort_to_string (index, &name_down, 1);
  g_autofree char *two = sort_to_string (index, by_category_then_value,
                                         G_N_ELEMENTS (by_category_then_value));

  g_assert_cmpstr (none, ==, "0,1,2,3,4,5");

  /* Equal features keep the dataset's order, in both directions. */
  g_assert_cmpstr (up, ==, "1,4,0,2,5,3");
  g_assert_cmpstr (down, ==, "3,5,0,2,1,4");

  /* Categories descending (Same, Other, none), then the first subject's
   * score and value, unscored last.
   */
  g_assert_cmpstr (two, ==, "4,0,2,1,5,3");
}

/* Sorted by a subject, features without a score come last, whichever the
 * order: best or worst scores first, then the unscored by text.
 */
static void
test_sort_unscored_last (void)
{
  g_autoptr(VsDataset) dataset = load_json (ties_json);
  VsFeatureIndex *index = vs_dataset_get_feature_index (dataset);
  VsFeatureSortKey up = { VS_FEATURE_SORT_BY_VALUE, 0, FALSE };
  VsFeatureSortKey down = { VS_FEATURE_SORT_BY_VALUE, 0, TRUE };
  g_autofree char *ascending = sort_to_string (index, &up, 1);
  g_autofree char *descending = sort_to_string (index, &down, 1);

  g_assert_cmpstr (ascending, ==, "1,4,0,2,3,5");
  g_assert_cmpstr (descending, ==, "0,2,4,1,3,5");
}

/* A column can have more distinct values than there are features: one
 * feature, and Advantage ranks (none), Node.js, Python and “Tie”.
 */
static void
test_sort_few_features (void)
{
  g_autoptr(VsDataset) dataset = load_json (
    "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"one\", \"title\": \"One\","
    " \"subjects\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}],"
    " \"features\": [{\"id\": \"f\", \"name\": \"F\", \"values\": {\"a\": \"x\"},"
    " \"advantage\": \"b\"}]}");
  VsFeatureIndex *index = vs_dataset_get_feature_index (dataset);
  VsFeatureSortKey by_advantage[] = {
    { VS_FEATURE_SORT_BY_ADVANTAGE, 0, FALSE },
    { VS_FEATURE_SORT_BY_ADVANTAGE, 0, TRUE },
  };
  g_autofree char *order = sort_to_string (index, by_advantage, G_N_ELEMENTS (by_advantage));

  g_assert_cmpstr (order, ==, "0");
}

static void
prepared_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (vs_feature_index_prepare_finish (VS_FEATURE_INDEX (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_prepare_async (void)
{
  g_autoptr(VsDataset) dataset = load_json (ties_json);
  g_autoptr(VsDataset) reference = load_json (ties_json);
  VsFeatureIndex *index = vs_dataset_get_feature_index (dataset);
  VsFeatureIndex *reference_index = vs_dataset_get_feature_index (reference);
  VsFeatureSortKey keys[] = {
    { VS_FEATURE_SORT_BY_VALUE, 1, FALSE },
    { VS_FEATURE_SORT_BY_NAME, 0, TRUE },
    { VS_FEATURE_SORT_BY_VALUE, 1, TRUE },
  };
  gboolean done = FALSE;

  g_assert_cmpfloat (vs_feature_index_get_progress (index), ==, 1.0);

  vs_feature_index_prepare_async (index, TRUE, keys, G_N_ELEMENTS (keys), NULL, prepared_cb,
                                  &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpfloat (vs_feature_index_get_progress (index), ==, 1.0);
  g_assert_true (vs_feature_index_has_search_texts (index));
  g_assert_true (vs_feature_index_has_ranks (index, VS_FEATURE_SORT_BY_VALUE, 1));
  g_assert_true (vs_feature_index_has_ranks (index, VS_FEATURE_SORT_BY_NAME, 0));
  g_assert_false (vs_feature_index_has_ranks (index, VS_FEATURE_SORT_BY_VALUE, 0));

  /* The same as made at once. */
  g_assert_cmpmem (vs_feature_index_get_ranks (index, VS_FEATURE_SORT_BY_VALUE, 1),
                   6 * sizeof (guint32),
                   vs_feature_index_get_ranks (reference_index, VS_FEATURE_SORT_BY_VALUE, 1),
                   6 * sizeof (guint32));
  for (guint i = 0; i < 6; i++)
    g_assert_cmpstr (vs_feature_index_get_search_text (index, i), ==,
                     vs_feature_index_get_search_text (reference_index, i));

  /* Nothing left to make: done at once. */
  done = FALSE;
  vs_feature_index_prepare_async (index, TRUE, keys, 1, NULL, prepared_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/versus/feature-index/search-texts", test_search_texts);
  g_test_add_func ("/versus/feature-index/ranks", test_ranks);
  g_test_add_func ("/versus/feature-index/sort/unscored-last", test_sort_unscored_last);
  g_test_add_func ("/versus/feature-index/sort", test_sort);
  g_test_add_func ("/versus/feature-index/sort-few-features", test_sort_few_features);
  g_test_add_func ("/versus/feature-index/prepare-async", test_prepare_async);

  return g_test_run ();
}
