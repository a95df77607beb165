/* vs-edit-distance.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vs-edit-distance.h"

/* “Did you mean…”: the member names and ids of a dataset are short ASCII
 * words, and a suggestion is only worth giving when the word is close to
 * one of them.
 */

/* Words longer than this are not compared: a key or an id of a file may be
 * long, and the comparison takes the product of the lengths.
 */
#define MAX_WORD 64

/**
 * vs_edit_distance:
 * @a: a word
 * @b: another word
 * @max: the largest distance of interest
 *
 * Counts the insertions, deletions, substitutions of one byte and swaps of
 * two neighbouring bytes that turn @a into @b (the optimal string alignment
 * distance), case aside: “-” and “_” count as the same.
 *
 * Returns: the distance, or @max + 1 if it is larger than @max
 */
guint
vs_edit_distance (const char *a,
                  const char *b,
                  guint       max)
{
  guint rows[3][MAX_WORD + 1];
  gsize n = strlen (a);
  gsize m = strlen (b);
  guint *before = rows[0], *previous = rows[1], *current = rows[2];

  g_return_val_if_fail (a != NULL && b != NULL, max + 1);

  if (n > MAX_WORD || m > MAX_WORD || (n > m ? n - m : m - n) > max)
    return max + 1;

  for (gsize j = 0; j <= m; j++)
    previous[j] = j;

  for (gsize i = 1; i <= n; i++)
    {
      guint best = G_MAXUINT;
      guint *spare;

      current[0] = i;
      for (gsize j = 1; j <= m; j++)
        {
          char x = g_ascii_tolower (a[i - 1]) == '-' ? '_' : g_ascii_tolower (a[i - 1]);
          char y = g_ascii_tolower (b[j - 1]) == '-' ? '_' : g_ascii_tolower (b[j - 1]);
          guint cost = x == y ? 0 : 1;
          guint d = MIN (MIN (previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);

          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            d = MIN (d, before[j - 2] + 1);

          current[j] = d;
          best = MIN (best, d);
        }

      if (best > max)
        return max + 1;

      spare = before;
      before = previous;
      previous = current;
      current = spare;
    }

  return MIN (previous[m], max + 1);
}

/**
 * vs_suggest:
 * @word: a word that is none of @candidates
 * @candidates: the words it may have been meant to be
 * @n_candidates: how many, or -1 if @candidates ends with %NULL
 *
 * Finds the candidate closest to @word, if it is close: at most one edit
 * away for short words, and at most a third of the word's length for longer
 * ones (`postgres` for `postgresql`). Of two as close, the first is taken.
 *
 * Returns: (nullable): the suggestion, one of @candidates
 */
const char *
vs_suggest (const char         *word,
            const char * const *candidates,
            gssize              n_candidates)
{
  const char *best = NULL;
  guint max, best_distance;

  g_return_val_if_fail (word != NULL, NULL);
  g_return_val_if_fail (candidates != NULL || n_candidates == 0, NULL);

  max = MAX (1, strlen (word) / 3);
  best_distance = max + 1;

  for (gsize i = 0; n_candidates < 0 ? candidates[i] != NULL : i < (gsize)n_candidates; i++)
    {
      guint distance;

      if (strcmp (candidates[i], word) == 0)
        continue;

      /* Only a closer one than the best so far is of interest. */
      distance = vs_edit_distance (word, candidates[i], best_distance - 1);
      if (distance < best_distance)
        {
          best = candidates[i];
          best_distance = distance;
          if (best_distance == 0)
            break;
        }
    }

  return best;
}
