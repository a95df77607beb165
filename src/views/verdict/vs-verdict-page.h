/* vs-verdict-page.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-verdict.h"

G_BEGIN_DECLS

#define VS_TYPE_VERDICT_PAGE (vs_verdict_page_get_type ())

G_DECLARE_INTERFACE (VsVerdictPage, vs_verdict_page, VS, VERDICT_PAGE, GtkWidget)

/**
 * VsVerdictPageInterface:
 * @activate: the page is shown: sync its widgets from @verdict and follow it
 * @deactivate: the page is hidden: stop following the verdict
 *
 * A page of the verdict wizard.
 */
struct _VsVerdictPageInterface
{
  GTypeInterface parent_iface;

  void (*activate)   (VsVerdictPage *self,
                      VsVerdict     *verdict);
  void (*deactivate) (VsVerdictPage *self);
};

void  vs_verdict_page_activate        (VsVerdictPage *self,
                                       VsVerdict     *verdict);
void  vs_verdict_page_deactivate      (VsVerdictPage *self);

G_END_DECLS
