/* test-display-text.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vs-display-text.h"

static void
assert_shown (const char *text,
              gssize      length,
              const char *expected)
{
  g_autofree char *shown = vs_display_text (text, length, VS_DISPLAY_TEXT_DEFAULT);

  g_assert_cmpstr (shown, ==, expected);
  g_assert_true (g_utf8_validate (shown, -1, NULL));
}

static void
test_short_text (void)
{
  assert_shown ("", -1, "");
  assert_shown ("Node.js", -1, "Node.js");
  assert_shown ("naïve “quotes” 😀", -1, "naïve “quotes” 😀");
}

/* Line breaks, control characters and what could turn the line around are
 * escaped, as are bytes that are not UTF-8, one by one.
 */
static void
test_escapes (void)
{
  assert_shown ("a\nb\tc\rd\x01" "e\x7f", -1, "a\\nb\\tc\\rd\\u0001e\\u007F");
  assert_shown ("a\xff" "b\xc3", -1, "a\\xFFb\\xC3");
  assert_shown ("\xe2\x80\xa8 \xe2\x80\xae \xc2\x85", -1, "\\u2028 \\u202E \\u0085");
  assert_shown ("x\0y", 3, "x\\x00y");
  assert_shown ("\"\\", -1, "\"\\");
}

static void
test_escape_quotes (void)
{
  g_autofree char *shown = vs_display_text ("say \"hi\\\"", -1, VS_DISPLAY_TEXT_ESCAPE_QUOTES);

  g_assert_cmpstr (shown, ==, "say \\\"hi\\\\\\\"");
}

/* 80 characters, cut between characters, then “…”; only those are read. */
static void
test_long_text (void)
{
  const gsize size = 1024 * 1024;
  g_autofree char *key = g_strnfill (size, 'k');
  g_autofree char *cut = g_strnfill (80, 'k');
  g_autofree char *expected = g_strconcat (cut, "…", NULL);
  g_autoptr(GString) accents = g_string_new (NULL);
  g_autoptr(GString) expected_accents = g_string_new (NULL);
  g_autofree char *exactly = g_strnfill (80, 'x');

  assert_shown (key, -1, expected);
  assert_shown (key, size, expected);

  for (guint i = 0; i < 100; i++)
    g_string_append (accents, "é");
  for (guint i = 0; i < 80; i++)
    g_string_append (expected_accents, "é");
  g_string_append (expected_accents, "…");
  assert_shown (accents->str, -1, expected_accents->str);

  /* Exactly at the limit, nothing is cut. */
  assert_shown (exactly, -1, exactly);
}

/* A path is cut in the middle, past 160 characters, so that its end stays;
 * a file's name past 80.
 */
static void
test_paths (void)
{
  g_autofree char *folder = g_strnfill (200, 'd');
  g_autofree char *path = g_strdup_printf ("/%s/new\nline\xff.json", folder);
  g_autofree char *shown = vs_display_path (path);
  g_autofree char *head = g_strnfill (79, 'd');
  g_autofree char *expected = g_strdup_printf ("/%s…%s/new\\nline\\xFF.json", head,
                                               folder + 200 - 64);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = vs_display_file_name (file);
  g_autofree char *short_path = vs_display_path ("/tmp/a b.json");

  g_assert_cmpstr (shown, ==, expected);
  g_assert_cmpuint (g_utf8_strlen (shown, -1), ==, 160 + strlen ("\\n\\xFF") - 2);
  g_assert_cmpstr (short_path, ==, "/tmp/a b.json");
  g_assert_cmpstr (name, ==, "new\\nline\\xFF.json");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/versus/display-text/short", test_short_text);
  g_test_add_func ("/versus/display-text/escapes", test_escapes);
  g_test_add_func ("/versus/display-text/escape-quotes", test_escape_quotes);
  g_test_add_func ("/versus/display-text/long", test_long_text);
  g_test_add_func ("/versus/display-text/paths", test_paths);

  return g_test_run ();
}
