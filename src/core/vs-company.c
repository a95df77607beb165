/* vs-company.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-company.h"
#include "vs-dataset-private.h"

/* A company known to use one or more of the subjects. */

struct _VsCompany
{
  GObject parent_instance;

  char *name;
  char *sector;
  VsSource *source;
  GPtrArray *subjects;
};

G_DEFINE_FINAL_TYPE (VsCompany, vs_company, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SECTOR,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
vs_company_finalize (GObject *object)
{
  VsCompany *self = (VsCompany *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->sector, g_free);
  g_clear_object (&self->source);
  g_clear_pointer (&self->subjects, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_company_parent_class)->finalize (object);
}

static void
vs_company_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VsCompany *self = VS_COMPANY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SECTOR:
      g_value_set_string (value, self->sector);
      break;

    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_company_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  VsCompany *self = VS_COMPANY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_SECTOR:
      self->sector = g_value_dup_string (value);
      break;

    case PROP_SOURCE:
      self->source = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_company_class_init (VsCompanyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_company_finalize;
  object_class->get_property = vs_company_get_property;
  object_class->set_property = vs_company_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_SECTOR] =
    g_param_spec_string ("sector", NULL, NULL,
                         NULL,
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
vs_company_init (VsCompany *self)
{
  self->subjects = g_ptr_array_new_with_free_func (g_object_unref);
}

const char *
vs_company_get_name (VsCompany *self)
{
  g_return_val_if_fail (VS_IS_COMPANY (self), NULL);

  return self->name;
}

const char *
vs_company_get_sector (VsCompany *self)
{
  g_return_val_if_fail (VS_IS_COMPANY (self), NULL);

  return self->sector;
}

VsSource *
vs_company_get_source (VsCompany *self)
{
  g_return_val_if_fail (VS_IS_COMPANY (self), NULL);

  return self->source;
}

/**
 * vs_company_get_subjects:
 *
 * Returns: (transfer none) (element-type VsSubject): the subjects the company uses
 */
GPtrArray *
vs_company_get_subjects (VsCompany *self)
{
  g_return_val_if_fail (VS_IS_COMPANY (self), NULL);

  return self->subjects;
}

gboolean
vs_company_uses (VsCompany *self,
                 VsSubject *subject)
{
  g_return_val_if_fail (VS_IS_COMPANY (self), FALSE);
  g_return_val_if_fail (VS_IS_SUBJECT (subject), FALSE);

  return g_ptr_array_find (self->subjects, subject, NULL);
}

void
vs_company_add_subject (VsCompany *self,
                        VsSubject *subject)
{
  g_assert (VS_IS_COMPANY (self));
  g_assert (VS_IS_SUBJECT (subject));

  g_ptr_array_add (self->subjects, g_object_ref (subject));
}
