/* vs-feature.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "vs-dataset-private.h"
#include "vs-feature.h"

/* One row of the comparison: a value, and optionally a score, per subject. */

struct _VsFeature
{
  GObject parent_instance;

  char *id;
  char *name;
  VsCategory *category;
  VsSubject *advantage;
  VsSource *source;

  /* Indexed by subject: a NULL value or a NaN score is missing. */
  char **values;
  double *scores;
  guint n_values;
  guint is_tie : 1;

  /* The position in the dataset's features. */
  guint index;

  /* The id, the name, the values and the scores are in this one block
   * (see vs_feature_new_loaded()).
   */
  gpointer block;
};

G_DEFINE_FINAL_TYPE (VsFeature, vs_feature, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_ADVANTAGE,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
vs_feature_finalize (GObject *object)
{
  VsFeature *self = (VsFeature *)object;

  g_clear_object (&self->category);
  g_clear_object (&self->advantage);
  g_clear_object (&self->source);

  /* The texts and numbers are in the block. */
  g_clear_pointer (&self->block, g_free);

  G_OBJECT_CLASS (vs_feature_parent_class)->finalize (object);
}

static void
vs_feature_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VsFeature *self = VS_FEATURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CATEGORY:
      g_value_set_object (value, self->category);
      break;

    case PROP_ADVANTAGE:
      g_value_set_object (value, self->advantage);
      break;

    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_feature_class_init (VsFeatureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_feature_finalize;
  object_class->get_property = vs_feature_get_property;

  /* Read-only: the loader makes features with vs_feature_new_loaded(), and
   * construct properties would make each of 100,000 features set five
   * default values first.
   */
  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_CATEGORY] =
    g_param_spec_object ("category", NULL, NULL,
                         VS_TYPE_CATEGORY,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ADVANTAGE] =
    g_param_spec_object ("advantage", NULL, NULL,
                         VS_TYPE_SUBJECT,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL,
                         VS_TYPE_SOURCE,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_feature_init (VsFeature *self)
{
  self->index = G_MAXUINT;
}

const char *
vs_feature_get_id (VsFeature *self)
{
  g_return_val_if_fail (VS_IS_FEATURE (self), NULL);

  return self->id;
}

const char *
vs_feature_get_name (VsFeature *self)
{
  g_return_val_if_fail (VS_IS_FEATURE (self), NULL);

  return self->name;
}

VsCategory *
vs_feature_get_category (VsFeature *self)
{
  g_return_val_if_fail (VS_IS_FEATURE (self), NULL);

  return self->category;
}

VsSubject *
vs_feature_get_advantage (VsFeature *self)
{
  g_return_val_if_fail (VS_IS_FEATURE (self), NULL);

  return self->advantage;
}

VsSource *
vs_feature_get_source (VsFeature *self)
{
  g_return_val_if_fail (VS_IS_FEATURE (self), NULL);

  return self->source;
}

/**
 * vs_feature_get_index:
 *
 * Returns: the feature's position in its dataset's features
 */
guint
vs_feature_get_index (VsFeature *self)
{
  g_return_val_if_fail (VS_IS_FEATURE (self), G_MAXUINT);

  return self->index;
}

/**
 * vs_feature_get_is_tie:
 *
 * Returns: whether the sources call this feature a tie
 */
gboolean
vs_feature_get_is_tie (VsFeature *self)
{
  g_return_val_if_fail (VS_IS_FEATURE (self), FALSE);

  return self->is_tie;
}

/**
 * vs_feature_get_value:
 * @subject_index: the subject's index in the dataset
 *
 * Returns: (nullable): the subject's value, or %NULL when the dataset gives none
 */
const char *
vs_feature_get_value (VsFeature *self,
                      guint      subject_index)
{
  g_return_val_if_fail (VS_IS_FEATURE (self), NULL);
  g_return_val_if_fail (subject_index < self->n_values, NULL);

  return self->values[subject_index];
}

/**
 * vs_feature_get_score:
 * @subject_index: the subject's index in the dataset
 * @score: (out) (optional): the score, from 0 to 5
 *
 * Returns: whether the dataset scores this subject on this feature
 */
gboolean
vs_feature_get_score (VsFeature *self,
                      guint      subject_index,
                      double    *score)
{
  g_return_val_if_fail (VS_IS_FEATURE (self), FALSE);
  g_return_val_if_fail (subject_index < self->n_values, FALSE);

  if (isnan (self->scores[subject_index]))
    return FALSE;

  if (score != NULL)
    *score = self->scores[subject_index];

  return TRUE;
}

/* Makes a feature in one allocation for its texts and numbers, instead of
 * one per text: a dataset may have 100,000 features.
 */
VsFeature *
vs_feature_new_loaded (guint               index,
                       const char         *id,
                       const char         *name,
                       VsCategory         *category,
                       VsSubject          *advantage,
                       VsSource           *source,
                       const char * const *values,
                       const double       *scores,
                       guint               n_subjects,
                       gboolean            is_tie)
{
  VsFeature *self = g_object_new (VS_TYPE_FEATURE, NULL);
  gsize id_size = strlen (id) + 1;
  gsize name_size = strlen (name) + 1;
  gsize size;
  char *text;

  /* The numbers first, for their alignment. */
  size = n_subjects * (sizeof (double) + sizeof (char *)) + id_size + name_size;
  for (guint i = 0; i < n_subjects; i++)
    if (values[i] != NULL)
      size += strlen (values[i]) + 1;

  self->block = g_malloc (size);
  self->scores = self->block;
  self->values = (char **)(self->scores + n_subjects);
  text = (char *)(self->values + n_subjects);

  memcpy (self->scores, scores, n_subjects * sizeof (double));
  self->id = memcpy (text, id, id_size);
  text += id_size;
  self->name = memcpy (text, name, name_size);
  text += name_size;
  for (guint i = 0; i < n_subjects; i++)
    {
      if (values[i] != NULL)
        {
          gsize value_size = strlen (values[i]) + 1;

          self->values[i] = memcpy (text, values[i], value_size);
          text += value_size;
        }
      else
        {
          self->values[i] = NULL;
        }
    }

  self->index = index;
  self->category = category != NULL ? g_object_ref (category) : NULL;
  self->advantage = advantage != NULL ? g_object_ref (advantage) : NULL;
  self->source = source != NULL ? g_object_ref (source) : NULL;
  self->n_values = n_subjects;
  self->is_tie = !!is_tie;

  return self;
}

/**
 * vs_feature_get_best_score:
 * @self: a feature
 * @n_subjects: how many subjects the dataset has
 *
 * The best score of @self, the one the table and the cards mark, if at
 * least two subjects have a score and they differ.
 *
 * Returns: the best score, or NAN when no score is the best
 */
double
vs_feature_get_best_score (VsFeature *self,
                           guint      n_subjects)
{
  double best = NAN, worst = NAN;

  g_return_val_if_fail (VS_IS_FEATURE (self), NAN);

  for (guint i = 0; i < n_subjects; i++)
    {
      double score;

      if (!vs_feature_get_score (self, i, &score))
        continue;
      best = isnan (best) ? score : MAX (best, score);
      worst = isnan (worst) ? score : MIN (worst, score);
    }

  return !isnan (best) && best > worst ? best : NAN;
}
