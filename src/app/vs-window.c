/* vs-window.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "vs-choice.h"
#include "vs-companies-view.h"
#include "vs-dataset-loader.h"
#include "vs-diagnostic.h"
#include "vs-display-text.h"
#include "vs-draft.h"
#include "vs-editor-window.h"
#include "vs-features-view.h"
#include "vs-overview-view.h"
#include "vs-question.h"
#include "vs-recent-datasets.h"
#include "vs-session.h"
#include "vs-subject-style.h"
#include "vs-use-cases-view.h"
#include "vs-verdict-view.h"
#include "vs-view.h"
#include "vs-window-private.h"

/* The main window: the dataset's views in a view stack, and everything
 * that opens a dataset (Open…, the command line, drag and drop, the last
 * dataset at start). A dataset that fails to load never replaces the one
 * on screen.
 *
 * The window holds one VsSession, which its views (VsView, one table of
 * them below) show and write into, and the exports read from.
 *
 * A view is made when it is first shown, and gets the session when it is
 * shown, not before (sync_views()): the window does not pay for the views
 * it does not show, at start or when a large dataset is opened. The views
 * hidden let go of the session when another dataset comes. At start, the
 * visible view gets the session only once the window has painted its first
 * frame, so that the window appears at once and its content follows.
 */

G_DEFINE_FINAL_TYPE (VsWindow, vs_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The views, in the order of the view stack's pages: their page's name
 * (for win.show-view and the last-view setting), title and icon. The
 * shortcuts Alt+1… follow this order.
 */
typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GType (*get_type) (void);
} ViewInfo;

static const ViewInfo views[] = {
  { "overview", N_("Overview"), "vs-overview-symbolic", vs_overview_view_get_type },
  { "features", N_("Features"), "vs-features-symbolic", vs_features_view_get_type },
  { "use-cases", N_("Use Cases"), "vs-use-cases-symbolic", vs_use_cases_view_get_type },
  { "companies", N_("Companies"), "vs-companies-symbolic", vs_companies_view_get_type },
  { "verdict", N_("Verdict"), "vs-verdict-symbolic", vs_verdict_view_get_type },
};

/* The page of the view stack that holds views[@i] once made. */
static AdwBin *
get_page_bin (VsWindow *self,
              guint     i)
{
  return ADW_BIN (adw_view_stack_get_child_by_name (self->view_stack, views[i].name));
}

/* The view views[@i], or NULL if it was never shown. */
static GtkWidget *
get_view (VsWindow *self,
          guint     i)
{
  return adw_bin_get_child (get_page_bin (self, i));
}

/* The view views[@i], made if need be. A new view gets the session before
 * it is put on its page, so that it is mapped showing it (the Verdict view
 * puts the focus on its first page then).
 */
static GtkWidget *
ensure_view (VsWindow *self,
             guint     i)
{
  GtkWidget *widget = get_view (self, i);

  if (widget == NULL)
    {
      widget = g_object_new (views[i].get_type (), "session", self->session, NULL);
      g_assert (VS_IS_VIEW (widget));
      adw_bin_set_child (get_page_bin (self, i), widget);
    }

  return widget;
}

static guint
find_view (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (g_str_equal (views[i].name, name))
      return i;

  g_assert_not_reached ();
}

static void
add_pages (VsWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      AdwViewStackPage *page = adw_view_stack_add_titled (self->view_stack, adw_bin_new (),
                                                          views[i].name, _(views[i].title));

      adw_view_stack_page_set_icon_name (page, views[i].icon_name);
    }
}

/* The visible view shows the session. */
static void
sync_views (VsWindow *self)
{
  GtkWidget *visible = adw_view_stack_get_visible_child (self->view_stack);

  if (vs_session_get_dataset (self->session) == NULL)
    return;

  /* The first frame comes first (see the top of the file). */
  if (!self->painted)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (GTK_WIDGET (get_page_bin (self, i)) == visible)
      vs_view_set_session (VS_VIEW (ensure_view (self, i)), self->session);
}

/* Before another dataset: the views hidden let go of the session rather
 * than follow it to the new dataset, and so does the visible view before
 * the first frame.
 */
static void
detach_hidden_views (VsWindow *self)
{
  GtkWidget *visible = adw_view_stack_get_visible_child (self->view_stack);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *view = get_view (self, i);

      if (view != NULL && (!self->painted || GTK_WIDGET (get_page_bin (self, i)) != visible))
        vs_view_set_session (VS_VIEW (view), NULL);
    }
}

static void
hide_warnings (VsWindow *self)
{
  g_clear_pointer (&self->warnings_file, g_free);
  gtk_revealer_set_reveal_child (self->warnings_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-warnings", FALSE);
}

static void
show_dataset (VsWindow *self)
{
  VsDataset *dataset = vs_session_get_dataset (self->session);
  const char *subtitle = vs_dataset_get_subtitle (dataset);

  /* A file just opened shows its own warnings after this. */
  hide_warnings (self);

  vs_subject_style_apply (dataset);

  /* Plain text: AdwViewSwitcherTitle and the window title take no markup. */
  adw_view_switcher_title_set_title (self->switcher_title, vs_dataset_get_title (dataset));
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), vs_dataset_get_title (dataset));

  sync_views (self);
}

/* How a message names a file: short, on one line. No I/O here: the file
 * may be remote, or gone, and this runs on the main thread.
 */
static char *
file_label (GFile *file)
{
  return vs_display_file_name (file);
}

/* The bar says how much of the file, just opened, the loader ignored. */
void
vs_window_show_warnings (VsWindow *self,
                         GFile    *file)
{
  guint n_warnings = vs_dataset_get_n_warnings (vs_session_get_dataset (self->session));
  g_autofree char *text = NULL;

  hide_warnings (self);
  if (n_warnings == 0)
    return;

  self->warnings_file = file_label (file);
  text = g_strdup_printf (ngettext ("%u part of this file was ignored",
                                    "%u parts of this file were ignored", n_warnings),
                          n_warnings);
  gtk_label_set_text (self->warnings_label, text);
  gtk_revealer_set_reveal_child (self->warnings_revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-warnings", TRUE);
}

/* Every problem of a file that failed to load, found in a thread while
 * its first error is already on screen.
 */
static void
validate_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GPtrArray *diagnostics = vs_dataset_validate_file (task_data, cancellable, NULL);

  g_task_return_pointer (task, diagnostics, (GDestroyNotify) g_ptr_array_unref);
}

/* The problems, one label each, under the first error in its dialog. */
static GtkWidget *
create_problem_list (GPtrArray  *diagnostics,
                     const char *name)
{
  g_autofree char *heading = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *problems = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *label;
  GtkWidget *scroller;

  heading = g_strdup_printf (ngettext ("All %u problem of this file:",
                                       "All %u problems of this file:", diagnostics->len),
                             diagnostics->len);
  label = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = vs_diagnostic_format (g_ptr_array_index (diagnostics, i), name);

      /* Plain text: the messages quote the file. */
      label = gtk_label_new (line);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (problems), label);
    }

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), problems);
  gtk_box_append (GTK_BOX (box), scroller);

  return box;
}

static void
validated_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GWeakRef *dialog_ref = user_data;
  g_autoptr(GtkWidget) dialog = g_weak_ref_get (dialog_ref);
  g_autoptr(GPtrArray) diagnostics = g_task_propagate_pointer (G_TASK (result), NULL);
  g_autofree char *name = file_label (g_task_get_task_data (G_TASK (result)));

  g_weak_ref_clear (dialog_ref);
  g_free (dialog_ref);

  /* Closed meanwhile, or nothing more than the first error to say. */
  if (dialog == NULL || diagnostics == NULL || diagnostics->len < 2)
    return;

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                      create_problem_list (diagnostics, name));
}

static void
show_load_error (VsWindow     *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = file_label (file);
  g_autofree char *message = vs_dataset_error_format (name, error);
  GtkWidget *dialog = vs_window_show_error (self, _("Could Not Open Dataset"), message);

  /* A file that breaks the format's rules may break more than one: the
   * dialog lists them all, as “versus --validate” does, when they are found.
   */
  if (error->domain == VS_DATASET_ERROR)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GTask) task = NULL;
      GWeakRef *dialog_ref = g_new0 (GWeakRef, 1);

      g_weak_ref_init (dialog_ref, dialog);
      g_signal_connect_object (dialog, "destroy", G_CALLBACK (g_cancellable_cancel),
                               cancellable, G_CONNECT_SWAPPED);
      task = g_task_new (NULL, cancellable, validated_cb, dialog_ref);
      g_task_set_task_data (task, g_object_ref (file), g_object_unref);
      g_task_run_in_thread (task, validate_thread);
    }
}

static void
show_restore_error (VsWindow     *self,
                    GFile        *file,
                    const GError *error)
{
  g_autofree char *name = file_label (file);
  g_autofree char *message = vs_dataset_error_format (name, error);
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* A toast title is markup in libadwaita 1.2: everything is escaped, the
   * translation included.
   * Translators: the placeholder is the loader's message, which names the file
   */
  title = g_markup_printf_escaped (_("Could not reopen the last dataset: %s"), message);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The window's size kept in GSettings, as the schema's ranges: at least
 * the window's own minimum (vs-window.ui), at most any screen.
 */
#define MIN_WINDOW_WIDTH  360
#define MIN_WINDOW_HEIGHT 294
#define MAX_WINDOW_SIZE   16384

/* A large dataset takes a few seconds to read (in a thread): after a
 * second, a spinner in the header bar says that it is coming.
 */
#define LOADING_SPINNER_DELAY_MS 1000

static gboolean
loading_slow_cb (gpointer user_data)
{
  VsWindow *self = user_data;

  self->loading_source = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->loading_spinner), TRUE);
  gtk_spinner_start (self->loading_spinner);

  return G_SOURCE_REMOVE;
}

static void
stop_loading_indication (VsWindow *self)
{
  g_clear_handle_id (&self->loading_source, g_source_remove);
  gtk_spinner_stop (self->loading_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->loading_spinner), FALSE);
}

static void
load_file_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(VsWindow) self = user_data;
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;

  dataset = vs_dataset_loader_load_file_finish (result, &error);

  /* Cancelled by a newer load, which keeps the spinner. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  stop_loading_indication (self);

  if (dataset == NULL)
    {
      /* A recent file that is gone is forgotten. */
      if (g_file_is_native (self->loading_file) && !g_file_query_exists (self->loading_file, NULL))
        {
          g_autofree char *gone = g_file_get_uri (self->loading_file);
          vs_recent_datasets_remove (self->recent, gone);
        }

      /* A dataset that fails leaves the current one on screen. */
      if (self->loading_last_dataset)
        {
          show_restore_error (self, self->loading_file, error);
          g_settings_reset (self->settings, "last-dataset");
        }
      else
        {
          show_load_error (self, self->loading_file, error);
        }
      return;
    }

  uri = g_file_get_uri (self->loading_file);
  g_settings_set_string (self->settings, "last-dataset", uri);
  vs_recent_datasets_add (self->recent, self->loading_file, vs_dataset_get_title (dataset));
  vs_window_set_dataset (self, dataset);
  g_set_object (&self->dataset_file, self->loading_file);
  vs_window_watch_file (self, self->dataset_file);
  vs_window_show_warnings (self, self->loading_file);
}

static void
load_file (VsWindow *self,
           GFile    *file,
           gboolean  is_last_dataset)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  g_set_object (&self->loading_file, file);
  self->loading_last_dataset = is_last_dataset;

  if (self->loading_source == 0 && !gtk_widget_get_visible (GTK_WIDGET (self->loading_spinner)))
    self->loading_source = g_timeout_add (LOADING_SPINNER_DELAY_MS, loading_slow_cb, self);

  vs_dataset_loader_load_file_async (file, self->load_cancellable, load_file_cb,
                                     g_object_ref (self));
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  VsWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      vs_window_open_file (self, file);
    }

  g_object_unref (dialog);
}

static void
open_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);
  g_autoptr(GtkFileFilter) json_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;

  /* A native dialog, so that the file chooser portal works in the Flatpak. */
  dialog = gtk_file_chooser_native_new (_("Open Dataset"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  gtk_file_filter_set_name (json_filter, _("Comparison Datasets (JSON)"));
  gtk_file_filter_add_mime_type (json_filter, "application/json");
  gtk_file_filter_add_suffix (json_filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), json_filter);

  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all_filter);

  g_signal_connect_object (dialog, "response", G_CALLBACK (open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_recent_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  vs_window_open_file (VS_WINDOW (widget), file);
}

static void
forget_recent_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  vs_recent_datasets_remove (VS_WINDOW (widget)->recent, g_variant_get_string (parameter, NULL));
}

static void
clear_recent_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  vs_recent_datasets_clear (VS_WINDOW (widget)->recent);
}

/* Back to the built-in comparison, which the next start opens too. */
static void
open_builtin_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);
  g_autoptr(VsDataset) builtin = NULL;

  /* A load under way would replace it when done. */
  g_cancellable_cancel (self->load_cancellable);
  stop_loading_indication (self);

  builtin = vs_dataset_loader_load_builtin ();
  g_settings_set_string (self->settings, "last-dataset", "");
  vs_window_set_dataset (self, builtin);
}

/* ------------------------------------------------------------------------ */
/* Editing                                                                   */
/* ------------------------------------------------------------------------ */

/* What the editor saved, the window shows. */
static void
editor_saved_cb (VsEditorWindow *editor,
                 GFile          *file,
                 VsWindow       *self)
{
  /* The file on screen, watched, is reloaded: its view and answers stay. */
  if (self->monitor != NULL && self->dataset_file != NULL &&
      g_file_equal (file, self->dataset_file))
    return;

  vs_window_open_file (self, file);
}

/* Opens the editor on @draft of @file, whose members the draft leaves out
 * (@n_unknown_members) saving over it would drop: the editor asks first.
 */
static void
open_editor (VsWindow *self,
             VsDraft  *draft,
             GFile    *file,
             gboolean  builtin,
             guint     n_unknown_members)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  VsEditorWindow *editor = vs_editor_window_new (application, draft, file, builtin);

  vs_editor_window_set_n_unknown_members (editor, n_unknown_members);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_comparison_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  open_editor (VS_WINDOW (widget), NULL, NULL, FALSE, 0);
}

/* The dataset on screen, in the editor; the built-in one is saved as a copy. */
static void
edit_comparison_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);
  VsDataset *dataset = vs_session_get_dataset (self->session);
  guint n_features = g_list_model_get_n_items (vs_dataset_get_features (dataset));
  guint n_subjects = vs_dataset_get_n_subjects (dataset);
  g_autoptr(VsDraft) draft = NULL;

  if ((guint64) n_features * n_subjects > VS_EDITOR_MAX_VALUES)
    {
      g_autofree char *message = NULL;

      /* Translators: the placeholders are the numbers of features, subjects and values,
       * and the most values the editor shows
       */
      message = g_strdup_printf (_("This comparison is too large for the editor: %u features "
                                   "of %u subjects make %u values, more than the %u it shows. "
                                   "Edit its file instead."),
                                 n_features, n_subjects, n_features * n_subjects,
                                 VS_EDITOR_MAX_VALUES);
      vs_window_show_error (self, _("Could Not Edit Comparison"), message);
      return;
    }

  draft = vs_draft_new_from_dataset (dataset);
  open_editor (self, draft, self->dataset_file, self->dataset_file == NULL,
               vs_dataset_get_n_unknown_members (dataset));
}

/* Each warning on a line of its own, as text: it quotes the file. */
static void
show_warnings_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);
  const char * const *warnings = vs_dataset_get_warnings (vs_session_get_dataset (self->session));
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *scrolled;
  GtkWidget *list;

  if (self->warnings_file == NULL)
    return;

  /* Translators: the placeholder is a file name */
  body = g_strdup_printf (_("Versus opened “%s” without these parts of it. Each line says "
                            "where the part is in the file, and why it was left out."),
                          self->warnings_file);

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  for (guint i = 0; warnings[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (warnings[i]);

      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      /* Narrower than the dialog, so that the height asked for is enough
       * for the lines as wrapped.
       */
      gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
      gtk_box_append (GTK_BOX (list), label);
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Parts of the File Were Ignored"),
                                                       NULL));
  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_set_extra_child (dialog, scrolled);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
dismiss_warnings_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  hide_warnings (VS_WINDOW (widget));
}

/* Local files that are gone leave Open Recent before the menu shows. */
static void
menu_shown_cb (VsWindow *self)
{
  vs_recent_datasets_refresh (self->recent);
}

/* The main menu's popover is made when the menu first opens: made with
 * the window, its items cost the first frame 2 % of its time.
 */
static void
create_main_menu_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  VsWindow *self = user_data;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (self->primary_menu));
  g_signal_connect_object (gtk_menu_button_get_popover (button), "show",
                           G_CALLBACK (menu_shown_cb), self, G_CONNECT_SWAPPED);
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);
  GtkWidget *view = adw_bin_get_child (ADW_BIN (page));

  /* The Overview has nothing to search: search the features instead. */
  if (view == NULL || !gtk_widget_activate_action (view, "view.search", NULL))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "features");
      gtk_widget_activate_action (ensure_view (self, find_view ("features")), "view.search", NULL);
    }
}

/* The shortcuts window is built when asked for, not with the window as
 * GtkApplication builds gtk/help-overlay.ui: that cost the first frame
 * 6 ms. Its shortcuts name their keys (ui/app/help-overlay.ui), which must be
 * those bound here and in vs_application_startup(): the window's own
 * bindings are not application accelerators that GtkShortcutsWindow could
 * look up. /versus/window/help-overlay checks them against the bindings.
 */
static void
show_help_overlay_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *help_overlay;

  builder = gtk_builder_new_from_resource ("/io/github/versusapp/Versus/ui/app/help-overlay.ui");
  help_overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  gtk_window_set_transient_for (help_overlay, GTK_WINDOW (widget));
  gtk_window_set_destroy_with_parent (help_overlay, TRUE);
  gtk_window_present (help_overlay);
}

/* The bar at the bottom, shown only when the window is too narrow for
 * the view switcher in the header bar, gets the view stack when it is
 * first revealed: its five buttons, made at once, cost the first frame
 * 1–2 ms.
 */
static void
switcher_bar_revealed_cb (VsWindow *self)
{
  if (adw_view_switcher_title_get_stack (self->switcher_title) != NULL &&
      adw_view_switcher_bar_get_reveal (self->switcher_bar) &&
      adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
}

static void
show_view_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VsWindow *self = VS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  VsWindow *self = user_data;
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  /* One window shows one dataset: of several files, the first is opened. */
  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;

  vs_window_open_file (self, files->data);

  return TRUE;
}

/* The benchmark's hook (bench/README.md): with VERSUS_BENCH_FIRST_FRAME
 * set, the window prints the monotonic time, in microseconds, of its first
 * frame and of the first frame that shows the dataset, then closes.
 */
static void
close_window (gpointer data)
{
  g_autoptr(GtkWindow) window = data;

  gtk_window_close (window);
}

static void
print_bench_time (const char *what)
{
  printf ("versus-%s %" G_GINT64_FORMAT "\n", what, g_get_monotonic_time ());
  fflush (stdout);
}

static void
content_painted_cb (GdkFrameClock *clock,
                    VsWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, content_painted_cb, self);
  print_bench_time ("content-frame");
  g_idle_add_once (close_window, g_object_ref (self));
}

static void
first_frame_painted_cb (GdkFrameClock *clock,
                        VsWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, self);
  self->painted = TRUE;

  /* The view switcher's five buttons, made with the stack's pages, cost
   * the first frame a fifth of its time: the header bar shows them with
   * the content, in the next frame.
   */
  if (adw_view_switcher_title_get_stack (self->switcher_title) == NULL)
    {
      adw_view_switcher_title_set_stack (self->switcher_title, self->view_stack);
      gtk_widget_set_visible (GTK_WIDGET (self->switcher_title), TRUE);
      switcher_bar_revealed_cb (self);
    }

  if (g_getenv ("VERSUS_BENCH_FIRST_FRAME") != NULL)
    {
      print_bench_time ("first-frame");
      g_signal_connect_object (clock, "after-paint", G_CALLBACK (content_painted_cb), self, 0);
    }

  sync_views (self);
}

static void
vs_window_realize (GtkWidget *widget)
{
  VsWindow *self = VS_WINDOW (widget);

  GTK_WIDGET_CLASS (vs_window_parent_class)->realize (widget);

  self->painted = FALSE;
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (first_frame_painted_cb), self, 0);
}

static gboolean
vs_window_close_request (GtkWindow *window)
{
  VsWindow *self = VS_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      /* Within the schema's range: GSettings refuses anything else. */
      g_settings_set_int (self->settings, "window-width",
                          CLAMP (width, MIN_WINDOW_WIDTH, MAX_WINDOW_SIZE));
      g_settings_set_int (self->settings, "window-height",
                          CLAMP (height, MIN_WINDOW_HEIGHT, MAX_WINDOW_SIZE));
    }

  return GTK_WINDOW_CLASS (vs_window_parent_class)->close_request (window);
}

static void
vs_window_dispose (GObject *object)
{
  VsWindow *self = (VsWindow *)object;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_handle_id (&self->loading_source, g_source_remove);
  g_cancellable_cancel (self->reload_cancellable);
  vs_window_watch_file (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_WINDOW);

  G_OBJECT_CLASS (vs_window_parent_class)->dispose (object);
}

static void
vs_window_finalize (GObject *object)
{
  VsWindow *self = (VsWindow *)object;

  g_clear_object (&self->session);
  g_clear_object (&self->recent);
  g_clear_pointer (&self->warnings_file, g_free);
  g_clear_object (&self->settings);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->loading_file);
  g_clear_object (&self->dataset_file);
  g_clear_object (&self->reload_cancellable);

  G_OBJECT_CLASS (vs_window_parent_class)->finalize (object);
}

static void
vs_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VsWindow *self = VS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, vs_session_get_dataset (self->session));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  VsWindow *self = VS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      vs_window_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_window_class_init (VsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vs_window_dispose;
  object_class->finalize = vs_window_finalize;
  object_class->get_property = vs_window_get_property;
  object_class->set_property = vs_window_set_property;

  widget_class->realize = vs_window_realize;

  window_class->close_request = vs_window_close_request;

  properties [PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         VS_TYPE_DATASET,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/"
                                               "ui/app/vs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, warnings_revealer);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, VsWindow, warnings_label);

  vs_window_class_install_actions (widget_class);
  vs_window_class_install_import_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action_cb);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action_cb);
  gtk_widget_class_install_action (widget_class, "win.forget-recent", "s",
                                   forget_recent_action_cb);
  gtk_widget_class_install_action (widget_class, "win.clear-recent", NULL, clear_recent_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-builtin", NULL, open_builtin_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-warnings", NULL,
                                   show_warnings_action_cb);
  gtk_widget_class_install_action (widget_class, "win.dismiss-warnings", NULL,
                                   dismiss_warnings_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action_cb);
  gtk_widget_class_install_action (widget_class, "win.new-comparison", NULL,
                                   new_comparison_action_cb);
  gtk_widget_class_install_action (widget_class, "win.edit-comparison", NULL,
                                   edit_comparison_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-comparison", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.edit-comparison", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-view", "s", views[i].name);
}

static void
vs_window_init (VsWindow *self)
{
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));
  add_pages (self);
  self->session = vs_session_new (NULL);

  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (sync_views), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->switcher_bar, "notify::reveal",
                           G_CALLBACK (switcher_bar_revealed_cb), self, G_CONNECT_SWAPPED);
  switcher_bar_revealed_cb (self);

  self->settings = g_settings_new (APP_ID);
  /* GSettings ignores a stored size outside the schema's range; clamp too,
   * so that no negative or absurd size ever reaches GTK.
   */
  gtk_window_set_default_size (GTK_WINDOW (self),
                               CLAMP (g_settings_get_int (self->settings, "window-width"),
                                      MIN_WINDOW_WIDTH, MAX_WINDOW_SIZE),
                               CLAMP (g_settings_get_int (self->settings, "window-height"),
                                      MIN_WINDOW_HEIGHT, MAX_WINDOW_SIZE));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_settings_bind (self->settings, "last-view", self->view_stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);

  hide_warnings (self);

  self->recent = vs_recent_datasets_new (self->settings);
  g_menu_append_section (self->recent_menu, NULL, vs_recent_datasets_get_menu (self->recent));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_main_menu_cb, self, NULL);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
}

VsWindow *
vs_window_new (VsApplication *application)
{
  g_autoptr(VsDataset) builtin = application != NULL ? vs_application_take_builtin (application)
                                                     : NULL;

  if (builtin == NULL)
    builtin = vs_dataset_loader_load_builtin ();

  return g_object_new (VS_TYPE_WINDOW,
                       "application", application,
                       "dataset", builtin,
                       NULL);
}

/**
 * vs_window_get_dataset:
 *
 * Returns: (transfer none): the dataset on screen
 */
VsDataset *
vs_window_get_dataset (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return vs_session_get_dataset (self->session);
}

/**
 * vs_window_get_session:
 *
 * Returns: (transfer none): what the window shows, which the exports read
 */
VsSession *
vs_window_get_session (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return self->session;
}

void
vs_window_set_dataset (VsWindow  *self,
                       VsDataset *dataset)
{
  g_return_if_fail (VS_IS_WINDOW (self));
  g_return_if_fail (VS_IS_DATASET (dataset));

  if (vs_session_get_dataset (self->session) == dataset)
    return;

  detach_hidden_views (self);
  vs_session_set_dataset (self->session, dataset);

  /* A dataset given without its file is not watched. */
  g_clear_object (&self->dataset_file);
  vs_window_watch_file (self, NULL);
  show_dataset (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATASET]);
}

/**
 * vs_window_open_file:
 * @file: a dataset file
 *
 * Loads @file without blocking and shows it; if it cannot be read, the
 * current dataset stays and a dialog says why.
 */
void
vs_window_open_file (VsWindow *self,
                     GFile    *file)
{
  g_return_if_fail (VS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  load_file (self, file, FALSE);
}

/**
 * vs_window_open_last_dataset:
 *
 * Reopens the dataset opened last, if there is one. If it no longer loads,
 * the built-in dataset stays, a toast says why, and it is forgotten.
 */
void
vs_window_open_last_dataset (VsWindow *self)
{
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (VS_IS_WINDOW (self));

  uri = g_settings_get_string (self->settings, "last-dataset");
  if (*uri == '\0')
    return;

  file = g_file_new_for_uri (uri);
  load_file (self, file, TRUE);
}

/* The file the dataset on screen was read from, or NULL: the exports
 * refuse to replace it.
 */
GFile *
vs_window_get_dataset_file (VsWindow *self)
{
  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);

  return self->dataset_file;
}

/**
 * vs_window_add_toast:
 * @toast: (transfer full): a toast
 */
void
vs_window_add_toast (VsWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (VS_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * vs_window_show_error:
 * @heading: what failed
 * @message: why, as plain text
 *
 * Shows a failure in a dialog. The message is plain text on purpose: it
 * may quote a file's own text.
 *
 * Returns: (transfer none): the dialog, which closes itself
 */
GtkWidget *
vs_window_show_error (VsWindow   *self,
                      const char *heading,
                      const char *message)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (VS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (heading != NULL && message != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));
  adw_message_dialog_set_body (dialog, message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WIDGET (dialog);
}
