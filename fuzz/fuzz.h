/* fuzz.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int LLVMFuzzerTestOneInput (const unsigned char *data,
                            size_t               size);

/* Warnings and criticals are bugs to the fuzzer too (GLib's fuzzing/fuzz.h). */
static inline void
fuzz_set_logging_func (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
      g_once_init_leave (&once, 1);
    }
}

G_END_DECLS
