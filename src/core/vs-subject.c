/* vs-subject.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-subject.h"

/* One of the technologies a dataset compares. Its index is its position in the
 * dataset, and the index of its value in every feature and choice. */

struct _VsSubject
{
  GObject parent_instance;

  char *id;
  char *name;
  char *kind;
  char *summary;
  char *homepage;
  char *color;
  char **highlights;
  VsSource *source;
  guint index;
};

G_DEFINE_FINAL_TYPE (VsSubject, vs_subject, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_SUMMARY,
  PROP_HOMEPAGE,
  PROP_COLOR,
  PROP_HIGHLIGHTS,
  PROP_SOURCE,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
vs_subject_finalize (GObject *object)
{
  VsSubject *self = (VsSubject *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->homepage, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->highlights, g_strfreev);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (vs_subject_parent_class)->finalize (object);
}

static void
vs_subject_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VsSubject *self = VS_SUBJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_HOMEPAGE:
      g_value_set_string (value, self->homepage);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_HIGHLIGHTS:
      g_value_set_boxed (value, self->highlights);
      break;

    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;

    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_subject_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  VsSubject *self = VS_SUBJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_KIND:
      self->kind = g_value_dup_string (value);
      break;

    case PROP_SUMMARY:
      self->summary = g_value_dup_string (value);
      break;

    case PROP_HOMEPAGE:
      self->homepage = g_value_dup_string (value);
      break;

    case PROP_COLOR:
      self->color = g_value_dup_string (value);
      break;

    case PROP_HIGHLIGHTS:
      self->highlights = g_value_dup_boxed (value);
      break;

    case PROP_SOURCE:
      self->source = g_value_dup_object (value);
      break;

    case PROP_INDEX:
      self->index = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_subject_class_init (VsSubjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_subject_finalize;
  object_class->get_property = vs_subject_get_property;
  object_class->set_property = vs_subject_set_property;

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

  properties [PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_HOMEPAGE] =
    g_param_spec_string ("homepage", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_HIGHLIGHTS] =
    g_param_spec_boxed ("highlights", NULL, NULL,
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

  properties [PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_subject_init (VsSubject *self)
{
}

const char *
vs_subject_get_id (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);

  return self->id;
}

const char *
vs_subject_get_name (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);

  return self->name;
}

const char *
vs_subject_get_kind (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);

  return self->kind;
}

const char *
vs_subject_get_summary (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);

  return self->summary;
}

const char *
vs_subject_get_homepage (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);

  return self->homepage;
}

const char *
vs_subject_get_color (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);

  return self->color;
}

const char * const *
vs_subject_get_highlights (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);

  return (const char * const *)self->highlights;
}

VsSource *
vs_subject_get_source (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), NULL);

  return self->source;
}

guint
vs_subject_get_index (VsSubject *self)
{
  g_return_val_if_fail (VS_IS_SUBJECT (self), 0);

  return self->index;
}
