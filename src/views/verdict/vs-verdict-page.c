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

/**
 * vs_verdict_page_format_list:
 * @items: (element-type utf8): one or more names
 * @alternatives: %TRUE for “A, B or C”, %FALSE for “A, B and C”
 *
 * Returns: (transfer full): the names as a list in a sentence
 */
char *
vs_verdict_page_format_list (GPtrArray *items,
                             gboolean   alternatives)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (items != NULL && items->len > 0, NULL);

  text = g_strdup (g_ptr_array_index (items, 0));

  for (guint i = 1; i < items->len; i++)
    {
      const char *name = g_ptr_array_index (items, i);
      char *longer;

      if (i < items->len - 1)
        /* Translators: joins the names in a list, “Node.js, Python” */
        longer = g_strdup_printf (_("%s, %s"), text, name);
      else if (alternatives)
        /* Translators: joins the last two names of alternatives, “Node.js or Python” */
        longer = g_strdup_printf (_("%s or %s"), text, name);
      else
        /* Translators: joins the last two names in a list, “Node.js and Python” */
        longer = g_strdup_printf (_("%s and %s"), text, name);

      g_free (text);
      text = longer;
    }

  return g_steal_pointer (&text);
}
