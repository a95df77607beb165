/* vs-verdict-entry.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-verdict-entry.h"

/* One subject's place in a verdict: its score, its rank and why. */

struct _VsVerdictEntry
{
  GObject parent_instance;

  VsSubject *subject;
  double score;
  guint rank;
  gboolean tied;
  GArray *reasons;
};

G_DEFINE_FINAL_TYPE (VsVerdictEntry, vs_verdict_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SUBJECT,
  PROP_SCORE,
  PROP_RANK,
  PROP_TIED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
vs_verdict_entry_finalize (GObject *object)
{
  VsVerdictEntry *self = (VsVerdictEntry *)object;

  g_clear_object (&self->subject);
  g_clear_pointer (&self->reasons, g_array_unref);

  G_OBJECT_CLASS (vs_verdict_entry_parent_class)->finalize (object);
}

static void
vs_verdict_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VsVerdictEntry *self = VS_VERDICT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_SUBJECT:
      g_value_set_object (value, self->subject);
      break;

    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;

    case PROP_RANK:
      g_value_set_uint (value, self->rank);
      break;

    case PROP_TIED:
      g_value_set_boolean (value, self->tied);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_verdict_entry_class_init (VsVerdictEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_verdict_entry_finalize;
  object_class->get_property = vs_verdict_entry_get_property;

  properties [PROP_SUBJECT] =
    g_param_spec_object ("subject", NULL, NULL,
                         VS_TYPE_SUBJECT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_RANK] =
    g_param_spec_uint ("rank", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_TIED] =
    g_param_spec_boolean ("tied", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_verdict_entry_init (VsVerdictEntry *self)
{
}

static void
clear_reason (VsVerdictReason *reason)
{
  g_clear_object (&reason->question);
  g_clear_object (&reason->choice);
}

/**
 * vs_verdict_entry_new:
 * @subject: the subject
 * @score: its score
 * @rank: its rank, from 1; tied subjects share one
 * @tied: whether another subject has the same score
 * @reasons: (transfer none) (element-type VsVerdictReason): the reasons, copied
 *
 * Returns: (transfer full): a new entry
 */
VsVerdictEntry *
vs_verdict_entry_new (VsSubject *subject,
                      double     score,
                      guint      rank,
                      gboolean   tied,
                      GArray    *reasons)
{
  VsVerdictEntry *self;

  g_return_val_if_fail (VS_IS_SUBJECT (subject), NULL);
  g_return_val_if_fail (reasons != NULL, NULL);

  self = g_object_new (VS_TYPE_VERDICT_ENTRY, NULL);
  self->subject = g_object_ref (subject);
  self->score = score;
  self->rank = rank;
  self->tied = !!tied;
  self->reasons = g_array_sized_new (FALSE, FALSE, sizeof (VsVerdictReason), reasons->len);
  g_array_set_clear_func (self->reasons, (GDestroyNotify)clear_reason);

  for (guint i = 0; i < reasons->len; i++)
    {
      VsVerdictReason reason = g_array_index (reasons, VsVerdictReason, i);

      g_object_ref (reason.question);
      g_object_ref (reason.choice);
      g_array_append_val (self->reasons, reason);
    }

  return self;
}

/**
 * vs_verdict_entry_get_subject:
 *
 * Returns: (transfer none): the subject
 */
VsSubject *
vs_verdict_entry_get_subject (VsVerdictEntry *self)
{
  g_return_val_if_fail (VS_IS_VERDICT_ENTRY (self), NULL);

  return self->subject;
}

double
vs_verdict_entry_get_score (VsVerdictEntry *self)
{
  g_return_val_if_fail (VS_IS_VERDICT_ENTRY (self), 0);

  return self->score;
}

guint
vs_verdict_entry_get_rank (VsVerdictEntry *self)
{
  g_return_val_if_fail (VS_IS_VERDICT_ENTRY (self), 0);

  return self->rank;
}

gboolean
vs_verdict_entry_get_tied (VsVerdictEntry *self)
{
  g_return_val_if_fail (VS_IS_VERDICT_ENTRY (self), FALSE);

  return self->tied;
}

guint
vs_verdict_entry_get_n_reasons (VsVerdictEntry *self)
{
  g_return_val_if_fail (VS_IS_VERDICT_ENTRY (self), 0);

  return self->reasons->len;
}

/**
 * vs_verdict_entry_get_reason:
 * @index: below vs_verdict_entry_get_n_reasons()
 *
 * Reasons come in the order of the dataset's questions.
 *
 * Returns: (transfer none): the reason
 */
const VsVerdictReason *
vs_verdict_entry_get_reason (VsVerdictEntry *self,
                             guint           index)
{
  g_return_val_if_fail (VS_IS_VERDICT_ENTRY (self), NULL);
  g_return_val_if_fail (index < self->reasons->len, NULL);

  return &g_array_index (self->reasons, VsVerdictReason, index);
}

/**
 * vs_verdict_reason_describe:
 * @reason: a reason
 *
 * Returns: (transfer full): the choice's own sentence, or, for a choice
 *   without one, which answer was given to which question
 */
char *
vs_verdict_reason_describe (const VsVerdictReason *reason)
{
  g_return_val_if_fail (reason != NULL, NULL);

  if (vs_choice_get_reason (reason->choice) != NULL)
    return g_strdup (vs_choice_get_reason (reason->choice));

  /* Translators: the first placeholder is an answer, the second a question */
  return g_strdup_printf (_("You answered “%s” to “%s”"),
                          vs_choice_get_label (reason->choice),
                          vs_question_get_prompt (reason->question));
}

/**
 * vs_verdict_reason_format_points:
 * @reason: a reason
 *
 * The points @reason added to the subject's score, always signed so that
 * they can be added up by eye: “+2”, “+0.5”, “−1” (with a real minus sign),
 * in the user's locale.
 *
 * Returns: (transfer full): the points
 */
char *
vs_verdict_reason_format_points (const VsVerdictReason *reason)
{
  double points;

  g_return_val_if_fail (reason != NULL, NULL);

  /* Weights are small decimals, doubled: rounding drops the binary noise. */
  points = round (fabs (reason->weight) * 1e6) / 1e6;

  /* Translators: points that counted for a subject in the verdict, “+2” */
  return g_strdup_printf (reason->weight < 0 ? _("−%g") : _("+%g"), points);
}
