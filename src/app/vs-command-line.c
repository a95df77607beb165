/* vs-command-line.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "vs-choice.h"
#include "vs-command-line.h"
#include "vs-csv-export.h"
#include "vs-dataset-loader.h"
#include "vs-display-text.h"
#include "vs-export-file.h"
#include "vs-format.h"
#include "vs-markdown-export.h"
#include "vs-pdf-export.h"
#include "vs-question.h"
#include "vs-report.h"
#include "vs-session.h"
#include "vs-subject.h"
#include "vs-table-import.h"
#include "vs-verdict.h"

/* The modes of `versus` that work without a display. They run before the
 * GApplication exists, so that they never need GTK, a display or D-Bus, and
 * so that bad usage exits with 2 (GApplication would exit with 1).
 */

typedef struct
{
  gboolean validate;
  gboolean verdict;
  gboolean version;
  char *export_pdf;
  char *export_csv;
  char *export_markdown;
  char *paper;
  char *subjects;
  char **answers;
  char **important;
  char **files;
  char *import_csv;
  char *import_markdown;
  char *output;
  char *title;
} Options;

static void
options_clear (Options *options)
{
  g_clear_pointer (&options->export_pdf, g_free);
  g_clear_pointer (&options->export_csv, g_free);
  g_clear_pointer (&options->export_markdown, g_free);
  g_clear_pointer (&options->paper, g_free);
  g_clear_pointer (&options->subjects, g_free);
  g_clear_pointer (&options->answers, g_strfreev);
  g_clear_pointer (&options->important, g_strfreev);
  g_clear_pointer (&options->files, g_strfreev);
  g_clear_pointer (&options->import_csv, g_free);
  g_clear_pointer (&options->import_markdown, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->title, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

G_GNUC_PRINTF (1, 2)
static int
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("versus: %s\n", message);
  g_printerr (_("Run “versus --help” to see the options.\n"));

  return VS_EXIT_USAGE;
}

static void
print_load_error (const char   *file_label,
                  const GError *error)
{
  g_autofree char *label = vs_display_path (file_label);
  g_autofree char *message = vs_dataset_error_format (label, error);

  g_printerr ("versus: %s\n", message);
}

/* Loads FILE, or the built-in dataset when @file_label is NULL. */
static VsDataset *
load_dataset (const char *file_label)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  VsDataset *dataset;

  if (file_label == NULL)
    return vs_dataset_loader_load_builtin ();

  file = g_file_new_for_commandline_arg (file_label);
  dataset = vs_dataset_loader_load_file (file, NULL, &error);
  if (dataset == NULL)
    print_load_error (file_label, error);

  return dataset;
}

static int
run_validate (Options *options)
{
  int status = VS_EXIT_OK;

  if (options->files == NULL)
    return usage_error (_("--validate needs the dataset FILE to check"));

  for (guint i = 0; options->files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->files[i]);
      g_autoptr(VsDataset) dataset = NULL;
      g_autoptr(GPtrArray) diagnostics = vs_dataset_validate_file (file, NULL, &dataset);
      g_autofree char *valid = NULL;
      g_autofree char *label = vs_display_path (options->files[i]);
      g_autofree char *title = NULL;
      guint n_features;
      guint n_warnings;

      /* Every error and warning, each on its line: `FILE:LINE:COL: $.path: message`. */
      for (guint j = 0; j < diagnostics->len; j++)
        {
          const VsDiagnostic *diagnostic = g_ptr_array_index (diagnostics, j);
          g_autofree char *line = vs_diagnostic_format (diagnostic, label);

          if (diagnostic->kind == VS_DIAGNOSTIC_ERROR)
            g_printerr ("versus: %s\n", line);
          else
            /* Translators: a warning about a dataset: “FILE:LINE:COL: $.path: message” */
            g_printerr (_("versus: warning: %s\n"), line);
        }

      if (dataset == NULL)
        {
          status = VS_EXIT_BAD_INPUT;
          continue;
        }

      n_features = g_list_model_get_n_items (vs_dataset_get_features (dataset));
      n_warnings = vs_dataset_get_n_warnings (dataset);
      title = vs_display_text (vs_dataset_get_title (dataset), -1, VS_DISPLAY_TEXT_DEFAULT);
      /* Translators: “FILE: “Node.js vs Python” is a valid comparison of 16 features” */
      valid = g_strdup_printf (ngettext ("%s: “%s” is a valid comparison of %u feature",
                                         "%s: “%s” is a valid comparison of %u features",
                                         n_features),
                               label, title, n_features);
      if (n_warnings == 0)
        g_print ("%s\n", valid);
      else
        /* Translators: --validate's line for a file with warnings: the placeholder is
         * “FILE: “Node.js vs Python” is a valid comparison of 16 features”
         */
        g_print (ngettext ("%s, with %u warning\n", "%s, with %u warnings\n", n_warnings),
                 valid, n_warnings);
    }

  return status;
}

/* The ids of @question's choices, as “a, b, c”. */
static char *
list_choices (VsQuestion *question)
{
  GListModel *choices = vs_question_get_choices (question);
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(VsChoice) choice = g_list_model_get_item (choices, i);

      g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", vs_choice_get_id (choice));
    }

  return g_string_free (list, FALSE);
}

static int
apply_answers (Options   *options,
               VsVerdict *verdict)
{
  g_autoptr(GHashTable) answered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; options->answers && options->answers[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) parts = g_strsplit (options->answers[i], "=", 2);

      if (parts[0] == NULL || parts[1] == NULL || *parts[0] == '\0' || *parts[1] == '\0')
        return usage_error (_("--answer %s: write the answer as QUESTION=CHOICE"),
                            options->answers[i]);

      if (g_hash_table_contains (answered, parts[0]))
        return usage_error (_("--answer %s: the question “%s” is answered twice"),
                            options->answers[i], parts[0]);

      if (!vs_verdict_answer_by_id (verdict, parts[0], parts[1], &error))
        {
          VsQuestion *question;

          if (g_error_matches (error, VS_VERDICT_ERROR, VS_VERDICT_ERROR_UNKNOWN_CHOICE) &&
              (question = vs_dataset_find_question (vs_verdict_get_dataset (verdict), parts[0])))
            {
              g_autofree char *choices = list_choices (question);

              return usage_error (_("--answer %s: the question “%s” has no choice “%s”; "
                                    "choose one of: %s"),
                                  options->answers[i], parts[0], parts[1], choices);
            }

          return usage_error ("--answer %s: %s", options->answers[i], error->message);
        }

      g_hash_table_add (answered, g_strdup (parts[0]));
    }

  for (guint i = 0; options->important && options->important[i]; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!vs_verdict_mark_important_by_id (verdict, options->important[i], &error))
        return usage_error ("--important %s: %s", options->important[i], error->message);

      /* An answer that is not given cannot count twice. */
      if (!g_hash_table_contains (answered, options->important[i]))
        return usage_error (_("--important %s: the question “%s” has no --answer"),
                            options->important[i], options->important[i]);
    }

  return VS_EXIT_OK;
}

static void
print_result (VsDataset       *dataset,
              VsVerdictResult *result)
{
  guint n_entries = g_list_model_get_n_items (G_LIST_MODEL (result));
  int name_width = 0;
  int points_width = 0;

  g_print ("%s\n", vs_dataset_get_title (dataset));

  if (!vs_verdict_result_get_is_decisive (result))
    g_print ("%s\n", vs_verdict_result_get_n_answers (result) == 0
                     ? _("No question was answered: the answers do not separate the subjects.")
                     : _("The answers do not separate the subjects: they are tied."));

  for (guint i = 0; i < n_entries; i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);
      VsSubject *subject = vs_verdict_entry_get_subject (entry);

      name_width = MAX (name_width, (int)g_utf8_strlen (vs_subject_get_name (subject), -1));
      for (guint r = 0; r < vs_verdict_entry_get_n_reasons (entry); r++)
        {
          g_autofree char *points =
            vs_verdict_reason_format_points (vs_verdict_entry_get_reason (entry, r));

          points_width = MAX (points_width, (int)g_utf8_strlen (points, -1));
        }
    }

  for (guint i = 0; i < n_entries; i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);
      const char *name = vs_subject_get_name (vs_verdict_entry_get_subject (entry));
      g_autofree char *score = vs_format_score (vs_verdict_entry_get_score (entry));
      /* printf pads by bytes; pad by characters so that names in any script line up. */
      int padding = name_width - (int)g_utf8_strlen (name, -1);

      g_print ("%s%u. %s%*s  %s\n",
               vs_verdict_entry_get_tied (entry) ? "=" : "",
               vs_verdict_entry_get_rank (entry),
               name, padding, "",
               score);

      for (guint r = 0; r < vs_verdict_entry_get_n_reasons (entry); r++)
        {
          const VsVerdictReason *reason = vs_verdict_entry_get_reason (entry, r);
          g_autofree char *described = vs_verdict_reason_describe (reason);
          g_autofree char *text = vs_format_reason (described, reason->important);
          g_autofree char *points = vs_verdict_reason_format_points (reason);
          /* The points right-aligned, so that they can be added up by eye. */
          int points_padding = points_width - (int)g_utf8_strlen (points, -1);

          g_print ("   %*s%s  %s\n", points_padding, "", points, text);
        }
    }
}

static int
run_verdict (Options *options)
{
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(VsVerdict) verdict = NULL;
  g_autoptr(VsVerdictResult) result = NULL;
  const char *file_label = NULL;
  int status;

  if (options->files != NULL)
    {
      if (g_strv_length (options->files) > 1)
        return usage_error (_("--verdict reads one dataset, not %u"),
                            g_strv_length (options->files));
      file_label = options->files[0];
    }

  if (!(dataset = load_dataset (file_label)))
    return VS_EXIT_BAD_INPUT;

  if (g_list_model_get_n_items (vs_dataset_get_questions (dataset)) == 0)
    {
      g_autofree char *label = (file_label != NULL ?
                                vs_display_path (file_label) :
                                vs_display_text (vs_dataset_get_title (dataset), -1,
                                                 VS_DISPLAY_TEXT_DEFAULT));

      g_printerr (_("versus: %s: the dataset has no verdict questions\n"), label);
      return VS_EXIT_BAD_INPUT;
    }

  verdict = vs_verdict_new (dataset);
  if ((status = apply_answers (options, verdict)) != VS_EXIT_OK)
    return status;

  result = vs_verdict_compute (verdict);
  print_result (dataset, result);

  return VS_EXIT_OK;
}

/* The option that names the export asked for, and its file. */
static const char *
export_option (Options     *options,
               const char **out)
{
  if (options->export_pdf != NULL)
    {
      *out = options->export_pdf;
      return "--export-pdf";
    }

  if (options->export_csv != NULL)
    {
      *out = options->export_csv;
      return "--export-csv";
    }

  *out = options->export_markdown;
  return "--export-markdown";
}

/* Finds the subjects of --subjects ID,ID… in @dataset, in that order. */
static int
find_subjects (Options    *options,
               VsDataset  *dataset,
               GPtrArray **subjects)
{
  g_auto(GStrv) ids = g_strsplit (options->subjects, ",", -1);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *id = g_strstrip (ids[i]);
      VsSubject *subject = vs_dataset_find_subject (dataset, id);

      if (subject == NULL)
        {
          g_autoptr(GString) valid = g_string_new (NULL);

          for (guint s = 0; s < vs_dataset_get_n_subjects (dataset); s++)
            {
              VsSubject *valid_subject = vs_dataset_get_subject (dataset, s);
              g_autofree char *shown = vs_display_text (vs_subject_get_id (valid_subject), -1,
                                                        VS_DISPLAY_TEXT_DEFAULT);

              g_string_append_printf (valid, "%s%s", s > 0 ? ", " : "", shown);
            }

          return usage_error (_("--subjects %s: there is no subject “%s”; the subjects are %s"),
                              options->subjects, id, valid->str);
        }

      if (g_ptr_array_find (found, subject, NULL))
        return usage_error (_("--subjects %s: “%s” is listed twice"), options->subjects, id);

      g_ptr_array_add (found, subject);
    }

  *subjects = g_steal_pointer (&found);

  return VS_EXIT_OK;
}

static int
run_export (Options *options)
{
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(GPtrArray) subjects = NULL;
  g_autoptr(VsSession) session = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GError) error = NULL;
  VsReportPaper paper = VS_REPORT_PAPER_A4;
  g_autofree char *out_label = NULL;
  g_autofree char *title = NULL;
  const char *file_label = NULL;
  const char *option;
  const char *out;
  gboolean written;
  int status;

  option = export_option (options, &out);

  if (*out == '\0')
    return usage_error (_("%s needs the name of the file to write"), option);

  if (options->files != NULL)
    {
      if (g_strv_length (options->files) > 1)
        return usage_error (_("%s reads one dataset, not %u"), option,
                            g_strv_length (options->files));
      file_label = options->files[0];
    }

  if (options->paper != NULL)
    {
      if (g_ascii_strcasecmp (options->paper, "a4") == 0)
        paper = VS_REPORT_PAPER_A4;
      else if (g_ascii_strcasecmp (options->paper, "letter") == 0)
        paper = VS_REPORT_PAPER_LETTER;
      else
        return usage_error (_("--paper %s: the paper is “a4” or “letter”"), options->paper);
    }

  if (options->subjects != NULL)
    {
      g_auto(GStrv) ids = g_strsplit (options->subjects, ",", -1);

      /* `--subjects ""` would export no subject at all. */
      if (ids[0] == NULL)
        return usage_error (_("--subjects needs at least one subject: write them as ID,ID…"));

      for (guint i = 0; ids[i] != NULL; i++)
        if (*g_strstrip (ids[i]) == '\0')
          return usage_error (_("--subjects %s: write the subjects as ID,ID…"), options->subjects);
    }

  /* Refuse a target that is not a file, or is the dataset, before reading. */
  target = g_file_new_for_commandline_arg (out);
  if (file_label != NULL)
    source = g_file_new_for_commandline_arg (file_label);
  if (!vs_export_file_check_target (target, source, &error))
    {
      g_autofree char *label = vs_display_path (out);

      g_printerr ("versus: %s: %s\n", label, error->message);
      return VS_EXIT_BAD_INPUT;
    }

  if (!(dataset = load_dataset (file_label)))
    return VS_EXIT_BAD_INPUT;

  if (options->subjects != NULL &&
      (status = find_subjects (options, dataset, &subjects)) != VS_EXIT_OK)
    return status;

  /* What the window would show: the exports are built from it alike. */
  session = vs_session_new (dataset);
  vs_session_set_subjects (session, subjects);

  out_label = vs_display_path (out);
  title = vs_display_text (vs_dataset_get_title (dataset), -1, VS_DISPLAY_TEXT_DEFAULT);

  if (options->export_pdf != NULL)
    {
      g_autoptr(VsReport) report = NULL;

      if ((status = apply_answers (options, vs_session_get_verdict (session))) != VS_EXIT_OK)
        return status;

      report = vs_report_new_for_session (session);
      vs_report_set_paper (report, paper);

      written = vs_pdf_export_write (report, target, NULL, &error);
      if (written)
        {
          guint n_pages = vs_report_get_n_pages (report);

          /* Translators: “OUT.pdf: wrote the report on “Node.js vs Python”, 9 pages” */
          g_print (ngettext ("%s: wrote the report on “%s”, %u page\n",
                             "%s: wrote the report on “%s”, %u pages\n", n_pages),
                   out_label, title, n_pages);
        }
    }
  else
    {
      guint n_features = g_list_model_get_n_items (vs_dataset_get_features (dataset));

      if (options->export_csv != NULL)
        written = vs_csv_export_write (dataset, vs_session_get_subjects (session), target, NULL,
                                       &error);
      else
        written = vs_markdown_export_write (dataset, vs_session_get_subjects (session), target,
                                            NULL, &error);

      if (written)
        /* Translators: “OUT.csv: wrote the 16 features of “Node.js vs Python”” */
        g_print (ngettext ("%s: wrote the %u feature of “%s”\n",
                           "%s: wrote the %u features of “%s”\n", n_features),
                 out_label, n_features, title);
    }

  if (!written)
    {
      g_printerr ("versus: %s: %s\n", out_label, error->message);
      return VS_EXIT_BAD_INPUT;
    }

  return VS_EXIT_OK;
}

static void
print_import_error (const char   *file_label,
                    const GError *error)
{
  g_autofree char *message = error->domain == VS_DATASET_ERROR
                             ? vs_dataset_error_format (file_label, error)
                             : vs_table_import_error_format (file_label, error);

  g_printerr ("versus: %s\n", message);
}

static gboolean
write_import_cb (const char  *data,
                 gsize        length,
                 gpointer     user_data,
                 GError     **error)
{
  return vs_export_file_write (user_data, data, length, error);
}

/* Makes a dataset of a CSV or Markdown table (--import-csv, --import-markdown). */
static int
run_import (Options *options,
            guint    n_exports)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(VsExportFile) file = NULL;
  g_auto(VsTableImportSummary) summary = { 0 };
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  VsTableFormat format;
  const char *contents;
  const char *option;
  const char *in;

  if (options->import_csv == NULL && options->import_markdown == NULL)
    return usage_error (_("-o and --title go with --import-csv or --import-markdown"));

  if (options->import_csv != NULL && options->import_markdown != NULL)
    return usage_error (_("--import-csv and --import-markdown cannot be used together"));

  format = options->import_csv != NULL ? VS_TABLE_FORMAT_CSV : VS_TABLE_FORMAT_MARKDOWN;
  option = format == VS_TABLE_FORMAT_CSV ? "--import-csv" : "--import-markdown";
  in = format == VS_TABLE_FORMAT_CSV ? options->import_csv : options->import_markdown;

  if (n_exports > 0 || options->validate || options->verdict)
    {
      const char *out;

      return usage_error (_("%s cannot be used with %s"), option,
                          n_exports > 0 ? export_option (options, &out)
                                        : options->validate ? "--validate" : "--verdict");
    }

  if (*in == '\0')
    return usage_error (_("%s needs the name of the table to read"), option);

  if (options->output == NULL || *options->output == '\0')
    return usage_error (_("%s needs -o OUT.json, the dataset to write"), option);

  if (options->files != NULL)
    return usage_error (_("%s reads the table given with it; “%s” is one file too many"),
                        option, options->files[0]);

  /* Refuse a target that is not a file, or is the table, before reading. */
  if (strcmp (options->output, "-") != 0)
    {
      target = g_file_new_for_commandline_arg (options->output);
      source = g_file_new_for_commandline_arg (in);
      if (!vs_export_file_check_target (target, source, &error))
        {
          g_printerr ("versus: %s: %s\n", options->output,
                      g_error_matches (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_SAME_FILE)
                      ? _("this is the table being imported; choose another file to write "
                          "the dataset to")
                      : error->message);
          return VS_EXIT_BAD_INPUT;
        }
    }

  if (!g_file_test (in, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("versus: %s: there is no such file\n"), in);
      return VS_EXIT_BAD_INPUT;
    }

  if (!g_file_test (in, G_FILE_TEST_IS_REGULAR))
    {
      g_printerr (_("versus: %s: this is not a file; save the table as a file first\n"), in);
      return VS_EXIT_BAD_INPUT;
    }

  /* Mapped, not read: a large table costs no copy. */
  mapped = g_mapped_file_new (in, FALSE, &error);
  if (mapped == NULL)
    {
      g_printerr ("versus: %s: %s\n", in, error->message);
      return VS_EXIT_BAD_INPUT;
    }

  contents = g_mapped_file_get_length (mapped) > 0 ? g_mapped_file_get_contents (mapped) : "";

  /* Standard output takes the dataset once it is whole: a failure prints nothing. */
  if (target == NULL)
    {
      json = vs_table_import (contents, g_mapped_file_get_length (mapped), format,
                              options->title, in, &summary, &error);
      if (json == NULL)
        {
          print_import_error (in, error);
          return VS_EXIT_BAD_INPUT;
        }

      if (fputs (json, stdout) == EOF || fflush (stdout) != 0)
        {
          g_printerr (_("versus: -: the dataset could not be written to standard output\n"));
          return VS_EXIT_BAD_INPUT;
        }
      return VS_EXIT_OK;
    }

  /* A file takes it a piece at a time, and is only kept when it is whole. */
  if (!(file = vs_export_file_open (target, &error)))
    {
      g_printerr ("versus: %s: %s\n", options->output, error->message);
      return VS_EXIT_BAD_INPUT;
    }

  if (!vs_table_import_write (contents, g_mapped_file_get_length (mapped), format,
                              options->title, in, write_import_cb, file, &summary, &error))
    {
      if (error->domain == VS_EXPORT_ERROR || error->domain == G_IO_ERROR)
        g_printerr ("versus: %s: %s\n", options->output, error->message);
      else
        print_import_error (in, error);
      return VS_EXIT_BAD_INPUT;
    }

  if (!vs_export_file_commit (file, NULL, &error))
    {
      g_printerr ("versus: %s: %s\n", options->output, error->message);
      return VS_EXIT_BAD_INPUT;
    }

  /* Translators: “OUT.json: wrote “Databases”, 2 subjects and 16 features” */
  g_print (ngettext ("%s: wrote “%s”, %u subjects and %u feature\n",
                     "%s: wrote “%s”, %u subjects and %u features\n", summary.n_features),
           options->output, summary.title, summary.n_subjects, summary.n_features);

  return VS_EXIT_OK;
}

/**
 * vs_command_line_run:
 * @argv: the arguments
 * @exit_status: (out): the status to exit with, when handled
 * @gui_files: (out) (transfer full) (nullable): the files to open in the GUI
 *
 * Runs the command-line modes (`--validate`, `--verdict`, the exports,
 * `--version`, `--help`) and refuses bad usage.
 *
 * Returns: %TRUE if the command line was handled and Versus should exit with
 *   @exit_status; %FALSE if the GUI should open @gui_files
 */
gboolean
vs_command_line_run (char  **argv,
                     int    *exit_status,
                     char ***gui_files)
{
  g_auto(Options) options = { 0 };
  const GOptionEntry entries[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, &options.validate,
      N_("Check dataset files and report their errors and warnings"), NULL },
    { "verdict", 0, 0, G_OPTION_ARG_NONE, &options.verdict,
      N_("Print the ranked verdict for the given answers, and its reasons"), NULL },
    { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, &options.export_pdf,
      N_("Write the PDF report of the dataset to OUT.pdf"), N_("OUT.pdf") },
    { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, &options.export_csv,
      N_("Write the feature table as CSV to OUT.csv"), N_("OUT.csv") },
    { "export-markdown", 0, 0, G_OPTION_ARG_FILENAME, &options.export_markdown,
      N_("Write the feature table as Markdown to OUT.md"), N_("OUT.md") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &options.paper,
      N_("Paper of the PDF report: a4 (the default) or letter"), N_("a4|letter") },
    { "subjects", 0, 0, G_OPTION_ARG_STRING, &options.subjects,
      N_("Export only these subjects, in this order"), N_("ID,ID…") },
    { "answer", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.answers,
      N_("Answer a verdict question (repeat for each question)"), N_("QUESTION=CHOICE") },
    { "important", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.important,
      N_("Count the answer to a question twice"), N_("QUESTION") },
    { "import-csv", 0, 0, G_OPTION_ARG_FILENAME, &options.import_csv,
      N_("Make a dataset of a CSV table (a header row of subjects, a row per feature)"),
      N_("TABLE.csv") },
    { "import-markdown", 0, 0, G_OPTION_ARG_FILENAME, &options.import_markdown,
      N_("Make a dataset of a Markdown table, such as --export-markdown writes"),
      N_("TABLE.md") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("Write the imported dataset to OUT.json (“-” for standard output)"), N_("OUT.json") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &options.title,
      N_("Title of the imported dataset (by default the table’s heading or file name)"),
      N_("TITLE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &options.version,
      N_("Show the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.files,
      NULL, N_("[FILE.json…]") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  guint n_exports;

  g_return_val_if_fail (argv != NULL && exit_status != NULL && gui_files != NULL, FALSE);

  *gui_files = NULL;

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Explore side-by-side comparisons of technologies. Without options, "
                                  "opens FILE.json, or the built-in Node.js vs Python comparison, "
                                  "in a window."));
  g_option_context_set_description (context,
                                    _("Examples:\n"
                                      "  versus --validate my-comparison.json\n"
                                      "  versus --verdict --answer ai-ml=yes --answer team-language=python\n"
                                      "  versus --export-pdf report.pdf --paper letter "
                                      "my-comparison.json\n"
                                      "  versus --export-csv table.csv --subjects nodejs,python\n"
                                      "\n"
                                      "Exit status: 0 on success, 1 for a dataset that cannot be "
                                      "read or a file that cannot be written, 2 for bad usage."));

  /* Parse a copy: GOptionContext rearranges the vector it is given. */
  args = g_strdupv (argv);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      *exit_status = usage_error ("%s", error->message);
      return TRUE;
    }

  if (options.version)
    {
      g_print ("versus %s\n", PACKAGE_VERSION);
      *exit_status = VS_EXIT_OK;
      return TRUE;
    }

  if (options.validate && options.verdict)
    {
      *exit_status = usage_error (_("--validate and --verdict cannot be used together"));
      return TRUE;
    }

  n_exports = ((options.export_pdf != NULL) + (options.export_csv != NULL) +
               (options.export_markdown != NULL));

  if (n_exports > 1)
    {
      *exit_status = usage_error (_("--export-pdf, --export-csv and --export-markdown cannot be "
                                    "used together"));
      return TRUE;
    }

  if (n_exports > 0 && (options.validate || options.verdict))
    {
      const char *out;

      *exit_status = usage_error (_("%s cannot be used with %s"), export_option (&options, &out),
                                  options.validate ? "--validate" : "--verdict");
      return TRUE;
    }

  if (!options.verdict && options.export_pdf == NULL &&
      (options.answers != NULL || options.important != NULL))
    {
      *exit_status = usage_error (_("--answer and --important go with --verdict or --export-pdf"));
      return TRUE;
    }

  if (options.paper != NULL && options.export_pdf == NULL)
    {
      *exit_status = usage_error (_("--paper goes with --export-pdf"));
      return TRUE;
    }

  if (options.subjects != NULL && n_exports == 0)
    {
      *exit_status = usage_error (_("--subjects goes with --export-pdf, --export-csv or "
                                    "--export-markdown"));
      return TRUE;
    }

  if (options.import_csv != NULL || options.import_markdown != NULL ||
      options.output != NULL || options.title != NULL)
    {
      *exit_status = run_import (&options, n_exports);
      return TRUE;
    }

  if (n_exports > 0)
    {
      *exit_status = run_export (&options);
      return TRUE;
    }

  if (options.validate)
    {
      *exit_status = run_validate (&options);
      return TRUE;
    }

  if (options.verdict)
    {
      *exit_status = run_verdict (&options);
      return TRUE;
    }

  *gui_files = g_steal_pointer (&options.files);

  return FALSE;
}
