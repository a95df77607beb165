/* vs-window-actions.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "vs-csv-export.h"
#include "vs-display-text.h"
#include "vs-export-file.h"
#include "vs-markdown-export.h"
#include "vs-pdf-export.h"
#include "vs-report.h"
#include "vs-window-private.h"

/* What the window does with the comparison on screen: Export as PDF…,
 * Export Table as CSV… and as Markdown…, Print…, Copy Table as Markdown and
 * the wizard's Export Verdict as PDF…. Printing and the PDF draw with the
 * same VsReport, so they never differ. All of them export what is shown:
 * the subjects of the shown columns, and the features that the search and
 * the filters of the Features view leave, in its order (the command line
 * exports everything). They read all of that from the window's session,
 * which the views keep up to date.
 */


/* Whether the search or the filters hide features; then how many are shown. */
static gboolean
count_shown_features (VsWindow *self,
                      guint    *n_shown,
                      guint    *n_all)
{
  GListModel *features = vs_session_get_features (vs_window_get_session (self));

  *n_all = g_list_model_get_n_items (vs_dataset_get_features (vs_window_get_dataset (self)));
  *n_shown = features != NULL ? g_list_model_get_n_items (features) : *n_all;

  return *n_shown != *n_all;
}

/* A file name from the dataset's title, without what a file system refuses. */
static char *
suggest_file_name (VsWindow   *self,
                   const char *suffix)
{
  g_autofree char *title = g_strdup (vs_dataset_get_title (vs_window_get_dataset (self)));

  g_strdelimit (title, "/\\:*?\"<>|", '-');
  g_strstrip (title);

  return g_strconcat (*title ? title : _("Comparison"), suffix, NULL);
}

/* ------------------------------------------------------------------------ */
/* Export as PDF                                                            */
/* ------------------------------------------------------------------------ */

typedef struct
{
  VsWindow *window;
  GFile *file;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportData, export_data_free)

/* A toast says where the export went, or a dialog why it failed. */
static void
show_export_result (ExportData   *data,
                    const GError *error)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *uri = NULL;
  AdwToast *toast;

  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        vs_window_show_error (data->window, _("Could Not Export"), error->message);
      return;
    }

  name = vs_display_file_name (data->file);
  /* Toast titles are markup in libadwaita 1.2: escape all of it.
   * Translators: the placeholder is a file name
   */
  title = g_markup_printf_escaped (_("Exported to “%s”"), name);
  uri = g_file_get_uri (data->file);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-exported");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  vs_window_add_toast (data->window, toast);
}

static void
export_pdf_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ExportData) data = user_data;
  g_autoptr(GError) error = NULL;

  vs_pdf_export_write_finish (VS_REPORT (object), result, &error);
  show_export_result (data, error);
}

/* CSV and Markdown are written in a thread too, atomically: a failure
 * loses nothing.
 */
static void
write_text_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  ExportData *data = task_data;
  const char *text = g_object_get_data (G_OBJECT (task), "vs-text");
  GError *error = NULL;

  if (vs_export_file_replace_contents (data->file, text, strlen (text), cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_text_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  ExportData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  show_export_result (data, error);
}

static void
export_table (VsWindow       *self,
              GFile          *file,
              VsWindowExport  kind)
{
  VsSession *session = vs_window_get_session (self);
  GPtrArray *subjects = vs_session_get_subjects (session);
  GListModel *features = vs_session_get_features (session);
  g_autoptr(GTask) task = NULL;
  ExportData *data;
  char *text;

  /* The text is made here, on the main thread: the thread only writes it. */
  if (kind == VS_WINDOW_EXPORT_CSV)
    text = vs_csv_export_features_to_string (vs_window_get_dataset (self), subjects, features);
  else
    text = vs_markdown_export_features_to_string (vs_window_get_dataset (self), subjects,
                                                  features);

  data = g_new0 (ExportData, 1);
  data->window = g_object_ref (self);
  data->file = g_object_ref (file);

  task = g_task_new (NULL, NULL, write_text_cb, NULL);
  g_task_set_source_tag (task, export_table);
  g_task_set_task_data (task, data, (GDestroyNotify)export_data_free);
  g_object_set_data_full (G_OBJECT (task), "vs-text", text, g_free);
  g_task_run_in_thread (task, write_text_thread);
}
static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  VsWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      VsWindowExport kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog),
                                                                "vs-export-kind"));

      if (kind == VS_WINDOW_EXPORT_CSV || kind == VS_WINDOW_EXPORT_MARKDOWN)
        export_table (self, file, kind);
      else
        vs_window_export_pdf (self, file);
    }

  g_object_unref (dialog);
}

/**
 * vs_window_get_export_title:
 * @kind: what is exported
 *
 * The title of the export dialog, which says when the search or the
 * filters leave some features out: “Export as CSV: 12 of 16 Features”.
 *
 * Returns: (transfer full): the title
 */
char *
vs_window_get_export_title (VsWindow       *self,
                            VsWindowExport  kind)
{
  const char *titles[] = {
    [VS_WINDOW_EXPORT_PDF] = _("Export as PDF"),
    [VS_WINDOW_EXPORT_VERDICT_PDF] = _("Export Verdict as PDF"),
    [VS_WINDOW_EXPORT_CSV] = _("Export Table as CSV"),
    [VS_WINDOW_EXPORT_MARKDOWN] = _("Export Table as Markdown"),
  };
  guint n_shown, n_all;

  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (kind <= VS_WINDOW_EXPORT_MARKDOWN, NULL);

  if (!count_shown_features (self, &n_shown, &n_all))
    return g_strdup (titles[kind]);

  /* Translators: the title of an export dialog when the search or the
   * filters hide features: “Export as CSV: 12 of 16 Features”
   */
  return g_strdup_printf (ngettext ("%s: %u of %u Feature", "%s: %u of %u Features", n_all),
                          titles[kind], n_shown, n_all);
}

static void
choose_export_file (VsWindow       *self,
                    VsWindowExport  kind)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *title = vs_window_get_export_title (self, kind);
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  switch (kind)
    {
    case VS_WINDOW_EXPORT_PDF:
      name = suggest_file_name (self, ".pdf");
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_suffix (filter, "pdf");
      break;

    case VS_WINDOW_EXPORT_VERDICT_PDF:
      /* Translators: the end of a suggested file name, after the comparison's title */
      name = suggest_file_name (self, _(" – Verdict.pdf"));
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_suffix (filter, "pdf");
      break;

    case VS_WINDOW_EXPORT_CSV:
      name = suggest_file_name (self, ".csv");
      gtk_file_filter_set_name (filter, _("CSV Files"));
      gtk_file_filter_add_mime_type (filter, "text/csv");
      gtk_file_filter_add_suffix (filter, "csv");
      break;

    case VS_WINDOW_EXPORT_MARKDOWN:
      name = suggest_file_name (self, ".md");
      gtk_file_filter_set_name (filter, _("Markdown Files"));
      gtk_file_filter_add_mime_type (filter, "text/markdown");
      gtk_file_filter_add_suffix (filter, "md");
      break;

    default:
      g_assert_not_reached ();
    }

  /* A native dialog, so that the file chooser portal works in the Flatpak. */
  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_set_data (G_OBJECT (dialog), "vs-export-kind", GINT_TO_POINTER (kind));

  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_pdf_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose_export_file (VS_WINDOW (widget), VS_WINDOW_EXPORT_PDF);
}

static void
export_verdict_pdf_action_cb (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  choose_export_file (VS_WINDOW (widget), VS_WINDOW_EXPORT_VERDICT_PDF);
}

static void
export_csv_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose_export_file (VS_WINDOW (widget), VS_WINDOW_EXPORT_CSV);
}

static void
export_markdown_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  choose_export_file (VS_WINDOW (widget), VS_WINDOW_EXPORT_MARKDOWN);
}

static void
open_exported_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  /* Through the OpenURI portal in the Flatpak. */
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* ------------------------------------------------------------------------ */
/* Print                                                                    */
/* ------------------------------------------------------------------------ */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                VsReport          *report)
{
  guint n_pages;

  /* Paginated for the printer's paper, with the same layout as the PDF. */
  n_pages = vs_report_layout (report,
                              gtk_print_context_get_cairo_context (context),
                              gtk_print_context_get_width (context),
                              gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              VsReport          *report)
{
  vs_report_draw_page (report, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               VsWindow                *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      vs_window_show_error (self, _("Could Not Print"), error->message);
    }
}

static void
print_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = vs_window_create_print_operation (self);
  g_autoptr(GError) error = NULL;

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    vs_window_show_error (self, _("Could Not Print"), error->message);
}

/**
 * vs_window_create_print_operation:
 *
 * Returns: (transfer full): a print operation that draws the report of what
 *   is on screen, page by page, with the PDF export's layout
 */
GtkPrintOperation *
vs_window_create_print_operation (VsWindow *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  /* Copies of what is shown: the user may go on changing it. */
  VsReport *report = vs_report_new_for_session (vs_window_get_session (self));

  gtk_print_operation_set_job_name (operation, vs_dataset_get_title (vs_window_get_dataset (self)));
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  /* The operation owns the report until it is finalized. */
  g_object_set_data_full (G_OBJECT (operation), "vs-report", report, g_object_unref);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), report);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  return operation;
}

/* ------------------------------------------------------------------------ */
/* Copy Table as Markdown                                                   */
/* ------------------------------------------------------------------------ */

static void
copy_markdown_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);
  VsSession *session = vs_window_get_session (self);
  g_autofree char *markdown = NULL;
  guint n_shown, n_all;

  markdown = vs_markdown_export_features_to_string (vs_session_get_dataset (session),
                                                    vs_session_get_subjects (session),
                                                    vs_session_get_features (session));
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), markdown);

  if (count_shown_features (self, &n_shown, &n_all))
    {
      /* Toast titles are markup in libadwaita 1.2; this one has none.
       * Translators: when the search or the filters hide features
       */
      g_autofree char *title = g_strdup_printf (ngettext ("Table copied as Markdown: %u of %u feature",
                                                          "Table copied as Markdown: %u of %u features",
                                                          n_all),
                                                n_shown, n_all);

      vs_window_add_toast (self, adw_toast_new (title));
    }
  else
    {
      vs_window_add_toast (self, adw_toast_new (_("Table copied as Markdown")));
    }
}

/**
 * vs_window_export_pdf:
 * @file: where to write
 *
 * Writes the report of what is on screen to @file, in a thread; a toast
 * says where it went, or a dialog why it failed. A target that is not a
 * writable file, or is the dataset's own file, is refused at once in a
 * toast.
 */
void
vs_window_export_pdf (VsWindow *self,
                      GFile    *file)
{
  g_autoptr(VsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  ExportData *data;

  g_return_if_fail (VS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!vs_export_file_check_target (file, vs_window_get_dataset_file (self), &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Toast titles are markup in libadwaita 1.2: escape all of it.
       * Translators: “Could not export to “FILE”: why”
       */
      g_autofree char *title = g_markup_printf_escaped (_("Could not export to “%s”: %s"),
                                                        name, error->message);
      AdwToast *toast = adw_toast_new (title);

      /* Shown at once, in front of an earlier toast, until dismissed. */
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_timeout (toast, 0);
      vs_window_add_toast (self, toast);
      return;
    }

  /* Copies of what is shown: the export reads them in a thread while the
   * user may go on answering in the wizard.
   */
  report = vs_report_new_for_session (vs_window_get_session (self));
  data = g_new0 (ExportData, 1);
  data->window = g_object_ref (self);
  data->file = g_object_ref (file);

  /* Written to a temporary file renamed into place: a failure loses nothing. */
  vs_pdf_export_write_async (report, file, NULL, export_pdf_cb, data);
}

/**
 * vs_window_export_csv:
 * @file: where to write
 *
 * Writes the feature table as shown (its columns, and the features that
 * the search and the filters leave, in the table's order) to @file as CSV.
 */
void
vs_window_export_csv (VsWindow *self,
                      GFile    *file)
{
  g_return_if_fail (VS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  export_table (self, file, VS_WINDOW_EXPORT_CSV);
}

/**
 * vs_window_export_markdown:
 * @file: where to write
 *
 * Writes the feature table as shown to @file as Markdown.
 */
void
vs_window_export_markdown (VsWindow *self,
                           GFile    *file)
{
  g_return_if_fail (VS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  export_table (self, file, VS_WINDOW_EXPORT_MARKDOWN);
}

void
vs_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action_cb);
  gtk_widget_class_install_action (widget_class, "win.export-verdict-pdf", NULL,
                                   export_verdict_pdf_action_cb);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv_action_cb);
  gtk_widget_class_install_action (widget_class, "win.export-markdown", NULL,
                                   export_markdown_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-exported", "s",
                                   open_exported_action_cb);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action_cb);
  gtk_widget_class_install_action (widget_class, "win.copy-markdown", NULL,
                                   copy_markdown_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
}
