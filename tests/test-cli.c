/* test-cli.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef HAVE_POPPLER_GLIB
#include <poppler.h>
#endif

/* The command line of product.md, run as a user would run it: the versus
 * executable (VERSUS_BIN) in a subprocess. Errors go to stderr, one line
 * each, as `versus: FILE:LINE:COL: message` or `versus: FILE: $.path:
 * message`; the exit status is 0 on success, 1 for bad input, 2 for bad
 * usage. No run may ever print a GLib critical or warning.
 */

#define EXIT_OK        0
#define EXIT_BAD_INPUT 1
#define EXIT_USAGE     2

typedef struct
{
  char *stdout_text;
  char *stderr_text;
  char **stdout_lines;
  char **stderr_lines;
  /* For --validate, the lines of stderr with their positions. */
  char **validate_lines;
  int status;
} Run;

static void
run_free (Run *run)
{
  g_free (run->stdout_text);
  g_free (run->stderr_text);
  g_strfreev (run->stdout_lines);
  g_strfreev (run->stderr_lines);
  g_strfreev (run->validate_lines);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, run_free)

/* ------------------------------------------------------------------------ */
/* Helpers                                                                   */
/* ------------------------------------------------------------------------ */

#define dist_file(...) g_test_build_filename (G_TEST_DIST, __VA_ARGS__)

/* Splits @text into lines; a final newline does not start an empty line. */
static char **
split_lines (const char *text)
{
  g_autofree char *trimmed = g_strdup (text);
  gsize len = strlen (trimmed);

  if (len == 0)
    return g_new0 (char *, 1);

  if (trimmed[len - 1] == '\n')
    trimmed[len - 1] = '\0';

  return g_strsplit (trimmed, "\n", -1);
}

/* `--validate` says where each problem of the format's rules is, as in
 * `versus: FILE:LINE:COL: $.path: message`: checks that every such line of
 * @run has its position, and takes it out, for the tests that compare the
 * rest (`versus: FILE: $.path: message`); the tests of the positions
 * themselves read run->validate_lines.
 */
static void
drop_positions (Run *run)
{
  g_autoptr(GRegex) regex = g_regex_new ("^(versus: (?:warning: )?.*):[0-9]+:[0-9]+: (\\$.*)$",
                                         0, 0, NULL);

  run->validate_lines = g_strdupv (run->stderr_lines);

  for (guint i = 0; run->stderr_lines[i] != NULL; i++)
    {
      char *line = run->stderr_lines[i];

      if (strstr (line, ": $") == NULL || strstr (line, ": $: and ") != NULL)
        continue;

      if (!g_regex_match (regex, line, 0, NULL))
        g_test_message ("no position in: %s", line);
      g_assert_true (g_regex_match (regex, line, 0, NULL));
      run->stderr_lines[i] = g_regex_replace (regex, line, -1, 0, "\\1: \\2", 0, NULL);
      g_free (line);
    }
}

/* Runs `versus ARGS…` and checks what every run must do: exit normally (no
 * crash, no fatal critical: G_DEBUG=fatal-criticals is inherited) with
 * @expected_status, and print no GLib critical or warning.
 */
static Run *
run_versus_argv (const char * const *args,
                 int                 expected_status)
{
  const char *versus = g_getenv ("VERSUS_BIN");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) command = g_string_new ("versus");
  Run *run = g_new0 (Run, 1);

  g_assert_nonnull (versus);
  g_ptr_array_add (argv, (char *)versus);
  for (guint i = 0; args[i] != NULL; i++)
    {
      /* The log is UTF-8 (a file name may not be), read as TAP. */
      g_autofree char *shown = g_utf8_make_valid (args[i], -1);

      g_ptr_array_add (argv, (char *)args[i]);
      g_string_append_printf (command, " %s", shown);
    }
  g_ptr_array_add (argv, NULL);

  subprocess = g_subprocess_newv ((const char * const *)argv->pdata,
                                  G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                  &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (subprocess, NULL, NULL,
                                 &run->stdout_text, &run->stderr_text, &error);
  g_assert_no_error (error);

  g_test_message ("%s\n--- stdout:\n%s--- stderr:\n%s---", command->str,
                  run->stdout_text, run->stderr_text);

  g_assert_true (g_subprocess_get_if_exited (subprocess));
  run->status = g_subprocess_get_exit_status (subprocess);
  g_assert_cmpint (run->status, ==, expected_status);

  g_assert_null (strstr (run->stdout_text, "CRITICAL"));
  g_assert_null (strstr (run->stderr_text, "CRITICAL"));
  g_assert_null (strstr (run->stdout_text, "WARNING **"));
  g_assert_null (strstr (run->stderr_text, "WARNING **"));

  run->stdout_lines = split_lines (run->stdout_text);
  run->stderr_lines = split_lines (run->stderr_text);
  for (guint i = 0; args[i] != NULL; i++)
    if (g_str_equal (args[i], "--validate"))
      drop_positions (run);

  return run;
}

#define run_versus(expected_status, ...) \
  run_versus_argv ((const char * const []) { __VA_ARGS__, NULL }, expected_status)

static int
strcmp_names (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(char * const *)a, *(char * const *)b);
}

/* A successful run without warnings prints nothing on stderr. */
static void
assert_quiet_success (Run *run)
{
  g_assert_cmpint (run->status, ==, EXIT_OK);
  g_assert_cmpstr (run->stderr_text, ==, "");
}

/* Bad usage: exit 2, nothing on stdout, the first stderr line says what was
 * wrong and the second how to get help.
 */
static void
assert_usage_error (Run        *run,
                    const char *first_line_prefix)
{
  g_assert_cmpint (run->status, ==, EXIT_USAGE);
  g_assert_cmpstr (run->stdout_text, ==, "");
  g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, 2);
  g_assert_true (g_str_has_prefix (run->stderr_lines[0], first_line_prefix));
  g_assert_cmpstr (run->stderr_lines[1], ==, "Run “versus --help” to see the options.");
}

/* ------------------------------------------------------------------------ */
/* --version, --help and usage errors                                       */
/* ------------------------------------------------------------------------ */

static void
test_version (void)
{
  g_autoptr(Run) run = run_versus (EXIT_OK, "--version");

  assert_quiet_success (run);
  g_assert_cmpstr (run->stdout_text, ==, "versus " PACKAGE_VERSION "\n");
  g_assert_cmpstr (run->stdout_lines[0], ==, "versus 0.1.0");
}

static void
test_help (void)
{
  g_autoptr(Run) run = run_versus (EXIT_OK, "--help");

  assert_quiet_success (run);
  g_assert_true (g_str_has_prefix (run->stdout_lines[0], "Usage:"));
  g_assert_nonnull (strstr (run->stdout_text, "--validate"));
  g_assert_nonnull (strstr (run->stdout_text, "--verdict"));
  g_assert_nonnull (strstr (run->stdout_text, "--answer"));
  g_assert_nonnull (strstr (run->stdout_text, "--important"));
  g_assert_nonnull (strstr (run->stdout_text, "--version"));
}

static void
test_unknown_option (void)
{
  g_autoptr(Run) run = run_versus (EXIT_USAGE, "--bogus");

  assert_usage_error (run, "versus: ");
  g_assert_cmpstr (run->stderr_lines[0], ==, "versus: Unknown option --bogus");
}

static void
test_validate_without_file (void)
{
  g_autoptr(Run) run = run_versus (EXIT_USAGE, "--validate");

  assert_usage_error (run, "versus: --validate");
}

static void
test_validate_and_verdict (void)
{
  g_autoptr(Run) run = NULL;
  g_autofree char *path = dist_file ("data", "valid", "three-subjects.json", NULL);

  run = run_versus (EXIT_USAGE, "--validate", "--verdict", path);
  assert_usage_error (run, "versus: --validate and --verdict");
}

static void
test_answer_without_verdict (void)
{
  g_autoptr(Run) answer = run_versus (EXIT_USAGE, "--answer", "ai-ml=yes");
  g_autoptr(Run) important = run_versus (EXIT_USAGE, "--important", "ai-ml");
  g_autoptr(Run) validate = NULL;
  g_autofree char *path = dist_file ("data", "valid", "three-subjects.json", NULL);

  assert_usage_error (answer, "versus: --answer");
  assert_usage_error (important, "versus: --answer and --important");

  validate = run_versus (EXIT_USAGE, "--validate", "--answer", "ai-ml=yes", path);
  assert_usage_error (validate, "versus: --answer");
}

/* ------------------------------------------------------------------------ */
/* --validate                                                                */
/* ------------------------------------------------------------------------ */

static void
test_validate_builtin (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "datasets",
                                                 "node-vs-python.json", NULL);
  g_autoptr(Run) run = run_versus (EXIT_OK, "--validate", path);
  g_autofree char *prefix = g_strdup_printf ("%s: “Node.js vs Python” is a valid comparison of ",
                                             path);
  const char *count;
  char *end = NULL;
  guint64 n_features;

  /* The built-in dataset may grow: only the number of features is free. */
  assert_quiet_success (run);
  g_assert_cmpuint (g_strv_length (run->stdout_lines), ==, 1);
  g_assert_true (g_str_has_prefix (run->stdout_lines[0], prefix));
  count = run->stdout_lines[0] + strlen (prefix);
  n_features = g_ascii_strtoull (count, &end, 10);
  g_assert_true (end != count);
  g_assert_cmpuint (n_features, >, 1);
  g_assert_cmpstr (end, ==, " features");
}

static void
test_validate_three_subjects (void)
{
  g_autofree char *path = dist_file ("data", "valid", "three-subjects.json", NULL);
  g_autoptr(Run) run = run_versus (EXIT_OK, "--validate", path);
  g_autofree char *expected = g_strdup_printf ("%s: “PostgreSQL vs MySQL vs SQLite” is a valid "
                                               "comparison of 7 features", path);

  assert_quiet_success (run);
  g_assert_cmpuint (g_strv_length (run->stdout_lines), ==, 1);
  g_assert_cmpstr (run->stdout_lines[0], ==, expected);
}

static void
test_validate_warnings (void)
{
  g_autofree char *path = dist_file ("data", "valid", "warnings.json", NULL);
  g_autofree char *expected_paths_file = dist_file ("data", "valid", "warnings.txt", NULL);
  g_autofree char *expected_paths_text = NULL;
  g_auto(GStrv) expected_paths = NULL;
  g_autoptr(Run) run = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *valid = NULL;
  g_autofree char *prefix = g_strdup_printf ("versus: warning: %s: ", path);

  g_file_get_contents (expected_paths_file, &expected_paths_text, NULL, &error);
  g_assert_no_error (error);
  expected_paths = split_lines (expected_paths_text);
  g_assert_cmpuint (g_strv_length (expected_paths), >, 0);

  /* Warnings do not make the file invalid. */
  run = run_versus (EXIT_OK, "--validate", path);
  valid = g_strdup_printf ("%s: “Node.js vs Python” is a valid comparison of 2 features, "
                           "with 3 warnings", path);
  g_assert_cmpuint (g_strv_length (run->stdout_lines), ==, 1);
  g_assert_cmpstr (run->stdout_lines[0], ==, valid);

  /* One line per warning of warnings.txt, each naming the file and the path. */
  g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, g_strv_length (expected_paths));
  for (guint i = 0; run->stderr_lines[i] != NULL; i++)
    g_assert_true (g_str_has_prefix (run->stderr_lines[i], prefix));

  for (guint i = 0; expected_paths[i] != NULL; i++)
    {
      g_autofree char *line_prefix = g_strdup_printf ("%s%s: ", prefix, expected_paths[i]);
      gboolean found = FALSE;

      for (guint j = 0; run->stderr_lines[j] != NULL && !found; j++)
        found = g_str_has_prefix (run->stderr_lines[j], line_prefix)
                && strlen (run->stderr_lines[j]) > strlen (line_prefix);

      if (!found)
        g_test_message ("no warning starts with %s", line_prefix);
      g_assert_true (found);
    }
}

/* Every error and warning in one run, each `FILE:LINE:COL: $.path: message`,
 * with what a misspelt member or id may have been meant to be.
 */
static void
test_validate_all_errors (void)
{
  g_autofree char *path = dist_file ("data", "validate", "several-errors.json", NULL);
  g_autoptr(Run) run = run_versus (EXIT_BAD_INPUT, "--validate", path);
  /* After “versus: ” (and “warning: ”) and the file's name. */
  const char * const expected[] = {
    "W:6:3: $.use-cases: unknown member, ignored (did you mean “use_cases”?)",
    ":8:49: $.subjects[0].color: “red” is not a colour in the form #rrggbb",
    ":9:39: $.subjects[1].homepage: “ftp://mysql.example” is not an http or https URL",
    ":12:49: $.features[0].values.postgres: there is no subject “postgres” in this "
    "dataset (did you mean “postgresql”?)",
    ":13:7: $.features[1].id: the id “json” is already used by $.features[0]",
    ":14:7: $.features[2].id: “Bad_Id” is not a valid id (use lowercase letters, "
    "digits and “-”, starting with a letter or digit)",
    ":14:23: $.features[2].name: must not be empty",
    ":14:47: $.features[2].scores.mysql: 9 is out of range (0 to 5)",
    ":18:36: $.companies[0].subjects[0]: there is no subject “postgress” in this "
    "dataset (did you mean “postgresql”?)",
  };

  g_assert_cmpstr (run->stdout_text, ==, "");
  g_assert_cmpuint (g_strv_length (run->validate_lines), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = NULL;

      if (expected[i][0] == 'W')
        line = g_strconcat ("versus: warning: ", path, expected[i] + 1, NULL);
      else
        line = g_strconcat ("versus: ", path, expected[i], NULL);
      g_assert_cmpstr (run->validate_lines[i], ==, line);
    }
}

/* Past 50 errors, a last line counts the rest. */
static void
test_validate_error_limit (void)
{
  g_autofree char *dir = g_dir_make_tmp ("versus-test-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "many-errors.json", NULL);
  g_autoptr(GString) text = g_string_new ("{\"format\": \"versus/comparison\", \"version\": 1, "
                                          "\"id\": \"d\", \"title\": \"T\", \"subjects\": "
                                          "[{\"id\": \"a\", \"name\": \"A\"}, "
                                          "{\"id\": \"b\", \"name\": \"B\"}], \"features\": [");
  g_autoptr(Run) run = NULL;
  g_autofree char *last = NULL;

  for (guint i = 0; i < 75; i++)
    g_string_append_printf (text, "%s\n{\"id\": \"f%u\", \"name\": \"F\", "
                            "\"values\": {\"a\": \"x\", \"b\": \"y\"}, \"category\": \"c\"}",
                            i > 0 ? "," : "", i);
  g_string_append (text, "]}");
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  run = run_versus (EXIT_BAD_INPUT, "--validate", path);
  g_assert_cmpuint (g_strv_length (run->validate_lines), ==, 51);
  for (guint i = 0; i < 50; i++)
    {
      /* One feature a line, its “category” after `{"id": "fN", "name": …}`. */
      g_autofree char *line = g_strdup_printf ("versus: %s:%u:%u: $.features[%u].category: "
                                               "there is no category “c” in this dataset",
                                               path, i + 2, i < 10 ? 59 : 60, i);

      g_assert_cmpstr (run->validate_lines[i], ==, line);
    }
  last = g_strdup_printf ("versus: %s: … and 25 more errors", path);
  g_assert_cmpstr (run->validate_lines[50], ==, last);

  g_unlink (path);
  g_rmdir (dir);
}

/* JSON syntax: only the first error, since nothing after it can be read. */
static void
test_validate_syntax_stops (void)
{
  g_autofree char *dir = g_dir_make_tmp ("versus-test-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(Run) run = NULL;

  g_assert_true (g_file_set_contents (path, "{\n  \"title\": \"x\",,\n  \"id\": 1\n}", -1, NULL));
  run = run_versus (EXIT_BAD_INPUT, "--validate", path);
  expected = g_strdup_printf ("versus: %s:2:16: unexpected character “,”; "
                              "nothing after it can be checked", path);
  g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, 1);
  g_assert_cmpstr (run->stderr_lines[0], ==, expected);

  g_unlink (path);
  g_rmdir (dir);
}

/* The case: `use-cases` for `use_cases` was valid and said nothing
 * more; the line now counts the warnings (the exit status stays 0), and so
 * does it beyond the hundred the loader lists.
 */
static void
test_validate_warning_count (void)
{
  g_autofree char *builtin_path = g_test_build_filename (G_TEST_DIST, "..", "data", "datasets",
                                                         "node-vs-python.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("versus-test-cli-XXXXXX", NULL);
  g_autofree char *misspelt = g_build_filename (dir, "misspelt.json", NULL);
  g_autofree char *many = g_build_filename (dir, "many.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GString) many_text = g_string_new (NULL);
  g_autoptr(Run) run = NULL;
  g_autoptr(Run) many_run = NULL;
  char *brace;

  g_assert_true (g_file_get_contents (builtin_path, &contents, NULL, NULL));
  text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (text, "\"use_cases\"", "\"use-cases\"", 0), ==, 1);
  g_assert_true (g_file_set_contents (misspelt, text->str, text->len, NULL));

  run = run_versus (EXIT_OK, "--validate", misspelt);
  g_assert_cmpuint (g_strv_length (run->stdout_lines), ==, 1);
  g_assert_true (g_str_has_prefix (run->stdout_lines[0], misspelt));
  g_assert_true (g_str_has_suffix (run->stdout_lines[0], " features, with 1 warning"));
  g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, 1);
  expected = g_strdup_printf ("versus: warning: %s: $.use-cases: unknown member, ignored "
                              "(did you mean “use_cases”?)", misspelt);
  g_assert_cmpstr (run->stderr_lines[0], ==, expected);

  /* 150 unknown members, 50 in each of three objects (an object holds at
   * most 64): 100 listed, the rest counted.
   */
  brace = strchr (contents, '{');
  g_assert_nonnull (brace);
  g_string_append_len (many_text, contents, brace + 1 - contents);
  for (guint i = 0; i < 50; i++)
    g_string_append_printf (many_text, "\"extra_%u\": %u, ", i, i);
  g_string_append (many_text, brace + 1);
  for (guint s = 0; s < 2; s++)
    {
      const char *id = s == 0 ? "\"id\": \"nodejs\"," : "\"id\": \"python\",";
      g_autoptr(GString) extras = g_string_new (id);

      for (guint i = 0; i < 50; i++)
        g_string_append_printf (extras, " \"extra_%u\": %u,", i, i);
      g_assert_cmpuint (g_string_replace (many_text, id, extras->str, 1), ==, 1);
    }
  g_assert_true (g_file_set_contents (many, many_text->str, many_text->len, NULL));

  many_run = run_versus (EXIT_OK, "--validate", many);
  g_assert_cmpuint (g_strv_length (many_run->stdout_lines), ==, 1);
  g_assert_true (g_str_has_suffix (many_run->stdout_lines[0], " features, with 150 warnings"));
  g_assert_cmpuint (g_strv_length (many_run->stderr_lines), ==, 101);
  g_assert_true (g_str_has_suffix (many_run->stderr_lines[100], ": $: and 50 more warnings"));

  g_unlink (misspelt);
  g_unlink (many);
  g_rmdir (dir);
}

static void
test_validate_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("versus-test-cli-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(Run) run = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "missing.json", NULL);
  run = run_versus (EXIT_BAD_INPUT, "--validate", path);

  expected = g_strdup_printf ("versus: %s: no such file", path);
  g_assert_cmpstr (run->stdout_text, ==, "");
  g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, 1);
  g_assert_cmpstr (run->stderr_lines[0], ==, expected);

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_validate_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("versus-test-cli-XXXXXX", &error);
  g_autofree char *prefix = NULL;
  g_autoptr(Run) run = NULL;

  g_assert_no_error (error);
  run = run_versus (EXIT_BAD_INPUT, "--validate", dir);

  prefix = g_strdup_printf ("versus: %s: ", dir);
  g_assert_cmpstr (run->stdout_text, ==, "");
  g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, 1);
  g_assert_true (g_str_has_prefix (run->stderr_lines[0], prefix));
  g_assert_cmpuint (strlen (run->stderr_lines[0]), >, strlen (prefix));

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A named pipe would block the read forever: it is refused at once, for
 * every mode that reads a dataset, and nothing is written.
 */
static void
test_named_pipe (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("versus-test-cli-XXXXXX", &error);
  g_autofree char *pipe = NULL;
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(Run) validate = NULL;
  g_autoptr(Run) export = NULL;

  g_assert_no_error (error);
  pipe = g_build_filename (dir, "pipe", NULL);
  out = g_build_filename (dir, "out.csv", NULL);
  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
  expected = g_strdup_printf ("versus: %s: this is not a regular file (a named pipe)", pipe);

  validate = run_versus (EXIT_BAD_INPUT, "--validate", pipe);
  g_assert_cmpstr (validate->stdout_text, ==, "");
  g_assert_cmpuint (g_strv_length (validate->stderr_lines), ==, 1);
  g_assert_cmpstr (validate->stderr_lines[0], ==, expected);

  export = run_versus (EXIT_BAD_INPUT, "--export-csv", out, pipe);
  g_assert_cmpstr (export->stdout_text, ==, "");
  g_assert_cmpuint (g_strv_length (export->stderr_lines), ==, 1);
  g_assert_cmpstr (export->stderr_lines[0], ==, expected);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_unlink (pipe), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Messages stay one short line of UTF-8 (run_versus() reads them as UTF-8)
 * whatever they quote: a member name of 1 MB, a file name with a newline
 * and a byte that is not UTF-8.
 */
static void
test_long_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("versus-test-cli-XXXXXX", &error);
  g_autofree char *key = g_strnfill (1024 * 1024, 'k');
  g_autofree char *cut = g_strnfill (80, 'k');
  g_autofree char *path = NULL;
  g_autofree char *json = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(Run) run = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "bad\nname\xff.json", NULL);
  json = g_strdup_printf ("{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"n\","
                          " \"title\": \"N\", \"subjects\": [{\"id\": \"a\", \"name\": \"A\"},"
                          " {\"id\": \"b\", \"name\": \"B\"}], \"features\": [{\"id\": \"f\","
                          " \"name\": \"F\", \"values\": {\"a\": \"1\", \"%s\": \"2\"}}]}", key);
  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);

  run = run_versus (EXIT_BAD_INPUT, "--validate", path);
  expected = g_strdup_printf ("versus: %s/bad\\nname\\xFF.json: $.features[0].values[\"%s…\"]: "
                              "there is no subject “%s…” in this dataset", dir, cut, cut);
  g_assert_cmpstr (run->stdout_text, ==, "");
  g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, 1);
  g_assert_cmpstr (run->stderr_lines[0], ==, expected);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* What json-glib would need gigabytes for is refused in one line, exit 1:
 * a root array of empty objects, an unknown member of them.
 */
static void
test_validate_hostile (void)
{
  static const char head[] = "{\"format\": \"versus/comparison\", \"version\": 1, "
                             "\"id\": \"h\", \"title\": \"H\", \"x\": ";
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("versus-test-cli-XXXXXX", &error);
  g_autoptr(GString) objects = g_string_new ("[{}");
  g_autofree char *root_path = NULL;
  g_autofree char *unknown_path = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(Run) root_run = NULL;
  g_autoptr(Run) unknown_run = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < 1000000; i++)
    g_string_append (objects, ",{}");
  g_string_append (objects, "]");

  root_path = g_build_filename (dir, "root.json", NULL);
  g_file_set_contents (root_path, objects->str, objects->len, &error);
  g_assert_no_error (error);
  root_run = run_versus (EXIT_BAD_INPUT, "--validate", root_path);
  expected = g_strdup_printf ("versus: %s: $: this is not a Versus comparison: "
                              "the file holds an array, not an object", root_path);
  g_assert_cmpuint (g_strv_length (root_run->stderr_lines), ==, 1);
  g_assert_cmpstr (root_run->stderr_lines[0], ==, expected);
  g_clear_pointer (&expected, g_free);

  unknown_path = g_build_filename (dir, "unknown.json", NULL);
  unknown = g_strconcat (head, objects->str, "}", NULL);
  g_file_set_contents (unknown_path, unknown, -1, &error);
  g_assert_no_error (error);
  unknown_run = run_versus (EXIT_BAD_INPUT, "--validate", unknown_path);
  expected = g_strdup_printf ("versus: %s:1:72: the unknown member “x” holds more than 64 KiB; "
                              "nothing after it can be checked", unknown_path);
  g_assert_cmpuint (g_strv_length (unknown_run->stderr_lines), ==, 1);
  g_assert_cmpstr (unknown_run->stderr_lines[0], ==, expected);

  g_assert_cmpint (g_unlink (root_path), ==, 0);
  g_assert_cmpint (g_unlink (unknown_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_validate_several (void)
{
  g_autofree char *good = dist_file ("data", "valid", "three-subjects.json", NULL);
  g_autofree char *bad = dist_file ("data", "invalid", "version-2.json", NULL);
  g_autofree char *valid = NULL;
  g_autofree char *error_prefix = NULL;
  g_autoptr(Run) run = NULL;

  /* One bad file makes the status 1, and the good ones are still checked. */
  run = run_versus (EXIT_BAD_INPUT, "--validate", bad, good);
  valid = g_strdup_printf ("%s: “PostgreSQL vs MySQL vs SQLite” is a valid "
                           "comparison of 7 features", good);
  error_prefix = g_strdup_printf ("versus: %s: $.version: ", bad);
  g_assert_cmpuint (g_strv_length (run->stdout_lines), ==, 1);
  g_assert_cmpstr (run->stdout_lines[0], ==, valid);
  g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, 1);
  g_assert_true (g_str_has_prefix (run->stderr_lines[0], error_prefix));
}

/* One row of tests/data/invalid/expected.tsv. */
typedef struct
{
  char *file;
  char *location;
} InvalidCase;

static void
invalid_case_free (gpointer data)
{
  InvalidCase *invalid = data;

  g_free (invalid->file);
  g_free (invalid->location);
  g_free (invalid);
}

static gboolean
is_line_column (const char *location)
{
  g_autoptr(GRegex) regex = g_regex_new ("^[0-9]+:[0-9]+$", 0, 0, NULL);

  return g_regex_match (regex, location, 0, NULL);
}

static void
test_validate_invalid (gconstpointer user_data)
{
  const InvalidCase *invalid = user_data;
  g_autofree char *path = dist_file ("data", "invalid", invalid->file, NULL);
  g_autofree char *prefix = NULL;
  g_autoptr(Run) run = run_versus (EXIT_BAD_INPUT, "--validate", path);

  /* `FILE:LINE:COL: message` for JSON syntax, `FILE:LINE:COL: $.path:
   * message` for the rules of the format.
   */
  if (is_line_column (invalid->location))
    prefix = g_strdup_printf ("versus: %s:%s: ", path, invalid->location);
  else
    prefix = g_strdup_printf ("versus: %s: %s: ", path, invalid->location);

  g_assert_cmpstr (run->stdout_text, ==, "");
  g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, 1);
  if (!g_str_has_prefix (run->stderr_lines[0], prefix))
    g_test_message ("expected the error to start with: %s", prefix);
  g_assert_true (g_str_has_prefix (run->stderr_lines[0], prefix));
  g_assert_cmpuint (strlen (run->stderr_lines[0]), >, strlen (prefix));
}

static GPtrArray *
read_invalid_cases (void)
{
  g_autofree char *path = dist_file ("data", "invalid", "expected.tsv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *cases = g_ptr_array_new_with_free_func (invalid_case_free);

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  lines = split_lines (text);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      InvalidCase *invalid;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);

      invalid = g_new0 (InvalidCase, 1);
      invalid->file = g_strdup (fields[0]);
      invalid->location = g_strdup (fields[2]);
      g_ptr_array_add (cases, invalid);
    }

  return cases;
}

/* ------------------------------------------------------------------------ */
/* --verdict                                                                 */
/* ------------------------------------------------------------------------ */

static void
test_verdict_data_science (void)
{
  /* The same answers as /versus/verdict/builtin/data-science, whose engine
   * result is Python 12 with these five reasons, Node.js 0.
   */
  g_autoptr(Run) run = run_versus (EXIT_OK, "--verdict",
                                   "--answer", "ai-ml=yes",
                                   "--answer", "team-language=python",
                                   "--answer", "scientific=yes",
                                   "--answer", "prototyping=yes",
                                   "--answer", "automation=yes",
                                   "--answer", "real-time=no");

  assert_quiet_success (run);
  g_assert_cmpuint (g_strv_length (run->stdout_lines), ==, 8);
  g_assert_cmpstr (run->stdout_lines[0], ==, "Node.js vs Python");
  g_assert_cmpstr (run->stdout_lines[1], ==, "1. Python   12");
  g_assert_cmpstr (run->stdout_lines[2], ==, "   +3  Your team knows Python");
  g_assert_cmpstr (run->stdout_lines[3], ==, "   +3  Your project involves data science or AI/ML");
  g_assert_cmpstr (run->stdout_lines[4], ==, "   +2  You want rapid prototyping with clean syntax");
  g_assert_cmpstr (run->stdout_lines[5], ==, "   +2  Your focus is on automation and scripting");
  g_assert_cmpstr (run->stdout_lines[6], ==, "   +2  You prioritize extensive scientific libraries");
  g_assert_cmpstr (run->stdout_lines[7], ==, "2. Node.js  0");
}

static void
test_verdict_real_time (void)
{
  g_autoptr(Run) run = run_versus (EXIT_OK, "--verdict",
                                   "--answer", "real-time=yes",
                                   "--answer", "team-language=javascript",
                                   "--answer", "connections=yes",
                                   "--answer", "network-apps=yes",
                                   "--answer", "ai-ml=no",
                                   "--important", "real-time");

  /* Node.js 6 + 3 + 2 + 2. */
  assert_quiet_success (run);
  g_assert_cmpuint (g_strv_length (run->stdout_lines), ==, 7);
  g_assert_cmpstr (run->stdout_lines[0], ==, "Node.js vs Python");
  g_assert_cmpstr (run->stdout_lines[1], ==, "1. Node.js  13");
  g_assert_cmpstr (run->stdout_lines[2], ==, "   +3  Your team is proficient in JavaScript");
  g_assert_cmpstr (run->stdout_lines[3], ==,
                   "   +6  You need real-time capabilities (important to you: counted twice)");
  g_assert_cmpstr (run->stdout_lines[4], ==,
                   "   +2  You require efficient handling of simultaneous connections");
  g_assert_cmpstr (run->stdout_lines[5], ==,
                   "   +2  You want to build scalable network applications");
  g_assert_cmpstr (run->stdout_lines[6], ==, "2. Python   0");
}

/* Answers that count against a subject are listed with their negative
 * points, with a real minus sign, and the points add up to the score.
 */
static void
test_verdict_negative_points (void)
{
  g_autofree char *path = dist_file ("data", "valid", "three-subjects.json", NULL);
  g_autoptr(Run) run = run_versus (EXIT_OK, "--verdict",
                                   "--answer", "server=yes",
                                   "--answer", "hosting=yes",
                                   "--answer", "ops=no",
                                   path);
  const char * const expected[] = {
    "PostgreSQL vs MySQL vs SQLite",
    "1. MySQL       5.5",
    "     +3  Several writers need a database server",
    "   \u22121.5  SQLite needs no administration",
    "     +4  MySQL is available on almost every shared host",
    "2. PostgreSQL  \u22120.5",
    "     +3  Several writers need a database server",
    "   \u22121.5  SQLite needs no administration",
    "     \u22122  MySQL is available on almost every shared host",
    "3. SQLite      \u22127",
    "    \u221210  Several writers need a database server",
    "     +3  SQLite needs no administration",
  };

  assert_quiet_success (run);
  for (guint i = 0; run->stdout_lines[i] != NULL; i++)
    g_test_message ("%s", run->stdout_lines[i]);
  g_assert_cmpuint (g_strv_length (run->stdout_lines), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (run->stdout_lines[i], ==, expected[i]);
}

static void
test_verdict_no_answers (void)
{
  g_autoptr(Run) run = run_versus (EXIT_OK, "--verdict");

  assert_quiet_success (run);
  g_assert_cmpuint (g_strv_length (run->stdout_lines), ==, 4);
  g_assert_cmpstr (run->stdout_lines[0], ==, "Node.js vs Python");
  g_assert_true (g_str_has_prefix (run->stdout_lines[1], "No question was answered"));
  g_assert_cmpstr (run->stdout_lines[1], ==,
                   "No question was answered: the answers do not separate the subjects.");
  g_assert_cmpstr (run->stdout_lines[2], ==, "=1. Node.js  0");
  g_assert_cmpstr (run->stdout_lines[3], ==, "=1. Python   0");
}

static void
test_verdict_tied_answers (void)
{
  g_autoptr(Run) run = run_versus (EXIT_OK, "--verdict", "--answer", "team-language=both");

  /* Answered, but without weights: a tie, said differently. */
  assert_quiet_success (run);
  g_assert_cmpuint (g_strv_length (run->stdout_lines), ==, 4);
  g_assert_cmpstr (run->stdout_lines[1], ==,
                   "The answers do not separate the subjects: they are tied.");
  g_assert_cmpstr (run->stdout_lines[2], ==, "=1. Node.js  0");
  g_assert_cmpstr (run->stdout_lines[3], ==, "=1. Python   0");
}

static void
test_verdict_unknown_question (void)
{
  g_autoptr(Run) run = run_versus (EXIT_USAGE, "--verdict", "--answer", "nope=yes");

  assert_usage_error (run, "versus: --answer nope=yes: ");
  g_assert_nonnull (strstr (run->stderr_lines[0], "“nope”"));
}

static void
test_verdict_answer_without_choice (void)
{
  g_autoptr(Run) bare = run_versus (EXIT_USAGE, "--verdict", "--answer", "ai-ml");
  g_autoptr(Run) empty_choice = run_versus (EXIT_USAGE, "--verdict", "--answer", "ai-ml=");
  g_autoptr(Run) empty_question = run_versus (EXIT_USAGE, "--verdict", "--answer", "=yes");

  assert_usage_error (bare, "versus: --answer ai-ml: ");
  assert_usage_error (empty_choice, "versus: --answer ai-ml=: ");
  assert_usage_error (empty_question, "versus: --answer =yes: ");
}

static void
test_verdict_unknown_choice (void)
{
  g_autoptr(Run) run = run_versus (EXIT_USAGE, "--verdict", "--answer", "ai-ml=maybe");

  assert_usage_error (run, "versus: --answer ai-ml=maybe: ");
  g_assert_nonnull (strstr (run->stderr_lines[0], "“maybe”"));
}

/* The valid choices are listed, in the dataset's order. */
static void
test_verdict_choices_listed (void)
{
  g_autoptr(Run) run = run_versus (EXIT_USAGE, "--verdict", "--answer", "team-language=rust");

  assert_usage_error (run, "versus: --answer team-language=rust: the question “team-language” "
                           "has no choice “rust”; choose one of: javascript, python, both, "
                           "neither");
}

/* A question answered twice is an error, even with the same choice. */
static void
test_verdict_answered_twice (void)
{
  g_autoptr(Run) run = run_versus (EXIT_USAGE, "--verdict", "--answer", "team-language=python",
                                   "--answer", "ai-ml=yes", "--answer", "team-language=javascript");
  g_autoptr(Run) same = run_versus (EXIT_USAGE, "--verdict", "--answer", "ai-ml=yes",
                                    "--answer", "ai-ml=yes");

  assert_usage_error (run, "versus: --answer team-language=javascript: the question "
                           "“team-language” is answered twice");
  g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, 2);
  assert_usage_error (same, "versus: --answer ai-ml=yes: the question “ai-ml” is answered twice");
}

/* Only an answer that is given can count twice. */
static void
test_verdict_important_without_answer (void)
{
  g_autoptr(Run) none = run_versus (EXIT_USAGE, "--verdict", "--important", "ai-ml");
  g_autoptr(Run) other = run_versus (EXIT_USAGE, "--verdict", "--answer", "ai-ml=yes",
                                     "--important", "team-language");
  g_autoptr(Run) answered = run_versus (EXIT_OK, "--verdict", "--answer", "ai-ml=yes",
                                        "--important", "ai-ml");

  assert_usage_error (none, "versus: --important ai-ml: the question “ai-ml” has no --answer");
  assert_usage_error (other, "versus: --important team-language: the question “team-language” "
                             "has no --answer");
  assert_quiet_success (answered);
}

static void
test_verdict_unknown_important (void)
{
  g_autoptr(Run) run = run_versus (EXIT_USAGE, "--verdict", "--answer", "ai-ml=yes",
                                   "--important", "nope");

  assert_usage_error (run, "versus: --important nope: ");
}

static void
test_verdict_two_files (void)
{
  g_autofree char *path = dist_file ("data", "valid", "three-subjects.json", NULL);
  g_autoptr(Run) run = run_versus (EXIT_USAGE, "--verdict", path, path);

  assert_usage_error (run, "versus: --verdict");
}

static void
test_verdict_file (void)
{
  g_autofree char *path = dist_file ("data", "valid", "three-subjects.json", NULL);
  g_autoptr(Run) run = run_versus (EXIT_OK, "--verdict",
                                   "--answer", "server=no",
                                   "--answer", "ops=no",
                                   "--answer", "size=small",
                                   "--important", "ops",
                                   path);

  /* SQLite 4 + 2 × 3 + 1; PostgreSQL and MySQL 2 × -1.5 each, tied in
   * dataset order, with the answer that counted against them.
   */
  assert_quiet_success (run);
  g_assert_cmpuint (g_strv_length (run->stdout_lines), ==, 9);
  g_assert_cmpstr (run->stdout_lines[0], ==, "PostgreSQL vs MySQL vs SQLite");
  g_assert_cmpstr (run->stdout_lines[1], ==, "1. SQLite      11");
  g_assert_cmpstr (run->stdout_lines[2], ==,
                   "   +4  A single local writer is what SQLite is made for");
  g_assert_cmpstr (run->stdout_lines[3], ==,
                   "   +6  SQLite needs no administration (important to you: counted twice)");
  g_assert_cmpstr (run->stdout_lines[4], ==, "   +1  Small data fits comfortably in one file");
  g_assert_cmpstr (run->stdout_lines[5], ==, "=2. PostgreSQL  \u22123");
  g_assert_cmpstr (run->stdout_lines[6], ==,
                   "   \u22123  SQLite needs no administration (important to you: counted twice)");
  g_assert_cmpstr (run->stdout_lines[7], ==, "=2. MySQL       \u22123");
  g_assert_cmpstr (run->stdout_lines[8], ==,
                   "   \u22123  SQLite needs no administration (important to you: counted twice)");
}

static void
test_verdict_file_foreign_question (void)
{
  g_autofree char *path = dist_file ("data", "valid", "three-subjects.json", NULL);
  g_autoptr(Run) run = NULL;

  /* The built-in dataset's questions do not exist in another dataset. */
  run = run_versus (EXIT_USAGE, "--verdict", "--answer", "ai-ml=yes", path);
  assert_usage_error (run, "versus: --answer ai-ml=yes: ");
}

static void
test_verdict_invalid_file (void)
{
  g_autofree char *path = dist_file ("data", "invalid", "version-2.json", NULL);
  g_autofree char *prefix = g_strdup_printf ("versus: %s: $.version: ", path);
  g_autoptr(Run) run = run_versus (EXIT_BAD_INPUT, "--verdict", path);

  g_assert_cmpstr (run->stdout_text, ==, "");
  g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, 1);
  g_assert_true (g_str_has_prefix (run->stderr_lines[0], prefix));
}

static void
test_verdict_no_questions (void)
{
  g_autofree char *path = dist_file ("data", "valid", "minimal.json", NULL);
  g_autofree char *prefix = g_strdup_printf ("versus: %s: ", path);
  g_autoptr(Run) run = run_versus (EXIT_BAD_INPUT, "--verdict", path);

  g_assert_cmpstr (run->stdout_text, ==, "");
  g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, 1);
  g_assert_true (g_str_has_prefix (run->stderr_lines[0], prefix));
}

/* ------------------------------------------------------------------------ */
/* --export-pdf, --export-csv, --export-markdown                             */
/* ------------------------------------------------------------------------ */

/* A new folder for exports, and the path of @name in it. */
static char *
export_dir (char       **path,
            const char  *name)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("versus-test-cli-XXXXXX", &error);

  g_assert_no_error (error);
  *path = g_build_filename (dir, name, NULL);

  return dir;
}

/* Removes the files in @dir, checking that they are @expected (sorted,
 * joined by spaces), and @dir.
 */
static void
remove_export_dir (const char *dir,
                   const char *expected)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  GDir *handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (handle);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        g_assert_cmpint (g_rmdir (path), ==, 0);
      else
        g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  g_ptr_array_sort (names, (GCompareFunc)strcmp_names);
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (" ", (char **)names->pdata);
  g_assert_cmpstr (joined, ==, expected);
}

static char *
read_export (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* Whether @needle is in the file at @path, which may hold NUL bytes. */
static gboolean
export_contains (const char *path,
                 const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  for (gsize i = 0; i + strlen (needle) <= length; i++)
    if (memcmp (contents + i, needle, strlen (needle)) == 0)
      return TRUE;

  return FALSE;
}

static void
test_help_export (void)
{
  g_autoptr(Run) run = run_versus (EXIT_OK, "--help");

  assert_quiet_success (run);
  g_assert_nonnull (strstr (run->stdout_text, "--export-pdf=OUT.pdf"));
  g_assert_nonnull (strstr (run->stdout_text, "--export-csv=OUT.csv"));
  g_assert_nonnull (strstr (run->stdout_text, "--export-markdown=OUT.md"));
  g_assert_nonnull (strstr (run->stdout_text, "--paper=a4|letter"));
  g_assert_nonnull (strstr (run->stdout_text, "--subjects=ID,ID"));
}

static void
test_export_pdf_builtin (void)
{
  g_autofree char *out = NULL;
  g_autofree char *dir = export_dir (&out, "report.pdf");
  g_autofree char *prefix = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(Run) run = run_versus (EXIT_OK, "--export-pdf", out);
  const char *count;
  char *end = NULL;
  guint64 n_pages;

  assert_quiet_success (run);
  g_assert_cmpuint (g_strv_length (run->stdout_lines), ==, 1);
  prefix = g_strdup_printf ("%s: wrote the report on “Node.js vs Python”, ", out);
  g_assert_true (g_str_has_prefix (run->stdout_lines[0], prefix));
  count = run->stdout_lines[0] + strlen (prefix);
  n_pages = g_ascii_strtoull (count, &end, 10);
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_cmpstr (end, ==, " pages");

  contents = read_export (out);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_true (export_contains (out, "/MediaBox [ 0 0 595.276 841.89 ]"));
  g_assert_true (export_contains (out, "/StructTreeRoot"));
  g_assert_false (export_contains (out, "/MediaBox [ 0 0 612 792 ]"));

  remove_export_dir (dir, "report.pdf");
}

#ifdef HAVE_POPPLER_GLIB
/* The cells of the seed article's two tables, “Key Differences at a Glance”
 * and “Final Verdict”, which the built-in dataset is made from: the default
 * report must carry every one of them.
 */
static const char * const article_cells[] = {
  "Performance",
  "High-performance, single-threaded event loop with non-blocking I/O",
  "Slower due to Global Interpreter Lock (GIL), multi-threaded but limited concurrency",
  "Best Use Cases",
  "Real-time applications, scalable network applications, APIs, microservices",
  "Data science, AI/ML, automation, web scraping, enterprise software",
  "Learning Curve",
  "Moderate, requires understanding asynchronous programming and callback functions",
  "Easy, beginner-friendly with clean, readable syntax",
  "Scalability",
  "Highly scalable via event-driven architecture and clustering",
  "Limited scalability due to GIL bottleneck, but effective for CPU-bound tasks",
  "Primary Frameworks",
  "Express.js, NestJS, Koa",
  "Django, Flask, FastAPI",
  "Package Management",
  "NPM (Node Package Manager)",
  "pip, conda",
  "Enterprise Adoption",
  "Netflix, LinkedIn, Uber, PayPal",
  "Google, Instagram, NASA, Spotify",
  "Runtime Environment",
  "JavaScript runtime built on Chrome’s V8 JavaScript engine",
  "Interpreted programming language runtime",
  "Latest Release",
  "Regular current release and LTS release cycles",
  "Major version releases with backward compatibility",
  "You need real-time capabilities and high scalability",
  "Your project involves data science or AI/ML",
  "Your team is proficient in JavaScript",
  "You want rapid prototyping with clean syntax",
  "You require efficient handling of simultaneous connections",
  "You prioritize extensive scientific libraries",
  "You want to build scalable network applications",
  "Your focus is on automation and scripting",
};

/* @text without white space or hyphens, which line wrapping changes. */
static char *
squeeze_text (const char *text)
{
  GString *squeezed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-' || c == 0x00ad || c == 0x2010)
        continue;

      g_string_append_unichar (squeezed, c);
    }

  return g_string_free (squeezed, FALSE);
}

static void
test_export_pdf_article (void)
{
  g_autofree char *out = NULL;
  g_autofree char *dir = export_dir (&out, "report.pdf");
  g_autofree char *uri = g_filename_to_uri (out, NULL, NULL);
  g_autoptr(Run) run = run_versus (EXIT_OK, "--export-pdf", out);
  PopplerDocument *document = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *squeezed = NULL;

  assert_quiet_success (run);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_object_unref (page);
    }
  squeezed = squeeze_text (text->str);

  g_assert_cmpuint (G_N_ELEMENTS (article_cells), ==, 35);
  for (guint i = 0; i < G_N_ELEMENTS (article_cells); i++)
    {
      g_autofree char *cell = squeeze_text (article_cells[i]);

      if (strstr (squeezed, cell) == NULL)
        g_error ("not in the PDF: “%s”", article_cells[i]);
    }

  /* The guidance, under its heading, for each subject. */
  g_assert_nonnull (strstr (text->str, "When to Choose Each"));
  g_assert_nonnull (strstr (text->str, "Choose Node.js if:"));
  g_assert_nonnull (strstr (text->str, "Choose Python if:"));

  g_clear_object (&document);
  remove_export_dir (dir, "report.pdf");
}
#endif

static void
test_export_pdf_options (void)
{
  g_autofree char *path = dist_file ("data", "valid", "three-subjects.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *dir = export_dir (&out, "databases.pdf");
  g_autofree char *prefix = NULL;
  g_autoptr(Run) run = NULL;

  run = run_versus (EXIT_OK, "--export-pdf", out, "--paper", "letter",
                    "--subjects", "sqlite, postgresql",
                    "--answer", "server=no", "--answer", "ops=no", "--important", "ops",
                    path);

  assert_quiet_success (run);
  prefix = g_strdup_printf ("%s: wrote the report on “PostgreSQL vs MySQL vs SQLite”, ", out);
  g_assert_true (g_str_has_prefix (run->stdout_lines[0], prefix));
  g_assert_true (export_contains (out, "/MediaBox [ 0 0 612 792 ]"));
  g_assert_false (export_contains (out, "/MediaBox [ 0 0 595.276 841.89 ]"));

  remove_export_dir (dir, "databases.pdf");
}

static void
test_export_csv (void)
{
  g_autofree char *out = NULL;
  g_autofree char *dir = export_dir (&out, "table.csv");
  g_autofree char *prefix = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(Run) run = run_versus (EXIT_OK, "--export-csv", out);

  assert_quiet_success (run);
  g_assert_cmpuint (g_strv_length (run->stdout_lines), ==, 1);
  prefix = g_strdup_printf ("%s: wrote the ", out);
  g_assert_true (g_str_has_prefix (run->stdout_lines[0], prefix));
  g_assert_true (g_str_has_suffix (run->stdout_lines[0], " features of “Node.js vs Python”"));

  contents = read_export (out);
  g_assert_true (g_str_has_prefix (contents, "Feature,Category,Node.js,Python,Advantage\r\n"
                                   "Performance,Runtime and performance,"));
  g_assert_true (g_str_has_suffix (contents, "\r\n"));

  remove_export_dir (dir, "table.csv");
}

static void
test_export_markdown (void)
{
  g_autofree char *path = dist_file ("data", "valid", "three-subjects.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *dir = export_dir (&out, "table.md");
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(Run) run = run_versus (EXIT_OK, "--export-markdown", out,
                                   "--subjects", "mysql,sqlite", path);

  assert_quiet_success (run);
  expected = g_strdup_printf ("%s: wrote the 7 features of “PostgreSQL vs MySQL vs SQLite”", out);
  g_assert_cmpstr (run->stdout_lines[0], ==, expected);

  contents = read_export (out);
  lines = g_strsplit (contents, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "# PostgreSQL vs MySQL vs SQLite");
  g_assert_cmpstr (lines[1], ==, "");
  g_assert_cmpstr (lines[2], ==, "| Feature | Category | MySQL | SQLite | Advantage |");
  g_assert_cmpstr (lines[3], ==, "| --- | --- | --- | --- | --- |");
  g_assert_cmpuint (g_strv_length (lines), ==, 4 + 7 + 1);

  remove_export_dir (dir, "table.md");
}

static void
test_export_usage (void)
{
  g_autofree char *path = dist_file ("data", "valid", "three-subjects.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *dir = export_dir (&out, "out.pdf");
  struct {
    const char *args[8];
    const char *message;
  } cases[] = {
    { { "--export-pdf", out, "--export-csv", out },
      "versus: --export-pdf, --export-csv and --export-markdown cannot be used together" },
    { { "--export-csv", out, "--export-markdown", out },
      "versus: --export-pdf, --export-csv and --export-markdown cannot be used together" },
    { { "--export-pdf", out, "--validate", path },
      "versus: --export-pdf cannot be used with --validate" },
    { { "--export-markdown", out, "--verdict" },
      "versus: --export-markdown cannot be used with --verdict" },
    { { "--paper", "letter" }, "versus: --paper goes with --export-pdf" },
    { { "--export-csv", out, "--paper", "a4" }, "versus: --paper goes with --export-pdf" },
    { { "--export-pdf", out, "--paper", "a5" },
      "versus: --paper a5: the paper is “a4” or “letter”" },
    { { "--subjects", "nodejs" },
      "versus: --subjects goes with --export-pdf, --export-csv or --export-markdown" },
    { { "--export-csv", out, "--subjects", "ruby" },
      "versus: --subjects ruby: there is no subject “ruby”; the subjects are nodejs, python" },
    { { "--export-pdf", out, "--subjects", "sqlite,oracle", path },
      "versus: --subjects sqlite,oracle: there is no subject “oracle”; the subjects are "
      "postgresql, mysql, sqlite" },
    { { "--export-pdf", out, "--subjects", "nodejs,,python" },
      "versus: --subjects nodejs,,python: write the subjects as ID,ID…" },
    { { "--export-pdf", out, "--subjects", "python,nodejs,python" },
      "versus: --subjects python,nodejs,python: “python” is listed twice" },
    { { "--export-pdf", out, path, path }, "versus: --export-pdf reads one dataset, not 2" },
    { { "--export-csv", out, "--answer", "ai-ml=yes" },
      "versus: --answer and --important go with --verdict or --export-pdf" },
    { { "--export-pdf", out, "--answer", "nope=yes" }, "versus: --answer nope=yes: " },
    { { "--export-pdf", out, "--answer", "ai-ml=yes", "--important", "nope" },
      "versus: --important nope: " },
    { { "--export-pdf", "" }, "versus: --export-pdf needs the name of the file to write" },
    { { "--export-csv", out, "--subjects", "" },
      "versus: --subjects needs at least one subject: write them as ID,ID…" },
    { { "--export-pdf", out, "--subjects", "" },
      "versus: --subjects needs at least one subject: write them as ID,ID…" },
    { { "--export-pdf", out, "--answer", "ai-ml=yes", "--answer", "ai-ml=no" },
      "versus: --answer ai-ml=no: the question “ai-ml” is answered twice" },
    { { "--export-pdf", out, "--important", "ai-ml" },
      "versus: --important ai-ml: the question “ai-ml” has no --answer" },
    { { "--export-pdf", out, "--answer", "team-language=rust" },
      "versus: --answer team-language=rust: the question “team-language” has no choice “rust”; "
      "choose one of: javascript, python, both, neither" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(Run) run = run_versus_argv (cases[i].args, EXIT_USAGE);

      assert_usage_error (run, cases[i].message);
      /* Bad usage writes nothing. */
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  remove_export_dir (dir, "");
}

static void
test_export_invalid_dataset (void)
{
  g_autofree char *path = dist_file ("data", "invalid", "version-2.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *dir = export_dir (&out, "out.csv");
  g_autofree char *prefix = g_strdup_printf ("versus: %s: $.version: ", path);
  g_autoptr(Run) run = run_versus (EXIT_BAD_INPUT, "--export-csv", out, path);

  g_assert_cmpstr (run->stdout_text, ==, "");
  g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, 1);
  g_assert_true (g_str_has_prefix (run->stderr_lines[0], prefix));

  remove_export_dir (dir, "");
}

static void
test_export_cannot_write (void)
{
  g_autofree char *out = NULL;
  g_autofree char *dir = export_dir (&out, "missing");
  g_autofree char *target = g_build_filename (out, "report.pdf", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(Run) missing = NULL;
  g_autoptr(Run) folder = NULL;
  g_autoptr(Run) csv = NULL;

  /* A folder that does not exist. */
  missing = run_versus (EXIT_BAD_INPUT, "--export-pdf", target);
  expected = g_strdup_printf ("versus: %s: the folder “%s” does not exist", target, out);
  g_assert_cmpstr (missing->stdout_text, ==, "");
  g_assert_cmpuint (g_strv_length (missing->stderr_lines), ==, 1);
  g_assert_cmpstr (missing->stderr_lines[0], ==, expected);

  /* A target that is a folder: it stays, and no temporary file is left. */
  g_assert_cmpint (g_mkdir (out, 0755), ==, 0);
  folder = run_versus (EXIT_BAD_INPUT, "--export-pdf", out);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("versus: %s: it is a folder, not a file", out);
  g_assert_cmpstr (folder->stdout_text, ==, "");
  g_assert_cmpstr (folder->stderr_lines[0], ==, expected);

  csv = run_versus (EXIT_BAD_INPUT, "--export-csv", out);
  g_assert_cmpstr (csv->stderr_lines[0], ==, expected);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_DIR));

  remove_export_dir (dir, "missing");
}


/* Targets that are not files, read-only files and the dataset itself are
 * refused in one line, exit 1, and stay as they were.
 */
static void
test_export_refused_targets (void)
{
  g_autofree char *dataset = NULL;
  g_autofree char *dir = export_dir (&dataset, "dataset.json");
  g_autofree char *builtin = dist_file ("data", "valid", "three-subjects.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling", NULL);
  g_autofree char *read_only = g_build_filename (dir, "read-only.csv", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.json", NULL);
  g_autofree char *soft = g_build_filename (dir, "soft.json", NULL);
  g_autofree char *original = read_export (builtin);
  g_autofree char *kept = NULL;
  g_autofree char *after = NULL;
  struct {
    const char *option;
    const char *target;
    const char *dataset;
    const char *message;
  } cases[] = {
    { "--export-csv", "/dev/null", NULL, "this is a device, not a file; choose a file to export to" },
    { "--export-pdf", "/dev/null", NULL, "this is a device, not a file; choose a file to export to" },
    { "--export-markdown", fifo, NULL, "this is a pipe, not a file; choose a file to export to" },
    { "--export-pdf", dangling, NULL,
      "this is a link to a missing file; choose a file to export to" },
    { "--export-csv", read_only, NULL,
      "this file is read-only; choose another file, or make it writable" },
    { "--export-csv", dataset, dataset,
      "this is the dataset file being exported; choose another file to export to" },
    { "--export-pdf", hard, dataset,
      "this is the dataset file being exported; choose another file to export to" },
    { "--export-markdown", soft, dataset,
      "this is the dataset file being exported; choose another file to export to" },
  };
  GStatBuf buf;

  g_assert_true (g_file_set_contents (dataset, original, -1, NULL));
  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  g_assert_cmpint (symlink ("missing", dangling), ==, 0);
  g_assert_true (g_file_set_contents (read_only, "kept\n", -1, NULL));
  g_assert_cmpint (g_chmod (read_only, 0444), ==, 0);
  g_assert_cmpint (link (dataset, hard), ==, 0);
  g_assert_cmpint (symlink ("dataset.json", soft), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(Run) run = NULL;
      g_autofree char *expected = g_strdup_printf ("versus: %s: %s", cases[i].target,
                                                   cases[i].message);

      if (cases[i].dataset != NULL)
        run = run_versus (EXIT_BAD_INPUT, cases[i].option, cases[i].target, cases[i].dataset);
      else
        run = run_versus (EXIT_BAD_INPUT, cases[i].option, cases[i].target);

      g_assert_cmpstr (run->stdout_text, ==, "");
      g_assert_cmpuint (g_strv_length (run->stderr_lines), ==, 1);
      g_assert_cmpstr (run->stderr_lines[0], ==, expected);
    }

  /* Nothing changed. */
  g_assert_cmpint (g_stat ("/dev/null", &buf), ==, 0);
  g_assert_true (S_ISCHR (buf.st_mode));
  g_assert_cmpint (g_lstat (fifo, &buf), ==, 0);
  g_assert_true (S_ISFIFO (buf.st_mode));
  g_assert_cmpint (g_lstat (dangling, &buf), ==, 0);
  g_assert_true (S_ISLNK (buf.st_mode));
  kept = read_export (read_only);
  g_assert_cmpstr (kept, ==, "kept\n");
  after = read_export (dataset);
  g_assert_cmpstr (after, ==, original);

  remove_export_dir (dir, "dangling dataset.json fifo hard.json read-only.csv soft.json");
}


/* A dataset of @n_features features whose PDF takes a while to write. */
static char *
many_features_json (guint n_features)
{
  GString *json = g_string_new (NULL);

  g_string_append (json,
                   "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"many\",\n"
                   " \"title\": \"Northwind vs Southwind\",\n"
                   " \"subjects\": [\n"
                   "   {\"id\": \"north\", \"name\": \"Northwind\", \"color\": \"#1c71d8\"},\n"
                   "   {\"id\": \"south\", \"name\": \"Southwind\", \"color\": \"#e66100\"}],\n"
                   " \"categories\": [{\"id\": \"one\", \"name\": \"First group\"}],\n"
                   " \"features\": [\n");

  for (guint i = 1; i <= n_features; i++)
    g_string_append_printf (json,
                            "  {\"id\": \"f%u\", \"name\": \"Row %u\", \"category\": \"one\",\n"
                            "   \"values\": {\"north\": \"n%u with a longer text that wraps over "
                            "several lines of the narrow column\", \"south\": \"s%u\"},\n"
                            "   \"scores\": {\"north\": %u, \"south\": %u},\n"
                            "   \"advantage\": \"tie\"}%s\n",
                            i, i, i, i, i % 6, (i + 3) % 6, i < n_features ? "," : "");

  g_string_append (json, " ]}\n");

  return g_string_free (json, FALSE);
}

/* Whether a temporary file `.versus-XXXXXX` is in @dir. */
static gboolean
has_temp_file (const char *dir)
{
  GDir *handle = g_dir_open (dir, 0, NULL);
  const char *name;
  gboolean found = FALSE;

  g_assert_nonnull (handle);
  while (!found && (name = g_dir_read_name (handle)) != NULL)
    found = g_str_has_prefix (name, ".versus-");
  g_dir_close (handle);

  return found;
}

/* The test runner may ignore a signal (nohup): versus starts with the
 * default actions, as from a shell.
 */
static void
reset_signals_cb (gpointer user_data)
{
  signal (SIGTERM, SIG_DFL);
  signal (SIGINT, SIG_DFL);
  signal (SIGHUP, SIG_DFL);
}

/* SIGTERM, SIGINT or SIGHUP while the PDF is written: versus ends with
 * that signal, the old file stays as it was and no temporary file remains.
 */
static void
test_export_signal (gconstpointer user_data)
{
  int signum = GPOINTER_TO_INT (user_data);
  g_autofree char *out = NULL;
  g_autofree char *dir = export_dir (&out, "report.pdf");
  g_autofree char *dataset = g_build_filename (dir, "many.json", NULL);
  g_autofree char *json = many_features_json (6000);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  g_assert_true (g_file_set_contents (dataset, json, -1, NULL));
  g_assert_true (g_file_set_contents (out, "old report\n", -1, NULL));

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_subprocess_launcher_set_child_setup (launcher, reset_signals_cb, NULL, NULL);

  for (guint attempt = 1; ; attempt++)
    {
      subprocess = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("VERSUS_BIN"),
                                                "--export-pdf", out, dataset, NULL);
      g_assert_no_error (error);

      /* The temporary file appears once the dataset is read, and stays
       * while the pages are laid out and written.
       */
      while (!has_temp_file (dir))
        {
          g_assert_false (g_subprocess_get_identifier (subprocess) == NULL);
          g_usleep (1000);
        }

      /* Stopped with its temporary file there, versus is still writing
       * when the signal comes, however busy the machine. It may have
       * finished just before it stopped: then the test starts again.
       */
      g_subprocess_send_signal (subprocess, SIGSTOP);
      if (has_temp_file (dir))
        break;

      g_subprocess_send_signal (subprocess, SIGCONT);
      g_subprocess_wait (subprocess, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (attempt, <, 5);
      g_assert_true (g_file_set_contents (out, "old report\n", -1, NULL));
      g_clear_object (&subprocess);
    }
  g_subprocess_send_signal (subprocess, signum);
  g_subprocess_send_signal (subprocess, SIGCONT);
  g_subprocess_wait (subprocess, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_signaled (subprocess));
  g_assert_cmpint (g_subprocess_get_term_sig (subprocess), ==, signum);
  g_assert_false (has_temp_file (dir));
  kept = read_export (out);
  g_assert_cmpstr (kept, ==, "old report\n");

  remove_export_dir (dir, "many.json report.pdf");
}

static void
test_no_executable (void)
{
  g_test_skip ("VERSUS_BIN is not set: run these tests with meson test");
}

/* ------------------------------------------------------------------------ */

/* The subjects that --subjects could name are listed short, too: the
 * title and an id of 1 MB each.
 */
static void
test_long_subject_ids (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *dir = export_dir (&out, "out.csv");
  g_autofree char *path = g_build_filename (dir, "long.json", NULL);
  g_autofree char *id = g_strnfill (1024 * 1024, 'k');
  g_autofree char *cut = g_strnfill (80, 'k');
  g_autofree char *json = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *valid = NULL;
  g_autoptr(Run) run = NULL;
  g_autoptr(Run) validate = NULL;

  json = g_strdup_printf ("{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"n\","
                          " \"title\": \"%s\", \"subjects\": [{\"id\": \"%s\", \"name\": \"A\"},"
                          " {\"id\": \"b\", \"name\": \"B\"}], \"features\": [{\"id\": \"f\","
                          " \"name\": \"F\", \"values\": {\"%s\": \"1\", \"b\": \"2\"}}]}",
                          id, id, id);
  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);

  run = run_versus (EXIT_USAGE, "--export-csv", out, "--subjects", "nope", path);
  expected = g_strdup_printf ("versus: --subjects nope: there is no subject “nope”; the subjects "
                              "are %s…, b", cut);
  assert_usage_error (run, expected);
  g_assert_cmpstr (run->stderr_lines[0], ==, expected);

  validate = run_versus (EXIT_OK, "--validate", path);
  valid = g_strdup_printf ("%s: “%s…” is a valid comparison of 1 feature", path, cut);
  g_assert_cmpstr (validate->stderr_text, ==, "");
  g_assert_cmpuint (g_strv_length (validate->stdout_lines), ==, 1);
  g_assert_cmpstr (validate->stdout_lines[0], ==, valid);

  g_assert_cmpint (g_unlink (path), ==, 0);
  remove_export_dir (dir, "");
}

/* ------------------------------------------------------------------------ */
/* --import-csv and --import-markdown                                        */
/* ------------------------------------------------------------------------ */

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_import_help (void)
{
  g_autoptr(Run) run = run_versus (EXIT_OK, "--help");

  assert_quiet_success (run);
  g_assert_nonnull (strstr (run->stdout_text, "--import-csv=TABLE.csv"));
  g_assert_nonnull (strstr (run->stdout_text, "--import-markdown=TABLE.md"));
  g_assert_nonnull (strstr (run->stdout_text, "-o, --output=OUT.json"));
  g_assert_nonnull (strstr (run->stdout_text, "--title=TITLE"));
}

/* Export → import → validate, through the command line only. */
static void
test_import_round_trip (gconstpointer user_data)
{
  gboolean markdown = GPOINTER_TO_INT (user_data);
  g_autofree char *path = dist_file ("data", "valid", "three-subjects.json", NULL);
  g_autofree char *table = NULL;
  g_autofree char *dir = export_dir (&table, markdown ? "databases.md" : "databases.csv");
  g_autofree char *out = g_build_filename (dir, "databases.json", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(Run) export = NULL;
  g_autoptr(Run) import = NULL;
  g_autoptr(Run) validate = NULL;

  export = run_versus (EXIT_OK, markdown ? "--export-markdown" : "--export-csv", table, path);
  import = run_versus (EXIT_OK, markdown ? "--import-markdown" : "--import-csv", table,
                       "-o", out);
  assert_quiet_success (import);
  expected = g_strdup_printf ("%s: wrote “%s”, 3 subjects and 7 features", out,
                              markdown ? "PostgreSQL vs MySQL vs SQLite" : "databases");
  g_assert_cmpuint (g_strv_length (import->stdout_lines), ==, 1);
  g_assert_cmpstr (import->stdout_lines[0], ==, expected);

  contents = read_export (out);
  g_assert_true (g_str_has_prefix (contents, "{\n  \"format\" : \"versus/comparison\",\n"));
  g_assert_nonnull (strstr (contents, "\"id\" : \"postgresql\""));
  g_assert_nonnull (strstr (contents, "\"advantage\" : \"tie\""));

  validate = run_versus (EXIT_OK, "--validate", out);
  g_assert_cmpuint (g_strv_length (validate->stdout_lines), ==, 1);
  g_assert_true (g_str_has_suffix (validate->stdout_lines[0],
                                   "is a valid comparison of 7 features"));

  remove_export_dir (dir, markdown ? "databases.json databases.md"
                                   : "databases.csv databases.json");
}

static void
test_import_title_and_stdout (void)
{
  g_autofree char *table = NULL;
  g_autofree char *dir = export_dir (&table, "langs.csv");
  g_autoptr(Run) run = NULL;

  write_file (table, "\xef\xbb\xbf" "Feature;Go;Rust\r\nSpeed;Fast;Faster\r\n");
  run = run_versus (EXIT_OK, "--import-csv", table, "--title", "Go vs Rust", "-o", "-");
  g_assert_cmpstr (run->stderr_text, ==, "");
  g_assert_true (g_str_has_prefix (run->stdout_text,
                                   "{\n"
                                   "  \"format\" : \"versus/comparison\",\n"
                                   "  \"version\" : 1,\n"
                                   "  \"id\" : \"go-vs-rust\",\n"
                                   "  \"title\" : \"Go vs Rust\",\n"));
  g_assert_true (g_str_has_suffix (run->stdout_text, "\n  ]\n}\n"));

  remove_export_dir (dir, "langs.csv");
}

static void
test_import_bad_table (void)
{
  g_autofree char *table = NULL;
  g_autofree char *dir = export_dir (&table, "table.csv");
  g_autofree char *out = g_build_filename (dir, "out.json", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GString) wide = g_string_new ("Feature");
  g_autoptr(Run) ragged = NULL;
  g_autoptr(Run) too_many = NULL;
  g_autoptr(Run) missing = NULL;
  g_autoptr(Run) same = NULL;
  g_autoptr(Run) folder = NULL;

  /* A failed import leaves the target as it was, and nothing else. */
  write_file (out, "old");
  write_file (table, "Feature,A,B\nx,1,2\ny,1,\"2\n3\",4\n");
  ragged = run_versus (EXIT_BAD_INPUT, "--import-csv", table, "-o", out);
  expected = g_strdup_printf ("versus: %s:4:4: this row has 4 cells, but the header row has 3",
                              table);
  g_assert_cmpstr (ragged->stdout_text, ==, "");
  g_assert_cmpuint (g_strv_length (ragged->stderr_lines), ==, 1);
  g_assert_cmpstr (ragged->stderr_lines[0], ==, expected);
  kept = read_export (out);
  g_assert_cmpstr (kept, ==, "old");

  for (guint i = 1; i <= 33; i++)
    g_string_append_printf (wide, ",Subject %u", i);
  g_string_append (wide, "\n");
  write_file (table, wide->str);
  too_many = run_versus (EXIT_BAD_INPUT, "--import-csv", table, "-o", out);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("versus: %s:1:1: the table has 33 subject columns; a comparison "
                              "has 2 to 32 subjects", table);
  g_assert_cmpstr (too_many->stderr_lines[0], ==, expected);

  /* The table cannot be the target. */
  same = run_versus (EXIT_BAD_INPUT, "--import-csv", table, "-o", table);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("versus: %s: this is the table being imported; choose another "
                              "file to write the dataset to", table);
  g_assert_cmpstr (same->stderr_lines[0], ==, expected);

  g_assert_cmpint (g_unlink (table), ==, 0);
  missing = run_versus (EXIT_BAD_INPUT, "--import-markdown", table, "-o", out);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("versus: %s: there is no such file", table);
  g_assert_cmpuint (g_strv_length (missing->stderr_lines), ==, 1);
  g_assert_cmpstr (missing->stderr_lines[0], ==, expected);

  folder = run_versus (EXIT_BAD_INPUT, "--import-csv", dir, "-o", out);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("versus: %s: this is not a file; save the table as a file first",
                              dir);
  g_assert_cmpstr (folder->stderr_lines[0], ==, expected);

  remove_export_dir (dir, "out.json");
}

static void
test_import_usage (void)
{
  g_autofree char *table = NULL;
  g_autofree char *dir = export_dir (&table, "table.csv");
  g_autofree char *out = g_build_filename (dir, "out.json", NULL);
  struct {
    const char *args[8];
    const char *message;
  } cases[] = {
    { { "--import-csv", table }, "versus: --import-csv needs -o OUT.json, the dataset to write" },
    { { "--import-markdown", table, "-o", "" },
      "versus: --import-markdown needs -o OUT.json, the dataset to write" },
    { { "--import-csv", "", "-o", out },
      "versus: --import-csv needs the name of the table to read" },
    { { "-o", out }, "versus: -o and --title go with --import-csv or --import-markdown" },
    { { "--title", "T" }, "versus: -o and --title go with --import-csv or --import-markdown" },
    { { "--import-csv", table, "--import-markdown", table, "-o", out },
      "versus: --import-csv and --import-markdown cannot be used together" },
    { { "--import-csv", table, "-o", out, "--validate" },
      "versus: --import-csv cannot be used with --validate" },
    { { "--import-markdown", table, "-o", out, "--export-csv", "x.csv" },
      "versus: --import-markdown cannot be used with --export-csv" },
    { { "--import-csv", table, "-o", out, "extra.json" },
      "versus: --import-csv reads the table given with it; “extra.json” is one file too many" },
  };

  write_file (table, "Feature,A,B\nx,1,2\n");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(Run) run = run_versus_argv (cases[i].args, EXIT_USAGE);

      assert_usage_error (run, cases[i].message);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  remove_export_dir (dir, "table.csv");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) invalid_cases = NULL;

  /* Messages are compared in English, whatever the caller's locale. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "", TRUE);

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("VERSUS_BIN") == NULL)
    {
      g_test_add_func ("/versus/cli/no-executable", test_no_executable);
      return g_test_run ();
    }

  g_test_add_func ("/versus/cli/version", test_version);
  g_test_add_func ("/versus/cli/help", test_help);
  g_test_add_func ("/versus/cli/usage/unknown-option", test_unknown_option);
  g_test_add_func ("/versus/cli/usage/validate-without-file", test_validate_without_file);
  g_test_add_func ("/versus/cli/usage/validate-and-verdict", test_validate_and_verdict);
  g_test_add_func ("/versus/cli/usage/answer-without-verdict", test_answer_without_verdict);

  g_test_add_func ("/versus/cli/validate/builtin", test_validate_builtin);
  g_test_add_func ("/versus/cli/validate/three-subjects", test_validate_three_subjects);
  g_test_add_func ("/versus/cli/validate/warnings", test_validate_warnings);
  g_test_add_func ("/versus/cli/validate/warning-count", test_validate_warning_count);
  g_test_add_func ("/versus/cli/validate/all-errors", test_validate_all_errors);
  g_test_add_func ("/versus/cli/validate/error-limit", test_validate_error_limit);
  g_test_add_func ("/versus/cli/validate/syntax-stops", test_validate_syntax_stops);
  g_test_add_func ("/versus/cli/validate/missing", test_validate_missing);
  g_test_add_func ("/versus/cli/validate/directory", test_validate_directory);
  g_test_add_func ("/versus/cli/validate/named-pipe", test_named_pipe);
  g_test_add_func ("/versus/cli/validate/long-names", test_long_names);
  g_test_add_func ("/versus/cli/export/long-subject-ids", test_long_subject_ids);
  g_test_add_func ("/versus/cli/validate/several", test_validate_several);
  g_test_add_func ("/versus/cli/validate/hostile", test_validate_hostile);

  invalid_cases = read_invalid_cases ();
  for (guint i = 0; i < invalid_cases->len; i++)
    {
      const InvalidCase *invalid = g_ptr_array_index (invalid_cases, i);
      g_autofree char *name = g_strndup (invalid->file, strlen (invalid->file) - strlen (".json"));
      g_autofree char *path = g_strdup_printf ("/versus/cli/validate/invalid/%s", name);

      g_test_add_data_func (path, invalid, test_validate_invalid);
    }

  g_test_add_func ("/versus/cli/verdict/data-science", test_verdict_data_science);
  g_test_add_func ("/versus/cli/verdict/real-time-chat", test_verdict_real_time);
  g_test_add_func ("/versus/cli/verdict/negative-points", test_verdict_negative_points);
  g_test_add_func ("/versus/cli/verdict/no-answers", test_verdict_no_answers);
  g_test_add_func ("/versus/cli/verdict/tied-answers", test_verdict_tied_answers);
  g_test_add_func ("/versus/cli/verdict/file", test_verdict_file);
  g_test_add_func ("/versus/cli/verdict/invalid-file", test_verdict_invalid_file);
  g_test_add_func ("/versus/cli/verdict/no-questions", test_verdict_no_questions);
  g_test_add_func ("/versus/cli/verdict/usage/unknown-question", test_verdict_unknown_question);
  g_test_add_func ("/versus/cli/verdict/usage/answer-without-choice",
                   test_verdict_answer_without_choice);
  g_test_add_func ("/versus/cli/verdict/usage/unknown-choice", test_verdict_unknown_choice);
  g_test_add_func ("/versus/cli/verdict/usage/unknown-important", test_verdict_unknown_important);
  g_test_add_func ("/versus/cli/verdict/usage/choices-listed", test_verdict_choices_listed);
  g_test_add_func ("/versus/cli/verdict/usage/answered-twice", test_verdict_answered_twice);
  g_test_add_func ("/versus/cli/verdict/usage/important-without-answer",
                   test_verdict_important_without_answer);
  g_test_add_func ("/versus/cli/verdict/usage/two-files", test_verdict_two_files);
  g_test_add_func ("/versus/cli/verdict/usage/foreign-question",
                   test_verdict_file_foreign_question);

  g_test_add_func ("/versus/cli/export/help", test_help_export);
  g_test_add_func ("/versus/cli/export/pdf", test_export_pdf_builtin);
#ifdef HAVE_POPPLER_GLIB
  g_test_add_func ("/versus/cli/export/pdf/article", test_export_pdf_article);
#endif
  g_test_add_func ("/versus/cli/export/pdf-options", test_export_pdf_options);
  g_test_add_func ("/versus/cli/export/csv", test_export_csv);
  g_test_add_func ("/versus/cli/export/markdown", test_export_markdown);
  g_test_add_func ("/versus/cli/export/usage", test_export_usage);
  g_test_add_func ("/versus/cli/export/invalid-dataset", test_export_invalid_dataset);
  g_test_add_func ("/versus/cli/export/cannot-write", test_export_cannot_write);
  g_test_add_func ("/versus/cli/export/refused-targets", test_export_refused_targets);
  g_test_add_func ("/versus/cli/import/help", test_import_help);
  g_test_add_data_func ("/versus/cli/import/round-trip/csv", GINT_TO_POINTER (FALSE),
                        test_import_round_trip);
  g_test_add_data_func ("/versus/cli/import/round-trip/markdown", GINT_TO_POINTER (TRUE),
                        test_import_round_trip);
  g_test_add_func ("/versus/cli/import/title-and-stdout", test_import_title_and_stdout);
  g_test_add_func ("/versus/cli/import/bad-table", test_import_bad_table);
  g_test_add_func ("/versus/cli/import/usage", test_import_usage);
  g_test_add_data_func ("/versus/cli/export/signal/term", GINT_TO_POINTER (SIGTERM),
                        test_export_signal);
  g_test_add_data_func ("/versus/cli/export/signal/int", GINT_TO_POINTER (SIGINT),
                        test_export_signal);
  g_test_add_data_func ("/versus/cli/export/signal/hup", GINT_TO_POINTER (SIGHUP),
                        test_export_signal);

  return g_test_run ();
}
