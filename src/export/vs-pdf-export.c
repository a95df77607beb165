/* vs-pdf-export.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <string.h>

#include "vs-export-file.h"
#include "vs-pdf-export.h"

/* The direct PDF export: the report drawn on a cairo PDF surface whose
 * bytes go into an atomic export file. Needs no display.
 */

/* cairo writes a PDF a few bytes at a time (1.7 million writes for the
 * 20 MB of 10,000 features): they are gathered into writes of this size.
 */
#define OUTPUT_BUFFER_SIZE 65536

typedef struct
{
  VsExportFile *file;
  GError *error;
  guchar *buffer;
  gsize buffered;
} Output;

static gboolean
flush_output (Output *output)
{
  if (output->error != NULL)
    return FALSE;

  if (output->buffered > 0 &&
      !vs_export_file_write (output->file, output->buffer, output->buffered, &output->error))
    return FALSE;

  output->buffered = 0;

  return TRUE;
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Output *output = closure;

  if (output->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (output->buffered + length > OUTPUT_BUFFER_SIZE && !flush_output (output))
    return CAIRO_STATUS_WRITE_ERROR;

  if (length >= OUTPUT_BUFFER_SIZE)
    {
      if (!vs_export_file_write (output->file, data, length, &output->error))
        return CAIRO_STATUS_WRITE_ERROR;
    }
  else
    {
      memcpy (output->buffer + output->buffered, data, length);
      output->buffered += length;
    }

  return CAIRO_STATUS_SUCCESS;
}

static void
write_thread_cb (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  VsReport *report = source_object;
  GFile *target = task_data;
  GError *error = NULL;

  if (vs_pdf_export_write (report, target, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * vs_pdf_export_write:
 * @report: the report, on the paper it says
 * @target: the PDF file to write
 * @cancellable: (nullable): a #GCancellable, checked between pages
 * @error: return location for an error in %VS_EXPORT_ERROR or %G_IO_ERROR
 *
 * Lays @report out on its paper and writes it to @target as a tagged PDF
 * with bookmarks and metadata. The file is written atomically: on failure
 * @target is left as it was and no partial file remains.
 *
 * Returns: whether @target was written
 */
gboolean
vs_pdf_export_write (VsReport      *report,
                     GFile         *target,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(VsExportFile) file = NULL;
  g_autofree guchar *buffer = NULL;
  Output output = { 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width;
  double height;

  g_return_val_if_fail (VS_IS_REPORT (report), FALSE);
  g_return_val_if_fail (G_IS_FILE (target), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!(file = vs_export_file_open (target, error)))
    return FALSE;

  vs_report_paper_get_size (vs_report_get_paper (report), &width, &height);
  buffer = g_malloc (OUTPUT_BUFFER_SIZE);
  output.file = file;
  output.buffer = buffer;
  surface = cairo_pdf_surface_create_for_stream (write_cb, &output, width, height);
  cr = cairo_create (surface);

  /* Page by page, without keeping the layout of the whole report. */
  vs_report_draw (report, cr, width, height, cancellable);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  flush_output (&output);

  if (output.error != NULL)
    {
      g_propagate_error (error, output.error);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_RENDER,
                   _("cannot draw the report: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return vs_export_file_commit (file, cancellable, error);
}

/**
 * vs_pdf_export_write_async:
 * @report: the report; do not change it until the export has finished
 * @target: the PDF file to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written, or the export failed
 * @user_data: data for @callback
 *
 * Does vs_pdf_export_write() in a thread, for the window.
 */
void
vs_pdf_export_write_async (VsReport            *report,
                           GFile               *target,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (VS_IS_REPORT (report));
  g_return_if_fail (G_IS_FILE (target));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (report, cancellable, callback, user_data);
  g_task_set_source_tag (task, vs_pdf_export_write_async);
  g_task_set_task_data (task, g_object_ref (target), g_object_unref);
  g_task_run_in_thread (task, write_thread_cb);
}

/**
 * vs_pdf_export_write_finish:
 * @report: the report given to vs_pdf_export_write_async()
 * @result: the result given to the callback
 * @error: return location for an error in %VS_EXPORT_ERROR or %G_IO_ERROR
 *
 * Returns: whether the file was written
 */
gboolean
vs_pdf_export_write_finish (VsReport      *report,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (VS_IS_REPORT (report), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, report), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == vs_pdf_export_write_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
