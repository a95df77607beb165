/* vs-verdict.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-verdict.h"

/* The verdict engine of dataset-format.md: a subject's score is the sum of
 * the chosen choices' weights for it, doubled for important answers; the
 * subjects are ranked by score, ties kept in dataset order. The wizard and
 * `versus --verdict` both use it, so they always agree.
 */

struct _VsVerdict
{
  GObject parent_instance;

  VsDataset *dataset;

  /* Indexed by question: the chosen choice (or NULL) and its importance. */
  GPtrArray *answers;
  GArray *important;
};

G_DEFINE_FINAL_TYPE (VsVerdict, vs_verdict, G_TYPE_OBJECT)

G_DEFINE_QUARK (vs-verdict-error-quark, vs_verdict_error)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_N_ANSWERS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* Weights are small decimal numbers: scores are rounded to this step, so
 * that 0.1 + 0.2 ties with 0.3 and equality stays transitive.
 */
#define SCORE_STEP 1e-6

typedef struct
{
  VsSubject *subject;
  double score;
} Score;

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  const Score *score_a = a;
  const Score *score_b = b;

  if (score_a->score == score_b->score)
    return ((int)vs_subject_get_index (score_a->subject) -
            (int)vs_subject_get_index (score_b->subject));

  return score_a->score > score_b->score ? -1 : 1;
}

/* Skipped questions leave NULL in the answers. */
static void
clear_answer (gpointer choice)
{
  if (choice != NULL)
    g_object_unref (choice);
}

static void
emit_changed (VsVerdict *self,
              guint      old_n_answers)
{
  if (vs_verdict_get_n_answers (self) != old_n_answers)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ANSWERS]);
  g_signal_emit (self, signals [CHANGED], 0);
}

static gboolean
is_own_question (VsVerdict  *self,
                 VsQuestion *question)
{
  GListModel *questions = vs_dataset_get_questions (self->dataset);
  guint index = vs_question_get_index (question);
  g_autoptr(VsQuestion) own = NULL;

  if (index >= g_list_model_get_n_items (questions))
    return FALSE;

  own = g_list_model_get_item (questions, index);

  return own == question;
}

static void
vs_verdict_constructed (GObject *object)
{
  VsVerdict *self = (VsVerdict *)object;
  guint n_questions;

  G_OBJECT_CLASS (vs_verdict_parent_class)->constructed (object);

  g_assert (VS_IS_DATASET (self->dataset));

  n_questions = g_list_model_get_n_items (vs_dataset_get_questions (self->dataset));
  self->answers = g_ptr_array_new_full (n_questions, clear_answer);
  g_ptr_array_set_size (self->answers, n_questions);
  self->important = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_array_set_size (self->important, n_questions);
}

static void
vs_verdict_finalize (GObject *object)
{
  VsVerdict *self = (VsVerdict *)object;

  g_clear_pointer (&self->answers, g_ptr_array_unref);
  g_clear_pointer (&self->important, g_array_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (vs_verdict_parent_class)->finalize (object);
}

static void
vs_verdict_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VsVerdict *self = VS_VERDICT (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_N_ANSWERS:
      g_value_set_uint (value, vs_verdict_get_n_answers (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_verdict_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  VsVerdict *self = VS_VERDICT (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_verdict_class_init (VsVerdictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = vs_verdict_constructed;
  object_class->finalize = vs_verdict_finalize;
  object_class->get_property = vs_verdict_get_property;
  object_class->set_property = vs_verdict_set_property;

  properties [PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         VS_TYPE_DATASET,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_N_ANSWERS] =
    g_param_spec_uint ("n-answers", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VsVerdict::changed:
   *
   * An answer or its importance changed: the result may be different.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
vs_verdict_init (VsVerdict *self)
{
}

/**
 * vs_verdict_new:
 * @dataset: the dataset whose questions are answered
 *
 * Returns: (transfer full): a verdict with no answers yet
 */
VsVerdict *
vs_verdict_new (VsDataset *dataset)
{
  g_return_val_if_fail (VS_IS_DATASET (dataset), NULL);

  return g_object_new (VS_TYPE_VERDICT,
                       "dataset", dataset,
                       NULL);
}

/**
 * vs_verdict_copy:
 *
 * Makes a verdict with the same answers, for work that must not see later
 * changes, such as an export running in a thread.
 *
 * Returns: (transfer full): the copy
 */
VsVerdict *
vs_verdict_copy (VsVerdict *self)
{
  VsVerdict *copy;

  g_return_val_if_fail (VS_IS_VERDICT (self), NULL);

  copy = vs_verdict_new (self->dataset);
  for (guint i = 0; i < self->answers->len; i++)
    {
      VsChoice *choice = g_ptr_array_index (self->answers, i);

      if (choice != NULL)
        g_ptr_array_index (copy->answers, i) = g_object_ref (choice);
      g_array_index (copy->important, gboolean, i) = g_array_index (self->important, gboolean, i);
    }

  return copy;
}

/**
 * vs_verdict_get_dataset:
 *
 * Returns: (transfer none): the dataset
 */
VsDataset *
vs_verdict_get_dataset (VsVerdict *self)
{
  g_return_val_if_fail (VS_IS_VERDICT (self), NULL);

  return self->dataset;
}

/**
 * vs_verdict_set_answer:
 * @question: a question of the dataset
 * @choice: (nullable): one of its choices, or %NULL to skip the question
 */
void
vs_verdict_set_answer (VsVerdict  *self,
                       VsQuestion *question,
                       VsChoice   *choice)
{
  guint old_n_answers;
  guint index;

  g_return_if_fail (VS_IS_VERDICT (self));
  g_return_if_fail (VS_IS_QUESTION (question));
  g_return_if_fail (!choice || VS_IS_CHOICE (choice));
  g_return_if_fail (is_own_question (self, question));
  g_return_if_fail (!choice ||
                    vs_question_find_choice (question, vs_choice_get_id (choice)) == choice);

  index = vs_question_get_index (question);
  if (g_ptr_array_index (self->answers, index) == choice)
    return;

  old_n_answers = vs_verdict_get_n_answers (self);
  g_clear_object (&g_ptr_array_index (self->answers, index));
  if (choice != NULL)
    g_ptr_array_index (self->answers, index) = g_object_ref (choice);

  emit_changed (self, old_n_answers);
}

/**
 * vs_verdict_get_answer:
 *
 * Returns: (transfer none) (nullable): the chosen choice, or %NULL if skipped
 */
VsChoice *
vs_verdict_get_answer (VsVerdict  *self,
                       VsQuestion *question)
{
  g_return_val_if_fail (VS_IS_VERDICT (self), NULL);
  g_return_val_if_fail (VS_IS_QUESTION (question), NULL);
  g_return_val_if_fail (vs_question_get_index (question) < self->answers->len, NULL);

  return g_ptr_array_index (self->answers, vs_question_get_index (question));
}

/**
 * vs_verdict_set_important:
 * @important: whether the answer to @question counts twice
 */
void
vs_verdict_set_important (VsVerdict  *self,
                          VsQuestion *question,
                          gboolean    important)
{
  gboolean *flag;

  g_return_if_fail (VS_IS_VERDICT (self));
  g_return_if_fail (VS_IS_QUESTION (question));
  g_return_if_fail (is_own_question (self, question));

  flag = &g_array_index (self->important, gboolean, vs_question_get_index (question));
  if (*flag == !!important)
    return;

  *flag = !!important;
  emit_changed (self, vs_verdict_get_n_answers (self));
}

gboolean
vs_verdict_get_important (VsVerdict  *self,
                          VsQuestion *question)
{
  g_return_val_if_fail (VS_IS_VERDICT (self), FALSE);
  g_return_val_if_fail (VS_IS_QUESTION (question), FALSE);
  g_return_val_if_fail (vs_question_get_index (question) < self->important->len, FALSE);

  return g_array_index (self->important, gboolean, vs_question_get_index (question));
}

static VsQuestion *
find_question (VsVerdict   *self,
               const char  *question_id,
               GError     **error)
{
  VsQuestion *question = vs_dataset_find_question (self->dataset, question_id);

  if (question == NULL)
    g_set_error (error, VS_VERDICT_ERROR, VS_VERDICT_ERROR_UNKNOWN_QUESTION,
                 _("the dataset has no question “%s”"), question_id);

  return question;
}

/**
 * vs_verdict_answer_by_id:
 * @question_id: the id of a question
 * @choice_id: the id of one of its choices
 *
 * Answers a question as `versus --verdict --answer QUESTION=CHOICE` does.
 *
 * Returns: %TRUE, or %FALSE with a #VsVerdictError if an id is unknown
 */
gboolean
vs_verdict_answer_by_id (VsVerdict   *self,
                         const char  *question_id,
                         const char  *choice_id,
                         GError     **error)
{
  VsQuestion *question;
  VsChoice *choice;

  g_return_val_if_fail (VS_IS_VERDICT (self), FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);
  g_return_val_if_fail (choice_id != NULL, FALSE);

  if (!(question = find_question (self, question_id, error)))
    return FALSE;

  choice = vs_question_find_choice (question, choice_id);
  if (choice == NULL)
    {
      g_set_error (error, VS_VERDICT_ERROR, VS_VERDICT_ERROR_UNKNOWN_CHOICE,
                   _("the question “%s” has no choice “%s”"), question_id, choice_id);
      return FALSE;
    }

  vs_verdict_set_answer (self, question, choice);

  return TRUE;
}

/**
 * vs_verdict_mark_important_by_id:
 * @question_id: the id of a question
 *
 * Returns: %TRUE, or %FALSE with a #VsVerdictError if the id is unknown
 */
gboolean
vs_verdict_mark_important_by_id (VsVerdict   *self,
                                 const char  *question_id,
                                 GError     **error)
{
  VsQuestion *question;

  g_return_val_if_fail (VS_IS_VERDICT (self), FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);

  if (!(question = find_question (self, question_id, error)))
    return FALSE;

  vs_verdict_set_important (self, question, TRUE);

  return TRUE;
}

/**
 * vs_verdict_reset:
 *
 * Forgets every answer and importance flag.
 */
void
vs_verdict_reset (VsVerdict *self)
{
  gboolean changed = FALSE;
  guint old_n_answers;

  g_return_if_fail (VS_IS_VERDICT (self));

  old_n_answers = vs_verdict_get_n_answers (self);
  for (guint i = 0; i < self->answers->len; i++)
    {
      changed |= (g_ptr_array_index (self->answers, i) != NULL ||
                  g_array_index (self->important, gboolean, i));
      g_clear_object (&g_ptr_array_index (self->answers, i));
      g_array_index (self->important, gboolean, i) = FALSE;
    }

  if (changed)
    emit_changed (self, old_n_answers);
}

guint
vs_verdict_get_n_answers (VsVerdict *self)
{
  guint n_answers = 0;

  g_return_val_if_fail (VS_IS_VERDICT (self), 0);

  for (guint i = 0; i < self->answers->len; i++)
    {
      if (g_ptr_array_index (self->answers, i) != NULL)
        n_answers++;
    }

  return n_answers;
}

/**
 * vs_verdict_compute:
 *
 * Ranks the subjects by the current answers.
 *
 * Returns: (transfer full): the result
 */
VsVerdictResult *
vs_verdict_compute (VsVerdict *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GArray) scores = NULL;
  g_autoptr(GListModel) questions = NULL;
  guint n_subjects;

  g_return_val_if_fail (VS_IS_VERDICT (self), NULL);

  n_subjects = vs_dataset_get_n_subjects (self->dataset);
  questions = g_object_ref (vs_dataset_get_questions (self->dataset));
  scores = g_array_sized_new (FALSE, TRUE, sizeof (Score), n_subjects);

  for (guint s = 0; s < n_subjects; s++)
    {
      Score score = { vs_dataset_get_subject (self->dataset, s), 0 };

      for (guint q = 0; q < self->answers->len; q++)
        {
          VsChoice *choice = g_ptr_array_index (self->answers, q);
          double factor = g_array_index (self->important, gboolean, q) ? 2 : 1;

          if (choice != NULL)
            score.score += factor * vs_choice_get_weight (choice, s);
        }

      score.score = round (score.score / SCORE_STEP) * SCORE_STEP;
      g_array_append_val (scores, score);
    }

  g_array_sort (scores, compare_scores);

  entries = g_ptr_array_new_full (n_subjects, g_object_unref);
  for (guint i = 0; i < n_subjects; i++)
    {
      const Score *score = &g_array_index (scores, Score, i);
      g_autoptr(GArray) reasons = g_array_new (FALSE, FALSE, sizeof (VsVerdictReason));
      guint subject_index = vs_subject_get_index (score->subject);
      guint rank = i + 1;
      gboolean tied = FALSE;

      /* Competition ranking: tied subjects share the best rank among them. */
      while (rank > 1 && g_array_index (scores, Score, rank - 2).score == score->score)
        rank--;
      tied = (rank != i + 1 ||
              (i + 1 < n_subjects && g_array_index (scores, Score, i + 1).score == score->score));

      for (guint q = 0; q < self->answers->len; q++)
        {
          VsChoice *choice = g_ptr_array_index (self->answers, q);
          gboolean important = g_array_index (self->important, gboolean, q);
          g_autoptr(VsQuestion) question = NULL;
          VsVerdictReason reason;

          /* Answers that count against a subject are reasons too: the
           * points of its reasons add up to its score.
           */
          if (choice == NULL || vs_choice_get_weight (choice, subject_index) == 0)
            continue;

          question = g_list_model_get_item (questions, q);
          reason.question = question;
          reason.choice = choice;
          reason.important = important;
          reason.weight = (important ? 2 : 1) * vs_choice_get_weight (choice, subject_index);
          g_array_append_val (reasons, reason);
        }

      g_ptr_array_add (entries, vs_verdict_entry_new (score->subject, score->score, rank, tied,
                                                      reasons));
    }

  return vs_verdict_result_new (entries, vs_verdict_get_n_answers (self));
}
