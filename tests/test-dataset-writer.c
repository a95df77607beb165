/* test-dataset-writer.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "test-load-description.h"
#include "vs-dataset-loader.h"
#include "vs-dataset-writer.h"
#include "vs-feature.h"
#include "vs-subject.h"

static VsDataset *
load_data_file (const char *folder,
                const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VsDataset *dataset = vs_dataset_loader_load_file (file, NULL, &error);

  g_assert_no_error (error);

  return dataset;
}

static char *
write_to_string (VsDataset *dataset)
{
  GString *out = g_string_new (NULL);

  vs_dataset_writer_write (dataset, out);

  return g_string_free (out, FALSE);
}

/* The description of a load without its warnings: unknown members are
 * ignored on load, so the file written back has not their warnings.
 */
static char *
describe_without_warnings (VsDataset *dataset)
{
  g_autofree char *description = test_describe_load (dataset, NULL);
  g_auto(GStrv) lines = g_strsplit (description, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], "warning "))
      g_string_append_printf (out, "%s\n", lines[i]);

  return g_string_free (out, FALSE);
}

/* Loading what was written gives the same dataset, which writes the same
 * bytes again.
 */
static void
check_round_trip (VsDataset *dataset)
{
  g_autoptr(GBytes) bytes = vs_dataset_writer_to_bytes (dataset);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) reloaded = vs_dataset_loader_load_bytes (bytes, &error);
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (reloaded);
  /* Only the warnings of unknown members go: missing values stay. */
  g_assert_cmpuint (vs_dataset_get_n_warnings (reloaded), <=, vs_dataset_get_n_warnings (dataset));

  written = write_to_string (dataset);
  rewritten = write_to_string (reloaded);
  g_assert_cmpstr (rewritten, ==, written);

  before = describe_without_warnings (dataset);
  after = describe_without_warnings (reloaded);
  g_assert_cmpstr (after, ==, before);
}

/* A file in the writer's own form, with every member of the format, is
 * written back byte for byte: nothing is lost, nothing moves.
 */
static void
test_all_members (void)
{
  g_autoptr(VsDataset) dataset = load_data_file ("writer", "all-members.json");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "writer",
                                                 "all-members.json", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *written = write_to_string (dataset);
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (written, ==, expected);
}

static void
test_valid_files (void)
{
  const char *names[] = {
    "boundaries.json",
    "five-subjects-forty-features.json",
    "minimal.json",
    "nesting-64.json",
    "thirty-two-subjects.json",
    "three-subjects-forty-features.json",
    "three-subjects.json",
    "unicode.json",
    "warnings.json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(VsDataset) dataset = load_data_file ("valid", names[i]);

      g_test_message ("%s", names[i]);
      check_round_trip (dataset);
    }
}

static void
test_builtin (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();

  check_round_trip (dataset);
}

/* Scores and weights come back as the same doubles, written as briefly as
 * that allows.
 */
static void
test_numbers (void)
{
  static const char json[] =
    "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"n\", \"title\": \"N\","
    " \"subjects\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"},"
    "                {\"id\": \"c\", \"name\": \"C\"}, {\"id\": \"d\", \"name\": \"D\"}],"
    " \"features\": [{\"id\": \"f\", \"name\": \"F\","
    "   \"values\": {\"a\": \"1\", \"b\": \"2\", \"c\": \"3\", \"d\": \"4\"},"
    "   \"scores\": {\"a\": 0.1, \"b\": 3.3333333333333335, \"c\": 5.0, \"d\": -0}}]}";
  g_autoptr(GBytes) input = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_bytes (input, &error);
  g_autofree char *written = NULL;
  double score;

  g_assert_no_error (error);
  written = write_to_string (dataset);
  g_assert_nonnull (strstr (written, "\"a\": 0.1,\n"));
  g_assert_nonnull (strstr (written, "\"b\": 3.3333333333333335,\n"));
  g_assert_nonnull (strstr (written, "\"c\": 5,\n"));
  g_assert_nonnull (strstr (written, "\"d\": 0\n"));

  check_round_trip (dataset);

  {
    g_autoptr(GBytes) bytes = vs_dataset_writer_to_bytes (dataset);
    g_autoptr(VsDataset) reloaded = vs_dataset_loader_load_bytes (bytes, &error);
    VsFeature *feature;

    g_assert_no_error (error);
    feature = vs_dataset_get_feature (reloaded, 0);
    g_assert_true (vs_feature_get_score (feature, 1, &score));
    g_assert_cmpfloat (score, ==, 10.0 / 3.0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/versus/dataset-writer/all-members", test_all_members);
  g_test_add_func ("/versus/dataset-writer/valid-files", test_valid_files);
  g_test_add_func ("/versus/dataset-writer/builtin", test_builtin);
  g_test_add_func ("/versus/dataset-writer/numbers", test_numbers);

  return g_test_run ();
}
