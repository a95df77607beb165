/* vs-text-search.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *vs_text_fold         (const char         *text,
                                gssize              length) G_GNUC_WARN_UNUSED_RESULT;
char    **vs_text_split_words  (const char         *text) G_GNUC_WARN_UNUSED_RESULT;
gboolean  vs_text_contains_all (const char         *folded_text,
                                const char * const *words);

G_END_DECLS
