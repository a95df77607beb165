/* vs-slot-list-model.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vs-row-slot.h"

G_BEGIN_DECLS

#define VS_TYPE_SLOT_LIST_MODEL (vs_slot_list_model_get_type ())

G_DECLARE_FINAL_TYPE (VsSlotListModel, vs_slot_list_model, VS, SLOT_LIST_MODEL, GObject)

VsSlotListModel *vs_slot_list_model_new       (GListModel      *model) G_GNUC_WARN_UNUSED_RESULT;
GListModel      *vs_slot_list_model_get_model (VsSlotListModel *self);

G_END_DECLS
