/* vs-view.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-view.h"

/* What the window's views have in common: they show a VsSession, and
 * write into it what others need (the columns and rows the Features view
 * shows, the wizard's answers). A view with no session shows nothing. The
 * interface keeps the session and forwards its changes to the view's
 * session_changed(); a view class overrides the "session" property and
 * forwards it to vs_view_get_session() and vs_view_set_session().
 */

G_DEFINE_INTERFACE (VsView, vs_view, GTK_TYPE_WIDGET)

static GQuark session_quark;

static void
session_changed_cb (VsView          *self,
                    VsSessionChange  what,
                    VsSession       *session)
{
  VS_VIEW_GET_IFACE (self)->session_changed (self, session, what);
}

static void
vs_view_default_init (VsViewInterface *iface)
{
  session_quark = g_quark_from_static_string ("vs-view-session");

  /**
   * VsView:session:
   *
   * What the view shows; %NULL for nothing.
   */
  g_object_interface_install_property (iface,
                                       g_param_spec_object ("session", NULL, NULL,
                                                            VS_TYPE_SESSION,
                                                            (G_PARAM_READWRITE |
                                                             G_PARAM_EXPLICIT_NOTIFY |
                                                             G_PARAM_STATIC_STRINGS)));
}

/**
 * vs_view_get_session:
 *
 * Returns: (transfer none) (nullable): the session the view shows
 */
VsSession *
vs_view_get_session (VsView *self)
{
  g_return_val_if_fail (VS_IS_VIEW (self), NULL);

  return g_object_get_qdata (G_OBJECT (self), session_quark);
}

/**
 * vs_view_set_session:
 * @session: (nullable): a session
 *
 * Shows @session, and follows its changes; %NULL lets go of the session
 * shown.
 */
void
vs_view_set_session (VsView    *self,
                     VsSession *session)
{
  VsSession *old_session;

  g_return_if_fail (VS_IS_VIEW (self));
  g_return_if_fail (session == NULL || VS_IS_SESSION (session));

  old_session = vs_view_get_session (self);
  if (old_session == session)
    return;

  if (old_session != NULL)
    g_signal_handlers_disconnect_by_func (old_session, session_changed_cb, self);

  /* This drops the old session. */
  g_object_set_qdata_full (G_OBJECT (self), session_quark,
                           session != NULL ? g_object_ref (session) : NULL, g_object_unref);

  if (session != NULL)
    g_signal_connect_object (session, "changed", G_CALLBACK (session_changed_cb), self,
                             G_CONNECT_SWAPPED);

  VS_VIEW_GET_IFACE (self)->session_changed (self, session, VS_SESSION_CHANGE_ALL);
  g_object_notify (G_OBJECT (self), "session");
}

/**
 * vs_view_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset of the session shown
 */
VsDataset *
vs_view_get_dataset (VsView *self)
{
  VsSession *session;

  g_return_val_if_fail (VS_IS_VIEW (self), NULL);

  session = vs_view_get_session (self);

  return session != NULL ? vs_session_get_dataset (session) : NULL;
}
