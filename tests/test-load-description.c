/* test-load-description.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-load-description.h"

/**
 * test_describe_load:
 * @dataset: (nullable): what a load gave
 * @error: its error, if @dataset is %NULL
 *
 * What a load of a dataset gave, written out, so that two loads can be
 * compared: the error, or every feature with its values, then the warnings.
 *
 * Returns: (transfer full): the description
 */
char *
test_describe_load (VsDataset    *dataset,
                    const GError *error)
{
  GString *text = g_string_new (NULL);
  GListModel *features;

  if (dataset == NULL)
    {
      g_string_append_printf (text, "error %d: %s", error->code, error->message);
      return g_string_free (text, FALSE);
    }

  features = vs_dataset_get_features (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (features); i++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, i);

      g_string_append_printf (text, "%u %s %s\n", vs_feature_get_index (feature),
                              vs_feature_get_id (feature), vs_feature_get_name (feature));
      for (guint s = 0; s < vs_dataset_get_n_subjects (dataset); s++)
        g_string_append_printf (text, "  %s\n", vs_feature_get_value (feature, s));
    }
  for (const char * const *warning = vs_dataset_get_warnings (dataset); *warning; warning++)
    g_string_append_printf (text, "warning %s\n", *warning);
  if (vs_dataset_get_n_unknown_members (dataset) > 0)
    g_string_append_printf (text, "warning count: %u unknown members\n",
                            vs_dataset_get_n_unknown_members (dataset));

  return g_string_free (text, FALSE);
}
