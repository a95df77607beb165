/* vs-verdict-result.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-verdict-result.h"

/* The ranking a set of answers gives: a list model of VsVerdictEntry,
 * best first, so that a view can show it as it is.
 */

struct _VsVerdictResult
{
  GObject parent_instance;

  GPtrArray *entries;
  guint n_answers;
  gboolean is_decisive;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VsVerdictResult, vs_verdict_result, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_IS_DECISIVE,
  PROP_N_ANSWERS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GType
vs_verdict_result_get_item_type (GListModel *model)
{
  return VS_TYPE_VERDICT_ENTRY;
}

static guint
vs_verdict_result_get_n_items (GListModel *model)
{
  return VS_VERDICT_RESULT (model)->entries->len;
}

static gpointer
vs_verdict_result_get_item (GListModel *model,
                            guint       position)
{
  VsVerdictResult *self = VS_VERDICT_RESULT (model);

  if (position >= self->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->entries, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = vs_verdict_result_get_item_type;
  iface->get_n_items = vs_verdict_result_get_n_items;
  iface->get_item = vs_verdict_result_get_item;
}

static void
vs_verdict_result_finalize (GObject *object)
{
  VsVerdictResult *self = (VsVerdictResult *)object;

  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_verdict_result_parent_class)->finalize (object);
}

static void
vs_verdict_result_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VsVerdictResult *self = VS_VERDICT_RESULT (object);

  switch (prop_id)
    {
    case PROP_IS_DECISIVE:
      g_value_set_boolean (value, self->is_decisive);
      break;

    case PROP_N_ANSWERS:
      g_value_set_uint (value, self->n_answers);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_verdict_result_class_init (VsVerdictResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_verdict_result_finalize;
  object_class->get_property = vs_verdict_result_get_property;

  properties [PROP_IS_DECISIVE] =
    g_param_spec_boolean ("is-decisive", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_N_ANSWERS] =
    g_param_spec_uint ("n-answers", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_verdict_result_init (VsVerdictResult *self)
{
}

/**
 * vs_verdict_result_new:
 * @entries: (transfer none) (element-type VsVerdictEntry): the ranking, best first
 * @n_answers: how many questions were answered
 *
 * Returns: (transfer full): a new result
 */
VsVerdictResult *
vs_verdict_result_new (GPtrArray *entries,
                       guint      n_answers)
{
  VsVerdictResult *self;

  g_return_val_if_fail (entries != NULL && entries->len > 0, NULL);

  self = g_object_new (VS_TYPE_VERDICT_RESULT, NULL);
  self->entries = g_ptr_array_ref (entries);
  self->n_answers = n_answers;

  /* The answers separate the subjects when the first is not tied with all the others. */
  self->is_decisive = (n_answers > 0 &&
                       vs_verdict_entry_get_rank (g_ptr_array_index (entries,
                                                                     entries->len - 1)) > 1);

  return self;
}

/**
 * vs_verdict_result_get_is_decisive:
 *
 * Returns: %FALSE when no question was answered or every subject has the
 *   same score: the answers do not separate the subjects
 */
gboolean
vs_verdict_result_get_is_decisive (VsVerdictResult *self)
{
  g_return_val_if_fail (VS_IS_VERDICT_RESULT (self), FALSE);

  return self->is_decisive;
}

guint
vs_verdict_result_get_n_answers (VsVerdictResult *self)
{
  g_return_val_if_fail (VS_IS_VERDICT_RESULT (self), 0);

  return self->n_answers;
}

/**
 * vs_verdict_result_get_entry:
 * @position: a position in the ranking, from 0
 *
 * Returns: (transfer none): the entry at @position
 */
VsVerdictEntry *
vs_verdict_result_get_entry (VsVerdictResult *self,
                             guint            position)
{
  g_return_val_if_fail (VS_IS_VERDICT_RESULT (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);

  return g_ptr_array_index (self->entries, position);
}
