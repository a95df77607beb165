/* vs-item-list.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define VS_TYPE_ITEM_LIST (vs_item_list_get_type ())

G_DECLARE_FINAL_TYPE (VsItemList, vs_item_list, VS, ITEM_LIST, GObject)

VsItemList      *vs_item_list_new    (GType       item_type) G_GNUC_WARN_UNUSED_RESULT;
void             vs_item_list_append (VsItemList *self,
                                      gpointer    item);
gpointer         vs_item_list_get    (VsItemList *self,
                                      guint       position);
gpointer const  *vs_item_list_peek   (VsItemList *self,
                                      guint      *n_items);

G_END_DECLS
