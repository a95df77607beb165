/* test-table-import.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "vs-category.h"
#include "vs-csv-export.h"
#include "vs-dataset-loader.h"
#include "vs-feature.h"
#include "vs-markdown-export.h"
#include "vs-subject.h"
#include "vs-table-import.h"

/* The import of feature tables: what the CSV and Markdown exports write
 * imports back to the same feature table, other tables (semicolons, a
 * byte order mark, CRLF, quoted line breaks, score columns) read as their
 * text says, and every broken table is refused with its LINE:COL.
 */

/* ------------------------------------------------------------------------ */
/* Helpers                                                                   */
/* ------------------------------------------------------------------------ */

static VsDataset *load_json (const char *json);

/* Imports @table, checks what the summary says, and loads the JSON. */
static VsDataset *
import_with (const char    *table,
             gsize          length,
             VsTableFormat  format,
             const char    *title,
             const char    *file_name,
             char         **json_out)
{
  g_auto(VsTableImportSummary) summary = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;
  g_autofree char *json = NULL;

  json = vs_table_import (table, length, format, title, file_name, &summary, &error);
  g_assert_no_error (error);
  g_assert_nonnull (json);

  dataset = load_json (json);
  g_assert_cmpstr (summary.title, ==, vs_dataset_get_title (dataset));
  g_assert_cmpuint (summary.n_subjects, ==, vs_dataset_get_n_subjects (dataset));
  g_assert_cmpuint (summary.n_features, ==, vs_dataset_get_n_features (dataset));

  if (json_out != NULL)
    *json_out = g_steal_pointer (&json);

  return g_steal_pointer (&dataset);
}

static VsDataset *
import_ok (const char    *table,
           VsTableFormat  format,
           char         **json_out)
{
  return import_with (table, strlen (table), format, NULL, "table.csv", json_out);
}

static void
assert_import_fails (const char    *table,
                     VsTableFormat  format,
                     int            code,
                     const char    *message)
{
  g_auto(VsTableImportSummary) summary = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  json = vs_table_import (table, strlen (table), format, NULL, "table.csv", &summary, &error);
  g_assert_error (error, VS_TABLE_IMPORT_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_null (json);
  g_assert_null (summary.title);
}

static VsDataset *
load_json (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  VsDataset *dataset = vs_dataset_loader_load_bytes (bytes, &error);

  g_assert_no_error (error);

  return dataset;
}

static VsDataset *
load_test_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VsDataset *dataset = vs_dataset_loader_load_file (file, NULL, &error);

  g_assert_no_error (error);

  return dataset;
}

/* Checks that @imported shows the same feature table as @original: every
 * subject's name, and every feature's name, category, values, scores and
 * advantage.
 */
static void
assert_same_table (VsDataset *original,
                   VsDataset *imported,
                   gboolean   with_scores)
{
  guint n_subjects = vs_dataset_get_n_subjects (original);
  guint n_features = vs_dataset_get_n_features (original);

  g_assert_cmpuint (vs_dataset_get_n_subjects (imported), ==, n_subjects);
  for (guint s = 0; s < n_subjects; s++)
    g_assert_cmpstr (vs_subject_get_name (vs_dataset_get_subject (imported, s)), ==,
                     vs_subject_get_name (vs_dataset_get_subject (original, s)));

  g_assert_cmpuint (vs_dataset_get_n_features (imported), ==, n_features);
  for (guint f = 0; f < n_features; f++)
    {
      VsFeature *a = vs_dataset_get_feature (original, f);
      VsFeature *b = vs_dataset_get_feature (imported, f);
      VsCategory *category_a = vs_feature_get_category (a);
      VsCategory *category_b = vs_feature_get_category (b);
      VsSubject *advantage_a = vs_feature_get_advantage (a);
      VsSubject *advantage_b = vs_feature_get_advantage (b);

      g_assert_cmpstr (vs_feature_get_name (b), ==, vs_feature_get_name (a));
      g_assert_cmpstr (category_b ? vs_category_get_name (category_b) : NULL, ==,
                       category_a ? vs_category_get_name (category_a) : NULL);
      g_assert_cmpint (vs_feature_get_is_tie (b), ==, vs_feature_get_is_tie (a));
      g_assert_cmpstr (advantage_b ? vs_subject_get_name (advantage_b) : NULL, ==,
                       advantage_a ? vs_subject_get_name (advantage_a) : NULL);

      for (guint s = 0; s < n_subjects; s++)
        {
          double score_a = -1, score_b = -1;
          gboolean has_a, has_b;

          g_assert_cmpstr (vs_feature_get_value (b, s), ==, vs_feature_get_value (a, s));

          has_a = vs_feature_get_score (a, s, &score_a);
          has_b = vs_feature_get_score (b, s, &score_b);
          if (with_scores)
            {
              g_assert_cmpint (has_b, ==, has_a);
              if (has_a)
                g_assert_cmpfloat (score_b, ==, score_a);
            }
          else
            {
              g_assert_false (has_b);
            }
        }
    }
}

/* A dataset with every kind of text that the exports escape. */
static const char tricky_json[] =
  "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"tricky\",\n"
  " \"title\": \"Pipes | and *stars*\",\n"
  " \"subjects\": [{\"id\": \"a\", \"name\": \"C++\"}, {\"id\": \"b\", \"name\": \"C#\"},\n"
  "              {\"id\": \"c\", \"name\": \"Ré, \\\"quoted\\\"\"}],\n"
  " \"categories\": [{\"id\": \"x\", \"name\": \"Odd; <br> & \\\\ things\"}],\n"
  " \"features\": [\n"
  "  {\"id\": \"f1\", \"name\": \"=SUM(A1)\", \"category\": \"x\", \"advantage\": \"tie\",\n"
  "   \"values\": {\"a\": \"one | two\", \"b\": \"line 1\\nline 2\", \"c\": \"-10%\"}},\n"
  "  {\"id\": \"f2\", \"name\": \"Back\\\\slash `code` [link](x) _u_ ~s~ #h !b\",\n"
  "   \"advantage\": \"c\",\n"
  "   \"values\": {\"a\": \"\\\"quotes\\\", commas\", \"c\": \"@home\\r\\nnext\"}},\n"
  "  {\"id\": \"f3\", \"name\": \"Only b\", \"values\": {\"b\": \"+1\"}}\n"
  " ]}\n";

static void
check_round_trip (VsDataset     *original,
                  VsTableFormat  format)
{
  g_autoptr(VsDataset) imported = NULL;
  g_autofree char *table = NULL;
  g_autofree char *json = NULL;

  if (format == VS_TABLE_FORMAT_CSV)
    table = vs_csv_export_to_string (original, NULL);
  else
    table = vs_markdown_export_to_string (original, NULL);

  imported = import_ok (table, format, &json);
  assert_same_table (original, imported, FALSE);

  /* The Markdown export's heading is the title. */
  if (format == VS_TABLE_FORMAT_MARKDOWN)
    g_assert_cmpstr (vs_dataset_get_title (imported), ==, vs_dataset_get_title (original));
  else
    g_assert_cmpstr (vs_dataset_get_title (imported), ==, "table");
}

/* ------------------------------------------------------------------------ */
/* Round trips                                                               */
/* ------------------------------------------------------------------------ */

static void
test_round_trip_builtin (gconstpointer user_data)
{
  g_autoptr(VsDataset) original = vs_dataset_loader_load_builtin ();

  check_round_trip (original, GPOINTER_TO_INT (user_data));
}

static void
test_round_trip_three_subjects (gconstpointer user_data)
{
  g_autoptr(VsDataset) original = load_test_file ("three-subjects.json");

  check_round_trip (original, GPOINTER_TO_INT (user_data));
}

static void
test_round_trip_escapes (gconstpointer user_data)
{
  g_autoptr(VsDataset) original = load_json (tricky_json);
  g_autoptr(VsDataset) imported = NULL;
  g_autofree char *table = NULL;
  VsTableFormat format = GPOINTER_TO_INT (user_data);

  if (format == VS_TABLE_FORMAT_CSV)
    {
      table = vs_csv_export_to_string (original, NULL);
      imported = import_ok (table, format, NULL);
      assert_same_table (original, imported, FALSE);
    }
  else
    {
      /* The Markdown export writes a line break as a space. */
      table = vs_markdown_export_to_string (original, NULL);
      imported = import_ok (table, format, NULL);
      g_assert_cmpstr (vs_feature_get_value (vs_dataset_get_feature (imported, 1), 2), ==,
                       "@home next");
      g_assert_cmpstr (vs_feature_get_value (vs_dataset_get_feature (original, 1), 2), ==,
                       "@home\r\nnext");
      g_assert_cmpstr (vs_dataset_get_title (imported), ==, "Pipes | and *stars*");
      g_assert_cmpstr (vs_feature_get_name (vs_dataset_get_feature (imported, 1)), ==,
                       "Back\\slash `code` [link](x) _u_ ~s~ #h !b");
      g_assert_cmpstr (vs_feature_get_value (vs_dataset_get_feature (imported, 0), 0), ==,
                       "one | two");
      g_assert_cmpstr (vs_feature_get_value (vs_dataset_get_feature (imported, 0), 1), ==,
                       "line 1 line 2");
      g_assert_null (vs_feature_get_value (vs_dataset_get_feature (imported, 2), 0));
      g_assert_cmpstr (vs_category_get_name (vs_feature_get_category (vs_dataset_get_feature (imported, 0))),
                       ==, "Odd; <br> & \\ things");
    }
}

/* ------------------------------------------------------------------------ */
/* The JSON written                                                          */
/* ------------------------------------------------------------------------ */

static void
test_json_output (void)
{
  const char *table =
    "Feature,Category,Node.js,Python,Node.js score,Python score,Advantage\n"
    "Speed,Runtime,Fast,Slower,4.5,3,Node.js\n"
    "Typing,,TypeScript,Hints,,2,tie\n";
  const char *expected =
    "{\n"
    "  \"format\" : \"versus/comparison\",\n"
    "  \"version\" : 1,\n"
    "  \"id\" : \"table\",\n"
    "  \"title\" : \"table\",\n"
    "  \"subjects\" : [\n"
    "    {\n"
    "      \"id\" : \"node-js\",\n"
    "      \"name\" : \"Node.js\"\n"
    "    },\n"
    "    {\n"
    "      \"id\" : \"python\",\n"
    "      \"name\" : \"Python\"\n"
    "    }\n"
    "  ],\n"
    "  \"categories\" : [\n"
    "    {\n"
    "      \"id\" : \"runtime\",\n"
    "      \"name\" : \"Runtime\"\n"
    "    }\n"
    "  ],\n"
    "  \"features\" : [\n"
    "    {\n"
    "      \"id\" : \"speed\",\n"
    "      \"name\" : \"Speed\",\n"
    "      \"category\" : \"runtime\",\n"
    "      \"values\" : {\n"
    "        \"node-js\" : \"Fast\",\n"
    "        \"python\" : \"Slower\"\n"
    "      },\n"
    "      \"scores\" : {\n"
    "        \"node-js\" : 4.5,\n"
    "        \"python\" : 3\n"
    "      },\n"
    "      \"advantage\" : \"node-js\"\n"
    "    },\n"
    "    {\n"
    "      \"id\" : \"typing\",\n"
    "      \"name\" : \"Typing\",\n"
    "      \"values\" : {\n"
    "        \"node-js\" : \"TypeScript\",\n"
    "        \"python\" : \"Hints\"\n"
    "      },\n"
    "      \"scores\" : {\n"
    "        \"python\" : 2\n"
    "      },\n"
    "      \"advantage\" : \"tie\"\n"
    "    }\n"
    "  ]\n"
    "}\n";
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *regenerated = NULL;
  double score;

  dataset = import_ok (table, VS_TABLE_FORMAT_CSV, &json);
  g_assert_cmpstr (json, ==, expected);

  g_assert_true (vs_feature_get_score (vs_dataset_get_feature (dataset, 0), 0, &score));
  g_assert_cmpfloat (score, ==, 4.5);
  g_assert_false (vs_feature_get_score (vs_dataset_get_feature (dataset, 1), 0, &score));

  /* It is exactly what JsonGenerator writes of the whole tree. */
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, json_parser_get_root (parser));
  regenerated = json_generator_to_data (generator, NULL);
  g_assert_true (g_str_has_prefix (json, regenerated));
  g_assert_cmpstr (json + strlen (regenerated), ==, "\n");
}

typedef struct
{
  GString *json;
  guint n_pieces;
  guint fail_at;
} Sink;

static gboolean
write_piece_cb (const char  *data,
                gsize        length,
                gpointer     user_data,
                GError     **error)
{
  Sink *sink = user_data;

  if (++sink->n_pieces == sink->fail_at)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "the disk is full");
      return FALSE;
    }

  g_string_append_len (sink->json, data, length);

  return TRUE;
}

/* Beyond a megabyte of JSON, the loader checks the dataset in pieces: what
 * is written is still one dataset, as JsonGenerator would write it.
 */
static void
test_large_table (void)
{
  g_autoptr(GString) table = g_string_new ("Feature,Category,Alpha,Beta,Gamma,Beta score\n");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *regenerated = NULL;
  const guint n_rows = 8000;

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (table, "Feature %u,Group %u,\"a, %u\",b %u,,%u\n",
                            i, i % 50, i, i, i % 6);

  dataset = import_ok (table->str, VS_TABLE_FORMAT_CSV, &json);
  g_assert_cmpuint (strlen (json), >, 3 * 1024 * 1024 / 2);
  g_assert_cmpuint (vs_dataset_get_n_features (dataset), ==, n_rows);
  g_assert_cmpuint (g_list_model_get_n_items (vs_dataset_get_categories (dataset)), ==, 50);
  g_assert_cmpstr (vs_feature_get_value (vs_dataset_get_feature (dataset, n_rows - 1), 0), ==,
                   "a, 7999");
  g_assert_null (vs_feature_get_value (vs_dataset_get_feature (dataset, n_rows - 1), 2));
  g_assert_cmpstr (vs_feature_get_id (vs_dataset_get_feature (dataset, 4321)), ==,
                   "feature-4321");

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, json_parser_get_root (parser));
  regenerated = json_generator_to_data (generator, NULL);
  g_assert_true (g_str_has_prefix (json, regenerated));
  g_assert_cmpstr (json + strlen (regenerated), ==, "\n");

  /* Written a piece at a time: the head, two pieces of features, the end. */
  {
    g_auto(VsTableImportSummary) summary = { 0 };
    Sink sink = { g_string_new (NULL), 0, 0 };

    g_assert_true (vs_table_import_write (table->str, table->len, VS_TABLE_FORMAT_CSV, NULL,
                                          "table.csv", write_piece_cb, &sink, &summary, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (sink.n_pieces, ==, 4);
    g_assert_cmpstr (sink.json->str, ==, json);
    g_assert_cmpuint (summary.n_features, ==, n_rows);
    g_string_free (sink.json, TRUE);
  }

  /* A piece that cannot be written ends the import with its error. */
  {
    g_auto(VsTableImportSummary) summary = { 0 };
    Sink sink = { g_string_new (NULL), 0, 3 };

    g_assert_false (vs_table_import_write (table->str, table->len, VS_TABLE_FORMAT_CSV, NULL,
                                           "table.csv", write_piece_cb, &sink, &summary,
                                           &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
    g_assert_cmpuint (sink.n_pieces, ==, 3);
    g_assert_null (summary.title);
    g_string_free (sink.json, TRUE);
  }
}

static void
test_title (void)
{
  const char *heading = "# Heading \\*title\\*\n\n";
  const char *table = "# Heading \\*title\\*\n\n| Feature | A | B |\n|---|---|---|\n| F | 1 | 2 |\n";
  g_autoptr(VsDataset) dataset = NULL;

  dataset = import_with (table, strlen (table), VS_TABLE_FORMAT_MARKDOWN, NULL, "t.md", NULL);
  g_assert_cmpstr (vs_dataset_get_title (dataset), ==, "Heading *title*");
  g_assert_cmpstr (vs_dataset_get_id (dataset), ==, "heading-title");
  g_clear_object (&dataset);

  dataset = import_with (table, strlen (table), VS_TABLE_FORMAT_MARKDOWN, "  Given  ", "t.md",
                         NULL);
  g_assert_cmpstr (vs_dataset_get_title (dataset), ==, "Given");
  g_clear_object (&dataset);

  dataset = import_with (table + strlen (heading), strlen (table) - strlen (heading),
                         VS_TABLE_FORMAT_MARKDOWN, NULL, "/tmp/my-tables.v2/Cloud DBs.md", NULL);
  g_assert_cmpstr (vs_dataset_get_title (dataset), ==, "Cloud DBs");
  g_assert_cmpstr (vs_dataset_get_id (dataset), ==, "cloud-dbs");
  g_clear_object (&dataset);

  /* Without a name at all. */
  dataset = import_with (table + strlen (heading), strlen (table) - strlen (heading),
                         VS_TABLE_FORMAT_MARKDOWN, NULL, NULL, NULL);
  g_assert_cmpstr (vs_dataset_get_title (dataset), ==, "Imported Table");
  g_assert_cmpstr (vs_dataset_get_id (dataset), ==, "imported-table");
}

/* ------------------------------------------------------------------------ */
/* CSV                                                                       */
/* ------------------------------------------------------------------------ */

static void
test_csv_semicolons (void)
{
  /* As a spreadsheet in a language with decimal commas saves it. */
  g_autoptr(VsDataset) dataset = import_ok ("Feature;Category;Go;Rust;Go score;Rust score\n"
                                            "Speed, compiled;Runtime;Fast;Faster;4,5;5\n",
                                            VS_TABLE_FORMAT_CSV, NULL);
  VsFeature *feature = vs_dataset_get_feature (dataset, 0);
  double score;

  g_assert_cmpuint (vs_dataset_get_n_subjects (dataset), ==, 2);
  g_assert_cmpstr (vs_feature_get_name (feature), ==, "Speed, compiled");
  g_assert_cmpstr (vs_feature_get_value (feature, 1), ==, "Faster");
  g_assert_true (vs_feature_get_score (feature, 0, &score));
  g_assert_cmpfloat (score, ==, 4.5);
  g_assert_true (vs_feature_get_score (feature, 1, &score));
  g_assert_cmpfloat (score, ==, 5);
}

static void
test_csv_bom_crlf (void)
{
  g_autoptr(VsDataset) dataset = import_ok ("\xef\xbb\xbf" "Feature,Go,Rust\r\n"
                                            "Speed,Fast,Faster\r\n"
                                            "\r\n"
                                            "Safety,GC,Borrow checker\r\n",
                                            VS_TABLE_FORMAT_CSV, NULL);

  g_assert_cmpstr (vs_subject_get_id (vs_dataset_get_subject (dataset, 0)), ==, "go");
  g_assert_cmpuint (vs_dataset_get_n_features (dataset), ==, 2);
  g_assert_cmpstr (vs_feature_get_id (vs_dataset_get_feature (dataset, 0)), ==, "speed");
  g_assert_cmpstr (vs_feature_get_value (vs_dataset_get_feature (dataset, 1), 1), ==,
                   "Borrow checker");
}

static void
test_csv_quoted (void)
{
  g_autoptr(VsDataset) dataset = import_ok ("Feature,\"Go, the language\",Rust\n"
                                            "\"Multi\nline\",\"say \"\"hi\"\"\",\"a\r\nb\"\n"
                                            "Last,x,",
                                            VS_TABLE_FORMAT_CSV, NULL);
  VsFeature *feature = vs_dataset_get_feature (dataset, 0);

  g_assert_cmpstr (vs_subject_get_name (vs_dataset_get_subject (dataset, 0)), ==,
                   "Go, the language");
  g_assert_cmpstr (vs_subject_get_id (vs_dataset_get_subject (dataset, 0)), ==,
                   "go-the-language");
  g_assert_cmpstr (vs_feature_get_name (feature), ==, "Multi\nline");
  g_assert_cmpstr (vs_feature_get_value (feature, 0), ==, "say \"hi\"");
  g_assert_cmpstr (vs_feature_get_value (feature, 1), ==, "a\r\nb");
  /* An empty field is a missing value; a last line may lack its break. */
  g_assert_cmpstr (vs_feature_get_value (vs_dataset_get_feature (dataset, 1), 0), ==, "x");
  g_assert_null (vs_feature_get_value (vs_dataset_get_feature (dataset, 1), 1));
}

static void
test_csv_errors (void)
{
  assert_import_fails ("Feature,A,B\nx,1,2\n\"quoted\nnewline\",1\n",
                       VS_TABLE_FORMAT_CSV, VS_TABLE_IMPORT_ERROR_RAGGED,
                       "4:10: this row has 2 cells, but the header row has 3");
  assert_import_fails ("Feature,A,B\nx,1,2,3\n",
                       VS_TABLE_FORMAT_CSV, VS_TABLE_IMPORT_ERROR_RAGGED,
                       "2:7: this row has 4 cells, but the header row has 3");
  assert_import_fails ("Feature,A,B\nx,\"1,2\n",
                       VS_TABLE_FORMAT_CSV, VS_TABLE_IMPORT_ERROR_SYNTAX,
                       "2:3: this quoted field has no closing quote");
  assert_import_fails ("Feature,A,B\nx,\"1\"2,3\n",
                       VS_TABLE_FORMAT_CSV, VS_TABLE_IMPORT_ERROR_SYNTAX,
                       "2:6: text follows the closing quote of a field; write a quote inside "
                       "a quoted field twice");
  assert_import_fails ("Feature,Ä,B\nx,\xff,3\n",
                       VS_TABLE_FORMAT_CSV, VS_TABLE_IMPORT_ERROR_ENCODING,
                       "2:3: the table is not valid UTF-8 text; save it as UTF-8");
  assert_import_fails ("", VS_TABLE_FORMAT_CSV, VS_TABLE_IMPORT_ERROR_LIMIT,
                       "the table is empty: its first row names the subjects, "
                       "and each row after it is a feature");
  assert_import_fails ("Feature,A,B\n", VS_TABLE_FORMAT_CSV, VS_TABLE_IMPORT_ERROR_LIMIT,
                       "1:1: the table has no feature: each row after the header row is one");
  assert_import_fails ("Feature,A\nx,1\n", VS_TABLE_FORMAT_CSV, VS_TABLE_IMPORT_ERROR_LIMIT,
                       "1:1: the table has 1 subject column; a comparison has 2 to 32 subjects");
  assert_import_fails ("Feature,A,,B\nx,1,2,3\n", VS_TABLE_FORMAT_CSV,
                       VS_TABLE_IMPORT_ERROR_HEADER,
                       "1:11: this column has no name; the header row names the subjects");
  assert_import_fails ("Feature,A,B,A\nx,1,2,3\n", VS_TABLE_FORMAT_CSV,
                       VS_TABLE_IMPORT_ERROR_HEADER, "1:13: the subject “A” has two columns");
  assert_import_fails ("Feature,Category,A,B,category\nx,1,2,3,4\n", VS_TABLE_FORMAT_CSV,
                       VS_TABLE_IMPORT_ERROR_HEADER, "1:22: there are two “category” columns");
  assert_import_fails ("Feature,A,B,C score\nx,1,2,3\n", VS_TABLE_FORMAT_CSV,
                       VS_TABLE_IMPORT_ERROR_HEADER,
                       "1:13: there is no subject column “C” for the column “C score”");
  assert_import_fails ("Feature,A,B,a score\nx,1,2,6\n", VS_TABLE_FORMAT_CSV,
                       VS_TABLE_IMPORT_ERROR_VALUE,
                       "2:7: the score “6” is not a number from 0 to 5");
  assert_import_fails ("Feature,A,B,A score\nx,1,2,high\n", VS_TABLE_FORMAT_CSV,
                       VS_TABLE_IMPORT_ERROR_VALUE,
                       "2:7: the score “high” is not a number from 0 to 5");
  assert_import_fails ("Feature,A,B,Advantage\nx,1,2,C\n", VS_TABLE_FORMAT_CSV,
                       VS_TABLE_IMPORT_ERROR_VALUE,
                       "2:7: the advantage “C” is neither a subject of the table nor “Tie”");
  assert_import_fails ("Feature,A,B\nx,1,2\n  ,1,2\n", VS_TABLE_FORMAT_CSV,
                       VS_TABLE_IMPORT_ERROR_VALUE, "3:1: the feature has no name");
}

static void
test_csv_nul (void)
{
  const char table[] = "Feature,A,B\nx,1\0,2\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  json = vs_table_import (table, sizeof table - 1, VS_TABLE_FORMAT_CSV, NULL, NULL, NULL,
                          &error);
  g_assert_error (error, VS_TABLE_IMPORT_ERROR, VS_TABLE_IMPORT_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==, "2:4: the table holds a NUL character");
  g_assert_null (json);
}

static void
test_too_many_subjects (void)
{
  g_autoptr(GString) table = g_string_new ("Feature");
  g_autoptr(GString) row = g_string_new ("x");
  g_autoptr(VsDataset) dataset = NULL;

  for (guint i = 1; i <= 32; i++)
    {
      g_string_append_printf (table, ",S%u", i);
      g_string_append_printf (row, ",%u", i);
    }

  /* 32 subjects are allowed… */
  {
    g_autofree char *text = g_strdup_printf ("%s\n%s\n", table->str, row->str);

    dataset = import_ok (text, VS_TABLE_FORMAT_CSV, NULL);
    g_assert_cmpuint (vs_dataset_get_n_subjects (dataset), ==, 32);
  }

  /* …33 are not. */
  g_string_append (table, ",S33");
  g_string_append (row, ",33");
  {
    g_autofree char *text = g_strdup_printf ("%s\n%s\n", table->str, row->str);

    assert_import_fails (text, VS_TABLE_FORMAT_CSV, VS_TABLE_IMPORT_ERROR_LIMIT,
                         "1:1: the table has 33 subject columns; a comparison has 2 to 32 "
                         "subjects");
  }
}

/* ------------------------------------------------------------------------ */
/* Ids                                                                       */
/* ------------------------------------------------------------------------ */

static void
test_derive_id (void)
{
  static const struct { const char *name, *id; } cases[] = {
    { "Node.js", "node-js" },
    { "PostgreSQL", "postgresql" },
    { "  Été 2025 — été!  ", "ete-2025-ete" },
    { "C++", "c" },
    { "--a__b--", "a-b" },
    { "日本語", "" },
    { "", "" },
  };
  g_autofree char *long_name = g_strnfill (100, 'x');
  g_autofree char *long_id = vs_table_import_derive_id (long_name);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = vs_table_import_derive_id (cases[i].name);

      g_assert_cmpstr (id, ==, cases[i].id);
    }

  g_assert_cmpuint (strlen (long_id), ==, 64);
}

static void
test_unique_ids (void)
{
  g_autoptr(VsDataset) dataset = import_ok ("Feature,Category,C++,C#,日本語,中文,Score\n"
                                            "Speed,Run time,1,2,3,4,5\n"
                                            "speed,Run-time,1,2,3,4,5\n"
                                            "Speed!,Runtime,1,2,3,4,5\n"
                                            "Speed-2,,1,2,3,4,5\n"
                                            "???,,1,2,3,4,5\n",
                                            VS_TABLE_FORMAT_CSV, NULL);
  static const char * const subject_ids[] = { "c", "c-2", "subject", "subject-2", "score" };
  static const char * const feature_ids[] = { "speed", "speed-2", "speed-3", "speed-2-2", "feature" };
  GListModel *categories = vs_dataset_get_categories (dataset);

  g_assert_cmpuint (vs_dataset_get_n_subjects (dataset), ==, G_N_ELEMENTS (subject_ids));
  for (guint i = 0; i < G_N_ELEMENTS (subject_ids); i++)
    g_assert_cmpstr (vs_subject_get_id (vs_dataset_get_subject (dataset, i)), ==, subject_ids[i]);

  g_assert_cmpuint (vs_dataset_get_n_features (dataset), ==, G_N_ELEMENTS (feature_ids));
  for (guint i = 0; i < G_N_ELEMENTS (feature_ids); i++)
    g_assert_cmpstr (vs_feature_get_id (vs_dataset_get_feature (dataset, i)), ==, feature_ids[i]);

  /* Categories are told apart by their names; ids by what they derive to. */
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, 3);
  {
    g_autoptr(VsCategory) c0 = g_list_model_get_item (categories, 0);
    g_autoptr(VsCategory) c1 = g_list_model_get_item (categories, 1);
    g_autoptr(VsCategory) c2 = g_list_model_get_item (categories, 2);

    g_assert_cmpstr (vs_category_get_id (c0), ==, "run-time");
    g_assert_cmpstr (vs_category_get_id (c1), ==, "run-time-2");
    g_assert_cmpstr (vs_category_get_name (c1), ==, "Run-time");
    g_assert_cmpstr (vs_category_get_id (c2), ==, "runtime");
  }
}

/* ------------------------------------------------------------------------ */
/* Markdown                                                                  */
/* ------------------------------------------------------------------------ */

static void
test_markdown_table (void)
{
  /* Text before the table, no outer pipes, alignment, escapes and <br/>. */
  g_autoptr(VsDataset) dataset = import_ok ("Some notes.\n"
                                            "\n"
                                            "Feature | Go | Rust | Advantage\n"
                                            ":--- | :---: | ---: | ---\n"
                                            "Pipes \\| here | a<br/>b | — | rust\n"
                                            "Empty | | x | |\n"
                                            "\n"
                                            "| Not | part | of it |\n",
                                            VS_TABLE_FORMAT_MARKDOWN, NULL);
  VsFeature *feature = vs_dataset_get_feature (dataset, 0);

  g_assert_cmpuint (vs_dataset_get_n_features (dataset), ==, 2);
  g_assert_cmpstr (vs_feature_get_name (feature), ==, "Pipes | here");
  g_assert_cmpstr (vs_feature_get_value (feature, 0), ==, "a\nb");
  g_assert_null (vs_feature_get_value (feature, 1));
  g_assert_cmpstr (vs_subject_get_id (vs_feature_get_advantage (feature)), ==, "rust");
  g_assert_null (vs_feature_get_value (vs_dataset_get_feature (dataset, 1), 0));
}

static void
test_markdown_errors (void)
{
  assert_import_fails ("# Title\n\nJust text | with a pipe\n", VS_TABLE_FORMAT_MARKDOWN,
                       VS_TABLE_IMPORT_ERROR_SYNTAX,
                       "there is no table in this file: a Markdown table is a header row, "
                       "then a delimiter row such as “| --- | --- |”");
  assert_import_fails ("| Feature | A | B |\n| --- | --- |\n| x | 1 | 2 |\n",
                       VS_TABLE_FORMAT_MARKDOWN, VS_TABLE_IMPORT_ERROR_RAGGED,
                       "2:1: the delimiter row has 2 cells, but the header row has 3");
  assert_import_fails ("| Feature | A | B |\n| --- | --- | --- |\n| x | 1 | 2 |\n| y | 1 |\n",
                       VS_TABLE_FORMAT_MARKDOWN, VS_TABLE_IMPORT_ERROR_RAGGED,
                       "4:7: this row has 2 cells, but the header row has 3");
  assert_import_fails ("| Feature | A | B |\n| --- | --- | --- |\n| x | 1 | 2 | 3 | 4 |\n",
                       VS_TABLE_FORMAT_MARKDOWN, VS_TABLE_IMPORT_ERROR_RAGGED,
                       "3:15: this row has 5 cells, but the header row has 3");
  assert_import_fails ("| Feature | A | B |\n| --- | --- | --- |\n", VS_TABLE_FORMAT_MARKDOWN,
                       VS_TABLE_IMPORT_ERROR_LIMIT,
                       "1:1: the table has no feature: each row after the header row is one");
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  /* The length alone is refused; the text is never read. */
  json = vs_table_import ("", (gsize)VS_DATASET_MAX_SIZE + 1, VS_TABLE_FORMAT_CSV, NULL, NULL,
                          NULL, &error);
  g_assert_error (error, VS_TABLE_IMPORT_ERROR, VS_TABLE_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "the table is larger than 64 MiB, the largest dataset Versus reads");
  g_assert_null (json);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/versus/table-import/round-trip/csv/builtin",
                        GINT_TO_POINTER (VS_TABLE_FORMAT_CSV), test_round_trip_builtin);
  g_test_add_data_func ("/versus/table-import/round-trip/markdown/builtin",
                        GINT_TO_POINTER (VS_TABLE_FORMAT_MARKDOWN), test_round_trip_builtin);
  g_test_add_data_func ("/versus/table-import/round-trip/csv/three-subjects",
                        GINT_TO_POINTER (VS_TABLE_FORMAT_CSV), test_round_trip_three_subjects);
  g_test_add_data_func ("/versus/table-import/round-trip/markdown/three-subjects",
                        GINT_TO_POINTER (VS_TABLE_FORMAT_MARKDOWN),
                        test_round_trip_three_subjects);
  g_test_add_data_func ("/versus/table-import/round-trip/csv/escapes",
                        GINT_TO_POINTER (VS_TABLE_FORMAT_CSV), test_round_trip_escapes);
  g_test_add_data_func ("/versus/table-import/round-trip/markdown/escapes",
                        GINT_TO_POINTER (VS_TABLE_FORMAT_MARKDOWN), test_round_trip_escapes);
  g_test_add_func ("/versus/table-import/json", test_json_output);
  g_test_add_func ("/versus/table-import/title", test_title);
  g_test_add_func ("/versus/table-import/large", test_large_table);
  g_test_add_func ("/versus/table-import/csv/semicolons", test_csv_semicolons);
  g_test_add_func ("/versus/table-import/csv/bom-crlf", test_csv_bom_crlf);
  g_test_add_func ("/versus/table-import/csv/quoted", test_csv_quoted);
  g_test_add_func ("/versus/table-import/csv/errors", test_csv_errors);
  g_test_add_func ("/versus/table-import/csv/nul", test_csv_nul);
  g_test_add_func ("/versus/table-import/too-many-subjects", test_too_many_subjects);
  g_test_add_func ("/versus/table-import/too-large", test_too_large);
  g_test_add_func ("/versus/table-import/ids/derive", test_derive_id);
  g_test_add_func ("/versus/table-import/ids/unique", test_unique_ids);
  g_test_add_func ("/versus/table-import/markdown/table", test_markdown_table);
  g_test_add_func ("/versus/table-import/markdown/errors", test_markdown_errors);

  return g_test_run ();
}
