/* vs-guidance.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-guidance.h"

/* A "choose X if…" statement of the verdict. */

struct _VsGuidance
{
  GObject parent_instance;

  VsSubject *subject;
  char *text;
};

G_DEFINE_FINAL_TYPE (VsGuidance, vs_guidance, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SUBJECT,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
vs_guidance_finalize (GObject *object)
{
  VsGuidance *self = (VsGuidance *)object;

  g_clear_object (&self->subject);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (vs_guidance_parent_class)->finalize (object);
}

static void
vs_guidance_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VsGuidance *self = VS_GUIDANCE (object);

  switch (prop_id)
    {
    case PROP_SUBJECT:
      g_value_set_object (value, self->subject);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_guidance_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  VsGuidance *self = VS_GUIDANCE (object);

  switch (prop_id)
    {
    case PROP_SUBJECT:
      self->subject = g_value_dup_object (value);
      break;

    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_guidance_class_init (VsGuidanceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_guidance_finalize;
  object_class->get_property = vs_guidance_get_property;
  object_class->set_property = vs_guidance_set_property;

  properties [PROP_SUBJECT] =
    g_param_spec_object ("subject", NULL, NULL,
                         VS_TYPE_SUBJECT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_guidance_init (VsGuidance *self)
{
}

VsSubject *
vs_guidance_get_subject (VsGuidance *self)
{
  g_return_val_if_fail (VS_IS_GUIDANCE (self), NULL);

  return self->subject;
}

const char *
vs_guidance_get_text (VsGuidance *self)
{
  g_return_val_if_fail (VS_IS_GUIDANCE (self), NULL);

  return self->text;
}
