/* vs-choice.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-choice.h"
#include "vs-dataset-private.h"

/* One answer to a verdict question, with its weight for each subject. */

struct _VsChoice
{
  GObject parent_instance;

  char *id;
  char *label;
  char *reason;

  /* Indexed by subject; a missing weight is 0. */
  double *weights;
  guint n_weights;
};

G_DEFINE_FINAL_TYPE (VsChoice, vs_choice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
vs_choice_finalize (GObject *object)
{
  VsChoice *self = (VsChoice *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->weights, g_free);

  G_OBJECT_CLASS (vs_choice_parent_class)->finalize (object);
}

static void
vs_choice_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VsChoice *self = VS_CHOICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_choice_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  VsChoice *self = VS_CHOICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;

    case PROP_REASON:
      self->reason = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_choice_class_init (VsChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_choice_finalize;
  object_class->get_property = vs_choice_get_property;
  object_class->set_property = vs_choice_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_choice_init (VsChoice *self)
{
}

const char *
vs_choice_get_id (VsChoice *self)
{
  g_return_val_if_fail (VS_IS_CHOICE (self), NULL);

  return self->id;
}

const char *
vs_choice_get_label (VsChoice *self)
{
  g_return_val_if_fail (VS_IS_CHOICE (self), NULL);

  return self->label;
}

const char *
vs_choice_get_reason (VsChoice *self)
{
  g_return_val_if_fail (VS_IS_CHOICE (self), NULL);

  return self->reason;
}

/**
 * vs_choice_get_weight:
 * @subject_index: the subject's index in the dataset
 *
 * Returns: how much choosing this answer counts for the subject, from -10 to 10
 */
double
vs_choice_get_weight (VsChoice *self,
                      guint     subject_index)
{
  g_return_val_if_fail (VS_IS_CHOICE (self), 0);
  g_return_val_if_fail (subject_index < self->n_weights, 0);

  return self->weights[subject_index];
}

void
vs_choice_set_weights (VsChoice *self,
                       double   *weights,
                       guint     n_subjects)
{
  g_assert (VS_IS_CHOICE (self));
  g_assert (self->weights == NULL);

  self->weights = weights;
  self->n_weights = n_subjects;
}
