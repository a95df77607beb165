/* main.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "vs-application.h"
#include "vs-command-line.h"
#include "vs-export-file.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VsApplication) app = NULL;
  g_autoptr(GPtrArray) gui_argv = NULL;
  g_auto(GStrv) files = NULL;
  int exit_status;

  setlocale (LC_ALL, "");
  /* VERSUS_LOCALEDIR lets the tests and `build-aux/dev run` use the
   * translations of the build tree (build/po) before they are installed.
   */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("VERSUS_LOCALEDIR") ? g_getenv ("VERSUS_LOCALEDIR")
                                                                : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* An export cut short by SIGTERM, SIGINT or SIGHUP leaves no temporary
   * file, in the command line and in the window alike.
   */
  vs_export_file_install_signal_handlers ();

  if (vs_command_line_run (argv, &exit_status, &files))
    return exit_status;

  /* Only the files are left for GApplication, after “--” so that none of
   * them is taken for an option.
   */
  gui_argv = g_ptr_array_new ();
  g_ptr_array_add (gui_argv, argv[0]);
  if (files != NULL)
    {
      g_ptr_array_add (gui_argv, (char *)"--");
      for (guint i = 0; files[i] != NULL; i++)
        g_ptr_array_add (gui_argv, files[i]);
    }
  g_ptr_array_add (gui_argv, NULL);

  app = vs_application_new ();

  return g_application_run (G_APPLICATION (app), gui_argv->len - 1, (char **)gui_argv->pdata);
}
