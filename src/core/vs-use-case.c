/* vs-use-case.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-dataset-private.h"
#include "vs-use-case.h"

/* A kind of project, and the subjects the sources recommend for it. */

struct _VsUseCase
{
  GObject parent_instance;

  char *id;
  char *name;
  char *description;
  char **tags;
  VsSource *source;
  GPtrArray *recommended;
};

G_DEFINE_FINAL_TYPE (VsUseCase, vs_use_case, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_TAGS,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
vs_use_case_finalize (GObject *object)
{
  VsUseCase *self = (VsUseCase *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_object (&self->source);
  g_clear_pointer (&self->recommended, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_use_case_parent_class)->finalize (object);
}

static void
vs_use_case_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VsUseCase *self = VS_USE_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_use_case_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  VsUseCase *self = VS_USE_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;

    case PROP_TAGS:
      self->tags = g_value_dup_boxed (value);
      break;

    case PROP_SOURCE:
      self->source = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_use_case_class_init (VsUseCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_use_case_finalize;
  object_class->get_property = vs_use_case_get_property;
  object_class->set_property = vs_use_case_set_property;

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

  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
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
vs_use_case_init (VsUseCase *self)
{
  self->recommended = g_ptr_array_new_with_free_func (g_object_unref);
}

const char *
vs_use_case_get_id (VsUseCase *self)
{
  g_return_val_if_fail (VS_IS_USE_CASE (self), NULL);

  return self->id;
}

const char *
vs_use_case_get_name (VsUseCase *self)
{
  g_return_val_if_fail (VS_IS_USE_CASE (self), NULL);

  return self->name;
}

const char *
vs_use_case_get_description (VsUseCase *self)
{
  g_return_val_if_fail (VS_IS_USE_CASE (self), NULL);

  return self->description;
}

const char * const *
vs_use_case_get_tags (VsUseCase *self)
{
  g_return_val_if_fail (VS_IS_USE_CASE (self), NULL);

  return (const char * const *)self->tags;
}

VsSource *
vs_use_case_get_source (VsUseCase *self)
{
  g_return_val_if_fail (VS_IS_USE_CASE (self), NULL);

  return self->source;
}

/**
 * vs_use_case_get_recommended:
 *
 * Returns: (transfer none) (element-type VsSubject): the recommended subjects
 */
GPtrArray *
vs_use_case_get_recommended (VsUseCase *self)
{
  g_return_val_if_fail (VS_IS_USE_CASE (self), NULL);

  return self->recommended;
}

gboolean
vs_use_case_recommends (VsUseCase *self,
                        VsSubject *subject)
{
  g_return_val_if_fail (VS_IS_USE_CASE (self), FALSE);
  g_return_val_if_fail (VS_IS_SUBJECT (subject), FALSE);

  return g_ptr_array_find (self->recommended, subject, NULL);
}

void
vs_use_case_add_recommended (VsUseCase *self,
                             VsSubject *subject)
{
  g_assert (VS_IS_USE_CASE (self));
  g_assert (VS_IS_SUBJECT (subject));

  g_ptr_array_add (self->recommended, g_object_ref (subject));
}
