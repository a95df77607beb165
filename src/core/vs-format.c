/* vs-format.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
