/* test-verdict.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "vs-dataset-loader.h"
#include "vs-format.h"
#include "vs-verdict.h"

/* The verdict engine, as "How a verdict is computed" in dataset-format.md
 * describes it. The datasets of tests/data/verdict/ were written for these
 * tests, so that every expected score below can be worked out by hand:
 *
 * three.json: Train, Plane, Car, with negative weights, a zero weight, a
 *   choice without a reason and fractional weights.
 * ties.json: Red, Green, Blue, Yellow, with answers that tie at the top, in
 *   the middle, everywhere, and 0.1 + 0.2 against 0.3.
 * tiny.json: A, B, C, with weights smaller than the tolerance of ties.
 */

typedef struct
{
  VsDataset *dataset;
  VsVerdict *verdict;
  guint n_changed;
} Fixture;

/* ------------------------------------------------------------------------ */
/* Helpers                                                                   */
/* ------------------------------------------------------------------------ */

static VsDataset *
load_dataset (const char *name)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  VsDataset *dataset;

  if (name == NULL)
    return vs_dataset_loader_load_builtin ();

  path = g_test_build_filename (G_TEST_DIST, "data", "verdict", name, NULL);
  file = g_file_new_for_path (path);
  dataset = vs_dataset_loader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (VS_IS_DATASET (dataset));

  return dataset;
}

static void
verdict_changed_cb (VsVerdict *verdict,
                    Fixture   *fixture)
{
  g_assert_true (verdict == fixture->verdict);
  fixture->n_changed++;
}

/* @user_data is the name of a file in tests/data/verdict/, or NULL for the
 * built-in dataset.
 */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dataset = load_dataset (user_data);
  fixture->verdict = vs_verdict_new (fixture->dataset);
  fixture->n_changed = 0;

  g_assert_true (vs_verdict_get_dataset (fixture->verdict) == fixture->dataset);
  g_signal_connect (fixture->verdict, "changed", G_CALLBACK (verdict_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  /* The verdict holds the dataset: it goes first, then the dataset must go
   * too, or something kept a reference.
   */
  g_assert_finalize_object (fixture->verdict);
  g_assert_finalize_object (fixture->dataset);
}

static VsQuestion *
get_question (Fixture    *fixture,
              const char *question_id)
{
  VsQuestion *question = vs_dataset_find_question (fixture->dataset, question_id);

  g_assert_nonnull (question);
  g_assert_cmpstr (vs_question_get_id (question), ==, question_id);

  return question;
}

static VsChoice *
get_choice (Fixture    *fixture,
            const char *question_id,
            const char *choice_id)
{
  VsChoice *choice = vs_question_find_choice (get_question (fixture, question_id), choice_id);

  g_assert_nonnull (choice);
  g_assert_cmpstr (vs_choice_get_id (choice), ==, choice_id);

  return choice;
}

static void
answer (Fixture    *fixture,
        const char *question_id,
        const char *choice_id)
{
  vs_verdict_set_answer (fixture->verdict,
                         get_question (fixture, question_id),
                         choice_id ? get_choice (fixture, question_id, choice_id) : NULL);
}

static void
set_important (Fixture    *fixture,
               const char *question_id,
               gboolean    important)
{
  vs_verdict_set_important (fixture->verdict, get_question (fixture, question_id), important);
}

static char *
format_number (double number)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", number));
}

/* The ranking in one line, "=1 Green 2, =1 Yellow 2, 3 Red 1, 4 Blue 0"
 * ("=" marks a tie), so that a failure shows the whole of it.
 */
static char *
describe_ranking (VsVerdictResult *result)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (result));

  for (guint i = 0; i < n_items; i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);
      g_autofree char *score = format_number (vs_verdict_entry_get_score (entry));

      g_string_append_printf (text, "%s%s%u %s %s",
                              i > 0 ? ", " : "",
                              vs_verdict_entry_get_tied (entry) ? "=" : "",
                              vs_verdict_entry_get_rank (entry),
                              vs_subject_get_name (vs_verdict_entry_get_subject (entry)),
                              score);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The reasons of one entry in one line: "text (weight); text (weight, important)". */
static char *
describe_reasons (VsVerdictEntry *entry)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < vs_verdict_entry_get_n_reasons (entry); i++)
    {
      const VsVerdictReason *reason = vs_verdict_entry_get_reason (entry, i);
      g_autofree char *description = vs_verdict_reason_describe (reason);
      g_autofree char *weight = format_number (reason->weight);

      g_assert_true (VS_IS_QUESTION (reason->question));
      g_assert_true (VS_IS_CHOICE (reason->choice));
      g_string_append_printf (text, "%s%s (%s%s)",
                              i > 0 ? "; " : "",
                              description, weight,
                              reason->important ? ", important" : "");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static VsVerdictEntry *
find_entry (VsVerdictResult *result,
            const char      *subject_id)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (result));

  for (guint i = 0; i < n_items; i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);

      if (g_strcmp0 (vs_subject_get_id (vs_verdict_entry_get_subject (entry)), subject_id) == 0)
        return entry;
    }

  g_assert_not_reached ();
}

/* What is wrong with the shape of a ranking, whatever the scores: ranks
 * start at 1 and follow competition ranking (1, 1, 3), a subject is tied
 * exactly when another one shares its rank, tied subjects come in dataset
 * order, and a better rank never goes with a lower score. Returns "" when
 * nothing is wrong.
 */
static char *
find_ranking_problems (VsVerdictResult *result)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (result));

  for (guint i = 0; i < n_items; i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);
      const char *name = vs_subject_get_name (vs_verdict_entry_get_subject (entry));
      guint rank = vs_verdict_entry_get_rank (entry);
      gboolean shares_rank = FALSE;

      if (i == 0 && rank != 1)
        g_string_append_printf (problems, "%s is first but ranked %u; ", name, rank);

      if (i > 0)
        {
          VsVerdictEntry *previous = vs_verdict_result_get_entry (result, i - 1);
          guint previous_rank = vs_verdict_entry_get_rank (previous);

          if (rank == previous_rank)
            {
              if (vs_subject_get_index (vs_verdict_entry_get_subject (previous)) >
                  vs_subject_get_index (vs_verdict_entry_get_subject (entry)))
                g_string_append_printf (problems, "%s is tied but out of dataset order; ", name);
            }
          else if (rank != i + 1)
            {
              g_string_append_printf (problems, "%s is at position %u but ranked %u; ",
                                      name, i + 1, rank);
            }
        }

      for (guint j = 0; j < n_items; j++)
        {
          VsVerdictEntry *other = vs_verdict_result_get_entry (result, j);

          if (j != i && vs_verdict_entry_get_rank (other) == rank)
            shares_rank = TRUE;

          if (vs_verdict_entry_get_rank (other) > rank &&
              vs_verdict_entry_get_score (other) > vs_verdict_entry_get_score (entry))
            g_string_append_printf (problems, "%s is ranked above %s with a lower score; ",
                                    name,
                                    vs_subject_get_name (vs_verdict_entry_get_subject (other)));
        }

      if (shares_rank != vs_verdict_entry_get_tied (entry))
        g_string_append_printf (problems, "%s is %s but %s its rank; ", name,
                                vs_verdict_entry_get_tied (entry) ? "tied" : "not tied",
                                shares_rank ? "shares" : "does not share");
    }

  return g_string_free (g_steal_pointer (&problems), FALSE);
}

#define assert_ranking(result, expected) \
  G_STMT_START { \
    g_autofree char *ranking_ = describe_ranking (result); \
    g_autofree char *problems_ = find_ranking_problems (result); \
    g_assert_cmpstr (ranking_, ==, expected); \
    g_assert_cmpstr (problems_, ==, ""); \
  } G_STMT_END

#define assert_reasons(result, subject_id, expected) \
  G_STMT_START { \
    g_autofree char *reasons_ = describe_reasons (find_entry (result, subject_id)); \
    g_assert_cmpstr (reasons_, ==, expected); \
  } G_STMT_END

/* ------------------------------------------------------------------------ */
/* Ranking                                                                   */
/* ------------------------------------------------------------------------ */

static void
test_no_answers (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = vs_verdict_compute (fixture->verdict);
  guint n_subjects = vs_dataset_get_n_subjects (fixture->dataset);

  g_assert_cmpuint (vs_verdict_get_n_answers (fixture->verdict), ==, 0);
  g_assert_cmpuint (vs_verdict_result_get_n_answers (result), ==, 0);
  g_assert_false (vs_verdict_result_get_is_decisive (result));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (result)), ==, n_subjects);

  /* Everyone scores 0, so everyone shares the first place, in dataset order. */
  for (guint i = 0; i < n_subjects; i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);

      g_assert_true (vs_verdict_entry_get_subject (entry) ==
                     vs_dataset_get_subject (fixture->dataset, i));
      g_assert_cmpfloat (vs_verdict_entry_get_score (entry), ==, 0);
      g_assert_cmpuint (vs_verdict_entry_get_rank (entry), ==, 1);
      g_assert_true (vs_verdict_entry_get_tied (entry));
      g_assert_cmpuint (vs_verdict_entry_get_n_reasons (entry), ==, 0);
    }

  g_assert_cmpuint (fixture->n_changed, ==, 0);
  g_assert_finalize_object (g_steal_pointer (&result));
}

static void
test_result_model (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = NULL;
  GListModel *model;

  answer (fixture, "distance", "short");
  result = vs_verdict_compute (fixture->verdict);
  model = G_LIST_MODEL (result);

  g_assert_true (g_list_model_get_item_type (model) == VS_TYPE_VERDICT_ENTRY);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(VsVerdictEntry) entry = g_list_model_get_item (model, i);

      g_assert_true (entry == vs_verdict_result_get_entry (result, i));
    }
  g_assert_null (g_list_model_get_item (model, 3));

  g_assert_finalize_object (g_steal_pointer (&result));
}

static void
test_rank_by_score (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = NULL;

  /* Train 2 + 0 + 3, Plane -4 - 1 + 0, Car 3 + 4 + 1. */
  answer (fixture, "distance", "short");
  answer (fixture, "luggage", "yes");
  answer (fixture, "scenery", "yes");
  result = vs_verdict_compute (fixture->verdict);

  assert_ranking (result, "1 Car 8, 2 Train 5, 3 Plane -5");
  g_assert_true (vs_verdict_result_get_is_decisive (result));
  g_assert_cmpuint (vs_verdict_result_get_n_answers (result), ==, 3);
  g_assert_cmpfloat (vs_verdict_entry_get_score (vs_verdict_result_get_entry (result, 0)), ==, 8);
  g_assert_cmpfloat (vs_verdict_entry_get_score (vs_verdict_result_get_entry (result, 2)), ==, -5);

  /* The scenery choice has no reason of its own. */
  assert_reasons (result, "car",
                  "Short trips are quicker on the ground (3); "
                  "A car carries all your luggage (4); "
                  "You answered “Yes, please” to “Do you want to enjoy the scenery?” (1)");
  assert_reasons (result, "train",
                  "Short trips are quicker on the ground (2); "
                  "You answered “Yes, please” to “Do you want to enjoy the scenery?” (3)");
  assert_reasons (result, "plane",
                  "Short trips are quicker on the ground (-4); A car carries all your luggage (-1)");

  g_assert_finalize_object (g_steal_pointer (&result));
}

/* Each reason's points, signed, with a real minus sign: they add up to the score. */
static void
test_reason_points (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = NULL;
  const char *expected[][2] = {
    { "car", "+3 +4" },
    { "train", "+2" },
    { "plane", "\u22124 \u22121" },
  };

  answer (fixture, "distance", "short");
  answer (fixture, "luggage", "yes");
  result = vs_verdict_compute (fixture->verdict);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      VsVerdictEntry *entry = find_entry (result, expected[i][0]);
      g_autoptr(GString) points = g_string_new (NULL);
      double sum = 0;

      for (guint r = 0; r < vs_verdict_entry_get_n_reasons (entry); r++)
        {
          const VsVerdictReason *reason = vs_verdict_entry_get_reason (entry, r);
          g_autofree char *text = vs_verdict_reason_format_points (reason);

          g_string_append_printf (points, "%s%s", r > 0 ? " " : "", text);
          sum += reason->weight;
        }

      g_assert_cmpstr (points->str, ==, expected[i][1]);
      g_assert_cmpfloat_with_epsilon (sum, vs_verdict_entry_get_score (entry), 1e-9);
    }

  g_assert_finalize_object (g_steal_pointer (&result));
}

static void
test_rank_three_subjects (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) first = NULL;
  g_autoptr(VsVerdictResult) second = NULL;

  /* Train 1 + 1.5, Plane 5 - 0.5, Car -2 + 0.5. */
  answer (fixture, "distance", "long");
  answer (fixture, "budget", "low");
  first = vs_verdict_compute (fixture->verdict);
  assert_ranking (first, "1 Plane 4.5, 2 Train 2.5, 3 Car -1.5");
  assert_reasons (first, "plane",
                  "Long distances are flown fastest (5); Rail passes are cheap (-0.5)");
  assert_reasons (first, "train",
                  "Long distances are flown fastest (1); Rail passes are cheap (1.5)");
  assert_reasons (first, "car",
                  "Long distances are flown fastest (-2); Rail passes are cheap (0.5)");

  /* Train 1, Plane 5 - 1 + 1 + 2, Car -2 + 4: every subject moves. */
  answer (fixture, "luggage", "yes");
  answer (fixture, "scenery", "no");
  answer (fixture, "budget", "high");
  second = vs_verdict_compute (fixture->verdict);
  assert_ranking (second, "1 Plane 7, 2 Car 2, 3 Train 1");
  assert_reasons (second, "plane",
                  "Long distances are flown fastest (5); "
                  "A car carries all your luggage (-1); "
                  "You answered “No” to “Do you want to enjoy the scenery?” (1); "
                  "You can afford to fly (2)");

  g_assert_finalize_object (g_steal_pointer (&first));
  g_assert_finalize_object (g_steal_pointer (&second));
}

static void
test_tie_at_top (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = NULL;
  VsVerdictEntry *green, *yellow;

  /* Competition ranking: 1, 1, 3, and the tied pair in dataset order (the
   * file lists Yellow's weight before Green's).
   */
  answer (fixture, "pair", "yes");
  result = vs_verdict_compute (fixture->verdict);
  assert_ranking (result, "=1 Green 2, =1 Yellow 2, 3 Red 1, 4 Blue 0");

  green = vs_verdict_result_get_entry (result, 0);
  yellow = vs_verdict_result_get_entry (result, 1);
  g_assert_true (vs_verdict_entry_get_tied (green));
  g_assert_true (vs_verdict_entry_get_tied (yellow));
  g_assert_cmpuint (vs_verdict_entry_get_rank (green), ==, vs_verdict_entry_get_rank (yellow));
  g_assert_false (vs_verdict_entry_get_tied (vs_verdict_result_get_entry (result, 2)));
  g_assert_cmpuint (vs_verdict_entry_get_rank (vs_verdict_result_get_entry (result, 2)), ==, 3);

  /* Not every score is equal: the answers do separate the subjects. */
  g_assert_true (vs_verdict_result_get_is_decisive (result));

  assert_reasons (result, "green", "You like pairs (2)");
  assert_reasons (result, "red", "You like pairs (1)");
  assert_reasons (result, "blue", "");

  g_assert_finalize_object (g_steal_pointer (&result));
}

static void
test_tie_in_middle (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = NULL;

  answer (fixture, "middle", "yes");
  result = vs_verdict_compute (fixture->verdict);
  assert_ranking (result, "1 Red 3, =2 Green 1, =2 Blue 1, 4 Yellow 0");
  g_assert_true (vs_verdict_result_get_is_decisive (result));
  g_assert_finalize_object (g_steal_pointer (&result));
}

static void
test_tie_all_equal (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) same = NULL;
  g_autoptr(VsVerdictResult) zero = NULL;

  /* Answered, but every subject gets 1. */
  answer (fixture, "same", "yes");
  same = vs_verdict_compute (fixture->verdict);
  assert_ranking (same, "=1 Red 1, =1 Green 1, =1 Blue 1, =1 Yellow 1");
  g_assert_cmpuint (vs_verdict_result_get_n_answers (same), ==, 1);
  g_assert_false (vs_verdict_result_get_is_decisive (same));
  assert_reasons (same, "yellow", "All colours are the same to you (1)");

  /* Answered with a choice that weighs nothing. */
  answer (fixture, "same", NULL);
  answer (fixture, "pair", "no");
  zero = vs_verdict_compute (fixture->verdict);
  assert_ranking (zero, "=1 Red 0, =1 Green 0, =1 Blue 0, =1 Yellow 0");
  g_assert_cmpuint (vs_verdict_result_get_n_answers (zero), ==, 1);
  g_assert_false (vs_verdict_result_get_is_decisive (zero));
  assert_reasons (zero, "red", "");

  g_assert_finalize_object (g_steal_pointer (&same));
  g_assert_finalize_object (g_steal_pointer (&zero));
}

static void
test_fractional (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = NULL;
  g_autoptr(VsVerdictResult) doubled = NULL;
  VsVerdictEntry *red, *green;

  /* Green gets 0.1 + 0.2, which is not 0.3 in binary, Red 0.3: a tie all
   * the same, in dataset order (Red first although Green's sum is larger).
   */
  answer (fixture, "tenth", "yes");
  answer (fixture, "fifth", "yes");
  result = vs_verdict_compute (fixture->verdict);
  assert_ranking (result, "=1 Red 0.3, =1 Green 0.3, =3 Blue 0, =3 Yellow 0");
  g_assert_true (vs_verdict_result_get_is_decisive (result));

  red = vs_verdict_result_get_entry (result, 0);
  green = vs_verdict_result_get_entry (result, 1);
  g_assert_cmpfloat_with_epsilon (vs_verdict_entry_get_score (red), 0.3, 1e-12);
  g_assert_cmpfloat_with_epsilon (vs_verdict_entry_get_score (green), 0.3, 1e-12);
  g_assert_cmpuint (vs_verdict_entry_get_rank (red), ==, 1);
  g_assert_cmpuint (vs_verdict_entry_get_rank (green), ==, 1);
  assert_reasons (result, "green", "A tenth (0.1); A fifth (0.2)");
  assert_reasons (result, "red", "A tenth (0.3)");

  /* Doubled: 0.2 + 0.4 against 0.6. */
  set_important (fixture, "tenth", TRUE);
  set_important (fixture, "fifth", TRUE);
  doubled = vs_verdict_compute (fixture->verdict);
  assert_ranking (doubled, "=1 Red 0.6, =1 Green 0.6, =3 Blue 0, =3 Yellow 0");
  assert_reasons (doubled, "green", "A tenth (0.2, important); A fifth (0.4, important)");

  g_assert_finalize_object (g_steal_pointer (&result));
  g_assert_finalize_object (g_steal_pointer (&doubled));
}

static void
test_tiny_weights (Fixture       *fixture,
                   gconstpointer  user_data)
{
  const char * const choices[] = { "b-and-c", "a-and-c", "c" };
  g_autoptr(GString) all_problems = g_string_new (NULL);

  /* Weights of 6e-10 and 1.2e-9 are valid (from -10 to 10). Whether they
   * count as ties or not, the ranking must stay a ranking: C, with the
   * highest score, is never ranked below a subject that scores 0.
   */
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autoptr(VsVerdictResult) result = NULL;
      g_autofree char *ranking = NULL;
      g_autofree char *problems = NULL;

      answer (fixture, "tiny", choices[i]);
      result = vs_verdict_compute (fixture->verdict);
      ranking = describe_ranking (result);
      problems = find_ranking_problems (result);
      g_test_message ("tiny=%s: %s", choices[i], ranking);

      if (*problems != '\0')
        g_string_append_printf (all_problems, "tiny=%s: %s (%s)\n", choices[i], problems, ranking);

      g_assert_finalize_object (g_steal_pointer (&result));
    }

  /* Scores are rounded to a step before they are compared, so ties are
   * transitive and the ranking is consistent.
   */
  g_assert_cmpstr (all_problems->str, ==, "");
}

/* ------------------------------------------------------------------------ */
/* Weights, skipped and important answers                                   */
/* ------------------------------------------------------------------------ */

static void
test_negative_weights (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = NULL;

  /* Plane -4 - 1 goes below 0; Train's luggage weight is an explicit 0: not
   * a reason. Plane's negative weights are reasons too, so that the points
   * of each subject's reasons add up to its score.
   */
  answer (fixture, "distance", "short");
  answer (fixture, "luggage", "yes");
  result = vs_verdict_compute (fixture->verdict);
  assert_ranking (result, "1 Car 7, 2 Train 2, 3 Plane -5");
  g_assert_cmpfloat (vs_verdict_entry_get_score (find_entry (result, "plane")), <, 0);
  assert_reasons (result, "car",
                  "Short trips are quicker on the ground (3); A car carries all your luggage (4)");
  assert_reasons (result, "train", "Short trips are quicker on the ground (2)");
  assert_reasons (result, "plane",
                  "Short trips are quicker on the ground (-4); A car carries all your luggage (-1)");

  g_assert_finalize_object (g_steal_pointer (&result));
}

static void
test_skipped (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) answered = NULL;
  g_autoptr(VsVerdictResult) skipped = NULL;
  VsQuestion *luggage = get_question (fixture, "luggage");

  answer (fixture, "distance", "long");
  answer (fixture, "luggage", "yes");
  g_assert_true (vs_verdict_get_answer (fixture->verdict, luggage) ==
                 get_choice (fixture, "luggage", "yes"));
  g_assert_cmpuint (vs_verdict_get_n_answers (fixture->verdict), ==, 2);
  answered = vs_verdict_compute (fixture->verdict);
  assert_ranking (answered, "1 Plane 4, 2 Car 2, 3 Train 1");

  /* Skipping the luggage question takes its weights away, even when it was
   * marked important; skipped questions are never reasons.
   */
  set_important (fixture, "luggage", TRUE);
  vs_verdict_set_answer (fixture->verdict, luggage, NULL);
  g_assert_null (vs_verdict_get_answer (fixture->verdict, luggage));
  g_assert_cmpuint (vs_verdict_get_n_answers (fixture->verdict), ==, 1);
  skipped = vs_verdict_compute (fixture->verdict);
  assert_ranking (skipped, "1 Plane 5, 2 Train 1, 3 Car -2");
  g_assert_cmpuint (vs_verdict_result_get_n_answers (skipped), ==, 1);
  assert_reasons (skipped, "car", "Long distances are flown fastest (-2)");
  assert_reasons (skipped, "plane", "Long distances are flown fastest (5)");

  /* Questions never answered are skipped too. */
  g_assert_null (vs_verdict_get_answer (fixture->verdict, get_question (fixture, "budget")));

  g_assert_finalize_object (g_steal_pointer (&answered));
  g_assert_finalize_object (g_steal_pointer (&skipped));
}

static void
test_important (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) plain = NULL;
  g_autoptr(VsVerdictResult) important = NULL;
  g_autoptr(VsVerdictResult) again = NULL;
  VsQuestion *distance = get_question (fixture, "distance");
  const VsVerdictReason *reason;
  VsVerdictEntry *car;

  answer (fixture, "distance", "short");
  answer (fixture, "luggage", "yes");
  answer (fixture, "scenery", "yes");
  plain = vs_verdict_compute (fixture->verdict);
  assert_ranking (plain, "1 Car 8, 2 Train 5, 3 Plane -5");

  /* Doubled, negative weights included: Car 6 + 4 + 1, Train 4 + 3, Plane -8 - 1. */
  g_assert_false (vs_verdict_get_important (fixture->verdict, distance));
  vs_verdict_set_important (fixture->verdict, distance, TRUE);
  g_assert_true (vs_verdict_get_important (fixture->verdict, distance));
  important = vs_verdict_compute (fixture->verdict);
  assert_ranking (important, "1 Car 11, 2 Train 7, 3 Plane -9");
  assert_reasons (important, "car",
                  "Short trips are quicker on the ground (6, important); "
                  "A car carries all your luggage (4); "
                  "You answered “Yes, please” to “Do you want to enjoy the scenery?” (1)");
  assert_reasons (important, "train",
                  "Short trips are quicker on the ground (4, important); "
                  "You answered “Yes, please” to “Do you want to enjoy the scenery?” (3)");

  car = find_entry (important, "car");
  reason = vs_verdict_entry_get_reason (car, 0);
  g_assert_true (reason->question == distance);
  g_assert_true (reason->choice == get_choice (fixture, "distance", "short"));
  g_assert_cmpfloat (reason->weight, ==, 6);
  g_assert_true (reason->important);
  reason = vs_verdict_entry_get_reason (car, 1);
  g_assert_true (reason->question == get_question (fixture, "luggage"));
  g_assert_cmpfloat (reason->weight, ==, 4);
  g_assert_false (reason->important);

  /* The importance does not change the number of answers. */
  g_assert_cmpuint (vs_verdict_result_get_n_answers (important), ==, 3);

  vs_verdict_set_important (fixture->verdict, distance, FALSE);
  g_assert_false (vs_verdict_get_important (fixture->verdict, distance));
  again = vs_verdict_compute (fixture->verdict);
  assert_ranking (again, "1 Car 8, 2 Train 5, 3 Plane -5");

  g_assert_finalize_object (g_steal_pointer (&plain));
  g_assert_finalize_object (g_steal_pointer (&important));
  g_assert_finalize_object (g_steal_pointer (&again));
}

static void
test_change_answer (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) before = NULL;
  g_autoptr(VsVerdictResult) after = NULL;
  VsQuestion *ai_ml = get_question (fixture, "ai-ml");

  answer (fixture, "ai-ml", "yes");
  before = vs_verdict_compute (fixture->verdict);
  assert_ranking (before, "1 Python 3, 2 Node.js 0");
  g_assert_true (vs_verdict_result_get_is_decisive (before));

  answer (fixture, "ai-ml", "no");
  g_assert_true (vs_verdict_get_answer (fixture->verdict, ai_ml) ==
                 get_choice (fixture, "ai-ml", "no"));
  g_assert_cmpuint (vs_verdict_get_n_answers (fixture->verdict), ==, 1);
  after = vs_verdict_compute (fixture->verdict);
  assert_ranking (after, "=1 Node.js 0, =1 Python 0");
  g_assert_false (vs_verdict_result_get_is_decisive (after));
  g_assert_cmpuint (vs_verdict_result_get_n_answers (after), ==, 1);

  /* A result is a snapshot: the first one still says what it said. */
  assert_ranking (before, "1 Python 3, 2 Node.js 0");
  assert_reasons (before, "python", "Your project involves data science or AI/ML (3)");

  g_assert_finalize_object (g_steal_pointer (&before));
  g_assert_finalize_object (g_steal_pointer (&after));
}

/* A copy ranks like the original, and does not follow later changes. */
static void
test_copy (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = NULL;
  g_autoptr(VsVerdict) copy = NULL;

  answer (fixture, "distance", "short");
  answer (fixture, "budget", "high");
  set_important (fixture, "budget", TRUE);
  copy = vs_verdict_copy (fixture->verdict);

  vs_verdict_reset (fixture->verdict);
  g_assert_cmpuint (vs_verdict_get_n_answers (copy), ==, 2);

  result = vs_verdict_compute (copy);
  answer (fixture, "distance", "short");
  answer (fixture, "budget", "high");
  set_important (fixture, "budget", TRUE);
  {
    g_autoptr(VsVerdictResult) expected = vs_verdict_compute (fixture->verdict);
    g_autofree char *copy_ranking = describe_ranking (result);
    g_autofree char *expected_ranking = describe_ranking (expected);

    g_assert_cmpstr (copy_ranking, ==, expected_ranking);
  }
  g_assert_finalize_object (g_steal_pointer (&result));
  g_assert_finalize_object (g_steal_pointer (&copy));
}

static void
test_reset (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = NULL;
  GListModel *questions = vs_dataset_get_questions (fixture->dataset);
  guint n_questions = g_list_model_get_n_items (questions);

  answer (fixture, "distance", "short");
  answer (fixture, "budget", "high");
  set_important (fixture, "budget", TRUE);
  g_assert_cmpuint (vs_verdict_get_n_answers (fixture->verdict), ==, 2);

  fixture->n_changed = 0;
  vs_verdict_reset (fixture->verdict);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpuint (vs_verdict_get_n_answers (fixture->verdict), ==, 0);

  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(VsQuestion) question = g_list_model_get_item (questions, i);

      g_assert_null (vs_verdict_get_answer (fixture->verdict, question));
      g_assert_false (vs_verdict_get_important (fixture->verdict, question));
    }

  result = vs_verdict_compute (fixture->verdict);
  assert_ranking (result, "=1 Train 0, =1 Plane 0, =1 Car 0");
  g_assert_false (vs_verdict_result_get_is_decisive (result));
  g_assert_cmpuint (vs_verdict_result_get_n_answers (result), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&result));

  /* The importance was forgotten too: answering again counts once. */
  answer (fixture, "budget", "high");
  result = vs_verdict_compute (fixture->verdict);
  assert_ranking (result, "1 Plane 2, =2 Train 0, =2 Car 0");
  g_assert_finalize_object (g_steal_pointer (&result));
}

static void
test_changed (Fixture       *fixture,
              gconstpointer  user_data)
{
  VsQuestion *distance = get_question (fixture, "distance");
  VsChoice *short_trip = get_choice (fixture, "distance", "short");
  VsChoice *long_trip = get_choice (fixture, "distance", "long");
  g_autoptr(GError) error = NULL;
  guint n_answers = G_MAXUINT;

  vs_verdict_set_answer (fixture->verdict, distance, short_trip);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_object_get (fixture->verdict, "n-answers", &n_answers, NULL);
  g_assert_cmpuint (n_answers, ==, 1);

  /* The same answer again changes nothing. */
  vs_verdict_set_answer (fixture->verdict, distance, short_trip);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_true (vs_verdict_answer_by_id (fixture->verdict, "distance", "short", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  vs_verdict_set_answer (fixture->verdict, distance, long_trip);
  g_assert_cmpuint (fixture->n_changed, ==, 2);

  vs_verdict_set_important (fixture->verdict, distance, TRUE);
  g_assert_cmpuint (fixture->n_changed, ==, 3);
  vs_verdict_set_important (fixture->verdict, distance, TRUE);
  g_assert_cmpuint (fixture->n_changed, ==, 3);
  g_assert_true (vs_verdict_mark_important_by_id (fixture->verdict, "distance", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 3);

  vs_verdict_set_answer (fixture->verdict, distance, NULL);
  g_assert_cmpuint (fixture->n_changed, ==, 4);
  g_object_get (fixture->verdict, "n-answers", &n_answers, NULL);
  g_assert_cmpuint (n_answers, ==, 0);
  vs_verdict_set_answer (fixture->verdict, distance, NULL);
  g_assert_cmpuint (fixture->n_changed, ==, 4);

  g_assert_true (vs_verdict_answer_by_id (fixture->verdict, "luggage", "no", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 5);

  vs_verdict_reset (fixture->verdict);
  g_assert_cmpuint (fixture->n_changed, ==, 6);
}

static void
test_n_answers (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = NULL;

  g_assert_cmpuint (vs_verdict_get_n_answers (fixture->verdict), ==, 0);
  answer (fixture, "team-language", "both");
  g_assert_cmpuint (vs_verdict_get_n_answers (fixture->verdict), ==, 1);
  answer (fixture, "real-time", "no");
  g_assert_cmpuint (vs_verdict_get_n_answers (fixture->verdict), ==, 2);
  answer (fixture, "network-apps", "yes");
  g_assert_cmpuint (vs_verdict_get_n_answers (fixture->verdict), ==, 3);

  /* Changing an answer, or its importance, does not add one. */
  answer (fixture, "real-time", "yes");
  set_important (fixture, "real-time", TRUE);
  g_assert_cmpuint (vs_verdict_get_n_answers (fixture->verdict), ==, 3);

  /* Importance alone does not answer a question. */
  set_important (fixture, "ai-ml", TRUE);
  g_assert_cmpuint (vs_verdict_get_n_answers (fixture->verdict), ==, 3);

  answer (fixture, "team-language", NULL);
  g_assert_cmpuint (vs_verdict_get_n_answers (fixture->verdict), ==, 2);

  result = vs_verdict_compute (fixture->verdict);
  g_assert_cmpuint (vs_verdict_result_get_n_answers (result), ==, 2);
  assert_ranking (result, "1 Node.js 8, 2 Python 0");
  g_assert_finalize_object (g_steal_pointer (&result));
}

/* ------------------------------------------------------------------------ */
/* Answers by id                                                             */
/* ------------------------------------------------------------------------ */

static void
test_by_id (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (vs_verdict_answer_by_id (fixture->verdict, "ai-ml", "yes", &error));
  g_assert_no_error (error);
  g_assert_true (vs_verdict_mark_important_by_id (fixture->verdict, "ai-ml", &error));
  g_assert_no_error (error);
  g_assert_true (vs_verdict_get_answer (fixture->verdict, get_question (fixture, "ai-ml")) ==
                 get_choice (fixture, "ai-ml", "yes"));
  g_assert_true (vs_verdict_get_important (fixture->verdict, get_question (fixture, "ai-ml")));
  g_assert_cmpuint (fixture->n_changed, ==, 2);

  result = vs_verdict_compute (fixture->verdict);
  assert_ranking (result, "1 Python 6, 2 Node.js 0");
  g_assert_finalize_object (g_steal_pointer (&result));
}

static void
test_by_id_errors (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VsVerdictResult) result = NULL;
  VsQuestion *ai_ml = get_question (fixture, "ai-ml");

  answer (fixture, "ai-ml", "yes");
  fixture->n_changed = 0;

  g_assert_false (vs_verdict_answer_by_id (fixture->verdict, "nope", "yes", &error));
  g_assert_error (error, VS_VERDICT_ERROR, VS_VERDICT_ERROR_UNKNOWN_QUESTION);
  g_assert_nonnull (strstr (error->message, "nope"));
  g_clear_error (&error);

  /* A choice id of another question is still unknown to this one. */
  g_assert_false (vs_verdict_answer_by_id (fixture->verdict, "ai-ml", "maybe", &error));
  g_assert_error (error, VS_VERDICT_ERROR, VS_VERDICT_ERROR_UNKNOWN_CHOICE);
  g_assert_nonnull (strstr (error->message, "maybe"));
  g_clear_error (&error);
  g_assert_false (vs_verdict_answer_by_id (fixture->verdict, "ai-ml", "python", &error));
  g_assert_error (error, VS_VERDICT_ERROR, VS_VERDICT_ERROR_UNKNOWN_CHOICE);
  g_clear_error (&error);

  /* Ids are exact: no case folding, no trimming. */
  g_assert_false (vs_verdict_answer_by_id (fixture->verdict, "AI-ML", "yes", &error));
  g_assert_error (error, VS_VERDICT_ERROR, VS_VERDICT_ERROR_UNKNOWN_QUESTION);
  g_clear_error (&error);
  g_assert_false (vs_verdict_answer_by_id (fixture->verdict, "ai-ml", "yes ", &error));
  g_assert_error (error, VS_VERDICT_ERROR, VS_VERDICT_ERROR_UNKNOWN_CHOICE);
  g_clear_error (&error);

  g_assert_false (vs_verdict_mark_important_by_id (fixture->verdict, "nope", &error));
  g_assert_error (error, VS_VERDICT_ERROR, VS_VERDICT_ERROR_UNKNOWN_QUESTION);
  g_clear_error (&error);

  /* Errors are also reported without a GError. */
  g_assert_false (vs_verdict_answer_by_id (fixture->verdict, "nope", "yes", NULL));
  g_assert_false (vs_verdict_answer_by_id (fixture->verdict, "ai-ml", "maybe", NULL));
  g_assert_false (vs_verdict_mark_important_by_id (fixture->verdict, "nope", NULL));

  /* Nothing changed: the earlier answer stands, unimportant. */
  g_assert_cmpuint (fixture->n_changed, ==, 0);
  g_assert_true (vs_verdict_get_answer (fixture->verdict, ai_ml) ==
                 get_choice (fixture, "ai-ml", "yes"));
  g_assert_false (vs_verdict_get_important (fixture->verdict, ai_ml));
  result = vs_verdict_compute (fixture->verdict);
  assert_ranking (result, "1 Python 3, 2 Node.js 0");
  g_assert_finalize_object (g_steal_pointer (&result));
}

/* ------------------------------------------------------------------------ */
/* The built-in dataset                                                      */
/* ------------------------------------------------------------------------ */

static void
test_builtin_data_science (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = NULL;
  g_autoptr(VsVerdictResult) important = NULL;
  VsVerdictEntry *python;

  /* Python: team 3 + AI/ML 3 + scientific 2 + prototyping 2 + automation 2. */
  answer (fixture, "ai-ml", "yes");
  answer (fixture, "team-language", "python");
  answer (fixture, "scientific", "yes");
  answer (fixture, "prototyping", "yes");
  answer (fixture, "automation", "yes");
  answer (fixture, "real-time", "no");
  result = vs_verdict_compute (fixture->verdict);

  assert_ranking (result, "1 Python 12, 2 Node.js 0");
  g_assert_true (vs_verdict_result_get_is_decisive (result));
  g_assert_cmpuint (vs_verdict_result_get_n_answers (result), ==, 6);

  /* Reasons come in the order of the questions, not of the answers. */
  python = vs_verdict_result_get_entry (result, 0);
  g_assert_cmpstr (vs_subject_get_id (vs_verdict_entry_get_subject (python)), ==, "python");
  g_assert_cmpuint (vs_verdict_entry_get_n_reasons (python), ==, 5);
  assert_reasons (result, "python",
                  "Your team knows Python (3); "
                  "Your project involves data science or AI/ML (3); "
                  "You want rapid prototyping with clean syntax (2); "
                  "Your focus is on automation and scripting (2); "
                  "You prioritize extensive scientific libraries (2)");
  assert_reasons (result, "nodejs", "");

  set_important (fixture, "team-language", TRUE);
  important = vs_verdict_compute (fixture->verdict);
  assert_ranking (important, "1 Python 15, 2 Node.js 0");
  assert_reasons (important, "python",
                  "Your team knows Python (6, important); "
                  "Your project involves data science or AI/ML (3); "
                  "You want rapid prototyping with clean syntax (2); "
                  "Your focus is on automation and scripting (2); "
                  "You prioritize extensive scientific libraries (2)");

  g_assert_finalize_object (g_steal_pointer (&result));
  g_assert_finalize_object (g_steal_pointer (&important));
}

static void
test_builtin_real_time (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(VsVerdictResult) result = NULL;

  /* Node.js: real-time 3 + team 3 + connections 2 + network apps 2. */
  answer (fixture, "real-time", "yes");
  answer (fixture, "team-language", "javascript");
  answer (fixture, "connections", "yes");
  answer (fixture, "network-apps", "yes");
  answer (fixture, "ai-ml", "no");
  result = vs_verdict_compute (fixture->verdict);

  assert_ranking (result, "1 Node.js 10, 2 Python 0");
  g_assert_true (vs_verdict_result_get_is_decisive (result));
  g_assert_cmpuint (vs_verdict_result_get_n_answers (result), ==, 5);
  assert_reasons (result, "nodejs",
                  "Your team is proficient in JavaScript (3); "
                  "You need real-time capabilities (3); "
                  "You require efficient handling of simultaneous connections (2); "
                  "You want to build scalable network applications (2)");
  assert_reasons (result, "python", "");

  g_assert_finalize_object (g_steal_pointer (&result));
}

/* ------------------------------------------------------------------------ */
/* Reasons                                                                   */
/* ------------------------------------------------------------------------ */

static void
test_describe_own_reason (Fixture       *fixture,
                          gconstpointer  user_data)
{
  VsVerdictReason reason = {
    .question = get_question (fixture, "team-language"),
    .choice = get_choice (fixture, "team-language", "neither"),
    .weight = 1,
    .important = FALSE,
  };
  g_autofree char *text = vs_verdict_reason_describe (&reason);

  g_assert_cmpstr (text, ==, "Python is easy and beginner-friendly with clean, readable syntax");
}

static void
test_describe_fallback (Fixture       *fixture,
                        gconstpointer  user_data)
{
  VsVerdictReason reason = {
    .question = get_question (fixture, "team-language"),
    .choice = get_choice (fixture, "team-language", "both"),
    .weight = 0,
    .important = TRUE,
  };
  g_autofree char *text = NULL;

  g_assert_null (vs_choice_get_reason (reason.choice));
  text = vs_verdict_reason_describe (&reason);
  g_assert_cmpstr (text, ==,
                   "You answered “Both equally” to “Which language does your team know best?”");
}

/* ------------------------------------------------------------------------ */
/* The command line agrees with the engine                                  */
/* ------------------------------------------------------------------------ */

typedef struct
{
  const char *file;              /* in tests/data/verdict/, or NULL: built-in */
  const char *answers[8];        /* QUESTION=CHOICE */
  const char *important[4];
} CliCase;

static const CliCase cli_cases[] = {
  { NULL,
    { "ai-ml=yes", "team-language=python", "scientific=yes", "prototyping=yes",
      "automation=yes", "real-time=no", NULL },
    { "team-language", NULL } },
  { NULL,
    { "real-time=yes", "team-language=javascript", "connections=yes", "network-apps=yes",
      "ai-ml=no", NULL },
    { NULL } },
  { "three.json",
    { "distance=short", "luggage=yes", "scenery=yes", NULL },
    { "distance", NULL } },
  { "three.json",
    { "distance=long", "budget=low", NULL },
    { NULL } },
  { "ties.json",
    { "pair=yes", "middle=yes", NULL },
    { NULL } },
  { "ties.json",
    { "tenth=yes", "fifth=yes", NULL },
    { NULL } },
};

/* Collapses runs of spaces, so that the comparison does not depend on how
 * the command line pads its columns.
 */
static char *
normalize_spaces (const char *text)
{
  g_autoptr(GString) normalized = g_string_new (NULL);
  gboolean in_space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ')
        {
          in_space = TRUE;
          continue;
        }

      if (in_space && *p != '\n' &&
          normalized->len > 0 && normalized->str[normalized->len - 1] != '\n')
        g_string_append_c (normalized, ' ');
      in_space = FALSE;
      g_string_append_c (normalized, *p);
    }

  return g_string_free (g_steal_pointer (&normalized), FALSE);
}

/* What `versus --verdict` should print for @result, with single spaces. */
static char *
expected_cli_output (VsDataset       *dataset,
                     VsVerdictResult *result)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (result));

  g_string_append_printf (text, "%s\n", vs_dataset_get_title (dataset));
  g_assert_true (vs_verdict_result_get_is_decisive (result));

  for (guint i = 0; i < n_items; i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);
      g_autofree char *score = vs_format_score (vs_verdict_entry_get_score (entry));

      g_string_append_printf (text, "%s%u. %s %s\n",
                              vs_verdict_entry_get_tied (entry) ? "=" : "",
                              vs_verdict_entry_get_rank (entry),
                              vs_subject_get_name (vs_verdict_entry_get_subject (entry)),
                              score);

      for (guint r = 0; r < vs_verdict_entry_get_n_reasons (entry); r++)
        {
          const VsVerdictReason *reason = vs_verdict_entry_get_reason (entry, r);
          g_autofree char *description = vs_verdict_reason_describe (reason);
          g_autofree char *points = vs_verdict_reason_format_points (reason);

          g_string_append_printf (text, "%s %s%s\n", points, description,
                                  reason->important ? " (important to you: counted twice)" : "");
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_cli_agrees (gconstpointer user_data)
{
  const CliCase *cli_case = user_data;
  const char *versus = g_getenv ("VERSUS_BIN");
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(VsVerdict) verdict = NULL;
  g_autoptr(VsVerdictResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *printed = NULL;

  if (versus == NULL)
    {
      g_test_skip ("VERSUS_BIN is not set");
      return;
    }

  dataset = load_dataset (cli_case->file);
  verdict = vs_verdict_new (dataset);

  g_ptr_array_add (argv, g_strdup (versus));
  g_ptr_array_add (argv, g_strdup ("--verdict"));
  for (guint i = 0; cli_case->answers[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (cli_case->answers[i], "=", 2);

      g_assert_true (vs_verdict_answer_by_id (verdict, parts[0], parts[1], &error));
      g_assert_no_error (error);
      g_ptr_array_add (argv, g_strdup ("--answer"));
      g_ptr_array_add (argv, g_strdup (cli_case->answers[i]));
    }
  for (guint i = 0; cli_case->important[i] != NULL; i++)
    {
      g_assert_true (vs_verdict_mark_important_by_id (verdict, cli_case->important[i], &error));
      g_assert_no_error (error);
      g_ptr_array_add (argv, g_strdup ("--important"));
      g_ptr_array_add (argv, g_strdup (cli_case->important[i]));
    }
  if (cli_case->file != NULL)
    g_ptr_array_add (argv, g_test_build_filename (G_TEST_DIST, "data", "verdict",
                                                  cli_case->file, NULL));
  g_ptr_array_add (argv, NULL);

  result = vs_verdict_compute (verdict);
  expected = expected_cli_output (dataset, result);

  subprocess = g_subprocess_newv ((const char * const *)argv->pdata,
                                  G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                  &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (subprocess, NULL, NULL, &stdout_text, &stderr_text, &error);
  g_assert_no_error (error);
  g_test_message ("stdout:\n%s\nstderr:\n%s", stdout_text, stderr_text);

  g_assert_true (g_subprocess_get_if_exited (subprocess));
  g_assert_cmpint (g_subprocess_get_exit_status (subprocess), ==, 0);
  g_assert_cmpstr (stderr_text, ==, "");

  printed = normalize_spaces (stdout_text);
  g_assert_cmpstr (printed, ==, expected);

  g_assert_finalize_object (g_steal_pointer (&result));
  g_assert_finalize_object (g_steal_pointer (&verdict));
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* ------------------------------------------------------------------------ */

#define add_test(path, file, func) \
  g_test_add (path, Fixture, file, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/versus/verdict/no-answers/builtin", NULL, test_no_answers);
  add_test ("/versus/verdict/no-answers/three-subjects", "three.json", test_no_answers);
  add_test ("/versus/verdict/no-answers/four-subjects", "ties.json", test_no_answers);
  add_test ("/versus/verdict/result-model", "three.json", test_result_model);

  add_test ("/versus/verdict/rank/by-score", "three.json", test_rank_by_score);
  add_test ("/versus/verdict/rank/three-subjects", "three.json", test_rank_three_subjects);
  add_test ("/versus/verdict/rank/tie-at-top", "ties.json", test_tie_at_top);
  add_test ("/versus/verdict/rank/tie-in-middle", "ties.json", test_tie_in_middle);
  add_test ("/versus/verdict/rank/all-equal", "ties.json", test_tie_all_equal);
  add_test ("/versus/verdict/rank/fractional", "ties.json", test_fractional);
  add_test ("/versus/verdict/rank/tiny-weights", "tiny.json", test_tiny_weights);

  add_test ("/versus/verdict/negative-weights", "three.json", test_negative_weights);
  add_test ("/versus/verdict/reason-points", "three.json", test_reason_points);
  add_test ("/versus/verdict/skipped", "three.json", test_skipped);
  add_test ("/versus/verdict/important", "three.json", test_important);
  add_test ("/versus/verdict/change-answer", NULL, test_change_answer);
  add_test ("/versus/verdict/reset", "three.json", test_reset);
  add_test ("/versus/verdict/copy", "three.json", test_copy);
  add_test ("/versus/verdict/changed", "three.json", test_changed);
  add_test ("/versus/verdict/n-answers", NULL, test_n_answers);

  add_test ("/versus/verdict/by-id/answer", NULL, test_by_id);
  add_test ("/versus/verdict/by-id/errors", NULL, test_by_id_errors);

  add_test ("/versus/verdict/builtin/data-science", NULL, test_builtin_data_science);
  add_test ("/versus/verdict/builtin/real-time-chat", NULL, test_builtin_real_time);

  add_test ("/versus/verdict/describe/own-reason", NULL, test_describe_own_reason);
  add_test ("/versus/verdict/describe/fallback", NULL, test_describe_fallback);

  for (guint i = 0; i < G_N_ELEMENTS (cli_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/versus/verdict/cli-agrees/%u", i);

      g_test_add_data_func (path, &cli_cases[i], test_cli_agrees);
    }

  return g_test_run ();
}
