/* driver.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "fuzz.h"

/* Replays corpus files through a fuzz target without libFuzzer, so that
 * the corpus runs as an ordinary test under gcc (GLib's fuzzing/driver.c).
 * Arguments are files or folders of files.
 */

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  LLVMFuzzerTestOneInput ((const unsigned char *)contents, length);
}

static void
add_path (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *folder = g_path_get_dirname (path);
      g_autofree char *folder_name = g_path_get_basename (folder);
      g_autofree char *basename = g_path_get_basename (path);
      g_autofree char *test_path = g_strdup_printf ("/versus/fuzz/replay/%s/%s",
                                                    folder_name, basename);

      g_test_add_data_func_full (test_path, g_strdup (path), replay_file, g_free);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      add_path (child);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (int i = 1; i < argc; i++)
    add_path (argv[i]);

  return g_test_run ();
}
