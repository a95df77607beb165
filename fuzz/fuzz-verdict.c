/* fuzz-verdict.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz.h"
#include "vs-dataset-loader.h"
#include "vs-verdict.h"

/* Answers the built-in dataset's questions from fuzzed bytes: two bytes a
 * question, the choice (or a skip) and the importance. The ranking must stay
 * a ranking whatever the answers.
 */
int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  static VsDataset *dataset;
  g_autoptr(VsVerdict) verdict = NULL;
  g_autoptr(VsVerdictResult) result = NULL;
  GListModel *questions;
  guint n_questions;
  guint n_entries;

  fuzz_set_logging_func ();

  if (dataset == NULL)
    dataset = vs_dataset_loader_load_builtin ();

  verdict = vs_verdict_new (dataset);
  questions = vs_dataset_get_questions (dataset);
  n_questions = g_list_model_get_n_items (questions);

  for (size_t i = 0; i + 1 < size; i += 2)
    {
      g_autoptr(VsQuestion) question = g_list_model_get_item (questions, data[i] % n_questions);
      GListModel *choices = vs_question_get_choices (question);
      guint n_choices = g_list_model_get_n_items (choices);
      guint pick = data[i + 1] % (n_choices + 1);
      g_autoptr(VsChoice) choice = pick < n_choices ? g_list_model_get_item (choices, pick) : NULL;

      vs_verdict_set_answer (verdict, question, choice);
      vs_verdict_set_important (verdict, question, data[i + 1] & 0x80);
    }

  result = vs_verdict_compute (verdict);
  n_entries = g_list_model_get_n_items (G_LIST_MODEL (result));
  g_assert_cmpuint (n_entries, ==, vs_dataset_get_n_subjects (dataset));

  for (guint i = 1; i < n_entries; i++)
    {
      VsVerdictEntry *previous = vs_verdict_result_get_entry (result, i - 1);
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);

      g_assert_cmpfloat (vs_verdict_entry_get_score (previous), >=, vs_verdict_entry_get_score (entry));
      if (vs_verdict_entry_get_score (previous) == vs_verdict_entry_get_score (entry))
        g_assert_cmpuint (vs_verdict_entry_get_rank (previous), ==, vs_verdict_entry_get_rank (entry));
      else
        g_assert_cmpuint (vs_verdict_entry_get_rank (entry), ==, i + 1);
    }

  return 0;
}
