/* vs-hash.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vs-hash.h"

/* A hash for tables whose keys come from a file: ids, member names.
 *
 * g_str_hash() is djb2 (h = h × 33 + c), whose collisions are easy to make
 * (“ar” and “c0” hash alike, and so does any string of such pairs): a file
 * of 131,072 feature ids that all hash alike took minutes to load, every
 * insertion walking all the ids before it. This is SipHash-1-3 (Aumasson
 * and Bernstein, as Python and Rust use it for their tables) with a key
 * drawn once per process, so that which strings collide cannot be known
 * from outside.
 */

static guint64 hash_key[2];

static void
ensure_key (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      /* g_random_*() is seeded from /dev/urandom. */
      hash_key[0] = ((guint64)g_random_int () << 32) | g_random_int ();
      hash_key[1] = ((guint64)g_random_int () << 32) | g_random_int ();
      g_once_init_leave (&initialized, 1);
    }
}

#define ROTATE(x, b) (((x) << (b)) | ((x) >> (64 - (b))))

#define SIP_ROUND()                                                     \
  G_STMT_START {                                                        \
    v0 += v1; v1 = ROTATE (v1, 13); v1 ^= v0; v0 = ROTATE (v0, 32);     \
    v2 += v3; v3 = ROTATE (v3, 16); v3 ^= v2;                           \
    v0 += v3; v3 = ROTATE (v3, 21); v3 ^= v0;                           \
    v2 += v1; v1 = ROTATE (v1, 17); v1 ^= v2; v2 = ROTATE (v2, 32);     \
  } G_STMT_END

/**
 * vs_hash_bytes:
 * @data: the bytes
 * @length: how many
 *
 * Returns: a hash of @data, keyed with a secret of this process
 */
guint
vs_hash_bytes (gconstpointer data,
               gsize         length)
{
  const guchar *p = data;
  const guchar *end = p + (length & ~(gsize)7);
  guint64 v0, v1, v2, v3;
  guint64 last = (guint64)length << 56;

  g_return_val_if_fail (data != NULL || length == 0, 0);

  ensure_key ();

  v0 = G_GUINT64_CONSTANT (0x736f6d6570736575) ^ hash_key[0];
  v1 = G_GUINT64_CONSTANT (0x646f72616e646f6d) ^ hash_key[1];
  v2 = G_GUINT64_CONSTANT (0x6c7967656e657261) ^ hash_key[0];
  v3 = G_GUINT64_CONSTANT (0x7465646279746573) ^ hash_key[1];

  for (; p < end; p += 8)
    {
      guint64 word;

      memcpy (&word, p, sizeof word);
      word = GUINT64_FROM_LE (word);
      v3 ^= word;
      SIP_ROUND ();
      v0 ^= word;
    }

  for (guint i = 0; i < (length & 7); i++)
    last |= (guint64)p[i] << (8 * i);

  v3 ^= last;
  SIP_ROUND ();
  v0 ^= last;

  v2 ^= 0xff;
  SIP_ROUND ();
  SIP_ROUND ();
  SIP_ROUND ();

  v0 ^= v1 ^ v2 ^ v3;

  return (guint)(v0 ^ (v0 >> 32));
}

/**
 * vs_str_hash:
 * @string: a nul-terminated string
 *
 * g_str_hash() for tables whose keys come from a file: see vs_hash_bytes().
 *
 * Returns: a hash of @string
 */
guint
vs_str_hash (gconstpointer string)
{
  return vs_hash_bytes (string, strlen (string));
}
