/* vs-question.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-dataset-private.h"
#include "vs-question.h"

/* A question of the verdict wizard. */

struct _VsQuestion
{
  GObject parent_instance;

  char *id;
  char *prompt;
  char *help;
  guint index;
  GListStore *choices;
};

G_DEFINE_FINAL_TYPE (VsQuestion, vs_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROMPT,
  PROP_HELP,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
vs_question_finalize (GObject *object)
{
  VsQuestion *self = (VsQuestion *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->prompt, g_free);
  g_clear_pointer (&self->help, g_free);
  g_clear_object (&self->choices);

  G_OBJECT_CLASS (vs_question_parent_class)->finalize (object);
}

static void
vs_question_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VsQuestion *self = VS_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PROMPT:
      g_value_set_string (value, self->prompt);
      break;

    case PROP_HELP:
      g_value_set_string (value, self->help);
      break;

    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_question_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  VsQuestion *self = VS_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_PROMPT:
      self->prompt = g_value_dup_string (value);
      break;

    case PROP_HELP:
      self->help = g_value_dup_string (value);
      break;

    case PROP_INDEX:
      self->index = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_question_class_init (VsQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_question_finalize;
  object_class->get_property = vs_question_get_property;
  object_class->set_property = vs_question_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_PROMPT] =
    g_param_spec_string ("prompt", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_HELP] =
    g_param_spec_string ("help", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_question_init (VsQuestion *self)
{
  self->choices = g_list_store_new (VS_TYPE_CHOICE);
}

const char *
vs_question_get_id (VsQuestion *self)
{
  g_return_val_if_fail (VS_IS_QUESTION (self), NULL);

  return self->id;
}

const char *
vs_question_get_prompt (VsQuestion *self)
{
  g_return_val_if_fail (VS_IS_QUESTION (self), NULL);

  return self->prompt;
}

const char *
vs_question_get_help (VsQuestion *self)
{
  g_return_val_if_fail (VS_IS_QUESTION (self), NULL);

  return self->help;
}

guint
vs_question_get_index (VsQuestion *self)
{
  g_return_val_if_fail (VS_IS_QUESTION (self), 0);

  return self->index;
}

/**
 * vs_question_get_choices:
 *
 * Returns: (transfer none): a #GListModel of #VsChoice
 */
GListModel *
vs_question_get_choices (VsQuestion *self)
{
  g_return_val_if_fail (VS_IS_QUESTION (self), NULL);

  return G_LIST_MODEL (self->choices);
}

/**
 * vs_question_find_choice:
 *
 * Returns: (transfer none) (nullable): the choice with that id
 */
VsChoice *
vs_question_find_choice (VsQuestion *self,
                         const char *choice_id)
{
  guint n_choices;

  g_return_val_if_fail (VS_IS_QUESTION (self), NULL);
  g_return_val_if_fail (choice_id != NULL, NULL);

  n_choices = g_list_model_get_n_items (G_LIST_MODEL (self->choices));
  for (guint i = 0; i < n_choices; i++)
    {
      g_autoptr(VsChoice) choice = g_list_model_get_item (G_LIST_MODEL (self->choices), i);

      if (g_strcmp0 (vs_choice_get_id (choice), choice_id) == 0)
        return choice;
    }

  return NULL;
}

void
vs_question_add_choice (VsQuestion *self,
                        VsChoice   *choice)
{
  g_assert (VS_IS_QUESTION (self));
  g_assert (VS_IS_CHOICE (choice));

  g_list_store_append (self->choices, choice);
}
