/* vs-display-text.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How many characters of a name, a key, a value or a file name a message
 * quotes before it cuts them short with “…”.
 */
#define VS_DISPLAY_TEXT_MAX_CHARS 80

/* How many characters of a path, folders and all, a message shows before it
 * cuts it in the middle.
 */
#define VS_DISPLAY_PATH_MAX_CHARS 160

/**
 * VsDisplayTextFlags:
 * @VS_DISPLAY_TEXT_DEFAULT: escape only what would break the line
 * @VS_DISPLAY_TEXT_ESCAPE_QUOTES: also escape `"` and `\`, as in a JSON string
 */
typedef enum
{
  VS_DISPLAY_TEXT_DEFAULT = 0,
  VS_DISPLAY_TEXT_ESCAPE_QUOTES = 1 << 0,
} VsDisplayTextFlags;

char *vs_display_text      (const char         *text,
                            gssize              length,
                            VsDisplayTextFlags  flags) G_GNUC_WARN_UNUSED_RESULT;
char *vs_display_path      (const char         *path) G_GNUC_WARN_UNUSED_RESULT;
char *vs_display_file_name (GFile              *file) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
