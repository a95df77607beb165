/* test-format.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "vs-format.h"

static void
assert_score (double      score,
              const char *expected)
{
  g_autofree char *text = vs_format_score (score);

  g_assert_cmpstr (text, ==, expected);
}

/* One decimal, halves away from zero, no “.0”, a real minus sign. */
static void
test_score (void)
{
  assert_score (4.25, "4.3");
  assert_score (4.35, "4.4");
  assert_score (0.15, "0.2");
  assert_score (4.75, "4.8");
  assert_score (4.875, "4.9");
  assert_score (4.24, "4.2");
  assert_score (3.0, "3");
  assert_score (2.96, "3");
  assert_score (5, "5");
  assert_score (0, "0");
  assert_score (0.04, "0");
  assert_score (-0.04, "0");
  assert_score (0.05, "0.1");
  assert_score (-4.25, "\u22124.3");
  assert_score (-2, "\u22122");
  assert_score ((5 + 4.75) / 2, "4.9");
  assert_score (17.0 / 4, "4.3");
  assert_score (NAN, "—");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/versus/format/score", test_score);

  return g_test_run ();
}
