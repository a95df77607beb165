/* vs-application.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "vs-application.h"
#include "vs-dataset-loader.h"
#include "vs-editor-window.h"
#include "vs-window.h"

struct _VsApplication
{
  AdwApplication parent_instance;

  /* Reads the built-in comparison for the first window (see
   * vs_application_take_builtin()).
   */
  GThread *builtin_thread;
};

G_DEFINE_FINAL_TYPE (VsApplication, vs_application, ADW_TYPE_APPLICATION)

/* The main window focused last: editor windows are the application's too. */
static VsWindow *
get_window (VsApplication *self,
            gboolean      *is_new)
{
  GtkWindow *window = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (VS_IS_WINDOW (l->data))
        {
          window = l->data;
          break;
        }
    }

  *is_new = (window == NULL);
  if (window == NULL)
    window = GTK_WINDOW (vs_window_new (self));

  return VS_WINDOW (window);
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Versus developers", NULL };
  /* The built-in comparison is made from this article alone. */
  static const char *sources[] = {
    "Aeliasoft, “Node.js vs Python: Choosing the Best Backend Technology for Your Web App in 2025”",
    NULL
  };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about),
                                gtk_application_get_active_window (application));
  adw_about_window_set_application_name (about, _("Versus"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Versus developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_copyright (about, "© 2026 The Versus developers");
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_website (about, "https://github.com/versusapp/versus");
  adw_about_window_set_issue_url (about, "https://github.com/versusapp/versus/issues");
  adw_about_window_set_comments (about,
                                 _("Explore side-by-side comparisons of technologies. The built-in "
                                   "Node.js vs Python comparison is made from the article credited "
                                   "below; every claim in it names that source."));
  adw_about_window_add_acknowledgement_section (about, _("Built-in Comparison Source"), sources);
  /* Translators: credit yourself here, one name a line */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  /* An editor with unsaved changes asks first (Cancel, Discard, Save),
   * and Quit waits for the answer: quit again once given.
   */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (user_data));
       l != NULL;
       l = l->next)
    {
      if (VS_IS_EDITOR_WINDOW (l->data) &&
          vs_draft_get_modified (vs_editor_window_get_draft (l->data)))
        {
          gtk_window_present (l->data);
          gtk_window_close (l->data);
          return;
        }
    }

  g_application_quit (G_APPLICATION (user_data));
}

static void
vs_application_activate (GApplication *application)
{
  gboolean is_new;
  VsWindow *window = get_window (VS_APPLICATION (application), &is_new);

  /* Started without a file: come back to the dataset of last time. */
  if (is_new)
    vs_window_open_last_dataset (window);

  gtk_window_present (GTK_WINDOW (window));
}

static void
vs_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  gboolean is_new;
  VsWindow *window = get_window (VS_APPLICATION (application), &is_new);

  /* One window shows one dataset: of several files, the first is opened,
   * as when several are dropped on the window.
   */
  vs_window_open_file (window, files[0]);
  gtk_window_present (GTK_WINDOW (window));
}

static gpointer
load_builtin_thread (gpointer data)
{
  return vs_dataset_loader_load_builtin ();
}

/**
 * vs_application_take_builtin:
 *
 * The built-in comparison, read in a thread since the application started,
 * for the first window; %NULL after the first call.
 *
 * Returns: (transfer full) (nullable): the built-in dataset, or %NULL
 */
VsDataset *
vs_application_take_builtin (VsApplication *self)
{
  GThread *thread;

  g_return_val_if_fail (VS_IS_APPLICATION (self), NULL);

  thread = g_steal_pointer (&self->builtin_thread);

  return thread != NULL ? g_thread_join (thread) : NULL;
}

static void
vs_application_startup (GApplication *application)
{
  static const GActionEntry actions[] = {
    { "quit", quit_activated_cb },
    { "about", about_activated_cb },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  VsApplication *self = VS_APPLICATION (application);

  /* Fontconfig reads its configuration and its list of fonts in a thread
   * of Pango's, which the first text on screen waits for; and the first
   * window shows the built-in comparison. Started here, both run on
   * another core while libadwaita loads its style sheets, rather than
   * while the window waits to show.
   */
  pango_cairo_font_map_get_default ();
  self->builtin_thread = g_thread_new ("vs-builtin", load_builtin_thread, NULL);

  G_APPLICATION_CLASS (vs_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close",
                                         close_accels);
}

/* However the application quits (Ctrl+Q, the session ending), its windows
 * close as they do on their own, and so keep their size: GtkApplication
 * would destroy them without asking.
 */
static void
vs_application_shutdown (GApplication *application)
{
  g_autoptr(VsDataset) builtin = vs_application_take_builtin (VS_APPLICATION (application));
  GList *windows;

  /* Referenced: closing a window destroys the dialogs that belong to it. */
  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (application)),
                              (GCopyFunc)g_object_ref, NULL);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);

  G_APPLICATION_CLASS (vs_application_parent_class)->shutdown (application);
}

static void
vs_application_class_init (VsApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = vs_application_activate;
  app_class->open = vs_application_open;
  app_class->startup = vs_application_startup;
  app_class->shutdown = vs_application_shutdown;
}

static void
vs_application_init (VsApplication *self)
{
}

VsApplication *
vs_application_new (void)
{
  return g_object_new (VS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/versusapp/Versus",
                       NULL);
}
