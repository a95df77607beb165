/* test-score-summary.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "vs-dataset-loader.h"
#include "vs-format.h"
#include "vs-score-summary.h"
#include "vs-subject-colors.h"

/* The rules that the Overview, the verdict, the command line and the PDF
 * report share (issue #17, “one home per rule”): the rows and numbers of the
 * score charts, the subjects' colours, and how lists and reasons are
 * written.
 */

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static VsDataset *
load_json (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  VsDataset *dataset = vs_dataset_loader_load_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);

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
  g_assert_nonnull (dataset);

  return dataset;
}

/* The row as the charts write it: “Label: 4.3, —”. */
static char *
describe_row (VsScoreSummary *summary,
              guint           row)
{
  GString *text = g_string_new (vs_score_summary_get_row_label (summary, row));

  g_string_append (text, ":");
  for (guint i = 0; i < vs_score_summary_get_n_subjects (summary); i++)
    {
      g_autofree char *score = vs_score_summary_format_score (summary, row, i);

      g_string_append_printf (text, " %s", score != NULL ? score : "—");
    }

  return g_string_free (text, FALSE);
}

static void
assert_rows (VsScoreSummary     *summary,
             const char * const *expected)
{
  guint n = g_strv_length ((char **)expected);

  for (guint r = 0; r < MIN (n, vs_score_summary_get_n_rows (summary)); r++)
    {
      g_autofree char *row = describe_row (summary, r);

      g_assert_cmpstr (row, ==, expected[r]);
    }
  g_assert_cmpuint (vs_score_summary_get_n_rows (summary), ==, n);
}

/* ------------------------------------------------------------------------ */
/* Score summary                                                            */
/* ------------------------------------------------------------------------ */

/* The only category holds only an unscored feature: grouping would make one
 * “Other features” row of everything (what the PDF showed), so the rows
 * are the scored features, as the Overview showed them.
 */
static void
test_unscored_category (void)
{
  g_autoptr(VsDataset) dataset = load_test_file ("unscored-category.json");
  g_autoptr(VsScoreSummary) summary = vs_score_summary_new (dataset, NULL);
  const char * const expected[] = { "Speed: 4.5 3", "Reach: 2 4.3", NULL };

  g_assert_false (vs_score_summary_get_by_category (summary));
  assert_rows (summary, expected);
  g_assert_nonnull (vs_score_summary_get_row_feature (summary, 0));
  g_assert_cmpstr (vs_feature_get_id (vs_score_summary_get_row_feature (summary, 0)), ==,
                   "speed");
  g_assert_null (vs_score_summary_get_row_category (summary, 0));
  g_assert_finalize_object (g_steal_pointer (&summary));
}

static const char categories_json[] =
  "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"groups\",\n"
  " \"title\": \"Groups\",\n"
  " \"subjects\": [{\"id\": \"a\", \"name\": \"Alpha\"}, {\"id\": \"b\", \"name\": \"Beta\"},\n"
  "              {\"id\": \"c\", \"name\": \"Gamma\"}],\n"
  " \"categories\": [{\"id\": \"unscored\", \"name\": \"Unscored\"},\n"
  "                {\"id\": \"speed\", \"name\": \"Speed\"},\n"
  "                {\"id\": \"safety\", \"name\": \"Safety\"},\n"
  "                {\"id\": \"empty\", \"name\": \"Empty\"}],\n"
  " \"features\": [\n"
  "  {\"id\": \"loose\", \"name\": \"Loose\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\", \"c\": \"z\"}, \"scores\": {\"a\": 1, \"b\": 2}},\n"
  "  {\"id\": \"f1\", \"name\": \"One\", \"category\": \"speed\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\", \"c\": \"z\"}, \"scores\": {\"a\": 4, \"b\": 1}},\n"
  "  {\"id\": \"note\", \"name\": \"Note\", \"category\": \"unscored\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\", \"c\": \"z\"}},\n"
  "  {\"id\": \"f2\", \"name\": \"Two\", \"category\": \"speed\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\", \"c\": \"z\"}, \"scores\": {\"a\": 4, \"b\": 1}},\n"
  "  {\"id\": \"s1\", \"name\": \"Belts\", \"category\": \"safety\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\", \"c\": \"z\"}, \"scores\": {\"c\": 5}},\n"
  "  {\"id\": \"f3\", \"name\": \"Three\", \"category\": \"speed\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\", \"c\": \"z\"}, \"scores\": {\"a\": 4, \"b\": 1}},\n"
  "  {\"id\": \"f4\", \"name\": \"Four\", \"category\": \"speed\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\", \"c\": \"z\"}, \"scores\": {\"a\": 5, \"b\": 2}},\n"
  "  {\"id\": \"loose2\", \"name\": \"Loose too\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\", \"c\": \"z\"}, \"scores\": {\"a\": 2}}]}\n";

/* Categories in the dataset's order, none for a category without scores,
 * the features without a category last, as “Other features”; averages
 * over the features that score the subject, rounded as everywhere
 * (4.25 is “4.3”, 1.25 “1.3”).
 */
static void
test_categories (void)
{
  g_autoptr(VsDataset) dataset = load_json (categories_json);
  g_autoptr(VsScoreSummary) summary = vs_score_summary_new (dataset, NULL);
  const char * const expected[] = {
    "Speed: 4.3 1.3 —", "Safety: — — 5", "Other features: 1.5 2 —", NULL,
  };
  double score;

  g_assert_true (vs_score_summary_get_by_category (summary));
  assert_rows (summary, expected);

  g_assert_cmpstr (vs_category_get_name (vs_score_summary_get_row_category (summary, 0)), ==,
                   "Speed");
  g_assert_null (vs_score_summary_get_row_category (summary, 2));
  g_assert_null (vs_score_summary_get_row_feature (summary, 0));

  /* The exact average, for the length of the bar. */
  g_assert_true (vs_score_summary_get_score (summary, 0, 0, &score));
  g_assert_cmpfloat (score, ==, 4.25);
  g_assert_false (vs_score_summary_get_score (summary, 0, 2, &score));
  g_assert_true (isnan (score));
  g_assert_null (vs_score_summary_format_score (summary, 1, 0));

  /* Past the last row, nothing. */
  g_assert_null (vs_score_summary_get_row_label (summary, 3));
  g_assert_false (vs_score_summary_get_score (summary, 3, 0, NULL));

  g_assert_finalize_object (g_steal_pointer (&summary));
}

/* Only the subjects shown count: without Gamma, Safety has no score left
 * and no row; the positions are those of the subjects given.
 */
static void
test_shown_subjects (void)
{
  g_autoptr(VsDataset) dataset = load_json (categories_json);
  g_autoptr(GPtrArray) subjects = g_ptr_array_new ();
  g_autoptr(VsScoreSummary) summary = NULL;
  const char * const expected[] = { "Speed: 1.3 4.3", "Other features: 2 1.5", NULL };

  g_ptr_array_add (subjects, vs_dataset_get_subject (dataset, 1));
  g_ptr_array_add (subjects, vs_dataset_get_subject (dataset, 0));
  summary = vs_score_summary_new (dataset, subjects);

  g_assert_cmpuint (vs_score_summary_get_n_subjects (summary), ==, 2);
  g_assert_true (vs_score_summary_get_subject (summary, 0) == vs_dataset_get_subject (dataset, 1));
  assert_rows (summary, expected);

  /* Gamma alone: only Safety is scored in a category. */
  g_clear_object (&summary);
  g_ptr_array_set_size (subjects, 0);
  g_ptr_array_add (subjects, vs_dataset_get_subject (dataset, 2));
  summary = vs_score_summary_new (dataset, subjects);
  {
    const char * const gamma[] = { "Safety: 5", NULL };

    assert_rows (summary, gamma);
  }
}

/* No categories at all: one row per scored feature, in order. */
static void
test_no_categories (void)
{
  g_autoptr(VsDataset) dataset = load_json (
    "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"flat\", \"title\": \"Flat\",\n"
    " \"subjects\": [{\"id\": \"a\", \"name\": \"Alpha\"}, {\"id\": \"b\", \"name\": \"Beta\"}],\n"
    " \"features\": [\n"
    "  {\"id\": \"f1\", \"name\": \"One\", \"values\": {\"a\": \"x\", \"b\": \"y\"},\n"
    "   \"scores\": {\"a\": 3.25, \"b\": 0.04}},\n"
    "  {\"id\": \"f2\", \"name\": \"Two\", \"values\": {\"a\": \"x\", \"b\": \"y\"}},\n"
    "  {\"id\": \"f3\", \"name\": \"Three\", \"values\": {\"a\": \"x\", \"b\": \"y\"},\n"
    "   \"scores\": {\"b\": 2.96}}]}\n");
  g_autoptr(VsScoreSummary) summary = vs_score_summary_new (dataset, NULL);
  const char * const expected[] = { "One: 3.3 0", "Three: — 3", NULL };

  g_assert_false (vs_score_summary_get_by_category (summary));
  assert_rows (summary, expected);
  g_assert_cmpstr (vs_feature_get_id (vs_score_summary_get_row_feature (summary, 1)), ==, "f3");
}

/* The built-in comparison, by category, with “Other features” last if at all. */
static void
test_builtin (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(VsScoreSummary) summary = vs_score_summary_new (dataset, NULL);

  g_assert_true (vs_score_summary_get_by_category (summary));
  g_assert_cmpuint (vs_score_summary_get_n_rows (summary), >, 0);
  for (guint r = 0; r + 1 < vs_score_summary_get_n_rows (summary); r++)
    g_assert_nonnull (vs_score_summary_get_row_category (summary, r));

  for (guint r = 0; r < vs_score_summary_get_n_rows (summary); r++)
    for (guint i = 0; i < vs_score_summary_get_n_subjects (summary); i++)
      {
        double score;

        if (vs_score_summary_get_score (summary, r, i, &score))
          g_assert_true (score >= 0 && score <= VS_SCORE_MAX);
      }
}

/* The best score is defined once: 5 loads, anything over it does not. */
static void
test_score_max (void)
{
  static const char template[] =
    "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"max\", \"title\": \"Max\",\n"
    " \"subjects\": [{\"id\": \"a\", \"name\": \"Alpha\"}, {\"id\": \"b\", \"name\": \"Beta\"}],\n"
    " \"features\": [{\"id\": \"f\", \"name\": \"F\", \"values\": {\"a\": \"x\", \"b\": \"y\"},\n"
    "   \"scores\": {\"a\": %s, \"b\": 0}}]}\n";
  g_autofree char *at_max = g_strdup_printf (template, "5");
  g_autofree char *over_max = g_strdup_printf (template, "5.01");
  g_autoptr(GBytes) bytes = g_bytes_new (over_max, strlen (over_max));
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = load_json (at_max);
  g_autoptr(VsDataset) refused = NULL;
  g_autoptr(VsScoreSummary) summary = vs_score_summary_new (dataset, NULL);
  const char * const expected[] = { "F: 5 0", NULL };

  g_assert_cmpfloat (VS_SCORE_MAX, ==, 5);
  assert_rows (summary, expected);

  refused = vs_dataset_loader_load_bytes (bytes, &error);
  g_assert_null (refused);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==, "$.features[0].scores.a: 5.01 is out of range (0 to 5)");
}

/* ------------------------------------------------------------------------ */
/* Subject colours                                                          */
/* ------------------------------------------------------------------------ */

/* CIE76 distance between two sRGB colours (D65). */
static void
to_lab (const VsRgb *color,
        double       lab[3])
{
  double c[3] = { color->red, color->green, color->blue };
  double xyz[3], f[3];
  static const double white[3] = { 0.95047, 1.0, 1.08883 };

  for (guint i = 0; i < 3; i++)
    c[i] = c[i] <= 0.04045 ? c[i] / 12.92 : pow ((c[i] + 0.055) / 1.055, 2.4);

  xyz[0] = 0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2];
  xyz[1] = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  xyz[2] = 0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2];

  for (guint i = 0; i < 3; i++)
    {
      double t = xyz[i] / white[i];

      f[i] = t > 216.0 / 24389 ? cbrt (t) : (24389.0 / 27 * t + 16) / 116;
    }

  lab[0] = 116 * f[1] - 16;
  lab[1] = 500 * (f[0] - f[1]);
  lab[2] = 200 * (f[1] - f[2]);
}

static double
distance (const VsRgb *a,
          const VsRgb *b)
{
  double la[3], lb[3];

  to_lab (a, la);
  to_lab (b, lb);

  return sqrt ((la[0] - lb[0]) * (la[0] - lb[0]) +
               (la[1] - lb[1]) * (la[1] - lb[1]) +
               (la[2] - lb[2]) * (la[2] - lb[2]));
}

static void
test_colors_contrast (void)
{
  VsRgb white = { 1, 1, 1 };
  VsRgb black = { 0, 0, 0 };

  g_assert_cmpfloat_with_epsilon (vs_rgb_luminance (&white), 1, 1e-9);
  g_assert_cmpfloat_with_epsilon (vs_rgb_luminance (&black), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (vs_rgb_contrast (&white, &black), 21, 1e-9);
  g_assert_cmpfloat_with_epsilon (vs_rgb_contrast (&black, &white), 21, 1e-9);
  g_assert_cmpfloat_with_epsilon (vs_rgb_contrast (&white, &white), 1, 1e-9);

  for (guint i = 0; i < vs_subject_colors_get_n_fallback (); i++)
    {
      VsRgb color, text, on_white;

      vs_subject_colors_get_fallback (i, &color);

      /* A badge's text on the palette colour. */
      text = vs_rgb_readable_text (&color);
      g_assert_cmpfloat (vs_rgb_contrast (&text, &color), >=, VS_MIN_TEXT_CONTRAST);

      /* The colour as text on paper (the report), and as bars in both styles. */
      on_white = vs_rgb_stand_out (&color, &white, VS_MIN_TEXT_CONTRAST);
      g_assert_cmpfloat (vs_rgb_contrast (&on_white, &white), >=, VS_MIN_TEXT_CONTRAST);

      for (int dark = 0; dark <= 1; dark++)
        {
          VsRgb background, bar;

          vs_subject_colors_get_background (dark, &background);
          bar = vs_rgb_stand_out (&color, &background, VS_MIN_GRAPHIC_CONTRAST);
          g_assert_cmpfloat (vs_rgb_contrast (&bar, &background), >=, VS_MIN_GRAPHIC_CONTRAST);
        }
    }

  /* Any colour at all gets readable text: the worst case is about 4.58. */
  for (guint grey = 0; grey <= 255; grey++)
    {
      VsRgb color = { grey / 255.0, grey / 255.0, grey / 255.0 };
      VsRgb text = vs_rgb_readable_text (&color);

      g_assert_cmpfloat (vs_rgb_contrast (&text, &color), >=, VS_MIN_TEXT_CONTRAST);
    }
}

/* Eight subjects without a colour of their own stay apart in both styles. */
static void
test_colors_distinct (void)
{
  g_autoptr(VsDataset) dataset = load_test_file ("thirty-two-subjects.json");

  g_assert_cmpuint (vs_subject_colors_get_n_fallback (), >=, 8);

  for (int dark = 0; dark <= 1; dark++)
    {
      VsRgb colors[8];
      VsRgb background;

      vs_subject_colors_get_background (dark, &background);
      for (guint i = 0; i < 8; i++)
        {
          VsSubject *subject = vs_dataset_get_subject (dataset, i);

          g_assert_null (vs_subject_get_color (subject));
          vs_subject_colors_get_color (subject, dark, &colors[i]);
          g_assert_cmpfloat (vs_rgb_contrast (&colors[i], &background), >=,
                             VS_MIN_GRAPHIC_CONTRAST);
        }

      for (guint i = 0; i < 8; i++)
        for (guint j = i + 1; j < 8; j++)
          g_assert_cmpfloat (distance (&colors[i], &colors[j]), >=, 36);
    }

  /* The ninth takes the first colour again. */
  {
    VsRgb first, ninth;

    vs_subject_colors_get_base (vs_dataset_get_subject (dataset, 0), &first);
    vs_subject_colors_get_base (vs_dataset_get_subject (dataset, 8), &ninth);
    g_assert_true (memcmp (&first, &ninth, sizeof first) == 0);
  }
}

/* A dataset's own colour is used as given, and written back the same. */
static void
test_colors_dataset (void)
{
  g_autoptr(VsDataset) dataset = load_test_file ("unscored-category.json");
  VsSubject *trains = vs_dataset_get_subject (dataset, 0);
  VsRgb color, fallback;
  g_autofree char *text = NULL;

  vs_subject_colors_get_base (trains, &color);
  text = vs_rgb_to_string (&color);
  g_assert_cmpstr (text, ==, "#1c71d8");

  vs_subject_colors_get_fallback (0, &fallback);
  g_assert_true (memcmp (&color, &fallback, sizeof color) == 0);

  g_assert_true (vs_rgb_parse ("#FFffFF", &color));
  g_assert_cmpfloat (color.red, ==, 1);
  g_assert_false (vs_rgb_parse ("#fff", &color));
  g_assert_false (vs_rgb_parse ("1c71d8f", &color));
  g_assert_false (vs_rgb_parse ("#1c71dg", &color));
  g_assert_false (vs_rgb_parse (NULL, &color));
}

/* ------------------------------------------------------------------------ */
/* Text                                                                     */
/* ------------------------------------------------------------------------ */

static char *
join (gboolean alternatives,
      ...)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;
  va_list args;

  va_start (args, alternatives);
  while ((name = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  va_end (args);

  return vs_format_join_names (names, alternatives);
}

static void
test_join_names (void)
{
  struct {
    char *text;
    const char *expected;
  } cases[] = {
    { join (FALSE, "A", NULL), "A" },
    { join (FALSE, "A", "B", NULL), "A and B" },
    { join (FALSE, "A", "B", "C", NULL), "A, B and C" },
    { join (FALSE, "A", "B", "C", "D", NULL), "A, B, C and D" },
    { join (TRUE, "Node.js", NULL), "Node.js" },
    { join (TRUE, "Node.js", "Python", NULL), "Node.js or Python" },
    { join (TRUE, "A", "B", "C", NULL), "A, B or C" },
    /* Names are text, never formats. */
    { join (FALSE, "%s", "100%", NULL), "%s and 100%" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (cases[i].text, ==, cases[i].expected);
      g_free (cases[i].text);
    }
}

static void
test_reason (void)
{
  g_autofree char *plain = vs_format_reason ("You answered “Yes” to “Fast?”", FALSE);
  g_autofree char *important = vs_format_reason ("You answered “Yes” to “Fast?”", TRUE);

  g_assert_cmpstr (plain, ==, "You answered “Yes” to “Fast?”");
  g_assert_cmpstr (important, ==,
                   "You answered “Yes” to “Fast?” (important to you: counted twice)");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/versus/score-summary/unscored-category", test_unscored_category);
  g_test_add_func ("/versus/score-summary/categories", test_categories);
  g_test_add_func ("/versus/score-summary/shown-subjects", test_shown_subjects);
  g_test_add_func ("/versus/score-summary/no-categories", test_no_categories);
  g_test_add_func ("/versus/score-summary/builtin", test_builtin);
  g_test_add_func ("/versus/score-summary/score-max", test_score_max);
  g_test_add_func ("/versus/subject-colors/contrast", test_colors_contrast);
  g_test_add_func ("/versus/subject-colors/distinct", test_colors_distinct);
  g_test_add_func ("/versus/subject-colors/dataset", test_colors_dataset);
  g_test_add_func ("/versus/format/join-names", test_join_names);
  g_test_add_func ("/versus/format/reason", test_reason);

  return g_test_run ();
}
