/* vs-view.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-session.h"

G_BEGIN_DECLS

#define VS_TYPE_VIEW (vs_view_get_type ())

G_DECLARE_INTERFACE (VsView, vs_view, VS, VIEW, GtkWidget)

struct _VsViewInterface
{
  GTypeInterface parent_iface;

  /* The view's session changed as @what says, or the view has another
   * session (%NULL for none), which is all of it.
   */
  void (*session_changed) (VsView          *self,
                           VsSession       *session,
                           VsSessionChange  what);
};

VsSession *vs_view_get_session (VsView    *self);
void       vs_view_set_session (VsView    *self,
                                VsSession *session);
VsDataset *vs_view_get_dataset (VsView    *self);

G_END_DECLS
