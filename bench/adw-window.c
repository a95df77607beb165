/* adw-window.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>

/* The second reference for the first-frame benchmark: the least a
 * libadwaita application shows, an AdwApplication (registered on the
 * session bus, as Versus is) with an AdwApplicationWindow holding a header
 * bar and a label. It prints the time of its first frame as Versus does
 * (“versus-first-frame USEC”, monotonic clock) and quits.
 */

static void
after_paint_cb (GdkFrameClock *clock,
                GApplication  *application)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, application);
  printf ("versus-first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_application_quit (application);
}

static void
realized_cb (GtkWidget    *window,
             GApplication *application)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), application);
}

static void
activated_cb (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("A bare AdwApplicationWindow"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_signal_connect (window, "realize", G_CALLBACK (realized_cb), application);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;

  application = adw_application_new ("io.github.versusapp.VersusBench",
                                     G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (application, "activate", G_CALLBACK (activated_cb), NULL);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
