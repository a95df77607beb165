/* vs-export-text.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-category.h"
#include "vs-export-text.h"
#include "vs-subject.h"

/* What the PDF, CSV and Markdown exports say alike about the feature table. */

/**
 * vs_export_dup_subjects:
 * @dataset: a dataset
 * @subjects: (nullable) (element-type VsSubject): the subjects to show, in
 *   order, or %NULL for all of them
 *
 * Returns: (transfer full) (element-type VsSubject): a new array of the
 *   subjects to show
 */
GPtrArray *
vs_export_dup_subjects (VsDataset *dataset,
                        GPtrArray *subjects)
{
  GPtrArray *shown = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (VS_IS_DATASET (dataset), shown);

  if (subjects != NULL)
    {
      for (guint i = 0; i < subjects->len; i++)
        {
          VsSubject *subject = g_ptr_array_index (subjects, i);
          guint index;

          g_return_val_if_fail (VS_IS_SUBJECT (subject), shown);
          index = vs_subject_get_index (subject);
          g_return_val_if_fail (index < vs_dataset_get_n_subjects (dataset), shown);
          g_return_val_if_fail (vs_dataset_get_subject (dataset, index) == subject, shown);
          g_ptr_array_add (shown, g_object_ref (subject));
        }
      return shown;
    }

  for (guint i = 0; i < vs_dataset_get_n_subjects (dataset); i++)
    g_ptr_array_add (shown, g_object_ref (vs_dataset_get_subject (dataset, i)));

  return shown;
}

/**
 * vs_export_category_name:
 * @feature: a feature
 *
 * Returns: (nullable): the name of the feature's category, if it has one
 */
const char *
vs_export_category_name (VsFeature *feature)
{
  VsCategory *category;

  g_return_val_if_fail (VS_IS_FEATURE (feature), NULL);

  category = vs_feature_get_category (feature);

  return category != NULL ? vs_category_get_name (category) : NULL;
}

/**
 * vs_export_advantage_label:
 * @feature: a feature
 *
 * Returns: (nullable): the name of the subject the sources favour on
 *   @feature, “Tie”, or %NULL when the dataset does not say
 */
const char *
vs_export_advantage_label (VsFeature *feature)
{
  VsSubject *advantage;

  g_return_val_if_fail (VS_IS_FEATURE (feature), NULL);

  if (vs_feature_get_is_tie (feature))
    /* Translators: in the Advantage column, when no subject leads */
    return C_("advantage", "Tie");

  advantage = vs_feature_get_advantage (feature);

  return advantage != NULL ? vs_subject_get_name (advantage) : NULL;
}
