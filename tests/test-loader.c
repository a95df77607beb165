/* test-loader.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test-load-description.h"
#include "vs-dataset-loader.h"
#include "vs-dataset-private.h"
#include "vs-hash.h"

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static VsDataset *
load_test_file (const char  *folder,
                const char  *name,
                GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return vs_dataset_loader_load_file (file, NULL, error);
}

static VsDataset *
load_string (const char  *text,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return vs_dataset_loader_load_bytes (bytes, error);
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static int
error_code_from_name (const char *name)
{
  static const char * const names[] = {
    [VS_DATASET_ERROR_IO] = "IO",
    [VS_DATASET_ERROR_TOO_LARGE] = "TOO_LARGE",
    [VS_DATASET_ERROR_ENCODING] = "ENCODING",
    [VS_DATASET_ERROR_TOO_DEEP] = "TOO_DEEP",
    [VS_DATASET_ERROR_SYNTAX] = "SYNTAX",
    [VS_DATASET_ERROR_NUMBER] = "NUMBER",
    [VS_DATASET_ERROR_FORMAT] = "FORMAT",
    [VS_DATASET_ERROR_VERSION] = "VERSION",
    [VS_DATASET_ERROR_MISSING] = "MISSING",
    [VS_DATASET_ERROR_TYPE] = "TYPE",
    [VS_DATASET_ERROR_VALUE] = "VALUE",
    [VS_DATASET_ERROR_DUPLICATE] = "DUPLICATE",
    [VS_DATASET_ERROR_REFERENCE] = "REFERENCE",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (names[i], name) == 0)
        return i;
    }

  g_error ("Unknown error code “%s” in expected.tsv", name);
}

/* A dataset with @members (“"name": value, …”) in its root object. */
static char *
make_dataset_with_members (const char *members)
{
  return g_strdup_printf ("{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"m\","
                          " \"title\": \"M\", \"subjects\": [{\"id\": \"a\", \"name\": \"A\"},"
                          " {\"id\": \"b\", \"name\": \"B\"}], \"features\": [{\"id\": \"f\","
                          " \"name\": \"F\", \"values\": {\"a\": \"1\", \"b\": \"2\"}}]%s}",
                          members);
}

/* ------------------------------------------------------------------------ */
/* The built-in dataset                                                     */
/* ------------------------------------------------------------------------ */

static void
test_builtin_counts (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsSubject *nodejs, *python;

  g_assert_cmpstr (vs_dataset_get_id (dataset), ==, "backend-nodejs-python");
  g_assert_cmpstr (vs_dataset_get_title (dataset), ==, "Node.js vs Python");
  g_assert_nonnull (vs_dataset_get_subtitle (dataset));
  g_assert_nonnull (vs_dataset_get_verdict_intro (dataset));

  g_assert_cmpuint (vs_dataset_get_n_subjects (dataset), ==, 2);
  g_assert_cmpuint (n_items (vs_dataset_get_sources (dataset)), ==, 1);
  g_assert_cmpuint (n_items (vs_dataset_get_categories (dataset)), ==, 4);
  g_assert_cmpuint (n_items (vs_dataset_get_features (dataset)), ==, 16);
  g_assert_cmpuint (n_items (vs_dataset_get_use_cases (dataset)), ==, 8);
  g_assert_cmpuint (n_items (vs_dataset_get_companies (dataset)), ==, 8);
  g_assert_cmpuint (n_items (vs_dataset_get_questions (dataset)), ==, 9);
  g_assert_cmpuint (n_items (vs_dataset_get_guidance (dataset)), ==, 8);
  g_assert_cmpstrv (vs_dataset_get_warnings (dataset), ((const char * const[]) { NULL }));

  nodejs = vs_dataset_find_subject (dataset, "nodejs");
  python = vs_dataset_find_subject (dataset, "python");
  g_assert_nonnull (nodejs);
  g_assert_nonnull (python);
  g_assert_cmpstr (vs_subject_get_name (nodejs), ==, "Node.js");
  g_assert_cmpstr (vs_subject_get_name (python), ==, "Python");
  g_assert_cmpuint (vs_subject_get_index (nodejs), ==, 0);
  g_assert_cmpuint (vs_subject_get_index (python), ==, 1);
  g_assert_cmpuint (g_strv_length ((char **)vs_subject_get_highlights (nodejs)), ==, 7);
  g_assert_cmpuint (g_strv_length ((char **)vs_subject_get_highlights (python)), ==, 7);
  g_assert_true (vs_dataset_get_subject (dataset, 1) == python);

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* Every cell of the article's "Key Differences at a Glance" table. */
static void
test_builtin_article_table (void)
{
  static const struct {
    const char *feature;
    const char *nodejs;
    const char *python;
    const char *advantage;
  } rows[] = {
    { "performance", "High-performance, single-threaded event loop with non-blocking I/O",
      "Slower due to Global Interpreter Lock (GIL), multi-threaded but limited concurrency",
      "nodejs" },
    { "best-use-cases", "Real-time applications, scalable network applications, APIs, microservices",
      "Data science, AI/ML, automation, web scraping, enterprise software", NULL },
    { "learning-curve", "Moderate, requires understanding asynchronous programming and callback functions",
      "Easy, beginner-friendly with clean, readable syntax", "python" },
    { "scalability", "Highly scalable via event-driven architecture and clustering",
      "Limited scalability due to GIL bottleneck, but effective for CPU-bound tasks", "nodejs" },
    { "primary-frameworks", "Express.js, NestJS, Koa", "Django, Flask, FastAPI", NULL },
    { "package-management", "NPM (Node Package Manager)", "pip, conda", NULL },
    { "enterprise-adoption", "Netflix, LinkedIn, Uber, PayPal", "Google, Instagram, NASA, Spotify", NULL },
    { "runtime-environment", "JavaScript runtime built on Chrome’s V8 JavaScript engine",
      "Interpreted programming language runtime", NULL },
    { "latest-release", "Regular current release and LTS release cycles",
      "Major version releases with backward compatibility", NULL },
  };
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  GListModel *features = vs_dataset_get_features (dataset);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, i);
      VsSubject *advantage = vs_feature_get_advantage (feature);

      g_assert_cmpstr (vs_feature_get_id (feature), ==, rows[i].feature);
      g_assert_cmpstr (vs_feature_get_value (feature, 0), ==, rows[i].nodejs);
      g_assert_cmpstr (vs_feature_get_value (feature, 1), ==, rows[i].python);
      g_assert_cmpstr (advantage ? vs_subject_get_id (advantage) : NULL, ==, rows[i].advantage);
      g_assert_nonnull (vs_feature_get_category (feature));
      g_assert_nonnull (vs_feature_get_source (feature));
    }
}

/* The seed article has encoding damage (“Â”); none of it may reach the dataset. */
static void
test_builtin_clean_text (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (VS_DATASET_BUILTIN_PATH, 0, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_null (strstr (text, "Â"));
  g_assert_null (strstr (text, "\\u00c2"));
}

/* ------------------------------------------------------------------------ */
/* Valid datasets                                                           */
/* ------------------------------------------------------------------------ */

static void
test_valid_file (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = load_test_file ("valid", name, &error);

  g_assert_no_error (error);
  g_assert_true (VS_IS_DATASET (dataset));
  g_assert_cmpuint (vs_dataset_get_n_subjects (dataset), >=, 2);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static void
test_three_subjects (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = load_test_file ("valid", "three-subjects.json", &error);
  g_autoptr(VsFeature) feature = NULL;
  g_autoptr(VsUseCase) use_case = NULL;
  g_autoptr(VsCompany) company = NULL;
  g_autoptr(VsQuestion) question = NULL;
  double score;

  g_assert_no_error (error);
  g_assert_cmpuint (vs_dataset_get_n_subjects (dataset), ==, 3);
  g_assert_cmpuint (n_items (vs_dataset_get_features (dataset)), ==, 7);

  /* “concurrency”: fractional scores, and PostgreSQL leads. */
  feature = g_list_model_get_item (vs_dataset_get_features (dataset), 1);
  g_assert_cmpstr (vs_feature_get_id (feature), ==, "concurrency");
  for (guint s = 0; s < 3; s++)
    g_assert_nonnull (vs_feature_get_value (feature, s));
  g_assert_true (vs_feature_get_score (feature, 1, &score));
  g_assert_cmpfloat (score, ==, 4.25);
  g_assert_cmpstr (vs_subject_get_id (vs_feature_get_advantage (feature)), ==, "postgresql");
  g_assert_false (vs_feature_get_is_tie (feature));
  g_clear_object (&feature);

  /* “deployment” has no scores, “replication” is a tie. */
  feature = g_list_model_get_item (vs_dataset_get_features (dataset), 0);
  g_assert_false (vs_feature_get_score (feature, 0, NULL));
  g_assert_null (vs_feature_get_advantage (feature));
  g_clear_object (&feature);
  feature = g_list_model_get_item (vs_dataset_get_features (dataset), 5);
  g_assert_true (vs_feature_get_is_tie (feature));
  g_assert_null (vs_feature_get_advantage (feature));

  use_case = g_list_model_get_item (vs_dataset_get_use_cases (dataset), 0);
  g_assert_cmpuint (vs_use_case_get_recommended (use_case)->len, >=, 1);

  company = g_list_model_get_item (vs_dataset_get_companies (dataset), 0);
  g_assert_cmpuint (vs_company_get_subjects (company)->len, >=, 1);
  g_assert_nonnull (vs_company_get_sector (company));

  question = g_list_model_get_item (vs_dataset_get_questions (dataset), 0);
  g_assert_cmpuint (n_items (vs_question_get_choices (question)), >=, 2);
}

static void
test_thirty_two_subjects (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = load_test_file ("valid", "thirty-two-subjects.json", &error);
  g_autoptr(VsFeature) feature = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (vs_dataset_get_n_subjects (dataset), ==, 32);

  feature = g_list_model_get_item (vs_dataset_get_features (dataset), 0);
  for (guint s = 0; s < 32; s++)
    g_assert_nonnull (vs_feature_get_value (feature, s));
}

static void
test_warnings (void)
{
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "valid",
                                                          "warnings.txt", NULL);
  g_autofree char *expected = NULL;
  g_auto(GStrv) expected_paths = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = load_test_file ("valid", "warnings.json", &error);
  const char * const *warnings;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  expected_paths = g_strsplit (g_strstrip (expected), "\n", -1);

  warnings = vs_dataset_get_warnings (dataset);
  g_assert_cmpuint (g_strv_length ((char **)warnings), ==, g_strv_length (expected_paths));
  /* Two of them unknown members, which writing the dataset leaves out. */
  g_assert_cmpuint (vs_dataset_get_n_unknown_members (dataset), ==, 2);
  for (guint i = 0; expected_paths[i] != NULL; i++)
    {
      g_autofree char *prefix = g_strconcat (expected_paths[i], ": ", NULL);
      g_assert_true (g_str_has_prefix (warnings[i], prefix));
    }

  /* A missing value shows as “—”: the feature has none for that subject. */
  {
    g_autoptr(VsFeature) feature = g_list_model_get_item (vs_dataset_get_features (dataset), 0);
    VsSubject *python = vs_dataset_find_subject (dataset, "python");

    g_assert_null (vs_feature_get_value (feature, vs_subject_get_index (python)));
  }
}

/* Dataset text is kept as it is: no markup is interpreted, escapes are decoded. */
static void
test_unicode_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = load_test_file ("valid", "unicode.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (vs_dataset_get_title (dataset), "<b>bold</b>"));
  g_assert_nonnull (strstr (vs_dataset_get_title (dataset), "😀"));
  g_assert_nonnull (strstr (vs_dataset_get_title (dataset), "Café"));
}

/* ------------------------------------------------------------------------ */
/* Invalid datasets                                                         */
/* ------------------------------------------------------------------------ */

typedef struct
{
  char *file;
  char **codes;
  char *location;
} InvalidCase;

static void
invalid_case_free (gpointer data)
{
  InvalidCase *invalid = data;

  g_free (invalid->file);
  g_strfreev (invalid->codes);
  g_free (invalid->location);
  g_free (invalid);
}

static void
test_invalid_file (gconstpointer data)
{
  const InvalidCase *invalid = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = load_test_file ("invalid", invalid->file, &error);
  g_autofree char *prefix = NULL;
  gboolean code_matches = FALSE;

  g_assert_null (dataset);
  g_assert_error (error, VS_DATASET_ERROR, error->code);
  g_test_message ("%s: %s", invalid->file, error->message);

  for (guint i = 0; invalid->codes[i] != NULL; i++)
    code_matches |= (error->code == error_code_from_name (invalid->codes[i]));
  g_assert_true (code_matches);

  /* The message names the place, then says what is wrong, on one line. */
  prefix = g_strconcat (invalid->location, ": ", NULL);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_cmpuint (strlen (error->message), >, strlen (prefix));
  g_assert_null (strchr (error->message, '\n'));
}

static GPtrArray *
read_invalid_cases (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "invalid", "expected.tsv",
                                                 NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *cases = g_ptr_array_new_with_free_func (invalid_case_free);

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    g_error ("Cannot read %s", path);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      InvalidCase *invalid;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);

      invalid = g_new0 (InvalidCase, 1);
      invalid->file = g_strdup (fields[0]);
      invalid->codes = g_strsplit (fields[1], "|", -1);
      invalid->location = g_strdup (fields[2]);
      g_ptr_array_add (cases, invalid);
    }

  return cases;
}

static void
test_too_large (void)
{
  gsize size = VS_DATASET_MAX_SIZE + 1;
  g_autofree char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;

  memset (data, ' ', size);
  bytes = g_bytes_new_static (data, size);
  dataset = vs_dataset_loader_load_bytes (bytes, &error);

  g_assert_null (dataset);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "the file is larger than 64 MiB");
}

/* The limits that keep memory bounded (docs/dataset-format.md, “Limits”).
 * Each case is refused with its line and column before json-glib sees it.
 */

#define LIMITS_HEAD "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"l\", " \
                    "\"title\": \"L\", \"subjects\": [{\"id\": \"a\", \"name\": \"A\"}, " \
                    "{\"id\": \"b\", \"name\": \"B\"}]"

static void
assert_refused (const char *text,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = load_string (text, &error);

  g_assert_null (dataset);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, message);
}

/* Elements of @member: @n times @element, each with its index in place of “%u”. */
static char *
make_items (const char *member,
            guint       n,
            const char *element)
{
  GString *text = g_string_new (LIMITS_HEAD);
  const char *index = strstr (element, "%u");

  if (!g_str_equal (member, "features"))
    g_string_append (text, ", \"features\": [{\"id\": \"f\", \"name\": \"F\", \"values\": {}}]");
  g_string_append_printf (text, ", \"%s\": [", member);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ',');
      g_string_append_len (text, element, index - element);
      g_string_append_printf (text, "%u", i);
      g_string_append (text, index + 2);
    }
  g_string_append (text, "]}");

  return g_string_free (text, FALSE);
}

static void
test_limit_unknown_member (void)
{
  g_autofree char *big = g_strnfill (VS_DATASET_MAX_UNKNOWN_SIZE - 2, 'x');
  g_autofree char *fits = g_strdup_printf (LIMITS_HEAD ", \"features\": [{\"id\": \"f\", "
                                           "\"name\": \"F\", \"values\": {}}], \"x\": \"%s\"}",
                                           big);
  g_autofree char *over = g_strdup_printf (LIMITS_HEAD ", \"x\": \"%sx\", \"features\": []}", big);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;

  /* 64 KiB with its quotes: read, and the member warned about. */
  dataset = load_string (fits, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vs_dataset_get_warnings (dataset)[0], ==, "$.x: unknown member, ignored");

  assert_refused (over, "1:138: the unknown member “x” holds more than 64 KiB");
}

static void
test_limit_members (void)
{
  g_autoptr(GString) text = g_string_new (LIMITS_HEAD ", \"features\": [{\"id\": \"f\", "
                                          "\"name\": \"F\", \"values\": {}, \"x\": {");

  for (guint i = 0; i < VS_DATASET_MAX_MEMBERS + 1; i++)
    g_string_append_printf (text, "%s\"k%u\": 0", i > 0 ? ", " : "", i);
  g_string_append (text, "}}]}");

  assert_refused (text->str, "1:826: this object has more than 64 members");
}

static void
test_limit_items (void)
{
  static const struct {
    const char *member;
    guint limit;
    const char *element;
    const char *message;
  } cases[] = {
    { "features", VS_DATASET_MAX_FEATURES, "{\"id\": \"f%u\", \"name\": \"F\", \"values\": {}}",
      "1:8889041: “features” has more than 200000 elements" },
    { "use_cases", VS_DATASET_MAX_USE_CASES, "{\"id\": \"u%u\", \"name\": \"U\", "
      "\"recommended\": [\"a\"]}", "1:509096: “use_cases” has more than 10000 elements" },
    { "companies", VS_DATASET_MAX_COMPANIES, "{\"name\": \"C%u\", \"subjects\": [\"a\"]}",
      "1:369096: “companies” has more than 10000 elements" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *over = make_items (cases[i].member, cases[i].limit + 1, cases[i].element);

      g_test_message ("%s", cases[i].member);
      assert_refused (over, cases[i].message);

      /* At the limit, they load (bench/hostile loads 200,000 features: too slow under valgrind). */
      if (cases[i].limit <= VS_DATASET_MAX_USE_CASES)
        {
          g_autofree char *at_limit = make_items (cases[i].member, cases[i].limit,
                                                  cases[i].element);
          g_autoptr(GError) error = NULL;
          g_autoptr(VsDataset) dataset = load_string (at_limit, &error);

          g_assert_no_error (error);
        }
    }
}

static void
test_limit_values (void)
{
  g_autoptr(GString) zeros = g_string_new (NULL);
  g_autofree char *item = NULL;
  g_autofree char *head = NULL;
  g_autofree char *total = NULL;
  g_autofree char *element = NULL;

  /* A feature is itself a value, its id, name and values three more. */
  for (guint i = 0; i < VS_DATASET_MAX_ITEM_VALUES - 5; i++)
    g_string_append (zeros, i > 0 ? ",0" : "0");
  item = g_strdup_printf (LIMITS_HEAD ", \"features\": [{\"id\": \"f\", \"name\": \"F\", "
                          "\"values\": {}, \"x\": [%s,0]}]}", zeros->str);
  assert_refused (item, "1:151: this element of “features” holds more than 10000 values");

  g_string_truncate (zeros, 0);
  for (guint i = 0; i < VS_DATASET_MAX_HEAD_VALUES; i++)
    g_string_append (zeros, i > 0 ? ",0" : "0");
  head = g_strdup_printf (LIMITS_HEAD ", \"verdict\": {\"questions\": [%s]}, \"features\": []}",
                          zeros->str);
  assert_refused (head, "1:200136: the file holds more than 100000 values outside “features”, "
                        "“use_cases” and “companies”");

  /* Features of 10,000 values each, up to the limit of the whole file. */
  g_string_truncate (zeros, 0);
  for (guint i = 0; i < VS_DATASET_MAX_ITEM_VALUES - 5; i++)
    g_string_append (zeros, i > 0 ? ",0" : "0");
  element = g_strconcat ("{\"id\": \"f%u\", \"name\": \"F\", \"values\": {}, \"x\": [",
                         zeros->str, "]}", NULL);
  total = make_items ("features", VS_DATASET_MAX_VALUES / VS_DATASET_MAX_ITEM_VALUES + 1,
                      element);
  assert_refused (total, "1:6012013: the file holds more than 3000000 values");
}

/* A root that is not an object is refused as before, whatever it holds. */
static void
test_limit_root (void)
{
  g_autoptr(GString) text = g_string_new ("[");
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;

  for (guint i = 0; i < VS_DATASET_MAX_HEAD_VALUES + 1; i++)
    g_string_append (text, i > 0 ? ",{}" : "{}");
  g_string_append (text, "]");

  dataset = load_string (text->str, &error);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "$: this is not a Versus comparison: the file holds an array, not an object");
}

/* json-glib 1.6 overflows the stack on deep input: the loader must refuse it first. */
static void
test_deep_nesting (void)
{
  const guint depth = 100000;
  g_autoptr(GString) text = g_string_sized_new (2 * depth);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');

  dataset = load_string (text->str, &error);
  g_assert_null (dataset);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "1:65: arrays and objects nest deeper than 64 levels");
}

static void
test_syntax_messages (void)
{
  static const struct {
    const char *text;
    int code;
    const char *message;
  } cases[] = {
    { "", VS_DATASET_ERROR_SYNTAX, "1:1: the file is empty" },
    { "{\n  \"a\": 1,\n}", VS_DATASET_ERROR_SYNTAX, "3:1: unexpected character “}”" },
    { "[1] [2]", VS_DATASET_ERROR_SYNTAX, "1:5: unexpected text after the end of the JSON value" },
    { "[\"é\", é]", VS_DATASET_ERROR_SYNTAX, "1:7: unexpected character “é”" },
    { "[1e999]", VS_DATASET_ERROR_NUMBER, "1:2: the number is too large to be represented" },
    { "[\"a\\u0000\"]", VS_DATASET_ERROR_ENCODING,
      "1:4: the escape \\u0000 (a NUL character) is not allowed in text" },
    { "[\"\xff\"]", VS_DATASET_ERROR_ENCODING, "1:3: the file is not valid UTF-8 text" },
    { "[\"unterminated", VS_DATASET_ERROR_SYNTAX, "1:15: unexpected end of file inside a string" },
    { "[01]", VS_DATASET_ERROR_SYNTAX, "1:3: unexpected character “1”" },
    { "{'a': 1}", VS_DATASET_ERROR_SYNTAX, "1:2: unexpected character “'”" },
    { "[1] // comment", VS_DATASET_ERROR_SYNTAX, "1:5: unexpected text after the end of the JSON value" },
    { "[1,]", VS_DATASET_ERROR_SYNTAX, "1:4: unexpected character “]”" },
    { "{\"a\": 1, \"b\": {\"a\": 2, \"b\": 3},\n \"a\": 4}", VS_DATASET_ERROR_DUPLICATE,
      "2:2: the member “a” appears twice in this object" },
    { "[{\"é\": 1, \"\\u00e9\": 2}]", VS_DATASET_ERROR_DUPLICATE,
      "1:11: the member “é” appears twice in this object" },
    { "{\"\\ud83d\\ude00\\n\": 1, \"😀\\u000a\": 2}", VS_DATASET_ERROR_DUPLICATE,
      "1:23: the member “😀\\n” appears twice in this object" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VsDataset) dataset = load_string (cases[i].text, &error);

      g_assert_null (dataset);
      g_assert_error (error, VS_DATASET_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* A NUL byte ends a C string, so it is tested apart, with its length. */
static void
test_nul_byte (void)
{
  static const char text[] = "{\"a\": \"x\0y\"}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_bytes (bytes, &error);

  g_assert_null (dataset);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==, "1:9: the file contains a NUL character");
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = load_test_file ("valid", "does-not-exist.json", &error);

  g_assert_null (dataset);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "no such file");
}

static void
test_directory (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_file (file, NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "this is a folder, not a dataset file");
}

static void
test_error_format (void)
{
  g_autoptr(GError) syntax = g_error_new_literal (VS_DATASET_ERROR, VS_DATASET_ERROR_SYNTAX,
                                                  "3:14: unexpected character “}”");
  g_autoptr(GError) rule = g_error_new_literal (VS_DATASET_ERROR, VS_DATASET_ERROR_REFERENCE,
                                                "$.features[3].values.ruby: there is no subject");
  g_autoptr(GError) io = g_error_new_literal (VS_DATASET_ERROR, VS_DATASET_ERROR_IO,
                                              "no such file");
  g_autofree char *syntax_message = vs_dataset_error_format ("a.json", syntax);
  g_autofree char *rule_message = vs_dataset_error_format ("a.json", rule);
  g_autofree char *io_message = vs_dataset_error_format ("a.json", io);

  g_assert_cmpstr (syntax_message, ==, "a.json:3:14: unexpected character “}”");
  g_assert_cmpstr (rule_message, ==, "a.json: $.features[3].values.ruby: there is no subject");
  g_assert_cmpstr (io_message, ==, "a.json: no such file");
}

/* ------------------------------------------------------------------------ */
/* Validating: every error and warning                                      */
/* ------------------------------------------------------------------------ */

static GPtrArray *
validate_test_file (const char  *folder,
                    const char  *name,
                    VsDataset  **dataset)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return vs_dataset_validate_file (file, NULL, dataset);
}

static GPtrArray *
validate_string (const char  *text,
                 VsDataset  **dataset)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return vs_dataset_validate_bytes (bytes, dataset);
}

/* The issue's case: rule errors, a misspelt member and a misspelt id, all
 * in one run, each with its line, column and path, in the order they are
 * found; loading still stops at the first.
 */
static void
test_validate_several (void)
{
  static const struct
  {
    VsDiagnosticKind kind;
    VsDatasetError code;
    guint line, column;
    const char *path;
    const char *message;
    const char *suggestion;
  } expected[] = {
    { VS_DIAGNOSTIC_WARNING, 0, 6, 3, "$.use-cases", "unknown member, ignored", "use_cases" },
    { VS_DIAGNOSTIC_ERROR, VS_DATASET_ERROR_VALUE, 8, 49, "$.subjects[0].color",
      "“red” is not a colour in the form #rrggbb", NULL },
    { VS_DIAGNOSTIC_ERROR, VS_DATASET_ERROR_VALUE, 9, 39, "$.subjects[1].homepage",
      "“ftp://mysql.example” is not an http or https URL", NULL },
    { VS_DIAGNOSTIC_ERROR, VS_DATASET_ERROR_REFERENCE, 12, 49, "$.features[0].values.postgres",
      "there is no subject “postgres” in this dataset", "postgresql" },
    { VS_DIAGNOSTIC_ERROR, VS_DATASET_ERROR_DUPLICATE, 13, 7, "$.features[1].id",
      "the id “json” is already used by $.features[0]", NULL },
    { VS_DIAGNOSTIC_ERROR, VS_DATASET_ERROR_VALUE, 14, 7, "$.features[2].id",
      "“Bad_Id” is not a valid id (use lowercase letters, digits and “-”, "
      "starting with a letter or digit)", NULL },
    { VS_DIAGNOSTIC_ERROR, VS_DATASET_ERROR_VALUE, 14, 23, "$.features[2].name",
      "must not be empty", NULL },
    { VS_DIAGNOSTIC_ERROR, VS_DATASET_ERROR_VALUE, 14, 47, "$.features[2].scores.mysql",
      "9 is out of range (0 to 5)", NULL },
    { VS_DIAGNOSTIC_ERROR, VS_DATASET_ERROR_REFERENCE, 18, 36, "$.companies[0].subjects[0]",
      "there is no subject “postgress” in this dataset", "postgresql" },
  };
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(GPtrArray) diagnostics = validate_test_file ("validate", "several-errors.json",
                                                         &dataset);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) loaded = load_test_file ("validate", "several-errors.json", &error);
  g_autofree char *first = NULL;
  g_autofree char *formatted = NULL;

  g_assert_null (dataset);
  g_assert_cmpuint (diagnostics->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < diagnostics->len; i++)
    {
      const VsDiagnostic *diagnostic = g_ptr_array_index (diagnostics, i);

      g_test_message ("%u:%u: %s: %s", diagnostic->line, diagnostic->column, diagnostic->path,
                      diagnostic->message);
      g_assert_cmpint (diagnostic->kind, ==, expected[i].kind);
      if (diagnostic->kind == VS_DIAGNOSTIC_ERROR)
        g_assert_cmpint (diagnostic->code, ==, expected[i].code);
      g_assert_cmpuint (diagnostic->line, ==, expected[i].line);
      g_assert_cmpuint (diagnostic->column, ==, expected[i].column);
      g_assert_cmpstr (diagnostic->path, ==, expected[i].path);
      g_assert_cmpstr (diagnostic->message, ==, expected[i].message);
      g_assert_cmpstr (diagnostic->suggestion, ==, expected[i].suggestion);
    }

  formatted = vs_diagnostic_format (g_ptr_array_index (diagnostics, 0), "a.json");
  g_assert_cmpstr (formatted, ==, "a.json:6:3: $.use-cases: unknown member, ignored "
                                  "(did you mean “use_cases”?)");

  /* Loading stops at the first error, which is the first one listed. */
  g_assert_null (loaded);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_VALUE);
  first = g_strdup_printf ("%s: %s", expected[1].path, expected[1].message);
  g_assert_cmpstr (error->message, ==, first);
}

/* The diagnostics, one a line, as `--validate` shows them. */
static char *
describe_diagnostics (GPtrArray *diagnostics)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = vs_diagnostic_format (g_ptr_array_index (diagnostics, i), "f");

      g_string_append_printf (text, "%s\n", line);
    }

  return g_string_free (text, FALSE);
}

/* Past 50 errors, the rest are counted (also when read in halves). */
static void
test_validate_limit (void)
{
  g_autoptr(GString) features = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GPtrArray) halves = NULL;
  g_autofree char *in_order = NULL;
  g_autofree char *in_halves = NULL;
  const VsDiagnostic *last;

  for (guint i = 0; i < 60; i++)
    g_string_append_printf (features, "%s{\"id\": \"f%u\", \"name\": \"F\", "
                            "\"values\": {\"a\": \"x\", \"b\": \"y\"}, \"scores\": {\"a\": 7}}",
                            i > 0 ? ", " : "", i);
  text = g_strdup_printf ("{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"d\", "
                          "\"title\": \"T\", \"subjects\": [{\"id\": \"a\", \"name\": \"A\"}, "
                          "{\"id\": \"b\", \"name\": \"B\"}], \"features\": [%s]}",
                          features->str);
  diagnostics = validate_string (text, NULL);

  g_assert_cmpuint (diagnostics->len, ==, 51);
  for (guint i = 0; i < 50; i++)
    {
      const VsDiagnostic *diagnostic = g_ptr_array_index (diagnostics, i);
      g_autofree char *path = g_strdup_printf ("$.features[%u].scores.a", i);

      g_assert_cmpint (diagnostic->kind, ==, VS_DIAGNOSTIC_ERROR);
      g_assert_cmpstr (diagnostic->path, ==, path);
      g_assert_cmpstr (diagnostic->message, ==, "7 is out of range (0 to 5)");
      g_assert_cmpuint (diagnostic->line, ==, 1);
    }

  last = g_ptr_array_index (diagnostics, 50);
  g_assert_cmpint (last->kind, ==, VS_DIAGNOSTIC_ERROR);
  g_assert_cmpuint (last->line, ==, 0);
  g_assert_null (last->path);
  g_assert_cmpstr (last->message, ==, "… and 10 more errors");

  /* The same in two halves, each with errors past the limit. */
  in_order = describe_diagnostics (diagnostics);
  vs_dataset_loader_set_split_limit (2);
  halves = validate_string (text, NULL);
  vs_dataset_loader_set_split_limit (G_MAXUINT);
  in_halves = describe_diagnostics (halves);
  g_assert_cmpstr (in_halves, ==, in_order);
}

/* JSON that cannot be read has one error: the first, and says so. */
static void
test_validate_syntax (void)
{
  g_autoptr(GPtrArray) diagnostics = validate_string ("{\n  \"format\": \"versus/comparison\",\n"
                                                      "  \"version\": 1,,\n}", NULL);
  const VsDiagnostic *diagnostic;

  g_assert_cmpuint (diagnostics->len, ==, 1);
  diagnostic = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpint (diagnostic->kind, ==, VS_DIAGNOSTIC_ERROR);
  g_assert_cmpint (diagnostic->code, ==, VS_DATASET_ERROR_SYNTAX);
  g_assert_cmpuint (diagnostic->line, ==, 3);
  g_assert_cmpuint (diagnostic->column, ==, 16);
  g_assert_null (diagnostic->path);
  g_assert_true (g_str_has_suffix (diagnostic->message, "; nothing after it can be checked"));
}

/* A valid file: its dataset, and its warnings with their places. */
static void
test_validate_valid (void)
{
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(GPtrArray) diagnostics = validate_test_file ("valid", "warnings.json", &dataset);

  g_assert_true (VS_IS_DATASET (dataset));
  g_assert_cmpuint (diagnostics->len, ==, vs_dataset_get_n_warnings (dataset));
  for (guint i = 0; i < diagnostics->len; i++)
    {
      const VsDiagnostic *diagnostic = g_ptr_array_index (diagnostics, i);

      g_assert_cmpint (diagnostic->kind, ==, VS_DIAGNOSTIC_WARNING);
      g_assert_cmpuint (diagnostic->line, >, 0);
      g_assert_true (g_str_has_prefix (diagnostic->path, "$"));
    }
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* A large file is validated in two halves at once, as it is loaded: the
 * list is the one that reading in order gives, ids used in both halves too.
 */
static void
test_validate_halves (void)
{
  g_autoptr(GString) features = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *in_order = NULL;
  g_autofree char *in_halves = NULL;
  g_autofree char *several_in_order = NULL;
  g_autofree char *several_in_halves = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;

  /* Ids used again in the second half, errors and warnings in both. */
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (features, "%s\n{\"id\": \"f%u\", \"name\": \"F\", %s"
                            "\"values\": {\"a\": \"x\"%s}}",
                            i > 0 ? "," : "", i % 13 == 12 ? i - 12 : i,
                            i % 7 == 3 ? "\"scores\": {\"a\": 6}, " : "",
                            i % 5 == 0 ? "" : ", \"b\": \"y\"");
  text = g_strdup_printf ("{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"d\", "
                          "\"title\": \"T\", \"subjects\": [{\"id\": \"a\", \"name\": \"A\"}, "
                          "{\"id\": \"b\", \"name\": \"B\"}], \"features\": [%s]}",
                          features->str);

  diagnostics = validate_string (text, NULL);
  in_order = describe_diagnostics (diagnostics);
  g_clear_pointer (&diagnostics, g_ptr_array_unref);
  diagnostics = validate_test_file ("validate", "several-errors.json", NULL);
  several_in_order = describe_diagnostics (diagnostics);
  g_clear_pointer (&diagnostics, g_ptr_array_unref);

  vs_dataset_loader_set_split_limit (2);
  vs_dataset_loader_set_chunk_size (1);
  diagnostics = validate_string (text, NULL);
  in_halves = describe_diagnostics (diagnostics);
  g_clear_pointer (&diagnostics, g_ptr_array_unref);
  diagnostics = validate_test_file ("validate", "several-errors.json", NULL);
  several_in_halves = describe_diagnostics (diagnostics);
  vs_dataset_loader_set_split_limit (G_MAXUINT);
  vs_dataset_loader_set_chunk_size (64 * 1024);

  g_test_message ("%s", in_order);
  /* “f13” is in the first half, then in the second. */
  g_assert_nonnull (strstr (in_order, "f:27:2: $.features[25].id: the id “f13” is already used by "
                                      "$.features[13]\n"));
  g_assert_cmpstr (in_halves, ==, in_order);
  g_assert_cmpstr (several_in_halves, ==, several_in_order);
}

/* A file that cannot be read: one error, without a place. */
static void
test_validate_missing (void)
{
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(GPtrArray) diagnostics = validate_test_file ("validate", "missing.json", &dataset);
  const VsDiagnostic *diagnostic;

  g_assert_null (dataset);
  g_assert_cmpuint (diagnostics->len, ==, 1);
  diagnostic = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpint (diagnostic->code, ==, VS_DATASET_ERROR_IO);
  g_assert_cmpuint (diagnostic->line, ==, 0);
  g_assert_cmpstr (diagnostic->message, ==, "no such file");
}


/* ------------------------------------------------------------------------ */
/* Hostile input                                                            */
/* ------------------------------------------------------------------------ */

/* Random bytes, seeded so that a failure can be replayed. */
static void
test_binary_noise (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261126);

  for (guint round = 0; round < 200; round++)
    {
      gsize length = g_rand_int_range (rand, 1, 4096);
      g_autofree guchar *data = g_malloc (length);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(VsDataset) dataset = NULL;

      for (gsize i = 0; i < length; i++)
        data[i] = g_rand_int_range (rand, 0, 256);

      bytes = g_bytes_new_static (data, length);
      dataset = vs_dataset_loader_load_bytes (bytes, &error);
      g_assert_null (dataset);
      g_assert_error (error, VS_DATASET_ERROR, error->code);
      g_assert_null (strchr (error->message, '\n'));
    }
}

/* The built-in dataset cut short anywhere is refused as a syntax error. */
static void
test_truncated (void)
{
  g_autoptr(GBytes) builtin = g_resources_lookup_data (VS_DATASET_BUILTIN_PATH, 0, NULL);
  gsize length = g_bytes_get_size (builtin);

  for (gsize cut = 0; cut < length; cut += 97)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_from_bytes (builtin, 0, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(VsDataset) dataset = vs_dataset_loader_load_bytes (bytes, &error);

      g_assert_null (dataset);
      g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_SYNTAX);
    }
}

/* A 1 MB string is text like any other: it loads, and nothing is cut. */
static void
test_long_string (void)
{
  const gsize size = 1024 * 1024;
  g_autofree char *description = g_malloc (size + 1);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;

  memset (description, 'x', size);
  description[size] = '\0';
  text = g_strdup_printf ("{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"long\", "
                          "\"title\": \"Long\", \"description\": \"%s\", "
                          "\"subjects\": [{\"id\": \"a\", \"name\": \"A\"}, "
                          "{\"id\": \"b\", \"name\": \"B\"}], "
                          "\"features\": [{\"id\": \"f\", \"name\": \"F\", "
                          "\"values\": {\"a\": \"1\", \"b\": \"2\"}}]}",
                          description);

  dataset = load_string (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (vs_dataset_get_description (dataset)), ==, size);
}

/* A key of 1 MB is quoted in 80 characters, on one line: in a warning's
 * path, in a rule's message, in a syntax error.
 */
static void
test_long_key (void)
{
  g_autofree char *key = g_strnfill (1024 * 1024, 'k');
  g_autofree char *cut = g_strnfill (80, 'k');
  g_autofree char *unknown = g_strdup_printf (", \"%s\\n\": 1", key);
  g_autofree char *json = make_dataset_with_members (unknown);
  g_autofree char *twice = g_strdup_printf ("{\"%s\": 1, \"%s\": 2}", key, key);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;
  const char * const *warnings;

  dataset = load_string (json, &error);
  g_assert_no_error (error);
  warnings = vs_dataset_get_warnings (dataset);
  g_assert_cmpuint (g_strv_length ((char **)warnings), ==, 1);
  expected = g_strdup_printf ("$[\"%s…\"]: unknown member, ignored", cut);
  g_assert_cmpstr (warnings[0], ==, expected);
  g_clear_object (&dataset);
  g_clear_pointer (&expected, g_free);

  dataset = load_string (twice, &error);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_DUPLICATE);
  expected = g_strdup_printf ("1:1048585: the member “%s…” appears twice in this object", cut);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Warnings are kept to a hundred, and the rest counted, so that memory stays
 * bounded whatever the file.
 */
static void
test_many_warnings (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"versus/comparison\", \"version\": 1, "
                                          "\"id\": \"w\", \"title\": \"W\", \"subjects\": "
                                          "[{\"id\": \"a\", \"name\": \"A\"}, "
                                          "{\"id\": \"b\", \"name\": \"B\"}], \"features\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;
  const char * const *warnings;

  for (guint i = 0; i < 150; i++)
    g_string_append_printf (text, "%s{\"id\": \"f%u\", \"name\": \"F\", \"values\": {\"a\": \"x\"}}",
                            i > 0 ? ", " : "", i);
  g_string_append (text, "]}");

  dataset = load_string (text->str, &error);
  g_assert_no_error (error);

  warnings = vs_dataset_get_warnings (dataset);
  g_assert_cmpuint (g_strv_length ((char **)warnings), ==, 101);
  g_assert_true (g_str_has_prefix (warnings[0], "$.features[0].values.b: "));
  g_assert_cmpstr (warnings[100], ==, "$: and 50 more warnings");
}

/* A file just over the limit is refused before it is read whole. */
static void
test_file_too_large (void)
{
  g_autofree char *folder = g_dir_make_tmp ("versus-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "large.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;
  FILE *stream = fopen (path, "w");

  /* A sparse file: the size is there without writing 64 MiB. */
  g_assert_nonnull (stream);
  g_assert_cmpint (fseek (stream, VS_DATASET_MAX_SIZE, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc (' ', stream), ==, ' ');
  fclose (stream);

  dataset = vs_dataset_loader_load_file (file, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_TOO_LARGE);

  g_unlink (path);
  g_rmdir (folder);
}

/* A named pipe would make the read wait for a writer, forever: it is
 * refused before it is opened, also through a symbolic link, and so is a
 * device, whose reads may never end.
 */
static void
test_named_pipe (void)
{
  g_autofree char *folder = g_dir_make_tmp ("versus-test-XXXXXX", NULL);
  g_autofree char *pipe = g_build_filename (folder, "pipe", NULL);
  g_autofree char *link = g_build_filename (folder, "link.json", NULL);
  const char * const paths[] = { pipe, link };

  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
  g_assert_cmpint (symlink (pipe, link), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(VsDataset) dataset = vs_dataset_loader_load_file (file, NULL, &error);

      g_assert_null (dataset);
      g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_IO);
      g_assert_cmpstr (error->message, ==, "this is not a regular file (a named pipe)");
    }

  if (g_file_test ("/dev/null", G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) file = g_file_new_for_path ("/dev/null");
      g_autoptr(GError) error = NULL;
      g_autoptr(VsDataset) dataset = vs_dataset_loader_load_file (file, NULL, &error);

      g_assert_null (dataset);
      g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_IO);
      g_assert_cmpstr (error->message, ==, "this is not a regular file (a character device)");
    }

  g_assert_cmpint (g_unlink (link), ==, 0);
  g_assert_cmpint (g_unlink (pipe), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* ------------------------------------------------------------------------ */
/* Asynchronous loading                                                     */
/* ------------------------------------------------------------------------ */

static void
load_async_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **result_out = user_data;

  *result_out = g_object_ref (result);
}

static VsDataset *
load_async (const char  *folder,
            const char  *name,
            GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  vs_dataset_loader_load_file_async (file, NULL, load_async_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return vs_dataset_loader_load_file_finish (result, error);
}

static void
test_async (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = load_async ("valid", "three-subjects.json", &error);
  g_autoptr(VsDataset) broken = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (vs_dataset_get_n_subjects (dataset), ==, 3);

  broken = load_async ("invalid", "thirty-three-subjects.json", &error);
  g_assert_null (broken);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_VALUE);
}

/* In the worker thread too: the window's spinner would turn forever. */
static void
test_async_named_pipe (void)
{
  g_autofree char *folder = g_dir_make_tmp ("versus-test-XXXXXX", NULL);
  g_autofree char *pipe = g_build_filename (folder, "pipe", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pipe);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;

  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);

  vs_dataset_loader_load_file_async (file, NULL, load_async_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  dataset = vs_dataset_loader_load_file_finish (result, &error);
  g_assert_null (dataset);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "this is not a regular file (a named pipe)");

  g_assert_cmpint (g_unlink (pipe), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static void
test_async_cancelled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;

  g_cancellable_cancel (cancellable);
  vs_dataset_loader_load_file_async (file, cancellable, load_async_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  dataset = vs_dataset_loader_load_file_finish (result, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* ------------------------------------------------------------------------ */
/* Large datasets                                                           */
/* ------------------------------------------------------------------------ */

#define LARGE_N_FEATURES 10000

typedef struct
{
  /* The feature at @duplicate takes the id of the one at @original. */
  guint duplicate;
  guint original;
  /* The feature at @bad_reference names a category that does not exist. */
  guint bad_reference;
} LargeFlaws;

/* Every 1000th feature lacks the second subject's value (a warning). */
static char *
make_large_json (const LargeFlaws *flaws)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"versus/comparison\", \"version\": 1,"
                                          " \"id\": \"large\", \"title\": \"Large\","
                                          " \"subjects\": [{\"id\": \"a\", \"name\": \"A\"},"
                                          "  {\"id\": \"b\", \"name\": \"B\"}],"
                                          " \"categories\": [{\"id\": \"c\", \"name\": \"C\"}],"
                                          " \"features\": [");

  for (guint i = 0; i < LARGE_N_FEATURES; i++)
    {
      guint id = (flaws != NULL && i == flaws->duplicate) ? flaws->original : i;
      const char *category = (flaws != NULL && i == flaws->bad_reference) ? "nope" : "c";

      g_string_append_printf (json, "%s{\"id\": \"f-%u\", \"name\": \"Feature %u\","
                              " \"category\": \"%s\", \"values\": {\"a\": \"x%u\"%s},"
                              " \"scores\": {\"a\": %u}}",
                              i ? ", " : "", id, i, category, i,
                              i % 1000 == 999 ? "" : ", \"b\": \"y\"", i % 6);
    }
  g_string_append (json, "]}");

  return g_string_free (g_steal_pointer (&json), FALSE);
}

static void
test_large_features (void)
{
  g_autofree char *json = make_large_json (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = load_string (json, &error);
  const char * const *warnings;
  guint n_warnings;

  g_assert_no_error (error);
  g_assert_cmpuint (vs_dataset_get_n_features (dataset), ==, LARGE_N_FEATURES);

  /* In order, with their positions. */
  for (guint i = 0; i < LARGE_N_FEATURES; i += 997)
    {
      VsFeature *feature = vs_dataset_get_feature (dataset, i);
      g_autofree char *id = g_strdup_printf ("f-%u", i);
      g_autofree char *value = g_strdup_printf ("x%u", i);

      g_assert_cmpstr (vs_feature_get_id (feature), ==, id);
      g_assert_cmpstr (vs_feature_get_value (feature, 0), ==, value);
      g_assert_cmpuint (vs_feature_get_index (feature), ==, i);
    }

  /* The warnings in the order of the file. */
  warnings = vs_dataset_get_warnings (dataset);
  n_warnings = g_strv_length ((char **)warnings);
  g_assert_cmpuint (n_warnings, ==, LARGE_N_FEATURES / 1000);
  for (guint i = 0; i < n_warnings; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("$.features[%u].values.b: ", i * 1000 + 999);

      g_assert_true (g_str_has_prefix (warnings[i], prefix));
    }
}

static void
assert_large_error (const LargeFlaws *flaws,
                    int               code,
                    const char       *message)
{
  g_autofree char *json = make_large_json (flaws);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = load_string (json, &error);

  g_assert_null (dataset);
  g_assert_error (error, VS_DATASET_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* The first problem in the file is reported, whatever comes after it. */
static void
test_large_errors (void)
{
  /* Duplicates, near and far. */
  assert_large_error (&(LargeFlaws) { 20, 10, G_MAXUINT }, VS_DATASET_ERROR_DUPLICATE,
                      "$.features[20].id: the id “f-10” is already used by $.features[10]");
  assert_large_error (&(LargeFlaws) { 9000, 8000, G_MAXUINT }, VS_DATASET_ERROR_DUPLICATE,
                      "$.features[9000].id: the id “f-8000” is already used by $.features[8000]");
  assert_large_error (&(LargeFlaws) { 9000, 10, G_MAXUINT }, VS_DATASET_ERROR_DUPLICATE,
                      "$.features[9000].id: the id “f-10” is already used by $.features[10]");

  /* The first problem comes first… */
  assert_large_error (&(LargeFlaws) { 9000, 10, 100 }, VS_DATASET_ERROR_REFERENCE,
                      "$.features[100].category: there is no category “nope” in this dataset");

  /* …whichever kind it is. */
  assert_large_error (&(LargeFlaws) { 9000, 10, 7000 }, VS_DATASET_ERROR_REFERENCE,
                      "$.features[7000].category: there is no category “nope” in this dataset");
  assert_large_error (&(LargeFlaws) { 6000, 10, 7000 }, VS_DATASET_ERROR_DUPLICATE,
                      "$.features[6000].id: the id “f-10” is already used by $.features[10]");
}

/* ------------------------------------------------------------------------ */
/* Hash flooding                                                            */
/* ------------------------------------------------------------------------ */

/* The @i-th of the 2^@n_pairs strings of @n_pairs pairs, each @pairs[0] or
 * @pairs[1] as the bits of @i say. When the two pairs hash alike in
 * g_str_hash() (djb2: h = h × 33 + c), so do all the strings: their hashes
 * differ only by the pairs, and each pair adds the same to them.
 */
static char *
make_colliding_string (const char * const pairs[2],
                       guint              n_pairs,
                       guint              i)
{
  GString *string = g_string_sized_new (2 * n_pairs);

  for (guint bit = n_pairs; bit-- > 0;)
    g_string_append (string, pairs[(i >> bit) & 1]);

  return g_string_free (string, FALSE);
}

/* Ids use lowercase letters, digits and “-”: 'a' × 33 + 'r' = 'c' × 33 + '0'. */
static const char * const colliding_id_pairs[2] = { "ar", "c0" };

/* Any member name: 'A' × 33 + 'a' = 'B' × 33 + '@'. */
static const char * const colliding_key_pairs[2] = { "Aa", "B@" };

/* The strings that the tests below use all hash alike in g_str_hash(). */
static void
test_colliding_strings (void)
{
  const char * const *pair_sets[] = { colliding_id_pairs, colliding_key_pairs };

  for (guint set = 0; set < G_N_ELEMENTS (pair_sets); set++)
    {
      g_autofree char *first = make_colliding_string (pair_sets[set], 16, 0);

      for (guint i = 1; i < 1 << 16; i += 4099)
        {
          g_autofree char *other = make_colliding_string (pair_sets[set], 16, i);

          g_assert_cmpstr (other, !=, first);
          g_assert_cmpuint (g_str_hash (other), ==, g_str_hash (first));
        }
    }
}

/* The ids' hash spreads what g_str_hash() puts in one place. */
static void
test_hash_spread (void)
{
  const guint n_strings = 1 << 16;
  g_autoptr(GHashTable) hashes = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n_strings; i++)
    {
      g_autofree char *id = make_colliding_string (colliding_id_pairs, 16, i);

      g_hash_table_add (hashes, GUINT_TO_POINTER (vs_str_hash (id)));
    }

  /* 2^16 random 32-bit hashes share one value about once in two. */
  g_assert_cmpuint (g_hash_table_size (hashes), >=, n_strings - 8);
}

/* 131,072 feature ids that collide in g_str_hash() (10 MB) took minutes to
 * load, every id compared with all those before it: far beyond the test's
 * time limit. They load in seconds, in order.
 */
static void
test_colliding_ids (void)
{
  const guint n_pairs = 17;
  const guint n_features = 1 << n_pairs;
  g_autoptr(GString) json = g_string_new ("{\"format\": \"versus/comparison\", \"version\": 1,"
                                          " \"id\": \"flood\", \"title\": \"Flood\","
                                          " \"subjects\": [{\"id\": \"a\", \"name\": \"A\"},"
                                          " {\"id\": \"b\", \"name\": \"B\"}],"
                                          " \"features\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;

  for (guint i = 0; i < n_features; i++)
    {
      g_autofree char *id = make_colliding_string (colliding_id_pairs, n_pairs, i);

      g_string_append_printf (json, "%s{\"id\": \"%s\", \"name\": \"F\","
                              " \"values\": {\"a\": \"1\", \"b\": \"2\"}}",
                              i > 0 ? ", " : "", id);
    }
  g_string_append (json, "]}");

  dataset = load_string (json->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vs_dataset_get_n_features (dataset), ==, n_features);

  for (guint i = 0; i < n_features; i += 8191)
    {
      g_autofree char *id = make_colliding_string (colliding_id_pairs, n_pairs, i);

      g_assert_cmpstr (vs_feature_get_id (vs_dataset_get_feature (dataset, i)), ==, id);
    }
}

/* Member names that collide in g_str_hash(), @count of them from @first. */
static GString *
make_colliding_members (guint first,
                        guint count)
{
  GString *members = g_string_new (NULL);

  for (guint i = first; i < first + count; i++)
    {
      g_autofree char *name = make_colliding_string (colliding_key_pairs, 16, i);

      g_string_append_printf (members, ", \"%s\": %u", name, i);
    }

  return members;
}

/* Objects hold at most 64 members: json-glib keeps them in tables hashed
 * with g_str_hash(), where 65,536 colliding names took a minute.
 */
static void
test_colliding_members (void)
{
  /* The root has 6 members besides them. */
  g_autoptr(GString) most = make_colliding_members (0, 58);
  g_autoptr(GString) too_many = make_colliding_members (0, 1 << 16);
  g_autofree char *json = make_dataset_with_members (most->str);
  g_autofree char *flood = make_dataset_with_members (too_many->str);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;
  g_autofree char *expected = NULL;
  const char *at;

  /* Distinct names that collide are not the same name. */
  dataset = load_string (json, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **)vs_dataset_get_warnings (dataset)), ==, 58);
  g_clear_object (&dataset);

  dataset = load_string (flood, &error);
  g_assert_null (dataset);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_TOO_LARGE);

  /* At the 65th member's name. */
  at = strstr (flood, too_many->str);
  for (guint i = 0; i < 58; i++)
    at = strchr (at + 1, ',');
  expected = g_strdup_printf ("1:%d: this object has more than 64 members", (int)(at - flood) + 3);
  g_assert_cmpstr (error->message, ==, expected);
}

/* 40,000 repeated member names took seconds in json-glib: the first repeat
 * is refused, and named.
 */
static void
test_repeated_members (void)
{
  g_autoptr(GString) text = g_string_new ("[");
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "%s{\"k%u\": 0, \"k%u\": 1}", i ? ",\n" : "", i, i);
  g_string_append (text, "]");

  dataset = load_string (text->str, &error);
  g_assert_null (dataset);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "1:12: the member “k0” appears twice in this object");
}

/* ------------------------------------------------------------------------ */
/* Large datasets, read in two halves                                       */
/* ------------------------------------------------------------------------ */

#define HALVES_N_FEATURES 40

/* How each feature of a generated dataset is spoilt, if at all. */
typedef struct
{
  const char *name;
  /* By feature index; NULL-terminated lists of "INDEX:DEFECT". */
  const char *defects[6];
} HalvesCase;

static const HalvesCase halves_cases[] = {
  { "valid", { NULL } },
  { "warnings-in-both", { "3:unknown", "30:unknown", "25:no-value", NULL } },
  { "many-warnings", { "*:unknown3", NULL } },
  { "id-of-first-half", { "30:id=feature-5", NULL } },
  { "id-twice-in-second", { "25:id=feature-2", "28:id=feature-2", NULL } },
  { "id-twice-in-second-only", { "25:id=twin", "33:id=twin", NULL } },
  { "second-fails-before-duplicate", { "27:category", "31:id=feature-1", NULL } },
  { "second-fails-at-duplicate", { "27:category", "27:id=feature-1", NULL } },
  { "both-fail", { "10:category", "22:category", NULL } },
  { "second-not-object", { "26:not-object", "33:id=feature-0", NULL } },
  { "second-bad-id", { "24:id=Bad Id", "30:id=feature-3", NULL } },
  { "first-fails-duplicate-after", { "12:category", "35:id=feature-4", NULL } },
};

static const char *
find_defect (const HalvesCase *halves_case,
             guint             index,
             const char       *kind)
{
  g_autofree char *prefix = g_strdup_printf ("%u:%s", index, kind);

  for (guint i = 0; halves_case->defects[i] != NULL; i++)
    {
      const char *defect = halves_case->defects[i];

      if (g_str_has_prefix (defect, prefix) ||
          (defect[0] == '*' && g_str_has_prefix (defect + 2, kind)))
        return strchr (defect, ':') + 1 + strlen (kind);
    }

  return NULL;
}

static char *
make_halves_dataset (const HalvesCase *halves_case)
{
  GString *json = g_string_new (
    "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"halves\", "
    "\"title\": \"Halves\", \"categories\": [{\"id\": \"speed\", \"name\": \"Speed\"}], "
    "\"subjects\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}], "
    "\"features\": [");

  for (guint i = 0; i < HALVES_N_FEATURES; i++)
    {
      const char *id = find_defect (halves_case, i, "id=");
      g_autofree char *default_id = g_strdup_printf ("feature-%u", i);

      if (i > 0)
        g_string_append (json, ", ");
      if (find_defect (halves_case, i, "not-object") != NULL)
        {
          g_string_append (json, "\"not an object\"");
          continue;
        }

      g_string_append_printf (json, "{\"id\": \"%s\", \"name\": \"Feature %u\", "
                              "\"category\": \"%s\", \"scores\": {\"a\": %u, \"b\": 2}",
                              id != NULL ? id : default_id, i,
                              find_defect (halves_case, i, "category") ? "nowhere" : "speed",
                              i % 6);
      if (find_defect (halves_case, i, "unknown3") != NULL)
        g_string_append (json, ", \"x\": 1, \"y\": 2, \"z\": 3");
      else if (find_defect (halves_case, i, "unknown") != NULL)
        g_string_append (json, ", \"extra\": true");
      if (find_defect (halves_case, i, "no-value") != NULL)
        g_string_append (json, ", \"values\": {\"a\": \"only a\"}}");
      else
        g_string_append_printf (json, ", \"values\": {\"a\": \"a%u\", \"b\": \"b%u\"}}", i, i);
    }
  g_string_append (json, "]}");

  return g_string_free (json, FALSE);
}

static char *
describe_load (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = load_string (json, &error);

  return test_describe_load (dataset, error);
}

/* Read in two halves, in two threads, a dataset loads or fails exactly as
 * read in one go: the same features in the same order, the same warnings,
 * the first failure in the file's order.
 */
static void
test_halves (gconstpointer data)
{
  const HalvesCase *halves_case = data;
  g_autofree char *json = make_halves_dataset (halves_case);
  g_autofree char *in_one_go = NULL;
  g_autofree char *in_halves = NULL;

  vs_dataset_loader_set_split_limit (G_MAXUINT);
  in_one_go = describe_load (json);
  /* And a chunk for each element. */
  vs_dataset_loader_set_split_limit (2);
  vs_dataset_loader_set_chunk_size (1);
  in_halves = describe_load (json);
  vs_dataset_loader_set_split_limit (20000);
  vs_dataset_loader_set_chunk_size (64 * 1024);

  g_test_message ("%s", in_one_go);
  g_assert_cmpstr (in_halves, ==, in_one_go);

  /* The cases are what they say. */
  if (g_str_equal (halves_case->name, "valid"))
    g_assert_true (g_str_has_prefix (in_one_go, "0 feature-0 Feature 0\n  a0\n  b0\n"));
  else if (g_str_equal (halves_case->name, "many-warnings"))
    {
      g_autofree char *count = g_strdup_printf ("warning count: %u unknown members\n",
                                                3 * HALVES_N_FEATURES);

      /* Counted past the warnings listed: what Save would leave out. */
      g_assert_nonnull (strstr (in_one_go, "warning $: and 20 more warnings"));
      g_assert_true (g_str_has_suffix (in_one_go, count));
    }
  else if (g_str_equal (halves_case->name, "warnings-in-both"))
    g_assert_true (g_str_has_suffix (in_one_go, "warning count: 2 unknown members\n"));
  else if (!g_str_has_prefix (halves_case->name, "warnings"))
    g_assert_true (g_str_has_prefix (in_one_go, "error "));
}

/* “$schema”, which docs/dataset-format.md tells authors to add for their
 * editor, is a known member: no warning.
 */
static void
test_schema_member (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset =
    load_string ("{\"$schema\": \"../data/versus-comparison.schema.json\","
                 " \"format\": \"versus/comparison\", \"version\": 1, \"id\": \"s\","
                 " \"title\": \"S\", \"subjects\": [{\"id\": \"a\", \"name\": \"A\"},"
                 " {\"id\": \"b\", \"name\": \"B\"}], \"features\": [{\"id\": \"f\","
                 " \"name\": \"F\", \"values\": {\"a\": \"x\", \"b\": \"y\"}}]}",
                 &error);

  g_assert_no_error (error);
  g_assert_cmpuint (vs_dataset_get_n_warnings (dataset), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const valid_files[] = {
    "boundaries.json", "minimal.json", "nesting-64.json", "thirty-two-subjects.json",
    "three-subjects.json", "unicode.json", "warnings.json",
  };
  g_autoptr(GPtrArray) invalid_cases = NULL;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/versus/loader/builtin/counts", test_builtin_counts);
  g_test_add_func ("/versus/loader/builtin/article-table", test_builtin_article_table);
  g_test_add_func ("/versus/loader/builtin/clean-text", test_builtin_clean_text);

  for (guint i = 0; i < G_N_ELEMENTS (valid_files); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/versus/loader/valid/%s", valid_files[i]);
      g_test_add_data_func (test_path, valid_files[i], test_valid_file);
    }
  g_test_add_func ("/versus/loader/valid/three-subjects-contents", test_three_subjects);
  g_test_add_func ("/versus/loader/valid/thirty-two-subjects-values", test_thirty_two_subjects);
  g_test_add_func ("/versus/loader/valid/warnings-paths", test_warnings);
  g_test_add_func ("/versus/loader/valid/unicode-text", test_unicode_text);

  invalid_cases = read_invalid_cases ();
  for (guint i = 0; i < invalid_cases->len; i++)
    {
      InvalidCase *invalid = g_ptr_array_index (invalid_cases, i);
      g_autofree char *test_path = g_strdup_printf ("/versus/loader/invalid/%s", invalid->file);
      g_test_add_data_func (test_path, invalid, test_invalid_file);
    }

  g_test_add_func ("/versus/loader/limits/too-large", test_too_large);
  g_test_add_func ("/versus/loader/limits/deep-nesting", test_deep_nesting);
  g_test_add_func ("/versus/loader/limits/unknown-member", test_limit_unknown_member);
  g_test_add_func ("/versus/loader/limits/members", test_limit_members);
  g_test_add_func ("/versus/loader/limits/items", test_limit_items);
  g_test_add_func ("/versus/loader/limits/values", test_limit_values);
  g_test_add_func ("/versus/loader/limits/root", test_limit_root);
  g_test_add_func ("/versus/loader/syntax/messages", test_syntax_messages);
  g_test_add_func ("/versus/loader/syntax/nul-byte", test_nul_byte);
  g_test_add_func ("/versus/loader/hostile/binary-noise", test_binary_noise);
  g_test_add_func ("/versus/loader/hostile/truncated", test_truncated);
  g_test_add_func ("/versus/loader/hostile/long-string", test_long_string);
  g_test_add_func ("/versus/loader/hostile/long-key", test_long_key);
  g_test_add_func ("/versus/loader/hostile/file-too-large", test_file_too_large);
  g_test_add_func ("/versus/loader/hostile/many-warnings", test_many_warnings);
  g_test_add_func ("/versus/loader/io/missing-file", test_missing_file);
  g_test_add_func ("/versus/loader/io/directory", test_directory);
  g_test_add_func ("/versus/loader/io/named-pipe", test_named_pipe);
  g_test_add_func ("/versus/loader/error-format", test_error_format);
  g_test_add_func ("/versus/loader/async/load", test_async);
  g_test_add_func ("/versus/loader/async/cancelled", test_async_cancelled);
  g_test_add_func ("/versus/loader/async/named-pipe", test_async_named_pipe);
  g_test_add_func ("/versus/loader/large/features", test_large_features);
  g_test_add_func ("/versus/loader/large/errors", test_large_errors);
  g_test_add_func ("/versus/loader/flooding/colliding-strings", test_colliding_strings);
  g_test_add_func ("/versus/loader/flooding/hash-spread", test_hash_spread);
  g_test_add_func ("/versus/loader/flooding/colliding-ids", test_colliding_ids);
  g_test_add_func ("/versus/loader/flooding/colliding-members", test_colliding_members);
  g_test_add_func ("/versus/loader/flooding/repeated-members", test_repeated_members);
  g_test_add_func ("/versus/loader/validate/several", test_validate_several);
  g_test_add_func ("/versus/loader/validate/limit", test_validate_limit);
  g_test_add_func ("/versus/loader/validate/syntax", test_validate_syntax);
  g_test_add_func ("/versus/loader/validate/valid", test_validate_valid);
  g_test_add_func ("/versus/loader/validate/missing", test_validate_missing);
  g_test_add_func ("/versus/loader/validate/halves", test_validate_halves);

  for (guint i = 0; i < G_N_ELEMENTS (halves_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/versus/loader/halves/%s", halves_cases[i].name);

      g_test_add_data_func (path, &halves_cases[i], test_halves);
    }

  g_test_add_func ("/versus/loader/schema-member", test_schema_member);

  return g_test_run ();
}
