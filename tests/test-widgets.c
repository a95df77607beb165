/* test-widgets.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-widgets.h"
#include "vs-dataset-loader.h"
#include "vs-subject-style.h"
#include "vs-view.h"

VsDataset *
test_load_dataset (const char *folder,
                   const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VsDataset *dataset = vs_dataset_loader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

/* Puts a view of @view_type showing a session on @dataset in a window, as
 * the window does. The view holds the session.
 */
GtkWidget *
test_show_view (GType      view_type,
                VsDataset *dataset)
{
  g_autoptr(VsSession) session = vs_session_new (dataset);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = g_object_new (view_type, "session", session, NULL);

  vs_subject_style_apply (dataset);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));

  return view;
}

/* Shows @dataset in the session of @view, as the window does when it opens
 * another dataset.
 */
void
test_set_dataset (gpointer   view,
                  VsDataset *dataset)
{
  vs_session_set_dataset (vs_view_get_session (VS_VIEW (view)), dataset);
}

/* Destroys the window and checks that nothing keeps the view alive. */
void
test_close_view (gpointer view)
{
  GtkRoot *window = gtk_widget_get_root (GTK_WIDGET (view));

  g_object_ref (view);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

/* Whether @widget would be on screen: it and its ancestors are visible,
 * and no stack hides the page it is on.
 */
gboolean
test_widget_is_shown (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
      return FALSE;

  return TRUE;
}

static void
frame_painted_cb (GdkFrameClock *clock,
                  gpointer       user_data)
{
  gboolean *painted = user_data;

  *painted = TRUE;
}

/* Presents @window and waits until it has painted a frame. */
void
test_wait_for_frame (gpointer window)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong handler;

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_realize (GTK_WIDGET (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (frame_painted_cb), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

static void
collect (GtkWidget       *widget,
         GType            type,
         TestWidgetMatch  match,
         const char      *text,
         gboolean         shown_only,
         GPtrArray       *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (!shown_only || test_widget_is_shown (widget)) &&
      (match == NULL || match (widget, text)))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, match, text, shown_only, found);
}

/* The shown descendants of @root of @type (that @match accepts), in tree order. */
GPtrArray *
test_find_all (gpointer         root,
               GType            type,
               TestWidgetMatch  match,
               const char      *text)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (root), type, match, text, TRUE, found);

  return found;
}

/* As test_find_all(), shown or not (in a closed popover, on a hidden page). */
GPtrArray *
test_find_every (gpointer         root,
                 GType            type,
                 TestWidgetMatch  match,
                 const char      *text)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (root), type, match, text, FALSE, found);

  return found;
}

/* The first of test_find_every(), or %NULL. */
gpointer
test_find_first (gpointer         root,
                 GType            type,
                 TestWidgetMatch  match,
                 const char      *text)
{
  g_autoptr(GPtrArray) found = test_find_every (root, type, match, text);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

gpointer
test_find_one (gpointer         root,
               GType            type,
               TestWidgetMatch  match,
               const char      *text)
{
  g_autoptr(GPtrArray) found = test_find_all (root, type, match, text);

  g_assert_cmpuint (found->len, ==, 1);

  return g_ptr_array_index (found, 0);
}

gboolean
test_label_has_text (GtkWidget  *widget,
                     const char *text)
{
  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

gboolean
test_has_label (GtkWidget  *widget,
                const char *text)
{
  g_autoptr(GPtrArray) labels = test_find_all (widget, GTK_TYPE_LABEL, test_label_has_text, text);

  return labels->len > 0;
}

typedef struct
{
  const char *text;
  gboolean done;
} SearchWait;

static void
search_changed_cb (GtkSearchEntry *entry,
                   SearchWait     *wait)
{
  /* Setting the text first deletes the old one, which is searched at
   * once: wait for the search of the new text.
   */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), wait->text) == 0)
    wait->done = TRUE;
}

/* Types into the view's search entry and waits for the search to run, as
 * it does a moment after the user stops typing.
 */
void
test_type_search (gpointer    view,
                  const char *text)
{
  GtkSearchEntry *entry = test_find_one (view, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  SearchWait wait = { text, FALSE };
  gulong handler = g_signal_connect (entry, "search-changed", G_CALLBACK (search_changed_cb),
                                     &wait);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);

  g_signal_handler_disconnect (entry, handler);
}
