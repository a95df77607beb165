/* test-text-search.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-text-search.h"

static void
test_fold (void)
{
  g_autofree char *upper = vs_text_fold ("Café ÉTÉ", -1);
  g_autofree char *lower = vs_text_fold ("café été", -1);
  g_autofree char *decomposed = vs_text_fold ("Cafe\xcc\x81", -1);
  g_autofree char *composed = vs_text_fold ("caf\xc3\xa9", -1);
  g_autofree char *sharp_s = vs_text_fold ("Straße", -1);
  g_autofree char *prefix = vs_text_fold ("Node.js vs Python", 7);

  /* Case and Unicode composition do not matter, both sides fold alike. */
  g_assert_cmpstr (upper, ==, lower);
  g_assert_cmpstr (decomposed, ==, composed);
  g_assert_cmpstr (sharp_s, ==, "strasse");
  g_assert_cmpstr (prefix, ==, "node.js");
}

/* ASCII text takes a fast path; it must give what the full one gives. */
static void
test_fold_ascii (void)
{
  g_autofree char *ascii = vs_text_fold ("Node.JS <b>", -1);
  g_autofree char *accents = vs_text_fold ("CAFÉ Crème", -1);
  g_autofree char *compatibility = vs_text_fold ("\xef\xac\x81le", -1);
  g_autofree char *part = vs_text_fold ("ABCDEF", 3);

  g_assert_cmpstr (ascii, ==, "node.js <b>");
  g_assert_cmpstr (accents, ==, "cafe\xcc\x81 cre\xcc\x80me");
  /* The “ﬁ” ligature folds to “fi”. */
  g_assert_cmpstr (compatibility, ==, "file");
  g_assert_cmpstr (part, ==, "abc");
}

static void
test_split_words (void)
{
  g_auto(GStrv) words = vs_text_split_words ("  Global\tINTERPRETER  lock\n");
  g_auto(GStrv) none = vs_text_split_words (" \t ");

  g_assert_cmpstrv (words, ((const char * const []) { "global", "interpreter", "lock", NULL }));
  g_assert_null (none);
}

static void
test_contains_all (void)
{
  g_autofree char *text = vs_text_fold ("Slower due to Global Interpreter Lock (GIL)", -1);
  g_auto(GStrv) both = vs_text_split_words ("gil SLOWER");
  g_auto(GStrv) missing = vs_text_split_words ("gil faster");

  g_assert_true (vs_text_contains_all (text, (const char * const *)both));
  g_assert_false (vs_text_contains_all (text, (const char * const *)missing));
  g_assert_true (vs_text_contains_all (text, NULL));
  g_assert_false (vs_text_contains_all (NULL, (const char * const *)both));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/versus/text-search/fold", test_fold);
  g_test_add_func ("/versus/text-search/fold-ascii", test_fold_ascii);
  g_test_add_func ("/versus/text-search/split-words", test_split_words);
  g_test_add_func ("/versus/text-search/contains-all", test_contains_all);

  return g_test_run ();
}
