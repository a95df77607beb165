/* vs-pdf-export.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vs-report.h"

G_BEGIN_DECLS

gboolean vs_pdf_export_write        (VsReport             *report,
                                     GFile                *target,
                                     GCancellable         *cancellable,
                                     GError              **error);
void     vs_pdf_export_write_async  (VsReport             *report,
                                     GFile                *target,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);
gboolean vs_pdf_export_write_finish (VsReport             *report,
                                     GAsyncResult         *result,
                                     GError              **error);

G_END_DECLS
