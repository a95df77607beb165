/* vs-verdict-page.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-verdict-page.h"

/* The pages of the verdict wizard (intro, one per question, result) share
 * this small interface, as the pages of GNOME Calendar's calendar dialog
 * do: the view activates the page it shows and deactivates the one it
 * leaves, so that only the visible page follows the verdict.
 */

G_DEFINE_INTERFACE (VsVerdictPage, vs_verdict_page, GTK_TYPE_WIDGET)

static void
vs_verdict_page_default_init (VsVerdictPageInterface *iface)
{
}

/**
 * vs_verdict_page_activate:
 * @self: a page
 * @verdict: the answers so far
 *
 * Called when @self becomes the visible page: it shows the state of
 * @verdict and, until vs_verdict_page_deactivate(), writes to it.
 */
void
vs_verdict_page_activate (VsVerdictPage *self,
                          VsVerdict     *verdict)
{
  VsVerdictPageInterface *iface;

  g_return_if_fail (VS_IS_VERDICT_PAGE (self));
  g_return_if_fail (VS_IS_VERDICT (verdict));

  iface = VS_VERDICT_PAGE_GET_IFACE (self);
  if (iface->activate != NULL)
    iface->activate (self, verdict);
}

/**
 * vs_verdict_page_deactivate:
 * @self: a page
 *
 * Called when @self stops being the visible page.
 */
void
vs_verdict_page_deactivate (VsVerdictPage *self)
{
  VsVerdictPageInterface *iface;

  g_return_if_fail (VS_IS_VERDICT_PAGE (self));

  iface = VS_VERDICT_PAGE_GET_IFACE (self);
  if (iface->deactivate != NULL)
    iface->deactivate (self);
}
