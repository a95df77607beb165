/* versus-bench-load.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vs-dataset-loader.h"

/* One load, in a process of its own so that its peak memory is its own:
 *
 *   versus-bench-load versus FILE      Versus's loader (parse, validate, build the model)
 *   versus-bench-load json-glib FILE   json-glib alone parsing the same file
 *
 * prints one line of JSON: the time to a usable result, the time until the
 * parse tree is freed too (json-glib), and the peak resident memory (VmHWM).
 * It links the data layer only, not GTK, so that the baseline is small.
 */

/* The processor time of this thread, in microseconds: on a busy machine,
 * steadier than the wall-clock time.
 */
static gint64
thread_cpu_time (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);

  return now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static long
read_status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;

  line = strstr (status, field);
  if (line == NULL)
    return -1;

  return strtol (line + strlen (field), NULL, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  gint64 start, ready, freed, cpu_start, cpu_ready;
  guint n_features = 0;

  if (argc != 3 || (strcmp (argv[1], "versus") != 0 && strcmp (argv[1], "json-glib") != 0))
    {
      g_printerr ("usage: versus-bench-load versus|json-glib FILE\n");
      return 2;
    }

  if (strcmp (argv[1], "versus") == 0)
    {
      g_autoptr(GFile) file = g_file_new_for_path (argv[2]);
      g_autoptr(VsDataset) dataset = NULL;

      cpu_start = thread_cpu_time ();
      start = g_get_monotonic_time ();
      dataset = vs_dataset_loader_load_file (file, NULL, &error);
      ready = freed = g_get_monotonic_time ();
      cpu_ready = thread_cpu_time ();
      if (dataset == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      n_features = g_list_model_get_n_items (vs_dataset_get_features (dataset));

      /* What the data layer keeps is what a window would keep. */
      printf ("{\"ms\": %.1f, \"cpu_ms\": %.1f, \"free_ms\": %.1f, \"peak_kb\": %ld, "
              "\"rss_kb\": %ld, \"features\": %u}\n",
              (ready - start) / 1000.0, (cpu_ready - cpu_start) / 1000.0, (freed - start) / 1000.0,
              read_status_kb ("VmHWM:"), read_status_kb ("VmRSS:"), n_features);
    }
  else
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonNode *features;

      cpu_start = thread_cpu_time ();
      start = g_get_monotonic_time ();
      if (!json_parser_load_from_file (parser, argv[2], &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      ready = g_get_monotonic_time ();
      cpu_ready = thread_cpu_time ();
      features = json_object_get_member (json_node_get_object (json_parser_get_root (parser)),
                                         "features");
      n_features = json_array_get_length (json_node_get_array (features));
      g_clear_object (&parser);
      freed = g_get_monotonic_time ();

      printf ("{\"ms\": %.1f, \"cpu_ms\": %.1f, \"free_ms\": %.1f, \"peak_kb\": %ld, "
              "\"rss_kb\": %ld, \"features\": %u}\n",
              (ready - start) / 1000.0, (cpu_ready - cpu_start) / 1000.0, (freed - start) / 1000.0,
              read_status_kb ("VmHWM:"), read_status_kb ("VmRSS:"), n_features);
    }

  return 0;
}
