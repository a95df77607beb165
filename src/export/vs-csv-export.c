/* vs-csv-export.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vs-csv-export.h"
#include "vs-export-file.h"
#include "vs-export-text.h"
#include "vs-feature.h"
#include "vs-subject.h"

/* The feature table as CSV, by RFC 4180: records end with CRLF, a field
 * holding a comma, a double quote, CR or LF is quoted, and its quotes are
 * doubled. A missing value is an empty field; a field that a spreadsheet
 * would take for a formula gets a leading apostrophe.
 */

static void
append_field (GString    *csv,
              const char *text,
              gboolean    first)
{
  if (!first)
    g_string_append_c (csv, ',');

  if (text == NULL)
    return;

  /* A spreadsheet would run a cell starting with one of these as a formula:
   * a dataset from a stranger must not, so such a cell starts with a quote.
   */
  if (strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    {
      g_autofree char *guarded = g_strconcat ("'", text, NULL);
      append_field (csv, guarded, TRUE);
      return;
    }

  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (csv, text);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

/**
 * vs_csv_export_to_string:
 * @dataset: a dataset
 * @subjects: (nullable) (element-type VsSubject): the subject columns, in
 *   order, or %NULL for every subject
 *
 * Gives the feature table as CSV: a header row (Feature, Category, the
 * subjects' names, Advantage) and one row per feature.
 *
 * Returns: (transfer full): the CSV text
 */
char *
vs_csv_export_to_string (VsDataset *dataset,
                         GPtrArray *subjects)
{
  return vs_csv_export_features_to_string (dataset, subjects, NULL);
}

/**
 * vs_csv_export_features_to_string:
 * @dataset: a dataset
 * @subjects: (nullable) (element-type VsSubject): the subject columns, in
 *   order, or %NULL for every subject
 * @features: (nullable): the features of @dataset to export, in order (those
 *   the window shows), or %NULL for every feature in the dataset's order
 *
 * Like vs_csv_export_to_string(), with a row for each of @features.
 *
 * Returns: (transfer full): the CSV text
 */
char *
vs_csv_export_features_to_string (VsDataset  *dataset,
                                  GPtrArray  *subjects,
                                  GListModel *features)
{
  g_autoptr(GPtrArray) shown = NULL;
  GString *csv;

  g_return_val_if_fail (VS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (features == NULL || G_IS_LIST_MODEL (features), NULL);

  shown = vs_export_dup_subjects (dataset, subjects);
  if (features == NULL)
    features = vs_dataset_get_features (dataset);
  csv = g_string_new (NULL);

  append_field (csv, _("Feature"), TRUE);
  append_field (csv, _("Category"), FALSE);
  for (guint i = 0; i < shown->len; i++)
    append_field (csv, vs_subject_get_name (g_ptr_array_index (shown, i)), FALSE);
  append_field (csv, _("Advantage"), FALSE);
  g_string_append (csv, "\r\n");

  for (guint f = 0; f < g_list_model_get_n_items (features); f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);

      append_field (csv, vs_feature_get_name (feature), TRUE);
      append_field (csv, vs_export_category_name (feature), FALSE);
      for (guint i = 0; i < shown->len; i++)
        {
          VsSubject *subject = g_ptr_array_index (shown, i);

          append_field (csv, vs_feature_get_value (feature, vs_subject_get_index (subject)), FALSE);
        }
      append_field (csv, vs_export_advantage_label (feature), FALSE);
      g_string_append (csv, "\r\n");
    }

  return g_string_free (csv, FALSE);
}

/**
 * vs_csv_export_write:
 * @dataset: a dataset
 * @subjects: (nullable) (element-type VsSubject): the subject columns, or
 *   %NULL for every subject
 * @target: the file to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error in %VS_EXPORT_ERROR or %G_IO_ERROR
 *
 * Writes vs_csv_export_to_string() to @target, atomically: on failure
 * @target is left as it was.
 *
 * Returns: whether @target was written
 */
gboolean
vs_csv_export_write (VsDataset     *dataset,
                     GPtrArray     *subjects,
                     GFile         *target,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (VS_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (target), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  csv = vs_csv_export_to_string (dataset, subjects);

  return vs_export_file_replace_contents (target, csv, strlen (csv), cancellable, error);
}
