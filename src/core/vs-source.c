/* vs-source.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-source.h"

/* Where a dataset's claims come from: an article, a report, a benchmark. */

struct _VsSource
{
  GObject parent_instance;

  char *id;
  char *title;
  char *publisher;
  char *url;
  char *date;
};

G_DEFINE_FINAL_TYPE (VsSource, vs_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_URL,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
vs_source_finalize (GObject *object)
{
  VsSource *self = (VsSource *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (vs_source_parent_class)->finalize (object);
}

static void
vs_source_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VsSource *self = VS_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_source_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  VsSource *self = VS_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_PUBLISHER:
      self->publisher = g_value_dup_string (value);
      break;

    case PROP_URL:
      self->url = g_value_dup_string (value);
      break;

    case PROP_DATE:
      self->date = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_source_class_init (VsSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_source_finalize;
  object_class->get_property = vs_source_get_property;
  object_class->set_property = vs_source_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_source_init (VsSource *self)
{
}

const char *
vs_source_get_id (VsSource *self)
{
  g_return_val_if_fail (VS_IS_SOURCE (self), NULL);

  return self->id;
}

const char *
vs_source_get_title (VsSource *self)
{
  g_return_val_if_fail (VS_IS_SOURCE (self), NULL);

  return self->title;
}

const char *
vs_source_get_publisher (VsSource *self)
{
  g_return_val_if_fail (VS_IS_SOURCE (self), NULL);

  return self->publisher;
}

const char *
vs_source_get_url (VsSource *self)
{
  g_return_val_if_fail (VS_IS_SOURCE (self), NULL);

  return self->url;
}

const char *
vs_source_get_date (VsSource *self)
{
  g_return_val_if_fail (VS_IS_SOURCE (self), NULL);

  return self->date;
}
