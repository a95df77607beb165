/* vs-feature.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

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

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->category);
  g_clear_object (&self->advantage);
  g_clear_object (&self->source);
  for (guint i = 0; i < self->n_values; i++)
    g_free (self->values[i]);
  g_clear_pointer (&self->values, g_free);
  g_clear_pointer (&self->scores, g_free);

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
vs_feature_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  VsFeature *self = VS_FEATURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_CATEGORY:
      self->category = g_value_dup_object (value);
      break;

    case PROP_ADVANTAGE:
      self->advantage = g_value_dup_object (value);
      break;

    case PROP_SOURCE:
      self->source = g_value_dup_object (value);
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
  object_class->set_property = vs_feature_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_CATEGORY] =
    g_param_spec_object ("category", NULL, NULL,
                         VS_TYPE_CATEGORY,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ADVANTAGE] =
    g_param_spec_object ("advantage", NULL, NULL,
                         VS_TYPE_SUBJECT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL,
                         VS_TYPE_SOURCE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_feature_init (VsFeature *self)
{
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

void
vs_feature_set_cells (VsFeature  *self,
                      char      **values,
                      double     *scores,
                      guint       n_subjects,
                      gboolean    is_tie)
{
  g_assert (VS_IS_FEATURE (self));
  g_assert (self->values == NULL);

  self->values = values;
  self->scores = scores;
  self->n_values = n_subjects;
  self->is_tie = !!is_tie;
}
