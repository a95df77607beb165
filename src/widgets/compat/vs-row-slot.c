/* vs-row-slot.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-row-slot.h"

/* A row of a VsSlotListModel: it stays the same object while the item it
 * holds changes, so that a list view keeps its row widgets and only binds
 * them again (see vs-slot-list-model.c).
 */

struct _VsRowSlot
{
  GObject parent_instance;

  GObject *item;
};

G_DEFINE_FINAL_TYPE (VsRowSlot, vs_row_slot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
vs_row_slot_dispose (GObject *object)
{
  VsRowSlot *self = VS_ROW_SLOT (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (vs_row_slot_parent_class)->dispose (object);
}

static void
vs_row_slot_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VsRowSlot *self = VS_ROW_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_row_slot_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  VsRowSlot *self = VS_ROW_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      vs_row_slot_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_row_slot_class_init (VsRowSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vs_row_slot_dispose;
  object_class->get_property = vs_row_slot_get_property;
  object_class->set_property = vs_row_slot_set_property;

  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_row_slot_init (VsRowSlot *self)
{
}

/**
 * vs_row_slot_get_item:
 *
 * Returns: (transfer none) (type GObject): the item the row holds now
 */
gpointer
vs_row_slot_get_item (VsRowSlot *self)
{
  g_return_val_if_fail (VS_IS_ROW_SLOT (self), NULL);

  return self->item;
}

/**
 * vs_row_slot_set_item:
 * @item: (type GObject) (nullable): what the row holds from now on
 */
void
vs_row_slot_set_item (VsRowSlot *self,
                      gpointer   item)
{
  g_return_if_fail (VS_IS_ROW_SLOT (self));
  g_return_if_fail (item == NULL || G_IS_OBJECT (item));

  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}
