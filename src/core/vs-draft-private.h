/* vs-draft-private.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "vs-draft.h"

G_BEGIN_DECLS

/* Nodes for new values, shared by vs-draft.c and vs-draft-edits.c. */
JsonNode   *vs_draft_string_node    (const char *text) G_GNUC_WARN_UNUSED_RESULT;
JsonObject *vs_draft_object_with_id (const char *id,
                                     const char *name_member,
                                     const char *name) G_GNUC_WARN_UNUSED_RESULT;
JsonNode   *vs_draft_object_node    (JsonObject *object) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
