/* vs-category.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-category.h"

/* A group of features, such as "Runtime and performance". */

struct _VsCategory
{
  GObject parent_instance;

  char *id;
  char *name;
  guint index;
};

G_DEFINE_FINAL_TYPE (VsCategory, vs_category, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
vs_category_finalize (GObject *object)
{
  VsCategory *self = (VsCategory *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (vs_category_parent_class)->finalize (object);
}

static void
vs_category_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VsCategory *self = VS_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_category_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  VsCategory *self = VS_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_INDEX:
      self->index = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_category_class_init (VsCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_category_finalize;
  object_class->get_property = vs_category_get_property;
  object_class->set_property = vs_category_set_property;

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

  properties [PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_category_init (VsCategory *self)
{
}

const char *
vs_category_get_id (VsCategory *self)
{
  g_return_val_if_fail (VS_IS_CATEGORY (self), NULL);

  return self->id;
}

const char *
vs_category_get_name (VsCategory *self)
{
  g_return_val_if_fail (VS_IS_CATEGORY (self), NULL);

  return self->name;
}

guint
vs_category_get_index (VsCategory *self)
{
  g_return_val_if_fail (VS_IS_CATEGORY (self), 0);

  return self->index;
}
