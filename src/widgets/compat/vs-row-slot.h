/* vs-row-slot.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VS_TYPE_ROW_SLOT (vs_row_slot_get_type ())

G_DECLARE_FINAL_TYPE (VsRowSlot, vs_row_slot, VS, ROW_SLOT, GObject)

gpointer vs_row_slot_get_item (VsRowSlot *self);
void     vs_row_slot_set_item (VsRowSlot *self,
                               gpointer   item);

G_END_DECLS
