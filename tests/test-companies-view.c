/* test-companies-view.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "vs-companies-view.h"
#include "vs-company-group.h"
#include "test-widgets.h"
#include "vs-filter-bar.h"
#include "vs-dataset-loader.h"
#include "vs-subject-style.h"

/* What the user sees in the Companies view: groups, rows, counts, filters. */

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

/* Puts a view showing @dataset in a window, as the window does. */
static VsCompaniesView *
show_view (VsDataset *dataset)
{
  return VS_COMPANIES_VIEW (test_show_view (VS_TYPE_COMPANIES_VIEW, dataset));
}

static gboolean
status_page_has_title (GtkWidget  *widget,
                       const char *text)
{
  return g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), text) == 0;
}

/* The groups on screen. */
static GPtrArray *
find_groups (VsCompaniesView *view)
{
  return test_find_all (view, VS_TYPE_COMPANY_GROUP, NULL, NULL);
}

/* The title of a group: the subject's badge, then the count. */
static char *
group_title (GtkWidget *group)
{
  g_autoptr(GPtrArray) labels = test_find_all (group, GTK_TYPE_LABEL, NULL, NULL);
  GtkWidget *badge;

  g_assert_cmpuint (labels->len, >=, 2);
  badge = g_ptr_array_index (labels, 0);
  g_assert_true (gtk_widget_has_css_class (badge, "vs-badge"));

  return g_strdup_printf ("%s · %s", gtk_label_get_text (GTK_LABEL (badge)),
                          gtk_label_get_text (g_ptr_array_index (labels, 1)));
}

/* The name of a row: its first label. */
static const char *
row_name (GtkWidget *row)
{
  g_autoptr(GPtrArray) labels = test_find_all (row, GTK_TYPE_LABEL, NULL, NULL);

  g_assert_cmpuint (labels->len, >, 0);

  return gtk_label_get_text (g_ptr_array_index (labels, 0));
}

/* Checks the group's title and the names of its rows. */
static void
assert_group (GtkWidget          *group,
              const char         *title,
              const char * const *names)
{
  g_autoptr(GPtrArray) rows = test_find_all (group, GTK_TYPE_LIST_BOX_ROW, NULL, NULL);
  g_autofree char *shown_title = group_title (group);

  g_assert_cmpstr (shown_title, ==, title);
  g_assert_cmpuint (rows->len, ==, g_strv_length ((char **)names));
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (row_name (g_ptr_array_index (rows, i)), ==, names[i]);
}

static const char *
count_text (VsCompaniesView *view)
{
  g_autoptr(GPtrArray) labels = test_find_all (view, GTK_TYPE_LABEL, NULL, NULL);
  const char *count = NULL;

  /* The total is the first label of the view saying how many companies. */
  for (guint i = 0; i < labels->len && count == NULL; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (g_str_has_suffix (text, " companies") || g_str_has_suffix (text, " company"))
        count = text;
    }

  g_assert_nonnull (count);

  return count;
}

static gboolean
drop_down_starts_with (GtkWidget  *widget,
                       const char *text)
{
  GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));

  return (model != NULL &&
          g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), text) == 0);
}

/* Chooses @name in the drop-down whose first item is @all. */
static void
choose (VsCompaniesView *view,
        const char      *all,
        const char      *name)
{
  GtkDropDown *drop_down = test_find_one (view, GTK_TYPE_DROP_DOWN, drop_down_starts_with, all);
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), name) == 0)
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }

  g_assert_not_reached ();
}

static void
click (gpointer button)
{
  g_signal_emit_by_name (button, "clicked");
}

/* The position chosen in the drop-down whose first item is @all. */
static guint
selected (VsCompaniesView *view,
          const char      *all)
{
  return gtk_drop_down_get_selected (test_find_one (view, GTK_TYPE_DROP_DOWN,
                                               drop_down_starts_with, all));
}

/* ------------------------------------------------------------------------ */
/* Tests                                                                    */
/* ------------------------------------------------------------------------ */

static void
test_builtin (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsCompaniesView *view = show_view (dataset);
  g_autoptr(GPtrArray) groups = find_groups (view);
  g_autoptr(GPtrArray) drop_downs = test_find_all (view, GTK_TYPE_DROP_DOWN, NULL, NULL);

  g_assert_cmpuint (groups->len, ==, 2);
  assert_group (g_ptr_array_index (groups, 0), "Node.js · 4 companies",
                (const char *[]) { "Netflix", "PayPal", "LinkedIn", "Uber", NULL });
  assert_group (g_ptr_array_index (groups, 1), "Python · 4 companies",
                (const char *[]) { "Google", "Instagram", "Spotify", "NASA", NULL });
  g_assert_cmpstr (count_text (view), ==, "8 companies");

  /* Each company shows its source; no company has a sector, so there is
   * no sector filter.
   */
  g_assert_true (test_has_label (g_ptr_array_index (groups, 0),
                            "Source: Node.js vs Python: Choosing the Best Backend "
                            "Technology for Your Web App in 2025"));
  g_assert_cmpuint (drop_downs->len, ==, 1);
  g_assert_true (drop_down_starts_with (g_ptr_array_index (drop_downs, 0), "All subjects"));

  test_close_view (view);
}

static void
test_shared_company (void)
{
  g_autoptr(VsDataset) dataset = test_load_dataset ("valid", "three-subjects.json");
  VsCompaniesView *view = show_view (dataset);
  g_autoptr(GPtrArray) groups = find_groups (view);

  /* Example Corp uses the three subjects: it shows in each group, and
   * counts once in the total.
   */
  g_assert_cmpuint (groups->len, ==, 3);
  assert_group (g_ptr_array_index (groups, 0), "PostgreSQL · 2 companies",
                (const char *[]) { "Instagram", "Example Corp", NULL });
  assert_group (g_ptr_array_index (groups, 1), "MySQL · 2 companies",
                (const char *[]) { "Booking.com", "Example Corp", NULL });
  assert_group (g_ptr_array_index (groups, 2), "SQLite · 2 companies",
                (const char *[]) { "Apple", "Example Corp", NULL });
  g_assert_cmpstr (count_text (view), ==, "4 companies");

  /* The sector shows under the name; none for Example Corp. */
  g_assert_true (test_has_label (g_ptr_array_index (groups, 0), "Social media"));
  g_assert_true (test_has_label (g_ptr_array_index (groups, 2), "Consumer electronics"));
  g_assert_true (test_has_label (g_ptr_array_index (groups, 2), "Source: Developer survey notes"));

  test_close_view (view);
}

static void
test_search (void)
{
  g_autoptr(VsDataset) builtin = vs_dataset_loader_load_builtin ();
  g_autoptr(VsDataset) three = test_load_dataset ("valid", "three-subjects.json");
  VsCompaniesView *view = show_view (builtin);
  g_autoptr(GPtrArray) groups = NULL;

  test_type_search (view, "net");
  groups = find_groups (view);
  g_assert_cmpuint (groups->len, ==, 1);
  assert_group (g_ptr_array_index (groups, 0), "Node.js · 1 company",
                (const char *[]) { "Netflix", NULL });
  g_assert_cmpstr (count_text (view), ==, "1 of 8 companies");

  /* Casefolded; the sector is searched too. */
  test_set_dataset (view, three);
  test_type_search (view, "TRAVEL");
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = find_groups (view);
  g_assert_cmpuint (groups->len, ==, 1);
  assert_group (g_ptr_array_index (groups, 0), "MySQL · 1 company",
                (const char *[]) { "Booking.com", NULL });

  test_type_search (view, "example");
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = find_groups (view);
  g_assert_cmpuint (groups->len, ==, 3);
  g_assert_cmpstr (count_text (view), ==, "1 of 4 companies");

  test_close_view (view);
}

/* Whether a line of @label's layout starts inside a word. */
static gboolean
breaks_a_word (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  GSList *lines = pango_layout_get_lines_readonly (layout);

  for (GSList *l = lines; l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;

      if (line->start_index > 0 && text[line->start_index - 1] != ' ')
        return TRUE;
    }

  return FALSE;
}

/* In a narrow window, the drop-downs keep their names readable: the
 * chosen one is not cut short, and the list wraps names between words
 * only.
 */
static void
test_narrow_drop_downs (void)
{
  g_autoptr(VsDataset) dataset = test_load_dataset ("valid", "three-subjects.json");
  VsCompaniesView *view = show_view (dataset);
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (view)));
  GtkDropDown *subjects = test_find_one (view, GTK_TYPE_DROP_DOWN, drop_down_starts_with,
                                         "All subjects");
  GtkDropDown *sectors = test_find_one (view, GTK_TYPE_DROP_DOWN, drop_down_starts_with,
                                        "All sectors");
  GtkDropDown *drop_downs[] = { subjects, sectors };
  guint n_labels = 0;

  gtk_window_set_default_size (window, 360, 600);
  for (guint i = 0; i < 5; i++)
    test_wait_for_frame (window);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), <=, 360);

  for (guint d = 0; d < G_N_ELEMENTS (drop_downs); d++)
    {
      g_autoptr(GPtrArray) labels = NULL;
      GtkPopover *popover;

      /* The button shows the whole name chosen. */
      labels = test_find_all (drop_downs[d], GTK_TYPE_LABEL, NULL, NULL);
      for (guint i = 0; i < labels->len; i++)
        if (gtk_widget_get_mapped (labels->pdata[i]))
          {
            GtkLabel *label = labels->pdata[i];

            if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
              g_test_fail_printf ("“%s” is cut short", gtk_label_get_text (label));
          }
      g_clear_pointer (&labels, g_ptr_array_unref);

      /* Its list does not break a word. */
      popover = test_find_first (drop_downs[d], GTK_TYPE_POPOVER, NULL, NULL);
      g_assert_nonnull (popover);
      gtk_popover_popup (popover);
      for (guint i = 0; i < 5; i++)
        test_wait_for_frame (window);
      labels = test_find_every (drop_downs[d], GTK_TYPE_LABEL, NULL, NULL);
      for (guint i = 0; i < labels->len; i++)
        {
          GtkLabel *label = labels->pdata[i];

          if (!gtk_widget_get_mapped (GTK_WIDGET (label)) ||
              gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_POPOVER) == NULL)
            continue;
          n_labels++;
          if (breaks_a_word (label))
            g_test_fail_printf ("“%s” is broken inside a word", gtk_label_get_text (label));
        }
      gtk_popover_popdown (popover);
    }

  g_assert_cmpuint (n_labels, >=, 4 + 4);

  test_close_view (view);
}

/* A filter bar's drop-down squeezed to nothing keeps a width that shows
 * a short name whole, and its list never breaks a word.
 */
static void
test_squeezed_drop_down (void)
{
  const char *names[] = { "All subjects", "Communication", "Python", NULL };
  g_autoptr(GtkStringList) strings = gtk_string_list_new (names);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkDropDown *drop_down = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (G_LIST_MODEL (strings)),
                                                             NULL));
  g_autoptr(GPtrArray) labels = NULL;
  GtkPopover *popover;
  guint n_labels = 0;

  vs_filter_bar_setup_drop_down (drop_down);
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (drop_down));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 10, 10);
  gtk_window_present (GTK_WINDOW (window));

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 400);
  for (guint f = 0; f < 3; f++)
    test_wait_for_frame (window);

  /* However squeezed, it shows “All subjects” whole. */
  {
    GtkWidget *sample = g_object_ref_sink (gtk_label_new ("All subjects"));
    int minimum, natural;

    gtk_widget_set_parent (sample, GTK_WIDGET (drop_down));
    gtk_widget_measure (sample, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
    gtk_widget_unparent (sample);
    g_object_unref (sample);
    gtk_widget_measure (GTK_WIDGET (drop_down), GTK_ORIENTATION_HORIZONTAL, -1,
                        &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, >, natural);
  }

  popover = test_find_first (drop_down, GTK_TYPE_POPOVER, NULL, NULL);
  g_assert_nonnull (popover);
  gtk_popover_popup (popover);
  for (guint f = 0; f < 5; f++)
    test_wait_for_frame (window);

  labels = test_find_every (popover, GTK_TYPE_LABEL, NULL, NULL);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = labels->pdata[i];

      if (!gtk_widget_get_mapped (GTK_WIDGET (label)))
        continue;
      n_labels++;
      if (breaks_a_word (label) ||
          pango_layout_get_line_count (gtk_label_get_layout (label)) > 1)
        g_test_fail_printf ("“%s” wraps in the list", gtk_label_get_text (label));
    }
  g_assert_cmpuint (n_labels, >=, 1);

  gtk_popover_popdown (popover);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sector (void)
{
  g_autoptr(VsDataset) dataset = test_load_dataset ("valid", "three-subjects.json");
  VsCompaniesView *view = show_view (dataset);
  GtkDropDown *sectors = test_find_one (view, GTK_TYPE_DROP_DOWN, drop_down_starts_with, "All sectors");
  GtkStringList *strings = GTK_STRING_LIST (gtk_drop_down_get_model (sectors));
  g_autoptr(GPtrArray) groups = NULL;

  /* “All sectors”, then each sector once, sorted. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (strings)), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (strings, 1), ==, "Consumer electronics");
  g_assert_cmpstr (gtk_string_list_get_string (strings, 2), ==, "Social media");
  g_assert_cmpstr (gtk_string_list_get_string (strings, 3), ==, "Travel");

  choose (view, "All sectors", "Travel");
  groups = find_groups (view);
  g_assert_cmpuint (groups->len, ==, 1);
  assert_group (g_ptr_array_index (groups, 0), "MySQL · 1 company",
                (const char *[]) { "Booking.com", NULL });
  g_assert_cmpstr (count_text (view), ==, "1 of 4 companies");

  /* The sector and the search combine. */
  test_type_search (view, "booking");
  g_assert_cmpstr (count_text (view), ==, "1 of 4 companies");
  test_type_search (view, "apple");
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = find_groups (view);
  g_assert_cmpuint (groups->len, ==, 0);

  test_close_view (view);
}

static void
test_subject (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsCompaniesView *view = show_view (dataset);
  g_autoptr(GPtrArray) groups = NULL;

  choose (view, "All subjects", "Python");
  groups = find_groups (view);
  g_assert_cmpuint (groups->len, ==, 1);
  assert_group (g_ptr_array_index (groups, 0), "Python · 4 companies",
                (const char *[]) { "Google", "Instagram", "Spotify", "NASA", NULL });
  g_assert_cmpstr (count_text (view), ==, "4 of 8 companies");

  /* A search that matches only Node.js companies leaves nothing. */
  test_type_search (view, "uber");
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = find_groups (view);
  g_assert_cmpuint (groups->len, ==, 0);

  choose (view, "All subjects", "All subjects");
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = find_groups (view);
  g_assert_cmpuint (groups->len, ==, 1);
  assert_group (g_ptr_array_index (groups, 0), "Node.js · 1 company",
                (const char *[]) { "Uber", NULL });

  test_close_view (view);
}

static void
test_empty_and_clear (void)
{
  g_autoptr(VsDataset) dataset = test_load_dataset ("valid", "three-subjects.json");
  VsCompaniesView *view = show_view (dataset);
  GtkRoot *window = gtk_widget_get_root (GTK_WIDGET (view));
  GtkSearchEntry *entry = test_find_one (view, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  g_autoptr(GPtrArray) none = test_find_all (view, ADW_TYPE_STATUS_PAGE, NULL, NULL);
  g_autoptr(GPtrArray) groups = NULL;
  AdwStatusPage *empty;
  const char *description;

  g_assert_cmpuint (none->len, ==, 0);

  choose (view, "All subjects", "SQLite");
  choose (view, "All sectors", "Travel");
  test_type_search (view, "book");

  groups = find_groups (view);
  g_assert_cmpuint (groups->len, ==, 0);
  g_assert_cmpstr (count_text (view), ==, "0 of 4 companies");
  empty = test_find_one (view, ADW_TYPE_STATUS_PAGE, status_page_has_title, "No Matching Companies");
  description = adw_status_page_get_description (empty);
  g_assert_nonnull (strstr (description, "Search: “book”"));
  g_assert_nonnull (strstr (description, "Uses SQLite"));
  g_assert_nonnull (strstr (description, "Sector: Travel"));

  click (test_find_one (empty, GTK_TYPE_BUTTON, test_has_label, "Clear Filters"));

  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = find_groups (view);
  g_assert_cmpuint (groups->len, ==, 3);
  g_assert_cmpstr (count_text (view), ==, "4 companies");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (selected (view, "All subjects"), ==, 0);
  g_assert_cmpuint (selected (view, "All sectors"), ==, 0);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)),
                                         GTK_WIDGET (entry)));
  g_clear_pointer (&none, g_ptr_array_unref);
  none = test_find_all (view, ADW_TYPE_STATUS_PAGE, NULL, NULL);
  g_assert_cmpuint (none->len, ==, 0);

  test_close_view (view);
}

static void
test_no_companies (void)
{
  g_autoptr(VsDataset) dataset = test_load_dataset ("valid", "unicode.json");
  VsCompaniesView *view = show_view (dataset);
  AdwStatusPage *page = test_find_one (view, ADW_TYPE_STATUS_PAGE, NULL, NULL);
  g_autoptr(GPtrArray) buttons = test_find_all (page, GTK_TYPE_BUTTON, NULL, NULL);
  g_autoptr(GPtrArray) entries = test_find_all (view, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  g_autoptr(GPtrArray) groups = find_groups (view);

  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Companies Listed");
  g_assert_cmpstr (adw_status_page_get_description (page), ==,
                   "This comparison lists no companies.");
  g_assert_cmpuint (buttons->len, ==, 0);
  g_assert_cmpuint (entries->len, ==, 0);
  g_assert_cmpuint (groups->len, ==, 0);

  test_close_view (view);
}

static void
test_markup_is_text (void)
{
  g_autoptr(VsDataset) dataset = test_load_dataset ("ui", "companies-markup.json");
  VsCompaniesView *view = show_view (dataset);
  g_autoptr(GPtrArray) groups = find_groups (view);
  g_autoptr(GPtrArray) labels = test_find_all (view, GTK_TYPE_LABEL, NULL, NULL);
  AdwStatusPage *empty;
  const char *description;

  /* The company uses both subjects: it shows under each, as written. */
  g_assert_cmpuint (groups->len, ==, 2);
  assert_group (g_ptr_array_index (groups, 0), "<b>Bold</b> & Co · 1 company",
                (const char *[]) { "<b>Both</b> & Sons", NULL });
  assert_group (g_ptr_array_index (groups, 1), "Plain · 2 companies",
                (const char *[]) { "<b>Both</b> & Sons", "Plain Inc.", NULL });
  g_assert_true (test_has_label (g_ptr_array_index (groups, 0), "<i>Media</i>"));
  g_assert_true (test_has_label (g_ptr_array_index (groups, 0), "Source: Notes <i>&amp;</i> more"));
  for (guint i = 0; i < labels->len; i++)
    g_assert_false (gtk_label_get_use_markup (g_ptr_array_index (labels, i)));

  choose (view, "All sectors", "<i>Media</i>");
  g_assert_cmpstr (count_text (view), ==, "1 of 2 companies");
  choose (view, "All subjects", "<b>Bold</b> & Co");
  test_type_search (view, "<nothing>");
  empty = test_find_one (view, ADW_TYPE_STATUS_PAGE, status_page_has_title, "No Matching Companies");
  description = adw_status_page_get_description (empty);
  g_assert_nonnull (strstr (description, "“&lt;nothing&gt;”"));
  g_assert_nonnull (strstr (description, "Uses &lt;b&gt;Bold&lt;/b&gt; &amp; Co"));
  g_assert_nonnull (strstr (description, "Sector: &lt;i&gt;Media&lt;/i&gt;"));
  g_assert_true (pango_parse_markup (description, -1, 0, NULL, NULL, NULL, NULL));

  test_close_view (view);
}

static void
test_new_dataset (void)
{
  g_autoptr(VsDataset) three = test_load_dataset ("valid", "three-subjects.json");
  g_autoptr(VsDataset) builtin = vs_dataset_loader_load_builtin ();
  g_autoptr(VsDataset) unicode = test_load_dataset ("valid", "unicode.json");
  VsCompaniesView *view = show_view (three);
  GtkSearchEntry *entry = test_find_one (view, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) drop_downs = NULL;
  GListModel *subjects;

  choose (view, "All sectors", "Travel");
  choose (view, "All subjects", "MySQL");
  test_type_search (view, "book");
  g_assert_cmpstr (count_text (view), ==, "1 of 4 companies");

  /* Everything is rebuilt and every filter reset; no sector filter. */
  test_set_dataset (view, builtin);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  groups = find_groups (view);
  g_assert_cmpuint (groups->len, ==, 2);
  g_assert_cmpstr (count_text (view), ==, "8 companies");
  drop_downs = test_find_all (view, GTK_TYPE_DROP_DOWN, NULL, NULL);
  g_assert_cmpuint (drop_downs->len, ==, 1);
  g_assert_cmpuint (selected (view, "All subjects"), ==, 0);
  subjects = gtk_drop_down_get_model (g_ptr_array_index (drop_downs, 0));
  g_assert_cmpuint (g_list_model_get_n_items (subjects), ==, 3);

  /* To a dataset without companies and back. */
  test_set_dataset (view, unicode);
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = find_groups (view);
  g_assert_cmpuint (groups->len, ==, 0);
  test_set_dataset (view, three);
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = find_groups (view);
  g_assert_cmpuint (groups->len, ==, 3);

  test_close_view (view);
}

static guint
count_group_rows (GtkWidget *group)
{
  g_autoptr(GPtrArray) rows = test_find_all (group, GTK_TYPE_LIST_BOX_ROW, NULL, NULL);

  return rows->len;
}

/* A long group shows its first companies, and a button shows more of
 * them, a page at a time; searches look through every company.
 */
static void
test_pages (void)
{
  g_autoptr(VsDataset) dataset = test_load_dataset ("ui", "many-rows.json");
  VsCompaniesView *view = show_view (dataset);
  g_autoptr(GPtrArray) groups = find_groups (view);
  GtkWidget *group_a, *group_b;
  g_autofree char *title_a = NULL;
  GtkButton *more;

  g_assert_cmpuint (groups->len, ==, 2);
  group_a = g_ptr_array_index (groups, 0);
  group_b = g_ptr_array_index (groups, 1);
  title_a = group_title (group_a);
  g_assert_cmpstr (title_a, ==, "Subject A · 92 companies");
  g_assert_cmpuint (count_group_rows (group_a), ==, 20);
  g_assert_cmpuint (count_group_rows (group_b), ==, 20);

  more = test_find_one (group_a, GTK_TYPE_BUTTON, test_has_label, "Show 20 More");
  for (guint n_rows = 40; n_rows <= 80; n_rows += 20)
    {
      g_signal_emit_by_name (more, "clicked");
      g_assert_cmpuint (count_group_rows (group_a), ==, n_rows);
    }

  /* The last page is shorter; then the button goes. */
  g_assert_cmpstr (gtk_button_get_label (more), ==, "Show 12 More");
  g_signal_emit_by_name (more, "clicked");
  g_assert_cmpuint (count_group_rows (group_a), ==, 92);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (more)));
  g_assert_cmpuint (count_group_rows (group_b), ==, 20);

  /* The last company of the group, far from the first page. */
  test_type_search (view, "company 119");
  g_assert_cmpstr (count_text (view), ==, "1 of 120 companies");

  /* A new search starts again from the first page. */
  test_type_search (view, "");
  g_assert_cmpuint (count_group_rows (group_a), ==, 20);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (more)));

  test_close_view (view);
}

static void
test_search_action (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  VsCompaniesView *view = show_view (dataset);
  GtkRoot *window = gtk_widget_get_root (GTK_WIDGET (view));
  GtkWidget *entry = test_find_one (view, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);

  gtk_widget_grab_focus (GTK_WIDGET (test_find_one (view, GTK_TYPE_DROP_DOWN, NULL, NULL)));
  g_assert_false (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), entry));
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

  g_test_add_func ("/versus/companies-view/builtin", test_builtin);
  g_test_add_func ("/versus/companies-view/shared-company", test_shared_company);
  g_test_add_func ("/versus/companies-view/search", test_search);
  g_test_add_func ("/versus/companies-view/pages", test_pages);
  g_test_add_func ("/versus/companies-view/sector", test_sector);
  g_test_add_func ("/versus/companies-view/narrow-drop-downs", test_narrow_drop_downs);
  g_test_add_func ("/versus/companies-view/squeezed-drop-down", test_squeezed_drop_down);
  g_test_add_func ("/versus/companies-view/subject", test_subject);
  g_test_add_func ("/versus/companies-view/empty-and-clear", test_empty_and_clear);
  g_test_add_func ("/versus/companies-view/no-companies", test_no_companies);
  g_test_add_func ("/versus/companies-view/markup-is-text", test_markup_is_text);
  g_test_add_func ("/versus/companies-view/new-dataset", test_new_dataset);
  g_test_add_func ("/versus/companies-view/search-action", test_search_action);

  return g_test_run ();
}
