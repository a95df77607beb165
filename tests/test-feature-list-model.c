/* test-feature-list-model.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "vs-dataset-loader.h"
#include "vs-feature-filter.h"
#include "vs-feature-list-model.h"
#include "vs-feature-sorter.h"

/* The rows of the Features view: the features that pass a VsFeatureFilter,
 * in the order of a column view's sorter. The orders are checked against
 * a plain, slow sort that follows the rules of the view (score, then text,
 * missing first, equal features in the dataset's order), and every change
 * against the exact items-changed range it must emit.
 */

typedef struct
{
  VsDataset *dataset;
  GtkColumnView *column_view;
  VsFeatureFilter *filter;
  VsFeatureListModel *model;

  /* The items-changed signals received, as “position,removed,added”. */
  GPtrArray *changes;
} Fixture;

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static const char * const words[] = { "alpha", "beta", "Gamma", "delta", "épsilon" };

/* A dataset made to have ties: few distinct texts and scores, missing
 * values, scores, categories and leaders.
 */
static char *
make_dataset_json (guint n_features,
                   guint seed)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  g_string_append (json,
                   "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"ties\","
                   " \"title\": \"Ties\","
                   " \"subjects\": [{\"id\": \"a\", \"name\": \"Alpha\"},"
                   " {\"id\": \"b\", \"name\": \"Beta\"}, {\"id\": \"c\", \"name\": \"Gamma\"}],"
                   " \"categories\": [{\"id\": \"x\", \"name\": \"Xylophone\"},"
                   " {\"id\": \"y\", \"name\": \"Yak\"}],"
                   " \"features\": [");

  for (guint i = 0; i < n_features; i++)
    {
      const char *subjects[] = { "a", "b", "c" };
      gboolean first = TRUE;

      g_string_append_printf (json, "%s{\"id\": \"f%u\", \"name\": \"%s %u\"", i ? ", " : "", i,
                              words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                              g_rand_int_range (rand, 0, 3));
      if (g_rand_int_range (rand, 0, 4) > 0)
        g_string_append_printf (json, ", \"category\": \"%s\"",
                                g_rand_boolean (rand) ? "x" : "y");

      g_string_append (json, ", \"values\": {");
      for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
        {
          if (g_rand_int_range (rand, 0, 8) == 0)
            continue;
          g_string_append_printf (json, "%s\"%s\": \"%s\"", first ? "" : ", ", subjects[s],
                                  words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
          first = FALSE;
        }

      g_string_append (json, "}, \"scores\": {");
      first = TRUE;
      for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
        {
          if (g_rand_int_range (rand, 0, 5) == 0)
            continue;
          g_string_append_printf (json, "%s\"%s\": %g", first ? "" : ", ", subjects[s],
                                  g_rand_int_range (rand, 0, 5) / 2.0);
          first = FALSE;
        }
      g_string_append (json, "}");

      switch (g_rand_int_range (rand, 0, 4))
        {
        case 0:
          g_string_append (json, ", \"advantage\": \"tie\"");
          break;
        case 1:
          g_string_append_printf (json, ", \"advantage\": \"%s\"",
                                  subjects[g_rand_int_range (rand, 0, 3)]);
          break;
        default:
          break;
        }
      g_string_append (json, "}");
    }

  g_string_append (json, "]}");

  return g_string_free (g_steal_pointer (&json), FALSE);
}

static VsDataset *
load_dataset_json (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  VsDataset *dataset = vs_dataset_loader_load_bytes (bytes, &error);

  g_assert_no_error (error);

  return dataset;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  g_ptr_array_add (fixture->changes, g_strdup_printf ("%u,%u,%u", position, removed, added));
}

/* The changes received since the last call, joined by “|”. */
static char *
take_changes (Fixture *fixture)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < fixture->changes->len; i++)
    {
      if (i > 0)
        g_string_append_c (joined, '|');
      g_string_append (joined, g_ptr_array_index (fixture->changes, i));
    }
  g_ptr_array_set_size (fixture->changes, 0);

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static GtkColumnViewColumn *
add_column (Fixture         *fixture,
            VsFeatureSortBy  sort_by,
            guint            subject_index)
{
  g_autoptr(VsFeatureSorter) sorter = vs_feature_sorter_new (fixture->dataset, sort_by,
                                                             subject_index);
  g_autoptr(GtkColumnViewColumn) column = gtk_column_view_column_new ("Column", NULL);

  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
  gtk_column_view_append_column (fixture->column_view, column);

  return column;
}

static GtkColumnViewColumn *
get_column (Fixture *fixture,
            guint    position)
{
  GListModel *columns = gtk_column_view_get_columns (fixture->column_view);
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, position);

  return column;
}

static void
fixture_set_up_dataset (Fixture   *fixture,
                        VsDataset *dataset)
{
  fixture->dataset = dataset;
  fixture->changes = g_ptr_array_new_with_free_func (g_free);
  fixture->column_view = GTK_COLUMN_VIEW (g_object_ref_sink (gtk_column_view_new (NULL)));

  /* Columns as in the view: name, category, each subject, leader. */
  add_column (fixture, VS_FEATURE_SORT_BY_NAME, 0);
  add_column (fixture, VS_FEATURE_SORT_BY_CATEGORY, 0);
  for (guint i = 0; i < vs_dataset_get_n_subjects (dataset); i++)
    add_column (fixture, VS_FEATURE_SORT_BY_VALUE, i);
  add_column (fixture, VS_FEATURE_SORT_BY_ADVANTAGE, 0);

  fixture->filter = vs_feature_filter_new (dataset);
  fixture->model = vs_feature_list_model_new (gtk_column_view_get_sorter (fixture->column_view));
  g_signal_connect (fixture->model, "items-changed", G_CALLBACK (items_changed_cb), fixture);
  vs_feature_list_model_set_dataset (fixture->model, dataset, fixture->filter);
}

static void
fixture_set_up_ties (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *json = make_dataset_json (300, 7);
  g_autofree char *changes = NULL;

  fixture_set_up_dataset (fixture, load_dataset_json (json));
  changes = take_changes (fixture);
  g_assert_cmpstr (changes, ==, "0,0,300");
}

/* Large enough to be prepared in a thread, with a low sync limit. */
static void
fixture_set_up_large (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *json = make_dataset_json (2000, 11);
  g_autofree char *changes = NULL;

  fixture_set_up_dataset (fixture, load_dataset_json (json));
  changes = take_changes (fixture);
  g_assert_cmpstr (changes, ==, "0,0,2000");
}

static void
fixture_set_up_builtin (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *changes = NULL;

  fixture_set_up_dataset (fixture, vs_dataset_loader_load_builtin ());
  changes = take_changes (fixture);
  g_assert_cmpstr (changes, ==, "0,0,16");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->model);
  g_assert_finalize_object (fixture->column_view);
  g_assert_finalize_object (fixture->filter);
  g_assert_finalize_object (fixture->dataset);
  g_ptr_array_unref (fixture->changes);
}

/* Positions in the dataset of the rows, joined by “,”. */
static char *
get_rows (Fixture *fixture)
{
  GListModel *model = G_LIST_MODEL (fixture->model);
  g_autoptr(GString) rows = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (model, i);

      g_string_append_printf (rows, "%s%u", i ? "," : "", vs_feature_get_index (feature));
    }

  return g_string_free (g_steal_pointer (&rows), FALSE);
}

/* The reference order: a stable sort that compares texts with
 * g_utf8_collate(), not with the index's ranks.
 */
typedef struct
{
  VsFeatureSortKey keys[3];
  guint n_keys;
} Order;

static const char *
text_of (VsFeature       *feature,
         VsFeatureSortBy  sort_by,
         guint            subject_index)
{
  switch (sort_by)
    {
    case VS_FEATURE_SORT_BY_NAME:
      return vs_feature_get_name (feature);
    case VS_FEATURE_SORT_BY_CATEGORY:
      return vs_feature_get_category (feature) != NULL ?
             vs_category_get_name (vs_feature_get_category (feature)) : NULL;
    case VS_FEATURE_SORT_BY_ADVANTAGE:
      if (vs_feature_get_advantage (feature) != NULL)
        return vs_subject_get_name (vs_feature_get_advantage (feature));
      return vs_feature_get_is_tie (feature) ? "Tie" : NULL;
    case VS_FEATURE_SORT_BY_VALUE:
      return vs_feature_get_value (feature, subject_index);
    default:
      g_assert_not_reached ();
    }
}

static int
compare_by_key (VsFeature              *a,
                VsFeature              *b,
                const VsFeatureSortKey *key)
{
  const char *text_a, *text_b;
  int result = 0;

  if (key->sort_by == VS_FEATURE_SORT_BY_VALUE)
    {
      double score_a = NAN, score_b = NAN;

      vs_feature_get_score (a, key->subject_index, &score_a);
      vs_feature_get_score (b, key->subject_index, &score_b);
      /* Unscored features come last in both orders, by text. */
      if (isnan (score_a) && isnan (score_b))
        {
          text_a = text_of (a, key->sort_by, key->subject_index);
          text_b = text_of (b, key->sort_by, key->subject_index);
          if (text_a == NULL || text_b == NULL)
            result = (text_a != NULL) - (text_b != NULL);
          else
            result = g_utf8_collate (text_a, text_b);
          return (result > 0) - (result < 0);
        }
      if (isnan (score_a) || isnan (score_b))
        return isnan (score_a) - isnan (score_b);
      result = (score_a > score_b) - (score_a < score_b);
    }

  if (result == 0)
    {
      text_a = text_of (a, key->sort_by, key->subject_index);
      text_b = text_of (b, key->sort_by, key->subject_index);
      if (text_a == NULL || text_b == NULL)
        result = (text_a != NULL) - (text_b != NULL);
      else
        result = g_utf8_collate (text_a, text_b);
      result = (result > 0) - (result < 0);
    }

  return key->descending ? -result : result;
}

static int
compare_by_order (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  Order *order = user_data;
  VsFeature *feature_a = *(VsFeature * const *)a;
  VsFeature *feature_b = *(VsFeature * const *)b;

  for (guint k = 0; k < order->n_keys; k++)
    {
      int result = compare_by_key (feature_a, feature_b, &order->keys[k]);

      if (result != 0)
        return result;
    }

  return (int)vs_feature_get_index (feature_a) - (int)vs_feature_get_index (feature_b);
}

static char *
get_expected_rows (Fixture *fixture,
                   Order   *order)
{
  guint n_features;
  VsFeature * const *features = vs_dataset_peek_features (fixture->dataset, &n_features);
  g_autofree VsFeature **sorted = g_memdup2 (features, n_features * sizeof (VsFeature *));
  g_autoptr(GString) rows = g_string_new (NULL);

  g_qsort_with_data (sorted, n_features, sizeof (VsFeature *), compare_by_order, order);

  for (guint i = 0; i < n_features; i++)
    if (vs_feature_filter_matches (fixture->filter, sorted[i]))
      g_string_append_printf (rows, "%s%u", rows->len ? "," : "", vs_feature_get_index (sorted[i]));

  return g_string_free (g_steal_pointer (&rows), FALSE);
}

static void
sort_by (Fixture     *fixture,
         guint        column,
         GtkSortType  direction)
{
  gtk_column_view_sort_by_column (fixture->column_view, get_column (fixture, column), direction);
}

static void
assert_sorted_by (Fixture         *fixture,
                  VsFeatureSortBy  sort_by,
                  guint            subject_index,
                  gboolean         descending)
{
  Order order = { { { sort_by, subject_index, descending } }, 1 };
  g_autofree char *expected = get_expected_rows (fixture, &order);
  g_autofree char *rows = get_rows (fixture);

  g_assert_cmpstr (rows, ==, expected);
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_error ("The model did not settle");

  return G_SOURCE_REMOVE;
}

static void
wait_for_rows (Fixture *fixture)
{
  guint timeout = g_timeout_add_seconds (20, timeout_cb, NULL);

  while (vs_feature_list_model_get_pending (fixture->model) > 0)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (timeout);
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                    */
/* ------------------------------------------------------------------------ */

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (fixture->model);
  g_autoptr(VsFeature) first = g_list_model_get_item (model, 0);
  g_autofree char *rows = get_rows (fixture);

  g_assert_true (g_list_model_get_item_type (model) == VS_TYPE_FEATURE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 16);
  g_assert_cmpstr (rows, ==, "0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15");
  g_assert_cmpstr (vs_feature_get_name (first), ==, "Performance");
  g_assert_null (g_list_model_get_item (model, 16));
  g_assert_cmpuint (vs_feature_list_model_get_pending (fixture->model), ==, 0);
  g_assert_true (vs_feature_list_model_get_dataset (fixture->model) == fixture->dataset);
}

static void
test_sort_columns (Fixture       *fixture,
                   gconstpointer  data)
{
  guint n_columns = 2 + vs_dataset_get_n_subjects (fixture->dataset) + 1;

  for (guint column = 0; column < n_columns; column++)
    {
      VsFeatureSorter *sorter =
        VS_FEATURE_SORTER (gtk_column_view_column_get_sorter (get_column (fixture, column)));
      VsFeatureSortBy what = vs_feature_sorter_get_sort_by (sorter);
      guint subject = vs_feature_sorter_get_subject_index (sorter);
      g_autofree char *ascending = NULL;
      g_autofree char *descending = NULL;

      /* One signal per change; equal features keep the dataset's order
       * in both directions, as GtkSortListModel's stable sort did.
       */
      sort_by (fixture, column, GTK_SORT_ASCENDING);
      assert_sorted_by (fixture, what, subject, FALSE);
      ascending = take_changes (fixture);
      g_assert_null (strchr (ascending, '|'));

      sort_by (fixture, column, GTK_SORT_DESCENDING);
      assert_sorted_by (fixture, what, subject, TRUE);
      descending = take_changes (fixture);
      g_assert_cmpstr (descending, !=, "");
      g_assert_null (strchr (descending, '|'));
    }
}

/* A change emits one signal, over the smallest range that holds it. */
static void
assert_change (Fixture    *fixture,
               const char *rows,
               const char *change)
{
  g_autofree char *actual_rows = get_rows (fixture);
  g_autofree char *actual_change = take_changes (fixture);

  if (rows != NULL)
    g_assert_cmpstr (actual_rows, ==, rows);
  g_assert_cmpstr (actual_change, ==, change);
}

static void
test_exact_ranges (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Four features mention the GIL: 0, 3, 9 and 10; the first row stays. */
  vs_feature_filter_set_search (fixture->filter, "GIL");
  assert_change (fixture, "0,3,9,10", "1,15,3");

  /* Narrowing looks at the rows shown only: 3 and 10 go, 9 stays inside
   * the range.
   */
  vs_feature_filter_set_search (fixture->filter, "GIL multi");
  assert_change (fixture, "0,9", "1,3,1");

  /* The same rows: no signal. */
  vs_feature_filter_set_search (fixture->filter, "GIL  multi");
  assert_change (fixture, "0,9", "");

  /* Widening looks at the rows hidden only. */
  vs_feature_filter_set_search (fixture->filter, "GIL");
  assert_change (fixture, "0,3,9,10", "1,1,3");

  /* Sorting the four by name (Concurrency, Performance, Scalability,
   * Scaling): the last stays in place.
   */
  sort_by (fixture, 0, GTK_SORT_ASCENDING);
  assert_change (fixture, "9,0,3,10", "0,3,3");

  /* By name, descending, the two ties are first (Security updates) and
   * fourteenth (Community and governance): hiding them changes the rows
   * from the first to the fourteenth, and the last two stay.
   */
  vs_feature_filter_set_search (fixture->filter, NULL);
  sort_by (fixture, 0, GTK_SORT_DESCENDING);
  assert_change (fixture, "14,10,3,7,4,0,5,2,8,6,13,12,9,15,11,1", "0,4,16|0,16,16");
  vs_feature_filter_set_differences_only (fixture->filter, TRUE);
  assert_change (fixture, "10,3,7,4,0,5,2,8,6,13,12,9,11,1", "0,14,12");
}

static void
test_sort_keeps_filter (Fixture       *fixture,
                        gconstpointer  data)
{
  VsCategory *category = vs_dataset_get_feature (fixture->dataset, 0) != NULL ?
                         vs_feature_get_category (vs_dataset_get_feature (fixture->dataset, 0)) :
                         NULL;

  vs_feature_filter_set_category (fixture->filter, category);
  vs_feature_filter_set_search (fixture->filter, "alpha");
  sort_by (fixture, 2, GTK_SORT_DESCENDING);
  assert_sorted_by (fixture, VS_FEATURE_SORT_BY_VALUE, 0, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), >, 0);

  /* Searching with a column sorted keeps the order. */
  vs_feature_filter_set_search (fixture->filter, "alpha 1");
  assert_sorted_by (fixture, VS_FEATURE_SORT_BY_VALUE, 0, TRUE);
  vs_feature_filter_set_search (fixture->filter, NULL);
  assert_sorted_by (fixture, VS_FEATURE_SORT_BY_VALUE, 0, TRUE);
}

/* Secondary keys, from any sorter made of VsFeatureSorters. */
static void
test_sort_several_keys (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GtkMultiSorter) sorter = gtk_multi_sorter_new ();
  g_autoptr(VsFeatureListModel) model = NULL;
  VsFeatureSortKey keys[VS_FEATURE_SORTER_MAX_KEYS];
  Order order = { { { VS_FEATURE_SORT_BY_CATEGORY, 0, FALSE },
                    { VS_FEATURE_SORT_BY_VALUE, 1, FALSE },
                    { VS_FEATURE_SORT_BY_NAME, 0, FALSE } }, 3 };
  g_autofree char *expected = NULL;
  g_autofree char *rows = NULL;

  gtk_multi_sorter_append (sorter, GTK_SORTER (vs_feature_sorter_new (fixture->dataset,
                                                                      VS_FEATURE_SORT_BY_CATEGORY,
                                                                      0)));
  gtk_multi_sorter_append (sorter, GTK_SORTER (vs_feature_sorter_new (fixture->dataset,
                                                                      VS_FEATURE_SORT_BY_VALUE,
                                                                      1)));
  gtk_multi_sorter_append (sorter, GTK_SORTER (vs_feature_sorter_new (fixture->dataset,
                                                                      VS_FEATURE_SORT_BY_NAME,
                                                                      0)));
  g_assert_cmpuint (vs_feature_sorter_read_keys (GTK_SORTER (sorter), NULL, keys,
                                                 G_N_ELEMENTS (keys)), ==, 3);
  g_assert_cmpint (keys[1].sort_by, ==, VS_FEATURE_SORT_BY_VALUE);
  g_assert_cmpuint (keys[1].subject_index, ==, 1);
  g_assert_false (keys[1].descending);

  model = vs_feature_list_model_new (GTK_SORTER (sorter));
  vs_feature_list_model_set_dataset (model, fixture->dataset, fixture->filter);

  expected = get_expected_rows (fixture, &order);
  g_set_object (&fixture->model, model);
  rows = get_rows (fixture);
  g_assert_cmpstr (rows, ==, expected);
}

/* The column view's sorter, read by probing. */
static void
test_read_keys (Fixture       *fixture,
                gconstpointer  data)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (fixture->column_view);
  VsFeatureSortKey keys[VS_FEATURE_SORTER_MAX_KEYS];
  g_autoptr(VsDataset) other = vs_dataset_loader_load_builtin ();

  g_assert_cmpuint (vs_feature_sorter_read_keys (sorter, NULL, keys, G_N_ELEMENTS (keys)), ==, 0);

  sort_by (fixture, 3, GTK_SORT_DESCENDING);
  g_assert_cmpuint (vs_feature_sorter_read_keys (sorter, NULL, keys, G_N_ELEMENTS (keys)), ==, 1);
  g_assert_cmpint (keys[0].sort_by, ==, VS_FEATURE_SORT_BY_VALUE);
  g_assert_cmpuint (keys[0].subject_index, ==, 1);
  g_assert_true (keys[0].descending);

  sort_by (fixture, 1, GTK_SORT_ASCENDING);
  g_assert_cmpuint (vs_feature_sorter_read_keys (sorter, NULL, keys, G_N_ELEMENTS (keys)), ==, 1);
  g_assert_cmpint (keys[0].sort_by, ==, VS_FEATURE_SORT_BY_CATEGORY);
  g_assert_false (keys[0].descending);

  /* Sorters of another dataset are left out. */
  g_assert_cmpuint (vs_feature_sorter_read_keys (sorter, other, keys, G_N_ELEMENTS (keys)), ==, 0);
}

static void
pending_notified_cb (VsFeatureListModel *model,
                     GParamSpec         *pspec,
                     guint              *count)
{
  (*count)++;
}

/* Over the sync limit, what the index lacks is made in a thread: the rows
 * stay as they were until it is done, then change once.
 */
static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *waiting = NULL;
  g_autofree char *changes = NULL;
  guint pending_notified = 0;

  vs_feature_list_model_set_sync_limit (fixture->model, 100);
  g_signal_connect (fixture->model, "notify::pending", G_CALLBACK (pending_notified_cb),
                    &pending_notified);

  before = get_rows (fixture);
  sort_by (fixture, 2, GTK_SORT_ASCENDING);
  g_assert_cmpuint (vs_feature_list_model_get_pending (fixture->model), >, 0);
  g_assert_cmpuint (pending_notified, ==, 1);
  rows = get_rows (fixture);
  g_assert_cmpstr (rows, ==, before);
  waiting = take_changes (fixture);
  g_assert_cmpstr (waiting, ==, "");

  /* A search typed meanwhile waits too, and is applied with the sort. */
  vs_feature_filter_set_search (fixture->filter, "gamma");
  g_assert_cmpuint (vs_feature_list_model_get_pending (fixture->model), >, 0);

  /* The search texts are made after the ranks, by a second preparation. */
  wait_for_rows (fixture);
  g_assert_cmpuint (pending_notified, ==, 3);
  g_assert_cmpfloat (vs_feature_list_model_get_progress (fixture->model), ==, 1.0);
  assert_sorted_by (fixture, VS_FEATURE_SORT_BY_VALUE, 0, FALSE);
  changes = take_changes (fixture);
  g_assert_cmpstr (changes, !=, "");
  g_assert_null (strchr (changes, '|'));

  /* Once made, the ranks and texts serve at once. */
  sort_by (fixture, 2, GTK_SORT_DESCENDING);
  g_assert_cmpuint (vs_feature_list_model_get_pending (fixture->model), ==, 0);
  assert_sorted_by (fixture, VS_FEATURE_SORT_BY_VALUE, 0, TRUE);

  /* A new dataset while preparing: the preparation is dropped… */
  sort_by (fixture, 0, GTK_SORT_ASCENDING);
  g_assert_cmpuint (vs_feature_list_model_get_pending (fixture->model), >, 0);
  vs_feature_list_model_set_dataset (fixture->model, NULL, NULL);
  g_assert_cmpuint (vs_feature_list_model_get_pending (fixture->model), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), ==, 0);

  /* …though the index keeps what the worker makes. */
  while (!vs_feature_index_has_ranks (vs_dataset_get_feature_index (fixture->dataset),
                                      VS_FEATURE_SORT_BY_NAME, 0))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (vs_feature_list_model_get_pending (fixture->model), ==, 0);
}

static void
test_dataset_change (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *json = make_dataset_json (5, 3);
  g_autoptr(VsDataset) dataset = load_dataset_json (json);
  g_autoptr(VsFeatureFilter) filter = vs_feature_filter_new (dataset);
  g_autofree char *changes = NULL;

  vs_feature_list_model_set_dataset (fixture->model, dataset, filter);
  changes = take_changes (fixture);
  g_assert_cmpstr (changes, ==, "0,16,0|0,0,5");
  g_assert_true (vs_feature_list_model_get_filter (fixture->model) == filter);

  vs_feature_list_model_set_dataset (fixture->model, NULL, NULL);
  g_clear_pointer (&changes, g_free);
  changes = take_changes (fixture);
  g_assert_cmpstr (changes, ==, "0,5,0");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->model)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD_TEST(path, set_up, func) \
  g_test_add ("/versus/feature-list-model/" path, Fixture, NULL, set_up, func, fixture_tear_down)

  ADD_TEST ("rows", fixture_set_up_builtin, test_rows);
  ADD_TEST ("sort/columns", fixture_set_up_ties, test_sort_columns);
  ADD_TEST ("sort/keeps-filter", fixture_set_up_ties, test_sort_keeps_filter);
  ADD_TEST ("sort/several-keys", fixture_set_up_ties, test_sort_several_keys);
  ADD_TEST ("sort/read-keys", fixture_set_up_builtin, test_read_keys);
  ADD_TEST ("changes/exact-ranges", fixture_set_up_builtin, test_exact_ranges);
  ADD_TEST ("changes/dataset", fixture_set_up_builtin, test_dataset_change);
  ADD_TEST ("async", fixture_set_up_large, test_async);

#undef ADD_TEST

  return g_test_run ();
}
