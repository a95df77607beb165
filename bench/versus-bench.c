/* versus-bench.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <poppler.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vs-companies-view.h"
#include "vs-dataset-loader.h"
#include "vs-feature-filter.h"
#include "vs-feature-list-model.h"
#include "vs-feature-sorter.h"
#include "vs-features-view.h"
#include "vs-slot-list-model.h"
#include "vs-text-cell.h"
#include "vs-use-cases-view.h"

/* The benchmark of Versus (bench/README.md). Run it through bench/run,
 * which builds it, generates the datasets and provides a display:
 *
 *   versus-bench --data DIR --versus PATH --bare PATH --loader PATH --output FILE
 *
 * 1. loading and validating 1k, 10k and 100k features (each load in a
 *    process of its own, versus-bench-load), against json-glib alone;
 * 2. the Features view's models at 100k rows: sorting, searching;
 * 3. the same operations through GTK's stock list models;
 * 4. process start to first frame, Versus against a bare GtkWindow;
 * 5. PDF export through `versus --export-pdf`, against LibreOffice
 *    converting the same table, as CSV, to PDF;
 * then the goals of issue #16, each met or not.
 *
 * Times are wall-clock milliseconds; repeated measurements report the median.
 */

#define LOAD_RUNS        5
#define FIRST_FRAME_RUNS 20
#define MODEL_ROUNDS     3
#define EXPORT_RUNS      3

/* The words bench/generate-dataset plants in about 15 % and 5 % of the rows. */
#define SEARCH_FIRST "kestrel"
#define SEARCH_NEXT  "s"

typedef struct
{
  const char *data_dir;
  const char *versus;
  const char *bare;
  const char *adw;
  const char *loader;
  const char *output;
  gboolean quick;
  JsonBuilder *json;
  GString *table;

  /* What the goals of bench/README.md are measured against; NAN when the
   * part that measures it did not run. */
  double load_time_ratio;
  double load_peak_ratio;
  double frame_ratio;
  double content_ratio;
  double pdf_1k_ms;
  double pdf_10k_ms;
  double soffice_10k_ms;
} Bench;

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
fastest (double *values,
         guint   n)
{
  double least = INFINITY;

  for (guint i = 0; i < n; i++)
    least = MIN (least, values[i]);

  return least;
}

static double
median (double *values,
        guint   n)
{
  g_autofree double *sorted = g_memdup2 (values, n * sizeof (double));

  if (n == 0)
    return NAN;

  qsort (sorted, n, sizeof (double), compare_doubles);

  return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

G_GNUC_PRINTF (2, 3)
static void
say (Bench      *bench,
     const char *format,
     ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  g_string_append (bench->table, line);
  fputs (line, stdout);
  fflush (stdout);
}

/* The load average over the last minute, NAN if unknown: the machine may
 * be busy with more than the benchmark.
 */
static double
load_average (void)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &contents, NULL, NULL))
    return NAN;

  return g_ascii_strtod (contents, NULL);
}

/* @text padded with spaces to @width characters (printf counts bytes). */
static const char *
pad (const char *text,
     int         width)
{
  static char buffers[4][256];
  static guint next;
  char *buffer = buffers[next++ % G_N_ELEMENTS (buffers)];
  int length = g_utf8_strlen (text, -1);

  g_snprintf (buffer, sizeof buffers[0], "%s%*s", text, MAX (0, width - length), "");

  return buffer;
}

static char *
dataset_path (Bench *bench,
              guint  n_features)
{
  g_autofree char *name = g_strdup_printf ("features-%u-subjects-4-seed-1.json", n_features);

  return g_build_filename (bench->data_dir, name, NULL);
}

static void
json_member_double (JsonBuilder *json,
                    const char  *name,
                    double       value)
{
  json_builder_set_member_name (json, name);
  if (isnan (value))
    json_builder_add_null_value (json);
  else
    json_builder_add_double_value (json, round (value * 10) / 10);
}

static void
json_member_int (JsonBuilder *json,
                 const char  *name,
                 gint64       value)
{
  json_builder_set_member_name (json, name);
  json_builder_add_int_value (json, value);
}

static void
json_member_string (JsonBuilder *json,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (json, name);
  json_builder_add_string_value (json, value);
}

/* Runs @argv, returns its standard output; the time it took in @ms. */
static char *
run_command (char   **argv,
             char   **envp,
             double  *ms)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  double start = now_ms ();
  int status;

  if (!g_spawn_sync (NULL, argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (ms != NULL)
    *ms = now_ms () - start;
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s %s: %s\n%s", argv[0], argv[1], error->message, err);

  return out;
}

/* ------------------------------------------------------------------------ */
/* 1. Loading                                                               */
/* ------------------------------------------------------------------------ */

typedef struct
{
  double ms;
  double cpu_ms;
  double free_ms;
  double peak_mb;
  double rss_mb;
} LoadRun;

static LoadRun
run_loader (Bench      *bench,
            const char *mode,
            const char *path)
{
  char *argv[] = { (char *)bench->loader, (char *)mode, (char *)path, NULL };
  g_autofree char *out = run_command (argv, NULL, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;
  LoadRun run;

  if (!json_parser_load_from_data (parser, out, -1, NULL))
    g_error ("versus-bench-load said: %s", out);

  object = json_node_get_object (json_parser_get_root (parser));
  run.ms = json_object_get_double_member (object, "ms");
  run.cpu_ms = json_object_get_double_member (object, "cpu_ms");
  run.free_ms = json_object_get_double_member (object, "free_ms");
  run.peak_mb = json_object_get_int_member (object, "peak_kb") / 1024.0;
  run.rss_mb = json_object_get_int_member (object, "rss_kb") / 1024.0;

  return run;
}

static void
bench_load (Bench *bench)
{
  const guint sizes[] = { 1000, 10000, 100000 };

  say (bench, "\n2. Load and validate, 4 subjects (median of %d runs, each in a new process)\n",
       LOAD_RUNS);
  say (bench, "%-9s %7s %17s %17s %9s %6s %9s %6s\n", "", "", "Versus", "json-glib", "",
       "", "peak MB", "");
  say (bench, "%-9s %7s %8s %8s %8s %8s %9s %6s %9s %6s\n", "features", "MB", "time", "CPU",
       "parse", "CPU", "+free", "ratio", "Versus", "ratio");

  json_builder_set_member_name (bench->json, "load");
  json_builder_begin_array (bench->json);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *path = dataset_path (bench, sizes[s]);
      double ours_ms[LOAD_RUNS], ours_cpu[LOAD_RUNS], ours_peak[LOAD_RUNS], ours_rss[LOAD_RUNS];
      double floor_ms[LOAD_RUNS], floor_cpu[LOAD_RUNS], floor_free_ms[LOAD_RUNS];
      double floor_peak[LOAD_RUNS];
      double o_ms, o_cpu, o_peak, f_ms, f_cpu, f_free, f_peak;
      GStatBuf info;

      if (g_stat (path, &info) != 0)
        g_error ("%s is missing: run bench/run", path);

      /* Alternate the two, so that a busy moment hurts both alike. */
      for (guint r = 0; r < LOAD_RUNS; r++)
        {
          LoadRun ours = run_loader (bench, "versus", path);
          LoadRun floor_run = run_loader (bench, "json-glib", path);

          ours_ms[r] = ours.ms;
          ours_cpu[r] = ours.cpu_ms;
          ours_peak[r] = ours.peak_mb;
          ours_rss[r] = ours.rss_mb;
          floor_ms[r] = floor_run.ms;
          floor_cpu[r] = floor_run.cpu_ms;
          floor_free_ms[r] = floor_run.free_ms;
          floor_peak[r] = floor_run.peak_mb;
        }

      o_ms = median (ours_ms, LOAD_RUNS);
      o_cpu = median (ours_cpu, LOAD_RUNS);
      o_peak = median (ours_peak, LOAD_RUNS);
      f_ms = median (floor_ms, LOAD_RUNS);
      f_cpu = median (floor_cpu, LOAD_RUNS);
      f_free = median (floor_free_ms, LOAD_RUNS);
      f_peak = median (floor_peak, LOAD_RUNS);

      say (bench, "%-9u %7.1f %5.0f ms %5.0f ms %5.0f ms %5.0f ms %6.0f ms %5.2f× %9.0f %5.2f×\n",
           sizes[s], info.st_size / 1048576.0, o_ms, o_cpu, f_ms, f_cpu, f_free, o_ms / f_ms,
           o_peak, o_peak / f_peak);

      json_builder_begin_object (bench->json);
      json_member_int (bench->json, "features", sizes[s]);
      json_member_int (bench->json, "file_bytes", info.st_size);
      json_member_double (bench->json, "versus_ms", o_ms);
      json_member_double (bench->json, "versus_cpu_ms", o_cpu);
      json_member_double (bench->json, "versus_peak_mb", o_peak);
      json_member_double (bench->json, "versus_rss_after_mb", median (ours_rss, LOAD_RUNS));
      json_member_double (bench->json, "json_glib_parse_ms", f_ms);
      json_member_double (bench->json, "json_glib_parse_cpu_ms", f_cpu);
      json_member_double (bench->json, "json_glib_parse_and_free_ms", f_free);
      json_member_double (bench->json, "json_glib_peak_mb", f_peak);
      json_member_double (bench->json, "time_ratio", o_ms / f_ms);
      json_member_double (bench->json, "cpu_ratio", o_cpu / f_cpu);
      json_member_double (bench->json, "peak_ratio", o_peak / f_peak);
      json_builder_end_object (bench->json);

      if (sizes[s] == 100000)
        {
          bench->load_time_ratio = o_ms / f_ms;
          bench->load_peak_ratio = o_peak / f_peak;
        }
    }

  json_builder_end_array (bench->json);
  say (bench, "   time: wall clock until the dataset is usable; CPU: of the loading thread "
       "(Versus frees\n   the parse tree of a large file in another thread, after). json-glib: "
       "json_parser_load_from_file()\n   of the same file; +free: until its tree is freed "
       "too.\n");
}

/* ------------------------------------------------------------------------ */
/* 2 and 3. The models of the Features view                                 */
/* ------------------------------------------------------------------------ */

static GtkWidget *
find_widget (GtkWidget  *root,
             const char *id)
{
  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (root)), id) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
get_pending (GListModel *model)
{
  guint pending = 0;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (model), "pending") != NULL)
    g_object_get (model, "pending", &pending, NULL);

  return pending;
}

/* Runs the main context until @model is done with its work: the models
 * that work incrementally or in a thread say so with “pending”.
 */
static void
settle (GListModel *model)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  while (get_pending (model) > 0)
    g_main_context_iteration (NULL, TRUE);
}

/* Lets what GTK had scheduled (the search entry's delayed signal) run,
 * untimed.
 */
static void
idle_for (guint ms)
{
  double end = now_ms () + ms;

  while (now_ms () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

typedef enum
{
  OP_SORT_NAME_ASC,
  OP_SORT_NAME_DESC,
  OP_SORT_SUBJECT_ASC,
  OP_SORT_SUBJECT_DESC,
  OP_SEARCH,
  OP_SEARCH_NARROW,
  OP_SEARCH_CLEAR,
  N_OPS
} Op;

static const char * const op_names[N_OPS] = {
  "sort by feature ↑",
  "sort by feature ↓",
  "sort by subject ↑",
  "sort by subject ↓",
  "search “" SEARCH_FIRST "”",
  "next key “" SEARCH_FIRST SEARCH_NEXT "”",
  "clear the search",
};

static const char * const op_ids[N_OPS] = {
  "sort_feature_asc",
  "sort_feature_desc",
  "sort_subject_asc",
  "sort_subject_desc",
  "search",
  "search_narrow",
  "search_clear",
};

typedef struct
{
  /* The first sort of each column, which may build its keys. */
  double first[N_OPS];
  double times[N_OPS][MODEL_ROUNDS];
  guint n_items[N_OPS];
} OpTimes;

/* Versus: the Features view's models (a VsFeatureListModel following the
 * sorter of a column view whose columns have VsFeatureSorters, and a
 * VsFeatureFilter), or the Features view itself in a window.
 */
typedef struct
{
  GtkColumnView *column_view;
  GListModel *rows;
  VsFeatureFilter *filter;
  /* For the view: its search entry, and its window, whose next frame is
   * waited for.
   */
  GtkEditable *entry;
  GtkWidget *window;
  double last_paint;
  /* The last frame painted with the model done with its work, and every
   * row in sight at its height.
   */
  double settled_paint;
} Ours;

static void
after_paint_cb (GdkFrameClock *clock,
                Ours          *ours)
{
  ours->last_paint = now_ms ();
  /* The first frame that shows every row in sight at its height: a cell
   * that comes into sight right after a change may keep the height of its
   * old text for a frame (vs-text-cell.c).
   */
  if ((ours->rows == NULL || get_pending (ours->rows) == 0) &&
      vs_text_cell_get_n_waiting () == 0)
    ours->settled_paint = ours->last_paint;
}

static gboolean
wake_up_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until *@painted, a time of paint, is after @since,
 * for at most @timeout_ms.
 */
static void
wait_for_paint (const double *painted,
                double        since,
                double        timeout_ms)
{
  guint wake_up = g_timeout_add (10, wake_up_cb, NULL);
  double deadline = now_ms () + timeout_ms;

  while (*painted <= since && now_ms () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake_up);
}

/* Waits for the first frame painted after @since with the model done with
 * its work (a first sort makes its keys in a thread first): the frame that
 * shows the user the result.
 */
static void
wait_for_settled_frame (Ours   *ours,
                        double  since)
{
  wait_for_paint (&ours->settled_paint, since, 5000);
}

/* Waits for a frame painted after @since. */
static void
wait_for_frame (Ours   *ours,
                double  since)
{
  wait_for_paint (&ours->last_paint, since, 1000);
}

static void
search_for (Ours       *ours,
            const char *text,
            gboolean    append)
{
  int position = -1;

  if (ours->entry == NULL)
    {
      const char *search = vs_feature_filter_get_search (ours->filter);
      g_autofree char *new_search = append ? g_strconcat (search, text, NULL) : g_strdup (text);

      vs_feature_filter_set_search (ours->filter, new_search);
      return;
    }

  /* A key typed at the end of the text, then the entry's (delayed)
   * “search-changed”, emitted at once here.
   */
  if (append)
    gtk_editable_insert_text (ours->entry, text, -1, &position);
  else
    gtk_editable_delete_text (ours->entry, 0, -1);
  g_signal_emit_by_name (ours->entry, "search-changed");
}

static double
ours_do (gpointer data,
         Op       op)
{
  Ours *ours = data;
  GListModel *columns = gtk_column_view_get_columns (ours->column_view);
  g_autoptr(GtkColumnViewColumn) name_column = g_list_model_get_item (columns, 0);
  g_autoptr(GtkColumnViewColumn) subject_column = g_list_model_get_item (columns, 2);
  double start = now_ms ();

  switch (op)
    {
    case OP_SORT_NAME_ASC:
      gtk_column_view_sort_by_column (ours->column_view, name_column, GTK_SORT_ASCENDING);
      break;

    case OP_SORT_NAME_DESC:
      gtk_column_view_sort_by_column (ours->column_view, name_column, GTK_SORT_DESCENDING);
      break;

    case OP_SORT_SUBJECT_ASC:
      gtk_column_view_sort_by_column (ours->column_view, subject_column, GTK_SORT_ASCENDING);
      break;

    case OP_SORT_SUBJECT_DESC:
      gtk_column_view_sort_by_column (ours->column_view, subject_column, GTK_SORT_DESCENDING);
      break;

    case OP_SEARCH:
      search_for (ours, SEARCH_FIRST, TRUE);
      break;

    case OP_SEARCH_NARROW:
      search_for (ours, SEARCH_NEXT, TRUE);
      break;

    case OP_SEARCH_CLEAR:
      search_for (ours, "", FALSE);
      break;

    case N_OPS:
    default:
      g_assert_not_reached ();
    }

  if (ours->window != NULL)
    wait_for_settled_frame (ours, start);
  else
    settle (ours->rows);

  return now_ms () - start;
}

/* The stock chain: GListStore → GtkFilterListModel (GtkStringFilter over
 * the row's text) → GtkSortListModel (the column's own GtkStringSorter).
 */
typedef struct
{
  GListStore *store;
  GtkStringFilter *filter;
  GtkFilterListModel *filter_model;
  GtkSortListModel *sort_model;
  GtkSorter *name_sorter;
  GtkSorter *subject_sorter;
} Stock;

static GQuark row_text_quark;

/* The text the stock filter searches: the same texts as Versus's search
 * (name, category, values, leader), made once so that the baseline is
 * charged for filtering only.
 */
static char *
make_row_text (VsDataset *dataset,
               VsFeature *feature)
{
  GString *text = g_string_new (vs_feature_get_name (feature));
  VsCategory *category = vs_feature_get_category (feature);
  VsSubject *advantage = vs_feature_get_advantage (feature);

  if (category != NULL)
    g_string_append_printf (text, "\n%s", vs_category_get_name (category));
  for (guint i = 0; i < vs_dataset_get_n_subjects (dataset); i++)
    if (vs_feature_get_value (feature, i) != NULL)
      g_string_append_printf (text, "\n%s", vs_feature_get_value (feature, i));
  if (advantage != NULL)
    g_string_append_printf (text, "\n%s", vs_subject_get_name (advantage));
  else if (vs_feature_get_is_tie (feature))
    g_string_append (text, "\nTie");

  return g_string_free (text, FALSE);
}

static char *
get_row_text (VsFeature *feature)
{
  return g_strdup (g_object_get_qdata (G_OBJECT (feature), row_text_quark));
}

static char *
get_value_text (VsFeature *feature,
                guint      subject_index)
{
  const char *value = vs_feature_get_value (feature, subject_index);

  /* GtkStringSorter wants a string; a missing value sorts first. */
  return g_strdup (value != NULL ? value : "");
}

static GtkExpression *
value_expression (guint subject_index)
{
  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                      G_CALLBACK (get_value_text),
                                      GUINT_TO_POINTER (subject_index), NULL);
}

static void
stock_init (Stock     *stock,
            VsDataset *dataset)
{
  GListModel *features = vs_dataset_get_features (dataset);
  guint n = g_list_model_get_n_items (features);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);
  GtkExpression *expression;

  for (guint i = 0; i < n; i++)
    {
      VsFeature *feature = g_list_model_get_item (features, i);

      g_object_set_qdata_full (G_OBJECT (feature), row_text_quark,
                               make_row_text (dataset, feature), g_free);
      g_ptr_array_add (items, feature);
    }

  stock->store = g_list_store_new (VS_TYPE_FEATURE);
  g_list_store_splice (stock->store, 0, 0, items->pdata, items->len);

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (get_row_text), NULL, NULL);
  stock->filter = gtk_string_filter_new (expression);
  gtk_string_filter_set_ignore_case (stock->filter, TRUE);
  gtk_string_filter_set_match_mode (stock->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);

  stock->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (stock->store)),
                                                   g_object_ref (GTK_FILTER (stock->filter)));
  stock->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (stock->filter_model)),
                                               NULL);

  stock->name_sorter =
    GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (VS_TYPE_FEATURE, NULL,
                                                                    "name")));
  stock->subject_sorter = GTK_SORTER (gtk_string_sorter_new (value_expression (0)));
}

static void
stock_clear (Stock *stock)
{
  g_clear_object (&stock->sort_model);
  g_clear_object (&stock->filter_model);
  g_clear_object (&stock->filter);
  g_clear_object (&stock->store);
  g_clear_object (&stock->name_sorter);
  g_clear_object (&stock->subject_sorter);
}

/* GTK 4.8 has no stock way to invert a sorter but the column view's own
 * sorter, which keeps no sort keys: this times it, apart.
 */
static double
stock_descending_through_column_view (Stock     *stock,
                                      GtkSorter *sorter)
{
  GtkColumnView *column_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  GtkColumnViewColumn *column = gtk_column_view_column_new ("Column", NULL);
  GtkSortListModel *model;
  double start;

  g_object_ref_sink (column_view);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_append_column (column_view, column);
  model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (stock->filter_model)), NULL);

  /* The model sorts when it gets the sorter; the order is set first. */
  gtk_column_view_sort_by_column (column_view, column, GTK_SORT_DESCENDING);
  start = now_ms ();
  gtk_sort_list_model_set_sorter (model, gtk_column_view_get_sorter (column_view));
  settle (G_LIST_MODEL (model));
  start = now_ms () - start;

  g_object_unref (model);
  g_object_unref (column);
  g_object_unref (column_view);

  return start;
}

static double
stock_do (gpointer data,
          Op       op)
{
  Stock *stock = data;
  double start = now_ms ();

  switch (op)
    {
    case OP_SORT_NAME_ASC:
    case OP_SORT_NAME_DESC:
      /* The same keys in the other direction: see stock_descending_through_column_view(). */
      gtk_sort_list_model_set_sorter (stock->sort_model, NULL);
      start = now_ms ();
      gtk_sort_list_model_set_sorter (stock->sort_model, stock->name_sorter);
      break;

    case OP_SORT_SUBJECT_ASC:
    case OP_SORT_SUBJECT_DESC:
      gtk_sort_list_model_set_sorter (stock->sort_model, NULL);
      start = now_ms ();
      gtk_sort_list_model_set_sorter (stock->sort_model, stock->subject_sorter);
      break;

    case OP_SEARCH:
      gtk_string_filter_set_search (stock->filter, SEARCH_FIRST);
      break;

    case OP_SEARCH_NARROW:
      gtk_string_filter_set_search (stock->filter, SEARCH_FIRST SEARCH_NEXT);
      break;

    case OP_SEARCH_CLEAR:
      gtk_string_filter_set_search (stock->filter, NULL);
      break;

    case N_OPS:
    default:
      g_assert_not_reached ();
    }

  settle (G_LIST_MODEL (stock->sort_model));

  return now_ms () - start;
}

typedef double (*RunOp) (gpointer data,
                        Op       op);

static void
run_ops (OpTimes    *times,
         RunOp       run,
         gpointer    data,
         GListModel *rows)
{
  /* The first sort of each column. */
  times->first[OP_SORT_NAME_ASC] = run (data, OP_SORT_NAME_ASC);
  times->first[OP_SORT_SUBJECT_ASC] = run (data, OP_SORT_SUBJECT_ASC);

  for (guint r = 0; r < MODEL_ROUNDS; r++)
    for (Op op = OP_SORT_NAME_ASC; op <= OP_SORT_SUBJECT_DESC; op++)
      {
        times->times[op][r] = run (data, op);
        times->n_items[op] = g_list_model_get_n_items (rows);
      }

  /* Searching with a subject's column sorted, as a user would. */
  for (guint r = 0; r < MODEL_ROUNDS; r++)
    for (Op op = OP_SEARCH; op <= OP_SEARCH_CLEAR; op++)
      {
        times->times[op][r] = run (data, op);
        times->n_items[op] = g_list_model_get_n_items (rows);
        idle_for (250);
      }
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **result_out = user_data;

  *result_out = g_object_ref (result);
}

/* Loads as the window does, in a worker thread: its parse tree is made
 * and freed in the worker's memory arena, not the main thread's.
 */
static VsDataset *
load_dataset (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  VsDataset *dataset;

  vs_dataset_loader_load_file_async (file, NULL, loaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  dataset = vs_dataset_loader_load_file_finish (result, &error);
  if (dataset == NULL)
    g_error ("%s", error->message);

  /* Let the worker free the parse tree before timing anything. */
  idle_for (1500);

  return dataset;
}

static void
add_column (GtkColumnView   *column_view,
            VsDataset       *dataset,
            VsFeatureSortBy  sort_by,
            guint            subject_index)
{
  g_autoptr(VsFeatureSorter) sorter = vs_feature_sorter_new (dataset, sort_by, subject_index);
  g_autoptr(GtkColumnViewColumn) column = gtk_column_view_column_new (NULL, NULL);

  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
  gtk_column_view_append_column (column_view, column);
}

static void
json_op_times (JsonBuilder *json,
               const char  *prefix,
               OpTimes     *times,
               Op           op)
{
  g_autofree char *median_name = g_strconcat (prefix, "_ms", NULL);
  g_autofree char *max_name = g_strconcat (prefix, "_max_ms", NULL);
  double max = 0;

  for (guint r = 0; r < MODEL_ROUNDS; r++)
    max = MAX (max, times->times[op][r]);

  json_member_double (json, median_name, median (times->times[op], MODEL_ROUNDS));
  json_member_double (json, max_name, max);
}

/* The Use cases or the Companies view in a window: the dataset shown,
 * a search key typed and the search cleared, each timed until the next
 * frame is painted, median of MODEL_ROUNDS.
 */
static void
bench_list_view (Bench      *bench,
                 GType       view_type,
                 const char *name,
                 const char *search,
                 VsDataset  *dataset)
{
  g_autofree char *search_operation = g_strdup_printf ("search “%s”", search);
  const char *operations[] = { "show the dataset", search_operation, "clear the search" };
  const char *ids[] = { "show_ms", "search_ms", "clear_ms" };
  double times[G_N_ELEMENTS (operations)][MODEL_ROUNDS];
  g_autoptr(VsSession) session = vs_session_new (dataset);
  Ours view = { 0 };
  GtkWidget *widget;
  gulong paint_handler;

  view.window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (view.window), 1100, 720);
  widget = g_object_new (view_type, NULL);
  gtk_window_set_child (GTK_WINDOW (view.window), widget);
  gtk_window_present (GTK_WINDOW (view.window));
  paint_handler = g_signal_connect (gtk_widget_get_frame_clock (view.window), "after-paint",
                                    G_CALLBACK (after_paint_cb), &view);
  idle_for (300);
  view.entry = GTK_EDITABLE (find_widget (widget, "search_entry"));

  for (guint r = 0; r < MODEL_ROUNDS; r++)
    {
      double start;
      int position = -1;

      vs_view_set_session (VS_VIEW (widget), NULL);
      wait_for_frame (&view, now_ms ());
      idle_for (100);

      start = now_ms ();
      vs_view_set_session (VS_VIEW (widget), session);
      wait_for_frame (&view, now_ms ());
      times[0][r] = now_ms () - start;
      idle_for (100);

      start = now_ms ();
      gtk_editable_insert_text (view.entry, search, -1, &position);
      g_signal_emit_by_name (view.entry, "search-changed");
      wait_for_frame (&view, now_ms ());
      times[1][r] = now_ms () - start;
      idle_for (100);

      start = now_ms ();
      gtk_editable_delete_text (view.entry, 0, -1);
      g_signal_emit_by_name (view.entry, "search-changed");
      wait_for_frame (&view, now_ms ());
      times[2][r] = now_ms () - start;
      idle_for (100);
    }

  json_builder_set_member_name (bench->json, name);
  json_builder_begin_object (bench->json);
  for (guint o = 0; o < G_N_ELEMENTS (operations); o++)
    {
      double max = 0;

      for (guint r = 0; r < MODEL_ROUNDS; r++)
        max = MAX (max, times[o][r]);
      say (bench, "%s %9.1f ms %9.1f ms\n", pad (operations[o], 26),
           median (times[o], MODEL_ROUNDS), max);
      json_member_double (bench->json, ids[o], median (times[o], MODEL_ROUNDS));
    }
  json_builder_end_object (bench->json);

  g_signal_handler_disconnect (gtk_widget_get_frame_clock (view.window), paint_handler);
  g_object_ref (widget);
  gtk_window_destroy (GTK_WINDOW (view.window));
  g_assert_finalize_object (widget);
}

static void
bench_models (Bench *bench)
{
  g_autofree char *path = dataset_path (bench, 100000);
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(VsDataset) view_dataset = NULL;
  g_autoptr(VsSession) view_session = NULL;
  g_autoptr(VsFeatureListModel) model = NULL;
  g_autoptr(VsFeatureFilter) filter = NULL;
  GtkColumnView *column_view;
  g_autoptr(GtkSelectionModel) selection = NULL;
  OpTimes ours_times = { 0 }, stock_times = { 0 }, view_times = { 0 };
  double stock_desc[2];
  double show_ms, stock_build_ms, view_show_ms, start;
  Ours ours = { 0 }, view = { 0 };
  Stock stock = { 0 };
  VsFeaturesView *features_view;
  gulong paint_handler;
  guint n_rows;

  /* 2. The models, as the view makes them, without the view. */
  dataset = load_dataset (path);
  n_rows = vs_dataset_get_n_features (dataset);

  column_view = GTK_COLUMN_VIEW (g_object_ref_sink (gtk_column_view_new (NULL)));
  add_column (column_view, dataset, VS_FEATURE_SORT_BY_NAME, 0);
  add_column (column_view, dataset, VS_FEATURE_SORT_BY_CATEGORY, 0);
  for (guint i = 0; i < vs_dataset_get_n_subjects (dataset); i++)
    add_column (column_view, dataset, VS_FEATURE_SORT_BY_VALUE, i);
  add_column (column_view, dataset, VS_FEATURE_SORT_BY_ADVANTAGE, 0);
  filter = vs_feature_filter_new (dataset);
  model = vs_feature_list_model_new (gtk_column_view_get_sorter (column_view));

  start = now_ms ();
  vs_feature_list_model_set_dataset (model, dataset, filter);
  settle (G_LIST_MODEL (model));
  show_ms = now_ms () - start;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_rows);

  ours.column_view = column_view;
  ours.rows = G_LIST_MODEL (model);
  ours.filter = filter;
  run_ops (&ours_times, ours_do, &ours, ours.rows);

  /* 3. The stock chain, on the same features. */
  start = now_ms ();
  stock_init (&stock, dataset);
  settle (G_LIST_MODEL (stock.sort_model));
  stock_build_ms = now_ms () - start;

  run_ops (&stock_times, stock_do, &stock, G_LIST_MODEL (stock.sort_model));
  gtk_string_filter_set_search (stock.filter, NULL);
  stock_desc[0] = stock_descending_through_column_view (&stock, stock.name_sorter);
  stock_desc[1] = stock_descending_through_column_view (&stock, stock.subject_sorter);
  stock_clear (&stock);

  say (bench, "\n3–4. The Features view's models at %u rows, against GTK's stock models "
       "(median of %d rounds)\n", n_rows, MODEL_ROUNDS);
  say (bench, "%s %12s %12s %9s %9s\n", pad ("operation", 26), "Versus", "stock", "ratio",
       "rows");
  say (bench, "%s %9.1f ms %9.1f ms %9s %9u\n", pad ("show the dataset", 26), show_ms,
       stock_build_ms, "", n_rows);

  json_builder_set_member_name (bench->json, "models");
  json_builder_begin_object (bench->json);
  json_member_int (bench->json, "rows", n_rows);
  json_member_double (bench->json, "versus_show_dataset_ms", show_ms);
  json_member_double (bench->json, "stock_build_ms", stock_build_ms);
  json_member_double (bench->json, "versus_first_sort_feature_ms",
                      ours_times.first[OP_SORT_NAME_ASC]);
  json_member_double (bench->json, "versus_first_sort_subject_ms",
                      ours_times.first[OP_SORT_SUBJECT_ASC]);
  json_member_double (bench->json, "stock_first_sort_feature_ms",
                      stock_times.first[OP_SORT_NAME_ASC]);
  json_member_double (bench->json, "stock_first_sort_subject_ms",
                      stock_times.first[OP_SORT_SUBJECT_ASC]);
  json_member_double (bench->json, "stock_sort_feature_desc_column_view_ms", stock_desc[0]);
  json_member_double (bench->json, "stock_sort_subject_desc_column_view_ms", stock_desc[1]);
  json_builder_set_member_name (bench->json, "operations");
  json_builder_begin_array (bench->json);

  say (bench, "%s %9.1f ms %9.1f ms %8.1f× %9u\n", pad ("first sort by feature ↑", 26),
       ours_times.first[OP_SORT_NAME_ASC], stock_times.first[OP_SORT_NAME_ASC],
       stock_times.first[OP_SORT_NAME_ASC] / ours_times.first[OP_SORT_NAME_ASC], n_rows);
  say (bench, "%s %9.1f ms %9.1f ms %8.1f× %9u\n", pad ("first sort by subject ↑", 26),
       ours_times.first[OP_SORT_SUBJECT_ASC], stock_times.first[OP_SORT_SUBJECT_ASC],
       stock_times.first[OP_SORT_SUBJECT_ASC] / ours_times.first[OP_SORT_SUBJECT_ASC], n_rows);

  for (Op op = 0; op < N_OPS; op++)
    {
      double o = median (ours_times.times[op], MODEL_ROUNDS);
      double s = median (stock_times.times[op], MODEL_ROUNDS);

      /* The stock descending sort is charged as the ascending one (the
       * same keys), or as the column view's sorter when that is faster.
       */
      if (op == OP_SORT_NAME_DESC)
        s = MIN (s, stock_desc[0]);
      else if (op == OP_SORT_SUBJECT_DESC)
        s = MIN (s, stock_desc[1]);

      say (bench, "%s %9.1f ms %9.1f ms %8.1f× %9u\n", pad (op_names[op], 26), o, s, s / o,
           ours_times.n_items[op]);

      if (op >= OP_SEARCH && ours_times.n_items[op] != stock_times.n_items[op])
        g_error ("%s: Versus shows %u rows, the stock models %u", op_names[op],
                 ours_times.n_items[op], stock_times.n_items[op]);

      json_builder_begin_object (bench->json);
      json_member_string (bench->json, "operation", op_ids[op]);
      json_op_times (bench->json, "versus", &ours_times, op);
      json_member_double (bench->json, "stock_ms", s);
      json_member_double (bench->json, "ratio", s / o);
      json_member_int (bench->json, "rows", ours_times.n_items[op]);
      json_builder_end_object (bench->json);
    }

  json_builder_end_array (bench->json);
  json_builder_end_object (bench->json);

  say (bench, "   Versus: VsFeatureListModel with VsFeatureFilter and a column view's sorter. "
       "Stock:\n   GListStore → GtkFilterListModel (GtkStringFilter, ignore case, over the row's "
       "texts)\n   → GtkSortListModel (the column's GtkStringSorter). GTK 4.8 inverts a sorter "
       "only\n   through the column view's sorter, which keeps no keys: ↓ through it took "
       "%.0f ms (feature)\n   and %.0f ms (subject); the table charges stock ↓ as the faster of "
       "that and ↑.\n", stock_desc[0], stock_desc[1]);

  g_clear_object (&model);
  g_clear_object (&filter);
  g_object_unref (column_view);
  g_clear_object (&dataset);

  /* The Features view itself, in a window, each change timed until the
   * next frame is painted: what a user waits for.
   */
  view_dataset = load_dataset (path);
  view.window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (view.window), 1100, 720);
  features_view = g_object_new (VS_TYPE_FEATURES_VIEW, NULL);
  gtk_window_set_child (GTK_WINDOW (view.window), GTK_WIDGET (features_view));
  gtk_window_present (GTK_WINDOW (view.window));
  paint_handler = g_signal_connect (gtk_widget_get_frame_clock (view.window), "after-paint",
                                    G_CALLBACK (after_paint_cb), &view);
  idle_for (500);

  view.column_view = GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (features_view), "column_view"));
  view.entry = GTK_EDITABLE (find_widget (GTK_WIDGET (features_view), "search_entry"));
  selection = g_object_ref (gtk_column_view_get_model (view.column_view));
  /* Under the slots the view shows (vs-slot-list-model.c), the model that
   * says when it is done.
   */
  view.rows = vs_slot_list_model_get_model (
    VS_SLOT_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection))));

  start = now_ms ();
  view_session = vs_session_new (view_dataset);
  vs_view_set_session (VS_VIEW (features_view), view_session);
  wait_for_settled_frame (&view, start);
  view_show_ms = now_ms () - start;

  run_ops (&view_times, ours_do, &view, view.rows);

  say (bench, "\n    The Features view in a 1100×720 window: until the first frame that shows the result\n");
  say (bench, "%s %12s %12s\n", pad ("operation", 26), "median", "slowest");
  say (bench, "%s %9.1f ms\n", pad ("show the dataset", 26), view_show_ms);
  say (bench, "%s %9.1f ms\n", pad ("first sort by feature ↑", 26),
       view_times.first[OP_SORT_NAME_ASC]);
  say (bench, "%s %9.1f ms\n", pad ("first sort by subject ↑", 26),
       view_times.first[OP_SORT_SUBJECT_ASC]);

  json_builder_set_member_name (bench->json, "view");
  json_builder_begin_object (bench->json);
  json_member_double (bench->json, "show_dataset_ms", view_show_ms);
  json_member_double (bench->json, "first_sort_feature_ms", view_times.first[OP_SORT_NAME_ASC]);
  json_member_double (bench->json, "first_sort_subject_ms",
                      view_times.first[OP_SORT_SUBJECT_ASC]);
  json_builder_set_member_name (bench->json, "operations");
  json_builder_begin_array (bench->json);
  for (Op op = 0; op < N_OPS; op++)
    {
      double max = 0;

      for (guint r = 0; r < MODEL_ROUNDS; r++)
        max = MAX (max, view_times.times[op][r]);

      say (bench, "%s %9.1f ms %9.1f ms\n", pad (op_names[op], 26),
           median (view_times.times[op], MODEL_ROUNDS), max);

      json_builder_begin_object (bench->json);
      json_member_string (bench->json, "operation", op_ids[op]);
      json_op_times (bench->json, "view", &view_times, op);
      json_builder_end_object (bench->json);
    }
  json_builder_end_array (bench->json);
  json_builder_end_object (bench->json);

  g_signal_handler_disconnect (gtk_widget_get_frame_clock (view.window), paint_handler);
  g_clear_object (&selection);
  g_object_ref (features_view);
  gtk_window_destroy (GTK_WINDOW (view.window));
  g_assert_finalize_object (features_view);

  say (bench, "\n    The Use Cases view (%u use cases) and the Companies view (%u companies)\n"
       "    in a 1100×720 window: until the next frame is painted\n",
       g_list_model_get_n_items (vs_dataset_get_use_cases (view_dataset)),
       g_list_model_get_n_items (vs_dataset_get_companies (view_dataset)));
  say (bench, "%s %12s %12s\n", pad ("operation", 26), "median", "slowest");
  say (bench, "Use Cases\n");
  bench_list_view (bench, VS_TYPE_USE_CASES_VIEW, "use_cases_view", "queue", view_dataset);
  say (bench, "Companies\n");
  bench_list_view (bench, VS_TYPE_COMPANIES_VIEW, "companies_view", "server", view_dataset);
}

/* ------------------------------------------------------------------------ */
/* 4. First frame                                                           */
/* ------------------------------------------------------------------------ */

/* The milliseconds from @start to the time that @out gives for @what. */
static double
read_frame_time (const char *program,
                 const char *out,
                 const char *what,
                 double      start)
{
  g_autofree char *prefix = g_strdup_printf ("versus-%s ", what);
  const char *line = strstr (out, prefix);

  if (line == NULL)
    g_error ("%s printed no %s: %s", program, what, out);

  return (g_ascii_strtoll (line + strlen (prefix), NULL, 10) - start) / 1000.0;
}

/* Starts @program and reads the time of its first frame from its output;
 * with @content, that of the first frame that shows the dataset too.
 */
static double
first_frame (const char *program,
             double     *content)
{
  char *argv[] = { (char *)program, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *out = NULL;
  double start;

  envp = g_environ_setenv (envp, "VERSUS_BENCH_FIRST_FRAME", "1", TRUE);

  start = g_get_monotonic_time ();
  out = run_command (argv, envp, NULL);
  if (content != NULL)
    *content = read_frame_time (program, out, "content-frame", start);

  return read_frame_time (program, out, "first-frame", start);
}

static void
json_runs (JsonBuilder *json,
           const char  *name,
           double      *runs)
{
  json_builder_set_member_name (json, name);
  json_builder_begin_array (json);
  for (guint r = 0; r < FIRST_FRAME_RUNS; r++)
    json_builder_add_double_value (json, round (runs[r] * 10) / 10);
  json_builder_end_array (json);
}

static void
bench_first_frame (Bench *bench)
{
  double versus[FIRST_FRAME_RUNS], content[FIRST_FRAME_RUNS];
  double bare[FIRST_FRAME_RUNS], adw[FIRST_FRAME_RUNS];
  double v, c, b, a;

  /* Warm the page cache for all three, untimed. */
  first_frame (bench->versus, &c);
  first_frame (bench->bare, NULL);
  first_frame (bench->adw, NULL);

  /* In turns, so that a busy moment hurts all alike. */
  for (guint r = 0; r < FIRST_FRAME_RUNS; r++)
    {
      versus[r] = first_frame (bench->versus, &content[r]);
      bare[r] = first_frame (bench->bare, NULL);
      adw[r] = first_frame (bench->adw, NULL);
    }

  v = median (versus, FIRST_FRAME_RUNS);
  c = median (content, FIRST_FRAME_RUNS);
  b = median (bare, FIRST_FRAME_RUNS);
  a = median (adw, FIRST_FRAME_RUNS);

  say (bench, "\n1. Process start to first frame (Xvfb, cairo, GL disabled; median of %d,\n"
       "   and the fastest run, which a busy machine slows least)\n", FIRST_FRAME_RUNS);
  say (bench, "%-42s %9s %7s %7s %10s %7s\n", "", "median", "÷ bare", "÷ adw", "fastest",
       "÷ adw");
  say (bench, "%-42s %6.1f ms %17s %7.1f ms\n", "bare GtkWindow with a label", b, "",
       fastest (bare, FIRST_FRAME_RUNS));
  say (bench, "%-42s %6.1f ms %6.2f× %7s %7.1f ms\n", "AdwApplicationWindow, header bar, label",
       a, a / b, "", fastest (adw, FIRST_FRAME_RUNS));
  say (bench, "%-42s %6.1f ms %6.2f× %6.2f× %7.1f ms %6.2f×\n",
       "Versus: first frame (window, header bar)", v, v / b, v / a,
       fastest (versus, FIRST_FRAME_RUNS),
       fastest (versus, FIRST_FRAME_RUNS) / fastest (adw, FIRST_FRAME_RUNS));
  say (bench, "%-42s %6.1f ms %6.2f× %6.2f× %7.1f ms %6.2f×\n",
       "Versus: first frame showing the Overview", c, c / b, c / a,
       fastest (content, FIRST_FRAME_RUNS),
       fastest (content, FIRST_FRAME_RUNS) / fastest (adw, FIRST_FRAME_RUNS));
  bench->frame_ratio = v / a;
  bench->content_ratio = c / a;

  json_builder_set_member_name (bench->json, "first_frame");
  json_builder_begin_object (bench->json);
  json_member_double (bench->json, "versus_ms", v);
  json_member_double (bench->json, "versus_content_ms", c);
  json_member_double (bench->json, "bare_window_ms", b);
  json_member_double (bench->json, "adw_window_ms", a);
  json_member_double (bench->json, "ratio", v / b);
  json_member_double (bench->json, "ratio_to_adw_window", v / a);
  json_runs (bench->json, "versus_runs_ms", versus);
  json_runs (bench->json, "versus_content_runs_ms", content);
  json_runs (bench->json, "bare_window_runs_ms", bare);
  json_runs (bench->json, "adw_window_runs_ms", adw);
  json_builder_end_object (bench->json);
}

/* ------------------------------------------------------------------------ */
/* 5. PDF export                                                            */
/* ------------------------------------------------------------------------ */

static int
count_pages (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);
  int pages;

  if (document == NULL)
    g_error ("%s: %s", path, error->message);

  pages = poppler_document_get_n_pages (document);
  g_object_unref (document);

  return pages;
}

/* LibreOffice Calc converting the same table, written as CSV by
 * `versus --export-csv`, to PDF. It runs in a profile of its own, made by
 * a first run that is reported apart: LibreOffice spends seconds creating
 * a profile, once per user.
 */
typedef struct
{
  char *program;     /* NULL when LibreOffice is not installed */
  char *profile_dir;
  char *profile_arg;
  char *out_dir;
} Soffice;

static void
soffice_init (Soffice    *soffice,
              const char *out_dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;

  *soffice = (Soffice) { 0 };
  soffice->program = g_find_program_in_path ("soffice");
  if (soffice->program == NULL)
    return;

  soffice->profile_dir = g_dir_make_tmp ("versus-bench-soffice-XXXXXX", &error);
  if (soffice->profile_dir == NULL)
    g_error ("A profile for LibreOffice: %s", error->message);
  uri = g_filename_to_uri (soffice->profile_dir, NULL, NULL);
  soffice->profile_arg = g_strconcat ("-env:UserInstallation=", uri, NULL);
  soffice->out_dir = g_build_filename (out_dir, "soffice", NULL);
  g_mkdir_with_parents (soffice->out_dir, 0755);
}

/* Removes @path and, if it is a folder, everything in it. */
static void
remove_tree (const char *path)
{
  GDir *dir;

  if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK) &&
      g_file_test (path, G_FILE_TEST_IS_DIR) &&
      (dir = g_dir_open (path, 0, NULL)) != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_dir_close (dir);
    }

  g_remove (path);
}

static void
soffice_clear (Soffice *soffice)
{
  if (soffice->profile_dir != NULL)
    remove_tree (soffice->profile_dir);

  g_clear_pointer (&soffice->program, g_free);
  g_clear_pointer (&soffice->profile_dir, g_free);
  g_clear_pointer (&soffice->profile_arg, g_free);
  g_clear_pointer (&soffice->out_dir, g_free);
}

/* Converts @csv to a PDF in @soffice's out_dir; returns the milliseconds. */
static double
soffice_convert (Soffice    *soffice,
                 const char *csv,
                 int        *pages)
{
  g_autofree char *base = g_path_get_basename (csv);
  g_autofree char *stem = g_strndup (base, strlen (base) - strlen (".csv"));
  g_autofree char *pdf_name = g_strconcat (stem, ".pdf", NULL);
  g_autofree char *pdf = g_build_filename (soffice->out_dir, pdf_name, NULL);
  /* Comma-separated, double quotes, UTF-8 (76), from the first line. */
  char *argv[] = { soffice->program, soffice->profile_arg, (char *)"--headless",
                   (char *)"--norestore", (char *)"--infilter=CSV:44,34,76,1",
                   (char *)"--convert-to", (char *)"pdf", (char *)"--outdir",
                   soffice->out_dir, (char *)csv, NULL };
  double ms;

  g_unlink (pdf);
  g_free (run_command (argv, NULL, &ms));
  if (!g_file_test (pdf, G_FILE_TEST_EXISTS))
    g_error ("soffice wrote no %s", pdf);
  *pages = count_pages (pdf);

  return ms;
}

static void
json_export_runs (JsonBuilder *json,
                  const char  *name,
                  double      *runs)
{
  json_builder_set_member_name (json, name);
  json_builder_begin_array (json);
  for (guint r = 0; r < EXPORT_RUNS; r++)
    json_builder_add_double_value (json, round (runs[r] * 10) / 10);
  json_builder_end_array (json);
}

static void
bench_export (Bench *bench)
{
  const guint sizes[] = { 100, 1000, 10000 };
  g_autofree char *out_dir = g_build_filename (bench->data_dir, "export", NULL);
  Soffice soffice;
  double first_soffice_ms = NAN;

  g_mkdir_with_parents (out_dir, 0755);
  soffice_init (&soffice, out_dir);

  say (bench, "\n5. PDF export (versus --export-pdf, 4 subjects; median of %d runs), against\n"
       "   LibreOffice Calc converting the same table as CSV (versus --export-csv) to PDF\n",
       EXPORT_RUNS);
  say (bench, "%-9s %11s %7s %9s %14s %7s %7s\n", "features", "Versus", "pages", "pages/s",
       "LibreOffice", "pages", "ratio");

  json_builder_set_member_name (bench->json, "export");
  json_builder_begin_array (bench->json);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *path = dataset_path (bench, sizes[s]);
      g_autofree char *name = g_strdup_printf ("export-%u.pdf", sizes[s]);
      g_autofree char *csv_name = g_strdup_printf ("export-%u.csv", sizes[s]);
      g_autofree char *pdf = g_build_filename (out_dir, name, NULL);
      g_autofree char *csv = g_build_filename (out_dir, csv_name, NULL);
      char *argv[] = { (char *)bench->versus, (char *)"--export-pdf", pdf, path, NULL };
      char *csv_argv[] = { (char *)bench->versus, (char *)"--export-csv", csv, path, NULL };
      double ours[EXPORT_RUNS], theirs[EXPORT_RUNS];
      double ms, lo_ms = NAN;
      int pages, lo_pages = 0;

      g_free (run_command (csv_argv, NULL, NULL));

      /* Untimed: the page cache, and LibreOffice's new profile (timed
       * apart, once). */
      if (s == 0)
        {
          g_free (run_command (argv, NULL, NULL));
          if (soffice.program != NULL)
            first_soffice_ms = soffice_convert (&soffice, csv, &lo_pages);
        }

      /* In turns, so that a busy moment hurts both alike. */
      for (guint r = 0; r < EXPORT_RUNS; r++)
        {
          g_free (run_command (argv, NULL, &ours[r]));
          theirs[r] = soffice.program != NULL ? soffice_convert (&soffice, csv, &lo_pages) : NAN;
        }

      ms = median (ours, EXPORT_RUNS);
      pages = count_pages (pdf);
      if (soffice.program != NULL)
        lo_ms = median (theirs, EXPORT_RUNS);

      if (soffice.program != NULL)
        say (bench, "%-9u %8.0f ms %7d %9.1f %11.0f ms %7d %6.2f×\n", sizes[s], ms, pages,
             pages / (ms / 1000), lo_ms, lo_pages, ms / lo_ms);
      else
        say (bench, "%-9u %8.0f ms %7d %9.1f\n", sizes[s], ms, pages, pages / (ms / 1000));

      if (sizes[s] == 1000)
        bench->pdf_1k_ms = ms;
      if (sizes[s] == 10000)
        {
          bench->pdf_10k_ms = ms;
          bench->soffice_10k_ms = lo_ms;
        }

      json_builder_begin_object (bench->json);
      json_member_int (bench->json, "features", sizes[s]);
      json_member_double (bench->json, "ms", ms);
      json_member_int (bench->json, "pages", pages);
      json_member_double (bench->json, "pages_per_second", pages / (ms / 1000));
      json_export_runs (bench->json, "runs_ms", ours);
      if (soffice.program != NULL)
        {
          json_member_double (bench->json, "libreoffice_ms", lo_ms);
          json_member_int (bench->json, "libreoffice_pages", lo_pages);
          json_member_double (bench->json, "ratio_to_libreoffice", ms / lo_ms);
          json_export_runs (bench->json, "libreoffice_runs_ms", theirs);
        }
      json_builder_end_object (bench->json);
    }

  json_builder_end_array (bench->json);

  if (soffice.program != NULL)
    {
      json_member_double (bench->json, "libreoffice_first_run_ms", first_soffice_ms);
      say (bench, "   LibreOffice: soffice --headless --convert-to pdf, CSV columns Feature, "
           "Category, the\n   4 subjects, Advantage, in a new profile; its first run (%.0f ms, "
           "100 features), which\n   makes the profile, is not counted.\n", first_soffice_ms);
    }
  else
    {
      say (bench, "   LibreOffice: soffice is not installed, no comparison (bench/run installs "
           "it on Debian as root).\n");
    }

  soffice_clear (&soffice);
}

/* ------------------------------------------------------------------------ */
/* Goals                                                                    */
/* ------------------------------------------------------------------------ */

static void
say_goal (Bench      *bench,
          const char *what,
          double      value,
          const char *unit,
          const char *relation,
          double      goal,
          const char *why_missing)
{
  gboolean measured = !isnan (value);
  gboolean met = measured && (g_str_equal (relation, "<") ? value < goal : value <= goal);
  g_autofree char *shown = NULL;
  g_autofree char *goal_shown = NULL;

  if (g_str_equal (unit, "ms"))
    {
      shown = measured ? g_strdup_printf ("%.0f ms", value) : g_strdup ("—");
      goal_shown = g_strdup_printf ("%s %.0f ms", relation, goal);
    }
  else
    {
      shown = measured ? g_strdup_printf ("%.2f×", value) : g_strdup ("—");
      goal_shown = g_strdup_printf ("%s %.2f×", relation, goal);
    }

  say (bench, "%s %s %s %s\n", pad (what, 46), pad (shown, 10), pad (goal_shown, 11),
       measured ? (met ? "met" : "not met") : why_missing);

  json_builder_begin_object (bench->json);
  json_member_string (bench->json, "goal", what);
  json_member_double (bench->json, "value", value);
  json_member_string (bench->json, "relation", relation);
  json_member_double (bench->json, "target", goal);
  json_builder_set_member_name (bench->json, "met");
  if (measured)
    json_builder_add_boolean_value (bench->json, met);
  else
    json_builder_add_null_value (bench->json);
  json_builder_end_object (bench->json);
}

/* The goals of issue #16, for the parts that ran. */
static void
bench_goals (Bench *bench)
{
  gboolean exported = !isnan (bench->pdf_10k_ms);
  gboolean loaded = !isnan (bench->load_time_ratio);
  gboolean framed = !isnan (bench->frame_ratio);

  if (!exported && !loaded && !framed)
    return;

  say (bench, "\nGoals\n");
  say (bench, "%s %s %s %s\n", pad ("", 46), pad ("measured", 10), pad ("goal", 11), "");

  json_builder_set_member_name (bench->json, "goals");
  json_builder_begin_array (bench->json);

  if (exported)
    {
      say_goal (bench, "PDF of 10000 features ÷ LibreOffice's", bench->pdf_10k_ms /
                bench->soffice_10k_ms, "×", "≤", 1 / 3.0, "not measured (no soffice)");
      say_goal (bench, "PDF of 1000 features", bench->pdf_1k_ms, "ms", "<", 1000, "");
    }
  if (framed)
    {
      say_goal (bench, "first frame ÷ AdwApplicationWindow's", bench->frame_ratio, "×", "≤",
                1.10, "");
      say_goal (bench, "Overview painted ÷ AdwApplicationWindow's", bench->content_ratio, "×",
                "≤", 1.50, "");
    }
  if (loaded)
    {
      say_goal (bench, "load 100000 features ÷ json-glib's parse", bench->load_time_ratio, "×",
                "≤", 1.00, "");
      say_goal (bench, "its peak memory ÷ json-glib's", bench->load_peak_ratio, "×", "≤", 0.50,
                "");
    }

  json_builder_end_array (bench->json);
}

/* ------------------------------------------------------------------------ */
/* Main                                                                     */
/* ------------------------------------------------------------------------ */

static void
write_results (Bench *bench)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;

  json_builder_set_member_name (bench->json, "table");
  json_builder_add_string_value (bench->json, bench->table->str);
  json_builder_end_object (bench->json);

  root = json_builder_get_root (bench->json);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  if (!json_generator_to_file (generator, bench->output, &error))
    g_error ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format (date, "%Y-%m-%d %H:%M");
  g_autofree char *only = NULL;
  g_autofree char *gtk_version = NULL;
  double load;
  Bench bench = { .load_time_ratio = NAN, .load_peak_ratio = NAN, .frame_ratio = NAN,
                  .content_ratio = NAN, .pdf_1k_ms = NAN, .pdf_10k_ms = NAN,
                  .soffice_10k_ms = NAN };
  GOptionEntry entries[] = {
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &bench.data_dir, "Generated datasets", "DIR" },
    { "versus", 0, 0, G_OPTION_ARG_FILENAME, &bench.versus, "The versus executable", "PATH" },
    { "bare", 0, 0, G_OPTION_ARG_FILENAME, &bench.bare, "The bare-window executable", "PATH" },
    { "adw", 0, 0, G_OPTION_ARG_FILENAME, &bench.adw, "The adw-window executable", "PATH" },
    { "loader", 0, 0, G_OPTION_ARG_FILENAME, &bench.loader, "versus-bench-load", "PATH" },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &bench.output, "The JSON results", "FILE" },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only,
      "Run one part: load, models, frame, export (with LibreOffice; or soffice)", "PART" },
    { NULL }
  };

  context = g_option_context_new ("— the Versus benchmark (use bench/run)");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  if (!bench.data_dir || !bench.versus || !bench.bare || !bench.adw || !bench.loader ||
      !bench.output)
    g_error ("--data, --versus, --bare, --adw, --loader and --output are required "
             "(use bench/run)");

  if (only != NULL && !g_strv_contains ((const char * const[]) { "load", "models", "frame",
                                                                 "export", "soffice", NULL },
                                        only))
    g_error ("--only %s: the parts are load, models, frame and export (or soffice)", only);

  gtk_init ();
  adw_init ();
  row_text_quark = g_quark_from_static_string ("versus-bench-row-text");

  bench.json = json_builder_new ();
  bench.table = g_string_new (NULL);

  json_builder_begin_object (bench.json);
  json_member_string (bench.json, "date", when);
  json_member_int (bench.json, "cpus", g_get_num_processors ());
  gtk_version = g_strdup_printf ("%u.%u.%u", gtk_get_major_version (), gtk_get_minor_version (),
                                 gtk_get_micro_version ());
  json_member_string (bench.json, "gtk", gtk_version);
  load = load_average ();
  say (&bench, "Versus benchmark, %s, %u CPUs (load average %.1f), GTK %s, build type %s\n",
       when, g_get_num_processors (), load, gtk_version, BENCH_BUILD_TYPE);
  json_member_double (bench.json, "load_average_before", load);
  json_member_string (bench.json, "build_type", BENCH_BUILD_TYPE);

  /* The starts first: the parts after them read and make hundreds of
   * megabytes, and where the kernel keeps the page cache small (as on the
   * virtual machines here), the starts that come next read their fonts
   * and libraries back from the disk (bench/README.md).
   */
  if (only == NULL || g_str_equal (only, "frame"))
    bench_first_frame (&bench);
  if (only == NULL || g_str_equal (only, "load"))
    bench_load (&bench);
  if (only == NULL || g_str_equal (only, "models"))
    bench_models (&bench);
  if (only == NULL || g_str_equal (only, "export") || g_str_equal (only, "soffice"))
    bench_export (&bench);
  bench_goals (&bench);

  load = load_average ();
  say (&bench, "\nLoad average at the end: %.1f (on %u CPUs: above that, other work took "
       "turns with\nthe benchmark, and its times are longer than alone)\n", load,
       g_get_num_processors ());
  json_member_double (bench.json, "load_average_after", load);

  write_results (&bench);
  g_print ("\nWritten to %s\n", bench.output);

  g_string_free (bench.table, TRUE);
  g_object_unref (bench.json);

  return 0;
}
