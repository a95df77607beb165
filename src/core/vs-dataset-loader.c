/* vs-dataset-loader.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "vs-dataset-file.h"
#include "vs-dataset-loader.h"
#include "vs-dataset-private.h"
#include "vs-display-text.h"
#include "vs-hash.h"
#include "vs-json-check.h"

/* Reads the format of dataset-format.md. Every rule is checked here, so the
 * rest of Versus can trust a VsDataset: ids are unique, references resolve,
 * numbers are in range. Errors carry the JSON path of what broke the rule.
 */

#define MAX_SUBJECTS 32
#define MIN_SUBJECTS 2
#define MAX_SCORE 5.0
#define MAX_WEIGHT 10.0

/* At most this many warnings are kept; the rest are counted. */
#define MAX_WARNINGS 100

/* One step of the JSON path of what is being read: a member, or the
 * index of an array element.
 */
typedef struct
{
  /* NULL for an index. */
  const char *member;
  guint index;
} PathStep;

/* Objects and arrays nest at most VS_DATASET_MAX_DEPTH deep (one step
 * each), and a scalar member adds one.
 */
#define MAX_PATH_STEPS (VS_DATASET_MAX_DEPTH + 2)

typedef struct
{
  VsDataset *dataset;
  GError **error;
  GPtrArray *warnings;
  /* Warnings past MAX_WARNINGS are only counted. */
  guint n_dropped_warnings;

  GHashTable *sources;
  GHashTable *categories;
  GHashTable *subjects;
  guint n_subjects;

  /* The question whose choices are being read. */
  VsQuestion *question;

  /* Where read_feature() puts the features it makes; NULL for the dataset. */
  GPtrArray *features;

  /* Whether text is looked up in the translations (the built-in dataset). */
  gboolean translate;

  /* The path of what is being read, written out for messages only: every
   * member read is pushed and popped, 100,000 times per feature member.
   */
  PathStep path[MAX_PATH_STEPS];
  guint path_length;

  /* The file, its root object (without the elements of its item arrays)
   * and where these elements are in the file (see vs_json_scan()).
   */
  const char *data;
  JsonObject *root;
  VsJsonOutline *outline;
} Loader;

G_DEFINE_QUARK (vs-dataset-error-quark, vs_dataset_error)

/* ------------------------------------------------------------------------ */
/* Paths and messages                                                       */
/* ------------------------------------------------------------------------ */

static gboolean
is_plain_key (const char *key)
{
  if (*key == '\0')
    return FALSE;

  for (const char *c = key; *c; c++)
    {
      if (!g_ascii_isalnum (*c) && *c != '_' && *c != '-')
        return FALSE;
    }

  return TRUE;
}

static gsize
push_member (Loader     *self,
             const char *member)
{
  g_assert (self->path_length < MAX_PATH_STEPS);

  self->path[self->path_length++] = (PathStep) { member, 0 };

  return self->path_length - 1;
}

static gsize
push_index (Loader *self,
            guint   index)
{
  g_assert (self->path_length < MAX_PATH_STEPS);

  self->path[self->path_length++] = (PathStep) { NULL, index };

  return self->path_length - 1;
}

static void
pop_path (Loader *self,
          gsize   length)
{
  self->path_length = length;
}

/* Writes out the first @length steps of the path, as in `$.features[3].id`. */
static char *
format_path (Loader *self,
             guint   length)
{
  GString *path = g_string_new ("$");

  for (guint i = 0; i < length; i++)
    {
      const char *member = self->path[i].member;

      if (member == NULL)
        {
          g_string_append_printf (path, "[%u]", self->path[i].index);
        }
      else if (is_plain_key (member) && strlen (member) <= VS_DISPLAY_TEXT_MAX_CHARS)
        {
          g_string_append_printf (path, ".%s", member);
        }
      else
        {
          /* The key comes from the file: escape it so the path stays one
           * short line.
           */
          g_autofree char *shown = vs_display_text (member, -1, VS_DISPLAY_TEXT_ESCAPE_QUOTES);

          g_string_append_printf (path, "[\"%s\"]", shown);
        }
    }

  return g_string_free (path, FALSE);
}

/* Quotes text from the file for a message: shortened, on one line. */
static char *
quote (const char *text)
{
  g_autofree char *shown = vs_display_text (text, -1, VS_DISPLAY_TEXT_DEFAULT);

  return g_strconcat ("“", shown, "”", NULL);
}

G_GNUC_PRINTF (3, 4)
static gboolean
fail (Loader     *self,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = format_path (self, self->path_length);
  g_set_error (self->error, VS_DATASET_ERROR, code, "%s: %s", path, message);

  return FALSE;
}

G_GNUC_PRINTF (2, 3)
static void
warn (Loader     *self,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  va_list args;

  /* A file of a million features without values would otherwise hold
   * millions of warnings: memory stays bounded, the count is told.
   */
  if (self->warnings->len >= MAX_WARNINGS)
    {
      self->n_dropped_warnings++;
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = format_path (self, self->path_length);
  g_ptr_array_add (self->warnings, g_strdup_printf ("%s: %s", path, message));
}

static const char *
type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");

    case JSON_NODE_ARRAY:
      return _("an array");

    case JSON_NODE_NULL:
      return "null";

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node) == G_TYPE_STRING ? 's' :
              json_node_get_value_type (node) == G_TYPE_BOOLEAN ? 'b' : 'n')
        {
        case 's':
          return _("a string");
        case 'b':
          return _("a boolean");
        default:
          return _("a number");
        }

    default:
      g_assert_not_reached ();
    }
}

static gboolean
fail_type (Loader     *self,
           JsonNode   *node,
           const char *expected)
{
  /* Translators: “must be a string, not a number” */
  return fail (self, VS_DATASET_ERROR_TYPE, _("must be %s, not %s"), expected, type_name (node));
}

/* The built-in dataset's text is in the gettext catalogue, under the
 * context “dataset” (build-aux/dataset-strings extracts it at build time).
 * Ids, links, dates and names of companies and sources are not translated.
 */
static const char *
tr (Loader     *self,
    const char *text)
{
  if (text == NULL || !self->translate)
    return text;

  return g_dpgettext2 (GETTEXT_PACKAGE, "dataset", text);
}

/* ------------------------------------------------------------------------ */
/* Members                                                                  */
/* ------------------------------------------------------------------------ */

typedef enum
{
  OPTIONAL,
  REQUIRED,
} Presence;

/* g_strv_contains(), for the few short names of a format's members: a
 * feature's are checked 100,000 times in a large file.
 */
static gboolean
is_known_member (const char * const *known,
                 const char         *member)
{
  for (; *known != NULL; known++)
    if ((*known)[0] == member[0] && strcmp (*known, member) == 0)
      return TRUE;

  return FALSE;
}

static void
warn_unknown_members (Loader             *self,
                      JsonObject         *object,
                      const char * const *known)
{
  JsonObjectIter iter;
  const char *member;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, NULL))
    {
      if (!is_known_member (known, member))
        {
          gsize mark = push_member (self, member);
          warn (self, _("unknown member, ignored"));
          pop_path (self, mark);
        }
    }
}

/* Looks up @member; a missing required one is an error at its path. */
static gboolean
get_member (Loader      *self,
            JsonObject  *object,
            const char  *member,
            Presence     presence,
            JsonNode   **node)
{
  *node = json_object_get_member (object, member);

  /* An explicit null means the same as leaving an optional member out. */
  if (*node != NULL && JSON_NODE_HOLDS_NULL (*node) && presence == OPTIONAL)
    *node = NULL;

  if (*node == NULL && presence == REQUIRED)
    {
      gsize mark = push_member (self, member);
      fail (self, VS_DATASET_ERROR_MISSING, _("the required member “%s” is missing"), member);
      pop_path (self, mark);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);

  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *c = text; *c; c = g_utf8_next_char (c))
    {
      if (!g_unichar_isspace (g_utf8_get_char (c)))
        return FALSE;
    }

  return TRUE;
}

/* Reads a string member. Required strings are names and titles that the
 * user has to see, so they must not be blank either.
 */
static gboolean
get_string (Loader      *self,
            JsonObject  *object,
            const char  *member,
            Presence     presence,
            const char **value)
{
  JsonNode *node;
  gboolean ok = TRUE;
  gsize mark;

  *value = NULL;

  if (!get_member (self, object, member, presence, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  mark = push_member (self, member);
  if (!is_string (node))
    ok = fail_type (self, node, _("a string"));
  else if (presence == REQUIRED && is_blank (json_node_get_string (node)))
    ok = fail (self, VS_DATASET_ERROR_VALUE, _("must not be empty"));
  else
    *value = json_node_get_string (node);
  pop_path (self, mark);

  return ok;
}

static gboolean
get_array (Loader      *self,
           JsonObject  *object,
           const char  *member,
           Presence     presence,
           JsonArray  **array)
{
  JsonNode *node;
  gboolean ok = TRUE;

  *array = NULL;

  if (!get_member (self, object, member, presence, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      *array = json_node_get_array (node);
    }
  else
    {
      gsize mark = push_member (self, member);
      ok = fail_type (self, node, _("an array"));
      pop_path (self, mark);
    }

  return ok;
}

static gboolean
get_object (Loader      *self,
            JsonObject  *object,
            const char  *member,
            Presence     presence,
            JsonObject **value)
{
  JsonNode *node;
  gboolean ok = TRUE;

  *value = NULL;

  if (!get_member (self, object, member, presence, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      *value = json_node_get_object (node);
    }
  else
    {
      gsize mark = push_member (self, member);
      ok = fail_type (self, node, _("an object"));
      pop_path (self, mark);
    }

  return ok;
}

/* Checks an array element (at the current path) is an object. */
static gboolean
element_object (Loader      *self,
                JsonNode    *node,
                JsonObject **object)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (self, node, _("an object"));

  *object = json_node_get_object (node);

  return TRUE;
}

/* Checks a number (at the current path) is within [min, max]. */
static gboolean
number_in_range (Loader   *self,
                 JsonNode *node,
                 double    min,
                 double    max,
                 double   *value)
{
  if (!is_number (node))
    return fail_type (self, node, _("a number"));

  *value = json_node_get_double (node);
  if (*value < min || *value > max)
    {
      char number[G_ASCII_DTOSTR_BUF_SIZE];
      char low[G_ASCII_DTOSTR_BUF_SIZE];
      char high[G_ASCII_DTOSTR_BUF_SIZE];

      return fail (self, VS_DATASET_ERROR_VALUE, _("%s is out of range (%s to %s)"),
                   g_ascii_formatd (number, sizeof number, "%g", *value),
                   g_ascii_formatd (low, sizeof low, "%g", min),
                   g_ascii_formatd (high, sizeof high, "%g", max));
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Value rules                                                              */
/* ------------------------------------------------------------------------ */

static gboolean
is_valid_id (const char *id)
{
  if (!g_ascii_islower (*id) && !g_ascii_isdigit (*id))
    return FALSE;

  for (const char *c = id + 1; *c; c++)
    {
      if (!g_ascii_islower (*c) && !g_ascii_isdigit (*c) && *c != '-')
        return FALSE;
    }

  return TRUE;
}

/* Fails with the id @id at the current path (ending with the id member,
 * at @mark), first used by the object @first_use stands for (as kept in a
 * table of ids, see get_id()).
 */
static gboolean
fail_duplicate_id (Loader     *self,
                   gsize       mark,
                   const char *id,
                   guint       first_use)
{
  g_autofree char *first_path = NULL;
  g_autofree char *shown = vs_display_text (id, -1, VS_DISPLAY_TEXT_DEFAULT);

  /* The path of the object that used it first, not of its id member. */
  if (first_use > 0)
    {
      guint index = self->path[mark - 1].index;

      self->path[mark - 1].index = first_use - 1;
      first_path = format_path (self, mark);
      self->path[mark - 1].index = index;
    }
  else
    {
      first_path = format_path (self, mark);
    }

  return fail (self, VS_DATASET_ERROR_DUPLICATE, _("the id “%s” is already used by %s"),
               shown, first_path);
}

/* Reads the `id` member and checks it is well formed and unique in @seen,
 * which maps ids to where they were first used: 1 + the index of the
 * element in its array (the path of the object otherwise being the same),
 * or 0 for an object that is not an array element.
 */
static gboolean
get_id (Loader      *self,
        JsonObject  *object,
        GHashTable  *seen,
        const char **id)
{
  gpointer first_use;
  gboolean ok = TRUE;
  JsonNode *node;
  gsize mark;

  if (!get_member (self, object, "id", REQUIRED, &node))
    return FALSE;

  mark = push_member (self, "id");
  if (!is_string (node))
    {
      ok = fail_type (self, node, _("a string"));
    }
  else if (!is_valid_id (*id = json_node_get_string (node)))
    {
      g_autofree char *quoted = quote (*id);
      ok = fail (self, VS_DATASET_ERROR_VALUE,
                 _("%s is not a valid id (use lowercase letters, digits and “-”, "
                   "starting with a letter or digit)"),
                 quoted);
    }
  else if (g_hash_table_lookup_extended (seen, *id, NULL, &first_use))
    {
      ok = fail_duplicate_id (self, mark, *id, GPOINTER_TO_UINT (first_use));
    }
  else
    {
      gboolean in_array = mark > 0 && self->path[mark - 1].member == NULL;

      g_hash_table_insert (seen, (char *)*id,
                           GUINT_TO_POINTER (in_array ? self->path[mark - 1].index + 1 : 0));
    }
  pop_path (self, mark);

  return ok;
}

static gboolean
get_url (Loader      *self,
         JsonObject  *object,
         const char  *member,
         const char **url)
{
  g_autoptr(GUri) uri = NULL;
  gboolean ok = TRUE;
  gsize mark;

  if (!get_string (self, object, member, OPTIONAL, url))
    return FALSE;
  if (*url == NULL)
    return TRUE;

  /* Only web links: a dataset must never point Versus at local files or scripts. */
  mark = push_member (self, member);
  uri = g_uri_parse (*url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL ||
      (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 &&
       g_strcmp0 (g_uri_get_scheme (uri), "https") != 0) ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_autofree char *quoted = quote (*url);
      ok = fail (self, VS_DATASET_ERROR_VALUE, _("%s is not an http or https URL"), quoted);
    }
  pop_path (self, mark);

  return ok;
}

static gboolean
get_date (Loader      *self,
          JsonObject  *object,
          const char  *member,
          const char **date)
{
  gboolean ok = TRUE;
  gsize mark;

  if (!get_string (self, object, member, OPTIONAL, date))
    return FALSE;
  if (*date == NULL)
    return TRUE;

  mark = push_member (self, member);
  if (strlen (*date) != 10 ||
      !g_ascii_isdigit ((*date)[0]) || !g_ascii_isdigit ((*date)[1]) ||
      !g_ascii_isdigit ((*date)[2]) || !g_ascii_isdigit ((*date)[3]) ||
      (*date)[4] != '-' ||
      !g_ascii_isdigit ((*date)[5]) || !g_ascii_isdigit ((*date)[6]) ||
      (*date)[7] != '-' ||
      !g_ascii_isdigit ((*date)[8]) || !g_ascii_isdigit ((*date)[9]) ||
      !g_date_valid_dmy (atoi (*date + 8), atoi (*date + 5), atoi (*date)))
    {
      g_autofree char *quoted = quote (*date);
      ok = fail (self, VS_DATASET_ERROR_VALUE, _("%s is not a date in the form YYYY-MM-DD"),
                 quoted);
    }
  pop_path (self, mark);

  return ok;
}

static gboolean
get_color (Loader      *self,
           JsonObject  *object,
           const char  *member,
           const char **color)
{
  gboolean ok = TRUE;
  gsize mark;

  if (!get_string (self, object, member, OPTIONAL, color))
    return FALSE;
  if (*color == NULL)
    return TRUE;

  mark = push_member (self, member);
  if (strlen (*color) != 7 || (*color)[0] != '#' ||
      !g_ascii_isxdigit ((*color)[1]) || !g_ascii_isxdigit ((*color)[2]) ||
      !g_ascii_isxdigit ((*color)[3]) || !g_ascii_isxdigit ((*color)[4]) ||
      !g_ascii_isxdigit ((*color)[5]) || !g_ascii_isxdigit ((*color)[6]))
    {
      g_autofree char *quoted = quote (*color);
      ok = fail (self, VS_DATASET_ERROR_VALUE, _("%s is not a colour in the form #rrggbb"),
                 quoted);
    }
  pop_path (self, mark);

  return ok;
}

static gboolean
get_string_list (Loader       *self,
                 JsonObject   *object,
                 const char   *member,
                 GStrvBuilder *builder)
{
  JsonArray *array;
  gsize mark;

  if (!get_array (self, object, member, OPTIONAL, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  mark = push_member (self, member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize element_mark = push_index (self, i);

      if (!is_string (node))
        return fail_type (self, node, _("a string"));
      if (is_blank (json_node_get_string (node)))
        return fail (self, VS_DATASET_ERROR_VALUE, _("must not be empty"));

      g_strv_builder_add (builder, tr (self, json_node_get_string (node)));
      pop_path (self, element_mark);
    }
  pop_path (self, mark);

  return TRUE;
}

/* Resolves a reference (the string at the current path) in @table. @what
 * names the kind of thing referenced, untranslated (NC_("reference", …)):
 * it is translated only for a message.
 */
static gboolean
resolve (Loader      *self,
         JsonNode    *node,
         GHashTable  *table,
         const char  *what,
         gpointer    *item)
{
  const char *id;

  if (!is_string (node))
    return fail_type (self, node, _("a string"));

  id = json_node_get_string (node);
  *item = g_hash_table_lookup (table, id);
  if (*item == NULL)
    {
      g_autofree char *quoted = quote (id);
      /* Translators: “there is no subject “ruby” in this dataset” */
      return fail (self, VS_DATASET_ERROR_REFERENCE, _("there is no %s %s in this dataset"),
                   g_dpgettext2 (GETTEXT_PACKAGE, "reference", what), quoted);
    }

  return TRUE;
}

static gboolean
get_reference (Loader      *self,
               JsonObject  *object,
               const char  *member,
               Presence     presence,
               GHashTable  *table,
               const char  *what,
               gpointer    *item)
{
  JsonNode *node;
  gboolean ok;
  gsize mark;

  *item = NULL;

  if (!get_member (self, object, member, presence, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  mark = push_member (self, member);
  ok = resolve (self, node, table, what, item);
  pop_path (self, mark);

  return ok;
}

static gboolean
get_source (Loader      *self,
            JsonObject  *object,
            VsSource   **source)
{
  /* Translators: the kind of thing a reference names, as in “there is no source “x”” */
  return get_reference (self, object, "source", OPTIONAL, self->sources, NC_("reference", "source"),
                        (gpointer *)source);
}

/* Reads a non-empty array of distinct subject references. */
static gboolean
get_subject_list (Loader      *self,
                  JsonObject  *object,
                  const char  *member,
                  GPtrArray   *subjects)
{
  g_autoptr(GHashTable) listed = g_hash_table_new (NULL, NULL);
  JsonArray *array;
  gsize mark;

  if (!get_array (self, object, member, REQUIRED, &array))
    return FALSE;

  mark = push_member (self, member);
  if (json_array_get_length (array) == 0)
    return fail (self, VS_DATASET_ERROR_VALUE, _("must name at least one subject"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize element_mark = push_index (self, i);
      VsSubject *subject;

      if (!resolve (self, json_array_get_element (array, i), self->subjects,
                    NC_("reference", "subject"), (gpointer *)&subject))
        return FALSE;

      if (!g_hash_table_add (listed, subject))
        {
          g_autofree char *shown = vs_display_text (vs_subject_get_id (subject), -1,
                                                    VS_DISPLAY_TEXT_DEFAULT);
          return fail (self, VS_DATASET_ERROR_VALUE, _("“%s” is listed twice"), shown);
        }

      g_ptr_array_add (subjects, subject);
      pop_path (self, element_mark);
    }
  pop_path (self, mark);

  return TRUE;
}

/* Reads an object that maps subject ids to numbers in [min, max] into an
 * array indexed by subject; subjects it leaves out get @missing.
 */
static gboolean
read_subject_numbers (Loader      *self,
                      JsonObject  *object,
                      const char  *member,
                      double       min,
                      double       max,
                      double       missing,
                      double      *values)
{
  JsonObject *map;
  JsonObjectIter iter;
  const char *subject_id;
  JsonNode *node;
  gsize mark;

  if (!get_object (self, object, member, OPTIONAL, &map))
    return FALSE;

  for (guint i = 0; i < self->n_subjects; i++)
    values[i] = missing;

  if (map != NULL)
    {
      mark = push_member (self, member);
      json_object_iter_init (&iter, map);
      while (json_object_iter_next (&iter, &subject_id, &node))
        {
          gsize key_mark = push_member (self, subject_id);
          VsSubject *subject = g_hash_table_lookup (self->subjects, subject_id);
          double value = 0;

          if (subject == NULL)
            {
              g_autofree char *quoted = quote (subject_id);
              return fail (self, VS_DATASET_ERROR_REFERENCE, _("there is no %s %s in this dataset"),
                           C_("reference", "subject"), quoted);
            }

          if (!number_in_range (self, node, min, max, &value))
            return FALSE;

          values[vs_subject_get_index (subject)] = value;
          pop_path (self, key_mark);
        }
      pop_path (self, mark);
    }

  return TRUE;
}

static gboolean
get_subject_numbers (Loader      *self,
                     JsonObject  *object,
                     const char  *member,
                     double       min,
                     double       max,
                     double       missing,
                     double     **numbers)
{
  g_autofree double *values = g_new (double, self->n_subjects);

  if (!read_subject_numbers (self, object, member, min, max, missing, values))
    return FALSE;

  *numbers = g_steal_pointer (&values);

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* The parts of a dataset                                                   */
/* ------------------------------------------------------------------------ */

typedef gboolean (*ReadItem) (Loader     *self,
                              JsonObject *object,
                              guint       index,
                              GHashTable *ids);

/* ------------------------------------------------------------------------ */
/* Item arrays, a chunk at a time                                           */
/* ------------------------------------------------------------------------ */

/* How many bytes of the elements of an item array json-glib is given at
 * once (at least one element): its tree takes up to a hundred times that.
 * The tests lower it (vs_dataset_loader_set_chunk_size()).
 */
#define CHUNK_SIZE (64 * 1024)

static gsize chunk_size = CHUNK_SIZE;

void
vs_dataset_loader_set_chunk_size (gsize n_bytes)
{
  chunk_size = n_bytes;
}

/* The elements of the item array @member of @parent, or NULL if it is not
 * one (then its elements are in the tree).
 */
static GArray *
get_items (Loader     *self,
           JsonObject *parent,
           const char *member)
{
  static const char * const names[VS_JSON_N_ITEMS] = { "features", "use_cases", "companies" };

  if (parent != self->root)
    return NULL;

  for (guint i = 0; i < VS_JSON_N_ITEMS; i++)
    if (g_str_equal (member, names[i]))
      return self->outline->items[i];

  return NULL;
}

/* The id of @node, an element, if it has a valid one. */
static const char *
get_element_id (JsonNode *element)
{
  JsonNode *node;
  const char *id;

  if (!JSON_NODE_HOLDS_OBJECT (element))
    return NULL;
  node = json_object_get_member (json_node_get_object (element), "id");
  if (node == NULL || !is_string (node) || !is_valid_id (id = json_node_get_string (node)))
    return NULL;

  return id;
}

/* Reads the elements @start to @end (excluded) of an item array, whose
 * ranges in the file are @items, with @read_item; json-glib parses them a
 * chunk at a time, and each chunk's tree is freed before the next. On
 * failure, @failed_at and @failed_id (if not NULL) tell which element
 * failed and its id (if it has a valid one).
 */
static gboolean
read_chunks (Loader     *self,
             GArray     *items,
             guint       start,
             guint       end,
             ReadItem    read_item,
             GHashTable *ids,
             guint      *failed_at,
             char      **failed_id)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  const guint32 *ranges = (const guint32 *)items->data;

  for (guint first = start; first < end;)
    {
      g_autoptr(GError) parse_error = NULL;
      JsonArray *array = NULL;
      JsonNode *root;
      guint last = first;
      gboolean parsed;

      while (last + 1 < end && ranges[2 * (last + 1) + 1] - ranges[2 * first] <= chunk_size)
        last++;

      /* One element is parsed where it is; several, as an array. */
      if (last == first)
        {
          parsed = json_parser_load_from_data (parser, self->data + ranges[2 * first],
                                               ranges[2 * first + 1] - ranges[2 * first],
                                               &parse_error);
        }
      else
        {
          g_string_truncate (text, 0);
          g_string_append_c (text, '[');
          g_string_append_len (text, self->data + ranges[2 * first],
                               ranges[2 * last + 1] - ranges[2 * first]);
          g_string_append_c (text, ']');
          parsed = json_parser_load_from_data (parser, text->str, text->len, &parse_error);
        }

      /* vs_json_scan() accepts only what json-glib parses, so this is a bug. */
      if (!parsed)
        {
          g_set_error (self->error, VS_DATASET_ERROR, VS_DATASET_ERROR_SYNTAX, "%s",
                       parse_error->message);
          return FALSE;
        }

      root = json_parser_get_root (parser);
      if (last > first)
        array = json_node_get_array (root);

      for (guint i = first; i <= last; i++)
        {
          JsonNode *element = array != NULL ? json_array_get_element (array, i - first) : root;
          gsize element_mark = push_index (self, i);
          JsonObject *object = NULL;

          if (!element_object (self, element, &object) ||
              !read_item (self, object, i, ids))
            {
              if (failed_at != NULL)
                *failed_at = i;
              if (failed_id != NULL)
                *failed_id = g_strdup (get_element_id (element));
              return FALSE;
            }

          pop_path (self, element_mark);
        }

      first = last + 1;
    }

  return TRUE;
}

/* Reads every element of an array member with @read_item, each an object. */
static gboolean
read_array (Loader     *self,
            JsonObject *parent,
            const char *member,
            Presence    presence,
            ReadItem    read_item,
            GHashTable *ids)
{
  g_autoptr(GHashTable) seen = NULL;
  JsonArray *array;
  GArray *items;
  gsize mark;

  if (!get_array (self, parent, member, presence, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  if (ids == NULL)
    ids = seen = g_hash_table_new (vs_str_hash, g_str_equal);

  mark = push_member (self, member);
  items = get_items (self, parent, member);
  if (items != NULL && !read_chunks (self, items, 0, items->len / 2, read_item, ids, NULL, NULL))
    return FALSE;

  for (guint i = 0; items == NULL && i < json_array_get_length (array); i++)
    {
      gsize element_mark = push_index (self, i);
      JsonObject *object = NULL;

      if (!element_object (self, json_array_get_element (array, i), &object) ||
          !read_item (self, object, i, ids))
        return FALSE;

      pop_path (self, element_mark);
    }
  pop_path (self, mark);

  return TRUE;
}

/* The length of the array @member, once read_array() has accepted it. */
static guint
array_length (Loader     *self,
              JsonObject *parent,
              const char *member)
{
  JsonNode *node = json_object_get_member (parent, member);
  GArray *items = get_items (self, parent, member);

  if (items != NULL)
    return items->len / 2;

  return node != NULL ? json_array_get_length (json_node_get_array (node)) : 0;
}

static gboolean
read_source (Loader     *self,
             JsonObject *object,
             guint       index,
             GHashTable *ids)
{
  static const char * const known[] = { "id", "title", "publisher", "url", "date", NULL };
  g_autoptr(VsSource) source = NULL;
  const char *id, *title, *publisher, *url, *date;

  warn_unknown_members (self, object, known);

  if (!get_id (self, object, ids, &id) ||
      !get_string (self, object, "title", REQUIRED, &title) ||
      !get_string (self, object, "publisher", OPTIONAL, &publisher) ||
      !get_url (self, object, "url", &url) ||
      !get_date (self, object, "date", &date))
    return FALSE;

  source = g_object_new (VS_TYPE_SOURCE,
                         "id", id,
                         "title", title,
                         "publisher", publisher,
                         "url", url,
                         "date", date,
                         NULL);
  g_hash_table_insert (self->sources, (char *)id, source);
  vs_dataset_append (self->dataset, VS_DATASET_SOURCES, source);

  return TRUE;
}

static gboolean
read_subject (Loader     *self,
              JsonObject *object,
              guint       index,
              GHashTable *ids)
{
  static const char * const known[] = {
    "id", "name", "kind", "summary", "homepage", "color", "highlights", "source", NULL
  };
  g_autoptr(GStrvBuilder) highlights = g_strv_builder_new ();
  g_auto(GStrv) highlights_strv = NULL;
  g_autoptr(VsSubject) subject = NULL;
  const char *id, *name, *kind, *summary, *homepage, *color;
  VsSource *source;

  warn_unknown_members (self, object, known);

  if (!get_id (self, object, ids, &id) ||
      !get_string (self, object, "name", REQUIRED, &name) ||
      !get_string (self, object, "kind", OPTIONAL, &kind) ||
      !get_string (self, object, "summary", OPTIONAL, &summary) ||
      !get_url (self, object, "homepage", &homepage) ||
      !get_color (self, object, "color", &color) ||
      !get_string_list (self, object, "highlights", highlights) ||
      !get_source (self, object, &source))
    return FALSE;

  highlights_strv = g_strv_builder_end (highlights);
  subject = g_object_new (VS_TYPE_SUBJECT,
                          "id", id,
                          "name", tr (self, name),
                          "kind", tr (self, kind),
                          "summary", tr (self, summary),
                          "homepage", homepage,
                          "color", color,
                          "highlights", highlights_strv,
                          "source", source,
                          "index", index,
                          NULL);
  g_hash_table_insert (self->subjects, (char *)id, subject);
  vs_dataset_append (self->dataset, VS_DATASET_SUBJECTS, subject);

  return TRUE;
}

static gboolean
read_category (Loader     *self,
               JsonObject *object,
               guint       index,
               GHashTable *ids)
{
  static const char * const known[] = { "id", "name", NULL };
  g_autoptr(VsCategory) category = NULL;
  const char *id, *name;

  warn_unknown_members (self, object, known);

  if (!get_id (self, object, ids, &id) ||
      !get_string (self, object, "name", REQUIRED, &name))
    return FALSE;

  category = g_object_new (VS_TYPE_CATEGORY,
                           "id", id,
                           "name", tr (self, name),
                           "index", index,
                           NULL);
  g_hash_table_insert (self->categories, (char *)id, category);
  vs_dataset_append (self->dataset, VS_DATASET_CATEGORIES, category);

  return TRUE;
}

/* Fills @values, indexed by subject, with texts of the parse tree (or of
 * the translations): the feature copies them.
 */
static gboolean
read_feature_values (Loader      *self,
                     JsonObject  *object,
                     const char **values)
{
  JsonObjectIter iter;
  const char *subject_id;
  JsonObject *map;
  JsonNode *node;
  gsize mark;

  if (!get_object (self, object, "values", REQUIRED, &map))
    return FALSE;

  for (guint i = 0; i < self->n_subjects; i++)
    values[i] = NULL;

  mark = push_member (self, "values");
  json_object_iter_init (&iter, map);
  while (json_object_iter_next (&iter, &subject_id, &node))
    {
      gsize key_mark = push_member (self, subject_id);
      VsSubject *subject = g_hash_table_lookup (self->subjects, subject_id);

      if (subject == NULL)
        {
          g_autofree char *quoted = quote (subject_id);
          return fail (self, VS_DATASET_ERROR_REFERENCE, _("there is no %s %s in this dataset"),
                       C_("reference", "subject"), quoted);
        }

      if (!is_string (node))
        return fail_type (self, node, _("a string"));

      values[vs_subject_get_index (subject)] = tr (self, json_node_get_string (node));
      pop_path (self, key_mark);
    }

  for (guint i = 0; i < self->n_subjects; i++)
    {
      if (values[i] == NULL)
        {
          VsSubject *subject = vs_dataset_get_subject (self->dataset, i);
          gsize key_mark = push_member (self, vs_subject_get_id (subject));
          g_autofree char *shown = vs_display_text (vs_subject_get_name (subject), -1,
                                                    VS_DISPLAY_TEXT_DEFAULT);

          warn (self, _("no value for “%s”; it shows as “—”"), shown);
          pop_path (self, key_mark);
        }
    }
  pop_path (self, mark);

  return TRUE;
}

static gboolean
read_feature (Loader     *self,
              JsonObject *object,
              guint       index,
              GHashTable *ids)
{
  static const char * const known[] = {
    "id", "name", "category", "values", "scores", "advantage", "source", NULL
  };
  g_autoptr(VsFeature) feature = NULL;
  double scores[MAX_SUBJECTS];
  const char *values[MAX_SUBJECTS];
  const char *id, *name, *advantage_id;
  VsCategory *category;
  VsSubject *advantage = NULL;
  gboolean is_tie = FALSE;
  VsSource *source;

  warn_unknown_members (self, object, known);

  if (!get_id (self, object, ids, &id) ||
      !get_string (self, object, "name", REQUIRED, &name) ||
      !get_reference (self, object, "category", OPTIONAL, self->categories,
                      NC_("reference", "category"), (gpointer *)&category) ||
      !read_subject_numbers (self, object, "scores", 0, MAX_SCORE, NAN, scores) ||
      !get_string (self, object, "advantage", OPTIONAL, &advantage_id) ||
      !get_source (self, object, &source))
    return FALSE;

  if (g_strcmp0 (advantage_id, "tie") == 0)
    {
      is_tie = TRUE;
    }
  else if (advantage_id != NULL)
    {
      advantage = g_hash_table_lookup (self->subjects, advantage_id);
      if (advantage == NULL)
        {
          g_autofree char *quoted = quote (advantage_id);

          /* Failing ends the load, so the path need not be restored. */
          push_member (self, "advantage");
          return fail (self, VS_DATASET_ERROR_REFERENCE,
                       _("there is no subject %s in this dataset (nor is it “tie”)"), quoted);
        }
    }

  /* Values last: their warnings should only be given for a feature that loads. */
  if (!read_feature_values (self, object, values))
    return FALSE;

  feature = vs_feature_new_loaded (index, id, tr (self, name), category, advantage, source,
                                   values, scores, self->n_subjects, is_tie);

  /* The table of ids outlives the tree that @id is in (see read_chunks()). */
  g_hash_table_replace (ids, (char *)vs_feature_get_id (feature), GUINT_TO_POINTER (index + 1));
  if (self->features != NULL)
    g_ptr_array_add (self->features, g_steal_pointer (&feature));
  else
    vs_dataset_append (self->dataset, VS_DATASET_FEATURES, feature);

  return TRUE;
}

static gboolean
read_use_case (Loader     *self,
               JsonObject *object,
               guint       index,
               GHashTable *ids)
{
  static const char * const known[] = {
    "id", "name", "description", "tags", "recommended", "source", NULL
  };
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_auto(GStrv) tags_strv = NULL;
  g_autoptr(GPtrArray) recommended = g_ptr_array_new ();
  g_autoptr(VsUseCase) use_case = NULL;
  const char *id, *name, *description;
  VsSource *source;

  warn_unknown_members (self, object, known);

  if (!get_id (self, object, ids, &id) ||
      !get_string (self, object, "name", REQUIRED, &name) ||
      !get_string (self, object, "description", OPTIONAL, &description) ||
      !get_string_list (self, object, "tags", tags) ||
      !get_subject_list (self, object, "recommended", recommended) ||
      !get_source (self, object, &source))
    return FALSE;

  tags_strv = g_strv_builder_end (tags);
  use_case = g_object_new (VS_TYPE_USE_CASE,
                           "id", id,
                           "name", tr (self, name),
                           "description", tr (self, description),
                           "tags", tags_strv,
                           "source", source,
                           NULL);
  for (guint i = 0; i < recommended->len; i++)
    vs_use_case_add_recommended (use_case, g_ptr_array_index (recommended, i));

  /* The table of ids outlives the tree that @id is in (see read_chunks()). */
  g_hash_table_replace (ids, (char *)vs_use_case_get_id (use_case), GUINT_TO_POINTER (index + 1));
  vs_dataset_append (self->dataset, VS_DATASET_USE_CASES, use_case);

  return TRUE;
}

static gboolean
read_company (Loader     *self,
              JsonObject *object,
              guint       index,
              GHashTable *ids)
{
  static const char * const known[] = { "name", "subjects", "sector", "source", NULL };
  g_autoptr(GPtrArray) subjects = g_ptr_array_new ();
  g_autoptr(VsCompany) company = NULL;
  const char *name, *sector;
  VsSource *source;

  warn_unknown_members (self, object, known);

  if (!get_string (self, object, "name", REQUIRED, &name) ||
      !get_subject_list (self, object, "subjects", subjects) ||
      !get_string (self, object, "sector", OPTIONAL, &sector) ||
      !get_source (self, object, &source))
    return FALSE;

  company = g_object_new (VS_TYPE_COMPANY,
                          "name", name,
                          "sector", tr (self, sector),
                          "source", source,
                          NULL);
  for (guint i = 0; i < subjects->len; i++)
    vs_company_add_subject (company, g_ptr_array_index (subjects, i));

  vs_dataset_append (self->dataset, VS_DATASET_COMPANIES, company);

  return TRUE;
}

static gboolean
read_choice (Loader     *self,
             JsonObject *object,
             guint       index,
             GHashTable *ids)
{
  static const char * const known[] = { "id", "label", "weights", "reason", NULL };
  g_autoptr(VsChoice) choice = NULL;
  g_autofree double *weights = NULL;
  const char *id, *label, *reason;

  warn_unknown_members (self, object, known);

  if (!get_id (self, object, ids, &id) ||
      !get_string (self, object, "label", REQUIRED, &label) ||
      !get_subject_numbers (self, object, "weights", -MAX_WEIGHT, MAX_WEIGHT, 0, &weights) ||
      !get_string (self, object, "reason", OPTIONAL, &reason))
    return FALSE;

  choice = g_object_new (VS_TYPE_CHOICE,
                         "id", id,
                         "label", tr (self, label),
                         "reason", tr (self, reason),
                         NULL);
  vs_choice_set_weights (choice, g_steal_pointer (&weights), self->n_subjects);
  vs_question_add_choice (self->question, choice);

  return TRUE;
}

static gboolean
read_question (Loader     *self,
               JsonObject *object,
               guint       index,
               GHashTable *ids)
{
  static const char * const known[] = { "id", "prompt", "help", "choices", NULL };
  g_autoptr(VsQuestion) question = NULL;
  const char *id, *prompt, *help;

  warn_unknown_members (self, object, known);

  if (!get_id (self, object, ids, &id) ||
      !get_string (self, object, "prompt", REQUIRED, &prompt) ||
      !get_string (self, object, "help", OPTIONAL, &help))
    return FALSE;

  question = g_object_new (VS_TYPE_QUESTION,
                           "id", id,
                           "prompt", tr (self, prompt),
                           "help", tr (self, help),
                           "index", index,
                           NULL);

  /* Choice ids are unique within their question only. */
  self->question = question;
  if (!read_array (self, object, "choices", REQUIRED, read_choice, NULL))
    return FALSE;

  if (array_length (self, object, "choices") < 2)
    {
      push_member (self, "choices");
      return fail (self, VS_DATASET_ERROR_VALUE,
                   _("a question needs at least 2 choices, this one has %u"),
                   array_length (self, object, "choices"));
    }

  vs_dataset_append (self->dataset, VS_DATASET_QUESTIONS, question);

  return TRUE;
}

static gboolean
read_guidance (Loader     *self,
               JsonObject *object,
               guint       index,
               GHashTable *ids)
{
  static const char * const known[] = { "subject", "text", NULL };
  g_autoptr(VsGuidance) guidance = NULL;
  VsSubject *subject;
  const char *text;

  warn_unknown_members (self, object, known);

  if (!get_reference (self, object, "subject", REQUIRED, self->subjects,
                      NC_("reference", "subject"), (gpointer *)&subject) ||
      !get_string (self, object, "text", REQUIRED, &text))
    return FALSE;

  guidance = g_object_new (VS_TYPE_GUIDANCE,
                           "subject", subject,
                           "text", tr (self, text),
                           NULL);
  vs_dataset_append (self->dataset, VS_DATASET_GUIDANCE, guidance);

  return TRUE;
}

static gboolean
read_verdict (Loader     *self,
              JsonObject *root)
{
  static const char * const known[] = { "intro", "questions", "guidance", NULL };
  JsonObject *verdict;
  gsize mark;

  if (!get_object (self, root, "verdict", OPTIONAL, &verdict))
    return FALSE;
  if (verdict == NULL)
    return TRUE;

  mark = push_member (self, "verdict");
  warn_unknown_members (self, verdict, known);
  if (!read_array (self, verdict, "questions", REQUIRED, read_question, NULL))
    return FALSE;

  if (array_length (self, verdict, "questions") == 0)
    {
      push_member (self, "questions");
      return fail (self, VS_DATASET_ERROR_VALUE, _("the verdict needs at least one question"));
    }

  if (!read_array (self, verdict, "guidance", OPTIONAL, read_guidance, NULL))
    return FALSE;
  pop_path (self, mark);

  return TRUE;
}

/* The intro is a construct property of the dataset, so it is read first. */
static gboolean
get_verdict_intro (Loader      *self,
                   JsonObject  *root,
                   const char **intro)
{
  JsonObject *verdict;
  gboolean ok;
  gsize mark;

  *intro = NULL;

  if (!get_object (self, root, "verdict", OPTIONAL, &verdict))
    return FALSE;
  if (verdict == NULL)
    return TRUE;

  mark = push_member (self, "verdict");
  ok = get_string (self, verdict, "intro", OPTIONAL, intro);
  pop_path (self, mark);

  return ok;
}

static gboolean
read_header (Loader     *self,
             JsonNode   *root)
{
  JsonObject *object;
  g_autofree char *version_text = NULL;
  JsonNode *node;
  gint64 version;
  gsize mark;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fail (self, VS_DATASET_ERROR_FORMAT,
                 _("this is not a Versus comparison: the file holds %s, not an object"),
                 type_name (root));

  object = json_node_get_object (root);
  node = json_object_get_member (object, "format");
  if (node == NULL || !is_string (node) ||
      g_strcmp0 (json_node_get_string (node), "versus/comparison") != 0)
    {
      push_member (self, "format");
      return fail (self, VS_DATASET_ERROR_FORMAT,
                   _("this is not a Versus comparison (its “format” must be “versus/comparison”)"));
    }

  if (!get_member (self, object, "version", REQUIRED, &node))
    return FALSE;

  mark = push_member (self, "version");
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail_type (self, node, _("an integer"));

  /* The number is formatted first: xgettext cannot see through G_GINT64_FORMAT. */
  version = json_node_get_int (node);
  version_text = g_strdup_printf ("%" G_GINT64_FORMAT, version);
  if (version > VS_DATASET_FORMAT_VERSION)
    return fail (self, VS_DATASET_ERROR_VERSION,
                 _("format version %s is newer than this Versus reads (%d)"),
                 version_text, VS_DATASET_FORMAT_VERSION);
  if (version < 1)
    return fail (self, VS_DATASET_ERROR_VALUE,
                 _("format version %s does not exist (the first is 1)"), version_text);
  pop_path (self, mark);

  return TRUE;
}

/* Reading the features of a large dataset in two halves at once.
 *
 * Most of the time a large file takes to load goes to json-glib's parser,
 * and the rest to reading the features out of its trees. From this many
 * features on, the second half of them is parsed and read in a worker
 * thread (a chunk at a time, with a parser of its own), by a copy of the
 * loader with its own warnings, error and table of ids, while this thread
 * does the same with the first half. The result is what reading them in
 * order gives: the first failure in the file's order (an id of the second
 * half used in the first is looked for afterwards), the warnings in order,
 * at most MAX_WARNINGS. The tests lower the limit
 * (vs_dataset_loader_set_split_limit()).
 */
#define SPLIT_FEATURES 20000

static guint split_features = SPLIT_FEATURES;

void
vs_dataset_loader_set_split_limit (guint n_features)
{
  split_features = n_features;
}

typedef struct
{
  Loader loader;
  /* The elements of the features it reads. */
  GArray *items;
  guint start;
  guint end;
  GHashTable *ids;
  GPtrArray *features;
  GError *error;
  gboolean ok;
  /* The index of the element that failed, and its id if it has a valid one. */
  guint failed_at;
  char *failed_id;
} FeaturesHalf;

static gboolean
read_features_half (FeaturesHalf *half)
{
  Loader *self = &half->loader;
  gsize mark = push_member (self, "features");

  self->features = half->features;
  if (!read_chunks (self, half->items, half->start, half->end, read_feature, half->ids,
                    &half->failed_at, &half->failed_id))
    return FALSE;
  pop_path (self, mark);

  return TRUE;
}

static gpointer
read_features_half_thread (gpointer data)
{
  FeaturesHalf *half = data;

  half->ok = read_features_half (half);

  return NULL;
}

/* The id of the element @index of @half, if it has a valid one. */
static const char *
get_half_element_id (FeaturesHalf *half,
                     guint         index)
{
  if (index - half->start < half->features->len)
    return vs_feature_get_id (g_ptr_array_index (half->features, index - half->start));

  /* The element that failed, which made no feature. */
  return half->failed_id;
}

/* Looks for the first element of @second, up to where it stopped, whose id
 * @first used, as get_id() would have: fails at it if there is one.
 */
static gboolean
check_ids_across (Loader       *self,
                  FeaturesHalf *first,
                  FeaturesHalf *second)
{
  guint last = second->ok ? second->end - 1 : second->failed_at;

  for (guint i = second->start; i <= last; i++)
    {
      const char *id = get_half_element_id (second, i);
      gpointer first_use;
      gsize mark;

      if (id == NULL || !g_hash_table_lookup_extended (first->ids, id, NULL, &first_use))
        continue;

      push_member (self, "features");
      push_index (self, i);
      mark = push_member (self, "id");

      return fail_duplicate_id (self, mark, id, GPOINTER_TO_UINT (first_use));
    }

  return TRUE;
}

static gboolean
read_features_in_halves (Loader *self,
                         GArray *items)
{
  g_autoptr(GHashTable) first_ids = g_hash_table_new (vs_str_hash, g_str_equal);
  g_autoptr(GHashTable) second_ids = g_hash_table_new (vs_str_hash, g_str_equal);
  g_autoptr(GPtrArray) first_features = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) second_features = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) second_warnings = g_ptr_array_new_with_free_func (g_free);
  guint length = items->len / 2;
  FeaturesHalf first = { *self, items, 0, length / 2, first_ids, first_features };
  FeaturesHalf second = { *self, items, length / 2, length, second_ids, second_features };
  GThread *thread;
  gboolean ok;

  /* The first half reports to this loader; the second keeps its own. */
  second.loader.warnings = second_warnings;
  second.loader.n_dropped_warnings = 0;
  second.loader.error = &second.error;

  thread = g_thread_new ("vs-read-half", read_features_half_thread, &second);
  first.ok = read_features_half (&first);
  g_thread_join (thread);

  self->n_dropped_warnings = first.loader.n_dropped_warnings;
  ok = first.ok && check_ids_across (self, &first, &second);
  g_free (first.failed_id);
  g_free (second.failed_id);
  if (!ok)
    {
      g_clear_error (&second.error);
      return FALSE;
    }

  if (!second.ok)
    {
      g_propagate_error (self->error, second.error);
      return FALSE;
    }

  for (guint i = 0; i < second_warnings->len; i++)
    {
      if (self->warnings->len < MAX_WARNINGS)
        g_ptr_array_add (self->warnings, g_steal_pointer (&second_warnings->pdata[i]));
      else
        self->n_dropped_warnings++;
    }
  self->n_dropped_warnings += second.loader.n_dropped_warnings;

  for (guint i = 0; i < first_features->len; i++)
    vs_dataset_append (self->dataset, VS_DATASET_FEATURES, g_ptr_array_index (first_features, i));
  for (guint i = 0; i < second_features->len; i++)
    vs_dataset_append (self->dataset, VS_DATASET_FEATURES, g_ptr_array_index (second_features, i));

  return TRUE;
}

/* Reads the features, in two halves at once if there are many. */
static gboolean
read_features (Loader     *self,
               JsonObject *object)
{
  JsonArray *array;
  GArray *items;

  if (!get_array (self, object, "features", REQUIRED, &array))
    return FALSE;

  items = get_items (self, object, "features");
  if (items->len / 2 < MAX (split_features, 2))
    return read_array (self, object, "features", REQUIRED, read_feature, NULL);

  return read_features_in_halves (self, items);
}

static gboolean
read_dataset (Loader   *self,
              JsonNode *root)
{
  static const char * const known[] = {
    "format", "version", "id", "title", "subtitle", "description", "updated", "license",
    "sources", "subjects", "categories", "features", "use_cases", "companies", "verdict", NULL
  };
  g_autoptr(GHashTable) top_ids = g_hash_table_new (vs_str_hash, g_str_equal);
  const char *id, *title, *subtitle, *description, *updated, *license, *intro;
  JsonObject *object;

  if (!read_header (self, root))
    return FALSE;

  object = json_node_get_object (root);
  self->root = object;
  warn_unknown_members (self, object, known);

  if (!get_id (self, object, top_ids, &id) ||
      !get_string (self, object, "title", REQUIRED, &title) ||
      !get_string (self, object, "subtitle", OPTIONAL, &subtitle) ||
      !get_string (self, object, "description", OPTIONAL, &description) ||
      !get_date (self, object, "updated", &updated) ||
      !get_string (self, object, "license", OPTIONAL, &license) ||
      !get_verdict_intro (self, object, &intro))
    return FALSE;

  /* The dataset's strings are its construct properties; build it first so
   * the parts can be appended while they are read.
   */
  self->dataset = g_object_new (VS_TYPE_DATASET,
                                "id", id,
                                "title", tr (self, title),
                                "subtitle", tr (self, subtitle),
                                "description", tr (self, description),
                                "updated", updated,
                                "license", license,
                                "verdict-intro", tr (self, intro),
                                NULL);

  /* Referenced parts first, in dependency order. */
  if (!read_array (self, object, "sources", OPTIONAL, read_source, NULL) ||
      !read_array (self, object, "subjects", REQUIRED, read_subject, NULL))
    return FALSE;

  self->n_subjects = vs_dataset_get_n_subjects (self->dataset);
  if (self->n_subjects < MIN_SUBJECTS || self->n_subjects > MAX_SUBJECTS)
    {
      push_member (self, "subjects");
      return fail (self, VS_DATASET_ERROR_VALUE,
                   _("a comparison needs %u to %u subjects, this one has %u"),
                   MIN_SUBJECTS, MAX_SUBJECTS, self->n_subjects);
    }

  if (!read_array (self, object, "categories", OPTIONAL, read_category, NULL))
    return FALSE;

  if (!read_features (self, object))
    return FALSE;

  if (array_length (self, object, "features") == 0)
    {
      push_member (self, "features");
      return fail (self, VS_DATASET_ERROR_VALUE, _("a comparison needs at least one feature"));
    }

  if (!read_array (self, object, "use_cases", OPTIONAL, read_use_case, NULL) ||
      !read_array (self, object, "companies", OPTIONAL, read_company, NULL) ||
      !read_verdict (self, object))
    return FALSE;

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Public API                                                               */
/* ------------------------------------------------------------------------ */

/* The parse tree of a large file takes a while to free (a fifth of the
 * time json-glib takes to make it): from this size on, it is freed in a
 * thread of its own once the dataset is made, so that the dataset is not
 * kept waiting for it.
 */
#define FREE_IN_THREAD_SIZE (4 * 1024 * 1024)

/* Once a large parse tree is freed, its millions of small blocks are
 * merged and given back to the system at once, in the thread that freed
 * them: otherwise the allocator merges them on a later, larger request, in
 * whatever thread makes it (the first sort of the Features view paid for
 * it: +300 ms), and keeps the memory.
 */
static void
release_freed_memory (void)
{
#ifdef __GLIBC__
  malloc_trim (0);
#endif
}

static gpointer
free_parser_thread (gpointer data)
{
  g_object_unref (data);
  release_freed_memory ();

  return NULL;
}

/* Frees @parser, whose tree @bytes was read into. */
static void
free_parser (JsonParser *parser,
             GBytes     *bytes)
{
  if (parser == NULL)
    return;

  if (g_bytes_get_size (bytes) >= FREE_IN_THREAD_SIZE)
    g_thread_unref (g_thread_new ("vs-free-json", free_parser_thread, parser));
  else
    g_object_unref (parser);
}

/* Reads a dataset from @bytes; its parse tree is left in @parser for the
 * caller to free (see free_parser()).
 */
static VsDataset *
load_bytes (GBytes      *bytes,
            gboolean     translate,
            JsonParser **parser_out,
            GError     **error)
{
  JsonParser *parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_auto(VsJsonOutline) outline = { 0 };
  const char *data;
  gsize length;
  Loader self = { 0 };
  gboolean ok;

  data = g_bytes_get_data (bytes, &length);

  if (length > VS_DATASET_MAX_SIZE)
    {
      g_set_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_TOO_LARGE,
                   _("the file is larger than %u MiB"), VS_DATASET_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  /* A UTF-8 byte order mark is allowed before JSON text (RFC 8259, 8.1). */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!vs_json_scan (data, length, VS_DATASET_MAX_DEPTH, &outline, error))
    return NULL;

  /* json-glib is given the root object without the elements of the item
   * arrays, which are read a chunk at a time (read_chunks()).
   *
   * Not json_parser_new_immutable(): sealing every node of the tree costs
   * a third more time, and the tree is read once, by this thread.
   */
  parser = json_parser_new ();
  *parser_out = parser;

  if (!json_parser_load_from_data (parser, outline.head->str, outline.head->len, &parse_error))
    {
      /* vs_json_scan() accepts only what json-glib parses, so this is a bug. */
      g_set_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_SYNTAX, "%s", parse_error->message);
      return NULL;
    }

  self.data = data;
  self.outline = &outline;

  self.error = error;
  self.translate = translate;
  self.sources = g_hash_table_new (vs_str_hash, g_str_equal);
  self.categories = g_hash_table_new (vs_str_hash, g_str_equal);
  self.subjects = g_hash_table_new (vs_str_hash, g_str_equal);
  self.warnings = g_ptr_array_new_with_free_func (g_free);

  ok = read_dataset (&self, json_parser_get_root (parser));
  for (guint i = 0; ok && i < self.warnings->len; i++)
    vs_dataset_add_warning (self.dataset, g_ptr_array_index (self.warnings, i));
  if (ok && self.n_dropped_warnings > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "$: and %u more warning",
                                                            "$: and %u more warnings",
                                                            self.n_dropped_warnings),
                                               self.n_dropped_warnings);
      vs_dataset_add_warning (self.dataset, more);
      vs_dataset_set_n_dropped_warnings (self.dataset, self.n_dropped_warnings);
    }


  g_hash_table_unref (self.sources);
  g_hash_table_unref (self.categories);
  g_hash_table_unref (self.subjects);
  g_ptr_array_unref (self.warnings);

  if (!ok)
    {
      g_clear_object (&self.dataset);
      return NULL;
    }

  return self.dataset;
}

/**
 * vs_dataset_loader_load_bytes:
 * @bytes: the contents of a dataset file
 * @error: a #VsDatasetError
 *
 * Reads a dataset. Messages of errors and warnings start with where the
 * problem is: `LINE:COL` for JSON syntax, a JSON path for the format's rules.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
VsDataset *
vs_dataset_loader_load_bytes (GBytes  *bytes,
                              GError **error)
{
  JsonParser *parser = NULL;
  VsDataset *dataset;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dataset = load_bytes (bytes, FALSE, &parser, error);
  free_parser (parser, bytes);

  return dataset;
}

/**
 * vs_dataset_loader_load_file:
 * @file: a dataset file
 * @cancellable: (nullable): a #GCancellable
 * @error: a #VsDatasetError
 *
 * Reads a dataset from @file, blocking; see vs_dataset_loader_load_file_async().
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
VsDataset *
vs_dataset_loader_load_file (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  bytes = vs_dataset_file_read (file, cancellable, error);
  if (bytes == NULL)
    return NULL;

  return vs_dataset_loader_load_bytes (bytes, error);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GBytes) bytes = NULL;
  VsDataset *dataset = NULL;

  bytes = vs_dataset_file_read (file, cancellable, &error);
  if (bytes != NULL)
    dataset = load_bytes (bytes, FALSE, &parser, &error);

  /* The dataset goes to the main thread first; this thread frees the
   * parse tree and the file's bytes afterwards.
   */
  if (dataset == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, dataset, g_object_unref);

  if (bytes != NULL && g_bytes_get_size (bytes) >= FREE_IN_THREAD_SIZE)
    {
      g_clear_object (&parser);
      g_clear_pointer (&bytes, g_bytes_unref);
      release_freed_memory ();
    }
}

/**
 * vs_dataset_loader_load_file_async:
 * @file: a dataset file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the dataset is read
 * @user_data: data for @callback
 *
 * Reads and checks a dataset in a worker thread, so that a large file does
 * not block the main loop.
 */
void
vs_dataset_loader_load_file_async (GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, vs_dataset_loader_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_file_thread);
}

/**
 * vs_dataset_loader_load_file_finish:
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
VsDataset *
vs_dataset_loader_load_file_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        vs_dataset_loader_load_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * vs_dataset_loader_load_builtin:
 *
 * Reads the dataset that ships with Versus, Node.js vs Python, with its
 * text in the user's language where a translation exists.
 *
 * Returns: (transfer full): the built-in dataset
 */
VsDataset *
vs_dataset_loader_load_builtin (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  VsDataset *dataset;

  bytes = g_resources_lookup_data (VS_DATASET_BUILTIN_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    {
      JsonParser *parser = NULL;

      dataset = load_bytes (bytes, TRUE, &parser, &error);
      free_parser (parser, bytes);
    }

  /* The tests load it too: failing here is a bug in the build. */
  if (bytes == NULL || dataset == NULL)
    g_error ("The built-in dataset does not load: %s", error->message);

  return dataset;
}

/**
 * vs_dataset_error_format:
 * @file_label: how to name the file, as the user gave it
 * @error: an error of the loader
 *
 * Puts the file's name in front of a loader message, in the form compilers
 * use: `FILE:LINE:COL: message` or `FILE: $.path: message`.
 *
 * Returns: (transfer full): the message
 */
char *
vs_dataset_error_format (const char   *file_label,
                         const GError *error)
{
  g_return_val_if_fail (file_label != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == VS_DATASET_ERROR && g_ascii_isdigit (error->message[0]))
    return g_strdup_printf ("%s:%s", file_label, error->message);

  return g_strdup_printf ("%s: %s", file_label, error->message);
}
