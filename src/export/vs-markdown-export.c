/* vs-markdown-export.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vs-export-file.h"
#include "vs-export-text.h"
#include "vs-feature.h"
#include "vs-markdown-export.h"
#include "vs-subject.h"

/* The feature table as a GitHub-flavoured Markdown table, under a title
 * line. Text from the dataset stays text: every character that Markdown
 * would read as formatting, a link, HTML or an entity is escaped with a
 * backslash (CommonMark allows one before any ASCII punctuation), pipes
 * included so that they do not split cells. A line break inside a cell
 * becomes a space: a table row is one line, and `<br>` would be raw HTML,
 * which renderers that sanitise or escape HTML show as text.
 */

static void
append_text (GString    *markdown,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\r':
          if (p[1] == '\n')
            p++;
          G_GNUC_FALLTHROUGH;
        case '\n':
          g_string_append_c (markdown, ' ');
          break;

        case '\\': case '|': case '`': case '*': case '_': case '[': case ']':
        case '<': case '>': case '&': case '~': case '#': case '!':
          g_string_append_c (markdown, '\\');
          g_string_append_c (markdown, *p);
          break;

        default:
          g_string_append_c (markdown, *p);
          break;
        }
    }
}

static void
append_cell (GString    *markdown,
             const char *text)
{
  g_string_append_c (markdown, ' ');
  append_text (markdown, text != NULL ? text : VS_EXPORT_MISSING_VALUE);
  g_string_append (markdown, " |");
}

/**
 * vs_markdown_export_to_string:
 * @dataset: a dataset
 * @subjects: (nullable) (element-type VsSubject): the subject columns, in
 *   order, or %NULL for every subject
 *
 * Gives the feature table as Markdown: a title line, then a table with a
 * header row (Feature, Category, the subjects' names, Advantage) and one row
 * per feature.
 *
 * Returns: (transfer full): the Markdown text
 */
char *
vs_markdown_export_to_string (VsDataset *dataset,
                              GPtrArray *subjects)
{
  return vs_markdown_export_features_to_string (dataset, subjects, NULL);
}

/**
 * vs_markdown_export_features_to_string:
 * @dataset: a dataset
 * @subjects: (nullable) (element-type VsSubject): the subject columns, in
 *   order, or %NULL for every subject
 * @features: (nullable): the features of @dataset to export, in order (those
 *   the window shows), or %NULL for every feature in the dataset's order
 *
 * Like vs_markdown_export_to_string(), with a row for each of @features.
 *
 * Returns: (transfer full): the Markdown text
 */
char *
vs_markdown_export_features_to_string (VsDataset  *dataset,
                                       GPtrArray  *subjects,
                                       GListModel *features)
{
  g_autoptr(GPtrArray) shown = NULL;
  GString *markdown;

  g_return_val_if_fail (VS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (features == NULL || G_IS_LIST_MODEL (features), NULL);

  shown = vs_export_dup_subjects (dataset, subjects);
  if (features == NULL)
    features = vs_dataset_get_features (dataset);
  markdown = g_string_new ("# ");

  append_text (markdown, vs_dataset_get_title (dataset));
  g_string_append (markdown, "\n\n|");

  append_cell (markdown, _("Feature"));
  append_cell (markdown, _("Category"));
  for (guint i = 0; i < shown->len; i++)
    append_cell (markdown, vs_subject_get_name (g_ptr_array_index (shown, i)));
  append_cell (markdown, _("Advantage"));

  g_string_append (markdown, "\n|");
  for (guint i = 0; i < shown->len + 3; i++)
    g_string_append (markdown, " --- |");
  g_string_append_c (markdown, '\n');

  for (guint f = 0; f < g_list_model_get_n_items (features); f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);
      const char *category = vs_export_category_name (feature);
      const char *advantage = vs_export_advantage_label (feature);

      g_string_append_c (markdown, '|');
      append_cell (markdown, vs_feature_get_name (feature));
      append_cell (markdown, category != NULL ? category : "");
      for (guint i = 0; i < shown->len; i++)
        {
          VsSubject *subject = g_ptr_array_index (shown, i);

          append_cell (markdown, vs_feature_get_value (feature, vs_subject_get_index (subject)));
        }
      append_cell (markdown, advantage != NULL ? advantage : "");
      g_string_append_c (markdown, '\n');
    }

  return g_string_free (markdown, FALSE);
}

/**
 * vs_markdown_export_write:
 * @dataset: a dataset
 * @subjects: (nullable) (element-type VsSubject): the subject columns, or
 *   %NULL for every subject
 * @target: the file to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error in %VS_EXPORT_ERROR or %G_IO_ERROR
 *
 * Writes vs_markdown_export_to_string() to @target, atomically: on failure
 * @target is left as it was.
 *
 * Returns: whether @target was written
 */
gboolean
vs_markdown_export_write (VsDataset     *dataset,
                          GPtrArray     *subjects,
                          GFile         *target,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *markdown = NULL;

  g_return_val_if_fail (VS_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (target), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  markdown = vs_markdown_export_to_string (dataset, subjects);

  return vs_export_file_replace_contents (target, markdown, strlen (markdown), cancellable, error);
}
