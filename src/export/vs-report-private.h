/* vs-report-private.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vs-report.h"

G_BEGIN_DECLS

/* For the tests: the lines of text that drawing has stepped through, and
 * those it drew, since the report was made.
 */
void vs_report_get_line_counts (VsReport *self,
                                guint64  *visited,
                                guint64  *drawn);

G_END_DECLS
