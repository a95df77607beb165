/* test-edit-distance.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-edit-distance.h"

static void
test_distance (void)
{
  g_assert_cmpuint (vs_edit_distance ("postgres", "postgresql", 5), ==, 2);
  g_assert_cmpuint (vs_edit_distance ("kitten", "sitting", 5), ==, 3);
  /* “-” and “_” are the same, and so are the cases. */
  g_assert_cmpuint (vs_edit_distance ("use-cases", "use_cases", 5), ==, 0);
  g_assert_cmpuint (vs_edit_distance ("Title", "title", 5), ==, 0);
  /* A swap of neighbours is one edit. */
  g_assert_cmpuint (vs_edit_distance ("nmae", "name", 5), ==, 1);
  /* Beyond @max, @max + 1. */
  g_assert_cmpuint (vs_edit_distance ("python", "nodejs", 2), ==, 3);
  g_assert_cmpuint (vs_edit_distance ("a", "abcdefgh", 2), ==, 3);
}

static void
test_suggest (void)
{
  static const char * const members[] = {
    "format", "version", "id", "title", "subtitle", "description", "updated", "license",
    "sources", "subjects", "categories", "features", "use_cases", "companies", "verdict", NULL
  };
  static const char * const subjects[] = { "postgresql", "mysql", "sqlite" };

  g_assert_cmpstr (vs_suggest ("use-cases", members, -1), ==, "use_cases");
  g_assert_cmpstr (vs_suggest ("feature", members, -1), ==, "features");
  g_assert_cmpstr (vs_suggest ("titel", members, -1), ==, "title");
  g_assert_cmpstr (vs_suggest ("postgres", subjects, G_N_ELEMENTS (subjects)), ==, "postgresql");
  g_assert_cmpstr (vs_suggest ("mysq", subjects, G_N_ELEMENTS (subjects)), ==, "mysql");
  /* Only when close. */
  g_assert_null (vs_suggest ("colour", members, -1));
  g_assert_null (vs_suggest ("oracle", subjects, G_N_ELEMENTS (subjects)));
  g_assert_null (vs_suggest ("x", members, -1));
  g_assert_null (vs_suggest ("anything", NULL, 0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/versus/edit-distance/distance", test_distance);
  g_test_add_func ("/versus/edit-distance/suggest", test_suggest);

  return g_test_run ();
}
