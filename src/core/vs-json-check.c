/* vs-json-check.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "vs-dataset-loader.h"
#include "vs-display-text.h"
#include "vs-hash.h"
#include "vs-json-check.h"

/* A strict RFC 8259 checker that runs before json-glib sees the data.
 *
 * json-glib 1.6 recurses without a limit (deep input overflows the stack),
 * accepts what is not JSON (comments, single quotes, trailing garbage in
 * some cases, leading zeros) and turns 1e999 into infinity. Checking here
 * first means the parser only ever gets small-depth, valid, finite JSON, and
 * every refusal names its line and column. Its recursion is bounded by
 * @max_depth.
 */

typedef struct
{
  const char *start;
  const char *p;
  const char *end;
  guint max_depth;
  GError **error;

  /* What vs_json_scan() records (see “Slices” below); NULL for vs_json_check(). */
  VsJsonOutline *outline;
  /* Whether the limits of a dataset apply: the root is an object. */
  gboolean counting;
  guint n_values;
  guint head_values;
  /* The top-level member being checked: where its key ends and its value
   * starts, and the item array it is (or NOT_ITEMS, UNKNOWN_MEMBER).
   */
  const char *member_key_end;
  const char *member_value;
  int member_items;
  /* The element of an item array being checked, and its values so far. */
  const char *item_start;
  guint item_values;
} Checker;

/* Integers of at most this many characters always fit in a gint64. */
#define MAX_INT64_CHARS 18

/* Numbers shorter than this and without an exponent are always finite. */
#define MAX_PLAIN_DIGITS 300

static void
position_of (const char *start,
             const char *at,
             guint      *line,
             guint      *column)
{
  const char *line_start = start;

  *line = 1;
  for (const char *q = start; q < at; q++)
    {
      if (*q == '\n')
        {
          (*line)++;
          line_start = q + 1;
        }
    }

  /* Columns count characters, not bytes: skip UTF-8 continuation bytes. */
  *column = 1;
  for (const char *q = line_start; q < at; q++)
    {
      if (((guchar)*q & 0xC0) != 0x80)
        (*column)++;
    }
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail_at (Checker    *self,
         const char *at,
         int         code,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  position_of (self->start, at, &line, &column);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (self->error, VS_DATASET_ERROR, code, "%u:%u: %s", line, column, message);

  return FALSE;
}

static gboolean
fail_unexpected (Checker *self)
{
  guchar c;

  if (self->p >= self->end)
    return fail_at (self, self->p, VS_DATASET_ERROR_SYNTAX, _("unexpected end of file"));

  c = *self->p;
  if (c < 0x20 || c == 0x7f)
    return fail_at (self, self->p, VS_DATASET_ERROR_SYNTAX,
                    _("unexpected control character U+%04X"), c);

  /* Show the whole character, which may be several bytes long. */
  return fail_at (self, self->p, VS_DATASET_ERROR_SYNTAX,
                  _("unexpected character “%.*s”"),
                  (int)(g_utf8_next_char (self->p) - self->p), self->p);
}

static void
skip_whitespace (Checker *self)
{
  while (self->p < self->end &&
         (*self->p == ' ' || *self->p == '\t' || *self->p == '\n' || *self->p == '\r'))
    self->p++;
}

static gboolean
expect_literal (Checker    *self,
                const char *literal)
{
  gsize length = strlen (literal);

  for (gsize i = 0; i < length; i++, self->p++)
    {
      if (self->p >= self->end || *self->p != literal[i])
        return fail_unexpected (self);
    }

  return TRUE;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Checker *self,
           guint   *value)
{
  *value = 0;

  for (guint i = 0; i < 4; i++, self->p++)
    {
      int digit;

      if (self->p >= self->end || (digit = hex_value (*self->p)) < 0)
        return fail_unexpected (self);

      *value = (*value << 4) | digit;
    }

  return TRUE;
}

/* Word-at-a-time tests (see “Bit Twiddling Hacks”): whether any byte of
 * @word is zero, or below @n (@n at most 0x80). They may also flag a byte
 * after one that is, never miss the first: the callers then look byte by
 * byte.
 */
#define ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)
#define HAS_ZERO_BYTE(word)        (((word) - ONES) & ~(word) & HIGHS)
#define HAS_BYTE_BELOW(word, n)    (((word) - ONES * (n)) & ~(word) & HIGHS)
#define HAS_BYTE(word, b)          HAS_ZERO_BYTE ((word) ^ (ONES * (b)))

/* Skips the bytes of a string that need no attention (not a quote, a
 * backslash or a control character), eight at a time: a dataset is mostly
 * the text of its strings.
 */
static const char *
skip_plain_text (const char *p,
                 const char *end)
{
  while (end - p >= 8)
    {
      guint64 word;

      memcpy (&word, p, sizeof word);
      if (HAS_BYTE (word, '"') || HAS_BYTE (word, '\\') || HAS_BYTE_BELOW (word, 0x20))
        break;
      p += 8;
    }

  return p;
}

/* Returns the first byte of @data that is not valid UTF-8, or a NUL
 * character, or %NULL if there is none: what g_utf8_validate_len() finds,
 * with ASCII, most of a dataset, checked eight bytes at a time.
 */
static const char *
find_invalid_text (const char *p,
                   const char *end)
{
  while (p < end)
    {
      gunichar c;

      while (end - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          if ((word & HIGHS) != 0 || HAS_ZERO_BYTE (word))
            break;
          p += 8;
        }

      if (p == end)
        break;

      if ((guchar)*p < 0x80)
        {
          if (*p == '\0')
            return p;
          p++;
          continue;
        }

      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar)-1 || c == (gunichar)-2)
        return p;
      p = g_utf8_next_char (p);
    }

  return NULL;
}

static gboolean
check_string (Checker *self)
{
  g_assert (*self->p == '"');

  self->p++;

  while (self->p < self->end)
    {
      const char *escape;
      guchar c;
      guint unit;

      self->p = skip_plain_text (self->p, self->end);
      if (self->p == self->end)
        break;

      escape = self->p;
      c = *self->p;

      if (c == '"')
        {
          self->p++;
          return TRUE;
        }

      if (c < 0x20)
        return fail_at (self, self->p, VS_DATASET_ERROR_SYNTAX,
                        _("control character U+%04X in a string (write it as an escape)"), c);

      if (c != '\\')
        {
          self->p++;
          continue;
        }

      self->p++;
      if (self->p >= self->end)
        break;

      switch (*self->p)
        {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          self->p++;
          break;

        case 'u':
          self->p++;
          if (!read_hex4 (self, &unit))
            return FALSE;

          if (unit == 0)
            return fail_at (self, escape, VS_DATASET_ERROR_ENCODING,
                            _("the escape \\u0000 (a NUL character) is not allowed in text"));

          if (unit >= 0xDC00 && unit <= 0xDFFF)
            return fail_at (self, escape, VS_DATASET_ERROR_ENCODING,
                            _("the escape \\u%04X is half of a surrogate pair without its first half"),
                            unit);

          if (unit >= 0xD800 && unit <= 0xDBFF)
            {
              guint low;

              if (self->end - self->p < 2 || self->p[0] != '\\' || self->p[1] != 'u')
                return fail_at (self, escape, VS_DATASET_ERROR_ENCODING,
                                _("the escape \\u%04X is half of a surrogate pair without its second half"),
                                unit);

              self->p += 2;
              if (!read_hex4 (self, &low))
                return FALSE;

              if (low < 0xDC00 || low > 0xDFFF)
                return fail_at (self, escape, VS_DATASET_ERROR_ENCODING,
                                _("the escape \\u%04X is half of a surrogate pair without its second half"),
                                unit);
            }
          break;

        default:
          return fail_at (self, escape, VS_DATASET_ERROR_SYNTAX,
                          _("unknown escape “\\%.*s” in a string"),
                          (int)(g_utf8_next_char (self->p) - self->p), self->p);
        }
    }

  return fail_at (self, self->p, VS_DATASET_ERROR_SYNTAX, _("unexpected end of file inside a string"));
}

static gboolean
is_digit (Checker *self)
{
  return self->p < self->end && *self->p >= '0' && *self->p <= '9';
}

static gboolean
check_number (Checker *self)
{
  const char *number = self->p;
  gboolean has_exponent = FALSE;
  gboolean has_fraction = FALSE;

  if (*self->p == '-')
    self->p++;

  if (!is_digit (self))
    return fail_unexpected (self);

  /* A leading zero stands alone: “01” is not JSON. */
  if (*self->p == '0')
    self->p++;
  else
    while (is_digit (self))
      self->p++;

  if (self->p < self->end && *self->p == '.')
    {
      has_fraction = TRUE;
      self->p++;
      if (!is_digit (self))
        return fail_unexpected (self);
      while (is_digit (self))
        self->p++;
    }

  if (self->p < self->end && (*self->p == 'e' || *self->p == 'E'))
    {
      has_exponent = TRUE;
      self->p++;
      if (self->p < self->end && (*self->p == '+' || *self->p == '-'))
        self->p++;
      if (!is_digit (self))
        return fail_unexpected (self);
      while (is_digit (self))
        self->p++;
    }

  /* json-glib reads an integer into a gint64 and wraps one that does not
   * fit (99999999999999999999 becomes -1): refuse it here instead.
   */
  if (!has_fraction && !has_exponent && self->p - number > MAX_INT64_CHARS)
    {
      g_autofree char *text = g_strndup (number, self->p - number);

      if (!g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, NULL, NULL))
        return fail_at (self, number, VS_DATASET_ERROR_NUMBER,
                        _("the number is too large to be represented"));
    }

  if (has_exponent || self->p - number > MAX_PLAIN_DIGITS)
    {
      g_autofree char *text = g_strndup (number, self->p - number);

      if (!isfinite (g_ascii_strtod (text, NULL)))
        return fail_at (self, number, VS_DATASET_ERROR_NUMBER,
                        _("the number is too large to be represented"));
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Member names                                                             */
/* ------------------------------------------------------------------------ */

/* An object has at most this many members. The format's largest objects
 * have one per subject (32 at most); the limit bounds what json-glib's
 * tables of members, hashed with g_str_hash(), cost on names made to
 * collide in them: without it, 65,536 such names in one object took a
 * minute to parse.
 */

typedef struct
{
  /* Its text, escapes undone: in the file, or owned if it had escapes. */
  const char *text;
  gsize length;
  gboolean owned;
} MemberName;

/* Objects of up to this many members, most of them, are checked without
 * hashing or allocating: each name is compared with the few before it.
 */
#define FEW_MEMBERS 8

/* The names of one object's members so far: RFC 8259 lets a parser refuse
 * a name used twice (json-glib keeps the last, and spends time on every
 * repeat), and a file does not mean anything by it. Past FEW_MEMBERS, they
 * go in a table whose hash is keyed per process (vs_hash_bytes()), so that
 * names cannot be chosen to collide in it.
 */
typedef struct
{
  /* FEW_MEMBERS names, on the caller's stack. */
  MemberName *few;
  /* @few, or allocated past FEW_MEMBERS. */
  MemberName *names;
  guint n_names;
  guint n_allocated;
  /* Indices into @names plus one, 0 for an empty slot (open addressing);
   * NULL up to FEW_MEMBERS names.
   */
  guint16 *slots;
  guint n_slots;
} MemberNames;

static void
member_names_clear (MemberNames *names)
{
  for (guint i = 0; i < names->n_names; i++)
    {
      if (names->names[i].owned)
        g_free ((char *)names->names[i].text);
    }
  if (names->names != names->few)
    g_free (names->names);
  g_free (names->slots);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MemberNames, member_names_clear)

static gunichar
parse_hex4 (const char *p)
{
  gunichar value = 0;

  for (guint i = 0; i < 4; i++)
    value = (value << 4) | hex_value (p[i]);

  return value;
}

/* The text of the string from @start (after its opening quote) to @end
 * (its closing quote), whose escapes check_string() has accepted.
 */
static char *
unescape (const char *start,
          const char *end,
          gsize      *length)
{
  GString *text = g_string_sized_new (end - start);

  for (const char *p = start; p < end;)
    {
      gunichar c;

      if (*p != '\\')
        {
          g_string_append_c (text, *p++);
          continue;
        }

      p++;
      switch (*p++)
        {
        case 'b': g_string_append_c (text, '\b'); break;
        case 'f': g_string_append_c (text, '\f'); break;
        case 'n': g_string_append_c (text, '\n'); break;
        case 'r': g_string_append_c (text, '\r'); break;
        case 't': g_string_append_c (text, '\t'); break;
        case 'u':
          c = parse_hex4 (p);
          p += 4;
          if (c >= 0xD800 && c <= 0xDBFF)
            {
              gunichar low = parse_hex4 (p + 2);

              c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
              p += 6;
            }
          g_string_append_unichar (text, c);
          break;
        default:
          /* “"”, “\\” and “/” stand for themselves. */
          g_string_append_c (text, p[-1]);
          break;
        }
    }

  *length = text->len;

  return g_string_free (text, FALSE);
}

static gboolean
names_equal (const MemberName *a,
             const MemberName *b)
{
  return a->length == b->length && memcmp (a->text, b->text, a->length) == 0;
}

static void
insert_slot (MemberNames *names,
             guint        index)
{
  const MemberName *name = &names->names[index];
  guint mask = names->n_slots - 1;
  guint slot = vs_hash_bytes (name->text, name->length) & mask;

  while (names->slots[slot] != 0)
    slot = (slot + 1) & mask;

  names->slots[slot] = index + 1;
}

/* Whether @name (not yet counted in @names) is there already. */
static gboolean
has_member_name (MemberNames      *names,
                 const MemberName *name)
{
  guint mask, slot;

  if (names->n_names < FEW_MEMBERS)
    {
      for (guint i = 0; i < names->n_names; i++)
        if (names_equal (&names->names[i], name))
          return TRUE;

      return FALSE;
    }

  /* Kept at most half full: made, grown and filled again as names come. */
  if (2 * (names->n_names + 1) > names->n_slots)
    {
      names->n_slots = MAX (4 * FEW_MEMBERS, 2 * names->n_slots);
      g_free (names->slots);
      names->slots = g_new0 (guint16, names->n_slots);
      for (guint i = 0; i < names->n_names; i++)
        insert_slot (names, i);
    }

  mask = names->n_slots - 1;
  for (slot = vs_hash_bytes (name->text, name->length) & mask;
       names->slots[slot] != 0;
       slot = (slot + 1) & mask)
    {
      if (names_equal (&names->names[names->slots[slot] - 1], name))
        return TRUE;
    }

  return FALSE;
}

/* Adds the name of a member, the string checked from @at (its opening
 * quote) to the current position; fails if the object has it already, or
 * has too many members.
 */
static gboolean
add_member_name (Checker     *self,
                 MemberNames *names,
                 const char  *at)
{
  const char *start = at + 1;
  const char *end = self->p - 1;
  MemberName *name;

  if (names->n_names == VS_DATASET_MAX_MEMBERS)
    return fail_at (self, at, VS_DATASET_ERROR_TOO_LARGE,
                    _("this object has more than %u members"), VS_DATASET_MAX_MEMBERS);

  if (names->names == NULL)
    {
      names->names = names->few;
      names->n_allocated = FEW_MEMBERS;
    }
  else if (names->n_names == names->n_allocated)
    {
      names->n_allocated *= 2;
      if (names->names == names->few)
        names->names = g_memdup2 (names->few, FEW_MEMBERS * sizeof (MemberName));
      names->names = g_renew (MemberName, names->names, names->n_allocated);
    }

  name = &names->names[names->n_names];
  if (memchr (start, '\\', end - start) != NULL)
    {
      name->text = unescape (start, end, &name->length);
      name->owned = TRUE;
    }
  else
    {
      name->text = start;
      name->length = end - start;
      name->owned = FALSE;
    }

  if (has_member_name (names, name))
    {
      g_autofree char *shown = vs_display_text (name->text, name->length,
                                                VS_DISPLAY_TEXT_DEFAULT);

      if (name->owned)
        g_free ((char *)name->text);

      /* Translators: “12:5: the member “name” appears twice in this object” */
      return fail_at (self, at, VS_DATASET_ERROR_DUPLICATE,
                      _("the member “%s” appears twice in this object"), shown);
    }

  names->n_names++;
  if (names->slots != NULL)
    insert_slot (names, names->n_names - 1);

  return TRUE;
}

static gboolean check_value (Checker *self,
                             guint    depth);

/* ------------------------------------------------------------------------ */
/* Slices                                                                   */
/* ------------------------------------------------------------------------ */

/* json-glib needs a few hundred bytes for each value of its tree, more than
 * 100 times the size of `{},` in the file: a dataset is never given to it
 * whole. vs_json_scan() notes where the elements of the item arrays (the
 * features, use cases and companies) are, for the loader to parse them a
 * few at a time, and copies the rest of the root object into a small text
 * of its own. It refuses, with its line and column, what would make any of
 * these slices large in memory: an object of many members, an item or a
 * rest of many values, a large unknown top-level member, too many items.
 */

static const char * const item_arrays[VS_JSON_N_ITEMS] = { "features", "use_cases", "companies" };

static const guint max_items[VS_JSON_N_ITEMS] = {
  VS_DATASET_MAX_FEATURES, VS_DATASET_MAX_USE_CASES, VS_DATASET_MAX_COMPANIES,
};

/* The top-level members of a dataset (read_dataset() in the loader). */
static const char * const known_members[] = {
  "format", "version", "id", "title", "subtitle", "description", "updated", "license",
  "sources", "subjects", "categories", "features", "use_cases", "companies", "verdict", NULL
};

/* What Checker.member_items holds for a member that is not an item array. */
#define NOT_ITEMS      (-1)
#define UNKNOWN_MEMBER (-2)

/* The longest name above, and then some. */
#define MAX_KNOWN_CHARS 32

/* Long keys are cut in messages so that an error stays on one line. */
#define MAX_KEY_CHARS 40

/* Decodes the key at @key (a checked JSON string), if it is short enough
 * to be one of the known names; NULL otherwise.
 */
static char *
decode_short_key (const char *key,
                  const char *end)
{
  GString *decoded;

  g_assert (*key == '"' && end[-1] == '"');

  if (end - key - 2 > MAX_KNOWN_CHARS * 6)
    return NULL;

  decoded = g_string_new (NULL);
  for (const char *c = key + 1; c < end - 1; c++)
    {
      if (*c != '\\')
        {
          g_string_append_c (decoded, *c);
          continue;
        }

      c++;
      switch (*c)
        {
        case 'b': g_string_append_c (decoded, '\b'); break;
        case 'f': g_string_append_c (decoded, '\f'); break;
        case 'n': g_string_append_c (decoded, '\n'); break;
        case 'r': g_string_append_c (decoded, '\r'); break;
        case 't': g_string_append_c (decoded, '\t'); break;
        case 'u':
          {
            gunichar unit = 0;

            for (guint i = 1; i <= 4; i++)
              unit = (unit << 4) | hex_value (c[i]);
            c += 4;

            /* A surrogate pair: check_string() made sure the second half follows. */
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                gunichar low = 0;

                for (guint i = 3; i <= 6; i++)
                  low = (low << 4) | hex_value (c[i]);
                c += 6;
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
              }
            g_string_append_unichar (decoded, unit);
          }
          break;
        default:
          g_string_append_c (decoded, *c);
          break;
        }
    }

  return g_string_free (decoded, FALSE);
}

/* Which item array the key at @key names (NOT_ITEMS for none); whether it is a
 * member the format knows.
 */
static int
classify_member (const char *key,
                 const char *end,
                 gboolean   *known)
{
  g_autofree char *name = decode_short_key (key, end);

  *known = name != NULL && g_strv_contains (known_members, name);
  for (int i = 0; name != NULL && i < VS_JSON_N_ITEMS; i++)
    if (g_str_equal (name, item_arrays[i]))
      return i;

  return NOT_ITEMS;
}

static gboolean
count_value (Checker *self)
{
  /* An unknown top-level member is not given to json-glib (see end_slice()). */
  if (self->member_items == UNKNOWN_MEMBER)
    return TRUE;

  if (++self->n_values > VS_DATASET_MAX_VALUES)
    return fail_at (self, self->p, VS_DATASET_ERROR_TOO_LARGE,
                    _("the file holds more than %u values"), VS_DATASET_MAX_VALUES);

  if (self->item_start != NULL)
    {
      if (++self->item_values > VS_DATASET_MAX_ITEM_VALUES)
        return fail_at (self, self->item_start, VS_DATASET_ERROR_TOO_LARGE,
                        _("this element of “%s” holds more than %u values"),
                        item_arrays[self->member_items], VS_DATASET_MAX_ITEM_VALUES);
    }
  else if (++self->head_values > VS_DATASET_MAX_HEAD_VALUES)
    {
      return fail_at (self, self->p, VS_DATASET_ERROR_TOO_LARGE,
                      _("the file holds more than %u values outside “features”, “use_cases” "
                        "and “companies”"),
                      VS_DATASET_MAX_HEAD_VALUES);
    }

  return TRUE;
}

/* Called before each member or element of an object or array at @depth
 * (the root object is at depth 1) is checked; @key is the member's.
 */
static gboolean
begin_slice (Checker    *self,
             guint       depth,
             const char *key,
             const char *key_end)
{
  if (depth == 1)
    {
      gboolean known;

      self->member_key_end = key_end;
      self->member_items = classify_member (key, key_end, &known);
      skip_whitespace (self);
      self->member_value = self->p;

      if (self->member_items >= 0)
        {
          GArray **items = &self->outline->items[self->member_items];

          /* Of a member given twice, json-glib keeps the last. */
          g_clear_pointer (items, g_array_unref);
          if (self->p < self->end && *self->p == '[')
            *items = g_array_new (FALSE, FALSE, sizeof (guint32));
          else
            self->member_items = NOT_ITEMS;
        }
      else if (!known)
        {
          /* Its size is checked at its end. */
          self->member_items = UNKNOWN_MEMBER;
        }
    }
  else if (depth == 2 && key == NULL && self->member_items >= 0)
    {
      self->item_start = self->p;
      self->item_values = 0;
    }

  return TRUE;
}

/* Shortens the key at @key, as written in the file, for a message. */
static char *
shorten_key (const char *key,
             const char *end)
{
  const char *c = key + 1;

  for (guint n_chars = 0; c < end - 1 && n_chars < MAX_KEY_CHARS; n_chars++)
    c = g_utf8_next_char (c);

  if (c >= end - 1)
    return g_strndup (key + 1, end - key - 2);

  return g_strdup_printf ("%.*s…", (int)(c - key - 1), key + 1);
}

/* Called after each member or element of an object or array at @depth is
 * checked, with the text just past it.
 */
static gboolean
end_slice (Checker    *self,
           guint       depth,
           const char *key)
{
  VsJsonOutline *outline = self->outline;

  if (depth == 1)
    {
      GString *head = outline->head;

      if (self->member_items == UNKNOWN_MEMBER &&
          self->p - self->member_value > VS_DATASET_MAX_UNKNOWN_SIZE)
        {
          g_autofree char *name = shorten_key (key, self->member_key_end);

          return fail_at (self, key, VS_DATASET_ERROR_TOO_LARGE,
                          _("the unknown member “%s” holds more than %u KiB"),
                          name, VS_DATASET_MAX_UNKNOWN_SIZE / 1024);
        }

      /* The member, in the order of the file; an item array as `[]`, an
       * unknown member (only its name is used) as `null`.
       */
      if (head->len > 1)
        g_string_append_c (head, ',');
      if (self->member_items >= 0 || self->member_items == UNKNOWN_MEMBER)
        {
          g_string_append_len (head, key, self->member_value - key);
          g_string_append (head, self->member_items >= 0 ? "[]" : "null");
        }
      else
        {
          g_string_append_len (head, key, self->p - key);
        }
      self->member_items = NOT_ITEMS;
    }
  else if (depth == 2 && key == NULL && self->member_items >= 0)
    {
      GArray *items = outline->items[self->member_items];
      guint32 range[2] = { self->item_start - self->start, self->p - self->start };

      if (items->len / 2 >= max_items[self->member_items])
        return fail_at (self, self->item_start, VS_DATASET_ERROR_TOO_LARGE,
                        _("“%s” has more than %u elements"),
                        item_arrays[self->member_items], max_items[self->member_items]);

      g_array_append_vals (items, range, 2);
      self->item_start = NULL;
    }

  return TRUE;
}


static gboolean
check_container (Checker *self,
                 guint    depth)
{
  /* Not initialised: only as many as there are members are written. */
  MemberName few_names[FEW_MEMBERS];
  g_auto(MemberNames) names = { few_names };
  gboolean is_object = (*self->p == '{');
  char closing = is_object ? '}' : ']';
  const char *key = NULL;
  const char *key_end = NULL;

  if (depth > self->max_depth)
    return fail_at (self, self->p, VS_DATASET_ERROR_TOO_DEEP,
                    _("arrays and objects nest deeper than %u levels"), self->max_depth);

  self->p++;
  skip_whitespace (self);

  if (self->p < self->end && *self->p == closing)
    {
      self->p++;
      return TRUE;
    }

  for (;;)
    {
      if (is_object)
        {
          const char *name = self->p;

          if (self->p >= self->end || *self->p != '"')
            return fail_unexpected (self);
          key = name;
          if (!check_string (self) || !add_member_name (self, &names, name))
            return FALSE;
          key_end = self->p;
          skip_whitespace (self);
          if (self->p >= self->end || *self->p != ':')
            return fail_unexpected (self);
          self->p++;
        }

      if (self->counting && !begin_slice (self, depth, key, key_end))
        return FALSE;
      if (!check_value (self, depth))
        return FALSE;
      if (self->counting && !end_slice (self, depth, key))
        return FALSE;

      skip_whitespace (self);
      if (self->p < self->end && *self->p == ',')
        {
          self->p++;
          skip_whitespace (self);
          continue;
        }
      if (self->p < self->end && *self->p == closing)
        {
          self->p++;
          return TRUE;
        }

      return fail_unexpected (self);
    }
}

static gboolean
check_value (Checker *self,
             guint    depth)
{
  skip_whitespace (self);

  if (self->p >= self->end)
    return fail_unexpected (self);

  if (self->counting && !count_value (self))
    return FALSE;

  switch (*self->p)
    {
    case '{':
    case '[':
      return check_container (self, depth + 1);

    case '"':
      return check_string (self);

    case 't':
      return expect_literal (self, "true");

    case 'f':
      return expect_literal (self, "false");

    case 'n':
      return expect_literal (self, "null");

    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return check_number (self);

    default:
      return fail_unexpected (self);
    }
}

/**
 * vs_json_check:
 * @data: the text, not necessarily nul-terminated
 * @length: its length in bytes
 * @max_depth: how deep arrays and objects may nest
 *
 * Checks that @data is one strict JSON value in valid UTF-8 without NUL
 * characters, nesting at most @max_depth deep, with finite numbers.
 *
 * Returns: %TRUE if it is; otherwise %FALSE with a %VS_DATASET_ERROR whose
 *   message starts with `LINE:COL:`
 */
gboolean
vs_json_check (const char  *data,
               gsize        length,
               guint        max_depth,
               GError     **error)
{
  return vs_json_scan (data, length, max_depth, NULL, error);
}

/* The stand-in of a root that is not an object, of the same JSON type. */
static const char *
stand_in (char first)
{
  switch (first)
    {
    case '[':
      return "[]";
    case '"':
      return "\"\"";
    case 't':
    case 'f':
      return "true";
    case 'n':
      return "null";
    default:
      return "0";
    }
}

/**
 * vs_json_scan:
 * @data: the text of a dataset, not necessarily nul-terminated
 * @length: its length in bytes
 * @max_depth: how deep arrays and objects may nest
 * @outline: (out caller-allocates) (optional): where to note the slices of
 *   the dataset, to be cleared with vs_json_outline_clear() (also when the
 *   scan fails)
 * @error: a #VsDatasetError
 *
 * Does what vs_json_check() does and, with @outline, also applies the
 * limits of a dataset (`VS_DATASET_MAX_*`) to a root object and notes its
 * slices (see #VsJsonOutline).
 *
 * Returns: %TRUE if @data passes; otherwise %FALSE with a %VS_DATASET_ERROR
 *   whose message starts with `LINE:COL:`
 */
gboolean
vs_json_scan (const char     *data,
              gsize           length,
              guint           max_depth,
              VsJsonOutline  *outline,
              GError        **error)
{
  Checker self;
  const char *invalid = NULL;
  char root;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (length < G_MAXUINT32, FALSE);

  /* Empty GBytes have no data pointer; pointer arithmetic on NULL is undefined. */
  if (data == NULL)
    data = "";

  self = (Checker) { data, data, data + length, max_depth, error, outline };
  if (outline != NULL)
    *outline = (VsJsonOutline) { g_string_new ("{") };

  invalid = find_invalid_text (data, data + length);
  if (invalid != NULL)
    {
      if (*invalid == '\0')
        return fail_at (&self, invalid, VS_DATASET_ERROR_ENCODING,
                        _("the file contains a NUL character"));

      return fail_at (&self, invalid, VS_DATASET_ERROR_ENCODING,
                      _("the file is not valid UTF-8 text"));
    }

  skip_whitespace (&self);
  if (self.p == self.end)
    return fail_at (&self, self.p, VS_DATASET_ERROR_SYNTAX, _("the file is empty"));

  root = *self.p;
  self.counting = outline != NULL && root == '{';
  self.member_items = NOT_ITEMS;
  if (!check_value (&self, 0))
    return FALSE;

  skip_whitespace (&self);
  if (self.p != self.end)
    return fail_at (&self, self.p, VS_DATASET_ERROR_SYNTAX,
                    _("unexpected text after the end of the JSON value"));

  if (outline != NULL)
    {
      if (self.counting)
        g_string_append_c (outline->head, '}');
      else
        g_string_assign (outline->head, stand_in (root));
    }

  return TRUE;
}

/**
 * vs_json_outline_clear:
 * @outline: what vs_json_scan() noted
 *
 * Frees what @outline holds (not @outline itself).
 */
void
vs_json_outline_clear (VsJsonOutline *outline)
{
  g_return_if_fail (outline != NULL);

  if (outline->head != NULL)
    g_string_free (g_steal_pointer (&outline->head), TRUE);
  for (guint i = 0; i < VS_JSON_N_ITEMS; i++)
    g_clear_pointer (&outline->items[i], g_array_unref);
}
