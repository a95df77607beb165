/* vs-slot-list-model.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-slot-list-model.h"

/* The rows of a model as VsRowSlots, which keep their place when the
 * model's items move: when the model sorts its rows again, the slots stay
 * and only the items they hold change.
 *
 * GTK 4.8's list and column views throw away the widget of every row whose
 * item left and make a new one (4.12 recycles them), for the ~200 rows they
 * keep. Through this model a sort emits no #GListModel::items-changed at
 * all, and a search only the change of length: the view binds the rows it
 * has again. In bench/, at 100,000 features, that takes 10–20 % off the
 * time until the next frame; the rest is GTK laying out those 200 rows.
 *
 * Only the slots someone holds exist: the model keeps them by position,
 * without a reference, and forgets a slot when it is finalized.
 */

struct _VsSlotListModel
{
  GObject parent_instance;

  GListModel *model;
  /* The slots alive, by position: guint → VsRowSlot, not owned. */
  GHashTable *slots;
};

static void vs_slot_list_model_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VsSlotListModel, vs_slot_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      vs_slot_list_model_model_init))

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
slot_finalized_cb (gpointer  data,
                   GObject  *where_the_slot_was)
{
  VsSlotListModel *self = data;
  GHashTableIter iter;
  gpointer slot;

  /* There are only as many slots as rows the views keep. */
  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &slot))
    if (slot == (gpointer)where_the_slot_was)
      {
        g_hash_table_iter_remove (&iter);
        break;
      }
}

static void
forget_slot (VsSlotListModel *self,
             VsRowSlot       *slot)
{
  g_object_weak_unref (G_OBJECT (slot), slot_finalized_cb, self);
}

static void
items_changed_cb (VsSlotListModel *self,
                  guint            position,
                  guint            removed,
                  guint            added,
                  GListModel      *model)
{
  g_autoptr(GHashTable) moved = g_hash_table_new (NULL, NULL);
  guint kept = MIN (removed, added);
  GHashTableIter iter;
  gpointer key, value;

  /* The slots from @position on: the first @kept hold new items; the next
   * ones, up to @removed, go; those after them move by @added - @removed.
   */
  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint slot_position = GPOINTER_TO_UINT (key);
      VsRowSlot *slot = value;

      if (slot_position < position + kept)
        continue;

      g_hash_table_iter_remove (&iter);
      if (slot_position < position + removed)
        {
          forget_slot (self, slot);
          continue;
        }

      slot_position = slot_position - removed + added;
      g_hash_table_insert (moved, GUINT_TO_POINTER (slot_position), slot);
    }

  g_hash_table_iter_init (&iter, moved);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (self->slots, key, value);

  /* Then the new items, which the views bind again. */
  for (guint i = position; i < position + kept; i++)
    {
      VsRowSlot *slot = g_hash_table_lookup (self->slots, GUINT_TO_POINTER (i));

      if (slot != NULL)
        {
          g_autoptr(GObject) item = g_list_model_get_item (self->model, i);

          vs_row_slot_set_item (slot, item);
        }
    }

  if (removed != added)
    g_list_model_items_changed (G_LIST_MODEL (self), position + kept,
                                removed - kept, added - kept);
}

/* ------------------------------------------------------------------------ */
/* GListModel                                                               */
/* ------------------------------------------------------------------------ */

static GType
vs_slot_list_model_get_item_type (GListModel *model)
{
  return VS_TYPE_ROW_SLOT;
}

static guint
vs_slot_list_model_get_n_items (GListModel *model)
{
  VsSlotListModel *self = VS_SLOT_LIST_MODEL (model);

  return self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
}

static gpointer
vs_slot_list_model_get_item (GListModel *model,
                             guint       position)
{
  VsSlotListModel *self = VS_SLOT_LIST_MODEL (model);
  g_autoptr(GObject) item = NULL;
  VsRowSlot *slot;

  slot = g_hash_table_lookup (self->slots, GUINT_TO_POINTER (position));
  if (slot != NULL)
    return g_object_ref (slot);

  if (self->model == NULL || (item = g_list_model_get_item (self->model, position)) == NULL)
    return NULL;

  slot = g_object_new (VS_TYPE_ROW_SLOT, "item", item, NULL);
  g_object_weak_ref (G_OBJECT (slot), slot_finalized_cb, self);
  g_hash_table_insert (self->slots, GUINT_TO_POINTER (position), slot);

  return slot;
}

static void
vs_slot_list_model_model_init (GListModelInterface *iface)
{
  iface->get_item_type = vs_slot_list_model_get_item_type;
  iface->get_n_items = vs_slot_list_model_get_n_items;
  iface->get_item = vs_slot_list_model_get_item;
}

/* ------------------------------------------------------------------------ */
/* Class                                                                    */
/* ------------------------------------------------------------------------ */

static void
vs_slot_list_model_dispose (GObject *object)
{
  VsSlotListModel *self = VS_SLOT_LIST_MODEL (object);
  GHashTableIter iter;
  gpointer slot;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &slot))
    forget_slot (self, slot);
  g_hash_table_remove_all (self->slots);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (vs_slot_list_model_parent_class)->dispose (object);
}

static void
vs_slot_list_model_finalize (GObject *object)
{
  VsSlotListModel *self = VS_SLOT_LIST_MODEL (object);

  g_hash_table_unref (self->slots);

  G_OBJECT_CLASS (vs_slot_list_model_parent_class)->finalize (object);
}

static void
vs_slot_list_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VsSlotListModel *self = VS_SLOT_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_slot_list_model_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VsSlotListModel *self = VS_SLOT_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      self->model = g_value_dup_object (value);
      if (self->model != NULL)
        g_signal_connect_object (self->model, "items-changed",
                                 G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_slot_list_model_class_init (VsSlotListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vs_slot_list_model_dispose;
  object_class->finalize = vs_slot_list_model_finalize;
  object_class->get_property = vs_slot_list_model_get_property;
  object_class->set_property = vs_slot_list_model_set_property;

  properties [PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_slot_list_model_init (VsSlotListModel *self)
{
  self->slots = g_hash_table_new (NULL, NULL);
}

/**
 * vs_slot_list_model_new:
 * @model: (transfer none): the model whose rows it shows
 */
VsSlotListModel *
vs_slot_list_model_new (GListModel *model)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  return g_object_new (VS_TYPE_SLOT_LIST_MODEL, "model", model, NULL);
}

/**
 * vs_slot_list_model_get_model:
 *
 * Returns: (transfer none): the model whose rows it shows
 */
GListModel *
vs_slot_list_model_get_model (VsSlotListModel *self)
{
  g_return_val_if_fail (VS_IS_SLOT_LIST_MODEL (self), NULL);

  return self->model;
}
