/* test-i18n.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#ifdef HAVE_POPPLER_GLIB
#include <poppler.h>
#endif

#include "test-widgets.h"
#include "vs-window.h"

/* The translations of po/ as a user meets them, in German and in French:
 * the command line (`versus --help`, `--verdict`), the window (its views
 * and the built-in dataset, whose text the loader looks up in the catalogue)
 * and the PDF report. The catalogues are the .mo files that `ninja` builds
 * in build/po, found through VERSUS_LOCALEDIR, as `build-aux/dev run` does.
 *
 * The tests run with LC_ALL=C.UTF-8 and pick the language with LANGUAGE
 * alone: glibc ignores LANGUAGE only when the locale is exactly "C", and
 * C.UTF-8 is built into glibc, so nothing has to be installed.
 */

#define UI_LOCALE "C.UTF-8"

typedef struct
{
  const char *language;

  /* In `versus --help` (only Versus's own text: GOption's “Usage:” comes
   * from GLib's catalogue, which may not be installed).
   */
  const char *help[5];
  /* In `versus --verdict --answer ai-ml=yes`: the dataset's reason. */
  const char *verdict_reason;
  /* After that reason when its answer is marked important (vs_format_reason()). */
  const char *verdict_important;

  /* The titles of the window's views, in order. */
  const char *view_titles[5];
  /* Labels and placeholders of the window's templates. */
  const char *window_texts[4];
  /* The built-in dataset. */
  const char *dataset_title;
  const char *dataset_subtitle;
  const char *performance_name;
  const char *learning_curve_python;

  /* In the PDF report, with the answer ai-ml=yes: headings and text. */
  const char *pdf[10];
  /* Cells of its feature table: a heading, a tie and a feature's value. */
  const char *pdf_cells[3];
} Language;

static const Language german = {
  .language = "de",
  .help = {
    "Nur diese Technologien exportieren, in dieser Reihenfolge",
    "Datensatzdateien prüfen und ihre Fehler und Warnungen melden",
    "--export-pdf=AUSGABE.pdf",
    "Beispiele:",
    "Exit-Status: 0 bei Erfolg",
  },
  .verdict_reason = "Ihr Projekt umfasst Data Science oder KI/ML",
  .verdict_important = "Ihr Projekt umfasst Data Science oder KI/ML (für Sie wichtig: doppelt gezählt)",
  .view_titles = { "Übersicht", "Merkmale", "Szenarien", "Firmen", "Fazit" },
  .window_texts = { "Besonderheiten", "Bewertungen", "Merkmale durchsuchen …", "Schlagwörter" },
  .dataset_title = "Node.js vs. Python",
  .dataset_subtitle = "Die beste Backend-Technologie für Ihre Web-App wählen",
  .performance_name = "Leistung",
  .learning_curve_python = "Einfach, einsteigerfreundlich mit klarer, gut lesbarer Syntax",
  .pdf = {
    "Übersicht",
    "Besonderheiten",
    "Bewertungen",
    "Szenarien",
    "Firmen",
    "Fazit",
    "Ihre Antwort",
    "Rangfolge",
    "Wählen Sie Python in diesen Fällen:",
    "Seite 1 von",
  },
  .pdf_cells = {
    "Vorteil",
    "Gleichauf",
    "Einfach, einsteigerfreundlich mit klarer, gut lesbarer Syntax",
  },
};

/* French puts a no-break space (U+00A0) before “:” and “?”. */
static const Language french = {
  .language = "fr",
  .help = {
    "N’exporter que ces technologies, dans cet ordre",
    "Vérifier des fichiers de jeu de données et signaler leurs erreurs et avertissements",
    "--export-pdf=SORTIE.pdf",
    "Exemples\u00a0:",
    "Code de sortie\u00a0: 0 en cas de succès",
  },
  .verdict_reason = "Votre projet fait appel à la science des données ou à l’IA/ML",
  .verdict_important = "(important pour vous\u00a0: compté deux fois)",
  .view_titles = { "Aperçu", "Critères", "Usages", "Sociétés", "Verdict" },
  .window_texts = { "Points forts", "Notes", "Rechercher des critères…", "Étiquettes" },
  .dataset_title = "Node.js vs Python",
  .dataset_subtitle = "Choisir la meilleure technologie backend pour votre application web",
  .performance_name = "Performances",
  .learning_curve_python = "Facile, accessible aux débutants, avec une syntaxe claire et lisible",
  .pdf = {
    "Aperçu",
    "Points forts",
    "Notes",
    "Usages",
    "Sociétés",
    "Verdict",
    "Votre réponse",
    "Classement",
    "Choisissez Python si :",
    "Page 1 sur",
  },
  .pdf_cells = {
    "Avantage",
    "Égalité",
    "Facile, accessible aux débutants, avec une syntaxe claire et lisible",
  },
};

/* ------------------------------------------------------------------------ */
/* Helpers                                                                   */
/* ------------------------------------------------------------------------ */

/* The catalogue of @language that `ninja` builds: without it, every check
 * below would fail on English text, so say so first.
 */
static void
assert_catalogue_built (const char *language)
{
  const char *localedir = g_getenv ("VERSUS_LOCALEDIR");
  g_autofree char *mo = NULL;

  g_assert_nonnull (localedir);
  mo = g_build_filename (localedir, language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    g_error ("%s is missing: build the translations (ninja -C build) first", mo);
}

/* Text with every run of white space (line breaks of the PDF, no-break
 * spaces) made one space, so that wrapped lines still match.
 */
static char *
squeeze_spaces (const char *text)
{
  GString *squeezed = g_string_new (NULL);
  gboolean in_space = FALSE;

  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar ch = g_utf8_get_char (c);

      if (g_unichar_isspace (ch))
        {
          in_space = TRUE;
          continue;
        }
      if (in_space && squeezed->len > 0)
        g_string_append_c (squeezed, ' ');
      in_space = FALSE;
      g_string_append_unichar (squeezed, ch);
    }

  return g_string_free (squeezed, FALSE);
}

static void
assert_has_text (const char *haystack,
                 const char *needle)
{
  g_autofree char *squeezed_haystack = squeeze_spaces (haystack);
  g_autofree char *squeezed_needle = squeeze_spaces (needle);

  if (strstr (squeezed_haystack, squeezed_needle) == NULL)
    {
      g_test_message ("“%s” is not in:\n%s", needle, haystack);
      g_test_fail_printf ("“%s” is missing", needle);
    }
}

/* Runs `versus ARGS…` in @language and returns its standard output. */
static char *
run_versus (const Language     *language,
            const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;

  g_ptr_array_add (argv, (char *)g_getenv ("VERSUS_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", UI_LOCALE, TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", language->language, TRUE);

  subprocess = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (subprocess, NULL, NULL, &stdout_text, &stderr_text, &error);
  g_assert_no_error (error);

  g_test_message ("LANGUAGE=%s versus %s\n--- stdout:\n%s--- stderr:\n%s---",
                  language->language, args[0], stdout_text, stderr_text);
  g_assert_true (g_subprocess_get_if_exited (subprocess));
  g_assert_cmpint (g_subprocess_get_exit_status (subprocess), ==, 0);
  g_assert_null (strstr (stderr_text, "CRITICAL"));
  g_assert_null (strstr (stderr_text, "WARNING **"));

  return stdout_text;
}

#define versus(language, ...) run_versus (language, (const char * const []) { __VA_ARGS__, NULL })

/* Switches the test's own process to @language. gettext keeps the strings
 * it has looked up: setting the text domain again flushes that cache (the
 * gettext manual's way of changing languages at run time).
 */
static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  textdomain (textdomain (NULL));
}

/* The text of every label, and the placeholder of every entry, under @widget. */
static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));

  if (GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_ENTRY (widget))
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      if (placeholder != NULL)
        g_ptr_array_add (texts, g_steal_pointer (&placeholder));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

static AdwViewStack *
find_view_stack (GtkWidget *widget)
{
  if (ADW_IS_VIEW_STACK (widget))
    return ADW_VIEW_STACK (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwViewStack *stack = find_view_stack (child);

      if (stack != NULL)
        return stack;
    }

  return NULL;
}

static gboolean
texts_contain (GPtrArray  *texts,
               const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (texts, i), text) == 0)
      return TRUE;

  return FALSE;
}

static VsFeature *
find_feature (VsDataset  *dataset,
              const char *id)
{
  GListModel *features = vs_dataset_get_features (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (features); i++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, i);

      /* The dataset keeps its features: the pointer stays valid. */
      if (g_str_equal (vs_feature_get_id (feature), id))
        return feature;
    }

  g_error ("the built-in dataset has no feature “%s”", id);
}

static guint
find_subject (VsDataset  *dataset,
              const char *id)
{
  for (guint i = 0; i < vs_dataset_get_n_subjects (dataset); i++)
    if (g_str_equal (vs_subject_get_id (vs_dataset_get_subject (dataset, i)), id))
      return i;

  g_error ("the built-in dataset has no subject “%s”", id);
}

/* The text of the pages of the PDF at @path, or NULL when nothing here
 * can read it. Both poppler and pdftotext give a table column by column,
 * each cell's lines together: a cell's text is found once line breaks are
 * made spaces.
 */
static char *
read_pdf_text (const char *path)
{
#ifdef HAVE_POPPLER_GLIB
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
      g_object_unref (page);
    }
  g_object_unref (document);

  return g_string_free (text, FALSE);
#else
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  if (pdftotext == NULL)
    return NULL;

  g_spawn_sync (NULL, (char *[]) { pdftotext, (char *)path, (char *)"-", NULL }, NULL,
                G_SPAWN_DEFAULT, NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return text;
#endif
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                     */
/* ------------------------------------------------------------------------ */

/* `versus --help` and `versus --verdict`: GOption's help from the
 * catalogue, and the built-in dataset's text in the verdict's reasons.
 */
static void
test_command_line (gconstpointer data)
{
  const Language *language = data;
  g_autofree char *help = NULL;
  g_autofree char *verdict = NULL;
  g_autofree char *important = NULL;

  assert_catalogue_built (language->language);

  help = versus (language, "--help");
  for (guint i = 0; i < G_N_ELEMENTS (language->help); i++)
    assert_has_text (help, language->help[i]);
  g_assert_null (strstr (help, "Check dataset files"));

  verdict = versus (language, "--verdict", "--answer", "ai-ml=yes");
  assert_has_text (verdict, language->verdict_reason);
  g_assert_null (strstr (verdict, "Your project involves"));

  /* The reason of an important answer is marked in the same words as in the window. */
  important = versus (language, "--verdict", "--answer", "ai-ml=yes", "--important", "ai-ml");
  assert_has_text (important, language->verdict_important);
}

/* The window, in the test's own process: the titles of its views, the
 * text of its templates and the built-in dataset it shows.
 */
static void
test_window (gconstpointer data)
{
  const Language *language = data;
  VsWindow *window;
  VsDataset *dataset;
  AdwViewStack *stack;
  g_autoptr(GtkSelectionModel) pages = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint python;

  assert_catalogue_built (language->language);
  use_language (language->language);

  window = vs_window_new (NULL);
  test_wait_for_frame (window);

  stack = find_view_stack (GTK_WIDGET (window));
  g_assert_nonnull (stack);
  pages = adw_view_stack_get_pages (stack);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==,
                    G_N_ELEMENTS (language->view_titles));
  for (guint i = 0; i < G_N_ELEMENTS (language->view_titles); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, language->view_titles[i]);
    }

  /* The views are made when first shown. */
  for (const char * const *view = (const char *[]) { "features", "use-cases", "companies",
                                                     "verdict", "overview", NULL };
       *view != NULL;
       view++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", *view));

  collect_texts (GTK_WIDGET (window), texts);
  for (guint i = 0; i < G_N_ELEMENTS (language->window_texts); i++)
    if (!texts_contain (texts, language->window_texts[i]))
      g_test_fail_printf ("the window shows no “%s”", language->window_texts[i]);

  dataset = vs_window_get_dataset (window);
  g_assert_cmpstr (vs_dataset_get_title (dataset), ==, language->dataset_title);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, language->dataset_title);
  g_assert_cmpstr (vs_dataset_get_subtitle (dataset), ==, language->dataset_subtitle);
  g_assert_cmpstr (vs_feature_get_name (find_feature (dataset, "performance")), ==,
                   language->performance_name);
  python = find_subject (dataset, "python");
  g_assert_cmpstr (vs_feature_get_value (find_feature (dataset, "learning-curve"), python), ==,
                   language->learning_curve_python);

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* `versus --export-pdf`: the report's headings, and the dataset's text in
 * its feature table.
 */
static void
test_pdf_report (gconstpointer data)
{
  const Language *language = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("versus-i18n-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  assert_catalogue_built (language->language);

  path = g_build_filename (dir, "report.pdf", NULL);
  printed = versus (language, "--export-pdf", path, "--answer", "ai-ml=yes");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  text = read_pdf_text (path);
  g_remove (path);
  g_rmdir (dir);
  if (text == NULL)
    {
      g_test_skip ("neither poppler-glib nor pdftotext is there to read the PDF");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (language->pdf); i++)
    assert_has_text (text, language->pdf[i]);
  for (guint i = 0; i < G_N_ELEMENTS (language->pdf_cells); i++)
    assert_has_text (text, language->pdf_cells[i]);
  g_assert_null (strstr (text, "Page 1 of"));
  g_assert_null (strstr (text, "Use cases"));
}

int
main (int   argc,
      char *argv[])
{
  const Language *languages[] = { &german, &french };

  /* Before GTK starts: the window's templates and the dataset are
   * translated when they are built.
   */
  g_setenv ("LC_ALL", UI_LOCALE, TRUE);
  g_setenv ("LANGUAGE", german.language, TRUE);
  if (setlocale (LC_ALL, "") == NULL)
    g_error ("the locale %s is missing: LANGUAGE would be ignored", UI_LOCALE);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("VERSUS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  if (g_getenv ("VERSUS_BIN") == NULL || g_getenv ("VERSUS_LOCALEDIR") == NULL)
    g_error ("VERSUS_BIN and VERSUS_LOCALEDIR are not set: run these tests with meson test");

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      const char *name = languages[i]->language;
      g_autofree char *command_line = g_strdup_printf ("/versus/i18n/%s/command-line", name);
      g_autofree char *window = g_strdup_printf ("/versus/i18n/%s/window", name);
      g_autofree char *pdf = g_strdup_printf ("/versus/i18n/%s/pdf-report", name);

      g_test_add_data_func (command_line, languages[i], test_command_line);
      g_test_add_data_func (window, languages[i], test_window);
      g_test_add_data_func (pdf, languages[i], test_pdf_report);
    }

  return g_test_run ();
}
