/* vs-dataset-reader.c
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

#include "vs-dataset-private.h"
#include "vs-dataset-reader.h"
#include "vs-display-text.h"
#include "vs-edit-distance.h"

/* The rules of the format that hold for any member: paths and messages,
 * types, ids, links, dates, colours, references, and the readers of the
 * kinds of members that the tables of vs-dataset-members.c are made of.
 */

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

gsize
vs_loader_push_member (Loader     *self,
                       const char *member)
{
  g_assert (self->path_length < MAX_PATH_STEPS);

  self->path[self->path_length++] = (PathStep) { member, 0 };

  return self->path_length - 1;
}

gsize
vs_loader_push_index (Loader *self,
                      guint   index)
{
  g_assert (self->path_length < MAX_PATH_STEPS);

  self->path[self->path_length++] = (PathStep) { NULL, index };

  return self->path_length - 1;
}

void
vs_loader_pop_path (Loader *self,
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
char *
vs_loader_quote (const char *text)
{
  g_autofree char *shown = vs_display_text (text, -1, VS_DISPLAY_TEXT_DEFAULT);

  return g_strconcat ("“", shown, "”", NULL);
}

/* Where the current path is in the file. An element of an item array is
 * found from where vs_json_scan() noted it, not by walking the array.
 */
static void
locate (Loader *self,
        guint  *line,
        guint  *column)
{
  static const char * const items[VS_JSON_N_ITEMS] = { "features", "use_cases", "companies" };
  gsize offset = 0;
  guint first = 0;

  if (self->path_length >= 2 && self->path[0].member != NULL && self->path[1].member == NULL)
    {
      for (guint i = 0; i < VS_JSON_N_ITEMS; i++)
        {
          GArray *ranges = self->outline->items[i];

          if (g_str_equal (self->path[0].member, items[i]) && ranges != NULL &&
              self->path[1].index < ranges->len / 2)
            {
              offset = g_array_index (ranges, guint32, 2 * self->path[1].index);
              first = 2;
            }
        }
    }

  offset = vs_json_locate (self->data, self->length, offset, self->path + first,
                           self->path_length - first);
  vs_json_advance (self->data, &self->position, offset);
  *line = self->position.line;
  *column = self->position.column;
}

/* Keeps an error or a warning of a validation, with where it is. */
static void
add_diagnostic (Loader           *self,
                VsDiagnosticKind  kind,
                int               code,
                const char       *message)
{
  g_autofree char *path = format_path (self, self->path_length);
  g_autofree char *suggestion = g_steal_pointer (&self->suggestion);
  guint line, column;

  locate (self, &line, &column);
  g_ptr_array_add (self->diagnostics,
                   vs_diagnostic_new (kind, code, line, column, path, message, suggestion));
}

/* When validating, finds what @word, which is not in @table (or, if @table
 * is NULL, in the table of members being read), may have been meant to be,
 * for the next error or warning.
 */
void
vs_loader_suggest (Loader     *self,
                   const char *word,
                   GHashTable *table)
{
  g_autofree gpointer *keys = NULL;
  const char *closest;
  guint n_keys;

  if (self->diagnostics == NULL)
    return;

  keys = g_hash_table_get_keys_as_array (table, &n_keys);
  closest = vs_suggest (word, (const char * const *)keys, n_keys);
  g_clear_pointer (&self->suggestion, g_free);
  if (closest != NULL)
    self->suggestion = vs_display_text (closest, -1, VS_DISPLAY_TEXT_DEFAULT);
}

/* Whether to make the item whose members were read (@ok if all were) when
 * validating: one that only failed in some member but has its id is made
 * all the same, so that what refers to it does not fail too.
 */
gboolean
vs_loader_salvage (Loader     *self,
                   gboolean    ok,
                   const char *id)
{
  return ok || (self->diagnostics != NULL && !self->stop && id != NULL);
}

gboolean
vs_loader_fail (Loader     *self,
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

  if (self->diagnostics != NULL)
    {
      /* Past the limit, errors are only counted. */
      if (self->n_errors++ < MAX_ERRORS)
        add_diagnostic (self, VS_DIAGNOSTIC_ERROR, code, message);
      g_clear_pointer (&self->suggestion, g_free);
      return FALSE;
    }

  path = format_path (self, self->path_length);
  g_set_error (self->error, VS_DATASET_ERROR, code, "%s: %s", path, message);

  return FALSE;
}

void
vs_loader_warn (Loader     *self,
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
      g_clear_pointer (&self->suggestion, g_free);
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (self->diagnostics != NULL)
    add_diagnostic (self, VS_DIAGNOSTIC_WARNING, 0, message);

  path = format_path (self, self->path_length);
  g_ptr_array_add (self->warnings, g_strdup_printf ("%s: %s", path, message));
}

const char *
vs_loader_type_name (JsonNode *node)
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

gboolean
vs_loader_fail_type (Loader     *self,
                     JsonNode   *node,
                     const char *expected)
{
  return vs_loader_fail (self, VS_DATASET_ERROR_TYPE,
                         /* Translators: “must be a string, not a number” */
                         _("must be %s, not %s"), expected, vs_loader_type_name (node));
}

/* The built-in dataset's text is in the gettext catalogue, under the
 * context “dataset” (build-aux/dataset-strings extracts it at build time).
 * Ids, links, dates and names of companies and sources are not translated.
 */
const char *
vs_loader_tr (Loader     *self,
              const char *text)
{
  if (text == NULL || !self->translate)
    return text;

  return g_dpgettext2 (GETTEXT_PACKAGE, "dataset", text);
}

/* ------------------------------------------------------------------------ */
/* Members                                                                  */
/* ------------------------------------------------------------------------ */

/* Whether @member is in the table @members: a feature's are looked up
 * 100,000 times in a large file.
 */
static gboolean
is_known_member (const VsMember *members,
                 const char     *member)
{
  for (; members->read != NULL; members++)
    if (members->name != NULL && members->name[0] == member[0] &&
        strcmp (members->name, member) == 0)
      return TRUE;

  return FALSE;
}

/* Suggests the member of @members that @member may be misspelt from. */
static void
suggest_member (Loader         *self,
                const char     *member,
                const VsMember *members)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *closest;

  for (; members->read != NULL; members++)
    if (members->name != NULL)
      g_ptr_array_add (names, (gpointer)members->name);

  closest = vs_suggest (member, (const char * const *)names->pdata, names->len);
  g_clear_pointer (&self->suggestion, g_free);
  self->suggestion = g_strdup (closest);
}

void
vs_loader_warn_unknown_members (Loader         *self,
                                JsonObject     *object,
                                const VsMember *members)
{
  JsonObjectIter iter;
  const char *member;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, NULL))
    {
      if (!is_known_member (members, member))
        {
          gsize mark = vs_loader_push_member (self, member);

          self->n_unknown_members++;
          if (self->diagnostics != NULL)
            suggest_member (self, member, members);
          vs_loader_warn (self, _("unknown member, ignored"));
          vs_loader_pop_path (self, mark);
        }
    }
}

/* Looks up @member; a missing required one is an error at its path. */
gboolean
vs_loader_get_member (Loader      *self,
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
      gsize mark = vs_loader_push_member (self, member);
      vs_loader_fail (self, VS_DATASET_ERROR_MISSING,
                      _("the required member “%s” is missing"), member);
      vs_loader_pop_path (self, mark);
      return FALSE;
    }

  return TRUE;
}

gboolean
vs_loader_is_string (JsonNode *node)
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
gboolean
vs_loader_get_string (Loader      *self,
                      JsonObject  *object,
                      const char  *member,
                      Presence     presence,
                      const char **value)
{
  JsonNode *node;
  gboolean ok = TRUE;
  gsize mark;

  *value = NULL;

  if (!vs_loader_get_member (self, object, member, presence, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  mark = vs_loader_push_member (self, member);
  if (!vs_loader_is_string (node))
    ok = vs_loader_fail_type (self, node, _("a string"));
  else if (presence == REQUIRED && is_blank (json_node_get_string (node)))
    ok = vs_loader_fail (self, VS_DATASET_ERROR_VALUE, _("must not be empty"));
  else
    *value = json_node_get_string (node);
  vs_loader_pop_path (self, mark);

  return ok;
}

/* The node of @member if it holds a @type (whose name in messages is
 * @type_name), or %NULL; fails if it holds another type.
 */
static gboolean
get_container (Loader        *self,
               JsonObject    *object,
               const char    *member,
               Presence       presence,
               JsonNodeType   type,
               const char    *type_name,
               JsonNode     **container)
{
  JsonNode *node;
  gsize mark;
  gboolean ok;

  *container = NULL;

  if (!vs_loader_get_member (self, object, member, presence, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (JSON_NODE_TYPE (node) == type)
    {
      *container = node;
      return TRUE;
    }

  mark = vs_loader_push_member (self, member);
  ok = vs_loader_fail_type (self, node, type_name);
  vs_loader_pop_path (self, mark);

  return ok;
}

gboolean
vs_loader_get_array (Loader      *self,
                     JsonObject  *object,
                     const char  *member,
                     Presence     presence,
                     JsonArray  **array)
{
  JsonNode *node;
  gboolean ok = get_container (self, object, member, presence, JSON_NODE_ARRAY, _("an array"),
                               &node);

  *array = node != NULL ? json_node_get_array (node) : NULL;

  return ok;
}

gboolean
vs_loader_get_object (Loader      *self,
                      JsonObject  *object,
                      const char  *member,
                      Presence     presence,
                      JsonObject **value)
{
  JsonNode *node;
  gboolean ok = get_container (self, object, member, presence, JSON_NODE_OBJECT, _("an object"),
                               &node);

  *value = node != NULL ? json_node_get_object (node) : NULL;

  return ok;
}

/* Checks an array element (at the current path) is an object. */
gboolean
vs_loader_element_object (Loader      *self,
                          JsonNode    *node,
                          JsonObject **object)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return vs_loader_fail_type (self, node, _("an object"));

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
    return vs_loader_fail_type (self, node, _("a number"));

  *value = json_node_get_double (node);
  if (*value < min || *value > max)
    {
      char number[G_ASCII_DTOSTR_BUF_SIZE];
      char low[G_ASCII_DTOSTR_BUF_SIZE];
      char high[G_ASCII_DTOSTR_BUF_SIZE];

      return vs_loader_fail (self, VS_DATASET_ERROR_VALUE, _("%s is out of range (%s to %s)"),
                             g_ascii_formatd (number, sizeof number, "%g", *value),
                             g_ascii_formatd (low, sizeof low, "%g", min),
                             g_ascii_formatd (high, sizeof high, "%g", max));
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Value rules                                                              */
/* ------------------------------------------------------------------------ */

gboolean
vs_loader_is_valid_id (const char *id)
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
gboolean
vs_loader_fail_duplicate_id (Loader     *self,
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

  return vs_loader_fail (self, VS_DATASET_ERROR_DUPLICATE,
                         _("the id “%s” is already used by %s"), shown, first_path);
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

  if (!vs_loader_get_member (self, object, "id", REQUIRED, &node))
    return FALSE;

  mark = vs_loader_push_member (self, "id");
  if (!vs_loader_is_string (node))
    {
      ok = vs_loader_fail_type (self, node, _("a string"));
    }
  else if (!vs_loader_is_valid_id (*id = json_node_get_string (node)))
    {
      g_autofree char *quoted = vs_loader_quote (*id);
      ok = vs_loader_fail (self, VS_DATASET_ERROR_VALUE,
                           _("%s is not a valid id (use lowercase letters, digits and “-”, "
                             "starting with a letter or digit)"),
                           quoted);
    }
  else if (g_hash_table_lookup_extended (seen, *id, NULL, &first_use))
    {
      ok = vs_loader_fail_duplicate_id (self, mark, *id, GPOINTER_TO_UINT (first_use));
    }
  else
    {
      gboolean in_array = mark > 0 && self->path[mark - 1].member == NULL;

      g_hash_table_insert (seen, (char *)*id,
                           GUINT_TO_POINTER (in_array ? self->path[mark - 1].index + 1 : 0));
    }
  vs_loader_pop_path (self, mark);

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

  if (!vs_loader_get_string (self, object, member, OPTIONAL, url))
    return FALSE;
  if (*url == NULL)
    return TRUE;

  /* Only web links: a dataset must never point Versus at local files or scripts. */
  mark = vs_loader_push_member (self, member);
  uri = g_uri_parse (*url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL ||
      (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 &&
       g_strcmp0 (g_uri_get_scheme (uri), "https") != 0) ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_autofree char *quoted = vs_loader_quote (*url);
      ok = vs_loader_fail (self, VS_DATASET_ERROR_VALUE,
                           _("%s is not an http or https URL"), quoted);
    }
  vs_loader_pop_path (self, mark);

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

  if (!vs_loader_get_string (self, object, member, OPTIONAL, date))
    return FALSE;
  if (*date == NULL)
    return TRUE;

  mark = vs_loader_push_member (self, member);
  if (strlen (*date) != 10 ||
      !g_ascii_isdigit ((*date)[0]) || !g_ascii_isdigit ((*date)[1]) ||
      !g_ascii_isdigit ((*date)[2]) || !g_ascii_isdigit ((*date)[3]) ||
      (*date)[4] != '-' ||
      !g_ascii_isdigit ((*date)[5]) || !g_ascii_isdigit ((*date)[6]) ||
      (*date)[7] != '-' ||
      !g_ascii_isdigit ((*date)[8]) || !g_ascii_isdigit ((*date)[9]) ||
      !g_date_valid_dmy (atoi (*date + 8), atoi (*date + 5), atoi (*date)))
    {
      g_autofree char *quoted = vs_loader_quote (*date);
      ok = vs_loader_fail (self, VS_DATASET_ERROR_VALUE,
                           _("%s is not a date in the form YYYY-MM-DD"),
                           quoted);
    }
  vs_loader_pop_path (self, mark);

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

  if (!vs_loader_get_string (self, object, member, OPTIONAL, color))
    return FALSE;
  if (*color == NULL)
    return TRUE;

  mark = vs_loader_push_member (self, member);
  if (strlen (*color) != 7 || (*color)[0] != '#' ||
      !g_ascii_isxdigit ((*color)[1]) || !g_ascii_isxdigit ((*color)[2]) ||
      !g_ascii_isxdigit ((*color)[3]) || !g_ascii_isxdigit ((*color)[4]) ||
      !g_ascii_isxdigit ((*color)[5]) || !g_ascii_isxdigit ((*color)[6]))
    {
      g_autofree char *quoted = vs_loader_quote (*color);
      ok = vs_loader_fail (self, VS_DATASET_ERROR_VALUE,
                           _("%s is not a colour in the form #rrggbb"),
                           quoted);
    }
  vs_loader_pop_path (self, mark);

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

  if (!vs_loader_get_array (self, object, member, OPTIONAL, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  mark = vs_loader_push_member (self, member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize element_mark = vs_loader_push_index (self, i);

      if (!vs_loader_is_string (node))
        return vs_loader_fail_type (self, node, _("a string"));
      if (is_blank (json_node_get_string (node)))
        return vs_loader_fail (self, VS_DATASET_ERROR_VALUE, _("must not be empty"));

      g_strv_builder_add (builder, vs_loader_tr (self, json_node_get_string (node)));
      vs_loader_pop_path (self, element_mark);
    }
  vs_loader_pop_path (self, mark);

  return TRUE;
}

/* Resolves a reference (the string at the current path) in @table. @what
 * names the kind of thing referenced, untranslated (NC_("reference", …)):
 * it is translated only for a message.
 */
gboolean
vs_loader_resolve (Loader      *self,
                   JsonNode    *node,
                   GHashTable  *table,
                   const char  *what,
                   gpointer    *item)
{
  const char *id;

  if (!vs_loader_is_string (node))
    return vs_loader_fail_type (self, node, _("a string"));

  id = json_node_get_string (node);
  *item = g_hash_table_lookup (table, id);
  if (*item == NULL)
    {
      g_autofree char *quoted = vs_loader_quote (id);

      vs_loader_suggest (self, id, table);
      return vs_loader_fail (self, VS_DATASET_ERROR_REFERENCE,
                             /* Translators: “there is no subject “ruby” in this dataset” */
                             _("there is no %s %s in this dataset"),
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

  if (!vs_loader_get_member (self, object, member, presence, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  mark = vs_loader_push_member (self, member);
  ok = vs_loader_resolve (self, node, table, what, item);
  vs_loader_pop_path (self, mark);

  return ok;
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

  if (!vs_loader_get_array (self, object, member, REQUIRED, &array))
    return FALSE;

  mark = vs_loader_push_member (self, member);
  if (json_array_get_length (array) == 0)
    return vs_loader_fail (self, VS_DATASET_ERROR_VALUE, _("must name at least one subject"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize element_mark = vs_loader_push_index (self, i);
      VsSubject *subject;

      if (!vs_loader_resolve (self, json_array_get_element (array, i), self->subjects,
                              NC_("reference", "subject"), (gpointer *)&subject))
        return FALSE;

      if (!g_hash_table_add (listed, subject))
        {
          g_autofree char *shown = vs_display_text (vs_subject_get_id (subject), -1,
                                                    VS_DISPLAY_TEXT_DEFAULT);
          return vs_loader_fail (self, VS_DATASET_ERROR_VALUE, _("“%s” is listed twice"),
                                 shown);
        }

      g_ptr_array_add (subjects, subject);
      vs_loader_pop_path (self, element_mark);
    }
  vs_loader_pop_path (self, mark);

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

  if (!vs_loader_get_object (self, object, member, OPTIONAL, &map))
    return FALSE;

  for (guint i = 0; i < self->n_subjects; i++)
    values[i] = missing;

  if (map != NULL)
    {
      mark = vs_loader_push_member (self, member);
      json_object_iter_init (&iter, map);
      while (json_object_iter_next (&iter, &subject_id, &node))
        {
          gsize key_mark = vs_loader_push_member (self, subject_id);
          VsSubject *subject = g_hash_table_lookup (self->subjects, subject_id);
          double value = 0;

          if (subject == NULL)
            {
              g_autofree char *quoted = vs_loader_quote (subject_id);

              vs_loader_suggest (self, subject_id, self->subjects);
              return vs_loader_fail (self, VS_DATASET_ERROR_REFERENCE,
                                     _("there is no %s %s in this dataset"),
                                     C_("reference", "subject"), quoted);
            }

          if (!number_in_range (self, node, min, max, &value))
            return FALSE;

          values[vs_subject_get_index (subject)] = value;
          vs_loader_pop_path (self, key_mark);
        }
      vs_loader_pop_path (self, mark);
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Tables of members                                                        */
/* ------------------------------------------------------------------------ */

/* Reads the members of the table @members, in its order, without warning
 * about the others.
 */
gboolean
vs_loader_read_member_list (Loader         *self,
                            JsonObject     *object,
                            const VsMember *members,
                            GHashTable     *ids,
                            gpointer        fields)
{
  gboolean ok = TRUE;

  for (; members->read != NULL; members++)
    {
      gsize mark = self->path_length;

      if (members->read (self, object, members, ids, fields))
        continue;

      /* When validating, the next members are read all the same. */
      if (self->diagnostics == NULL || self->stop)
        return FALSE;
      vs_loader_pop_path (self, mark);
      ok = FALSE;
    }

  return ok;
}

/* Warns about the members of @object that are not in the table @members,
 * then reads those that are.
 */
gboolean
vs_loader_read_members (Loader         *self,
                        JsonObject     *object,
                        const VsMember *members,
                        GHashTable     *ids,
                        gpointer        fields)
{
  vs_loader_warn_unknown_members (self, object, members);

  return vs_loader_read_member_list (self, object, members, ids, fields);
}

/* An id, unique in @ids (see get_id()). */
gboolean
vs_loader_read_id (Loader         *self,
                   JsonObject     *object,
                   const VsMember *member,
                   GHashTable     *ids,
                   gpointer        fields)
{
  const char **id = VS_MEMBER_FIELD (fields, member, const char *);

  if (get_id (self, object, ids, id))
    return TRUE;

  *id = NULL;

  return FALSE;
}

gboolean
vs_loader_read_string (Loader         *self,
                       JsonObject     *object,
                       const VsMember *member,
                       GHashTable     *ids,
                       gpointer        fields)
{
  return vs_loader_get_string (self, object, member->name, member->presence,
                               VS_MEMBER_FIELD (fields, member, const char *));
}

gboolean
vs_loader_read_url (Loader         *self,
                    JsonObject     *object,
                    const VsMember *member,
                    GHashTable     *ids,
                    gpointer        fields)
{
  return get_url (self, object, member->name, VS_MEMBER_FIELD (fields, member, const char *));
}

gboolean
vs_loader_read_date (Loader         *self,
                     JsonObject     *object,
                     const VsMember *member,
                     GHashTable     *ids,
                     gpointer        fields)
{
  return get_date (self, object, member->name, VS_MEMBER_FIELD (fields, member, const char *));
}

gboolean
vs_loader_read_color (Loader         *self,
                      JsonObject     *object,
                      const VsMember *member,
                      GHashTable     *ids,
                      gpointer        fields)
{
  return get_color (self, object, member->name, VS_MEMBER_FIELD (fields, member, const char *));
}

/* Strings, added to the GStrvBuilder in @fields. */
gboolean
vs_loader_read_string_list (Loader         *self,
                            JsonObject     *object,
                            const VsMember *member,
                            GHashTable     *ids,
                            gpointer        fields)
{
  return get_string_list (self, object, member->name,
                          *VS_MEMBER_FIELD (fields, member, GStrvBuilder *));
}

gboolean
vs_loader_read_source (Loader         *self,
                       JsonObject     *object,
                       const VsMember *member,
                       GHashTable     *ids,
                       gpointer        fields)
{
  return get_reference (self, object, member->name, member->presence, self->sources,
                        /* Translators: the kind of thing a reference names, as in
                         * “there is no source “x””
                         */
                        NC_("reference", "source"),
                        (gpointer *)VS_MEMBER_FIELD (fields, member, VsSource *));
}

gboolean
vs_loader_read_category (Loader         *self,
                         JsonObject     *object,
                         const VsMember *member,
                         GHashTable     *ids,
                         gpointer        fields)
{
  return get_reference (self, object, member->name, member->presence, self->categories,
                        NC_("reference", "category"),
                        (gpointer *)VS_MEMBER_FIELD (fields, member, VsCategory *));
}

gboolean
vs_loader_read_subject (Loader         *self,
                        JsonObject     *object,
                        const VsMember *member,
                        GHashTable     *ids,
                        gpointer        fields)
{
  return get_reference (self, object, member->name, member->presence, self->subjects,
                        NC_("reference", "subject"),
                        (gpointer *)VS_MEMBER_FIELD (fields, member, VsSubject *));
}

/* Subjects, added to the GPtrArray in @fields. */
gboolean
vs_loader_read_subject_list (Loader         *self,
                             JsonObject     *object,
                             const VsMember *member,
                             GHashTable     *ids,
                             gpointer        fields)
{
  return get_subject_list (self, object, member->name,
                           *VS_MEMBER_FIELD (fields, member, GPtrArray *));
}

/* Numbers in the VsNumberRange of @member, by subject, into the array of
 * MAX_SUBJECTS doubles in @fields.
 */
gboolean
vs_loader_read_numbers (Loader         *self,
                        JsonObject     *object,
                        const VsMember *member,
                        GHashTable     *ids,
                        gpointer        fields)
{
  const VsNumberRange *range = member->data;

  return read_subject_numbers (self, object, member->name, range->min, range->max,
                               range->missing, VS_MEMBER_FIELD (fields, member, double));
}
