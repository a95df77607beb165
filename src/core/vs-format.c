/* vs-format.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-format.h"

/* How numbers are written wherever they are shown: the chart, the Overview,
 * the PDF report and the command line use the same rule, so that a score
 * reads the same everywhere.
 */

/**
 * vs_format_score:
 * @score: a score, or an average of scores
 *
 * Writes @score rounded to one decimal, halves away from zero (4.25 gives
 * “4.3”, −4.25 “−4.3”), without the decimal when it is zero (“4”), with
 * the decimal separator of the user's locale (LC_NUMERIC) and a real minus
 * sign.
 *
 * Returns: (transfer full): the score as text
 */
char *
vs_format_score (double score)
{
  double tenths;

  if (!isfinite (score))
    return g_strdup ("—");

  /* The nudge keeps a half that binary cannot hold exactly (0.15 is a hair
   * under) a half, so that it is rounded up like the rest.
   */
  tenths = round (score * 10 * (1 + 1e-12));

  if (tenths == 0)
    return g_strdup ("0");

  if (fmod (tenths, 10) == 0)
    return g_strdup_printf ("%s%.0f", tenths < 0 ? "−" : "", fabs (tenths) / 10);

  return g_strdup_printf ("%s%.1f", tenths < 0 ? "−" : "", fabs (tenths) / 10);
}

/**
 * vs_format_join_names:
 * @names: (element-type utf8): one or more names
 * @alternatives: %TRUE for “A, B or C”, %FALSE for “A, B and C”
 *
 * Joins @names in a list that reads as part of a sentence: “A”,
 * “A and B”, “A, B and C” (or “A or B”, “A, B or C”), with the separator
 * and the conjunction of the user's language. The window, the command line
 * and the report write their lists with it.
 *
 * Returns: (transfer full): the names as a list
 */
char *
vs_format_join_names (GPtrArray *names,
                      gboolean   alternatives)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (names != NULL && names->len > 0, NULL);

  text = g_strdup (g_ptr_array_index (names, 0));

  for (guint i = 1; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      char *longer;

      if (i + 1 < names->len)
        /* Translators: joins the names in a list, “Node.js, Python” */
        longer = g_strdup_printf (C_("list", "%s, %s"), text, name);
      else if (alternatives)
        /* Translators: joins the last two names of alternatives, “Node.js or Python” */
        longer = g_strdup_printf (C_("list", "%s or %s"), text, name);
      else
        /* Translators: joins the last two names in a list, “Node.js and Python” */
        longer = g_strdup_printf (C_("list", "%s and %s"), text, name);

      g_free (text);
      text = longer;
    }

  return g_steal_pointer (&text);
}

/**
 * vs_format_reason:
 * @reason: a reason of the verdict, in words
 * @important: whether the user marked its answer as important
 *
 * Writes a reason of the verdict as the window, the command line and the
 * report show it: with “(important to you: counted twice)” after it when
 * its answer counts twice.
 *
 * Returns: (transfer full): the reason as text
 */
char *
vs_format_reason (const char *reason,
                  gboolean    important)
{
  g_return_val_if_fail (reason != NULL, NULL);

  if (!important)
    return g_strdup (reason);

  /* Translators: a reason of the verdict whose answer was marked important */
  return g_strdup_printf (_("%s (important to you: counted twice)"), reason);
}
