/* vs-table-import.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VS_TABLE_IMPORT_ERROR (vs_table_import_error_quark ())

/**
 * VsTableImportError:
 * @VS_TABLE_IMPORT_ERROR_TOO_LARGE: the table is larger than the largest dataset
 * @VS_TABLE_IMPORT_ERROR_ENCODING: the table is not valid UTF-8, or holds a NUL character
 * @VS_TABLE_IMPORT_ERROR_SYNTAX: the text is not a table (an unclosed quote, no table found)
 * @VS_TABLE_IMPORT_ERROR_RAGGED: a row has more or fewer cells than the header
 * @VS_TABLE_IMPORT_ERROR_HEADER: a column of the header row is unnamed, repeated or unknown
 * @VS_TABLE_IMPORT_ERROR_VALUE: a cell breaks a rule (a blank feature name, a score
 *   outside 0–5, an advantage that names no subject)
 * @VS_TABLE_IMPORT_ERROR_LIMIT: the table has too few or too many subjects, or no feature
 *
 * Why a table could not be imported. Messages start with the place in the
 * table, `LINE:COL: …`, where there is one. A table whose dataset the loader
 * refuses fails with the loader's error (%VS_DATASET_ERROR) instead.
 */
typedef enum
{
  VS_TABLE_IMPORT_ERROR_TOO_LARGE,
  VS_TABLE_IMPORT_ERROR_ENCODING,
  VS_TABLE_IMPORT_ERROR_SYNTAX,
  VS_TABLE_IMPORT_ERROR_RAGGED,
  VS_TABLE_IMPORT_ERROR_HEADER,
  VS_TABLE_IMPORT_ERROR_VALUE,
  VS_TABLE_IMPORT_ERROR_LIMIT,
} VsTableImportError;

/**
 * VsTableFormat:
 * @VS_TABLE_FORMAT_CSV: RFC 4180 CSV, separated by commas or semicolons
 * @VS_TABLE_FORMAT_MARKDOWN: a GitHub-flavoured Markdown table
 */
typedef enum
{
  VS_TABLE_FORMAT_CSV,
  VS_TABLE_FORMAT_MARKDOWN,
} VsTableFormat;

/**
 * VsTableImportSummary:
 * @title: the dataset's title
 * @n_subjects: how many subjects it compares
 * @n_features: how many features it has
 *
 * What an imported dataset holds, to say what was written.
 */
typedef struct
{
  char *title;
  guint n_subjects;
  guint n_features;
} VsTableImportSummary;

/**
 * VsTableImportWriteFunc:
 * @data: (array length=length): a piece of the dataset's JSON
 * @length: its length in bytes
 * @user_data: the data given to vs_table_import_write()
 * @error: return location for an error
 *
 * Returns: whether the piece was written
 */
typedef gboolean (*VsTableImportWriteFunc) (const char  *data,
                                            gsize        length,
                                            gpointer     user_data,
                                            GError     **error);

GQuark  vs_table_import_error_quark  (void);

char   *vs_table_import              (const char     *data,
                                      gsize           length,
                                      VsTableFormat   format,
                                      const char     *title,
                                      const char     *file_name,
                                      VsTableImportSummary *summary,
                                      GError        **error) G_GNUC_WARN_UNUSED_RESULT;

gboolean vs_table_import_write       (const char             *data,
                                      gsize                   length,
                                      VsTableFormat           format,
                                      const char             *title,
                                      const char             *file_name,
                                      VsTableImportWriteFunc  write,
                                      gpointer                user_data,
                                      VsTableImportSummary   *summary,
                                      GError                **error);

char   *vs_table_import_derive_id    (const char     *name) G_GNUC_WARN_UNUSED_RESULT;

void    vs_table_import_summary_clear (VsTableImportSummary *summary);

char   *vs_table_import_error_format (const char     *file_label,
                                      const GError   *error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VsTableImportSummary, vs_table_import_summary_clear)

G_END_DECLS
