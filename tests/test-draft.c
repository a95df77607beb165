/* test-draft.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vs-dataset-loader.h"
#include "vs-draft.h"
#include "vs-feature.h"
#include "vs-subject.h"

static char *
read_data_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "writer", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static VsDraft *
draft_of_all_members (void)
{
  g_autofree char *contents = read_data_file ("all-members.json");
  g_autoptr(GBytes) bytes = g_bytes_new (contents, strlen (contents));
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_bytes (bytes, &error);

  g_assert_no_error (error);

  return vs_draft_new_from_dataset (dataset);
}

/* What the draft would save, as text. */
static char *
saved_text (VsDraft *draft)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = vs_draft_to_bytes (draft, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static JsonNode *
string_node (const char *text)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, text);

  return node;
}

static void
test_draft_blank (void)
{
  g_autoptr(VsDraft) draft = vs_draft_new ();
  VsDataset *dataset = vs_draft_get_dataset (draft);

  g_assert_nonnull (dataset);
  g_assert_null (vs_draft_get_error (draft));
  g_assert_cmpstr (vs_dataset_get_title (dataset), ==, "Untitled Comparison");
  g_assert_cmpuint (vs_dataset_get_n_subjects (dataset), ==, 2);
  g_assert_cmpstr (vs_subject_get_name (vs_dataset_get_subject (dataset, 1)), ==, "Subject 2");
  g_assert_cmpuint (g_list_model_get_n_items (vs_dataset_get_features (dataset)), ==, 1);
  g_assert_false (vs_draft_get_modified (draft));
  g_assert_false (vs_draft_get_can_undo (draft));
  g_assert_false (vs_draft_get_can_redo (draft));
}

/* A draft of a file with every member saves the same bytes; an edit, saved
 * and loaded again, changes that member and keeps every other one.
 */
static void
test_draft_round_trip (void)
{
  g_autofree char *original = read_data_file ("all-members.json");
  g_autoptr(VsDraft) draft = draft_of_all_members ();
  g_autofree char *unchanged = saved_text (draft);
  g_autofree char *edited = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GString) replaced = g_string_new (original);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) reloaded = NULL;
  g_autoptr(VsDraft) again = NULL;
  g_autofree char *resaved = NULL;

  g_assert_cmpstr (unchanged, ==, original);

  vs_draft_edit_text (draft, "$.features[0].values.beta", "Slower", FALSE);
  vs_draft_edit_number (draft, "$.features[2].scores.alpha", "3,5");
  edited = saved_text (draft);

  g_string_replace (replaced, "\"beta\": \"Slow\"", "\"beta\": \"Slower\"", 1);
  g_string_replace (replaced, "\"scores\": {\n        \"beta\": 4.333",
                    "\"scores\": {\n        \"alpha\": 3.5,\n        \"beta\": 4.333", 1);
  g_assert_cmpstr (edited, ==, replaced->str);

  /* Saved, loaded again and edited again, nothing else moves. */
  bytes = g_bytes_new (edited, strlen (edited));
  reloaded = vs_dataset_loader_load_bytes (bytes, &error);
  g_assert_no_error (error);
  again = vs_draft_new_from_dataset (reloaded);
  resaved = saved_text (again);
  g_assert_cmpstr (resaved, ==, edited);
}

static void
test_draft_undo_redo (void)
{
  g_autoptr(VsDraft) draft = draft_of_all_members ();
  g_autofree char *original = saved_text (draft);
  g_autofree char *after = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *undone = NULL;

  /* Typing into one value is one step. */
  vs_draft_edit_text (draft, "$.title", "N", FALSE);
  vs_draft_edit_text (draft, "$.title", "Ne", FALSE);
  vs_draft_edit_text (draft, "$.title", "New", FALSE);
  g_assert_true (vs_draft_get_modified (draft));
  g_assert_true (vs_draft_get_can_undo (draft));
  g_assert_cmpstr (vs_dataset_get_title (vs_draft_get_dataset (draft)), ==, "New");

  vs_draft_undo (draft);
  g_assert_false (vs_draft_get_can_undo (draft));
  g_assert_true (vs_draft_get_can_redo (draft));
  g_assert_false (vs_draft_get_modified (draft));
  undone = saved_text (draft);
  g_assert_cmpstr (undone, ==, original);

  vs_draft_redo (draft);
  g_assert_cmpstr (vs_dataset_get_title (vs_draft_get_dataset (draft)), ==, "New");
  g_assert_true (vs_draft_get_modified (draft));

  /* After the focus moved on, typing again is a step of its own. */
  vs_draft_break_merge (draft);
  vs_draft_edit_text (draft, "$.title", "Newer", FALSE);
  vs_draft_undo (draft);
  g_assert_cmpstr (vs_dataset_get_title (vs_draft_get_dataset (draft)), ==, "New");

  /* Saved, it is not modified; an edit and its undo come back to it. */
  vs_draft_set_saved (draft);
  g_assert_false (vs_draft_get_modified (draft));
  vs_draft_edit_text (draft, "$.subtitle", "", TRUE);
  g_assert_null (vs_draft_lookup (draft, "$.subtitle"));
  g_assert_true (vs_draft_get_modified (draft));
  vs_draft_undo (draft);
  g_assert_false (vs_draft_get_modified (draft));
  g_assert_cmpstr (vs_draft_get_string (draft, "$.subtitle"), ==, "One line");

  /* A new edit drops what could be redone. */
  vs_draft_undo (draft);
  g_assert_true (vs_draft_get_can_redo (draft));
  vs_draft_set (draft, "$.license", string_node ("MIT"));
  g_assert_false (vs_draft_get_can_redo (draft));
  after = saved_text (draft);
  g_assert_nonnull (strstr (after, "\"license\": \"MIT\""));
  vs_draft_undo (draft);
  redone = saved_text (draft);
  g_assert_cmpstr (redone, ==, original);
}

/* Removing a subject removes everything about it, and undoes as one. */
static void
test_draft_group (void)
{
  g_autoptr(VsDraft) draft = draft_of_all_members ();
  g_autofree char *original = saved_text (draft);
  g_autofree char *removed = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  VsDataset *dataset;

  vs_draft_remove_subject (draft, 0);
  g_assert_null (vs_draft_get_error (draft));
  dataset = vs_draft_get_dataset (draft);
  g_assert_cmpuint (vs_dataset_get_n_subjects (dataset), ==, 2);
  g_assert_cmpstr (vs_subject_get_id (vs_dataset_get_subject (dataset, 0)), ==, "beta");
  removed = saved_text (draft);
  g_assert_null (strstr (removed, "alpha"));

  vs_draft_undo (draft);
  g_assert_false (vs_draft_get_can_undo (draft));
  undone = saved_text (draft);
  g_assert_cmpstr (undone, ==, original);

  vs_draft_redo (draft);
  redone = saved_text (draft);
  g_assert_cmpstr (redone, ==, removed);
}

static void
test_draft_add_move (void)
{
  g_autoptr(VsDraft) draft = vs_draft_new ();
  VsDataset *dataset;
  guint index;

  index = vs_draft_add_subject (draft, "Node.js");
  g_assert_cmpuint (index, ==, 2);
  g_assert_cmpstr (vs_draft_get_string (draft, "$.subjects[2].id"), ==, "node-js");
  vs_draft_add_subject (draft, "Node.js");
  g_assert_cmpstr (vs_draft_get_string (draft, "$.subjects[3].id"), ==, "node-js-2");

  vs_draft_move (draft, "$.subjects", 2, 0);
  dataset = vs_draft_get_dataset (draft);
  g_assert_cmpstr (vs_subject_get_id (vs_dataset_get_subject (dataset, 0)), ==, "node-js");
  g_assert_cmpstr (vs_subject_get_id (vs_dataset_get_subject (dataset, 1)), ==, "subject-1");
  vs_draft_undo (draft);
  dataset = vs_draft_get_dataset (draft);
  g_assert_cmpstr (vs_subject_get_id (vs_dataset_get_subject (dataset, 0)), ==, "subject-1");
  g_assert_cmpstr (vs_subject_get_id (vs_dataset_get_subject (dataset, 2)), ==, "node-js");

  index = vs_draft_add_feature (draft, "Speed");
  g_assert_cmpuint (index, ==, 1);
  vs_draft_set_feature_category (draft, index, "Runtime");
  g_assert_cmpstr (vs_draft_get_string (draft, "$.categories[0].name"), ==, "Runtime");
  g_assert_cmpstr (vs_draft_get_string (draft, "$.features[1].category"), ==, "runtime");
  vs_draft_set_feature_category (draft, 0, "Runtime");
  g_assert_cmpuint (vs_draft_get_length (draft, "$.categories"), ==, 1);
  g_assert_cmpstr (vs_draft_get_string (draft, "$.features[0].category"), ==, "runtime");
  g_assert_null (vs_draft_get_error (draft));

  /* The category and its use undo as one. */
  vs_draft_undo (draft);
  vs_draft_undo (draft);
  g_assert_null (vs_draft_lookup (draft, "$.categories"));
  g_assert_null (vs_draft_lookup (draft, "$.features[1].category"));
}

/* The first question makes the verdict, and undoes as one. */
static void
test_draft_append (void)
{
  g_autoptr(VsDraft) draft = vs_draft_new ();
  g_autoptr(JsonNode) question = json_from_string ("{\"id\": \"q\", \"prompt\": \"Web?\", "
                                                   "\"choices\": [{\"id\": \"yes\", "
                                                   "\"label\": \"Yes\"}, {\"id\": \"no\", "
                                                   "\"label\": \"No\"}]}", NULL);

  vs_draft_append (draft, "$.verdict.questions", json_node_ref (question));
  g_assert_null (vs_draft_get_error (draft));
  g_assert_cmpuint (vs_draft_get_length (draft, "$.verdict.questions"), ==, 1);

  vs_draft_edit_number (draft, "$.verdict.questions[0].choices[0].weights.subject-2", "3");
  g_assert_null (vs_draft_get_error (draft));
  g_assert_cmpfloat (json_node_get_double (vs_draft_lookup (draft, "$.verdict.questions[0]"
                                                                   ".choices[0].weights"
                                                                   ".subject-2")), ==, 3);

  vs_draft_undo (draft);
  vs_draft_undo (draft);
  g_assert_null (vs_draft_lookup (draft, "$.verdict"));
  g_assert_false (vs_draft_get_can_undo (draft));
}

/* A value the loader refuses names itself by its path, and is not saved. */
static void
test_draft_error_path (void)
{
  g_autoptr(VsDraft) draft = draft_of_all_members ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  vs_draft_edit_number (draft, "$.features[1].scores.beta", "7");
  g_assert_null (vs_draft_get_dataset (draft));
  g_assert_error (vs_draft_get_error (draft), VS_DATASET_ERROR, VS_DATASET_ERROR_VALUE);
  g_assert_cmpstr (vs_draft_get_error_path (draft), ==, "$.features[1].scores.beta");
  g_assert_true (g_str_has_prefix (vs_draft_get_error (draft)->message,
                                   "$.features[1].scores.beta: "));

  bytes = vs_draft_to_bytes (draft, &error);
  g_assert_null (bytes);
  g_assert_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_VALUE);

  /* Not a number: kept as typed, refused as a string. */
  vs_draft_edit_number (draft, "$.features[1].scores.beta", "lots");
  g_assert_error (vs_draft_get_error (draft), VS_DATASET_ERROR, VS_DATASET_ERROR_TYPE);
  g_assert_cmpstr (vs_draft_get_error_path (draft), ==, "$.features[1].scores.beta");
  g_assert_cmpstr (vs_draft_get_string (draft, "$.features[1].scores.beta"), ==, "lots");

  /* A blank name. */
  vs_draft_edit_number (draft, "$.features[1].scores.beta", "");
  vs_draft_edit_text (draft, "$.subjects[1].name", " ", FALSE);
  g_assert_cmpstr (vs_draft_get_error_path (draft), ==, "$.subjects[1].name");

  vs_draft_undo (draft);
  g_assert_null (vs_draft_get_error (draft));
  g_assert_nonnull (vs_draft_get_dataset (draft));
}

/* A list typed with commas: items trimmed, empty ones left out, one undo
 * step for the typing; nothing left removes the member.
 */
static void
test_draft_edit_list (void)
{
  g_autoptr(VsDraft) draft = draft_of_all_members ();
  g_autofree char *original = saved_text (draft);
  g_autofree char *undone = NULL;

  vs_draft_edit_list (draft, "$.use_cases[0].tags", "fast");
  vs_draft_edit_list (draft, "$.use_cases[0].tags", "fast, ");
  vs_draft_edit_list (draft, "$.use_cases[0].tags", " fast , ,chat");
  g_assert_cmpuint (vs_draft_get_length (draft, "$.use_cases[0].tags"), ==, 2);
  g_assert_cmpstr (vs_draft_get_string (draft, "$.use_cases[0].tags[0]"), ==, "fast");
  g_assert_cmpstr (vs_draft_get_string (draft, "$.use_cases[0].tags[1]"), ==, "chat");
  g_assert_null (vs_draft_get_error (draft));

  vs_draft_undo (draft);
  undone = saved_text (draft);
  g_assert_cmpstr (undone, ==, original);

  vs_draft_break_merge (draft);
  vs_draft_edit_list (draft, "$.use_cases[0].tags", " , ");
  g_assert_null (vs_draft_lookup (draft, "$.use_cases[0].tags"));
  g_assert_null (vs_draft_get_error (draft));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/versus/draft/blank", test_draft_blank);
  g_test_add_func ("/versus/draft/round-trip", test_draft_round_trip);
  g_test_add_func ("/versus/draft/undo-redo", test_draft_undo_redo);
  g_test_add_func ("/versus/draft/group", test_draft_group);
  g_test_add_func ("/versus/draft/add-move", test_draft_add_move);
  g_test_add_func ("/versus/draft/append", test_draft_append);
  g_test_add_func ("/versus/draft/error-path", test_draft_error_path);
  g_test_add_func ("/versus/draft/edit-list", test_draft_edit_list);

  return g_test_run ();
}
