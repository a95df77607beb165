/* fuzz-dataset-loader.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz.h"
#include "test-load-description.h"
#include "vs-dataset-loader.h"
#include "vs-dataset-private.h"

/* Feeds arbitrary bytes to the real loader: it must refuse them with an
 * error, or return a dataset whose lists are consistent; and it must do
 * the same when it reads the features in two halves, in two threads, and
 * gives json-glib one element at a time.
 */

static void
assert_same_in_halves (GBytes       *bytes,
                       VsDataset    *dataset,
                       const GError *error)
{
  g_autoptr(GError) halves_error = NULL;
  g_autoptr(VsDataset) halves = NULL;
  g_autofree char *in_one_go = test_describe_load (dataset, error);
  g_autofree char *in_halves = NULL;

  vs_dataset_loader_set_split_limit (2);
  vs_dataset_loader_set_chunk_size (1);
  halves = vs_dataset_loader_load_bytes (bytes, &halves_error);
  vs_dataset_loader_set_split_limit (G_MAXUINT);
  vs_dataset_loader_set_chunk_size (64 * 1024);
  in_halves = test_describe_load (halves, halves_error);

  g_assert_cmpstr (in_halves, ==, in_one_go);
}

/* Validating lists the error that loading stops at first, and finds a
 * dataset exactly when loading does.
 */
static void
assert_validation_agrees (GBytes       *bytes,
                          VsDataset    *dataset,
                          const GError *error)
{
  g_autoptr(VsDataset) validated = NULL;
  g_autoptr(GPtrArray) diagnostics = vs_dataset_validate_bytes (bytes, &validated);
  const VsDiagnostic *first = NULL;

  for (guint i = 0; i < diagnostics->len && first == NULL; i++)
    {
      const VsDiagnostic *diagnostic = g_ptr_array_index (diagnostics, i);

      g_assert_true (g_utf8_validate (diagnostic->message, -1, NULL));
      if (diagnostic->kind == VS_DIAGNOSTIC_ERROR)
        first = diagnostic;
    }

  g_assert_true ((validated == NULL) == (dataset == NULL));
  g_assert_true ((first == NULL) == (dataset != NULL));
  if (first != NULL && first->path != NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", first->path, first->message);

      g_assert_cmpstr (message, ==, error->message);
    }
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;

  fuzz_set_logging_func ();

  bytes = g_bytes_new (data, size);
  vs_dataset_loader_set_split_limit (G_MAXUINT);
  dataset = vs_dataset_loader_load_bytes (bytes, &error);
  assert_same_in_halves (bytes, dataset, error);
  assert_validation_agrees (bytes, dataset, error);

  if (dataset == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == VS_DATASET_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_no_error (error);
  g_assert_cmpuint (vs_dataset_get_n_subjects (dataset), >=, 2);
  g_assert_cmpuint (vs_dataset_get_n_subjects (dataset), <=, 32);
  g_assert_cmpuint (g_list_model_get_n_items (vs_dataset_get_features (dataset)), >=, 1);

  /* Every value of every feature can be read for every subject. */
  for (guint f = 0; f < g_list_model_get_n_items (vs_dataset_get_features (dataset)); f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (vs_dataset_get_features (dataset), f);

      for (guint s = 0; s < vs_dataset_get_n_subjects (dataset); s++)
        {
          double score;

          (void)vs_feature_get_value (feature, s);
          if (vs_feature_get_score (feature, s, &score))
            g_assert_true (score >= 0 && score <= 5);
        }
    }

  return 0;
}
