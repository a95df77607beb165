/* vs-window-import.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vs-display-text.h"
#include "vs-export-file.h"
#include "vs-table-import.h"
#include "vs-window-private.h"

/* File ▸ Import Table…: a CSV or Markdown table becomes a comparison, as
 * `versus --import-csv TABLE -o OUT.json` makes it. The user picks the
 * table, then where to save the comparison; it is written atomically (a
 * failed import leaves no file) and opened in the window, from where Edit
 * Comparison goes on with it.
 */

static VsTableFormat
guess_format (GFile *table)
{
  g_autofree char *name = g_file_get_basename (table);
  g_autofree char *lower = g_utf8_strdown (name, -1);

  if (g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown"))
    return VS_TABLE_FORMAT_MARKDOWN;

  return VS_TABLE_FORMAT_CSV;
}

/**
 * vs_window_import_table:
 * @table: a CSV file, or a Markdown file (by its name's end)
 * @target: where to write the comparison
 * @error: return location for the message to show
 *
 * Makes a comparison of @table, writes it to @target and opens it.
 *
 * Returns: whether the comparison was written; on failure @target is
 *   left as it was
 */
gboolean
vs_window_import_table (VsWindow  *self,
                        GFile     *table,
                        GFile     *target,
                        GError   **error)
{
  g_autofree char *table_name = vs_display_file_name (table);
  g_autofree char *base_name = g_file_get_basename (table);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(VsTableImportSummary) summary = { 0 };
  g_autofree char *json = NULL;
  const char *path;

  g_return_val_if_fail (VS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (table) && G_IS_FILE (target), FALSE);

  /* The same checks as the command line's, before anything is read. */
  if (!vs_export_file_check_target (target, table, &local_error))
    {
      g_autofree char *target_name = vs_display_file_name (target);

      g_set_error (error, local_error->domain, local_error->code, "%s: %s", target_name,
                   g_error_matches (local_error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_SAME_FILE)
                   ? _("this is the table being imported; choose another file to write "
                       "the dataset to")
                   : local_error->message);
      return FALSE;
    }

  path = g_file_peek_path (table);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("%s: this is not a file; save the table as a file first"), table_name);
      return FALSE;
    }

  /* Mapped, not read: a large table costs no copy. */
  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", table_name,
                   local_error->message);
      return FALSE;
    }

  json = vs_table_import (g_mapped_file_get_contents (mapped), g_mapped_file_get_length (mapped),
                          guess_format (table), NULL, base_name, &summary, &local_error);
  if (json == NULL)
    {
      g_autofree char *message = vs_table_import_error_format (table_name, local_error);

      g_set_error_literal (error, local_error->domain, local_error->code, message);
      return FALSE;
    }

  if (!vs_export_file_replace_contents (target, json, strlen (json), NULL, &local_error))
    {
      g_autofree char *target_name = vs_display_file_name (target);

      g_set_error (error, local_error->domain, local_error->code, "%s: %s", target_name,
                   local_error->message);
      return FALSE;
    }

  vs_window_open_file (self, target);

  return TRUE;
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  VsWindow *self = user_data;
  GFile *table = g_object_get_data (G_OBJECT (dialog), "vs-table");
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) target = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (!vs_window_import_table (self, table, target, &error))
        vs_window_show_error (self, _("Could Not Import Table"), error->message);
    }

  g_object_unref (dialog);
}

/* Where to save the comparison: beside the table, under its name. */
static void
choose_target (VsWindow *self,
               GFile    *table)
{
  g_autofree char *base_name = g_file_get_basename (table);
  g_autofree char *name = NULL;
  g_autoptr(GFile) folder = g_file_get_parent (table);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;
  char *dot = strrchr (base_name, '.');

  if (dot != NULL && dot != base_name)
    *dot = '\0';
  name = g_strconcat (base_name, ".json", NULL);

  dialog = gtk_file_chooser_native_new (_("Save the New Comparison"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  gtk_file_filter_set_name (filter, _("Comparison Datasets (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);

  g_object_set_data_full (G_OBJECT (dialog), "vs-table", g_object_ref (table), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  VsWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) table = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      choose_target (self, table);
    }

  g_object_unref (dialog);
}

static void
import_table_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);
  g_autoptr(GtkFileFilter) tables = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) markdown = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;

  /* A native dialog, so that the file chooser portal works in the Flatpak. */
  dialog = gtk_file_chooser_native_new (_("Import Table"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  gtk_file_filter_set_name (tables, _("Tables (CSV, Markdown)"));
  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_set_name (markdown, _("Markdown Files"));
  gtk_file_filter_add_mime_type (tables, "text/csv");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_mime_type (tables, "text/markdown");
  gtk_file_filter_add_mime_type (markdown, "text/markdown");
  gtk_file_filter_add_suffix (tables, "csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (tables, "md");
  gtk_file_filter_add_suffix (markdown, "md");
  gtk_file_filter_add_suffix (tables, "markdown");
  gtk_file_filter_add_suffix (markdown, "markdown");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), tables);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), markdown);

  g_signal_connect_object (dialog, "response", G_CALLBACK (open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
vs_window_class_install_import_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-table", NULL,
                                   import_table_action_cb);
}
