/* test-export.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vs-csv-export.h"
#include "vs-dataset-loader.h"
#include "vs-export-file.h"
#include "vs-feature.h"
#include "vs-markdown-export.h"
#include "vs-pdf-export.h"
#include "vs-report-private.h"
#include "vs-report.h"
#include "vs-subject.h"
#include "vs-verdict.h"

/* The exports, read back: the PDF with poppler (text, outline, metadata,
 * structure tags, links, page sizes), the CSV with a small RFC 4180 parser,
 * the Markdown line by line; and the atomic writes, made to fail.
 */

#define dist_file(...) g_test_build_filename (G_TEST_DIST, __VA_ARGS__)

/* poppler-glib 22.12 declares no cleanup functions. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerStructureElement, g_object_unref)

/* The sections of the built-in report: title page, Overview, Scores,
 * Features, Use cases, Companies.
 */
static const char * const builtin_sections[] = {
  "Node.js vs Python", "Overview", "When to Choose Each", "Scores", "Features", "Use cases", "Companies", NULL
};

/* ------------------------------------------------------------------------ */
/* Helpers: datasets and files                                               */
/* ------------------------------------------------------------------------ */

static VsDataset *
load_json (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  VsDataset *dataset = vs_dataset_loader_load_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

static VsDataset *
load_test_file (const char *name)
{
  g_autofree char *path = dist_file ("data", "valid", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VsDataset *dataset = vs_dataset_loader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

static GDateTime *
fixed_date (void)
{
  return g_date_time_new_utc (2025, 3, 14, 12, 30, 0);
}

static VsReport *
new_report (VsDataset *dataset)
{
  VsReport *report = vs_report_new (dataset);
  g_autoptr(GDateTime) date = fixed_date ();

  vs_report_set_generated_on (report, date);

  return report;
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("versus-test-export-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

/* Removes @path and, for a folder, everything in it. */
static void
remove_tree (const char *path)
{
  GDir *dir;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      if (dir != NULL)
        g_dir_close (dir);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *)a, *(char * const *)b);
}

/* The names in @dir, sorted, joined by spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **)names->pdata);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static char *
export_pdf_to (VsReport   *report,
               const char *dir,
               const char *name)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (vs_pdf_export_write (report, file, NULL, &error));
  g_assert_no_error (error);

  return path;
}

static PopplerDocument *
open_pdf (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

/* A report on @dataset exported to a temporary PDF, opened with poppler. */
typedef struct
{
  char *dir;
  char *path;
  PopplerDocument *document;
} Pdf;

static void
pdf_free (Pdf *pdf)
{
  g_clear_object (&pdf->document);
  remove_tree (pdf->dir);
  g_free (pdf->dir);
  g_free (pdf->path);
  g_free (pdf);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pdf, pdf_free)

static Pdf *
pdf_new (VsReport *report)
{
  Pdf *pdf = g_new0 (Pdf, 1);

  pdf->dir = make_temp_dir ();
  pdf->path = export_pdf_to (report, pdf->dir, "report.pdf");
  pdf->document = open_pdf (pdf->path);

  return pdf;
}

static guint
pdf_n_pages (Pdf *pdf)
{
  return poppler_document_get_n_pages (pdf->document);
}

static char *
pdf_page_text (Pdf   *pdf,
               guint  index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf->document, index);

  g_assert_nonnull (page);

  return poppler_page_get_text (page);
}

static char *
pdf_text (Pdf *pdf)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < pdf_n_pages (pdf); i++)
    {
      g_autofree char *page = pdf_page_text (pdf, i);

      g_string_append (text, page);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/* Text as extracted, without what wrapping changes: white space, hyphens
 * (a line may end at a hyphen, which extraction then drops), and the
 * bidi controls that poppler puts around right-to-left runs.
 */
static char *
squeeze (const char *text)
{
  GString *squeezed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-' || c == 0x00ad || c == 0x2010 ||
          (c >= 0x200e && c <= 0x200f) || (c >= 0x202a && c <= 0x202e))
        continue;

      g_string_append_unichar (squeezed, c);
    }

  return g_string_free (squeezed, FALSE);
}

static gboolean
contains_text (const char *squeezed,
               const char *needle)
{
  g_autofree char *squeezed_needle = squeeze (needle);

  if (strstr (squeezed, squeezed_needle) != NULL)
    return TRUE;

  g_test_message ("not found in the PDF's text: “%s”", needle);
  return FALSE;
}

/* A right-to-left word, which poppler may give in visual order. */
static gboolean
contains_rtl_word (const char *squeezed,
                   const char *word)
{
  g_autofree char *reversed = g_utf8_strreverse (word, -1);

  if (strstr (squeezed, word) != NULL || strstr (squeezed, reversed) != NULL)
    return TRUE;

  g_test_message ("not found in the PDF's text, in either order: “%s”", word);
  return FALSE;
}

static gboolean
bytes_contain (const char *path,
               const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  /* A PDF holds NUL bytes: no string functions. */
  for (gsize i = 0; i + strlen (needle) <= length; i++)
    if (memcmp (contents + i, needle, strlen (needle)) == 0)
      return TRUE;

  return FALSE;
}

/* The titles of the outline's top-level entries. */
static GPtrArray *
outline_titles (Pdf *pdf)
{
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);
  PopplerIndexIter *iter = poppler_index_iter_new (pdf->document);

  if (iter == NULL)
    return titles;

  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);

      g_ptr_array_add (titles, g_strdup (action->any.title));
      poppler_action_free (action);
    }
  while (poppler_index_iter_next (iter));
  poppler_index_iter_free (iter);

  return titles;
}

/* ------------------------------------------------------------------------ */
/* Helpers: the structure tree                                               */
/* ------------------------------------------------------------------------ */

typedef struct
{
  guint counts[POPPLER_STRUCTURE_ELEMENT_FORM + 1];
  guint header_rows;
  guint data_rows;
  GPtrArray *header_row_cells;
} Structure;

static void
structure_clear (Structure *structure)
{
  g_clear_pointer (&structure->header_row_cells, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Structure, structure_clear)

/* Counts the cells of a table row, and whether they are all headings. */
static void
read_row (PopplerStructureElementIter *row,
          Structure                   *structure)
{
  PopplerStructureElementIter *cells = poppler_structure_element_iter_get_child (row);
  guint n_headings = 0;
  guint n_cells = 0;

  if (cells == NULL)
    return;

  do
    {
      g_autoptr(PopplerStructureElement) cell = poppler_structure_element_iter_get_element (cells);
      PopplerStructureElementKind kind = poppler_structure_element_get_kind (cell);

      g_assert_true (kind == POPPLER_STRUCTURE_ELEMENT_TABLE_HEADING ||
                     kind == POPPLER_STRUCTURE_ELEMENT_TABLE_DATA);
      n_cells++;
      n_headings += kind == POPPLER_STRUCTURE_ELEMENT_TABLE_HEADING;
    }
  while (poppler_structure_element_iter_next (cells));
  poppler_structure_element_iter_free (cells);

  if (n_headings == n_cells)
    {
      structure->header_rows++;
      g_ptr_array_add (structure->header_row_cells, GUINT_TO_POINTER (n_cells));
    }
  else
    {
      /* A feature's row: the feature's name heads it, the rest is data. */
      g_assert_cmpuint (n_headings, ==, 1);
      structure->data_rows++;
    }
}

static void
read_structure (PopplerStructureElementIter *iter,
                Structure                   *structure,
                guint                        depth)
{
  do
    {
      g_autoptr(PopplerStructureElement) element = NULL;
      PopplerStructureElementKind kind;
      PopplerStructureElementIter *children;

      element = poppler_structure_element_iter_get_element (iter);
      kind = poppler_structure_element_get_kind (element);

      if (kind > POPPLER_STRUCTURE_ELEMENT_FORM)
        continue;

      structure->counts[kind]++;
      if (depth == 0)
        g_assert_cmpint (kind, ==, POPPLER_STRUCTURE_ELEMENT_DOCUMENT);

      if (kind == POPPLER_STRUCTURE_ELEMENT_TABLE_ROW)
        read_row (iter, structure);

      children = poppler_structure_element_iter_get_child (iter);
      if (children != NULL)
        {
          read_structure (children, structure, depth + 1);
          poppler_structure_element_iter_free (children);
        }
    }
  while (poppler_structure_element_iter_next (iter));
}

static void
structure_read (Structure *structure,
                Pdf       *pdf)
{
  PopplerStructureElementIter *iter = poppler_structure_element_iter_new (pdf->document);

  memset (structure, 0, sizeof *structure);
  structure->header_row_cells = g_ptr_array_new ();

  g_assert_nonnull (iter);
  read_structure (iter, structure, 0);
  poppler_structure_element_iter_free (iter);

  /* One Document holds everything. */
  g_assert_cmpuint (structure->counts[POPPLER_STRUCTURE_ELEMENT_DOCUMENT], ==, 1);
}

/* ------------------------------------------------------------------------ */
/* PDF                                                                       */
/* ------------------------------------------------------------------------ */

static void
assert_footers (Pdf *pdf)
{
  guint n_pages = pdf_n_pages (pdf);

  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *text = pdf_page_text (pdf, i);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", i + 1, n_pages);

      if (strstr (text, footer) == NULL)
        g_test_message ("page %u has no “%s”", i + 1, footer);
      g_assert_nonnull (strstr (text, footer));
    }
}

/* No text runs into the margins: every character above the footer ends
 * above the bottom margin (60 pt), inside the page's sides.
 */
static void
assert_text_inside_margins (Pdf *pdf)
{
  for (guint i = 0; i < pdf_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf->document, i);
      PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      double width;
      double height;

      poppler_page_get_size (page, &width, &height);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));

      for (guint r = 0; r < n_rects; r++)
        {
          /* Line ends have empty boxes. */
          if (rects[r].x2 - rects[r].x1 < 0.01)
            continue;

          g_assert_cmpfloat (rects[r].x1, >=, 49);
          g_assert_cmpfloat (rects[r].x2, <=, width - 49);
          if (rects[r].y1 < height - 45)
            g_assert_cmpfloat (rects[r].y2, <=, height - 59);
        }
      g_free (rects);
    }
}

static void
test_pdf_builtin (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(Pdf) pdf = pdf_new (report);
  g_autoptr(GPtrArray) titles = outline_titles (pdf);
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) expected_date = fixed_date ();
  g_autofree char *text = pdf_text (pdf);
  g_autofree char *squeezed = squeeze (text);
  g_autofree char *first_page = pdf_page_text (pdf, 0);
  g_autofree char *title = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *first_footer = NULL;
  GListModel *features = vs_dataset_get_features (dataset);

  /* Title page, overview and chart, 16 features, use cases, companies. */
  g_assert_cmpuint (pdf_n_pages (pdf), >=, 4);
  g_assert_cmpuint (pdf_n_pages (pdf), <=, 10);
  g_assert_cmpuint (vs_report_get_n_pages (report), ==, pdf_n_pages (pdf));

  /* Every feature, every cell. */
  g_assert_cmpuint (g_list_model_get_n_items (features), ==, 16);
  for (guint f = 0; f < g_list_model_get_n_items (features); f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);

      g_assert_true (contains_text (squeezed, vs_feature_get_name (feature)));
      for (guint s = 0; s < vs_dataset_get_n_subjects (dataset); s++)
        g_assert_true (contains_text (squeezed, vs_feature_get_value (feature, s)));
    }
  g_assert_true (contains_text (squeezed, "Runtime and performance"));
  g_assert_true (contains_text (squeezed, "Releases, security and community"));

  /* The title page, the overview, the use cases, the companies. */
  g_assert_true (contains_text (squeezed, "Choosing the best backend technology"));
  g_assert_true (contains_text (squeezed, "Generated by Versus " PACKAGE_VERSION
                                " on 14 March 2025"));
  g_assert_true (contains_text (squeezed, "JavaScript runtime environment"));
  g_assert_true (contains_text (squeezed, "Highlights"));
  g_assert_true (contains_text (squeezed, "Real-time applications"));
  g_assert_true (contains_text (squeezed, "Recommended: Node.js"));
  g_assert_true (contains_text (squeezed, "Netflix"));
  g_assert_true (contains_text (squeezed, "Instagram"));
  g_assert_null (strstr (text, "Verdict"));

  /* “Page 1 of N” on the first page, and on every page its own. */
  first_footer = g_strdup_printf ("Page 1 of %u", pdf_n_pages (pdf));
  g_assert_nonnull (strstr (first_page, first_footer));
  assert_footers (pdf);
  assert_text_inside_margins (pdf);

  /* One bookmark per section, in order. */
  g_assert_cmpuint (titles->len, ==, g_strv_length ((char **)builtin_sections));
  for (guint i = 0; i < titles->len; i++)
    g_assert_cmpstr (g_ptr_array_index (titles, i), ==, builtin_sections[i]);

  /* Metadata. */
  title = poppler_document_get_title (pdf->document);
  g_assert_cmpstr (title, ==, "Node.js vs Python");
  creator = poppler_document_get_creator (pdf->document);
  g_assert_cmpstr (creator, ==, "Versus " PACKAGE_VERSION);
  created = poppler_document_get_creation_date_time (pdf->document);
  g_assert_nonnull (created);
  g_assert_true (g_date_time_equal (created, expected_date));

  /* A tagged PDF: the catalog says so and has a structure tree (poppler
   * has no getter for “tagged”; pdfinfo says “Tagged: yes”).
   */
  g_assert_true (bytes_contain (pdf->path, "/MarkInfo << /Marked true >>"));
  g_assert_true (bytes_contain (pdf->path, "/StructTreeRoot"));
}

static void
test_pdf_structure (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(Pdf) pdf = pdf_new (report);
  g_auto(Structure) structure = { 0 };
  guint table_pages = 0;

  structure_read (&structure, pdf);

  /* The title and one heading per section. */
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_HEADING_1], ==,
                    g_strv_length ((char **)builtin_sections));
  /* A subject per overview heading and per companies heading, the sources. */
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_HEADING_2], >=, 5);
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_PARAGRAPH], >, 10);
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_LIST], >=, 4);
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_LIST_ITEM], >=, 14 + 8);
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_FIGURE], >=, 1);
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_CAPTION], >=, 1);
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_TABLE], >=, 1);

  /* 16 feature rows of Feature, Category, two subjects and Advantage, under
   * a header row on every page of the table.
   */
  g_assert_cmpuint (structure.data_rows, ==, 16);
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_TABLE_ROW], ==,
                    structure.data_rows + structure.header_rows);
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_TABLE_DATA], ==, 16 * 4);
  for (guint i = 0; i < structure.header_row_cells->len; i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (structure.header_row_cells, i)), ==, 5);

  for (guint i = 0; i < pdf_n_pages (pdf); i++)
    {
      g_autofree char *text = pdf_page_text (pdf, i);

      table_pages += strstr (text, "Advantage") != NULL;
    }
  g_assert_cmpuint (table_pages, >=, 1);
  g_assert_cmpuint (structure.header_rows, ==, table_pages);
}

static void
test_pdf_links (void)
{
  g_autoptr(VsDataset) dataset = load_test_file ("three-subjects.json");
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(Pdf) pdf = pdf_new (report);
  g_autoptr(GPtrArray) uris = g_ptr_array_new_with_free_func (g_free);
  g_auto(Structure) structure = { 0 };
  const char * const expected[] = {
    "https://www.postgresql.org/docs/", "http://example.com/surveys/databases-2024",
    "https://www.postgresql.org/", "https://www.mysql.com/", "https://sqlite.org/",
  };

  for (guint i = 0; i < pdf_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf->document, i);
      GList *mappings = poppler_page_get_link_mapping (page);

      for (GList *l = mappings; l != NULL; l = l->next)
        {
          PopplerLinkMapping *mapping = l->data;

          g_assert_cmpint (mapping->action->type, ==, POPPLER_ACTION_URI);
          g_ptr_array_add (uris, g_strdup (mapping->action->uri.uri));
        }
      poppler_page_free_link_mapping (mappings);
    }

  /* The sources' and the homepages' URLs are clickable. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      if (!g_ptr_array_find_with_equal_func (uris, expected[i], g_str_equal, NULL))
        g_test_message ("no link to %s", expected[i]);
      g_assert_true (g_ptr_array_find_with_equal_func (uris, expected[i], g_str_equal, NULL));
    }
  g_assert_cmpuint (uris->len, ==, G_N_ELEMENTS (expected));

  structure_read (&structure, pdf);
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_LINK], ==, G_N_ELEMENTS (expected));
}

static void
test_pdf_three_subjects (void)
{
  g_autoptr(VsDataset) dataset = load_test_file ("three-subjects.json");
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(Pdf) pdf = pdf_new (report);
  g_autofree char *text = pdf_text (pdf);
  g_autofree char *squeezed = squeeze (text);
  g_autoptr(GPtrArray) titles = outline_titles (pdf);
  g_auto(Structure) structure = { 0 };
  GListModel *features = vs_dataset_get_features (dataset);
  guint n_features = g_list_model_get_n_items (features);

  structure_read (&structure, pdf);

  /* All three subjects are columns: the header row has Feature, Category,
   * three subjects and Advantage, and every row three values.
   */
  g_assert_cmpuint (structure.header_rows, >=, 1);
  for (guint i = 0; i < structure.header_row_cells->len; i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (structure.header_row_cells, i)), ==, 6);
  g_assert_cmpuint (structure.data_rows, ==, n_features);
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_TABLE_DATA], ==, n_features * 5);

  for (guint f = 0; f < n_features; f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);

      g_assert_true (contains_text (squeezed, vs_feature_get_name (feature)));
      for (guint s = 0; s < 3; s++)
        {
          const char *value = vs_feature_get_value (feature, s);

          g_assert_true (contains_text (squeezed, value != NULL ? value : "—"));
        }
    }

  g_assert_true (contains_text (squeezed, "PostgreSQL"));
  g_assert_true (contains_text (squeezed, "MySQL"));
  g_assert_true (contains_text (squeezed, "SQLite"));
  g_assert_true (contains_text (squeezed, "Updated: 14 March 2025"));
  g_assert_true (contains_text (squeezed, "Content licence: CC-BY-SA-4.0"));
  g_assert_cmpstr (g_ptr_array_index (titles, 0), ==, "PostgreSQL vs MySQL vs SQLite");
  assert_footers (pdf);
  assert_text_inside_margins (pdf);
}

static void
test_pdf_subjects (void)
{
  g_autoptr(VsDataset) dataset = load_test_file ("three-subjects.json");
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(GPtrArray) subjects = g_ptr_array_new ();
  g_autoptr(Pdf) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_auto(Structure) structure = { 0 };

  /* SQLite and PostgreSQL, in that order, without MySQL. */
  g_ptr_array_add (subjects, vs_dataset_find_subject (dataset, "sqlite"));
  g_ptr_array_add (subjects, vs_dataset_find_subject (dataset, "postgresql"));
  vs_report_set_subjects (report, subjects);
  g_assert_cmpuint (vs_report_get_subjects (report)->len, ==, 2);

  pdf = pdf_new (report);
  text = pdf_text (pdf);
  squeezed = squeeze (text);
  structure_read (&structure, pdf);

  /* Feature, Category, SQLite, PostgreSQL, Advantage. */
  for (guint i = 0; i < structure.header_row_cells->len; i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (structure.header_row_cells, i)), ==, 5);
  g_assert_true (contains_text (squeezed, "In-process library, no server"));
  g_assert_true (contains_text (squeezed, "Separate server process, one process per connection"));
  g_assert_null (strstr (squeezed, "Separateserverprocess,onethreadperconnection"));
  g_assert_null (strstr (text, "InnoDB storage engine"));
  g_assert_null (strstr (text, "MySQL (2)"));
  g_assert_nonnull (strstr (text, "SQLite (2)"));
  g_assert_true (strstr (text, "SQLite (2)") < strstr (text, "PostgreSQL (2)"));
}

static void
test_pdf_letter (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(Pdf) a4 = pdf_new (report);
  g_autoptr(Pdf) letter = NULL;

  for (guint i = 0; i < pdf_n_pages (a4); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (a4->document, i);
      double width;
      double height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
      g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
    }

  vs_report_set_paper (report, VS_REPORT_PAPER_LETTER);
  g_assert_cmpint (vs_report_get_paper (report), ==, VS_REPORT_PAPER_LETTER);
  letter = pdf_new (report);

  for (guint i = 0; i < pdf_n_pages (letter); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (letter->document, i);
      double width;
      double height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat (width, ==, 612);
      g_assert_cmpfloat (height, ==, 792);
    }

  assert_footers (letter);
  assert_text_inside_margins (letter);
}

/* A dataset of @n_features features over two subjects, as JSON text. */
static char *
many_features_json (guint n_features)
{
  GString *json = g_string_new (NULL);

  g_string_append (json,
                   "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"many\",\n"
                   " \"title\": \"Northwind vs Southwind\",\n"
                   " \"subjects\": [\n"
                   "   {\"id\": \"north\", \"name\": \"Northwind\", \"color\": \"#1c71d8\"},\n"
                   "   {\"id\": \"south\", \"name\": \"Southwind\", \"color\": \"#e66100\"}],\n"
                   " \"categories\": [{\"id\": \"one\", \"name\": \"First group\"},\n"
                   "                {\"id\": \"two\", \"name\": \"Second group\"}],\n"
                   " \"features\": [\n");

  for (guint i = 1; i <= n_features; i++)
    {
      /* Some rows wrap to several lines. */
      const char *long_text = i % 7 == 0 ? " with a longer text that wraps over several lines "
                                           "of the narrow column of the table" : "";

      g_string_append_printf (json,
                              "  {\"id\": \"f%u\", \"name\": \"Row %04u\", \"category\": \"%s\",\n"
                              "   \"values\": {\"north\": \"n%04u%s\", \"south\": \"s%04u\"},\n"
                              "   \"scores\": {\"north\": %u, \"south\": %u},\n"
                              "   \"advantage\": \"%s\"}%s\n",
                              i, i, i % 2 ? "one" : "two", i, long_text, i, i % 6, (i + 3) % 6,
                              i % 3 == 0 ? "tie" : i % 3 == 1 ? "north" : "south",
                              i < n_features ? "," : "");
    }

  g_string_append (json, " ]}\n");

  return g_string_free (json, FALSE);
}

static void
test_pdf_many_features (void)
{
  g_autofree char *json = many_features_json (2000);
  g_autoptr(VsDataset) dataset = load_json (json);
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(Pdf) pdf = pdf_new (report);
  g_auto(Structure) structure = { 0 };
  g_autofree gboolean *seen = g_new0 (gboolean, 2001);
  guint table_pages = 0;

  /* About fifty rows a page. */
  g_assert_cmpuint (pdf_n_pages (pdf), >=, 25);
  g_assert_cmpuint (pdf_n_pages (pdf), <=, 80);

  for (guint i = 0; i < pdf_n_pages (pdf); i++)
    {
      g_autofree char *text = pdf_page_text (pdf, i);
      const char *row = strstr (text, "Row ");
      const char *header = strstr (text, "Advantage");

      if (row == NULL)
        continue;

      /* The header row, above the first row of the page. */
      table_pages++;
      g_assert_nonnull (header);
      g_assert_true (header < row);
      g_assert_nonnull (strstr (text, "Feature"));
      g_assert_nonnull (strstr (text, "Category"));
      g_assert_nonnull (strstr (text, "Northwind"));
      g_assert_nonnull (strstr (text, "Southwind"));

      for (const char *p = row; (p = strstr (p, "Row ")) != NULL; p += 4)
        {
          guint64 number = g_ascii_strtoull (p + 4, NULL, 10);

          g_assert_cmpuint (number, >=, 1);
          g_assert_cmpuint (number, <=, 2000);
          /* Rows are never split, so each is on one page only. */
          g_assert_false (seen[number]);
          seen[number] = TRUE;
        }
    }

  for (guint i = 1; i <= 2000; i++)
    g_assert_true (seen[i]);

  g_assert_cmpuint (table_pages, >=, 20);
  structure_read (&structure, pdf);
  g_assert_cmpuint (structure.data_rows, ==, 2000);
  g_assert_cmpuint (structure.header_rows, ==, table_pages);
  assert_footers (pdf);
  assert_text_inside_margins (pdf);
}

/* Adds the text of the first data cells (TD) under @iter to @texts, until
 * it holds @max of them.
 */
static void
collect_data_cells (PopplerStructureElementIter *iter,
                    GPtrArray                   *texts,
                    guint                        max)
{
  do
    {
      g_autoptr(PopplerStructureElement) element = NULL;
      PopplerStructureElementIter *children;

      element = poppler_structure_element_iter_get_element (iter);
      if (poppler_structure_element_get_kind (element) == POPPLER_STRUCTURE_ELEMENT_TABLE_DATA)
        {
          PopplerStructureGetTextFlags flags = POPPLER_STRUCTURE_GET_TEXT_RECURSIVE;

          g_ptr_array_add (texts, poppler_structure_element_get_text (element, flags));
          continue;
        }

      children = poppler_structure_element_iter_get_child (iter);
      if (children != NULL)
        {
          collect_data_cells (children, texts, max);
          poppler_structure_element_iter_free (children);
        }
    }
  while (texts->len < max && poppler_structure_element_iter_next (iter));
}

/* Past 100,000 cells, a feature's row is tagged as its heading and one data
 * cell with all its values (see MAX_TAGGED_CELLS in vs-report-table.c): the
 * PDF stays a tagged table whose every value is read back, row by row.
 */
static void
test_pdf_large_table (void)
{
  const guint n_features = 3000;
  const guint n_subjects = 32;
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(VsReport) report = NULL;
  g_autoptr(Pdf) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree gboolean *seen = g_new0 (gboolean, n_features * n_subjects);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_auto(Structure) structure = { 0 };
  PopplerStructureElementIter *iter;
  guint n_tables;
  guint header_cells = 0;

  /* 96,000 cells laid out twice: minutes under valgrind. */
  if (g_getenv ("VERSUS_UNDER_VALGRIND") != NULL)
    {
      g_test_skip ("too slow under valgrind; the sanitizer lane runs it");
      return;
    }

  g_string_append (json, "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"large\",\n"
                         " \"title\": \"Large\", \"subjects\": [");
  for (guint s = 0; s < n_subjects; s++)
    g_string_append_printf (json, "%s{\"id\": \"s%u\", \"name\": \"S%u\"}",
                            s > 0 ? ", " : "", s, s);
  g_string_append (json, "],\n \"features\": [");
  for (guint f = 0; f < n_features; f++)
    {
      g_string_append_printf (json, "%s{\"id\": \"f%u\", \"name\": \"F%u\", \"values\": {",
                              f > 0 ? ",\n" : "", f, f);
      for (guint s = 0; s < n_subjects; s++)
        g_string_append_printf (json, "%s\"s%u\": \"r%uc%u\"", s > 0 ? ", " : "", s, f, s);
      g_string_append (json, "}}");
    }
  g_string_append (json, "]}\n");

  dataset = load_json (json->str);
  report = new_report (dataset);
  pdf = pdf_new (report);

  /* Every value is in the PDF's text. */
  text = pdf_text (pdf);
  for (const char *p = text; *p != '\0'; p++)
    {
      char *end;
      guint64 row;
      guint64 column;

      /* Poppler runs the cells of a line together: “F0r0c0r0c1…”. */
      if (*p != 'r' || !g_ascii_isdigit (p[1]))
        continue;
      row = g_ascii_strtoull (p + 1, &end, 10);
      if (*end != 'c' || !g_ascii_isdigit (end[1]))
        continue;
      column = g_ascii_strtoull (end + 1, &end, 10);
      if (row < n_features && column < n_subjects)
        seen[row * n_subjects + column] = TRUE;
    }
  for (guint i = 0; i < n_features * n_subjects; i++)
    {
      if (!seen[i])
        g_test_message ("not found in the PDF's text: r%uc%u", i / n_subjects, i % n_subjects);
      g_assert_true (seen[i]);
    }

  /* A table of rows: the header rows a cell per column, each feature's row
   * its name and one data cell, in every one of the tables that the 32
   * subjects take.
   */
  structure_read (&structure, pdf);
  g_assert_cmpuint (structure.data_rows % n_features, ==, 0);
  n_tables = structure.data_rows / n_features;
  g_assert_cmpuint (n_tables, >=, 2);
  /* A table goes on in a Table element on each of its pages. */
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_TABLE], >=, n_tables);
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_TABLE_DATA], ==,
                    structure.data_rows);
  for (guint i = 0; i < structure.header_row_cells->len; i++)
    header_cells += GPOINTER_TO_UINT (g_ptr_array_index (structure.header_row_cells, i));
  g_assert_cmpuint (structure.counts[POPPLER_STRUCTURE_ELEMENT_TABLE_HEADING], ==,
                    structure.data_rows + header_cells);
  g_assert_cmpuint (header_cells, >=, n_subjects + n_tables);

  /* The data cell of a row holds the row's values, in the columns' order. */
  iter = poppler_structure_element_iter_new (pdf->document);
  collect_data_cells (iter, cells, 200);
  poppler_structure_element_iter_free (iter);
  g_assert_cmpuint (cells->len, ==, 200);
  for (guint i = 0; i < cells->len; i++)
    {
      g_autofree char *squeezed = squeeze (g_ptr_array_index (cells, i));
      const char *p = squeezed;
      guint64 row = G_MAXUINT64;
      guint64 column = G_MAXUINT64;
      guint n_values = 0;

      while (*p != '\0')
        {
          char *end;
          guint64 r;
          guint64 c;

          g_assert_cmpint (*p, ==, 'r');
          r = g_ascii_strtoull (p + 1, &end, 10);
          g_assert_cmpint (*end, ==, 'c');
          c = g_ascii_strtoull (end + 1, &end, 10);
          if (n_values > 0)
            {
              g_assert_cmpuint (r, ==, row);
              g_assert_cmpuint (c, ==, column + 1);
            }
          row = r;
          column = c;
          n_values++;
          p = end;
        }
      g_assert_cmpuint (n_values, >=, n_subjects / n_tables);
    }
}

static void
test_pdf_tall_row (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(VsReport) report = NULL;
  g_autoptr(Pdf) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree guint *lines_per_page = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  guint pages_with_lines = 0;
  guint continued = 0;

  /* A cell of 300 lines, taller than a page: it is split between lines,
   * with the header row on every page.
   */
  g_string_append (json,
                   "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"tall\",\n"
                   " \"title\": \"Tall\",\n"
                   " \"subjects\": [{\"id\": \"a\", \"name\": \"Alpha\"},\n"
                   "              {\"id\": \"b\", \"name\": \"Beta\"}],\n"
                   " \"features\": [\n"
                   "  {\"id\": \"short\", \"name\": \"Short\",\n"
                   "   \"values\": {\"a\": \"x\", \"b\": \"y\"}},\n"
                   "  {\"id\": \"tall\", \"name\": \"Tall row\",\n"
                   "   \"values\": {\"b\": \"short\", \"a\": \"");
  for (guint i = 1; i <= 300; i++)
    g_string_append_printf (json, "Line %03u of the tall cell%s", i, i < 300 ? "\\n" : "");
  g_string_append (json, "\"}}]}\n");

  dataset = load_json (json->str);
  report = new_report (dataset);
  pdf = pdf_new (report);
  text = pdf_text (pdf);
  lines_per_page = g_new0 (guint, pdf_n_pages (pdf));

  for (guint i = 1; i <= 300; i++)
    {
      g_autofree char *line = g_strdup_printf ("Line %03u of the tall cell", i);

      /* Each line is whole, and there once. */
      g_assert_nonnull (strstr (text, line));
      g_assert_null (strstr (strstr (text, line) + 1, line));
    }

  for (guint p = 0; p < pdf_n_pages (pdf); p++)
    {
      g_autofree char *page = pdf_page_text (pdf, p);

      for (const char *l = page; (l = strstr (l, "Line ")) != NULL; l++)
        lines_per_page[p]++;

      if (lines_per_page[p] > 0)
        {
          pages_with_lines++;
          g_assert_nonnull (strstr (page, "Alpha"));
          g_assert_nonnull (strstr (page, "Beta"));
          g_assert_true (strstr (page, "Alpha") < strstr (page, "Line "));
          continued += strstr (page, "Tall row (continued)") != NULL;
        }
    }

  /* The row's name atop each page after its first. */
  g_assert_cmpuint (pages_with_lines, >=, 3);
  g_assert_cmpuint (continued, ==, pages_with_lines - 1);

  /* Sections without content are left out, and so are their bookmarks. */
  titles = outline_titles (pdf);
  g_assert_cmpuint (titles->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (titles, 0), ==, "Tall");
  g_assert_cmpstr (g_ptr_array_index (titles, 1), ==, "Overview");
  g_assert_cmpstr (g_ptr_array_index (titles, 2), ==, "Features");
  assert_text_inside_margins (pdf);
}

/* Whether fontconfig has a colour font for U+1F600: if so, Pango draws
 * that emoji as an image, without text behind it (cairo 1.16).
 */
static gboolean
has_color_emoji_font (void)
{
  FcPattern *pattern = FcPatternCreate ();
  FcCharSet *charset = FcCharSetCreate ();
  FcObjectSet *objects = FcObjectSetBuild (FC_FAMILY, NULL);
  FcFontSet *fonts;
  gboolean found;

  FcCharSetAddChar (charset, 0x1f600);
  FcPatternAddCharSet (pattern, FC_CHARSET, charset);
  FcPatternAddBool (pattern, FC_COLOR, FcTrue);
  fonts = FcFontList (NULL, pattern, objects);
  found = fonts != NULL && fonts->nfont > 0;

  if (fonts != NULL)
    FcFontSetDestroy (fonts);
  FcObjectSetDestroy (objects);
  FcCharSetDestroy (charset);
  FcPatternDestroy (pattern);

  return found;
}

static void
test_pdf_unicode (void)
{
  g_autoptr(VsDataset) dataset = load_test_file ("unicode.json");
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(Pdf) pdf = pdf_new (report);
  g_autofree char *text = pdf_text (pdf);
  g_autofree char *squeezed = squeeze (text);
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) titles = outline_titles (pdf);

  /* Markup and entities come out as they are written. */
  g_assert_true (contains_text (squeezed, "Café <b>bold</b> vs"));
  g_assert_true (contains_text (squeezed, "Markup is text: <b>bold</b> &amp; & <i>not italic</i>"));
  g_assert_true (contains_text (squeezed, "<script>alert(1)</script>"));
  g_assert_true (contains_text (squeezed, "<b>bold</b> &amp; &"));
  g_assert_true (contains_text (squeezed, "Taste <em>&lt;strong&gt;</em>"));
  g_assert_true (contains_text (squeezed, "Doux &amp; crémeux"));
  g_assert_true (contains_text (squeezed, "Café au lait, crème brûlée, naïve"));
  g_assert_true (contains_text (squeezed, "Ünïcödé"));

  /* Right-to-left words. */
  g_assert_true (contains_rtl_word (squeezed, "قهوة"));
  g_assert_true (contains_rtl_word (squeezed, "קפה"));
  g_assert_true (contains_rtl_word (squeezed, "עברית"));
  g_assert_true (contains_rtl_word (squeezed, "مرحبا"));

  /* Emoji that a font on the machine has in black and white. */
  if (has_color_emoji_font ())
    g_test_message ("a colour emoji font is installed: emoji are drawn as images");
  else
    {
      g_assert_true (contains_text (squeezed, "😀 grinning face"));
      g_assert_true (contains_text (squeezed, "Café ☕"));
    }

  /* The metadata and the bookmark keep the title as it is. */
  title = poppler_document_get_title (pdf->document);
  g_assert_cmpstr (title, ==, "Café <b>bold</b> vs קפה 😀");
  g_assert_cmpstr (g_ptr_array_index (titles, 0), ==, "Café <b>bold</b> vs קפה 😀");
}

static void
test_pdf_verdict (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(VsVerdict) verdict = vs_verdict_new (dataset);
  g_autoptr(GError) error = NULL;
  g_autoptr(Pdf) pdf = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  const char *verdict_text;

  /* The engine's /versus/verdict/builtin/data-science answers: Python 12. */
  g_assert_true (vs_verdict_answer_by_id (verdict, "ai-ml", "yes", &error));
  g_assert_true (vs_verdict_answer_by_id (verdict, "team-language", "python", &error));
  g_assert_true (vs_verdict_answer_by_id (verdict, "scientific", "yes", &error));
  g_assert_true (vs_verdict_answer_by_id (verdict, "prototyping", "yes", &error));
  g_assert_true (vs_verdict_answer_by_id (verdict, "automation", "yes", &error));
  g_assert_true (vs_verdict_answer_by_id (verdict, "real-time", "no", &error));
  g_assert_true (vs_verdict_mark_important_by_id (verdict, "ai-ml", &error));
  g_assert_no_error (error);

  vs_report_set_verdict (report, verdict);
  g_assert_true (vs_report_get_verdict (report) == verdict);
  pdf = pdf_new (report);
  titles = outline_titles (pdf);
  text = pdf_text (pdf);

  g_assert_cmpuint (titles->len, ==, g_strv_length ((char **)builtin_sections) + 1);
  g_assert_cmpstr (g_ptr_array_index (titles, titles->len - 1), ==, "Verdict");

  verdict_text = strstr (text, "Verdict\n");
  g_assert_nonnull (verdict_text);
  squeezed = squeeze (verdict_text);

  /* The answers, the ranking with scores, the reasons, the guidance. */
  g_assert_true (contains_text (squeezed, "Your 6 answers"));
  g_assert_true (contains_text (squeezed, "Does your project involve data science or AI/ML? Yes "
                                "(important to you: counted twice)"));
  g_assert_true (contains_text (squeezed, "1. Python"));
  g_assert_true (contains_text (squeezed, "2. Node.js"));
  g_assert_true (strstr (squeezed, "1.Python") < strstr (squeezed, "2.Node.js"));
  g_assert_true (contains_text (squeezed, "15"));
  g_assert_true (contains_text (squeezed, "Your team knows Python"));
  g_assert_true (contains_text (squeezed, "Your project involves data science or AI/ML "
                                "(important to you: counted twice)"));
  g_assert_true (contains_text (squeezed, "You prioritize extensive scientific libraries"));
  /* Each reason's points, which add up to the score: 6 + 3 + 2 + 2 + 2. */
  g_assert_true (contains_text (squeezed, "+6 Your project involves data science or AI/ML"));
  g_assert_true (contains_text (squeezed, "+3 Your team knows Python"));
  g_assert_true (contains_text (squeezed, "+2 You prioritize extensive scientific libraries"));
  g_assert_true (contains_text (squeezed, "Python is used by Google"));

  /* The guidance is in its own section, before the verdict. */
  g_clear_pointer (&squeezed, g_free);
  squeezed = squeeze (text);
  g_assert_true (strstr (text, "When to Choose Each") < verdict_text);
  g_assert_true (contains_text (squeezed, "Choose Node.js if:"));
  g_assert_true (contains_text (squeezed, "You need real-time capabilities and high scalability"));
  /* One name for the advice, as in the window. */
  g_assert_null (strstr (text, "advice"));
  assert_footers (pdf);
}

/* A report of some features, as the window shows them: those rows only,
 * in that order, and a line that says so.
 */
static void
test_pdf_shown_features (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(GListStore) shown = g_list_store_new (VS_TYPE_FEATURE);
  GListModel *features = vs_dataset_get_features (dataset);
  g_autoptr(VsFeature) frameworks = g_list_model_get_item (features, 4);
  g_autoptr(VsFeature) performance = g_list_model_get_item (features, 0);
  g_autoptr(VsFeature) learning = g_list_model_get_item (features, 2);
  g_autoptr(Pdf) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  const char *table;

  g_assert_cmpstr (vs_feature_get_name (frameworks), ==, "Primary Frameworks");
  g_list_store_append (shown, frameworks);
  g_list_store_append (shown, performance);
  vs_report_set_features (report, G_LIST_MODEL (shown));
  pdf = pdf_new (report);
  text = pdf_text (pdf);

  table = strstr (text, "Features\n");
  g_assert_nonnull (table);
  squeezed = squeeze (table);
  g_assert_true (contains_text (squeezed, "The 2 features of 16 shown in the window."));
  g_assert_true (contains_text (squeezed, vs_feature_get_value (frameworks, 0)));
  g_assert_true (contains_text (squeezed, vs_feature_get_value (performance, 1)));
  g_assert_true (strstr (squeezed, "PrimaryFrameworks") < strstr (squeezed, "Performance"));
  g_assert_false (contains_text (squeezed, vs_feature_get_value (learning, 0)));
}

/* Alpha's average in Speed is 4.25, which the window and the PDF both
 * write “4.3” (vs_format_score(): halves away from zero); Beta's 1.25, “1.3”.
 */
static const char quarter_json[] =
  "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"quarter\",\n"
  " \"title\": \"Quarters\",\n"
  " \"subjects\": [{\"id\": \"a\", \"name\": \"Alpha\"}, {\"id\": \"b\", \"name\": \"Beta\"}],\n"
  " \"categories\": [{\"id\": \"speed\", \"name\": \"Speed\"}],\n"
  " \"features\": [\n"
  "  {\"id\": \"f1\", \"name\": \"One\", \"category\": \"speed\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\"}, \"scores\": {\"a\": 4, \"b\": 1}},\n"
  "  {\"id\": \"f2\", \"name\": \"Two\", \"category\": \"speed\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\"}, \"scores\": {\"a\": 4, \"b\": 1}},\n"
  "  {\"id\": \"f3\", \"name\": \"Three\", \"category\": \"speed\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\"}, \"scores\": {\"a\": 4, \"b\": 1}},\n"
  "  {\"id\": \"f4\", \"name\": \"Four\", \"category\": \"speed\",\n"
  "   \"values\": {\"a\": \"x\", \"b\": \"y\"}, \"scores\": {\"a\": 5, \"b\": 2}}]}\n";

static void
test_pdf_average_rounding (void)
{
  g_autoptr(VsDataset) dataset = load_json (quarter_json);
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(Pdf) pdf = pdf_new (report);
  g_autofree char *text = pdf_text (pdf);
  const char *chart = strstr (text, "Scores\n");
  g_autofree char *section = NULL;

  g_assert_nonnull (chart);
  g_assert_nonnull (strstr (chart, "4.3"));
  g_assert_nonnull (strstr (chart, "1.3"));
  g_assert_null (strstr (chart, "4.2"));
  g_assert_null (strstr (chart, "1.2"));

  /* Each bar's subject is named beside it, besides the legend: colour is
   * not the only key.
   */
  section = g_strndup (chart, strstr (chart, "Features") - chart);
  g_assert_nonnull (strstr (strstr (section, "Alpha") + 1, "Alpha"));
  g_assert_nonnull (strstr (strstr (section, "Beta") + 1, "Beta"));
}

/* Subject cards about half a page long: the second would straddle the end
 * of the first Overview page, so it starts on the next one. Every card is
 * on one page.
 */
static void
test_pdf_cards_together (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"versus/comparison\", \"version\": 1, "
                                          "\"id\": \"cards\", \"title\": \"Cards\", "
                                          "\"subjects\": [");
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(VsReport) report = NULL;
  g_autoptr(Pdf) pdf = NULL;

  for (guint i = 1; i <= 3; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"s%u\", \"name\": \"Subject %u\", "
                              "\"summary\": \"The summary of subject %u, long enough to wrap "
                              "over two lines of the report at the least, and then some.\", "
                              "\"highlights\": [", i > 1 ? ", " : "", i, i, i);
      for (guint h = 1; h <= 24; h++)
        g_string_append_printf (json, "%s\"Highlight %u of subject %u\"", h > 1 ? ", " : "",
                                h, i);
      g_string_append (json, "]}");
    }
  g_string_append (json, "], \"features\": [{\"id\": \"f\", \"name\": \"F\", "
                         "\"values\": {}}]}");

  dataset = load_json (json->str);
  report = new_report (dataset);
  pdf = pdf_new (report);

  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *first = g_strdup_printf ("Subject %u\n", i);
      g_autofree char *last = g_strdup_printf ("Highlight 24 of subject %u", i);
      int first_page = -1;
      int last_page = -1;

      /* After the title page, which names the subjects. */
      for (guint p = 1; p < pdf_n_pages (pdf); p++)
        {
          g_autofree char *text = pdf_page_text (pdf, p);

          if (first_page < 0 && strstr (text, first) != NULL)
            first_page = p;
          if (last_page < 0 && strstr (text, last) != NULL)
            last_page = p;
        }

      g_test_message ("Subject %u: pages %d to %d", i, first_page + 1, last_page + 1);
      g_assert_cmpint (first_page, >, 0);
      g_assert_cmpint (first_page, ==, last_page);
    }
}

/* The chart fits on a page: it is not split between two, with the three
 * subjects' cards and advice before it.
 */
static void
test_pdf_chart_together (void)
{
  g_autoptr(VsDataset) dataset = load_test_file ("three-subjects.json");
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(Pdf) pdf = pdf_new (report);
  gboolean found = FALSE;

  for (guint p = 0; p < pdf_n_pages (pdf); p++)
    {
      g_autofree char *text = pdf_page_text (pdf, p);

      if (strstr (text, "The average score out of 5") == NULL)
        continue;

      found = TRUE;
      g_assert_nonnull (strstr (text, "Architecture"));
      g_assert_nonnull (strstr (text, "SQL and data types"));
      g_assert_nonnull (strstr (text, "Operations"));
    }
  g_assert_true (found);
}

/* Answers that count against a subject are reasons too, with a real minus. */
static void
test_pdf_verdict_negative (void)
{
  g_autoptr(VsDataset) dataset = load_test_file ("three-subjects.json");
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(VsVerdict) verdict = vs_verdict_new (dataset);
  g_autoptr(GError) error = NULL;
  g_autoptr(Pdf) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  const char *verdict_text;

  g_assert_true (vs_verdict_answer_by_id (verdict, "server", "yes", &error));
  g_assert_true (vs_verdict_answer_by_id (verdict, "hosting", "yes", &error));
  g_assert_no_error (error);
  vs_report_set_verdict (report, verdict);
  pdf = pdf_new (report);
  text = pdf_text (pdf);
  verdict_text = strstr (text, "Verdict\n");
  g_assert_nonnull (verdict_text);
  squeezed = squeeze (verdict_text);

  /* MySQL 3 + 4, PostgreSQL 3 − 2, SQLite −10. */
  g_assert_true (contains_text (squeezed, "1. MySQL"));
  g_assert_true (contains_text (squeezed, "+4 MySQL is available on almost every shared host"));
  g_assert_true (contains_text (squeezed, "2. PostgreSQL"));
  g_assert_true (contains_text (squeezed,
                                "\u22122 MySQL is available on almost every shared host"));
  g_assert_true (contains_text (squeezed, "3. SQLite"));
  g_assert_true (contains_text (squeezed, "\u221210 Several writers need a database server"));
}

static void
test_pdf_verdict_tie (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(VsReport) report = new_report (dataset);
  g_autoptr(VsVerdict) verdict = vs_verdict_new (dataset);
  g_autoptr(VsVerdict) unanswered = vs_verdict_new (dataset);
  g_autoptr(GError) error = NULL;
  g_autoptr(Pdf) pdf = NULL;
  g_autoptr(Pdf) without = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;

  /* An answer without weights: a tie, with its marks. */
  g_assert_true (vs_verdict_answer_by_id (verdict, "team-language", "both", &error));
  g_assert_no_error (error);
  vs_report_set_verdict (report, verdict);
  pdf = pdf_new (report);
  text = pdf_text (pdf);
  squeezed = squeeze (strstr (text, "Verdict\n"));

  g_assert_true (contains_text (squeezed,
                                "The answers do not separate the subjects: they are tied."));
  g_assert_true (contains_text (squeezed, "=1. Node.js"));
  g_assert_true (contains_text (squeezed, "=1. Python"));
  g_assert_true (contains_text (squeezed, "“=” marks subjects tied on the same score."));

  /* A verdict without answers adds nothing. */
  vs_report_set_verdict (report, unanswered);
  without = pdf_new (report);
  titles = outline_titles (without);
  g_assert_cmpuint (titles->len, ==, g_strv_length ((char **)builtin_sections));
}

static void
test_pdf_reproducible (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(VsReport) report = new_report (dataset);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *first = export_pdf_to (report, dir, "first.pdf");
  g_autofree char *second = export_pdf_to (report, dir, "second.pdf");
  g_autofree char *first_bytes = NULL;
  g_autofree char *second_bytes = NULL;
  gsize first_length;
  gsize second_length;

  /* With a fixed date, the same report gives the same bytes. */
  g_assert_true (g_file_get_contents (first, &first_bytes, &first_length, NULL));
  g_assert_true (g_file_get_contents (second, &second_bytes, &second_length, NULL));
  g_assert_cmpmem (first_bytes, first_length, second_bytes, second_length);

  remove_tree (dir);
}

/* Print draws pages one by one on a context it owns, maybe some of them
 * only, or on an image for the preview: that works, without tags.
 */
static void
test_pdf_draw_pages (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(VsReport) report = new_report (dataset);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "pages.pdf", NULL);
  cairo_surface_t *surface;
  cairo_surface_t *image;
  cairo_t *cr;
  guint n_pages;

  g_assert_cmpuint (vs_report_get_n_pages (report), ==, 0);

  /* Pages 3 and 2 of a “print to file”: no structure tags. */
  surface = cairo_pdf_surface_create (path, 612, 792);
  cr = cairo_create (surface);
  n_pages = vs_report_layout (report, cr, 612, 792);
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_cmpuint (vs_report_get_n_pages (report), ==, n_pages);
  vs_report_draw_page (report, cr, 2);
  cairo_show_page (cr);
  vs_report_draw_page (report, cr, 1);
  cairo_show_page (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_false (bytes_contain (path, "/StructTreeRoot"));

  /* A preview on an image, scaled. */
  image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 306, 396);
  cr = cairo_create (image);
  cairo_scale (cr, 0.5, 0.5);
  vs_report_draw_page (report, cr, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (image);

  /* Changing the report drops the layout. */
  vs_report_set_paper (report, VS_REPORT_PAPER_A4);
  vs_report_set_subjects (report, NULL);
  g_assert_cmpuint (vs_report_get_n_pages (report), ==, 0);

  remove_tree (dir);
}

/* @n_words numbered words, “w00001 w00002 …”, written into JSON. */
static void
append_numbered_words (GString *json,
                       guint    n_words)
{
  for (guint i = 1; i <= n_words; i++)
    g_string_append_printf (json, "w%05u%s", i, i < n_words ? " " : "");
}

/* Checks that the numbered words of @text are 1 to @n_words, in order
 * (extraction may join words of neighbouring cells).
 */
static void
assert_numbered_words (const char *text,
                       guint       n_words)
{
  guint next = 1;

  for (const char *p = text; (p = strchr (p, 'w')) != NULL; p++)
    {
      guint64 number;
      char *end;

      if (!g_ascii_isdigit (p[1]))
        continue;

      number = g_ascii_strtoull (p + 1, &end, 10);
      g_assert_cmpint (end - p, ==, 6);
      if (number != next)
        g_test_message ("word %u: found w%05" G_GUINT64_FORMAT, next, number);
      g_assert_cmpuint (number, ==, next);
      next++;
    }

  g_assert_cmpuint (next - 1, ==, n_words);
}

/* The text of all the pages, one after the other, without the footers. */
static char *
pdf_text_without_footers (Pdf *pdf)
{
  GString *text = g_string_new (NULL);

  for (guint p = 0; p < pdf_n_pages (pdf); p++)
    {
      g_autofree char *page = pdf_page_text (pdf, p);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", p + 1, pdf_n_pages (pdf));
      char *found = strstr (page, footer);

      g_assert_nonnull (found);
      *found = '\0';
      g_string_append (text, page);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/* The PDF export counts its pages from the heights of the table's rows,
 * measured ahead in several threads, a batch of rows at a time: its pages
 * are those of the report laid out whole (vs_report_layout()), with rows
 * taller than a page, cells laid out a piece at a time, missing values,
 * categories and advantages, across batches.
 */
static void
test_pdf_measured_rows (void)
{
  const guint n_features = 2300;
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(VsReport) report = NULL;
  g_autoptr(Pdf) pdf = NULL;
  g_autofree char *whole_path = NULL;
  g_autofree char *footers = NULL;
  PopplerDocument *whole;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width;
  double height;
  guint n_pages;

  g_string_append (json, "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"rows\",\n"
                         " \"title\": \"Rows\",\n"
                         " \"subjects\": [{\"id\": \"a\", \"name\": \"Alpha\"},\n"
                         "              {\"id\": \"b\", \"name\": \"Beta\"}],\n"
                         " \"categories\": [{\"id\": \"c0\", \"name\": \"Storage\"},\n"
                         "                {\"id\": \"c1\", \"name\": \"Network and transport layers\"}],\n"
                         " \"features\": [\n");
  for (guint f = 0; f < n_features; f++)
    {
      g_string_append_printf (json, "%s{\"id\": \"f%u\", \"name\": \"Feature %u\", "
                              "\"category\": \"c%u\", \"advantage\": \"%s\", \"values\": {",
                              f > 0 ? ",\n" : "", f, f, f % 2,
                              f % 3 == 0 ? "a" : f % 3 == 1 ? "b" : "tie");
      if (f % 500 == 7)
        {
          /* Taller than a page. */
          g_string_append (json, "\"a\": \"");
          for (guint i = 1; i <= 120; i++)
            g_string_append_printf (json, "Line %03u of row %u%s", i, f, i < 120 ? "\\n" : "");
          g_string_append (json, "\"");
        }
      else if (f % 700 == 11)
        {
          /* Laid out a piece at a time. */
          g_string_append (json, "\"a\": \"");
          append_numbered_words (json, 2600);
          g_string_append (json, "\"");
        }
      else if (f % 5 != 4)
        g_string_append_printf (json, "\"a\": \"Value %u%s\"", f,
                                f % 4 == 0 ? " with some more words to wrap in the cell" : "");
      g_string_append_printf (json, "%s\"b\": \"B %u\"}}", f % 5 != 4 ? ", " : "", f);
    }
  g_string_append (json, "]}\n");

  dataset = load_json (json->str);
  report = new_report (dataset);
  pdf = pdf_new (report);
  footers = pdf_text_without_footers (pdf);

  /* The same report laid out whole, and drawn a page at a time. */
  whole_path = g_build_filename (pdf->dir, "whole.pdf", NULL);
  vs_report_paper_get_size (VS_REPORT_PAPER_A4, &width, &height);
  surface = cairo_pdf_surface_create (whole_path, width, height);
  cr = cairo_create (surface);
  n_pages = vs_report_layout (report, cr, width, height);
  for (guint p = 0; p < n_pages; p++)
    {
      vs_report_draw_page (report, cr, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  whole = open_pdf (whole_path);
  g_assert_cmpuint (pdf_n_pages (pdf), ==, n_pages);
  g_assert_cmpuint (poppler_document_get_n_pages (whole), ==, n_pages);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (whole, p);
      g_autofree char *expected = poppler_page_get_text (page);
      g_autofree char *text = pdf_page_text (pdf, p);

      g_assert_cmpstr (text, ==, expected);
    }
  g_object_unref (whole);
}

/* Draws the lines of @layout one under the other, with Pango's renderer
 * or gathered by a VsGlyphBatch; returns how many lines the batch took.
 */
static guint
draw_lines (cairo_t      *cr,
            PangoLayout  *layout,
            VsGlyphBatch *batch)
{
  guint taken = 0;

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (int i = 0; i < pango_layout_get_line_count (layout); i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);

      cairo_move_to (cr, 10.3, 20.7 + 16.1 * i);
      if (batch != NULL && vs_glyph_batch_add_line (batch, cr, line))
        taken++;
      else
        {
          if (batch != NULL)
            vs_glyph_batch_flush (batch, cr);
          pango_cairo_show_layout_line (cr, line);
        }
    }
  if (batch != NULL)
    vs_glyph_batch_flush (batch, cr);

  return taken;
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

typedef struct
{
  PangoLayout *layout;
  VsGlyphBatch *batch;
  VsReport *report;
  GPtrArray *ops;
} Drawing;

/* A PDF page of @drawing: @layout's lines drawn with or without @batch,
 * or else @report's @ops.
 */
static PopplerPage *
pdf_of_drawing (const Drawing *drawing)
{
  GByteArray *data = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_to_bytes, data, 400, 300);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;
  PopplerPage *page;

  if (drawing->layout != NULL)
    draw_lines (cr, drawing->layout, drawing->batch);
  else
    vs_report_draw_ops (drawing->report, cr, drawing->ops, 0, 1, FALSE);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  bytes = g_byte_array_free_to_bytes (data);
  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (document, 0);
  g_object_unref (document);

  return page;
}

static PopplerPage *
pdf_of_lines (PangoLayout  *layout,
              VsGlyphBatch *batch)
{
  return pdf_of_drawing (&(Drawing) { layout, batch });
}

static char *
without_spaces (const char *text)
{
  GString *result = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (result, *p);

  return g_string_free (result, FALSE);
}

/* @page, rendered at twice its size. */
static cairo_surface_t *
render_page (PopplerPage *page)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 600);
  cairo_t *cr = cairo_create (image);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 2, 2);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (image);

  return image;
}

/* Asserts that two PDF pages look the same and hold the same text, each
 * character in the same box, to a thousandth of a point (rendering rounds
 * glyphs to whole pixels).
 */
static void
assert_same_pages (PopplerPage *page,
                   PopplerPage *expected_page)
{
  cairo_surface_t *drawn = render_page (page);
  cairo_surface_t *expected = render_page (expected_page);
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree char *expected_text = poppler_page_get_text (expected_page);
  g_autofree PopplerRectangle *boxes = NULL;
  g_autofree PopplerRectangle *expected_boxes = NULL;
  guint n_boxes = 0;
  guint n_expected_boxes = 0;

  /* Poppler gives no boxes for some right-to-left text. */
  g_assert_cmpint (poppler_page_get_text_layout (page, &boxes, &n_boxes), ==,
                   poppler_page_get_text_layout (expected_page, &expected_boxes, &n_expected_boxes));
  g_assert_cmpuint (n_boxes, ==, n_expected_boxes);
  for (guint i = 0; i < n_boxes; i++)
    {
      g_assert_cmpfloat_with_epsilon (boxes[i].x1, expected_boxes[i].x1, 0.001);
      g_assert_cmpfloat_with_epsilon (boxes[i].y1, expected_boxes[i].y1, 0.001);
      g_assert_cmpfloat_with_epsilon (boxes[i].x2, expected_boxes[i].x2, 0.001);
      g_assert_cmpfloat_with_epsilon (boxes[i].y2, expected_boxes[i].y2, 0.001);
    }

  g_assert_cmpmem (cairo_image_surface_get_data (drawn),
                   600 * cairo_image_surface_get_stride (drawn),
                   cairo_image_surface_get_data (expected),
                   600 * cairo_image_surface_get_stride (expected));
  g_assert_cmpstr (text, ==, expected_text);

  cairo_surface_destroy (drawn);
  cairo_surface_destroy (expected);
}

/* The table's lines, drawn with one call to cairo per cell
 * (vs-report-glyphs.c), are where Pango draws them, and their text in
 * the PDF is the same text: ligatures, accents and marks included.
 * Right-to-left lines are left to Pango.
 */
static void
test_pdf_glyph_batch (void)
{
  static const struct {
    const char *text;
    gboolean plain;
  } texts[] = {
    { "An office file with fluffy waffles, first and final: fi fl ffi.", TRUE },
    { "Naïve café déjà vu, e\u0301 and \u00c5ngstr\u00f6m; ‘quotes’ — dashes… 10 × 20", TRUE },
    { "Express (Node.js) and Django/Flask: 100% async, v8.1.2-beta+build", TRUE },
    { "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd \u05e9\u05dc\u05d5\u05dd "
      "\u05e2\u05d5\u05dc\u05dd \u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd", FALSE },
  };
  g_autoptr(VsDataset) dataset = load_test_file ("three-subjects.json");
  g_autoptr(VsReport) report = new_report (dataset);
  cairo_surface_t *pdf = cairo_pdf_surface_create_for_stream (NULL, NULL, 595, 842);
  cairo_t *pdf_cr = cairo_create (pdf);
  VsGlyphBatch *batch = vs_glyph_batch_new ();

  g_assert_cmpuint (vs_report_layout (report, pdf_cr, 595, 842), >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PangoLayout) layout =
        vs_report_make_layout_in_context (report, report->context, STYLE_CELL,
                                          texts[i].text, -1, 80);
      guint n_lines = pango_layout_get_line_count (layout);
      cairo_surface_t *unused = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cairo_t *cr = cairo_create (unused);
      PopplerPage *expected_page = pdf_of_lines (layout, NULL);
      PopplerPage *page = pdf_of_lines (layout, batch);
      g_autofree char *text = poppler_page_get_text (page);

      g_test_message ("“%s”: %u lines", texts[i].text, n_lines);
      g_assert_cmpuint (n_lines, >, 1);
      g_assert_cmpuint (draw_lines (cr, layout, batch), ==, texts[i].plain ? n_lines : 0);

      assert_same_pages (page, expected_page);
      if (texts[i].plain)
        {
          /* The lines' text, whole: “office”, not “o\ufb03ce”. */
          g_autofree char *words = without_spaces (text);
          g_autofree char *expected_words = without_spaces (texts[i].text);

          g_assert_cmpstr (words, ==, expected_words);
        }

      g_object_unref (expected_page);
      g_object_unref (page);
      cairo_destroy (cr);
      cairo_surface_destroy (unused);
    }

  vs_glyph_batch_free (batch);
  cairo_destroy (pdf_cr);
  cairo_surface_destroy (pdf);
}

/* A page of lines @first to @first + @count - 1 of a text, drawn as the
 * table draws them: a layout's, or glyph lines'.
 */
static PopplerPage *
pdf_of_text_op (VsReport     *report,
                PangoLayout  *layout,
                VsGlyphLines *lines,
                guint         first,
                guint         count)
{
  g_autoptr(GPtrArray) ops = g_ptr_array_new ();
  Op op = { OP_TEXT, 12.3, 20.45, 0, 0, { 0.12, 0.12, 0.12 }, layout, lines, first, count };

  g_ptr_array_add (ops, &op);

  return pdf_of_drawing (&(Drawing) { NULL, NULL, report, ops });
}

/* Checks the glyph lines of @text at @width in @style against a layout
 * of the same lines; returns whether @text was shaped.
 */
static gboolean
check_shaped_cell (VsReport     *report,
                   VsWordWidths *words,
                   Style         style,
                   const char   *text,
                   double        width)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(VsGlyphLines) lines = vs_word_widths_shape (words, style, text, width);
  guint n_lines = vs_word_widths_break (words, style, text, width, starts);
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GArray) tops = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *first_word = NULL;

  if (n_lines == 0)
    {
      g_assert_null (lines);
      return FALSE;
    }
  g_assert_nonnull (lines);

  /* The lines as the table lays them out without glyph lines. */
  joined = g_strdup (text);
  for (guint i = 0; i < starts->len; i++)
    joined[g_array_index (starts, guint, i) - 1] = '\n';
  layout = vs_report_make_layout_in_context (report, report->context, style, joined, -1, -1);
  g_assert_cmpuint (lines->n_lines, ==, n_lines);
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, n_lines);

  tops = vs_report_layout_line_tops (layout);
  for (guint i = 0; i <= n_lines; i++)
    g_assert_cmpfloat (vs_glyph_lines_top (lines, i), ==, g_array_index (tops, double, i));

  first_word = g_strndup (text, strcspn (text, " "));
  for (guint first = 0; first < MIN (n_lines, 2); first++)
    {
      PopplerPage *expected = pdf_of_text_op (report, layout, NULL, first, n_lines - first);
      PopplerPage *page = pdf_of_text_op (report, NULL, lines, first, n_lines - first);
      g_autofree char *expected_text = poppler_page_get_text (expected);

      if (first == 0)
        g_assert_nonnull (strstr (expected_text, first_word));
      assert_same_pages (page, expected);
      g_object_unref (expected);
      g_object_unref (page);
    }

  return TRUE;
}

/* The table's cells of plain words are made of the glyphs of their words,
 * each shaped once (vs_word_widths_shape()), without a layout: they draw
 * as Pango draws a layout of the same lines, the same glyphs in the same
 * places with the same text, kerning and ligatures included, from any
 * line (a row split between pages), at the same heights.
 */
static void
test_pdf_shaped_cells (void)
{
  static const char * const texts[] = {
    "Lazy adapter 0",
    "Dynamic binding middleware archive emitter mutex session",
    "AVAWAY To Ta Yo We LT ATTAVATAR Wave Type Yacht, fi fl ffi office",
    "Node.js (V8) runs an event loop, with async callbacks: promises; await!",
    "Say \"quoted\" words (an aside) and 'single' quotes, then 100% of 2,000 users +5 e.g. a.b.c",
  };
  static const double widths[] = { 60, 120, 400 };
  static const Style styles[] = { STYLE_CELL, STYLE_CELL_BOLD };
  g_autoptr(VsDataset) dataset = load_test_file ("five-subjects-forty-features.json");
  g_autoptr(VsReport) report = new_report (dataset);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (NULL, NULL, 595, 842);
  cairo_t *cr = cairo_create (surface);
  GListModel *features = vs_dataset_get_features (dataset);
  VsWordWidths *words;
  guint n_shaped = 0;

  g_assert_cmpuint (vs_report_layout (report, cr, 595, 842), >, 0);
  words = vs_word_widths_new (report, report->context);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        n_shaped += check_shaped_cell (report, words, styles[s], texts[i], widths[w]);
  g_assert_cmpuint (n_shaped, ==, G_N_ELEMENTS (texts) * G_N_ELEMENTS (styles) * G_N_ELEMENTS (widths));

  /* The names and values of a dataset, as the table shows them. */
  n_shaped = 0;
  for (guint f = 0; f < g_list_model_get_n_items (features); f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);

      n_shaped += check_shaped_cell (report, words, STYLE_CELL_BOLD,
                                     vs_feature_get_name (feature), 80);
      for (guint v = 0; v < vs_dataset_get_n_subjects (dataset); v++)
        if (vs_feature_get_value (feature, v) != NULL)
          n_shaped += check_shaped_cell (report, words, STYLE_CELL,
                                         vs_feature_get_value (feature, v), 70);
    }
  g_test_message ("%u of the dataset's texts made of glyphs", n_shaped);
  g_assert_cmpuint (n_shaped, >=, 100);

  /* Left to Pango: what is not plain ASCII words. */
  g_assert_null (vs_word_widths_shape (words, STYLE_CELL, "naïve café", 400));
  g_assert_null (vs_word_widths_shape (words, STYLE_CELL, "real-time systems", 400));

  vs_word_widths_free (words);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Checks the lines vs_word_widths_break() finds for @text at @width points
 * against Pango's; returns how many there are (0 when it leaves @text to
 * Pango).
 */
static guint
check_word_lines (VsReport     *report,
                  VsWordWidths *words,
                  const char   *text,
                  double        width)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(PangoLayout) layout = NULL;
  guint n_lines = vs_word_widths_break (words, STYLE_CELL, text, width, starts);
  int height;

  if (n_lines == 0)
    return 0;

  layout = vs_report_make_layout_in_context (report, report->context, STYLE_CELL, text, -1, width);
  if ((int)n_lines != pango_layout_get_line_count (layout))
    g_test_message ("“%s” at %.0f pt: %u lines, Pango %d", text, width, n_lines,
                    pango_layout_get_line_count (layout));
  g_assert_cmpint (n_lines, ==, pango_layout_get_line_count (layout));
  g_assert_cmpuint (starts->len, ==, n_lines - 1);
  for (guint i = 1; i < n_lines; i++)
    g_assert_cmpint (g_array_index (starts, guint, i - 1), ==,
                     pango_layout_get_line_readonly (layout, i)->start_index);

  pango_layout_get_size (layout, NULL, &height);
  g_assert_cmpfloat (vs_word_widths_height (words, STYLE_CELL, n_lines), ==,
                     (double)height / PANGO_SCALE);

  return n_lines;
}

/* The table breaks cells of plain words into lines from the widths of
 * the words, each shaped once (vs-report-words.c): its lines are those
 * Pango finds for the same text and width, and what it cannot break as
 * Pango would, it leaves to Pango.
 */
static void
test_pdf_word_lines (void)
{
  /* Broken from the widths of their words at any width that holds their
   * longest word.
   */
  static const char *plain[] = {
    "Fast cursor server middleware encoder observer linker validator driver.",
    "Node.js (V8) runs an event loop, with async callbacks: promises; await!",
    "Say \"quoted\" words (an aside) and 'single' quotes, then 100% of 2,000 users +5 e.g. a.b.c",
    "x",
    "Managed by a Technical Steering Committee with Long Term Support releases",
  };
  /* Where Pango may break inside a word, or may not break at a space. */
  static const char *left_to_pango[] = {
    "", " leading space", "trailing space ", "two  spaces", "naïve café", "tab\there",
    "line\nbreak", "real-time systems", "a , b", "wait !", "open ( paren", "\"q\" (x)",
    "and ) or", "x [ y", "slash / here",
  };
  static const double widths[] = { 60, 75, 90, 130, 200, 480 };
  g_autoptr(VsDataset) dataset = load_test_file ("three-subjects.json");
  g_autoptr(VsReport) report = new_report (dataset);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (NULL, NULL, 595, 842);
  cairo_t *cr = cairo_create (surface);
  VsWordWidths *words;
  g_autoptr(GString) many = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  g_assert_cmpuint (vs_report_layout (report, cr, 595, 842), >, 0);
  words = vs_word_widths_new (report, report->context);

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      g_assert_cmpuint (check_word_lines (report, words, plain[i], 480), >, 0);
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        check_word_lines (report, words, plain[i], widths[w]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (left_to_pango); i++)
    g_assert_cmpuint (vs_word_widths_break (words, STYLE_CELL, left_to_pango[i], 480, NULL), ==, 0);

  /* A word wider than the column: Pango breaks it between characters. */
  g_assert_cmpuint (vs_word_widths_break (words, STYLE_CELL, "Supercalifragilisticexpialidocious",
                                          40, NULL), ==, 0);

  /* Many texts of words from the plain ones, at many widths. */
  for (guint t = 0; t < 300; t++)
    {
      g_auto(GStrv) pool = g_strsplit (plain[t % G_N_ELEMENTS (plain)], " ", -1);
      guint n_pool = g_strv_length (pool);
      guint n_words = g_rand_int_range (rand, 1, 40);

      g_string_truncate (many, 0);
      for (guint i = 0; i < n_words; i++)
        {
          const char *word = pool[g_rand_int_range (rand, 0, n_pool)];

          /* No line starts with a comma, and so on: pick another. */
          if (i > 0 && strchr ("})]!?,.:;/", word[0]) != NULL)
            continue;
          g_string_append_printf (many, "%s%s", many->len > 0 ? " " : "", word);
        }
      check_word_lines (report, words, many->str, g_rand_double_range (rand, 50, 300));
    }

  vs_word_widths_free (words);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A paragraph of many pages: all its words, in order, drawn in a time
 * linear in its length: each page goes on from the line where the page
 * before stopped, without stepping through the lines before it again.
 */
static void
check_long_paragraph (guint    n_words,
                      gboolean heading)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(VsReport) report = NULL;
  g_autoptr(Pdf) pdf = NULL;
  g_autofree char *text = NULL;
  guint64 visited;
  guint64 drawn;

  g_string_append (json,
                   "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"long\",\n"
                   " \"title\": \"Long\",\n"
                   " \"subjects\": [{\"id\": \"a\", \"name\": \"Alpha\"},\n"
                   "              {\"id\": \"b\", \"name\": \"Beta\"}],\n"
                   " \"features\": [{\"id\": \"f\", \"name\": \"F\", \"values\": {\"a\": \"x\"}}],\n"
                   " \"use_cases\": [{\"id\": \"u\", \"recommended\": [\"a\"],\n");
  g_string_append (json, heading ? "  \"name\": \"" : "  \"name\": \"Use\", \"description\": \"");
  append_numbered_words (json, n_words);
  g_string_append (json, "\"}]}\n");

  dataset = load_json (json->str);
  report = new_report (dataset);
  pdf = pdf_new (report);
  g_assert_cmpuint (pdf_n_pages (pdf), >=, n_words / 1000);

  text = pdf_text_without_footers (pdf);
  assert_numbered_words (text, n_words);

  vs_report_get_line_counts (report, &visited, &drawn);
  g_assert_cmpuint (drawn, >=, n_words / 12);
  g_assert_cmpuint (visited, ==, drawn);
  assert_footers (pdf);
  assert_text_inside_margins (pdf);
}

static void
test_pdf_long_paragraph (void)
{
  check_long_paragraph (12000, FALSE);
}

/* 700 kB in one paragraph: Pango alone would show its first line only. */
static void
test_pdf_huge_paragraph (void)
{
  check_long_paragraph (99999, FALSE);
}

/* The same as a use case's name, a heading. */
static void
test_pdf_huge_heading (void)
{
  check_long_paragraph (99999, TRUE);
}

/* The same in a cell of the feature table, split between many pages, with
 * another cell of the row split beside it.
 */
static void
test_pdf_long_cell (void)
{
  const guint n_words = 10000;
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(VsReport) report = NULL;
  g_autoptr(Pdf) pdf = NULL;
  g_autofree char *text = NULL;
  guint continued = 0;
  guint64 visited;
  guint64 drawn;

  g_string_append (json,
                   "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"long\",\n"
                   " \"title\": \"Long\",\n"
                   " \"subjects\": [{\"id\": \"a\", \"name\": \"Alpha\"},\n"
                   "              {\"id\": \"b\", \"name\": \"Beta\"}],\n"
                   " \"features\": [{\"id\": \"f\", \"name\": \"Long row\",\n"
                   "                \"values\": {\"b\": \"");
  for (guint i = 1; i <= 200; i++)
    g_string_append_printf (json, "Beta %03u\\n", i);
  g_string_append (json, "\", \"a\": \"");
  append_numbered_words (json, n_words);
  g_string_append (json, "\"}}]}\n");

  dataset = load_json (json->str);
  report = new_report (dataset);
  pdf = pdf_new (report);
  g_assert_cmpuint (pdf_n_pages (pdf), >=, 20);

  text = pdf_text_without_footers (pdf);
  assert_numbered_words (text, n_words);
  for (guint i = 1; i <= 200; i++)
    {
      g_autofree char *line = g_strdup_printf ("Beta %03u", i);

      g_assert_nonnull (strstr (text, line));
    }

  for (guint p = 0; p < pdf_n_pages (pdf); p++)
    {
      g_autofree char *page = pdf_page_text (pdf, p);

      continued += strstr (page, "(continued)") != NULL;
    }
  g_assert_cmpuint (continued, >=, 19);

  vs_report_get_line_counts (report, &visited, &drawn);
  g_assert_cmpuint (drawn, >=, 2000);
  g_assert_cmpuint (visited, ==, drawn);
  assert_text_inside_margins (pdf);
}

typedef struct
{
  GCancellable *cancellable;
  gboolean armed;
  gsize written;
} CancelOnWrite;

static cairo_status_t
cancel_on_write_cb (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  CancelOnWrite *cancel = closure;

  cancel->written += length;
  if (cancel->armed)
    g_cancellable_cancel (cancel->cancellable);

  return CAIRO_STATUS_SUCCESS;
}

/* Cancelled once its first page is written, vs_report_draw() draws no
 * more pages and skips the rest of the long table.
 */
static void
test_pdf_draw_cancelled (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(VsReport) report = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CancelOnWrite cancel = { cancellable, FALSE, 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  guint64 drawn;
  guint64 drawn_after;
  guint n_pages;

  g_string_append (json,
                   "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"many\",\n"
                   " \"title\": \"Many\",\n"
                   " \"subjects\": [{\"id\": \"a\", \"name\": \"Alpha\"},\n"
                   "              {\"id\": \"b\", \"name\": \"Beta\"}],\n"
                   " \"features\": [");
  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (json, "%s{\"id\": \"f%u\", \"name\": \"Feature %u\",\n"
                            "  \"values\": {\"a\": \"x\", \"b\": \"y\"}}",
                            i > 0 ? ",\n" : "", i, i);
  g_string_append (json, "]}\n");

  dataset = load_json (json->str);
  report = new_report (dataset);

  /* Uncancelled: every page. */
  surface = cairo_pdf_surface_create_for_stream (cancel_on_write_cb, &cancel, 595, 842);
  cr = cairo_create (surface);
  n_pages = vs_report_draw (report, cr, 595, 842, cancellable);
  g_assert_cmpuint (n_pages, >, 40);
  g_assert_cmpuint (vs_report_get_n_pages (report), ==, n_pages);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  vs_report_get_line_counts (report, NULL, &drawn);
  g_assert_cmpuint (drawn, >=, 4000);

  /* Cancelled at the first page written. */
  cancel.armed = TRUE;
  cancel.written = 0;
  surface = cairo_pdf_surface_create_for_stream (cancel_on_write_cb, &cancel, 595, 842);
  cr = cairo_create (surface);
  g_assert_cmpuint (vs_report_draw (report, cr, 595, 842, cancellable), ==, 0);
  g_assert_true (g_cancellable_is_cancelled (cancellable));
  g_assert_cmpuint (vs_report_get_n_pages (report), ==, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* At most the first page was drawn, not the 2,000 rows again. */
  vs_report_get_line_counts (report, NULL, &drawn_after);
  g_assert_cmpuint (drawn_after - drawn, <, drawn / 10);
}

/* Print draws the pages of a layout kept whole, in order: in linear time
 * too, and the same pages as the export.
 */
static void
test_pdf_long_paragraph_print (void)
{
  const guint n_words = 6000;
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(VsReport) report = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "print.pdf", NULL);
  PopplerDocument *document;
  GString *text = g_string_new (NULL);
  g_autofree char *joined = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;
  guint64 visited;
  guint64 drawn;

  g_string_append (json,
                   "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"long\",\n"
                   " \"title\": \"Long\",\n"
                   " \"subjects\": [{\"id\": \"a\", \"name\": \"Alpha\"},\n"
                   "              {\"id\": \"b\", \"name\": \"Beta\"}],\n"
                   " \"features\": [{\"id\": \"f\", \"name\": \"F\", \"values\": {\"a\": \"x\"}}],\n"
                   " \"use_cases\": [{\"id\": \"u\", \"name\": \"Use\", \"recommended\": [\"a\"],\n"
                   "                 \"description\": \"");
  append_numbered_words (json, n_words);
  g_string_append (json, "\"}]}\n");

  dataset = load_json (json->str);
  report = new_report (dataset);

  surface = cairo_pdf_surface_create (path, 595, 842);
  cr = cairo_create (surface);
  n_pages = vs_report_layout (report, cr, 595, 842);
  g_assert_cmpuint (n_pages, >=, 6);
  for (guint p = 0; p < n_pages; p++)
    {
      vs_report_draw_page (report, cr, p);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  vs_report_get_line_counts (report, &visited, &drawn);
  g_assert_cmpuint (drawn, >=, 500);
  g_assert_cmpuint (visited, ==, drawn);

  document = open_pdf (path);
  g_assert_cmpuint (poppler_document_get_n_pages (document), ==, n_pages);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, p);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }
  joined = g_string_free (text, FALSE);
  assert_numbered_words (joined, n_words);

  g_object_unref (document);
  remove_tree (dir);
}

typedef struct
{
  gboolean done;
  gboolean written;
  GError *error;
} AsyncResult;

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncResult *async = user_data;

  g_assert_true (VS_IS_REPORT (source));
  async->written = vs_pdf_export_write_finish (VS_REPORT (source), result, &async->error);
  async->done = TRUE;
}

static void
test_pdf_async (void)
{
  g_autoptr(VsDataset) dataset = load_test_file ("three-subjects.json");
  g_autoptr(VsReport) report = new_report (dataset);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "async.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsyncResult async = { 0 };
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;

  vs_pdf_export_write_async (report, file, NULL, write_done_cb, &async);
  while (!async.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_no_error (async.error);
  g_assert_true (async.written);
  contents = read_file (path);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "async.pdf");

  remove_tree (dir);
}

/* ------------------------------------------------------------------------ */
/* CSV and Markdown                                                          */
/* ------------------------------------------------------------------------ */

/* Cells that CSV and Markdown must carry as they are. */
static const char special_json[] =
  "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"special\",\n"
  " \"title\": \"Commas, \\\"quotes\\\" | pipes\",\n"
  " \"subjects\": [{\"id\": \"a\", \"name\": \"A, the first\"},\n"
  "              {\"id\": \"b\", \"name\": \"B \\\"quoted\\\"\"}],\n"
  " \"categories\": [{\"id\": \"c\", \"name\": \"Cat|egory\"}],\n"
  " \"features\": [\n"
  "  {\"id\": \"f1\", \"name\": \"Comma, name\", \"category\": \"c\",\n"
  "   \"values\": {\"a\": \"one, two\", \"b\": \"say \\\"hi\\\"\"}, \"advantage\": \"a\"},\n"
  "  {\"id\": \"f2\", \"name\": \"Lines\",\n"
  "   \"values\": {\"a\": \"line 1\\nline 2\", \"b\": \"cr\\r\\nlf\"}, \"advantage\": \"tie\"},\n"
  "  {\"id\": \"f3\", \"name\": \"Pipe | and \\\\ backslash\",\n"
  "   \"values\": {\"a\": \"a|b\", \"b\": \"c\\\\d *not bold* <b>&amp;\"}},\n"
  "  {\"id\": \"f4\", \"name\": \"Missing\", \"values\": {\"a\": \"only a\"}}\n"
  " ]}\n";

static const char * const special_cells[][5] = {
  { "Feature", "Category", "A, the first", "B \"quoted\"", "Advantage" },
  { "Comma, name", "Cat|egory", "one, two", "say \"hi\"", "A, the first" },
  { "Lines", "", "line 1\nline 2", "cr\r\nlf", "Tie" },
  { "Pipe | and \\ backslash", "", "a|b", "c\\d *not bold* <b>&amp;", "" },
  { "Missing", "", "only a", "", "" },
};

/* Parses RFC 4180 CSV strictly: CRLF after every record, quotes only
 * around whole fields, doubled inside them.
 */
static GPtrArray *
parse_csv (const char *csv)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  const char *p = csv;

  while (*p != '\0')
    {
      GString *field = g_string_new (NULL);

      if (*p == '"')
        {
          for (p++; ; p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"')
                {
                  if (p[1] != '"')
                    break;
                  p++;
                }
              g_string_append_c (field, *p);
            }
          p++;
        }
      else
        {
          for (; *p != ',' && *p != '\r' && *p != '\0'; p++)
            {
              /* A bare quote, CR or LF belongs in a quoted field only. */
              g_assert_true (*p != '"' && *p != '\n');
              g_string_append_c (field, *p);
            }
        }

      g_ptr_array_add (fields, g_string_free (field, FALSE));

      if (*p == ',')
        {
          p++;
          continue;
        }

      g_assert_true (p[0] == '\r' && p[1] == '\n');
      p += 2;
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (records, g_strdupv ((char **)fields->pdata));
      g_ptr_array_set_size (fields, 0);
    }

  g_assert_cmpuint (fields->len, ==, 0);

  return records;
}

/* Cells a spreadsheet would run as formulas start with an apostrophe. */
static void
test_csv_formulas (void)
{
  g_autoptr(VsDataset) dataset = load_json (
    "{\"format\": \"versus/comparison\", \"version\": 1, \"id\": \"f\", \"title\": \"F\","
    " \"subjects\": [{\"id\": \"a\", \"name\": \"=A\"}, {\"id\": \"b\", \"name\": \"B\"}],"
    " \"features\": [{\"id\": \"x\", \"name\": \"@SUM(1)\","
    " \"values\": {\"a\": \"=HYPERLINK(\\\"http://e.test\\\")\", \"b\": \"-1, +2\"}}]}");
  g_autofree char *csv = vs_csv_export_to_string (dataset, NULL);

  g_assert_cmpstr (csv, ==,
                   "Feature,Category,'=A,B,Advantage\r\n"
                   "'@SUM(1),,\"'=HYPERLINK(\"\"http://e.test\"\")\",\"'-1, +2\",\r\n");
}

static void
test_csv_builtin (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autofree char *csv = vs_csv_export_to_string (dataset, NULL);
  g_autoptr(GPtrArray) records = parse_csv (csv);
  GListModel *features = vs_dataset_get_features (dataset);

  g_assert_true (g_str_has_prefix (csv, "Feature,Category,Node.js,Python,Advantage\r\n"));
  g_assert_cmpuint (records->len, ==, g_list_model_get_n_items (features) + 1);

  for (guint f = 0; f < g_list_model_get_n_items (features); f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);
      char **record = g_ptr_array_index (records, f + 1);

      g_assert_cmpuint (g_strv_length (record), ==, 5);
      g_assert_cmpstr (record[0], ==, vs_feature_get_name (feature));
      g_assert_cmpstr (record[2], ==, vs_feature_get_value (feature, 0));
      g_assert_cmpstr (record[3], ==, vs_feature_get_value (feature, 1));
    }

  /* Commas in the built-in values are quoted. */
  g_assert_nonnull (strstr (csv, "\"High-performance, single-threaded event loop with "
                            "non-blocking I/O\""));
}

static void
test_csv_special (void)
{
  g_autoptr(VsDataset) dataset = load_json (special_json);
  g_autofree char *csv = vs_csv_export_to_string (dataset, NULL);
  g_autoptr(GPtrArray) records = parse_csv (csv);

  g_test_message ("%s", csv);
  g_assert_cmpuint (records->len, ==, G_N_ELEMENTS (special_cells));
  for (guint r = 0; r < records->len; r++)
    {
      char **record = g_ptr_array_index (records, r);

      g_assert_cmpuint (g_strv_length (record), ==, 5);
      for (guint c = 0; c < 5; c++)
        g_assert_cmpstr (record[c], ==, special_cells[r][c]);
    }

  /* Quotes only where needed. */
  g_assert_true (g_str_has_prefix (csv, "Feature,Category,\"A, the first\",\"B \"\"quoted\"\"\","
                                   "Advantage\r\n"));
  g_assert_nonnull (strstr (csv, "\r\nMissing,,only a,,\r\n"));
}

static void
test_csv_subjects (void)
{
  g_autoptr(VsDataset) dataset = load_test_file ("three-subjects.json");
  g_autoptr(GPtrArray) subjects = g_ptr_array_new ();
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) records = NULL;

  g_ptr_array_add (subjects, vs_dataset_find_subject (dataset, "sqlite"));
  g_ptr_array_add (subjects, vs_dataset_find_subject (dataset, "mysql"));
  csv = vs_csv_export_to_string (dataset, subjects);
  records = parse_csv (csv);

  g_assert_true (g_str_has_prefix (csv, "Feature,Category,SQLite,MySQL,Advantage\r\n"));
  for (guint r = 0; r < records->len; r++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (records, r)), ==, 4 + 0 + 1);
}

/* The number of pipes in @line that separate cells (not escaped). */
static guint
count_cell_pipes (const char *line)
{
  guint count = 0;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '|')
        count++;
    }

  return count;
}

static void
test_markdown_special (void)
{
  g_autoptr(VsDataset) dataset = load_json (special_json);
  g_autofree char *markdown = vs_markdown_export_to_string (dataset, NULL);
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);

  g_test_message ("%s", markdown);

  /* A title line, a blank line, the header, the delimiter row, four rows. */
  g_assert_cmpuint (g_strv_length (lines), ==, 9);
  g_assert_cmpstr (lines[0], ==, "# Commas, \"quotes\" \\| pipes");
  g_assert_cmpstr (lines[1], ==, "");
  g_assert_cmpstr (lines[2], ==,
                   "| Feature | Category | A, the first | B \"quoted\" | Advantage |");
  g_assert_cmpstr (lines[3], ==, "| --- | --- | --- | --- | --- |");
  g_assert_cmpstr (lines[8], ==, "");

  for (guint i = 2; i < 8; i++)
    g_assert_cmpuint (count_cell_pipes (lines[i]), ==, 6);

  /* Pipes and backslashes escaped, line breaks as spaces (no raw HTML),
   * markup literal.
   */
  g_assert_cmpstr (lines[4], ==,
                   "| Comma, name | Cat\\|egory | one, two | say \"hi\" | A, the first |");
  g_assert_cmpstr (lines[5], ==, "| Lines |  | line 1 line 2 | cr lf | Tie |");
  g_assert_cmpstr (lines[6], ==, "| Pipe \\| and \\\\ backslash |  | a\\|b | "
                   "c\\\\d \\*not bold\\* \\<b\\>\\&amp; |  |");
  g_assert_cmpstr (lines[7], ==, "| Missing |  | only a | — |  |");
  g_assert_null (strstr (markdown, "<br>"));
}

static void
test_markdown_builtin (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(GPtrArray) subjects = g_ptr_array_new ();
  g_autofree char *markdown = NULL;
  g_auto(GStrv) lines = NULL;

  g_ptr_array_add (subjects, vs_dataset_find_subject (dataset, "python"));
  markdown = vs_markdown_export_to_string (dataset, subjects);
  lines = g_strsplit (markdown, "\n", -1);

  g_assert_cmpstr (lines[0], ==, "# Node.js vs Python");
  g_assert_cmpstr (lines[2], ==, "| Feature | Category | Python | Advantage |");
  g_assert_cmpstr (lines[4], ==, "| Performance | Runtime and performance | Slower due to Global "
                   "Interpreter Lock (GIL), multi-threaded but limited concurrency | Node.js |");
}

/* ------------------------------------------------------------------------ */
/* Atomic writes                                                             */
/* ------------------------------------------------------------------------ */

typedef enum
{
  EXPORT_PDF,
  EXPORT_CSV,
  EXPORT_MARKDOWN,
} ExportKind;

static const char * const export_names[] = { "report.pdf", "table.csv", "table.md" };

static gboolean
export_to (ExportKind     kind,
           const char    *path,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  switch (kind)
    {
    case EXPORT_PDF:
      {
        g_autoptr(VsReport) report = new_report (dataset);

        return vs_pdf_export_write (report, file, cancellable, error);
      }

    case EXPORT_CSV:
      return vs_csv_export_write (dataset, NULL, file, cancellable, error);

    case EXPORT_MARKDOWN:
      return vs_markdown_export_write (dataset, NULL, file, cancellable, error);

    default:
      g_assert_not_reached ();
    }
}

/* A folder with one old file, byte for byte known. */
typedef struct
{
  char *dir;
  char *target;
} Folder;

#define OLD_CONTENTS "old contents, kept on failure\n"

static void
folder_set_up (Folder        *folder,
               gconstpointer  data)
{
  ExportKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;

  folder->dir = make_temp_dir ();
  folder->target = g_build_filename (folder->dir, export_names[kind], NULL);
  g_file_set_contents (folder->target, OLD_CONTENTS, -1, &error);
  g_assert_no_error (error);
}

static void
folder_tear_down (Folder        *folder,
                  gconstpointer  data)
{
  remove_tree (folder->dir);
  g_free (folder->dir);
  g_free (folder->target);
}

static void
assert_untouched (Folder *folder)
{
  g_autofree char *contents = read_file (folder->target);
  g_autofree char *names = list_dir (folder->dir);

  g_assert_cmpstr (contents, ==, OLD_CONTENTS);
  /* No temporary file left behind. */
  g_assert_cmpstr (names, ==, strrchr (folder->target, G_DIR_SEPARATOR) + 1);
}

static void
test_atomic_replace (Folder        *folder,
                     gconstpointer  data)
{
  ExportKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;
  GStatBuf buf;
  mode_t mask = umask (022);

  umask (mask);
  g_assert_true (export_to (kind, folder->target, NULL, &error));
  g_assert_no_error (error);

  contents = read_file (folder->target);
  g_assert_cmpstr (contents, !=, OLD_CONTENTS);
  names = list_dir (folder->dir);
  g_assert_cmpstr (names, ==, export_names[kind]);

  /* An ordinary file, not mkstemp's private one. */
  g_assert_cmpint (g_stat (folder->target, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0666 & ~mask);
}

static void
test_atomic_no_folder (Folder        *folder,
                       gconstpointer  data)
{
  ExportKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (folder->dir, "missing", NULL);
  g_autofree char *path = g_build_filename (missing, export_names[kind], NULL);
  g_autofree char *expected = g_strdup_printf ("the folder “%s” does not exist", missing);

  g_assert_false (export_to (kind, path, NULL, &error));
  g_assert_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NO_FOLDER);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  assert_untouched (folder);
}

static void
test_atomic_parent_is_file (Folder        *folder,
                            gconstpointer  data)
{
  ExportKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (folder->target, "inside", NULL);

  g_assert_false (export_to (kind, path, NULL, &error));
  g_assert_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NO_FOLDER);
  g_assert_nonnull (strstr (error->message, "is not a folder"));
  assert_untouched (folder);
}

static void
test_atomic_target_is_folder (Folder        *folder,
                              gconstpointer  data)
{
  ExportKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (folder->dir, "folder.out", NULL);
  g_autofree char *inside = g_build_filename (path, "keep", NULL);
  g_autofree char *names = NULL;
  g_autofree char *expected = NULL;

  /* The temporary file is written, then cannot replace the folder. */
  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "kept", -1, NULL));

  g_assert_false (export_to (kind, path, NULL, &error));
  g_assert_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_IS_FOLDER);
  g_assert_cmpstr (error->message, ==, "it is a folder, not a file");

  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  names = list_dir (folder->dir);
  expected = g_strdup_printf ("folder.out %s", export_names[kind]);
  g_assert_cmpstr (names, ==, expected);
  remove_tree (path);
  assert_untouched (folder);
}

static void
test_atomic_read_only (Folder        *folder,
                       gconstpointer  data)
{
  ExportKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  /* Root writes anywhere: permissions do not bite. The other failures
   * cover root's runs.
   */
  if (geteuid () == 0)
    {
      g_test_skip ("running as root, a read-only folder is still writable");
      return;
    }

  g_assert_cmpint (g_chmod (folder->dir, 0500), ==, 0);
  g_assert_false (export_to (kind, folder->target, NULL, &error));
  g_assert_cmpint (g_chmod (folder->dir, 0700), ==, 0);

  g_assert_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_PERMISSION);
  expected = g_strdup_printf ("there is no permission to write in the folder “%s”", folder->dir);
  g_assert_cmpstr (error->message, ==, expected);
  assert_untouched (folder);
}

/* A write that fails half-way, as on a full disk: a file size limit makes
 * write() fail with EFBIG, for root too.
 */
static void
test_atomic_write_fails (Folder        *folder,
                         gconstpointer  data)
{
  ExportKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  struct rlimit saved;
  struct rlimit limit;
  void (*saved_handler) (int);
  gboolean written;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = 512;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  written = export_to (kind, folder->target, NULL, &error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  g_assert_false (written);
  g_assert_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_WRITE);
  g_assert_true (g_str_has_prefix (error->message, "cannot write the file: "));
  assert_untouched (folder);
}

static void
test_atomic_cancelled (Folder        *folder,
                       gconstpointer  data)
{
  ExportKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (export_to (kind, folder->target, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_untouched (folder);
}

static void
test_export_file_abandoned (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "abandoned.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VsExportFile *export_file = vs_export_file_open (file, &error);
  g_autofree char *names = NULL;

  /* Written but not committed: nothing happens to the target. */
  g_assert_no_error (error);
  g_assert_true (vs_export_file_write (export_file, "data", 4, &error));
  names = list_dir (dir);
  g_assert_true (g_str_has_prefix (names, ".versus-"));
  vs_export_file_free (export_file);

  g_clear_pointer (&names, g_free);
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "");

  remove_tree (dir);
}



/* A signal in the middle of an export: the handler removes the temporary
 * file and ends the process with the signal. The export runs in a
 * subprocess; the folder is passed to it in the environment.
 */
static void
test_export_file_signal (gconstpointer user_data)
{
  int signum = GPOINTER_TO_INT (user_data);
  g_autofree char *dir = NULL;
  g_autofree char *target = NULL;
  g_autofree char *names = NULL;
  g_autofree char *contents = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(VsExportFile) export_file = NULL;
      g_autoptr(GError) error = NULL;

      dir = g_strdup (g_getenv ("VERSUS_TEST_SIGNAL_DIR"));
      target = g_build_filename (dir, "report.pdf", NULL);
      file = g_file_new_for_path (target);

      signal (signum, SIG_DFL);
      vs_export_file_install_signal_handlers ();
      export_file = vs_export_file_open (file, &error);
      g_assert_no_error (error);
      g_assert_true (vs_export_file_write (export_file, "%PDF-", 5, &error));
      names = list_dir (dir);
      g_assert_true (g_str_has_prefix (names, ".versus-"));

      raise (signum);
      g_assert_not_reached ();
    }

  dir = make_temp_dir ();
  target = g_build_filename (dir, "report.pdf", NULL);
  g_assert_true (g_file_set_contents (target, OLD_CONTENTS, -1, NULL));
  g_setenv ("VERSUS_TEST_SIGNAL_DIR", dir, TRUE);

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();

  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "report.pdf");
  contents = read_file (target);
  g_assert_cmpstr (contents, ==, OLD_CONTENTS);

  g_unsetenv ("VERSUS_TEST_SIGNAL_DIR");
  remove_tree (dir);
}

/* ------------------------------------------------------------------------ */
/* Targets that are not files                                                */
/* ------------------------------------------------------------------------ */

/* /dev/null is refused, and stays a device: as root, the rename used to
 * replace it with a regular file.
 */
static void
test_target_device (Folder        *folder,
                    gconstpointer  data)
{
  ExportKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  g_assert_false (export_to (kind, "/dev/null", NULL, &error));
  g_assert_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NOT_FILE);
  g_assert_cmpstr (error->message, ==, "this is a device, not a file; choose a file to export to");

  g_assert_cmpint (g_stat ("/dev/null", &buf), ==, 0);
  g_assert_true (S_ISCHR (buf.st_mode));
  assert_untouched (folder);
}

static void
test_target_fifo (Folder        *folder,
                  gconstpointer  data)
{
  ExportKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *fifo = g_build_filename (folder->dir, "fifo", NULL);
  g_autofree char *names = NULL;
  g_autofree char *expected = NULL;
  GStatBuf buf;

  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  g_assert_false (export_to (kind, fifo, NULL, &error));
  g_assert_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NOT_FILE);
  g_assert_cmpstr (error->message, ==, "this is a pipe, not a file; choose a file to export to");

  g_assert_cmpint (g_lstat (fifo, &buf), ==, 0);
  g_assert_true (S_ISFIFO (buf.st_mode));
  names = list_dir (folder->dir);
  expected = g_strdup_printf ("fifo %s", export_names[kind]);
  g_assert_cmpstr (names, ==, expected);
  g_unlink (fifo);
  assert_untouched (folder);
}

/* A link to a missing file: refused, the link stays and nothing is made. */
static void
test_target_dangling_link (Folder        *folder,
                           gconstpointer  data)
{
  ExportKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *link = g_build_filename (folder->dir, "link", NULL);
  g_autofree char *names = NULL;
  g_autofree char *expected = NULL;
  GStatBuf buf;

  g_assert_cmpint (symlink ("missing", link), ==, 0);
  g_assert_false (export_to (kind, link, NULL, &error));
  g_assert_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NOT_FILE);
  g_assert_cmpstr (error->message, ==,
                   "this is a link to a missing file; choose a file to export to");

  g_assert_cmpint (g_lstat (link, &buf), ==, 0);
  g_assert_true (S_ISLNK (buf.st_mode));
  names = list_dir (folder->dir);
  expected = g_strdup_printf ("link %s", export_names[kind]);
  g_assert_cmpstr (names, ==, expected);
  g_unlink (link);
  assert_untouched (folder);
}

/* A link to a file: the file it points to is replaced, the link stays. */
static void
test_target_link_to_file (Folder        *folder,
                          gconstpointer  data)
{
  ExportKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *link = g_build_filename (folder->dir, "link", NULL);
  g_autofree char *contents = NULL;
  GStatBuf buf;

  g_assert_cmpint (symlink (export_names[kind], link), ==, 0);
  g_assert_true (export_to (kind, link, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_lstat (link, &buf), ==, 0);
  g_assert_true (S_ISLNK (buf.st_mode));
  contents = read_file (folder->target);
  g_assert_cmpstr (contents, !=, OLD_CONTENTS);
  g_unlink (link);
}

/* A file nobody may write was made read-only on purpose: it is refused,
 * for root too (the mode bits are checked, not what root may do).
 */
static void
test_target_read_only_file (Folder        *folder,
                            gconstpointer  data)
{
  ExportKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  g_assert_cmpint (g_chmod (folder->target, 0444), ==, 0);
  g_assert_false (export_to (kind, folder->target, NULL, &error));
  g_assert_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==,
                   "this file is read-only; choose another file, or make it writable");

  g_assert_cmpint (g_stat (folder->target, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0444);
  assert_untouched (folder);
}

/* The dataset's own file is refused, by any path that leads to it. */
static void
test_target_same_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *dataset = g_build_filename (dir, "dataset.json", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.json", NULL);
  g_autofree char *soft = g_build_filename (dir, "soft.json", NULL);
  g_autofree char *dotted = g_build_filename (dir, ".", "dataset.json", NULL);
  g_autofree char *other = g_build_filename (dir, "other.json", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (dataset);
  const char *same[] = { dataset, hard, soft, dotted };
  g_autoptr(GFile) other_file = g_file_new_for_path (other);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (dataset, "{}", -1, NULL));
  g_assert_cmpint (link (dataset, hard), ==, 0);
  g_assert_cmpint (symlink ("dataset.json", soft), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autoptr(GFile) target = g_file_new_for_path (same[i]);

      g_assert_false (vs_export_file_check_target (target, source, &error));
      g_assert_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_SAME_FILE);
      g_assert_cmpstr (error->message, ==, "this is the dataset file being exported; "
                                           "choose another file to export to");
      g_clear_error (&error);
    }

  /* Another file, existing or not, and no dataset file at all, are fine. */
  g_assert_true (vs_export_file_check_target (other_file, source, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (other, "{}", -1, NULL));
  g_assert_true (vs_export_file_check_target (other_file, source, &error));
  g_assert_no_error (error);
  g_assert_true (vs_export_file_check_target (source, NULL, &error));
  g_assert_no_error (error);

  remove_tree (dir);
}

/* ------------------------------------------------------------------------ */

static void
add_folder_tests (const char *group,
                  const char *name,
                  void      (*test) (Folder *, gconstpointer))
{
  const char * const kinds[] = { "pdf", "csv", "markdown" };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *path = g_strdup_printf ("/versus/export/%s/%s/%s", group, kinds[k], name);

      g_test_add (path, Folder, GUINT_TO_POINTER (k), folder_set_up, test, folder_tear_down);
    }
}

#define add_atomic_tests(name, test) add_folder_tests ("atomic", name, test)

int
main (int   argc,
      char *argv[])
{
  /* Dates and messages are compared in English. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "", TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/versus/export/pdf/builtin", test_pdf_builtin);
  g_test_add_func ("/versus/export/pdf/structure", test_pdf_structure);
  g_test_add_func ("/versus/export/pdf/links", test_pdf_links);
  g_test_add_func ("/versus/export/pdf/three-subjects", test_pdf_three_subjects);
  g_test_add_func ("/versus/export/pdf/subjects", test_pdf_subjects);
  g_test_add_func ("/versus/export/pdf/letter", test_pdf_letter);
  g_test_add_func ("/versus/export/pdf/many-features", test_pdf_many_features);
  g_test_add_func ("/versus/export/pdf/large-table", test_pdf_large_table);
  g_test_add_func ("/versus/export/pdf/word-lines", test_pdf_word_lines);
  g_test_add_func ("/versus/export/pdf/glyph-batch", test_pdf_glyph_batch);
  g_test_add_func ("/versus/export/pdf/shaped-cells", test_pdf_shaped_cells);
  g_test_add_func ("/versus/export/pdf/tall-row", test_pdf_tall_row);
  g_test_add_func ("/versus/export/pdf/unicode", test_pdf_unicode);
  g_test_add_func ("/versus/export/pdf/verdict", test_pdf_verdict);
  g_test_add_func ("/versus/export/pdf/verdict-negative", test_pdf_verdict_negative);
  g_test_add_func ("/versus/export/pdf/shown-features", test_pdf_shown_features);
  g_test_add_func ("/versus/export/pdf/average-rounding", test_pdf_average_rounding);
  g_test_add_func ("/versus/export/pdf/cards-together", test_pdf_cards_together);
  g_test_add_func ("/versus/export/pdf/chart-together", test_pdf_chart_together);
  g_test_add_func ("/versus/export/pdf/verdict-tie", test_pdf_verdict_tie);
  g_test_add_func ("/versus/export/pdf/reproducible", test_pdf_reproducible);
  g_test_add_func ("/versus/export/pdf/draw-pages", test_pdf_draw_pages);
  g_test_add_func ("/versus/export/pdf/long-paragraph", test_pdf_long_paragraph);
  g_test_add_func ("/versus/export/pdf/huge-paragraph", test_pdf_huge_paragraph);
  g_test_add_func ("/versus/export/pdf/huge-heading", test_pdf_huge_heading);
  g_test_add_func ("/versus/export/pdf/long-paragraph-print", test_pdf_long_paragraph_print);
  g_test_add_func ("/versus/export/pdf/long-cell", test_pdf_long_cell);
  g_test_add_func ("/versus/export/pdf/measured-rows", test_pdf_measured_rows);
  g_test_add_func ("/versus/export/pdf/draw-cancelled", test_pdf_draw_cancelled);
  g_test_add_func ("/versus/export/pdf/async", test_pdf_async);

  g_test_add_func ("/versus/export/csv/builtin", test_csv_builtin);
  g_test_add_func ("/versus/export/csv/special", test_csv_special);
  g_test_add_func ("/versus/export/csv/subjects", test_csv_subjects);
  g_test_add_func ("/versus/export/csv/formulas", test_csv_formulas);
  g_test_add_func ("/versus/export/markdown/special", test_markdown_special);
  g_test_add_func ("/versus/export/markdown/builtin", test_markdown_builtin);

  add_atomic_tests ("replace", test_atomic_replace);
  add_atomic_tests ("no-folder", test_atomic_no_folder);
  add_atomic_tests ("parent-is-file", test_atomic_parent_is_file);
  add_atomic_tests ("target-is-folder", test_atomic_target_is_folder);
  add_atomic_tests ("read-only-folder", test_atomic_read_only);
  add_atomic_tests ("write-fails", test_atomic_write_fails);
  add_atomic_tests ("cancelled", test_atomic_cancelled);
  g_test_add_func ("/versus/export/atomic/abandoned", test_export_file_abandoned);

  g_test_add_data_func ("/versus/export/atomic/signal/term", GINT_TO_POINTER (SIGTERM),
                        test_export_file_signal);
  g_test_add_data_func ("/versus/export/atomic/signal/int", GINT_TO_POINTER (SIGINT),
                        test_export_file_signal);
  g_test_add_data_func ("/versus/export/atomic/signal/hup", GINT_TO_POINTER (SIGHUP),
                        test_export_file_signal);

  add_folder_tests ("target", "device", test_target_device);
  add_folder_tests ("target", "fifo", test_target_fifo);
  add_folder_tests ("target", "dangling-link", test_target_dangling_link);
  add_folder_tests ("target", "link-to-file", test_target_link_to_file);
  add_folder_tests ("target", "read-only-file", test_target_read_only_file);
  g_test_add_func ("/versus/export/target/same-file", test_target_same_file);

  return g_test_run ();
}
