/* vs-item-list.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-item-list.h"

/* The lists of a dataset: a GListModel over an array. GListStore keeps its
 * items in a GSequence, a balanced tree, so that reading the item at a
 * position costs a walk down the tree; a dataset's lists never change once
 * loaded, and the Features view reads 100,000 of them at a time.
 */

struct _VsItemList
{
  GObject parent_instance;

  GType item_type;
  GPtrArray *items;
};

static void vs_item_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VsItemList, vs_item_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, vs_item_list_model_init))

static GType
vs_item_list_get_item_type (GListModel *model)
{
  return VS_ITEM_LIST (model)->item_type;
}

static guint
vs_item_list_get_n_items (GListModel *model)
{
  return VS_ITEM_LIST (model)->items->len;
}

static gpointer
vs_item_list_get_item (GListModel *model,
                       guint       position)
{
  VsItemList *self = VS_ITEM_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
vs_item_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = vs_item_list_get_item_type;
  iface->get_n_items = vs_item_list_get_n_items;
  iface->get_item = vs_item_list_get_item;
}

static void
vs_item_list_finalize (GObject *object)
{
  VsItemList *self = (VsItemList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_item_list_parent_class)->finalize (object);
}

static void
vs_item_list_class_init (VsItemListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_item_list_finalize;
}

static void
vs_item_list_init (VsItemList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * vs_item_list_new:
 * @item_type: the type of the items, a #GObject type
 *
 * Returns: (transfer full): an empty list
 */
VsItemList *
vs_item_list_new (GType item_type)
{
  VsItemList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (VS_TYPE_ITEM_LIST, NULL);
  self->item_type = item_type;

  return self;
}

/**
 * vs_item_list_append:
 * @item: (transfer none): an item of the list's type
 *
 * Adds @item at the end, without emitting #GListModel::items-changed: only
 * the loader appends, while it makes the list, before anyone can see it.
 * (For 100,000 features, the signals cost more than the appending.)
 */
void
vs_item_list_append (VsItemList *self,
                     gpointer    item)
{
  g_return_if_fail (VS_IS_ITEM_LIST (self));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type));

  g_ptr_array_add (self->items, g_object_ref (item));
}

/**
 * vs_item_list_get:
 * @position: a position below the number of items
 *
 * Returns: (transfer none): the item at @position, without a new reference
 */
gpointer
vs_item_list_get (VsItemList *self,
                  guint       position)
{
  g_return_val_if_fail (VS_IS_ITEM_LIST (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

/**
 * vs_item_list_peek:
 * @n_items: (out): the number of items
 *
 * Returns: (transfer none) (array length=n_items): the items, in order
 */
gpointer const *
vs_item_list_peek (VsItemList *self,
                   guint      *n_items)
{
  g_return_val_if_fail (VS_IS_ITEM_LIST (self), NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  *n_items = self->items->len;

  return (gpointer const *)self->items->pdata;
}
