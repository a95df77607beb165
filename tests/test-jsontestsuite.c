/* test-jsontestsuite.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

/* Runs `versus --validate` on every file of JSONTestSuite's test_parsing
 * folder. None of them is a Versus dataset, so each must be refused with
 * exit status 1 and one clear line, without a crash or a hang, whether
 * the JSON is valid, invalid or implementation-defined.
 *
 * The corpus is not part of Versus: it is read from where the build says
 * (VERSUS_JSONTESTSUITE_DIR), and the test is skipped when it is absent.
 */

#define TIMEOUT_SECONDS 20

typedef struct
{
  GSubprocess *process;
  char *stdout_text;
  char *stderr_text;
  gboolean done;
  gboolean timed_out;
  GError *error;
} Run;

static void
communicate_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Run *run = user_data;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (object), result,
                                        &run->stdout_text, &run->stderr_text, &run->error);
  run->done = TRUE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  Run *run = user_data;

  run->timed_out = TRUE;
  g_subprocess_force_exit (run->process);

  return G_SOURCE_REMOVE;
}

static void
test_file (gconstpointer data)
{
  const char *path = data;
  const char *versus = g_getenv ("VERSUS_BIN");
  g_autofree char *expected_prefix = g_strdup_printf ("versus: %s", path);
  g_auto(GStrv) lines = NULL;
  Run run = { 0 };
  guint timeout_id;

  g_assert_nonnull (versus);

  run.process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                  &run.error, versus, "--validate", path, NULL);
  g_assert_no_error (run.error);

  timeout_id = g_timeout_add_seconds (TIMEOUT_SECONDS, timeout_cb, &run);
  g_subprocess_communicate_utf8_async (run.process, NULL, NULL, communicate_cb, &run);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  if (!run.timed_out)
    g_source_remove (timeout_id);

  g_assert_no_error (run.error);
  g_assert_false (run.timed_out);
  g_test_message ("%s", run.stderr_text);

  /* Refused cleanly: exit status 1, no signal, nothing on stdout. */
  g_assert_true (g_subprocess_get_if_exited (run.process));
  g_assert_cmpint (g_subprocess_get_exit_status (run.process), ==, 1);
  g_assert_cmpstr (run.stdout_text, ==, "");

  /* One line, naming the file: the location and the reason. */
  lines = g_strsplit (run.stderr_text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_cmpstr (lines[1], ==, "");
  g_assert_true (g_str_has_prefix (lines[0], expected_prefix));
  g_assert_null (strstr (lines[0], "CRITICAL"));

  g_clear_object (&run.process);
  g_free (run.stdout_text);
  g_free (run.stderr_text);
}

static void
test_corpus_absent (gconstpointer data)
{
  const char *folder = data;
  g_autofree char *message = g_strdup_printf ("JSONTestSuite not found at %s; set the "
                                              "“jsontestsuite” build option to its "
                                              "test_parsing folder to run this test",
                                              folder);

  g_test_skip (message);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

int
main (int   argc,
      char *argv[])
{
  const char *folder = g_getenv ("VERSUS_JSONTESTSUITE_DIR");
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_test_init (&argc, &argv, NULL);

  if (folder != NULL)
    dir = g_dir_open (folder, 0, NULL);

  if (dir == NULL)
    {
      g_test_add_data_func ("/versus/jsontestsuite/absent", folder ? folder : "(unset)",
                            test_corpus_absent);
      return g_test_run ();
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, ".json"))
        g_ptr_array_add (paths, g_build_filename (folder, name, NULL));
    }
  g_ptr_array_sort (paths, compare_names);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *basename = g_path_get_basename (path);
      g_autofree char *test_path = g_strdup_printf ("/versus/jsontestsuite/%s", basename);

      g_test_add_data_func (test_path, path, test_file);
    }

  return g_test_run ();
}
