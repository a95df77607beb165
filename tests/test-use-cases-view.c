/* test-use-cases-view.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "test-widgets.h"
#include "vs-dataset-loader.h"
#include "vs-subject-style.h"
#include "vs-use-case-row.h"
#include "vs-use-cases-view.h"

/* What the user sees in the Use cases view: rows, counts, filters. */

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

/* Puts a view showing @dataset in a window, as the window does. */
static VsUseCasesView *
show_view (VsDataset *dataset)
{
  return VS_USE_CASES_VIEW (test_show_view (VS_TYPE_USE_CASES_VIEW, dataset));
}

static gboolean
label_ends_with (GtkWidget  *widget,
                 const char *text)
{
  return g_str_has_suffix (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static gboolean
status_page_has_title (GtkWidget  *widget,
                       const char *text)
{
  return g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), text) == 0;
}

/* The rows on screen. */
static GPtrArray *
find_rows (VsUseCasesView *view)
{
  return test_find_all (view, VS_TYPE_USE_CASE_ROW, NULL, NULL);
}

/* The name of a row: its first label. */
static const char *
row_name (GtkWidget *row)
{
  g_autoptr(GPtrArray) labels = test_find_all (row, GTK_TYPE_LABEL, NULL, NULL);

  g_assert_cmpuint (labels->len, >, 0);

  return gtk_label_get_text (g_ptr_array_index (labels, 0));
}

static void
assert_row_names (VsUseCasesView     *view,
                  const char * const *names)
{
  g_autoptr(GPtrArray) rows = find_rows (view);

  g_assert_cmpuint (rows->len, ==, g_strv_length ((char **)names));
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (row_name (g_ptr_array_index (rows, i)), ==, names[i]);
}

static guint
count_rows (VsUseCasesView *view)
{
  g_autoptr(GPtrArray) rows = find_rows (view);

  return rows->len;
}

static const char *
count_text (VsUseCasesView *view)
{
  g_autoptr(GPtrArray) plural = test_find_all (view, GTK_TYPE_LABEL, label_ends_with, "use cases");
  g_autoptr(GPtrArray) singular = test_find_all (view, GTK_TYPE_LABEL, label_ends_with, "use case");

  g_ptr_array_extend_and_steal (plural, g_steal_pointer (&singular));
  g_assert_cmpuint (plural->len, ==, 1);

  return gtk_label_get_text (g_ptr_array_index (plural, 0));
}

static void
select_subject (VsUseCasesView *view,
                const char     *name)
{
  GtkDropDown *drop_down = test_find_one (view, GTK_TYPE_DROP_DOWN, NULL, NULL);
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), name) == 0)
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }

  g_assert_not_reached ();
}

static GtkToggleButton *
find_toggle (VsUseCasesView *view,
             const char     *text)
{
  return test_find_one (view, GTK_TYPE_TOGGLE_BUTTON, test_has_label, text);
}

static gboolean
is_filter_toggle (GtkWidget  *widget,
                  const char *text)
{
  /* A drop-down opens its menu with a toggle button of its own. */
  return gtk_widget_get_ancestor (widget, GTK_TYPE_DROP_DOWN) == NULL;
}

static guint
count_toggles (VsUseCasesView *view)
{
  g_autoptr(GPtrArray) toggles = test_find_all (view, GTK_TYPE_TOGGLE_BUTTON, is_filter_toggle, NULL);

  return toggles->len;
}

/* What a click does; activating from the keyboard takes a moment longer. */
static void
click (gpointer button)
{
  g_signal_emit_by_name (button, "clicked");
}

/* Counts the use cases of the built-in dataset's file that have all (or
 * any) of @tags, independently of the view.
 */
static guint
count_in_json (const char * const *tags,
               gboolean            all)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "datasets",
                                                 "node-vs-python.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *use_cases;
  guint count = 0;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  use_cases = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                            "use_cases");
  for (guint i = 0; i < json_array_get_length (use_cases); i++)
    {
      JsonObject *use_case = json_array_get_object_element (use_cases, i);
      JsonArray *use_case_tags = json_object_get_array_member (use_case, "tags");
      guint matched = 0;

      for (guint j = 0; tags[j] != NULL; j++)
        for (guint k = 0; k < json_array_get_length (use_case_tags); k++)
          if (g_strcmp0 (json_array_get_string_element (use_case_tags, k), tags[j]) == 0)
            matched++;

      if (all ? matched == g_strv_length ((char **)tags) : matched > 0)
        count++;
    }

  return count;
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                    */
/* ------------------------------------------------------------------------ */

static void
test_builtin (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsUseCasesView *view = show_view (dataset);
  g_autoptr(GPtrArray) rows = find_rows (view);
  g_autoptr(GPtrArray) badges = NULL;
  GtkWidget *first;

  g_assert_cmpuint (rows->len, ==, 8);
  g_assert_cmpstr (count_text (view), ==, "8 use cases");

  /* The first row: name, description, tags, recommended badge, source. */
  first = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row_name (first), ==, "Real-time applications");
  g_assert_true (test_has_label (first, "Building real-time applications like chat apps, "
                                   "gaming servers, and live dashboards."));
  g_assert_true (test_has_label (first, "real-time"));
  g_assert_true (test_has_label (first, "network"));
  badges = test_find_all (first, GTK_TYPE_LABEL, test_label_has_text, "Node.js");
  g_assert_cmpuint (badges->len, ==, 1);
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (badges, 0), "vs-badge"));
  g_assert_true (test_has_label (first, "Recommended:"));
  g_assert_true (test_has_label (first, "Source: Node.js vs Python: Choosing the Best Backend "
                                   "Technology for Your Web App in 2025"));

  /* A toggle button for each of the 17 distinct tags, then All and Any. */
  g_assert_cmpuint (count_toggles (view), ==, 17 + 2);
  g_assert_true (gtk_toggle_button_get_active (find_toggle (view, "Any Tag")));
  g_assert_false (gtk_toggle_button_get_active (find_toggle (view, "All Tags")));

  test_close_view (view);
}

static void
test_search (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsUseCasesView *view = show_view (dataset);

  test_type_search (view, "scraping");
  assert_row_names (view, (const char *[]) { "Automation and web scraping", NULL });
  g_assert_cmpstr (count_text (view), ==, "1 of 8 use cases");

  /* Casefolded, over the description too, word by word. */
  test_type_search (view, "  DJANGO  secure ");
  assert_row_names (view, (const char *[]) { "Secure enterprise software", NULL });

  /* Tags and the names of the recommended subjects match as well. */
  test_type_search (view, "mvp");
  assert_row_names (view, (const char *[]) { "Rapid MVP development", NULL });
  test_type_search (view, "python");
  g_assert_cmpuint (count_rows (view), ==, 4);

  test_type_search (view, "");
  g_assert_cmpuint (count_rows (view), ==, 8);
  g_assert_cmpstr (count_text (view), ==, "8 use cases");

  test_close_view (view);
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_error ("the rows did not come: %u", GPOINTER_TO_UINT (user_data));

  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the view shows @n_rows rows. */
static void
wait_for_rows (VsUseCasesView *view,
               guint           n_rows)
{
  guint timeout = g_timeout_add_seconds (10, timeout_cb, GUINT_TO_POINTER (n_rows));

  while (count_rows (view) != n_rows)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

/* Scrolls to the end of the rows, once they are laid out. */
static void
scroll_to_end (VsUseCasesView *view)
{
  GtkScrolledWindow *scrolled = test_find_one (view, GTK_TYPE_SCROLLED_WINDOW, NULL, NULL);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

  test_wait_for_frame (gtk_widget_get_root (GTK_WIDGET (view)));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
}

/* A long list shows its first page of rows, and the next page once the
 * user scrolls near its end; searches look through every use case.
 */
static void
test_pages (void)
{
  g_autoptr(VsDataset) dataset = test_load_dataset ("ui", "many-rows.json");
  VsUseCasesView *view = show_view (dataset);

  g_assert_cmpstr (count_text (view), ==, "60 use cases");
  g_assert_cmpuint (count_rows (view), ==, 20);

  scroll_to_end (view);
  wait_for_rows (view, 40);
  scroll_to_end (view);
  wait_for_rows (view, 60);

  /* The last use case, far from the first page. */
  test_type_search (view, "typed sandbox stack");
  g_assert_cmpstr (count_text (view), ==, "1 of 60 use cases");
  assert_row_names (view, (const char *[]) { "Typed sandbox stack", NULL });

  /* The next search starts again from the first page. */
  test_type_search (view, "");
  g_assert_cmpuint (count_rows (view), ==, 20);

  test_close_view (view);
}

static void
test_subject (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsUseCasesView *view = show_view (dataset);
  g_autoptr(GPtrArray) rows = NULL;

  select_subject (view, "Node.js");
  rows = find_rows (view);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpstr (count_text (view), ==, "4 of 8 use cases");
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GPtrArray) badges = test_find_all (g_ptr_array_index (rows, i), GTK_TYPE_LABEL,
                                              test_label_has_text, "Node.js");

      g_assert_cmpuint (badges->len, ==, 1);
    }

  select_subject (view, "Python");
  assert_row_names (view, (const char *[]) {
                      "AI, machine learning and data science",
                      "Automation and web scraping",
                      "Secure enterprise software",
                      "Scientific research",
                      NULL });

  select_subject (view, "All subjects");
  g_assert_cmpuint (count_rows (view), ==, 8);

  test_close_view (view);
}

static void
test_tags_any_all (void)
{
  static const char * const tags[] = { "network", "api", NULL };
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsUseCasesView *view = show_view (dataset);
  guint n_any = count_in_json (tags, FALSE);
  guint n_all = count_in_json (tags, TRUE);

  /* The file gives different counts for “any” and “all”. */
  g_assert_cmpuint (n_any, ==, 2);
  g_assert_cmpuint (n_all, ==, 1);

  click (find_toggle (view, "network"));
  g_assert_true (gtk_toggle_button_get_active (find_toggle (view, "network")));
  g_assert_cmpuint (count_rows (view), ==, 2);

  click (find_toggle (view, "api"));
  g_assert_cmpuint (count_rows (view), ==, n_any);
  assert_row_names (view, (const char *[]) { "Real-time applications", "High-traffic APIs", NULL });
  g_assert_cmpstr (count_text (view), ==, "2 of 8 use cases");

  click (find_toggle (view, "All Tags"));
  g_assert_true (gtk_toggle_button_get_active (find_toggle (view, "All Tags")));
  g_assert_false (gtk_toggle_button_get_active (find_toggle (view, "Any Tag")));
  g_assert_cmpuint (count_rows (view), ==, n_all);
  assert_row_names (view, (const char *[]) { "High-traffic APIs", NULL });

  click (find_toggle (view, "Any Tag"));
  g_assert_cmpuint (count_rows (view), ==, n_any);

  /* Tags combine with the subject: no Python use case has these tags. */
  select_subject (view, "Python");
  g_assert_cmpuint (count_rows (view), ==, 0);

  test_close_view (view);
}

static void
test_tag_keyboard (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsUseCasesView *view = show_view (dataset);
  GtkWidget *flow_box = gtk_widget_get_ancestor (GTK_WIDGET (find_toggle (view, "ai-ml")),
                                                 GTK_TYPE_FLOW_BOX);
  GtkRoot *window = gtk_widget_get_root (GTK_WIDGET (view));

  /* Tab moves from tag to tag. */
  g_assert_true (gtk_widget_child_focus (flow_box, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) ==
                 GTK_WIDGET (find_toggle (view, "ai-ml")));
  g_assert_true (gtk_widget_child_focus (flow_box, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) ==
                 GTK_WIDGET (find_toggle (view, "api")));

  /* Activating the focused tag (Space) selects it. */
  gtk_widget_activate (gtk_window_get_focus (GTK_WINDOW (window)));
  while (!gtk_toggle_button_get_active (find_toggle (view, "api")))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (count_rows (view), ==, 1);

  test_close_view (view);
}

static void
test_markup_is_text (void)
{
  g_autoptr(VsDataset) dataset = test_load_dataset ("ui", "use-cases-markup.json");
  VsUseCasesView *view = show_view (dataset);
  g_autoptr(GPtrArray) rows = find_rows (view);
  GtkWidget *first = g_ptr_array_index (rows, 0);
  g_autoptr(GPtrArray) labels = test_find_all (first, GTK_TYPE_LABEL, NULL, NULL);
  AdwStatusPage *empty;
  const char *description;

  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (row_name (first), ==, "<b>bold</b> & <i>not italic</i>");
  g_assert_true (test_has_label (first, "Text with &amp; and <span foreground=\"red\">a span</span>."));
  g_assert_true (test_has_label (first, "<tag>"));
  g_assert_true (test_has_label (first, "a&b"));
  g_assert_true (test_has_label (first, "<b>Bold</b> & Co"));
  g_assert_true (test_has_label (first, "Source: Notes <i>&amp;</i> more"));
  for (guint i = 0; i < labels->len; i++)
    g_assert_false (gtk_label_get_use_markup (g_ptr_array_index (labels, i)));

  /* The tag buttons and the subject drop-down show the text too. */
  g_assert_nonnull (find_toggle (view, "<tag>"));
  select_subject (view, "<b>Bold</b> & Co");
  g_assert_cmpuint (count_rows (view), ==, 2);
  select_subject (view, "Plain");
  assert_row_names (view, (const char *[]) { "Plain use case", NULL });

  /* The empty result names the search and the subject, escaped. */
  select_subject (view, "<b>Bold</b> & Co");
  test_type_search (view, "<b>nothing");
  empty = test_find_one (view, ADW_TYPE_STATUS_PAGE, status_page_has_title, "No Matching Use Cases");
  description = adw_status_page_get_description (empty);
  g_assert_nonnull (strstr (description, "“&lt;b&gt;nothing”"));
  g_assert_nonnull (strstr (description, "&lt;b&gt;Bold&lt;/b&gt; &amp; Co"));
  g_assert_true (pango_parse_markup (description, -1, 0, NULL, NULL, NULL, NULL));

  test_close_view (view);
}

static void
test_empty_and_clear (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsUseCasesView *view = show_view (dataset);
  GtkRoot *window = gtk_widget_get_root (GTK_WIDGET (view));
  GtkSearchEntry *entry = test_find_one (view, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  GtkDropDown *drop_down = test_find_one (view, GTK_TYPE_DROP_DOWN, NULL, NULL);
  g_autoptr(GPtrArray) none = NULL;
  AdwStatusPage *empty;
  const char *description;

  none = test_find_all (view, ADW_TYPE_STATUS_PAGE, NULL, NULL);
  g_assert_cmpuint (none->len, ==, 0);

  click (find_toggle (view, "real-time"));
  click (find_toggle (view, "api"));
  click (find_toggle (view, "All Tags"));
  select_subject (view, "Node.js");

  /* real-time and api are never on the same use case. */
  g_assert_cmpuint (count_rows (view), ==, 0);
  g_assert_cmpstr (count_text (view), ==, "0 of 8 use cases");
  empty = test_find_one (view, ADW_TYPE_STATUS_PAGE, status_page_has_title, "No Matching Use Cases");
  description = adw_status_page_get_description (empty);
  g_assert_nonnull (strstr (description, "Recommends Node.js"));
  g_assert_nonnull (strstr (description, "Has all of the tags api, real-time"));

  test_type_search (view, "chat");
  description = adw_status_page_get_description (empty);
  g_assert_nonnull (strstr (description, "Search: “chat”"));

  click (test_find_one (empty, GTK_TYPE_BUTTON, test_has_label, "Clear Filters"));

  g_assert_cmpuint (count_rows (view), ==, 8);
  g_assert_cmpstr (count_text (view), ==, "8 use cases");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 0);
  g_assert_false (gtk_toggle_button_get_active (find_toggle (view, "real-time")));
  g_assert_false (gtk_toggle_button_get_active (find_toggle (view, "api")));
  g_assert_true (gtk_toggle_button_get_active (find_toggle (view, "Any Tag")));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)),
                                         GTK_WIDGET (entry)));
  g_clear_pointer (&none, g_ptr_array_unref);
  none = test_find_all (view, ADW_TYPE_STATUS_PAGE, NULL, NULL);
  g_assert_cmpuint (none->len, ==, 0);

  test_close_view (view);
}

static void
test_no_use_cases (void)
{
  g_autoptr(VsDataset) dataset = test_load_dataset ("valid", "unicode.json");
  VsUseCasesView *view = show_view (dataset);
  AdwStatusPage *page = test_find_one (view, ADW_TYPE_STATUS_PAGE, NULL, NULL);
  g_autoptr(GPtrArray) buttons = test_find_all (page, GTK_TYPE_BUTTON, NULL, NULL);
  g_autoptr(GPtrArray) entries = test_find_all (view, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);

  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Use Cases Listed");
  g_assert_cmpstr (adw_status_page_get_description (page), ==,
                   "This comparison lists no use cases.");
  g_assert_cmpuint (buttons->len, ==, 0);
  g_assert_cmpuint (entries->len, ==, 0);
  g_assert_cmpuint (count_rows (view), ==, 0);

  test_close_view (view);
}

static void
test_new_dataset (void)
{
  g_autoptr(VsDataset) builtin = vs_dataset_loader_load_builtin ();
  g_autoptr(VsDataset) three = test_load_dataset ("valid", "three-subjects.json");
  g_autoptr(VsDataset) unicode = test_load_dataset ("valid", "unicode.json");
  VsUseCasesView *view = show_view (builtin);
  GtkSearchEntry *entry = test_find_one (view, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  GtkDropDown *drop_down = test_find_one (view, GTK_TYPE_DROP_DOWN, NULL, NULL);

  click (find_toggle (view, "network"));
  select_subject (view, "Node.js");
  test_type_search (view, "real");
  g_assert_cmpuint (count_rows (view), ==, 1);

  /* Everything is rebuilt and every filter reset. */
  test_set_dataset (view, three);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (drop_down)), ==, 4);
  g_assert_cmpuint (count_rows (view), ==, 4);
  g_assert_cmpstr (count_text (view), ==, "4 use cases");
  /* web, multi-user, gis, spatial, embedded, offline, then All and Any. */
  g_assert_cmpuint (count_toggles (view), ==, 6 + 2);
  g_assert_nonnull (find_toggle (view, "offline"));

  /* “Test fixtures” has neither description, tags nor source. */
  test_type_search (view, "fixtures");
  assert_row_names (view, (const char *[]) { "Test fixtures", NULL });

  /* From a dataset without use cases and back. */
  test_set_dataset (view, unicode);
  g_assert_cmpuint (count_rows (view), ==, 0);
  test_set_dataset (view, builtin);
  g_assert_cmpuint (count_rows (view), ==, 8);
  g_assert_false (gtk_toggle_button_get_active (find_toggle (view, "network")));

  test_close_view (view);
}

static void
test_search_action (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsUseCasesView *view = show_view (dataset);
  GtkRoot *window = gtk_widget_get_root (GTK_WIDGET (view));
  GtkWidget *entry = test_find_one (view, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);

  gtk_widget_grab_focus (GTK_WIDGET (find_toggle (view, "api")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "view.search", NULL));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), entry));

  test_close_view (view);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/versus/use-cases-view/builtin", test_builtin);
  g_test_add_func ("/versus/use-cases-view/search", test_search);
  g_test_add_func ("/versus/use-cases-view/subject", test_subject);
  g_test_add_func ("/versus/use-cases-view/pages", test_pages);
  g_test_add_func ("/versus/use-cases-view/tags-any-all", test_tags_any_all);
  g_test_add_func ("/versus/use-cases-view/tag-keyboard", test_tag_keyboard);
  g_test_add_func ("/versus/use-cases-view/markup-is-text", test_markup_is_text);
  g_test_add_func ("/versus/use-cases-view/empty-and-clear", test_empty_and_clear);
  g_test_add_func ("/versus/use-cases-view/no-use-cases", test_no_use_cases);
  g_test_add_func ("/versus/use-cases-view/new-dataset", test_new_dataset);
  g_test_add_func ("/versus/use-cases-view/search-action", test_search_action);

  return g_test_run ();
}
