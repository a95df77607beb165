/* test-features-view.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "test-widgets.h"
#include "vs-dataset-loader.h"
#include "vs-feature-card.h"
#include "vs-feature-details.h"
#include "vs-features-view.h"
#include "vs-row-slot.h"
#include "vs-subject-style.h"
#include "vs-text-cell.h"

/* What a user of the Features view sees: the rows of the table (read from
 * the model behind the column view, and from the cells' labels), the
 * columns, the filters, the empty state and the details window.
 */

typedef struct
{
  GtkWindow *window;
  VsFeaturesView *view;
} Fixture;

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */


static const char *
shown_name (GListModel *shown,
            guint       position)
{
  g_autoptr(VsFeature) feature = g_list_model_get_item (shown, position);

  return vs_feature_get_name (feature);
}

static VsDataset *
load_dataset (const char *folder,
              const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VsDataset *dataset;

  dataset = vs_dataset_loader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

static gboolean
timeout_reached_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;

  return G_SOURCE_REMOVE;
}

/* Lets GTK lay out and draw for a while. */
static void
run_main_loop (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, timeout_reached_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static VsSession *
get_session (Fixture *fixture)
{
  return vs_view_get_session (VS_VIEW (fixture->view));
}

static void
show_view (Fixture   *fixture,
           VsDataset *dataset,
           int        width)
{
  g_autoptr(VsSession) session = NULL;

  if (dataset != NULL)
    vs_subject_style_apply (dataset);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, width, 720);

  session = vs_session_new (dataset);
  fixture->view = g_object_new (VS_TYPE_FEATURES_VIEW, "session", session, NULL);
  g_object_ref_sink (fixture->view);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  run_main_loop (100);
}

static void
fixture_set_up_builtin (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();

  show_view (fixture, dataset, 1280);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->view);
}

/* Finds a widget of the view's template by its id in the .ui file. */
static gboolean
has_id (GtkWidget  *widget,
        const char *id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

static GtkWidget *
find_widget (GtkWidget  *root,
             const char *id)
{
  return test_find_first (root, GTK_TYPE_WIDGET, has_id, id);
}

static GtkWidget *
get_widget (Fixture    *fixture,
            const char *id)
{
  GtkWidget *widget = find_widget (GTK_WIDGET (fixture->view), id);

  g_assert_nonnull (widget);

  return widget;
}

/* Whether @widget is a label or a table's text cell showing exactly
 * @text, as text.
 */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget))
    return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;

  return (VS_IS_TEXT_CELL (widget) &&
          g_strcmp0 (vs_text_cell_get_text (VS_TEXT_CELL (widget)), text) == 0);
}

/* Finds a label or a text cell showing exactly @text. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  return test_find_first (root, GTK_TYPE_WIDGET, shows_text, text);
}

static gboolean
is_badge_with_text (GtkWidget  *widget,
                    const char *text)
{
  return (gtk_widget_has_css_class (widget, "vs-badge") &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0);
}

/* Finds a badge (a label with the .vs-badge style class) showing @text. */
static GtkLabel *
find_badge (GtkWidget  *root,
            const char *text)
{
  return test_find_first (root, GTK_TYPE_LABEL, is_badge_with_text, text);
}

static GtkColumnView *
get_column_view (Fixture *fixture)
{
  return GTK_COLUMN_VIEW (get_widget (fixture, "column_view"));
}

/* The rows the column view shows, in order: slots that hold features. */
static GListModel *
get_rows (Fixture *fixture)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (get_column_view (fixture));

  return gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection));
}

static VsFeature *
get_row (Fixture *fixture,
         guint    position)
{
  g_autoptr(VsRowSlot) slot = g_list_model_get_item (get_rows (fixture), position);

  g_assert_nonnull (slot);

  /* The dataset holds the feature. */
  return vs_row_slot_get_item (slot);
}

/* The names of the rows, joined by "|". */
static char *
get_row_names (Fixture *fixture)
{
  GListModel *rows = get_rows (fixture);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(VsRowSlot) slot = g_list_model_get_item (rows, i);

      if (i > 0)
        g_string_append_c (names, '|');
      g_string_append (names, vs_feature_get_name (vs_row_slot_get_item (slot)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static GtkColumnViewColumn *
get_column (Fixture *fixture,
            guint    position)
{
  GListModel *columns = gtk_column_view_get_columns (get_column_view (fixture));
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, position);

  g_assert_nonnull (column);

  return column;
}

static guint
get_n_columns (Fixture *fixture)
{
  return g_list_model_get_n_items (gtk_column_view_get_columns (get_column_view (fixture)));
}

static const char *
get_visible_page (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (get_widget (fixture, "content_stack")));
}

typedef struct
{
  const char *text;
  gboolean searched;
} Search;

static void
search_changed_cb (GtkSearchEntry *entry,
                   gpointer        user_data)
{
  Search *search = user_data;

  /* Replacing the text empties the entry first, which searches at once. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), search->text) == 0)
    search->searched = TRUE;
}

/* Types @text in the search entry and waits for the search to run (after
 * the entry's delay, as for a user).
 */
static void
search (Fixture    *fixture,
        const char *text)
{
  GtkWidget *entry = get_widget (fixture, "search_entry");
  Search search = { text, FALSE };
  gulong handler;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), !=, text);

  handler = g_signal_connect (entry, "search-changed", G_CALLBACK (search_changed_cb), &search);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  while (!search.searched)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (entry, handler);
}

static void
select_item (Fixture    *fixture,
             const char *dropdown_id,
             const char *item)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (get_widget (fixture, dropdown_id));
  GListModel *items = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GtkStringObject) string = g_list_model_get_item (items, i);

      if (g_strcmp0 (gtk_string_object_get_string (string), item) == 0)
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }

  g_error ("“%s” has no item “%s”", dropdown_id, item);
}

static const char *
get_selected_item (Fixture    *fixture,
                   const char *dropdown_id)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (get_widget (fixture, dropdown_id));

  return gtk_string_object_get_string (gtk_drop_down_get_selected_item (dropdown));
}

static const char *
get_search_text (Fixture *fixture)
{
  return gtk_editable_get_text (GTK_EDITABLE (get_widget (fixture, "search_entry")));
}

static const char *
get_advantage_name (VsFeature *feature)
{
  VsSubject *advantage = vs_feature_get_advantage (feature);

  return advantage != NULL ? vs_subject_get_name (advantage) : NULL;
}

static GtkWidget *
get_squeezed_child (Fixture *fixture)
{
  return adw_squeezer_get_visible_child (ADW_SQUEEZER (get_widget (fixture, "filter_squeezer")));
}

static const char *
get_count (Fixture *fixture)
{
  return gtk_label_get_text (GTK_LABEL (get_widget (fixture, "count_label")));
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                    */
/* ------------------------------------------------------------------------ */

static void
test_builtin_rows (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *names = get_row_names (fixture);
  const char *titles[] = { "Feature", "Category", "Node.js", "Python", "Advantage" };

  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 16);
  g_assert_cmpstr (names, ==,
                   "Performance|Best Use Cases|Learning Curve|Scalability|Primary Frameworks|"
                   "Package Management|Enterprise Adoption|Runtime Environment|Latest Release|"
                   "Concurrency Model|Scaling Approach|Best-Suited Workloads|Development Speed|"
                   "Ecosystem Libraries|Security Updates|Community and Governance");
  g_assert_cmpstr (get_count (fixture), ==, "16 features");
  g_assert_cmpstr (get_visible_page (fixture), ==, "table");

  g_assert_cmpuint (get_n_columns (fixture), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkColumnViewColumn *column = get_column (fixture, i);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, titles[i]);
      g_assert_true (gtk_column_view_column_get_visible (column));
      g_assert_nonnull (gtk_column_view_column_get_sorter (column));
    }

  /* The cells show the texts, and the advantage as a badge. */
  g_assert_nonnull (find_label (get_widget (fixture, "column_view"),
                                "Slower due to Global Interpreter Lock (GIL), multi-threaded "
                                "but limited concurrency"));
  g_assert_nonnull (find_label (get_widget (fixture, "column_view"), "Runtime and performance"));
  g_assert_nonnull (find_badge (get_widget (fixture, "column_view"), "Node.js"));
  g_assert_nonnull (find_badge (get_widget (fixture, "column_view"), "Tie"));

  /* Two subjects need no chooser of columns; there are categories to filter by. */
  g_assert_false (gtk_widget_get_visible (get_widget (fixture, "columns_button")));
  g_assert_true (gtk_widget_get_visible (get_widget (fixture, "category_dropdown")));
  g_assert_cmpstr (get_selected_item (fixture, "category_dropdown"), ==, "All categories");
  g_assert_cmpstr (get_selected_item (fixture, "advantage_dropdown"), ==, "Anyone leads");
}

/* The rows are sorted by the subject's score, up or down, and the rows
 * without a score (there are some) all come after the others.
 */
static void
assert_scores_sorted (Fixture  *fixture,
                      guint     subject_index,
                      gboolean  descending)
{
  GListModel *rows = get_rows (fixture);
  double previous = descending ? G_MAXDOUBLE : -1;
  gboolean unscored = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      double score;

      if (!vs_feature_get_score (get_row (fixture, i), subject_index, &score))
        {
          unscored = TRUE;
          continue;
        }

      g_assert_false (unscored);
      if (descending)
        g_assert_cmpfloat (score, <=, previous);
      else
        g_assert_cmpfloat (score, >=, previous);
      previous = score;
    }

  g_assert_true (unscored);
}

static void
test_sort_by_subject (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkColumnView *column_view = get_column_view (fixture);
  GtkColumnViewColumn *python = get_column (fixture, 3);
  GListModel *rows = get_rows (fixture);

  g_assert_cmpstr (gtk_column_view_column_get_title (python), ==, "Python");

  /* Ascending: the worst scores first, unscored features last (by text). */
  gtk_column_view_sort_by_column (column_view, python, GTK_SORT_ASCENDING);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 16);
  assert_scores_sorted (fixture, 1, FALSE);

  /* Descending: the best scores first, equal scores by text; unscored
   * features last again.
   */
  gtk_column_view_sort_by_column (column_view, python, GTK_SORT_DESCENDING);
  g_assert_cmpstr (vs_feature_get_name (get_row (fixture, 0)), ==, "Security Updates");
  g_assert_cmpstr (vs_feature_get_name (get_row (fixture, 1)), ==, "Community and Governance");
  g_assert_cmpstr (vs_feature_get_name (get_row (fixture, 2)), ==, "Learning Curve");
  assert_scores_sorted (fixture, 1, TRUE);

  /* The other columns sort too. */
  gtk_column_view_sort_by_column (column_view, get_column (fixture, 0), GTK_SORT_ASCENDING);
  g_assert_cmpstr (vs_feature_get_name (get_row (fixture, 0)), ==, "Best Use Cases");
  g_assert_cmpstr (vs_feature_get_name (get_row (fixture, 15)), ==, "Security Updates");

  gtk_column_view_sort_by_column (column_view, get_column (fixture, 1), GTK_SORT_ASCENDING);
  g_assert_cmpstr (vs_category_get_name (vs_feature_get_category (get_row (fixture, 0))), ==,
                   "Development");
  g_assert_cmpstr (vs_category_get_name (vs_feature_get_category (get_row (fixture, 15))), ==,
                   "Runtime and performance");

  gtk_column_view_sort_by_column (column_view, get_column (fixture, 4), GTK_SORT_DESCENDING);
  g_assert_true (vs_feature_get_is_tie (get_row (fixture, 0)));
  g_assert_true (vs_feature_get_is_tie (get_row (fixture, 1)));
  g_assert_cmpstr (get_advantage_name (get_row (fixture, 2)), ==, "Python");
  g_assert_cmpstr (get_advantage_name (get_row (fixture, 3)), ==, "Node.js");
  g_assert_null (vs_feature_get_advantage (get_row (fixture, 15)));

  /* Sorting keeps the search. */
  search (fixture, "GIL");
  gtk_column_view_sort_by_column (column_view, get_column (fixture, 0), GTK_SORT_DESCENDING);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 4);
  g_assert_cmpstr (vs_feature_get_name (get_row (fixture, 0)), ==, "Scaling Approach");
}

/* Finds the text cell showing exactly @text. */
static VsTextCell *
find_text_cell (GtkWidget  *root,
                const char *text)
{
  return test_find_first (root, VS_TYPE_TEXT_CELL, shows_text, text);
}

/* Each subject's cell shows its score under its value, the best of the
 * row marked with a star and in bold (not only by colour), and says so to
 * screen readers; in the table and in the cards alike.
 */
static void
test_scores_shown (void)
{
  g_autoptr(VsDataset) dataset = load_dataset ("valid", "five-subjects-forty-features.json");
  const char *where[] = { "column_view", "card_list" };
  int widths[] = { 1280, 360 };

  for (guint w = 0; w < G_N_ELEMENTS (where); w++)
    {
      Fixture fixture;
      GtkWidget *root;
      VsTextCell *cell;

      show_view (&fixture, dataset, widths[w]);
      run_main_loop (100);
      root = get_widget (&fixture, where[w]);

      /* “Configuration needed”: PostgreSQL 3, SQLite 5 (the best). */
      cell = find_text_cell (root, "Moderate: memory, connections and autovacuum settings");
      g_assert_nonnull (cell);
      g_assert_cmpstr (vs_text_cell_get_note (cell), ==, "3/5");
      g_assert_false (vs_text_cell_get_note_strong (cell));

      cell = find_text_cell (root, "None");
      g_assert_nonnull (cell);
      g_assert_cmpstr (vs_text_cell_get_note (cell), ==, "★ 5/5 best");
      g_assert_true (vs_text_cell_get_note_strong (cell));

      /* “Storage engine” has no scores: no note. */
      cell = find_text_cell (root, "Heap files with MVCC and a write-ahead log");
      g_assert_nonnull (cell);
      g_assert_null (vs_text_cell_get_note (cell));

      /* All equal (“Drivers”, 5 each): none is the best. */
      search (&fixture, "Drivers");
      run_main_loop (100);
      cell = find_text_cell (root, "For every mainstream language");
      g_assert_nonnull (cell);
      g_assert_cmpstr (vs_text_cell_get_note (cell), ==, "5/5");

      fixture_tear_down (&fixture, NULL);
    }
}

/* Where the cell that shows @name is, down the column view; -1 if no cell
 * shows it (the column view shows only the rows in sight).
 */
static double
get_name_cell_y (Fixture    *fixture,
                 const char *name)
{
  GtkWidget *column_view = GTK_WIDGET (get_column_view (fixture));
  g_autoptr(GPtrArray) labels = test_find_all (column_view, VS_TYPE_TEXT_CELL,
                                               shows_text, name);
  double x, y;

  if (labels->len == 0)
    return -1;

  g_assert_cmpuint (labels->len, ==, 1);
  g_assert_true (gtk_widget_translate_coordinates (g_ptr_array_index (labels, 0), column_view,
                                                   0, 0, &x, &y));

  return y;
}

/* Every cell in sight is as high as its text at its width, from the frame
 * after the one that brought it into sight (vs-text-cell.c): none is cut
 * off, nor keeps the height of what its row showed before.
 */
static void
assert_shown_cells_fit (Fixture    *fixture,
                        const char *when)
{
  GtkWidget *column_view = GTK_WIDGET (get_column_view (fixture));
  g_autoptr(GPtrArray) cells = NULL;

  /* A slow machine (the sanitizer's) may not have painted that frame yet. */
  for (guint frame = 0; frame < 10 && vs_text_cell_get_n_waiting () > 0; frame++)
    test_wait_for_frame (fixture->window);
  g_assert_cmpuint (vs_text_cell_get_n_waiting (), ==, 0);

  cells = test_find_all (column_view, VS_TYPE_TEXT_CELL, NULL, NULL);
  g_assert_cmpuint (cells->len, >, 0);
  for (guint i = 0; i < cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (cells, i);
      const char *text = vs_text_cell_get_text (VS_TEXT_CELL (cell));
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (cell, text);
      int height;

      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_width (layout, gtk_widget_get_width (cell) * PANGO_SCALE);
      pango_layout_get_pixel_size (layout, NULL, &height);
      height += vs_text_cell_get_note_height (VS_TEXT_CELL (cell));
      if (gtk_widget_get_height (cell) != height)
        g_test_fail_printf ("%s: the cell “%s” is %d px high, its text %d px", when, text,
                            gtk_widget_get_height (cell), height);
    }
}

/* What the column view shows follows the rows: sorting does not make new
 * rows (see vs-slot-list-model.c) but binds the rows shown again, and the
 * selection follows its feature.
 */
static void
test_shown_cells_follow (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkColumnView *column_view = get_column_view (fixture);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (column_view));
  GListModel *rows = get_rows (fixture);
  g_autoptr(VsRowSlot) first_slot = g_list_model_get_item (rows, 0);
  VsFeature *selected;
  const char *orders[] = { "ascending", "descending", "search", "cleared" };

  gtk_single_selection_set_selected (selection, 2);
  selected = get_row (fixture, 2);

  for (guint o = 0; o < G_N_ELEMENTS (orders); o++)
    {
      double previous_y = -1;
      g_autoptr(VsRowSlot) slot = NULL;

      if (g_str_equal (orders[o], "search"))
        search (fixture, "GIL");
      else if (g_str_equal (orders[o], "cleared"))
        search (fixture, "");
      else
        gtk_column_view_sort_by_column (column_view, get_column (fixture, 0),
                                        g_str_equal (orders[o], "ascending")
                                        ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
      run_main_loop (50);
      /* Where the rows are is known once they are laid out: a busy
       * machine may not have painted a frame in that time.
       */
      test_wait_for_frame (fixture->window);
      test_wait_for_frame (fixture->window);
      assert_shown_cells_fit (fixture, orders[o]);

      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          double y = get_name_cell_y (fixture, vs_feature_get_name (get_row (fixture, i)));

          /* The rows in sight at least. */
          if (y < 0 && i >= 4)
            break;
          if (y <= previous_y)
            g_test_fail_printf ("%s: row %u is not shown below row %u", orders[o], i, i - 1);
          previous_y = y;
        }

      /* The first row is the same object, with another feature. */
      slot = g_list_model_get_item (rows, 0);
      g_assert_true (slot == first_slot);

      /* As with GTK's own models, a search that hides the selected row
       * unselects it.
       */
      if (g_str_equal (orders[o], "ascending") || g_str_equal (orders[o], "descending"))
        g_assert_true (get_row (fixture, gtk_single_selection_get_selected (selection)) == selected);
    }
}

/* The rows out of sight during a sort (their cells keep their height,
 * vs-text-cell.c) fit their new text once scrolled into sight.
 */
static void
test_scrolled_cells_fit (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  GtkAdjustment *adjustment;
  Fixture fixture;

  /* Narrow enough for the rows to wrap, and for some to be out of sight,
   * wide enough for the table.
   */
  show_view (&fixture, dataset, 800);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (get_column_view (&fixture)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >,
                     2 * gtk_adjustment_get_page_size (adjustment));

  for (guint round = 0; round < 2; round++)
    {
      gtk_column_view_sort_by_column (get_column_view (&fixture), get_column (&fixture, 2),
                                      round == 0 ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
      run_main_loop (50);
      assert_shown_cells_fit (&fixture, "sorted");

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      run_main_loop (50);
      assert_shown_cells_fit (&fixture, "scrolled to the end");

      gtk_adjustment_set_value (adjustment, 0);
      run_main_loop (50);
      assert_shown_cells_fit (&fixture, "scrolled back to the top");
    }

  fixture_tear_down (&fixture, NULL);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *gil = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *words = NULL;
  g_autofree char *category = NULL;
  g_autofree char *leader = NULL;

  /* Four features of the built-in dataset mention the GIL in a value. */
  search (fixture, "GIL");
  gil = get_row_names (fixture);
  g_assert_cmpstr (gil, ==, "Performance|Scalability|Concurrency Model|Scaling Approach");
  g_assert_cmpstr (get_count (fixture), ==, "4 of 16 features");

  search (fixture, "gil");
  lower = get_row_names (fixture);
  g_assert_cmpstr (lower, ==, gil);

  /* Every word must appear, anywhere in the row. */
  search (fixture, "software foundation");
  words = get_row_names (fixture);
  g_assert_cmpstr (words, ==, "Security Updates|Community and Governance");

  /* The category's and the leading subject's names are searched too. */
  search (fixture, "releases, security");
  category = get_row_names (fixture);
  g_assert_cmpstr (category, ==, "Latest Release|Security Updates|Community and Governance");

  search (fixture, "TIE");
  leader = get_row_names (fixture);
  g_assert_cmpstr (leader, ==, "Security Updates|Community and Governance");

  search (fixture, "");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 16);
  g_assert_cmpstr (get_count (fixture), ==, "16 features");
}

static void
test_category_filter (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *development = NULL;
  g_autofree char *support = NULL;

  select_item (fixture, "category_dropdown", "Development");
  development = get_row_names (fixture);
  g_assert_cmpstr (development, ==, "Learning Curve|Primary Frameworks|Development Speed");
  g_assert_cmpstr (get_count (fixture), ==, "3 of 16 features");

  /* The folded filters of a narrow window work the same, and stay in step. */
  select_item (fixture, "narrow_category_dropdown", "Releases, security and community");
  support = get_row_names (fixture);
  g_assert_cmpstr (support, ==, "Latest Release|Security Updates|Community and Governance");
  g_assert_cmpstr (get_selected_item (fixture, "category_dropdown"), ==,
                   "Releases, security and community");

  select_item (fixture, "category_dropdown", "All categories");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 16);
  g_assert_cmpstr (get_selected_item (fixture, "narrow_category_dropdown"), ==, "All categories");
}

static void
test_advantage_filter (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *python = NULL;
  g_autofree char *nodejs = NULL;
  g_autofree char *ties = NULL;

  select_item (fixture, "advantage_dropdown", "Where Python leads");
  python = get_row_names (fixture);
  g_assert_cmpstr (python, ==, "Learning Curve");

  select_item (fixture, "narrow_advantage_dropdown", "Where Node.js leads");
  nodejs = get_row_names (fixture);
  g_assert_cmpstr (nodejs, ==, "Performance|Scalability");
  g_assert_cmpstr (get_selected_item (fixture, "advantage_dropdown"), ==, "Where Node.js leads");

  select_item (fixture, "advantage_dropdown", "Ties");
  ties = get_row_names (fixture);
  g_assert_cmpstr (ties, ==, "Security Updates|Community and Governance");

  select_item (fixture, "advantage_dropdown", "Anyone leads");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 16);
}

static void
test_differences_only (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkToggleButton *button = GTK_TOGGLE_BUTTON (get_widget (fixture, "differences_button"));
  GtkSwitch *narrow_switch = GTK_SWITCH (get_widget (fixture, "narrow_differences_switch"));
  GListModel *rows = get_rows (fixture);

  gtk_toggle_button_set_active (button, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 14);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_assert_false (vs_feature_get_is_tie (get_row (fixture, i)));
  g_assert_true (gtk_switch_get_active (narrow_switch));

  gtk_switch_set_active (narrow_switch, FALSE);
  g_assert_false (gtk_toggle_button_get_active (button));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 16);

  gtk_switch_set_active (narrow_switch, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 14);
}

static void
test_empty_result (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwStatusPage *page = ADW_STATUS_PAGE (get_widget (fixture, "empty_page"));
  GtkToggleButton *button;
  const char *description;

  search (fixture, "<b>nothing</b> & more");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 0);
  g_assert_cmpstr (get_visible_page (fixture), ==, "empty");
  g_assert_cmpstr (get_count (fixture), ==, "0 of 16 features");
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Matching Features");

  /* The description is markup: the search text is escaped in it. */
  description = adw_status_page_get_description (page);
  g_assert_cmpstr (description, ==,
                   "No feature matches the search “&lt;b&gt;nothing&lt;/b&gt; &amp; more”.");
  g_assert_true (pango_parse_markup (description, -1, 0, NULL, NULL, NULL, NULL));

  /* It names every filter that is on. */
  select_item (fixture, "category_dropdown", "Development");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (get_widget (fixture, "differences_button")),
                                TRUE);
  g_assert_cmpstr (adw_status_page_get_description (page), ==,
                   "No feature matches the search “&lt;b&gt;nothing&lt;/b&gt; &amp; more”, "
                   "the category “Development” and the filter “Differences Only”.");

  search (fixture, "");
  select_item (fixture, "advantage_dropdown", "Ties");
  g_assert_cmpstr (get_visible_page (fixture), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_description (page), ==,
                   "No feature matches the category “Development”, the filter “Ties” and "
                   "the filter “Differences Only”.");

  /* “Clear Filters” brings every row back. */
  g_signal_emit_by_name (get_widget (fixture, "clear_button"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 16);
  g_assert_cmpstr (get_visible_page (fixture), ==, "table");
  g_assert_cmpstr (get_search_text (fixture), ==, "");
  g_assert_cmpstr (get_selected_item (fixture, "category_dropdown"), ==, "All categories");
  g_assert_cmpstr (get_selected_item (fixture, "advantage_dropdown"), ==, "Anyone leads");
  button = GTK_TOGGLE_BUTTON (get_widget (fixture, "differences_button"));
  g_assert_false (gtk_toggle_button_get_active (button));
}

static void
test_three_subjects (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(VsDataset) dataset = load_dataset ("valid", "three-subjects.json");
  g_autoptr(VsDataset) builtin = vs_dataset_loader_load_builtin ();
  const char *titles[] = { "Feature", "Category", "PostgreSQL", "MySQL", "SQLite", "Advantage" };

  /* Filters set on the first dataset do not survive a new one. */
  search (fixture, "GIL");
  select_item (fixture, "category_dropdown", "Runtime and performance");

  test_set_dataset (fixture->view, dataset);
  run_main_loop (50);

  g_assert_cmpuint (get_n_columns (fixture), ==, 2 + 3 + 1);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_assert_cmpstr (gtk_column_view_column_get_title (get_column (fixture, i)), ==, titles[i]);

  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 7);
  g_assert_cmpstr (get_search_text (fixture), ==, "");
  g_assert_cmpstr (get_selected_item (fixture, "category_dropdown"), ==, "All categories");
  g_assert_false (gtk_widget_get_visible (get_widget (fixture, "columns_button")));

  select_item (fixture, "advantage_dropdown", "Where SQLite leads");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 1);
  g_assert_cmpstr (vs_feature_get_name (get_row (fixture, 0)), ==, "Setup effort");

  /* Sorting by a subject whose scores have fractions. */
  gtk_column_view_sort_by_column (get_column_view (fixture), get_column (fixture, 3),
                                  GTK_SORT_DESCENDING);
  select_item (fixture, "advantage_dropdown", "Anyone leads");
  g_assert_cmpstr (vs_feature_get_name (get_row (fixture, 0)), ==, "Built-in replication");
  g_assert_cmpstr (vs_feature_get_name (get_row (fixture, 1)), ==, "Concurrent writes");

  /* And back: the columns are rebuilt for two subjects. */
  test_set_dataset (fixture->view, builtin);
  g_assert_cmpuint (get_n_columns (fixture), ==, 2 + 2 + 1);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 16);
  g_assert_cmpstr (get_count (fixture), ==, "16 features");
}

static void
test_markup_is_text (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(VsDataset) dataset = load_dataset ("ui", "features-view-markup.json");
  GtkWidget *column_view;
  AdwStatusPage *page;
  GtkWidget *cell;
  GtkLabel *label;

  test_set_dataset (fixture->view, dataset);
  vs_subject_style_apply (dataset);
  run_main_loop (100);

  column_view = get_widget (fixture, "column_view");
  g_assert_cmpstr (gtk_column_view_column_get_title (get_column (fixture, 2)), ==, "A & <u>B</u>");

  /* The cells show the dataset's characters, not markup (a text cell
   * takes no markup at all).
   */
  cell = find_label (column_view, "<b>x</b>");
  g_assert_nonnull (cell);
  g_assert_true (VS_IS_TEXT_CELL (cell));
  g_assert_true (gtk_widget_get_mapped (cell));

  g_assert_nonnull (find_label (column_view, "<i>Tags</i> & more"));
  g_assert_nonnull (find_label (column_view, "<span color=\"red\">red</span> & co"));
  g_assert_nonnull (find_label (column_view, "Nothing <either>"));
  label = find_badge (column_view, "A & <u>B</u>");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "vs-subject-0"));

  /* A missing value shows as a dash. */
  g_assert_nonnull (find_label (column_view, "—"));

  /* The filters list the dataset's names as text too. */
  select_item (fixture, "category_dropdown", "<i>Tags</i> & more");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 1);
  select_item (fixture, "advantage_dropdown", "Where A & <u>B</u> leads");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 1);

  /* The empty state quotes dataset text escaped. */
  select_item (fixture, "advantage_dropdown", "Ties");
  g_assert_cmpstr (get_visible_page (fixture), ==, "empty");
  page = ADW_STATUS_PAGE (get_widget (fixture, "empty_page"));
  g_assert_cmpstr (adw_status_page_get_description (page), ==,
                   "No feature matches the category “&lt;i&gt;Tags&lt;/i&gt; &amp; more” and "
                   "the filter “Ties”.");
}

static void
test_no_categories (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(VsDataset) dataset = load_dataset ("valid", "unicode.json");

  test_set_dataset (fixture->view, dataset);
  run_main_loop (50);

  /* Nothing to filter by: the category filter and column are hidden. */
  g_assert_false (gtk_widget_get_visible (get_widget (fixture, "category_dropdown")));
  g_assert_false (gtk_widget_get_visible (get_widget (fixture, "narrow_category_box")));
  g_assert_false (gtk_column_view_column_get_visible (get_column (fixture, 1)));
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 1);
  g_assert_cmpstr (get_count (fixture), ==, "1 feature");
  g_assert_nonnull (find_label (get_widget (fixture, "column_view"),
                                "Taste <em>&lt;strong&gt;</em>"));

  /* Casefolded search over text in any script. */
  search (fixture, "CAFÉ");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 0);
  search (fixture, "CRÉMEUX");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 1);
  search (fixture, "מריר");
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (fixture)), ==, 1);
}

static void
test_column_chooser (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(VsDataset) dataset = load_dataset ("valid", "thirty-two-subjects.json");
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) narrow_checks = NULL;
  GtkColumnViewColumn *first_subject;

  test_set_dataset (fixture->view, dataset);

  g_assert_cmpuint (get_n_columns (fixture), ==, 2 + 32 + 1);
  g_assert_true (gtk_widget_get_visible (get_widget (fixture, "columns_button")));
  g_assert_true (gtk_widget_get_visible (get_widget (fixture, "narrow_columns_section")));

  checks = test_find_every (get_widget (fixture, "columns_box"), GTK_TYPE_CHECK_BUTTON, NULL, NULL);
  narrow_checks = test_find_every (get_widget (fixture, "narrow_columns_box"),
                                   GTK_TYPE_CHECK_BUTTON, NULL, NULL);
  g_assert_cmpuint (checks->len, ==, 32);
  g_assert_cmpuint (narrow_checks->len, ==, 32);
  g_assert_cmpstr (gtk_check_button_get_label (g_ptr_array_index (checks, 0)), ==, "Subject 01");

  /* Every subject is shown at first; a check hides its column. */
  first_subject = get_column (fixture, 2);
  g_assert_true (gtk_column_view_column_get_visible (first_subject));
  g_assert_true (gtk_check_button_get_active (g_ptr_array_index (checks, 0)));

  gtk_check_button_set_active (g_ptr_array_index (checks, 0), FALSE);
  g_assert_false (gtk_column_view_column_get_visible (first_subject));
  g_assert_false (gtk_check_button_get_active (g_ptr_array_index (narrow_checks, 0)));

  /* The exports take the subjects shown, from the session: all but the
   * first.
   */
  {
    GPtrArray *shown = vs_session_get_subjects (get_session (fixture));

    g_assert_cmpuint (shown->len, ==, 31);
    g_assert_cmpstr (vs_subject_get_name (g_ptr_array_index (shown, 0)), ==, "Subject 02");
  }

  gtk_check_button_set_active (g_ptr_array_index (narrow_checks, 0), TRUE);
  g_assert_true (gtk_column_view_column_get_visible (first_subject));
  g_assert_true (gtk_check_button_get_active (g_ptr_array_index (checks, 0)));
  g_assert_cmpuint (vs_session_get_subjects (get_session (fixture))->len, ==, 32);
  g_assert_true (vs_session_has_all_subjects (get_session (fixture)));

  /* Subjects chosen in the session hide the other columns, and check
   * their boxes.
   */
  {
    g_autoptr(GPtrArray) chosen = g_ptr_array_new ();

    g_ptr_array_add (chosen, vs_dataset_get_subject (dataset, 4));
    g_ptr_array_add (chosen, vs_dataset_get_subject (dataset, 1));
    vs_session_set_subjects (get_session (fixture), chosen);
  }
  g_assert_false (gtk_column_view_column_get_visible (first_subject));
  g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, 0)));
  g_assert_true (gtk_check_button_get_active (g_ptr_array_index (checks, 1)));
  g_assert_true (gtk_check_button_get_active (g_ptr_array_index (narrow_checks, 4)));
  g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, 5)));
  /* In the session's order, which the columns do not change. */
  {
    GPtrArray *shown = vs_session_get_subjects (get_session (fixture));

    g_assert_cmpuint (shown->len, ==, 2);
    g_assert_cmpstr (vs_subject_get_name (g_ptr_array_index (shown, 0)), ==, "Subject 05");
  }

  /* A dataset with few subjects takes the chooser away. */
  g_clear_pointer (&checks, g_ptr_array_unref);
  g_clear_pointer (&narrow_checks, g_ptr_array_unref);
  {
    g_autoptr(VsDataset) builtin = vs_dataset_loader_load_builtin ();

    test_set_dataset (fixture->view, builtin);
  }
  g_assert_false (gtk_widget_get_visible (get_widget (fixture, "columns_button")));
  g_assert_null (gtk_widget_get_first_child (get_widget (fixture, "columns_box")));
}

static GtkWindow *
find_details (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (VS_IS_FEATURE_DETAILS (window))
        return window;
    }

  return NULL;
}

static void
test_details (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(VsDataset) dataset = load_dataset ("ui", "features-view-markup.json");
  GtkColumnView *column_view = get_column_view (fixture);
  GtkWindow *details;

  g_assert_false (gtk_column_view_get_single_click_activate (column_view));

  test_set_dataset (fixture->view, dataset);
  g_signal_emit_by_name (column_view, "activate", 0);

  details = find_details ();
  g_assert_nonnull (details);
  g_object_ref (details);
  run_main_loop (100);

  g_assert_true (gtk_window_get_modal (details));
  g_assert_true (gtk_window_get_transient_for (details) == fixture->window);
  g_assert_cmpstr (gtk_window_get_title (details), ==, "<b>x</b>");
  g_assert_true (vs_feature_details_get_feature (VS_FEATURE_DETAILS (details)) ==
                 get_row (fixture, 0));

  /* Every text of the feature, as text. */
  g_assert_nonnull (find_label (GTK_WIDGET (details), "<b>x</b>"));
  g_assert_nonnull (find_label (GTK_WIDGET (details), "<i>Tags</i> & more"));
  g_assert_nonnull (find_label (GTK_WIDGET (details), "<span color=\"red\">red</span> & co"));
  g_assert_nonnull (find_label (GTK_WIDGET (details), "Score: 2.5 of 5"));
  g_assert_nonnull (find_label (GTK_WIDGET (details), "The dataset gives no value."));
  g_assert_nonnull (find_label (GTK_WIDGET (details), "A <b>page</b> & more"));
  g_assert_nonnull (find_label (GTK_WIDGET (details), "<i>Someone</i>"));
  g_assert_nonnull (find_label (GTK_WIDGET (details), "Published 2025-01-01"));
  g_assert_nonnull (find_label (GTK_WIDGET (details), "https://example.com/?a=1&b=<2>"));
  g_assert_nonnull (find_label (GTK_WIDGET (details), "A & <u>B</u> leads on this feature."));

  /* Escape closes it: the window's close action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (details), "window.close", NULL));
  run_main_loop (50);
  g_assert_null (find_details ());
  g_assert_finalize_object (details);

  /* A feature without a source says so. */
  g_signal_emit_by_name (column_view, "activate", 1);
  details = find_details ();
  g_assert_nonnull (details);
  g_assert_cmpstr (gtk_window_get_title (details), ==, "Plain feature");
  g_assert_nonnull (find_label (GTK_WIDGET (details),
                                "The dataset names no source for this feature."));
  g_assert_nonnull (find_badge (GTK_WIDGET (details), "Tie"));
  gtk_window_destroy (details);
}

static void
test_search_action (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *entry = get_widget (fixture, "search_entry");
  GtkWidget *focus;

  gtk_widget_grab_focus (GTK_WIDGET (get_column_view (fixture)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "view.search", NULL));

  focus = gtk_window_get_focus (fixture->window);
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

/* ------------------------------------------------------------------------ */
/* Narrow and wide                                                          */
/* ------------------------------------------------------------------------ */

typedef struct
{
  const char *dataset;
  int width;
  gboolean cards;
} LayoutCase;

static gboolean
shows_cards (Fixture *fixture)
{
  GtkWidget *cards = get_widget (fixture, "card_scroller");
  GtkWidget *table = get_widget (fixture, "table_scroller");

  g_assert_true (gtk_widget_get_mapped (cards) != gtk_widget_get_mapped (table));

  return gtk_widget_get_mapped (cards);
}

/* The names of the cards shown, in order from the top, joined by "|". */
static char *
get_card_names (Fixture *fixture)
{
  g_autoptr(GPtrArray) cards = test_find_all (get_widget (fixture, "card_list"),
                                              VS_TYPE_FEATURE_CARD, NULL, NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  GtkWidget *list = get_widget (fixture, "card_list");

  /* The list keeps its rows in any order: sort them by where they are. */
  for (guint i = 0; i < cards->len; i++)
    {
      double y = 0;
      guint k = 0;

      gtk_widget_translate_coordinates (cards->pdata[i], list, 0, 0, NULL, &y);
      if (y < 0 || y > gtk_widget_get_height (list))
        continue;
      while (k < sorted->len)
        {
          double other = 0;

          gtk_widget_translate_coordinates (sorted->pdata[k], list, 0, 0, NULL, &other);
          if (other > y)
            break;
          k++;
        }
      g_ptr_array_insert (sorted, k, cards->pdata[i]);
    }

  for (guint i = 0; i < sorted->len; i++)
    {
      VsFeature *feature = vs_feature_card_get_feature (sorted->pdata[i]);

      if (i > 0)
        g_string_append_c (names, '|');
      g_string_append (names, vs_feature_get_name (feature));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The names of the first @n rows of the model, joined by "|". */
static char *
get_first_row_names (Fixture *fixture,
                     guint    n)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < n && i < g_list_model_get_n_items (get_rows (fixture)); i++)
    {
      if (i > 0)
        g_string_append_c (names, '|');
      g_string_append (names, vs_feature_get_name (get_row (fixture, i)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Every column shown has room for its cells: nothing scrolls sideways, no
 * subject's text is narrower than its smallest width, and no advantage
 * badge is cut or ellipsized.
 */
static void
assert_table_readable (Fixture *fixture)
{
  GtkWidget *column_view = GTK_WIDGET (get_column_view (fixture));
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (column_view));
  g_autoptr(GPtrArray) cells = test_find_all (column_view, VS_TYPE_TEXT_CELL, NULL, NULL);
  g_autoptr(GPtrArray) badges = test_find_all (column_view, GTK_TYPE_LABEL, NULL, NULL);
  guint n_badges = 0;

  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), <=,
                     gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpint (gtk_widget_get_width (column_view), <=,
                   gtk_widget_get_width (GTK_WIDGET (fixture->view)));

  for (guint i = 0; i < cells->len; i++)
    {
      int minimum;

      gtk_widget_measure (cells->pdata[i], GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, NULL, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_width (cells->pdata[i]), >=, minimum);
    }

  for (guint i = 0; i < badges->len; i++)
    {
      GtkWidget *badge = badges->pdata[i];
      graphene_rect_t bounds;

      if (!gtk_widget_has_css_class (badge, "vs-badge") || !gtk_widget_get_mapped (badge))
        continue;

      g_assert_true (gtk_widget_compute_bounds (badge, column_view, &bounds));
      if (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (badge))) ||
          bounds.origin.x + bounds.size.width > gtk_widget_get_width (column_view))
        g_test_fail_printf ("the badge “%s” is cut", gtk_label_get_text (GTK_LABEL (badge)));
      n_badges++;
    }
  g_assert_cmpuint (n_badges, >, 0);
}

/* Below the width where every column shown has its smallest readable
 * width, the same rows show as cards, in the same order.
 */
static void
test_layout (gconstpointer data)
{
  const LayoutCase *layout = data;
  g_autoptr(VsDataset) dataset = NULL;
  Fixture fixture;

  if (layout->dataset == NULL)
    dataset = vs_dataset_loader_load_builtin ();
  else
    dataset = load_dataset ("valid", layout->dataset);

  show_view (&fixture, dataset, layout->width);
  run_main_loop (200);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture.view)), ==, layout->width);
  g_assert_cmpint (shows_cards (&fixture), ==, layout->cards);

  if (layout->cards)
    {
      g_autofree char *cards = get_card_names (&fixture);
      g_autofree char *rows = NULL;
      guint n_cards = 1;

      for (const char *c = cards; *c != '\0'; c++)
        n_cards += *c == '|';
      rows = get_first_row_names (&fixture, n_cards);
      g_assert_cmpuint (n_cards, >=, 2);
      g_assert_cmpstr (cards, ==, rows);
    }
  else
    {
      assert_table_readable (&fixture);
    }

  fixture_tear_down (&fixture, NULL);
}

/* The cards are the table's rows: sorted with the “Sort” menu (the cards
 * have no headers), searched and filtered with the same controls.
 */
static void
test_cards_sort_and_filter (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  GtkWidget *sort_button;
  GMenuModel *menu;
  g_autofree char *cards = NULL;
  Fixture fixture;

  show_view (&fixture, dataset, 360);
  run_main_loop (100);
  g_assert_true (shows_cards (&fixture));

  /* The menu lists every column, then the order. */
  sort_button = get_widget (&fixture, "sort_button");
  g_assert_true (gtk_widget_get_mapped (sort_button));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (sort_button));
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  {
    g_autoptr(GMenuModel) columns = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
    const char *labels[] = { "Dataset Order", "Feature", "Category", "Node.js", "Python",
                             "Advantage" };

    g_assert_cmpint (g_menu_model_get_n_items (columns), ==, G_N_ELEMENTS (labels));
    for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
      {
        g_autofree char *label = NULL;

        g_assert_true (g_menu_model_get_item_attribute (columns, i, G_MENU_ATTRIBUTE_LABEL,
                                                        "s", &label));
        g_assert_cmpstr (label, ==, labels[i]);
      }
  }

  /* Sort by Feature, descending, as the menu's items do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "features.sort-column",
                                             "i", 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "features.sort-order",
                                             "s", "descending"));
  run_main_loop (100);
  g_assert_cmpstr (vs_feature_get_name (get_row (&fixture, 0)), ==, "Security Updates");
  {
    GListModel *shown = vs_session_get_features (get_session (&fixture));

    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 16);
    g_assert_cmpstr (shown_name (shown, 0), ==, "Security Updates");
    g_assert_cmpstr (shown_name (shown, 15), ==, "Best Use Cases");
  }
  cards = get_card_names (&fixture);
  g_assert_true (g_str_has_prefix (cards, "Security Updates|Scaling Approach|"));
  g_clear_pointer (&cards, g_free);

  /* The column view's headers say the same. */
  {
    gint column = -2;
    GtkSortType order = GTK_SORT_ASCENDING;

    g_object_get (fixture.view, "sort-column", &column, "sort-order", &order, NULL);
    g_assert_cmpint (column, ==, 0);
    g_assert_cmpint (order, ==, GTK_SORT_DESCENDING);

    gtk_column_view_sort_by_column (get_column_view (&fixture), get_column (&fixture, 3),
                                    GTK_SORT_ASCENDING);
    g_object_get (fixture.view, "sort-column", &column, "sort-order", &order, NULL);
    g_assert_cmpint (column, ==, 3);
    g_assert_cmpint (order, ==, GTK_SORT_ASCENDING);
  }

  /* Back to the dataset's order. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "features.sort-column",
                                             "i", -1));
  run_main_loop (100);
  g_assert_cmpstr (vs_feature_get_name (get_row (&fixture, 0)), ==, "Performance");

  /* Searched and filtered. */
  search (&fixture, "GIL");
  run_main_loop (100);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (&fixture)), ==, 4);
  cards = get_card_names (&fixture);
  g_assert_true (g_str_has_prefix ("Performance|Scalability|Concurrency Model|Scaling Approach",
                                   cards));
  g_assert_true (g_str_has_prefix (cards, "Performance|Scalability|"));
  g_clear_pointer (&cards, g_free);

  select_item (&fixture, "narrow_advantage_dropdown", "Where Python leads");
  search (&fixture, "");
  run_main_loop (100);
  cards = get_card_names (&fixture);
  g_assert_cmpstr (cards, ==, "Learning Curve");

  /* The exports of what is shown get the same features. */
  {
    GListModel *shown = vs_session_get_features (get_session (&fixture));

    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
    g_assert_cmpstr (shown_name (shown, 0), ==, "Learning Curve");
  }

  fixture_tear_down (&fixture, NULL);
}

/* The height of a row is that of its tallest cell shown: a hidden
 * subject's column no longer counts.
 */
static void
test_hidden_columns_rows (void)
{
  g_autoptr(VsDataset) dataset = load_dataset ("valid", "five-subjects-forty-features.json");
  GtkWidget *name_cell;
  Fixture fixture;
  int before;

  show_view (&fixture, dataset, 1280);
  run_main_loop (100);

  /* “Redis” has the tallest text of the first row. */
  name_cell = find_label (get_widget (&fixture, "column_view"), "Deployment model");
  g_assert_nonnull (name_cell);
  before = gtk_widget_get_height (gtk_widget_get_parent (name_cell));

  for (guint i = 2; i < 2 + 5; i++)
    gtk_column_view_column_set_visible (get_column (&fixture, i), FALSE);
  run_main_loop (100);
  assert_shown_cells_fit (&fixture, "hidden");

  /* Feature, Category and Advantage are one line each. */
  g_assert_cmpint (gtk_widget_get_height (gtk_widget_get_parent (name_cell)), <, before);
  g_assert_cmpint (gtk_widget_get_height (gtk_widget_get_parent (name_cell)), ==,
                   gtk_widget_get_height (name_cell));

  fixture_tear_down (&fixture, NULL);
}

/* Ctrl+1…Ctrl+9 sort by the Nth column shown, a second time in reverse. */
static void
test_sort_shortcuts (void)
{
  g_autoptr(VsDataset) dataset = load_dataset ("valid", "five-subjects-forty-features.json");
  GtkWidget *view;
  Fixture fixture;
  gint column;
  GtkSortType order;

  show_view (&fixture, dataset, 1280);
  view = GTK_WIDGET (fixture.view);

  g_assert_true (gtk_widget_activate_action (view, "features.sort-by-position", "i", 0));
  g_assert_cmpstr (vs_feature_get_name (get_row (&fixture, 0)), ==, "Backups");
  g_assert_true (gtk_widget_activate_action (view, "features.sort-by-position", "i", 0));
  g_assert_cmpstr (vs_feature_get_name (get_row (&fixture, 0)), ==, "Write throughput");
  g_object_get (view, "sort-column", &column, "sort-order", &order, NULL);
  g_assert_cmpint (column, ==, 0);
  g_assert_cmpint (order, ==, GTK_SORT_DESCENDING);

  /* With PostgreSQL hidden, the third column shown is MySQL's. */
  gtk_column_view_column_set_visible (get_column (&fixture, 2), FALSE);
  g_assert_true (gtk_widget_activate_action (view, "features.sort-by-position", "i", 2));
  g_object_get (view, "sort-column", &column, "sort-order", &order, NULL);
  g_assert_cmpint (column, ==, 3);
  g_assert_cmpint (order, ==, GTK_SORT_ASCENDING);
  assert_scores_sorted (&fixture, 1, FALSE);

  /* Beyond the last column, nothing changes. */
  g_assert_true (gtk_widget_activate_action (view, "features.sort-by-position", "i", 8));
  g_object_get (view, "sort-column", &column, NULL);
  g_assert_cmpint (column, ==, 3);

  fixture_tear_down (&fixture, NULL);
}

static gboolean
labels_widget (GtkWidget  *widget,
               const char *id)
{
  GtkWidget *target = gtk_label_get_mnemonic_widget (GTK_LABEL (widget));

  return target != NULL && has_id (target, id);
}

/* “Differences Only” reads the same, in header capitalisation (GNOME HIG:
 * button and switch labels), wherever it appears.
 */
static void
test_differences_wording (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *narrow_label = test_find_first (fixture->view, GTK_TYPE_LABEL, labels_widget,
                                             "narrow_differences_switch");

  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (get_widget (fixture, "differences_button"))),
                   ==, "Differences Only");
  g_assert_nonnull (narrow_label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (narrow_label)), ==, "Differences Only");
}

static void
test_narrow (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  Fixture fixture;
  GtkAdjustment *adjustment;
  GtkWidget *cell;
  int minimum;

  show_view (&fixture, dataset, 360);
  run_main_loop (200);

  /* Nothing in the view asks for more than a 360 px window. */
  gtk_widget_measure (GTK_WIDGET (fixture.view), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture.view)), <=, 360);

  /* The filters are folded into a menu button beside the search entry. */
  g_assert_true (get_squeezed_child (&fixture) == get_widget (&fixture, "filters_button"));

  /* The features show as cards as wide as the view; nothing scrolls
   * sideways.
   */
  g_assert_true (shows_cards (&fixture));
  adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (get_widget (&fixture, "card_list")));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), <=,
                     gtk_adjustment_get_page_size (adjustment));
  cell = find_label (get_widget (&fixture, "card_list"), "Performance");
  g_assert_nonnull (cell);
  cell = gtk_widget_get_ancestor (cell, VS_TYPE_FEATURE_CARD);
  g_assert_cmpint (gtk_widget_get_width (cell), >=, 300);

  fixture_tear_down (&fixture, NULL);

  show_view (&fixture, dataset, 1280);
  run_main_loop (200);
  g_assert_true (get_squeezed_child (&fixture) == get_widget (&fixture, "wide_filters"));
  fixture_tear_down (&fixture, NULL);
}

static void
test_no_dataset (void)
{
  Fixture fixture;

  show_view (&fixture, NULL, 800);

  g_assert_null (vs_view_get_dataset (VS_VIEW (fixture.view)));
  g_assert_null (vs_session_get_features (get_session (&fixture)));
  g_assert_cmpuint (get_n_columns (&fixture), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (&fixture)), ==, 0);
  g_assert_cmpstr (get_visible_page (&fixture), ==, "table");

  fixture_tear_down (&fixture, NULL);
}

static void
test_no_leaks (void)
{
  g_autoptr(VsDataset) builtin = vs_dataset_loader_load_builtin ();
  g_autoptr(VsDataset) dataset = load_dataset ("valid", "three-subjects.json");
  GtkColumnViewColumn *column;
  GtkSorter *sorter;
  GListModel *rows;
  Fixture fixture;

  show_view (&fixture, builtin, 1280);

  /* A new dataset drops the columns of the old one, and their sorters. */
  column = get_column (&fixture, 2);
  sorter = gtk_column_view_column_get_sorter (column);
  g_object_add_weak_pointer (G_OBJECT (column), (gpointer *)&column);
  g_object_add_weak_pointer (G_OBJECT (sorter), (gpointer *)&sorter);
  gtk_column_view_sort_by_column (get_column_view (&fixture), column, GTK_SORT_ASCENDING);

  test_set_dataset (fixture.view, dataset);
  run_main_loop (50);
  g_assert_null (column);
  g_assert_null (sorter);

  /* Destroying the view frees its models and columns. */
  column = get_column (&fixture, 2);
  rows = get_rows (&fixture);
  g_object_add_weak_pointer (G_OBJECT (column), (gpointer *)&column);
  g_object_add_weak_pointer (G_OBJECT (rows), (gpointer *)&rows);

  fixture_tear_down (&fixture, NULL);
  g_assert_null (column);
  g_assert_null (rows);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css_provider = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* The application loads its style sheet by itself; do it for the tests:
   * the cells' padding and the badges' font count in the widths.
   */
  css_provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css_provider, "/io/github/versusapp/Versus/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD_TEST(path, func) \
  g_test_add ("/versus/features-view/" path, Fixture, NULL, \
              fixture_set_up_builtin, func, fixture_tear_down)

  ADD_TEST ("builtin/rows", test_builtin_rows);
  ADD_TEST ("sort/subject", test_sort_by_subject);
  ADD_TEST ("sort/shown-cells-follow", test_shown_cells_follow);
  ADD_TEST ("filter/search", test_search);
  ADD_TEST ("filter/category", test_category_filter);
  ADD_TEST ("filter/advantage", test_advantage_filter);
  ADD_TEST ("filter/differences-only", test_differences_only);
  ADD_TEST ("filter/empty-result", test_empty_result);
  ADD_TEST ("dataset/three-subjects", test_three_subjects);
  ADD_TEST ("dataset/markup-is-text", test_markup_is_text);
  ADD_TEST ("dataset/no-categories", test_no_categories);
  ADD_TEST ("columns/chooser", test_column_chooser);
  ADD_TEST ("details", test_details);
  ADD_TEST ("action/search", test_search_action);
  ADD_TEST ("wording/differences-only", test_differences_wording);

#undef ADD_TEST

  g_test_add_func ("/versus/features-view/sort/scrolled-cells-fit", test_scrolled_cells_fit);
  g_test_add_func ("/versus/features-view/narrow", test_narrow);
  g_test_add_func ("/versus/features-view/sort/shortcuts", test_sort_shortcuts);
  g_test_add_func ("/versus/features-view/scores-shown", test_scores_shown);
  g_test_add_func ("/versus/features-view/cards/sort-and-filter", test_cards_sort_and_filter);
  g_test_add_func ("/versus/features-view/columns/hidden-rows", test_hidden_columns_rows);
  g_test_add_func ("/versus/features-view/no-dataset", test_no_dataset);

  {
    static const LayoutCase layouts[] = {
      { NULL, 360, TRUE },
      { NULL, 600, TRUE },
      { NULL, 800, FALSE },
      { NULL, 1280, FALSE },
      { "three-subjects-forty-features.json", 360, TRUE },
      { "three-subjects-forty-features.json", 800, TRUE },
      { "three-subjects-forty-features.json", 1280, FALSE },
      { "five-subjects-forty-features.json", 360, TRUE },
      { "five-subjects-forty-features.json", 800, TRUE },
      { "five-subjects-forty-features.json", 1280, FALSE },
    };

    for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
      {
        g_autofree char *path = g_strdup_printf ("/versus/features-view/layout/%s/%d",
                                                 layouts[i].dataset ? layouts[i].dataset
                                                                    : "builtin",
                                                 layouts[i].width);

        g_test_add_data_func (path, &layouts[i], test_layout);
      }
  }
  g_test_add_func ("/versus/features-view/no-leaks", test_no_leaks);

  return g_test_run ();
}
