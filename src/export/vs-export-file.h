/* vs-export-file.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define VS_EXPORT_ERROR (vs_export_error_quark ())

/**
 * VsExportError:
 * @VS_EXPORT_ERROR_NO_FOLDER: the target's folder does not exist, or is not a folder
 * @VS_EXPORT_ERROR_PERMISSION: writing in the target's folder is not allowed
 * @VS_EXPORT_ERROR_IS_FOLDER: the target is a folder
 * @VS_EXPORT_ERROR_NO_SPACE: the disk (or the user's quota) is full
 * @VS_EXPORT_ERROR_WRITE: any other failure to write the file
 * @VS_EXPORT_ERROR_RENDER: the report could not be drawn
 * @VS_EXPORT_ERROR_NOT_FILE: the target exists and is not a file (a device,
 *   a pipe, a socket, or a link to a missing file)
 * @VS_EXPORT_ERROR_READ_ONLY: the target is a read-only file
 * @VS_EXPORT_ERROR_SAME_FILE: the target is the dataset being read
 *
 * Why an export failed. Messages are sentences without the target's name,
 * which the caller puts in front (`versus: OUT.pdf: message`). A cancelled
 * export fails with %G_IO_ERROR_CANCELLED instead.
 */
typedef enum
{
  VS_EXPORT_ERROR_NO_FOLDER,
  VS_EXPORT_ERROR_PERMISSION,
  VS_EXPORT_ERROR_IS_FOLDER,
  VS_EXPORT_ERROR_NO_SPACE,
  VS_EXPORT_ERROR_WRITE,
  VS_EXPORT_ERROR_RENDER,
  VS_EXPORT_ERROR_NOT_FILE,
  VS_EXPORT_ERROR_READ_ONLY,
  VS_EXPORT_ERROR_SAME_FILE,
} VsExportError;

/**
 * VsExportFile:
 *
 * A file being written atomically: the bytes go to a temporary file in the
 * target's folder, which vs_export_file_commit() renames into place. Freeing
 * it without committing removes the temporary file, so that a failed export
 * leaves any existing target untouched and no partial file behind.
 */
typedef struct _VsExportFile VsExportFile;

GQuark        vs_export_error_quark           (void);

void          vs_export_file_install_signal_handlers (void);

gboolean      vs_export_file_check_target     (GFile         *target,
                                               GFile         *source,
                                               GError       **error);

VsExportFile *vs_export_file_open             (GFile         *target,
                                               GError       **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean      vs_export_file_write            (VsExportFile  *self,
                                               const void    *data,
                                               gsize          length,
                                               GError       **error);
gboolean      vs_export_file_commit           (VsExportFile  *self,
                                               GCancellable  *cancellable,
                                               GError       **error);
void          vs_export_file_free             (VsExportFile  *self);

gboolean      vs_export_file_replace_contents (GFile         *target,
                                               const char    *contents,
                                               gsize          length,
                                               GCancellable  *cancellable,
                                               GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsExportFile, vs_export_file_free)

G_END_DECLS
