/* vs-json-check.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean vs_json_check (const char  *data,
                        gsize        length,
                        guint        max_depth,
                        GError     **error);

/* The arrays of a dataset whose elements json-glib is given one slice at a time. */
typedef enum
{
  VS_JSON_ITEMS_FEATURES,
  VS_JSON_ITEMS_USE_CASES,
  VS_JSON_ITEMS_COMPANIES,
  VS_JSON_N_ITEMS,
} VsJsonItems;

/**
 * VsJsonOutline:
 * @head: the root object with the elements of the item arrays left out
 *   (`"features":[]`), as JSON text; or, when the root is not an object, a
 *   value of the same type (`[]`, `""`, `0`, `true`, `null`)
 * @items: for each item array, the byte ranges of its elements in the data,
 *   as pairs of offsets (start, end); %NULL if the member is missing or is
 *   not an array
 *
 * What vs_json_scan() finds in a dataset, so that json-glib never sees a
 * large file as one tree.
 */
typedef struct
{
  GString *head;
  GArray *items[VS_JSON_N_ITEMS];
} VsJsonOutline;

gboolean vs_json_scan          (const char     *data,
                                gsize           length,
                                guint           max_depth,
                                VsJsonOutline  *outline,
                                GError        **error);
void     vs_json_outline_clear (VsJsonOutline  *outline);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VsJsonOutline, vs_json_outline_clear)

G_END_DECLS
