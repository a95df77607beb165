/* vs-draft.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

#define VS_TYPE_DRAFT (vs_draft_get_type ())

G_DECLARE_FINAL_TYPE (VsDraft, vs_draft, VS, DRAFT, GObject)

VsDraft      *vs_draft_new                (void) G_GNUC_WARN_UNUSED_RESULT;
VsDraft      *vs_draft_new_from_dataset   (VsDataset   *dataset) G_GNUC_WARN_UNUSED_RESULT;

JsonNode     *vs_draft_lookup             (VsDraft     *self,
                                           const char  *path);
const char   *vs_draft_get_string         (VsDraft     *self,
                                           const char  *path);
guint         vs_draft_get_length         (VsDraft     *self,
                                           const char  *path);

void          vs_draft_set                (VsDraft     *self,
                                           const char  *path,
                                           JsonNode    *value);
void          vs_draft_edit_text          (VsDraft     *self,
                                           const char  *path,
                                           const char  *text,
                                           gboolean     optional);
void          vs_draft_edit_number        (VsDraft     *self,
                                           const char  *path,
                                           const char  *text);
void          vs_draft_edit_list          (VsDraft     *self,
                                           const char  *path,
                                           const char  *text);
void          vs_draft_insert             (VsDraft     *self,
                                           const char  *path,
                                           int          index,
                                           JsonNode    *value);
void          vs_draft_append             (VsDraft     *self,
                                           const char  *path,
                                           JsonNode    *value);
void          vs_draft_remove             (VsDraft     *self,
                                           const char  *path);
void          vs_draft_move               (VsDraft     *self,
                                           const char  *path,
                                           guint        from,
                                           guint        to);

guint         vs_draft_add_subject        (VsDraft     *self,
                                           const char  *name);
void          vs_draft_remove_subject     (VsDraft     *self,
                                           guint        index);
guint         vs_draft_add_feature        (VsDraft     *self,
                                           const char  *name);
void          vs_draft_set_feature_category (VsDraft   *self,
                                           guint        feature,
                                           const char  *category_name);
char         *vs_draft_dup_unique_id      (VsDraft     *self,
                                           const char  *array_path,
                                           const char  *name) G_GNUC_WARN_UNUSED_RESULT;

void          vs_draft_begin_group        (VsDraft     *self);
void          vs_draft_end_group          (VsDraft     *self);
void          vs_draft_break_merge        (VsDraft     *self);
gboolean      vs_draft_get_can_undo       (VsDraft     *self);
gboolean      vs_draft_get_can_redo       (VsDraft     *self);
void          vs_draft_undo               (VsDraft     *self);
void          vs_draft_redo               (VsDraft     *self);

gboolean      vs_draft_get_modified       (VsDraft     *self);
void          vs_draft_set_saved          (VsDraft     *self);

VsDataset    *vs_draft_get_dataset        (VsDraft     *self);
const GError *vs_draft_get_error          (VsDraft     *self);
const char   *vs_draft_get_error_path     (VsDraft     *self);
GPtrArray    *vs_draft_get_problems       (VsDraft     *self);
GBytes       *vs_draft_to_bytes           (VsDraft     *self,
                                           GError     **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
