/* test-session.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "vs-dataset-loader.h"
#include "vs-report.h"
#include "vs-session.h"

/* The session: what the views share and the exports read. Every change
 * is one VsSession::changed emission that says what changed; a change that
 * changes nothing is none.
 */

typedef struct
{
  VsDataset *dataset;
  VsSession *session;
  GArray *changes;
} Fixture;

static VsDataset *
load_dataset (const char *name)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  VsDataset *dataset;

  path = g_test_build_filename (G_TEST_DIST, "data", "valid", name, NULL);
  file = g_file_new_for_path (path);
  dataset = vs_dataset_loader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (VS_IS_DATASET (dataset));

  return dataset;
}

static void
session_changed_cb (VsSession       *session,
                    VsSessionChange  what,
                    Fixture         *fixture)
{
  g_array_append_val (fixture->changes, what);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dataset = load_dataset ("three-subjects.json");
  fixture->session = vs_session_new (fixture->dataset);
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (VsSessionChange));
  g_signal_connect (fixture->session, "changed", G_CALLBACK (session_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_array_unref (fixture->changes);
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->dataset);
}

/* The subjects' ids, "a,b,c". */
static char *
join_subjects (GPtrArray *subjects)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < subjects->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? "," : "",
                            vs_subject_get_id (g_ptr_array_index (subjects, i)));

  return g_string_free (ids, FALSE);
}

static GPtrArray *
find_subjects (VsDataset  *dataset,
               const char *first_id,
               ...)
{
  GPtrArray *subjects = g_ptr_array_new ();
  va_list args;

  va_start (args, first_id);
  for (const char *id = first_id; id != NULL; id = va_arg (args, const char *))
    {
      VsSubject *subject = vs_dataset_find_subject (dataset, id);

      g_assert_nonnull (subject);
      g_ptr_array_add (subjects, subject);
    }
  va_end (args);

  return subjects;
}

static void
assert_changes (Fixture         *fixture,
                VsSessionChange  what)
{
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  g_assert_cmphex (g_array_index (fixture->changes, VsSessionChange, 0), ==, what);
  g_array_set_size (fixture->changes, 0);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                    */
/* ------------------------------------------------------------------------ */

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *ids = join_subjects (vs_session_get_subjects (fixture->session));
  VsVerdict *verdict = vs_session_get_verdict (fixture->session);

  g_assert_true (vs_session_get_dataset (fixture->session) == fixture->dataset);
  g_assert_cmpstr (ids, ==, "postgresql,mysql,sqlite");
  g_assert_true (vs_session_has_all_subjects (fixture->session));
  g_assert_null (vs_session_get_features (fixture->session));
  g_assert_true (VS_IS_VERDICT (verdict));
  g_assert_true (vs_verdict_get_dataset (verdict) == fixture->dataset);
  g_assert_cmpuint (vs_verdict_get_n_answers (verdict), ==, 0);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

static void
test_no_dataset (void)
{
  g_autoptr(VsSession) session = vs_session_new (NULL);

  g_assert_null (vs_session_get_dataset (session));
  g_assert_cmpuint (vs_session_get_subjects (session)->len, ==, 0);
  g_assert_null (vs_session_get_verdict (session));
  g_assert_null (vs_session_get_features (session));
}

static void
test_subjects_in_order (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) chosen = find_subjects (fixture->dataset, "sqlite", "postgresql", NULL);
  g_autoptr(GPtrArray) all = find_subjects (fixture->dataset, "postgresql", "mysql", "sqlite",
                                            NULL);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *ids = NULL;
  g_autofree char *all_ids = NULL;

  vs_session_set_subjects (fixture->session, chosen);
  assert_changes (fixture, VS_SESSION_CHANGE_SUBJECTS);
  ids = join_subjects (vs_session_get_subjects (fixture->session));
  g_assert_cmpstr (ids, ==, "sqlite,postgresql");
  g_assert_false (vs_session_has_all_subjects (fixture->session));

  /* The session keeps its own list. */
  g_ptr_array_set_size (chosen, 0);
  g_clear_pointer (&ids, g_free);
  ids = join_subjects (vs_session_get_subjects (fixture->session));
  g_assert_cmpstr (ids, ==, "sqlite,postgresql");

  /* The same again is no change. */
  g_ptr_array_add (chosen, vs_dataset_find_subject (fixture->dataset, "sqlite"));
  g_ptr_array_add (chosen, vs_dataset_find_subject (fixture->dataset, "postgresql"));
  vs_session_set_subjects (fixture->session, chosen);
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  /* Empty is all of them, in the dataset's order. */
  vs_session_set_subjects (fixture->session, none);
  assert_changes (fixture, VS_SESSION_CHANGE_SUBJECTS);
  all_ids = join_subjects (vs_session_get_subjects (fixture->session));
  g_assert_cmpstr (all_ids, ==, "postgresql,mysql,sqlite");
  g_assert_true (vs_session_has_all_subjects (fixture->session));

  /* All of them, listed, is the same. */
  vs_session_set_subjects (fixture->session, all);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  vs_session_set_subjects (fixture->session, NULL);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

static void
test_subjects_of_another_dataset (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(VsDataset) other = load_dataset ("five-subjects-forty-features.json");
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GPtrArray) twice = find_subjects (fixture->dataset, "mysql", "mysql", NULL);
  g_autofree char *ids = NULL;

  g_ptr_array_add (chosen, vs_dataset_find_subject (fixture->dataset, "mysql"));
  g_ptr_array_add (chosen, vs_dataset_get_subject (other, 1));

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL,
                         "*is not one of the session's dataset*");
  vs_session_set_subjects (fixture->session, chosen);
  g_test_assert_expected_messages ();

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*“mysql” is listed twice*");
  vs_session_set_subjects (fixture->session, twice);
  g_test_assert_expected_messages ();

  /* Nothing changed. */
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  ids = join_subjects (vs_session_get_subjects (fixture->session));
  g_assert_cmpstr (ids, ==, "postgresql,mysql,sqlite");
}

static void
test_answers (Fixture       *fixture,
              gconstpointer  data)
{
  VsVerdict *verdict = vs_session_get_verdict (fixture->session);
  g_autoptr(GError) error = NULL;

  g_assert_true (vs_verdict_answer_by_id (verdict, "server", "yes", &error));
  g_assert_no_error (error);
  assert_changes (fixture, VS_SESSION_CHANGE_ANSWERS);

  g_assert_true (vs_verdict_mark_important_by_id (verdict, "server", &error));
  assert_changes (fixture, VS_SESSION_CHANGE_ANSWERS);

  g_assert_cmpuint (vs_verdict_get_n_answers (vs_session_get_verdict (fixture->session)), ==, 1);
}

static void
test_features (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GListStore) shown = g_list_store_new (VS_TYPE_FEATURE);
  GListModel *features = vs_dataset_get_features (fixture->dataset);
  g_autoptr(VsFeature) last = g_list_model_get_item (features, 6);

  g_list_store_append (shown, last);
  vs_session_set_features (fixture->session, G_LIST_MODEL (shown));
  assert_changes (fixture, VS_SESSION_CHANGE_FEATURES);
  g_assert_true (vs_session_get_features (fixture->session) == G_LIST_MODEL (shown));

  /* The same model again is no change. */
  vs_session_set_features (fixture->session, G_LIST_MODEL (shown));
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  vs_session_set_features (fixture->session, NULL);
  assert_changes (fixture, VS_SESSION_CHANGE_FEATURES);
  g_assert_null (vs_session_get_features (fixture->session));
}

/* A new dataset: all of its subjects and features, a verdict with no
 * answers, in one emission; the same dataset again is no change.
 */
static void
test_new_dataset (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(VsDataset) other = load_dataset ("five-subjects-forty-features.json");
  g_autoptr(GPtrArray) chosen = find_subjects (fixture->dataset, "mysql", NULL);
  g_autoptr(GListStore) shown = g_list_store_new (VS_TYPE_FEATURE);
  g_autoptr(VsVerdict) old_verdict = NULL;
  g_autofree char *ids = NULL;
  guint n_notified = 0;

  vs_session_set_subjects (fixture->session, chosen);
  vs_session_set_features (fixture->session, G_LIST_MODEL (shown));
  g_assert_true (vs_verdict_answer_by_id (vs_session_get_verdict (fixture->session),
                                          "server", "yes", NULL));
  old_verdict = g_object_ref (vs_session_get_verdict (fixture->session));
  g_array_set_size (fixture->changes, 0);

  vs_session_set_dataset (fixture->session, fixture->dataset);
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  g_signal_connect_swapped (fixture->session, "notify::dataset",
                            G_CALLBACK (count_cb), &n_notified);

  vs_session_set_dataset (fixture->session, other);
  assert_changes (fixture, VS_SESSION_CHANGE_ALL);
  g_assert_cmpuint (n_notified, ==, 1);

  g_assert_true (vs_session_get_dataset (fixture->session) == other);
  ids = join_subjects (vs_session_get_subjects (fixture->session));
  g_assert_cmpstr (ids, ==, "postgresql,mysql,sqlite,mongodb,redis");
  g_assert_true (vs_session_has_all_subjects (fixture->session));
  g_assert_null (vs_session_get_features (fixture->session));
  g_assert_true (vs_session_get_verdict (fixture->session) != old_verdict);
  g_assert_true (vs_verdict_get_dataset (vs_session_get_verdict (fixture->session)) == other);
  g_assert_cmpuint (vs_verdict_get_n_answers (vs_session_get_verdict (fixture->session)), ==, 0);

  /* The old verdict no longer speaks for the session. */
  vs_verdict_reset (old_verdict);
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  /* Back to the first dataset: all of its subjects again. */
  vs_session_set_dataset (fixture->session, fixture->dataset);
  assert_changes (fixture, VS_SESSION_CHANGE_ALL);
  g_clear_pointer (&ids, g_free);
  ids = join_subjects (vs_session_get_subjects (fixture->session));
  g_assert_cmpstr (ids, ==, "postgresql,mysql,sqlite");

  g_signal_handlers_disconnect_by_data (fixture->session, &n_notified);
}

/* The report of a session: exactly its subjects, features and answers, as
 * copies that later changes leave alone (an export runs in a thread).
 */
static void
test_report (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) chosen = find_subjects (fixture->dataset, "sqlite", "postgresql", NULL);
  g_autoptr(GListStore) shown = g_list_store_new (VS_TYPE_FEATURE);
  GListModel *all_features = vs_dataset_get_features (fixture->dataset);
  g_autoptr(VsFeature) last = g_list_model_get_item (all_features, 6);
  g_autoptr(VsFeature) first = g_list_model_get_item (all_features, 0);
  g_autoptr(VsReport) report = NULL;
  VsVerdict *verdict = vs_session_get_verdict (fixture->session);
  VsQuestion *server = NULL;
  GListModel *features;
  g_autofree char *ids = NULL;

  g_list_store_append (shown, last);
  g_list_store_append (shown, first);
  vs_session_set_subjects (fixture->session, chosen);
  vs_session_set_features (fixture->session, G_LIST_MODEL (shown));
  g_assert_true (vs_verdict_answer_by_id (verdict, "server", "no", NULL));
  g_assert_true (vs_verdict_mark_important_by_id (verdict, "server", NULL));

  report = vs_report_new_for_session (fixture->session);

  g_assert_true (vs_report_get_dataset (report) == fixture->dataset);
  ids = join_subjects (vs_report_get_subjects (report));
  g_assert_cmpstr (ids, ==, "sqlite,postgresql");

  features = vs_report_get_features (report);
  g_assert_cmpuint (g_list_model_get_n_items (features), ==, 2);
  g_assert_true (g_list_model_get_item (features, 0) == (gpointer)last);
  g_object_unref (last);
  g_assert_true (g_list_model_get_item (features, 1) == (gpointer)first);
  g_object_unref (first);

  g_assert_nonnull (vs_report_get_verdict (report));
  g_assert_true (vs_report_get_verdict (report) != verdict);
  server = g_list_model_get_item (vs_dataset_get_questions (fixture->dataset), 0);
  g_assert_cmpstr (vs_choice_get_id (vs_verdict_get_answer (vs_report_get_verdict (report),
                                                            server)), ==, "no");
  g_assert_true (vs_verdict_get_important (vs_report_get_verdict (report), server));

  /* Later changes stay out of the report. */
  g_list_store_remove_all (shown);
  vs_verdict_reset (verdict);
  g_assert_cmpuint (g_list_model_get_n_items (vs_report_get_features (report)), ==, 2);
  g_assert_cmpuint (vs_verdict_get_n_answers (vs_report_get_verdict (report)), ==, 1);

  g_object_unref (server);
}

/* A session as it starts: every subject and feature, and no verdict,
 * which the report leaves out.
 */
static void
test_report_defaults (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(VsReport) report = vs_report_new_for_session (fixture->session);
  g_autofree char *ids = join_subjects (vs_report_get_subjects (report));

  g_assert_cmpstr (ids, ==, "postgresql,mysql,sqlite");
  g_assert_true (vs_report_get_features (report) == vs_dataset_get_features (fixture->dataset));
  g_assert_null (vs_report_get_verdict (report));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/versus/session/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("defaults", test_defaults);
  g_test_add_func ("/versus/session/no-dataset", test_no_dataset);
  ADD ("subjects/in-order", test_subjects_in_order);
  ADD ("subjects/of-another-dataset", test_subjects_of_another_dataset);
  ADD ("answers", test_answers);
  ADD ("features", test_features);
  ADD ("new-dataset", test_new_dataset);
  ADD ("report", test_report);
  ADD ("report/defaults", test_report_defaults);

#undef ADD

  return g_test_run ();
}
