/* test-overview-view.c
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
#include <string.h>

#ifdef HAVE_POPPLER_GLIB
#include <poppler.h>
#endif

#include "vs-dataset-loader.h"
#include "vs-feature.h"
#include "vs-overview-view.h"
#include "vs-pdf-export.h"
#include "vs-report.h"
#include "vs-score-chart.h"
#include "vs-subject-card.h"
#include "vs-subject-style.h"

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static VsDataset *
load_dataset (const char *folder,
              const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VsDataset *dataset;

  dataset = vs_dataset_loader_load_file (file, NULL, &error);
  g_assert_no_error (error);

  return dataset;
}

static void
wait_for_frames (GtkWidget *widget,
                 guint      n_frames)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);
  gint64 start;

  g_assert_nonnull (frame_clock);
  start = gdk_frame_clock_get_frame_counter (frame_clock);

  while (gdk_frame_clock_get_frame_counter (frame_clock) < start + n_frames)
    {
      gdk_frame_clock_request_phase (frame_clock, GDK_FRAME_CLOCK_PHASE_PAINT);
      g_main_context_iteration (NULL, TRUE);
    }

  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Shows a page for @dataset in a window of the given size. */
static VsOverviewView *
show_page (VsDataset *dataset,
           int        width,
           int        height)
{
  g_autoptr(VsSession) session = vs_session_new (dataset);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (VS_TYPE_OVERVIEW_VIEW, "session", session, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (window, 2);

  return VS_OVERVIEW_VIEW (page);
}

static void
destroy_page (VsOverviewView *page)
{
  GtkRoot *window = gtk_widget_get_root (GTK_WIDGET (page));

  g_object_ref (page);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

/* Whether @widget and its ancestors up to @root are all visible. */
static gboolean
is_shown (GtkWidget *widget,
          GtkWidget *root)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      if (!gtk_widget_get_visible (widget))
        return FALSE;
      if (widget == root)
        return TRUE;
    }

  return TRUE;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

/* The widgets of @type under @root that are shown. */
static GPtrArray *
find_shown (GtkWidget *root,
            GType      type)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *shown = g_ptr_array_new ();

  collect (root, type, all);
  for (guint i = 0; i < all->len; i++)
    if (is_shown (all->pdata[i], root))
      g_ptr_array_add (shown, all->pdata[i]);

  return shown;
}

/* The shown labels under @root, with @css_class if it is not NULL. */
static GPtrArray *
find_labels (GtkWidget  *root,
             const char *css_class)
{
  g_autoptr(GPtrArray) labels = find_shown (root, GTK_TYPE_LABEL);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < labels->len; i++)
    if (css_class == NULL || gtk_widget_has_css_class (labels->pdata[i], css_class))
      g_ptr_array_add (found, labels->pdata[i]);

  return found;
}

static GtkLabel *
find_label_with_text (GtkWidget  *root,
                      const char *text)
{
  g_autoptr(GPtrArray) labels = find_labels (root, NULL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return labels->pdata[i];

  return NULL;
}

static GtkLabel *
find_label_with_prefix (GtkWidget  *root,
                        const char *prefix)
{
  g_autoptr(GPtrArray) labels = find_labels (root, NULL);

  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (labels->pdata[i]), prefix))
      return labels->pdata[i];

  return NULL;
}

static VsScoreChart *
find_chart (VsOverviewView *page)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  collect (GTK_WIDGET (page), VS_TYPE_SCORE_CHART, all);
  g_assert_cmpuint (all->len, ==, 1);

  return all->pdata[0];
}

static GdkTexture *
render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* Counts the pixels of @texture within a small distance of @color, in the
 * columns from @x_start to @x_end (excluded), or in all of them when @x_end is 0.
 */
static guint
count_pixels (GdkTexture    *texture,
              const GdkRGBA *color,
              int            x_start,
              int            x_end)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = width * 4;
  g_autofree guchar *data = g_malloc (stride * height);
  int red = round (color->red * 255);
  int green = round (color->green * 255);
  int blue = round (color->blue * 255);
  guint count = 0;

  if (x_end == 0)
    x_end = width;

  /* CAIRO_FORMAT_ARGB32: one native-endian 32-bit word per pixel. */
  gdk_texture_download (texture, data, stride);
  for (int y = 0; y < height; y++)
    for (int x = x_start; x < x_end; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + x * 4);

        if (ABS ((int) ((pixel >> 16) & 0xff) - red) <= 3 &&
            ABS ((int) ((pixel >> 8) & 0xff) - green) <= 3 &&
            ABS ((int) (pixel & 0xff) - blue) <= 3)
          count++;
      }

  return count;
}

/* Set VERSUS_TEST_RENDER_DIR to keep the renderings for a look. */
static void
save_rendering (GdkTexture *texture,
                const char *name)
{
  const char *dir = g_getenv ("VERSUS_TEST_RENDER_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                    */
/* ------------------------------------------------------------------------ */

static void
test_builtin_cards (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsOverviewView *page = show_page (dataset, 1280, 800);
  g_autoptr(GPtrArray) cards = find_shown (GTK_WIDGET (page), VS_TYPE_SUBJECT_CARD);
  const char * const names[] = { "Node.js", "Python" };
  const char * const kinds[] = { "JavaScript runtime environment", "Programming language" };

  g_assert_cmpuint (cards->len, ==, 2);

  for (guint i = 0; i < cards->len; i++)
    {
      GtkWidget *card = cards->pdata[i];
      VsSubject *subject = vs_dataset_get_subject (dataset, i);
      const char * const *highlights = vs_subject_get_highlights (subject);
      g_autoptr(GPtrArray) highlight_labels = find_labels (card, "vs-highlight");
      g_autoptr(GPtrArray) links = find_shown (card, GTK_TYPE_LINK_BUTTON);

      g_assert_true (vs_subject_card_get_subject (VS_SUBJECT_CARD (card)) == subject);
      g_assert_true (gtk_widget_has_css_class (card, "card"));
      g_assert_nonnull (find_label_with_text (card, names[i]));
      g_assert_nonnull (find_label_with_text (card, kinds[i]));
      g_assert_nonnull (find_label_with_text (card, vs_subject_get_summary (subject)));

      /* Seven highlights, in order, each with its bullet. */
      g_assert_cmpuint (highlight_labels->len, ==, 7);
      g_assert_cmpuint (g_strv_length ((char **) highlights), ==, 7);
      for (guint h = 0; h < highlight_labels->len; h++)
        {
          GtkWidget *bullet = gtk_widget_get_prev_sibling (highlight_labels->pdata[h]);

          g_assert_cmpstr (gtk_label_get_text (highlight_labels->pdata[h]), ==, highlights[h]);
          g_assert_true (GTK_IS_LABEL (bullet));
          g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (bullet)), ==, "•");
        }

      /* The built-in subjects have no homepage: no link. */
      g_assert_cmpuint (links->len, ==, 0);
    }

  destroy_page (page);
}

/* The description is shown; the built-in dataset has no date, so no date line. */
static void
test_builtin_intro (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsOverviewView *page = show_page (dataset, 1280, 800);
  g_autoptr(GPtrArray) link_buttons = find_shown (GTK_WIDGET (page), GTK_TYPE_LINK_BUTTON);

  g_assert_nonnull (find_label_with_text (GTK_WIDGET (page), vs_dataset_get_description (dataset)));
  g_assert_null (vs_dataset_get_updated (dataset));
  g_assert_null (find_label_with_prefix (GTK_WIDGET (page), "Updated"));

  /* One source, without a URL. */
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (page), "Sources"));
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (page),
                                          "Node.js vs Python: Choosing the Best Backend "
                                          "Technology for Your Web App in 2025"));
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (page), "Aeliasoft"));
  g_assert_cmpuint (link_buttons->len, ==, 0);

  destroy_page (page);
}

/* The dataset's title heads the page at any width, and the dataset's advice
 * (the article's own conclusion) is there in a group per subject.
 */
static void
test_builtin_guidance (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  GListModel *guidance = vs_dataset_get_guidance (dataset);
  const int widths[] = { 360, 1280 };

  g_assert_cmpuint (g_list_model_get_n_items (guidance), ==, 8);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      VsOverviewView *page = show_page (dataset, widths[w], 800);
      GtkLabel *title = find_label_with_text (GTK_WIDGET (page), "Node.js vs Python");
      GtkLabel *heading = find_label_with_text (GTK_WIDGET (page), "When to Choose Each");

      g_assert_nonnull (title);
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (title), "title-1"));
      g_assert_nonnull (find_label_with_text (GTK_WIDGET (page),
                                              "Choosing the best backend technology for your "
                                              "web app"));
      g_assert_nonnull (heading);

      for (guint s = 0; s < vs_dataset_get_n_subjects (dataset); s++)
        {
          VsSubject *subject = vs_dataset_get_subject (dataset, s);
          g_autofree char *intro = g_strdup_printf ("Choose %s if:", vs_subject_get_name (subject));
          GtkLabel *intro_label = find_label_with_text (GTK_WIDGET (page), intro);
          GtkWidget *group;
          guint n_shown = 0;

          /* The statements of a subject are in its own group, under its name. */
          g_assert_nonnull (intro_label);
          group = gtk_widget_get_ancestor (GTK_WIDGET (intro_label), GTK_TYPE_LIST_BOX_ROW);
          g_assert_nonnull (group);

          for (guint i = 0; i < g_list_model_get_n_items (guidance); i++)
            {
              g_autoptr(VsGuidance) advice = g_list_model_get_item (guidance, i);
              GtkLabel *label = find_label_with_text (group, vs_guidance_get_text (advice));

              if (vs_guidance_get_subject (advice) == subject)
                {
                  g_assert_nonnull (label);
                  n_shown++;
                }
              else
                {
                  g_assert_null (label);
                }
            }
          g_assert_cmpuint (n_shown, ==, 4);
        }

      destroy_page (page);
    }
}

static void
test_builtin_chart_description (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsOverviewView *page = show_page (dataset, 1280, 800);
  VsScoreChart *chart = find_chart (page);
  g_autofree char *description = vs_score_chart_describe (chart);
  GListModel *categories = vs_dataset_get_categories (dataset);

  g_assert_true (is_shown (GTK_WIDGET (chart), GTK_WIDGET (page)));
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (page), "Scores"));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (chart)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (vs_score_chart_get_by_category (chart));

  g_assert_cmpstr (description, ==,
                   "Average scores from 0 to 5 by category. "
                   "Runtime and performance: Node.js 4, Python 2. "
                   "Development: Node.js 3, Python 4. "
                   "Releases, security and community: Node.js 4, Python 4.");

  /* Every category with scores, every subject. */
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(VsCategory) category = g_list_model_get_item (categories, i);

      if (g_strcmp0 (vs_category_get_id (category), "ecosystem") == 0)
        g_assert_null (strstr (description, vs_category_get_name (category)));
      else
        g_assert_nonnull (strstr (description, vs_category_get_name (category)));
    }
  for (guint i = 0; i < vs_dataset_get_n_subjects (dataset); i++)
    g_assert_nonnull (strstr (description,
                              vs_subject_get_name (vs_dataset_get_subject (dataset, i))));

  destroy_page (page);
}

/* The averages, computed here straight from the JSON of the built-in dataset. */
static void
test_builtin_averages (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "datasets",
                                                 "node-vs-python.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  VsScoreChart *chart = VS_SCORE_CHART (vs_score_chart_new ());
  JsonObject *root;
  JsonArray *categories, *features, *subjects;
  guint row = 0;

  g_object_ref_sink (chart);
  vs_score_chart_set_dataset (chart, dataset);

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  categories = json_object_get_array_member (root, "categories");
  features = json_object_get_array_member (root, "features");
  subjects = json_object_get_array_member (root, "subjects");

  for (guint c = 0; c < json_array_get_length (categories); c++)
    {
      JsonObject *category = json_array_get_object_element (categories, c);
      const char *category_id = json_object_get_string_member (category, "id");
      gboolean scored = FALSE;

      for (guint s = 0; s < json_array_get_length (subjects); s++)
        {
          const char *subject_id = json_object_get_string_member (
            json_array_get_object_element (subjects, s), "id");
          double sum = 0, average;
          guint count = 0;

          for (guint f = 0; f < json_array_get_length (features); f++)
            {
              JsonObject *feature = json_array_get_object_element (features, f);
              JsonObject *scores;

              if (g_strcmp0 (json_object_get_string_member_with_default (feature, "category", NULL),
                             category_id) != 0 ||
                  !json_object_has_member (feature, "scores"))
                continue;

              scores = json_object_get_object_member (feature, "scores");
              if (json_object_has_member (scores, subject_id))
                {
                  sum += json_object_get_double_member (scores, subject_id);
                  count++;
                }
            }

          if (count == 0)
            continue;

          if (!scored)
            g_assert_cmpstr (vs_score_chart_get_row_label (chart, row), ==,
                             json_object_get_string_member (category, "name"));
          scored = TRUE;

          g_assert_true (vs_score_chart_get_score (chart, row, s, &average));
          g_assert_cmpfloat_with_epsilon (average, sum / count, 1e-9);
        }

      if (scored)
        row++;
    }

  /* Three of the four categories have scores. */
  g_assert_cmpuint (row, ==, 3);
  g_assert_cmpuint (vs_score_chart_get_n_rows (chart), ==, row);

  g_assert_finalize_object (chart);
}

/* Alpha's average in Speed is 4.25, which the window and the PDF both
 * write “4.3” (vs_format_score(): halves away from zero); Beta's 1.25, “1.3”.
 */
static const char quarter_json[] =
  "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"quarter\",\n"
  " \"title\": \"Quarters\",\n"
  " \"subjects\": [{\"id\": \"a\", \"name\": \"Alpha\"}, {\"id\": \"b\", \"name\": \"Beta\"}],\n"
  " \"categories\": [{\"id\": \"speed\", \"name\": \"Speed\"}],\n"
  " \"features\": [\n"
  "  {\"id\": \"f1\", \"name\": \"One\", \"category\": \"speed\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\"}, \"scores\": {\"a\": 4, \"b\": 1}},\n"
  "  {\"id\": \"f2\", \"name\": \"Two\", \"category\": \"speed\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\"}, \"scores\": {\"a\": 4, \"b\": 1}},\n"
  "  {\"id\": \"f3\", \"name\": \"Three\", \"category\": \"speed\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\"}, \"scores\": {\"a\": 4, \"b\": 1}},\n"
  "  {\"id\": \"f4\", \"name\": \"Four\", \"category\": \"speed\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\"}, \"scores\": {\"a\": 5, \"b\": 2}}]}\n";

/* The chart writes a 4.25 average as the PDF does: “4.3”. */
static void
test_average_rounding (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (quarter_json, strlen (quarter_json));
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_bytes (bytes, &error);
  VsOverviewView *page = NULL;
  VsScoreChart *chart;
  g_autofree char *description = NULL;

  g_assert_no_error (error);
  page = show_page (dataset, 1280, 800);
  chart = find_chart (page);
  description = vs_score_chart_describe (chart);
  g_assert_cmpstr (description, ==, "Average scores from 0 to 5 by category. "
                                    "Speed: Alpha 4.3, Beta 1.3.");

  destroy_page (page);
}

static void
test_three_subjects (void)
{
  g_autoptr(VsDataset) dataset = load_dataset ("valid", "three-subjects.json");
  VsOverviewView *page = show_page (dataset, 1280, 800);
  VsScoreChart *chart = find_chart (page);
  g_autoptr(GPtrArray) cards = find_shown (GTK_WIDGET (page), VS_TYPE_SUBJECT_CARD);
  g_autoptr(GPtrArray) legend = find_labels (GTK_WIDGET (chart), "vs-chart-legend-label");
  g_autoptr(GPtrArray) links = find_shown (GTK_WIDGET (page), GTK_TYPE_LINK_BUTTON);
  g_autoptr(GPtrArray) rows = find_shown (GTK_WIDGET (page), GTK_TYPE_LIST_BOX_ROW);
  const char * const homepages[] = {
    "https://www.postgresql.org/", "https://www.mysql.com/", "https://sqlite.org/",
    "https://www.postgresql.org/docs/", "http://example.com/surveys/databases-2024",
  };
  g_autofree char *description = vs_score_chart_describe (chart);
  double score;

  g_assert_cmpuint (cards->len, ==, 3);
  g_assert_cmpuint (legend->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      const char *name = vs_subject_get_name (vs_dataset_get_subject (dataset, i));

      g_assert_cmpstr (gtk_label_get_text (legend->pdata[i]), ==, name);
      g_assert_nonnull (find_label_with_text (cards->pdata[i], name));
      g_assert_nonnull (strstr (description, name));
    }

  /* Three homepages, then the two sources with a URL. */
  g_assert_cmpuint (links->len, ==, G_N_ELEMENTS (homepages));
  for (guint i = 0; i < links->len; i++)
    g_assert_cmpstr (gtk_link_button_get_uri (links->pdata[i]), ==, homepages[i]);
  g_assert_nonnull (find_label_with_text (cards->pdata[0], "www.postgresql.org"));

  g_assert_nonnull (find_label_with_text (GTK_WIDGET (page), "Updated 14 March 2025"));
  /* The advice of the three subjects, then the three sources. */
  g_assert_cmpuint (rows->len, ==, 3 + 3);
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (page), "Choose SQLite if:"));
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (page),
                                          "Versus test data · 29 February 2024"));
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (page), "Editors' own experience"));

  /* Averages of the three categories; the licence has no scores. */
  g_assert_cmpuint (vs_score_chart_get_n_rows (chart), ==, 3);
  g_assert_cmpstr (vs_score_chart_get_row_label (chart, 1), ==, "SQL and data types");
  g_assert_true (vs_score_chart_get_score (chart, 1, 0, &score));
  g_assert_cmpfloat_with_epsilon (score, (5 + 4.75) / 2, 1e-9);
  g_assert_true (vs_score_chart_get_score (chart, 2, 2, &score));
  g_assert_cmpfloat_with_epsilon (score, (5 + 0) / 2.0, 1e-9);
  g_assert_nonnull (strstr (description, "SQL and data types: PostgreSQL 4.9, MySQL 3.8, SQLite 3.1."));

  destroy_page (page);
}

/* No feature has scores: no chart, no heading. */
static void
test_no_scores (void)
{
  g_autoptr(VsDataset) dataset = load_dataset ("valid", "minimal.json");
  VsOverviewView *page = show_page (dataset, 1280, 800);
  VsScoreChart *chart = find_chart (page);
  g_autofree char *description = vs_score_chart_describe (chart);
  g_autoptr(GPtrArray) cards = find_shown (GTK_WIDGET (page), VS_TYPE_SUBJECT_CARD);

  g_assert_cmpuint (cards->len, ==, 2);
  g_assert_cmpuint (vs_score_chart_get_n_rows (chart), ==, 0);
  g_assert_false (is_shown (GTK_WIDGET (chart), GTK_WIDGET (page)));
  g_assert_null (find_label_with_text (GTK_WIDGET (page), "Scores"));
  g_assert_cmpstr (description, ==, "No scores to show.");

  /* Nor description, date or sources. */
  g_assert_null (find_label_with_prefix (GTK_WIDGET (page), "Updated"));
  g_assert_null (find_label_with_text (GTK_WIDGET (page), "Sources"));

  destroy_page (page);
}

/* Without categories, a row per scored feature; a missing score is said so. */
static void
test_by_feature (void)
{
  g_autoptr(VsDataset) dataset = load_dataset ("ui", "overview-by-feature.json");
  VsOverviewView *page = show_page (dataset, 1280, 800);
  VsScoreChart *chart = find_chart (page);
  g_autofree char *description = vs_score_chart_describe (chart);
  double score;

  g_assert_false (vs_score_chart_get_by_category (chart));
  g_assert_cmpuint (vs_score_chart_get_n_rows (chart), ==, 2);
  g_assert_cmpstr (vs_score_chart_get_row_label (chart, 0), ==, "Caffeine");
  g_assert_true (vs_score_chart_get_score (chart, 0, 2, &score));
  g_assert_cmpfloat (score, ==, 0);
  g_assert_false (vs_score_chart_get_score (chart, 1, 2, NULL));
  g_assert_cmpstr (description, ==,
                   "Scores from 0 to 5 by feature. "
                   "Caffeine: Tea 3, Coffee 5, Water 0. "
                   "Taste of a long name that has to wrap when the window is narrow: "
                   "Tea 4.3, Coffee 3.5, Water not scored.");
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (page), "Updated 29 February 2024"));

  destroy_page (page);
}

/* With categories, scored features without one come last, as "Other features". */
static void
test_uncategorised (void)
{
  g_autoptr(VsDataset) dataset = load_dataset ("ui", "overview-uncategorised.json");
  VsScoreChart *chart = g_object_ref_sink (VS_SCORE_CHART (vs_score_chart_new ()));
  g_autofree char *description = NULL;

  vs_score_chart_set_dataset (chart, dataset);
  description = vs_score_chart_describe (chart);

  g_assert_true (vs_score_chart_get_by_category (chart));
  g_assert_cmpstr (description, ==,
                   "Average scores from 0 to 5 by category. "
                   "Cost: Bike 3.5, Bus 4. "
                   "Other features: Bike 5, Bus not scored.");

  g_assert_finalize_object (chart);
}

/* The chart in the window and the chart in the PDF group the scores the
 * same way: for a dataset whose only category holds only an unscored
 * feature, both show one row per scored feature, in the same order.
 */
static void
test_chart_rows_match_pdf (void)
{
#ifdef HAVE_POPPLER_GLIB
  g_autoptr(VsDataset) dataset = load_dataset ("valid", "unscored-category.json");
  VsScoreChart *chart = g_object_ref_sink (VS_SCORE_CHART (vs_score_chart_new ()));
  g_autoptr(VsReport) report = vs_report_new (dataset);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("versus-chart-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;
  PopplerDocument *document;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) screen_rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) pdf_rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) lines = NULL;
  gboolean in_chart = FALSE;

  g_assert_no_error (error);
  path = g_build_filename (dir, "chart.pdf", NULL);
  file = g_file_new_for_path (path);
  uri = g_file_get_uri (file);

  vs_score_chart_set_dataset (chart, dataset);
  for (guint row = 0; row < vs_score_chart_get_n_rows (chart); row++)
    g_ptr_array_add (screen_rows, (char *) vs_score_chart_get_row_label (chart, row));
  g_assert_cmpuint (screen_rows->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (screen_rows, 0), ==, "Speed");
  g_assert_cmpstr (g_ptr_array_index (screen_rows, 1), ==, "Reach");

  g_assert_true (vs_pdf_export_write (report, file, NULL, &error));
  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append_printf (text, "%s\n", page_text);
      g_object_unref (page);
    }
  g_object_unref (document);

  /* Any label a chart row could have: the categories, the features and
   * the row of features without a category.
   */
  g_hash_table_add (labels, (char *) "Other features");
  g_hash_table_add (labels, (char *) "Comfort");
  for (guint i = 0; i < vs_dataset_get_n_features (dataset); i++)
    g_hash_table_add (labels, (char *) vs_feature_get_name (vs_dataset_get_feature (dataset, i)));

  /* poppler runs a row's label into its first value (“Speed4.5”): a row
   * is a line that starts with a label, the longest that fits.
   */
  lines = g_strsplit (text->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *row = NULL;
      GHashTableIter iter;
      gpointer label;

      if (g_str_equal (lines[i], "Scores"))
        in_chart = TRUE;
      else if (g_str_equal (lines[i], "Features"))
        in_chart = FALSE;
      if (!in_chart)
        continue;

      g_hash_table_iter_init (&iter, labels);
      while (g_hash_table_iter_next (&iter, &label, NULL))
        if (g_str_has_prefix (lines[i], label) && (row == NULL || strlen (label) > strlen (row)))
          row = label;
      if (row != NULL)
        g_ptr_array_add (pdf_rows, g_strdup (row));
    }

  g_assert_cmpuint (pdf_rows->len, ==, screen_rows->len);
  for (guint row = 0; row < screen_rows->len; row++)
    g_assert_cmpstr (g_ptr_array_index (pdf_rows, row), ==, g_ptr_array_index (screen_rows, row));

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
  g_assert_finalize_object (chart);
#else
  g_test_skip ("poppler-glib is not installed: the PDF cannot be read back");
#endif
}

/* Dataset text is text: markup shows literally. */
static void
test_markup_is_text (void)
{
  g_autoptr(VsDataset) dataset = load_dataset ("valid", "unicode.json");
  VsOverviewView *page = show_page (dataset, 1280, 800);
  GtkLabel *label = find_label_with_text (GTK_WIDGET (page), "<b>bold</b> &amp; &");

  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_cmpstr (pango_layout_get_text (gtk_label_get_layout (label)), ==,
                   "<b>bold</b> &amp; &");
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (page), "Line one\nline two"));
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (page), "قهوة"));
  g_assert_false (is_shown (GTK_WIDGET (find_chart (page)), GTK_WIDGET (page)));

  destroy_page (page);
}

/* Another dataset replaces everything; none empties the page. */
static void
test_dataset_change (void)
{
  g_autoptr(VsDataset) builtin = vs_dataset_loader_load_builtin ();
  g_autoptr(VsDataset) three = load_dataset ("valid", "three-subjects.json");
  VsOverviewView *page = show_page (builtin, 1280, 800);
  VsScoreChart *chart = find_chart (page);
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) legend = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  vs_session_set_dataset (vs_view_get_session (VS_VIEW (page)), three);
  wait_for_frames (GTK_WIDGET (page), 1);
  cards = find_shown (GTK_WIDGET (page), VS_TYPE_SUBJECT_CARD);
  legend = find_labels (GTK_WIDGET (chart), "vs-chart-legend-label");
  rows = find_shown (GTK_WIDGET (page), GTK_TYPE_LIST_BOX_ROW);
  g_assert_cmpuint (cards->len, ==, 3);
  g_assert_cmpuint (legend->len, ==, 3);
  /* Three subjects' advice and three sources; none of the built-in's advice. */
  g_assert_cmpuint (rows->len, ==, 3 + 3);
  g_assert_null (find_label_with_text (GTK_WIDGET (page), "Node.js"));
  g_assert_null (find_label_with_text (GTK_WIDGET (page), "Choose Node.js if:"));
  g_assert_true (vs_score_chart_get_dataset (chart) == three);

  vs_session_set_dataset (vs_view_get_session (VS_VIEW (page)), builtin);
  wait_for_frames (GTK_WIDGET (page), 1);
  g_clear_pointer (&cards, g_ptr_array_unref);
  g_clear_pointer (&legend, g_ptr_array_unref);
  cards = find_shown (GTK_WIDGET (page), VS_TYPE_SUBJECT_CARD);
  legend = find_labels (GTK_WIDGET (chart), "vs-chart-legend-label");
  g_assert_cmpuint (cards->len, ==, 2);
  g_assert_cmpuint (legend->len, ==, 2);
  g_assert_null (find_label_with_text (GTK_WIDGET (page), "PostgreSQL"));

  vs_session_set_dataset (vs_view_get_session (VS_VIEW (page)), NULL);
  wait_for_frames (GTK_WIDGET (page), 1);
  g_clear_pointer (&cards, g_ptr_array_unref);
  cards = find_shown (GTK_WIDGET (page), VS_TYPE_SUBJECT_CARD);
  g_assert_cmpuint (cards->len, ==, 0);
  g_assert_false (is_shown (GTK_WIDGET (chart), GTK_WIDGET (page)));
  g_assert_null (find_label_with_text (GTK_WIDGET (page), "Sources"));

  destroy_page (page);
}

/* The Overview has nothing to search: the window falls back to the Features view. */
static void
test_no_search_action (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsOverviewView *page = show_page (dataset, 1280, 800);

  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (page), "view.search", NULL));

  destroy_page (page);
}

/* Tab reaches every link, and only the links: cards and rows are not focusable. */
static void
test_keyboard (void)
{
  g_autoptr(VsDataset) dataset = load_dataset ("valid", "three-subjects.json");
  VsOverviewView *page = show_page (dataset, 1280, 800);
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (page)));
  g_autoptr(GPtrArray) links = find_shown (GTK_WIDGET (page), GTK_TYPE_LINK_BUTTON);
  g_autoptr(GPtrArray) focused = g_ptr_array_new ();

  for (guint i = 0; i < 20; i++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD))
        break;

      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_assert_false (GTK_IS_FLOW_BOX_CHILD (focus));
      g_assert_false (GTK_IS_LIST_BOX_ROW (focus));
      if (!g_ptr_array_find (focused, focus, NULL))
        g_ptr_array_add (focused, focus);
    }

  g_assert_cmpuint (links->len, ==, 5);
  for (guint i = 0; i < links->len; i++)
    g_assert_true (g_ptr_array_find (focused, links->pdata[i], NULL));

  destroy_page (page);
}

/* Wide and narrow, light and dark: the page fits, draws, and the bars have
 * the subjects' colours of the style.
 */
/* CIE76 distance between two colours, as people see them. */
static void
to_lab (const GdkRGBA *color,
        double         lab[3])
{
  double linear[3] = { color->red, color->green, color->blue };
  double x, y, z;

  for (guint i = 0; i < 3; i++)
    linear[i] = linear[i] <= 0.04045 ? linear[i] / 12.92 : pow ((linear[i] + 0.055) / 1.055, 2.4);

  x = (0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2]) / 0.95047;
  y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  z = (0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2]) / 1.08883;
  x = x > 0.008856 ? cbrt (x) : 7.787 * x + 16.0 / 116;
  y = y > 0.008856 ? cbrt (y) : 7.787 * y + 16.0 / 116;
  z = z > 0.008856 ? cbrt (z) : 7.787 * z + 16.0 / 116;
  lab[0] = 116 * y - 16;
  lab[1] = 500 * (x - y);
  lab[2] = 200 * (y - z);
}

static double
color_distance (const GdkRGBA *a,
                const GdkRGBA *b)
{
  double lab_a[3], lab_b[3];

  to_lab (a, lab_a);
  to_lab (b, lab_b);

  return sqrt (pow (lab_a[0] - lab_b[0], 2) + pow (lab_a[1] - lab_b[1], 2) +
               pow (lab_a[2] - lab_b[2], 2));
}

/* Eight subjects without colours of their own get colours far apart, in
 * the light and in the dark style.
 */
static void
test_fallback_colors (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"versus/comparison\", \"version\": 1, "
                                          "\"id\": \"eight\", \"title\": \"Eight\", "
                                          "\"subjects\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;

  for (guint i = 0; i < 8; i++)
    g_string_append_printf (json, "%s{\"id\": \"s%u\", \"name\": \"S%u\"}", i > 0 ? ", " : "",
                            i, i);
  g_string_append (json, "], \"features\": [{\"id\": \"f\", \"name\": \"F\", \"values\": {}}]}");
  bytes = g_bytes_new (json->str, json->len);
  dataset = vs_dataset_loader_load_bytes (bytes, &error);
  g_assert_no_error (error);

  for (guint dark = 0; dark <= 1; dark++)
    for (guint i = 0; i < 8; i++)
      for (guint j = i + 1; j < 8; j++)
        {
          GdkRGBA a, b;
          double distance;

          vs_subject_style_get_color (vs_dataset_get_subject (dataset, i), dark, &a);
          vs_subject_style_get_color (vs_dataset_get_subject (dataset, j), dark, &b);
          distance = color_distance (&a, &b);
          g_test_message ("%s: S%u and S%u are %.1f apart", dark ? "dark" : "light", i, j,
                          distance);
          g_assert_cmpfloat (distance, >=, j < 5 ? 40 : 30);
        }
}

/* Each bar has its subject's name beside it: the bars start after a column
 * of names, drawn in the text colour.
 */
static void
test_bar_labels (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsOverviewView *page = show_page (dataset, 1280, 4000);
  VsScoreChart *chart = find_chart (page);
  GtkWidget *legend = gtk_widget_get_first_child (GTK_WIDGET (chart));
  g_autoptr(GdkTexture) texture = render (GTK_WIDGET (chart));
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (chart), "Node.js");
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = width * 4;
  g_autofree guchar *data = g_malloc (stride * height);
  int legend_bottom = gtk_widget_get_height (legend);
  int name_width;
  int first_bar = width;
  guint text_pixels = 0;
  GdkRGBA color;

  g_assert_true (GTK_IS_FLOW_BOX (legend));
  pango_layout_get_pixel_size (layout, &name_width, NULL);
  vs_subject_style_get_color (vs_dataset_get_subject (dataset, 0), FALSE, &color);
  gdk_texture_download (texture, data, stride);

  for (int y = legend_bottom; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + x * 4);
        int red = (pixel >> 16) & 0xff, green = (pixel >> 8) & 0xff, blue = pixel & 0xff;

        if (ABS (red - (int) round (color.red * 255)) <= 3 &&
            ABS (green - (int) round (color.green * 255)) <= 3 &&
            ABS (blue - (int) round (color.blue * 255)) <= 3)
          first_bar = MIN (first_bar, x);
        else if (x < name_width && (pixel >> 24) > 0x80 && red < 0x60 && green < 0x60 && blue < 0x60)
          text_pixels++;
      }

  /* The bars start after the widest name; the names are drawn before them. */
  g_assert_cmpint (first_bar, >=, name_width);
  g_assert_cmpint (first_bar, <, width / 2);
  g_assert_cmpuint (text_pixels, >, 100);

  destroy_page (page);
}

/* Scrolled past the top of the chart, its legend stays at the top of the
 * page, over the bars, until the chart ends.
 */
static void
test_legend_in_view (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"versus/comparison\", \"version\": 1, "
                                          "\"id\": \"five\", \"title\": \"Five\", "
                                          "\"subjects\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;
  VsOverviewView *page;
  VsScoreChart *chart;
  GtkWidget *legend;
  GtkScrolledWindow *scrolled;
  GtkAdjustment *adjustment;
  double chart_top, legend_top;

  /* Five subjects, eight categories of one feature each: a tall chart. */
  for (guint i = 0; i < 5; i++)
    g_string_append_printf (json, "%s{\"id\": \"s%u\", \"name\": \"Subject %u\"}",
                            i > 0 ? ", " : "", i, i);
  g_string_append (json, "], \"categories\": [");
  for (guint c = 0; c < 8; c++)
    g_string_append_printf (json, "%s{\"id\": \"c%u\", \"name\": \"Category %u\"}",
                            c > 0 ? ", " : "", c, c);
  g_string_append (json, "], \"features\": [");
  for (guint c = 0; c < 8; c++)
    g_string_append_printf (json, "%s{\"id\": \"f%u\", \"name\": \"F%u\", "
                            "\"category\": \"c%u\", \"values\": {}, \"scores\": "
                            "{\"s0\": 1, \"s1\": 2, \"s2\": 3, \"s3\": 4, \"s4\": 5}}",
                            c > 0 ? ", " : "", c, c, c);
  g_string_append (json, "]}");
  bytes = g_bytes_new (json->str, json->len);
  dataset = vs_dataset_loader_load_bytes (bytes, &error);
  g_assert_no_error (error);

  page = show_page (dataset, 1280, 400);
  chart = find_chart (page);
  legend = gtk_widget_get_first_child (GTK_WIDGET (chart));
  scrolled = GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (page)));
  adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

  g_assert_true (GTK_IS_FLOW_BOX (legend));
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (chart), GTK_WIDGET (scrolled),
                                                   0, 0, NULL, &chart_top));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >, 2 * 400);

  /* Halfway down the chart. */
  gtk_adjustment_set_value (adjustment,
                            gtk_adjustment_get_value (adjustment) + chart_top +
                            gtk_widget_get_height (GTK_WIDGET (chart)) / 2.0);
  wait_for_frames (GTK_WIDGET (page), 2);
  g_assert_true (gtk_widget_translate_coordinates (legend, GTK_WIDGET (scrolled),
                                                   0, 0, NULL, &legend_top));
  g_assert_cmpfloat_with_epsilon (legend_top, 0, 1);
  g_assert_true (gtk_widget_has_css_class (legend, "vs-chart-legend-stuck"));

  /* Back at the top, it is back in its place. */
  gtk_adjustment_set_value (adjustment, 0);
  wait_for_frames (GTK_WIDGET (page), 2);
  g_assert_true (gtk_widget_translate_coordinates (legend, GTK_WIDGET (chart),
                                                   0, 0, NULL, &legend_top));
  g_assert_cmpfloat_with_epsilon (legend_top, 0, 0.5);
  g_assert_false (gtk_widget_has_css_class (legend, "vs-chart-legend-stuck"));

  destroy_page (page);
}

static void
test_render (void)
{
  const char * const files[] = { NULL, "three-subjects.json", "overview-by-feature.json" };
  const struct { const char *name; int width; } sizes[] = { { "wide", 1280 }, { "narrow", 360 } };
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    for (guint dark = 0; dark <= 1; dark++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autoptr(VsDataset) dataset = NULL;
          g_autoptr(GdkTexture) page_texture = NULL;
          g_autoptr(GdkTexture) chart_texture = NULL;
          g_autofree char *name = NULL;
          VsOverviewView *page;
          VsScoreChart *chart;
          int minimum;

          if (files[f] == NULL)
            dataset = vs_dataset_loader_load_builtin ();
          else
            dataset = load_dataset (g_str_has_prefix (files[f], "overview-") ? "ui" : "valid",
                                    files[f]);

          adw_style_manager_set_color_scheme (style_manager,
                                              dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                   : ADW_COLOR_SCHEME_FORCE_LIGHT);
          /* Tall enough to show the whole page. */
          page = show_page (dataset, sizes[s].width, 4000);
          chart = find_chart (page);
          g_assert_cmpint (adw_style_manager_get_dark (style_manager), ==, dark);

          /* Nothing forces the window wider than 360 px. */
          gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1,
                              &minimum, NULL, NULL, NULL);
          g_assert_cmpint (minimum, <=, 360);
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), ==, sizes[s].width);

          page_texture = render (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (page))));
          chart_texture = render (GTK_WIDGET (chart));
          g_assert_cmpint (gdk_texture_get_width (page_texture), ==, sizes[s].width);

          for (guint i = 0; i < vs_dataset_get_n_subjects (dataset); i++)
            {
              GdkRGBA color;
              gboolean has_bar = FALSE;
              double score;

              for (guint row = 0; row < vs_score_chart_get_n_rows (chart); row++)
                has_bar |= vs_score_chart_get_score (chart, row, i, &score) && score >= 1;

              /* A long bar, or at least the legend's dot. */
              vs_subject_style_get_color (vs_dataset_get_subject (dataset, i), dark, &color);
              g_assert_cmpuint (count_pixels (chart_texture, &color, 0, 0), >, has_bar ? 500 : 50);
            }

          name = g_strdup_printf ("overview-%u-%s-%s.png", f, dark ? "dark" : "light",
                                  sizes[s].name);
          save_rendering (page_texture, name);
          g_free (name);
          name = g_strdup_printf ("chart-%u-%s-%s.png", f, dark ? "dark" : "light",
                                  sizes[s].name);
          save_rendering (chart_texture, name);

          destroy_page (page);
        }

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* Side by side when wide, stacked at 360 px; the cards of a row are as tall as each other. */
static void
test_card_layout (void)
{
  g_autoptr(VsDataset) dataset = load_dataset ("valid", "three-subjects.json");
  const int widths[] = { 1280, 360 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      VsOverviewView *page = show_page (dataset, widths[w], 800);
      g_autoptr(GPtrArray) cards = find_shown (GTK_WIDGET (page), VS_TYPE_SUBJECT_CARD);
      graphene_rect_t bounds[3];

      g_assert_cmpuint (cards->len, ==, 3);
      for (guint i = 0; i < 3; i++)
        {
          g_assert_true (gtk_widget_compute_bounds (cards->pdata[i], GTK_WIDGET (page), &bounds[i]));
          g_assert_cmpfloat (bounds[i].size.width, >=, 260);
          g_assert_cmpfloat (bounds[i].origin.x + bounds[i].size.width, <=, widths[w]);
        }

      for (guint i = 1; i < 3; i++)
        {
          if (widths[w] > 360)
            {
              g_assert_cmpfloat (bounds[i].origin.y, ==, bounds[0].origin.y);
              g_assert_cmpfloat (bounds[i].size.height, ==, bounds[0].size.height);
              g_assert_cmpfloat (bounds[i].origin.x, >, bounds[i - 1].origin.x + bounds[i - 1].size.width);
            }
          else
            {
              g_assert_cmpfloat (bounds[i].origin.x, ==, bounds[0].origin.x);
              g_assert_cmpfloat (bounds[i].origin.y, >, bounds[i - 1].origin.y + bounds[i - 1].size.height);
            }
        }

      destroy_page (page);
    }
}

/* In right-to-left languages the bars grow from the right. */
static void
test_chart_rtl (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  GtkTextDirection directions[] = { GTK_TEXT_DIR_LTR, GTK_TEXT_DIR_RTL };

  for (guint d = 0; d < G_N_ELEMENTS (directions); d++)
    {
      VsOverviewView *page;
      VsScoreChart *chart;
      g_autoptr(GdkTexture) texture = NULL;
      GdkRGBA color;
      int width;

      gtk_widget_set_default_direction (directions[d]);
      page = show_page (dataset, 800, 800);
      chart = find_chart (page);
      g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (chart)), ==, directions[d]);

      texture = render (GTK_WIDGET (chart));
      width = gdk_texture_get_width (texture);
      save_rendering (texture, directions[d] == GTK_TEXT_DIR_RTL ? "chart-rtl.png" : "chart-ltr.png");

      vs_subject_style_get_color (vs_dataset_get_subject (dataset, 0),
                                  adw_style_manager_get_dark (adw_style_manager_get_default ()),
                                  &color);
      /* Near the right edge: where the bars start after the subjects' names
       * (right to left), or after their values.
       */
      if (directions[d] == GTK_TEXT_DIR_RTL)
        g_assert_cmpuint (count_pixels (texture, &color, width * 3 / 4, width - 60), >, 100);
      else
        g_assert_cmpuint (count_pixels (texture, &color, width - 20, width - 4), ==, 0);

      destroy_page (page);
    }

  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css_provider = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* The application loads its style sheet by itself; do it for the tests. */
  css_provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css_provider, "/io/github/versusapp/Versus/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/versus/overview-view/builtin/cards", test_builtin_cards);
  g_test_add_func ("/versus/overview-view/builtin/intro", test_builtin_intro);
  g_test_add_func ("/versus/overview-view/builtin/guidance", test_builtin_guidance);
  g_test_add_func ("/versus/overview-view/builtin/chart-description", test_builtin_chart_description);
  g_test_add_func ("/versus/overview-view/builtin/averages", test_builtin_averages);
  g_test_add_func ("/versus/overview-view/three-subjects", test_three_subjects);
  g_test_add_func ("/versus/overview-view/average-rounding", test_average_rounding);
  g_test_add_func ("/versus/overview-view/chart/fallback-colors", test_fallback_colors);
  g_test_add_func ("/versus/overview-view/chart/bar-labels", test_bar_labels);
  g_test_add_func ("/versus/overview-view/chart/legend-in-view", test_legend_in_view);
  g_test_add_func ("/versus/overview-view/no-scores", test_no_scores);
  g_test_add_func ("/versus/overview-view/chart/by-feature", test_by_feature);
  g_test_add_func ("/versus/overview-view/chart/uncategorised", test_uncategorised);
  g_test_add_func ("/versus/overview-view/chart/rows-match-pdf", test_chart_rows_match_pdf);
  g_test_add_func ("/versus/overview-view/markup-is-text", test_markup_is_text);
  g_test_add_func ("/versus/overview-view/dataset-change", test_dataset_change);
  g_test_add_func ("/versus/overview-view/no-search-action", test_no_search_action);
  g_test_add_func ("/versus/overview-view/keyboard", test_keyboard);
  g_test_add_func ("/versus/overview-view/card-layout", test_card_layout);
  g_test_add_func ("/versus/overview-view/chart/rtl", test_chart_rtl);
  g_test_add_func ("/versus/overview-view/render", test_render);

  return g_test_run ();
}
