/* vs-table-import.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "vs-dataset-loader.h"
#include "vs-table-import.h"
#include "vs-table-reader.h"

/* A feature table, as CSV or as a Markdown table, made into a dataset. The
 * header row names the subjects; the first column (or the one named
 * “Feature”) holds the features' names, and columns named Category,
 * Advantage and “SUBJECT score” are read as such. This is what the CSV and
 * Markdown exports write, so an export imports back to the same table.
 *
 * The rows come from a reader (vs-table-reader.h): vs-table-csv.c reads
 * CSV, vs-table-markdown.c a Markdown table; this file makes them into the
 * dataset's JSON.
 *
 * The table is read twice, a row at a time: first to check every row and
 * find the categories (which come before the features in the JSON), then to
 * generate the features and write them out a piece at a time, so that a
 * large table is never held as a JSON tree, nor its JSON as a whole.
 */

#define MIN_SUBJECTS 2
#define MAX_SUBJECTS 32
/* The loader checks the features this many bytes at a time. */
#define PIECE_SIZE (1024 * 1024)
/* Ids derived from long names are cut to this many characters. */
#define MAX_ID_LENGTH 64

typedef enum
{
  ROLE_FEATURE,
  ROLE_CATEGORY,
  ROLE_ADVANTAGE,
  ROLE_SUBJECT,
  ROLE_SCORE,
} Role;

typedef struct
{
  Role role;
  /* For ROLE_SUBJECT and ROLE_SCORE: the subject. */
  guint subject;
} Column;

typedef struct
{
  char *id;
  char *name;
  int score_column;
} Subject;

G_DEFINE_QUARK (vs-table-import-error-quark, vs_table_import_error)

/* ------------------------------------------------------------------------ */
/* Helpers                                                                   */
/* ------------------------------------------------------------------------ */

static void
clear_subject (gpointer data)
{
  Subject *subject = data;

  g_clear_pointer (&subject->id, g_free);
  g_clear_pointer (&subject->name, g_free);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *c = text; *c; c = g_utf8_next_char (c))
    {
      if (!g_unichar_isspace (g_utf8_get_char (c)))
        return FALSE;
    }

  return TRUE;
}

/* Whether @text names the column @english, in English or in the language
 * of the exports, whatever the case.
 */
static gboolean
names_column (const char *text,
              const char *english,
              const char *translated)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *folded = g_utf8_casefold (stripped, -1);
  g_autofree char *folded_english = g_utf8_casefold (english, -1);
  g_autofree char *folded_translated = g_utf8_casefold (translated, -1);

  return strcmp (folded, folded_english) == 0 || strcmp (folded, folded_translated) == 0;
}

static gboolean
names_equal (const char *a,
             const char *b)
{
  g_autofree char *folded_a = g_utf8_casefold (a, -1);
  g_autofree char *folded_b = g_utf8_casefold (b, -1);

  return strcmp (folded_a, folded_b) == 0;
}

/* ------------------------------------------------------------------------ */
/* Ids                                                                       */
/* ------------------------------------------------------------------------ */

/**
 * vs_table_import_derive_id:
 * @name: a name
 *
 * Makes an id of the dataset format from @name: letters are made ASCII
 * (“é” becomes “e”) and lowercase, and every run of other characters
 * becomes one “-”, never at either end: “Node.js” becomes “node-js”. The
 * id is at most 64 characters long.
 *
 * Returns: (transfer full): the id, empty if @name has no letter or digit
 */
char *
vs_table_import_derive_id (const char *name)
{
  g_autofree char *ascii = NULL;
  GString *id;
  gboolean dash = FALSE;

  g_return_val_if_fail (name != NULL, NULL);

  ascii = g_str_to_ascii (name, "C");
  id = g_string_new (NULL);

  for (const char *c = ascii; *c != '\0' && id->len < MAX_ID_LENGTH; c++)
    {
      if (g_ascii_isalnum (*c))
        {
          if (dash && id->len > 0)
            g_string_append_c (id, '-');
          dash = FALSE;
          if (id->len < MAX_ID_LENGTH)
            g_string_append_c (id, g_ascii_tolower (*c));
        }
      else
        {
          dash = TRUE;
        }
    }

  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);

  return g_string_free (id, FALSE);
}

/* Derives an id from @name that is not in @used yet (adding -2, -3…), and
 * adds it to @used.
 */
static const char *
unique_id (GHashTable *used,
           const char *name,
           const char *fallback)
{
  g_autofree char *base = vs_table_import_derive_id (name);
  char *id;

  if (*base == '\0')
    {
      g_free (base);
      base = g_strdup (fallback);
    }

  id = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (used, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }

  g_hash_table_add (used, id);

  return id;
}

/* ------------------------------------------------------------------------ */
/* The dataset                                                               */
/* ------------------------------------------------------------------------ */

typedef struct
{
  VsTableFormat format;
  GArray *columns;      /* of Column */
  GArray *subjects;     /* of Subject */
  guint feature_column;
  guint header_line;

  GHashTable *category_ids;  /* name → id */
  GPtrArray *category_names; /* in order of first use */
  GHashTable *used_category_ids;
  GHashTable *used_feature_ids;

  JsonGenerator *generator;
  guint n_features;

  /* The second pass generates the features, and writes them a piece at a
   * time, each checked by the loader first.
   */
  gboolean generate;
  char *head;
  gsize head_length;
  gsize piece_size;
  GString *features;
  guint piece_first;
  GString *check;
  gsize written;
  VsTableImportWriteFunc write;
  gpointer user_data;
} Import;

static void
import_clear (Import *self)
{
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->subjects, g_array_unref);
  g_clear_pointer (&self->category_ids, g_hash_table_unref);
  g_clear_pointer (&self->category_names, g_ptr_array_unref);
  g_clear_pointer (&self->used_category_ids, g_hash_table_unref);
  g_clear_pointer (&self->used_feature_ids, g_hash_table_unref);
  g_clear_object (&self->generator);
  g_clear_pointer (&self->head, g_free);
  if (self->check != NULL)
    g_string_free (g_steal_pointer (&self->check), TRUE);
  if (self->features != NULL)
    g_string_free (g_steal_pointer (&self->features), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

/* The “SUBJECT score” columns: the subject's name, or NULL. */
static char *
score_column_subject (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  gsize length = strlen (stripped);

  if (length <= strlen (" score") ||
      g_ascii_strcasecmp (stripped + length - strlen (" score"), " score") != 0)
    return NULL;

  stripped[length - strlen (" score")] = '\0';

  return g_strdup (g_strchomp (stripped));
}

static gboolean
read_header (Import  *self,
             GArray  *cells,
             GError **error)
{
  g_autoptr(GHashTable) used_subject_ids = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                  g_free, NULL);
  int category = -1, advantage = -1;
  guint n_subjects = 0;

  self->columns = g_array_sized_new (FALSE, TRUE, sizeof (Column), cells->len);
  g_array_set_size (self->columns, cells->len);
  self->subjects = g_array_new (FALSE, TRUE, sizeof (Subject));
  g_array_set_clear_func (self->subjects, clear_subject);
  self->header_line = g_array_index (cells, VsTableCell, 0).line;

  /* The features' names are in the column named Feature, or the first. */
  self->feature_column = 0;
  for (guint i = 0; i < cells->len; i++)
    {
      if (names_column (g_array_index (cells, VsTableCell, i).text, "Feature", _("Feature")))
        {
          self->feature_column = i;
          break;
        }
    }

  for (guint i = 0; i < cells->len; i++)
    {
      VsTableCell *cell = &g_array_index (cells, VsTableCell, i);
      Column *column = &g_array_index (self->columns, Column, i);
      int *special = NULL;

      if (i == self->feature_column)
        {
          column->role = ROLE_FEATURE;
          continue;
        }

      if (names_column (cell->text, "Category", _("Category")))
        {
          column->role = ROLE_CATEGORY;
          special = &category;
        }
      else if (names_column (cell->text, "Advantage", _("Advantage")))
        {
          column->role = ROLE_ADVANTAGE;
          special = &advantage;
        }

      if (special != NULL)
        {
          if (*special >= 0)
            return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_HEADER, cell->line, cell->col,
                                     _("there are two “%s” columns"), g_strstrip (cell->text));
          *special = i;
          continue;
        }

      if (is_blank (cell->text))
        return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_HEADER, cell->line, cell->col,
                                 _("this column has no name; the header row names the subjects"));

      {
        g_autofree char *scored = score_column_subject (cell->text);

        column->role = scored != NULL ? ROLE_SCORE : ROLE_SUBJECT;
        if (column->role == ROLE_SUBJECT)
          n_subjects++;
      }
    }

  if (n_subjects < MIN_SUBJECTS || n_subjects > MAX_SUBJECTS)
    return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_LIMIT, self->header_line, 1,
                             ngettext ("the table has %u subject column; "
                                       "a comparison has 2 to 32 subjects",
                                       "the table has %u subject columns; "
                                       "a comparison has 2 to 32 subjects",
                                       n_subjects),
                             n_subjects);

  for (guint i = 0; i < cells->len; i++)
    {
      VsTableCell *cell = &g_array_index (cells, VsTableCell, i);
      Column *column = &g_array_index (self->columns, Column, i);
      Subject subject = { 0 };

      if (column->role != ROLE_SUBJECT)
        continue;

      subject.name = g_strstrip (g_strdup (cell->text));
      subject.score_column = -1;
      for (guint s = 0; s < self->subjects->len; s++)
        {
          if (strcmp (g_array_index (self->subjects, Subject, s).name, subject.name) == 0)
            {
              vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_HEADER, cell->line, cell->col,
                                _("the subject “%s” has two columns"), subject.name);
              g_free (subject.name);
              return FALSE;
            }
        }

      subject.id = g_strdup (unique_id (used_subject_ids, subject.name, "subject"));
      column->subject = self->subjects->len;
      g_array_append_val (self->subjects, subject);
    }

  for (guint i = 0; i < cells->len; i++)
    {
      VsTableCell *cell = &g_array_index (cells, VsTableCell, i);
      Column *column = &g_array_index (self->columns, Column, i);
      g_autofree char *name = NULL;
      int found = -1;

      if (column->role != ROLE_SCORE)
        continue;

      name = score_column_subject (cell->text);
      for (guint s = 0; s < self->subjects->len && found < 0; s++)
        if (strcmp (g_array_index (self->subjects, Subject, s).name, name) == 0)
          found = s;
      for (guint s = 0; s < self->subjects->len && found < 0; s++)
        if (names_equal (g_array_index (self->subjects, Subject, s).name, name))
          found = s;

      if (found < 0)
        return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_HEADER, cell->line, cell->col,
                                 _("there is no subject column “%s” for the column “%s”"),
                                 name, g_strstrip (cell->text));

      if (g_array_index (self->subjects, Subject, found).score_column >= 0)
        return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_HEADER, cell->line, cell->col,
                                 _("the subject “%s” has two score columns"), name);

      g_array_index (self->subjects, Subject, found).score_column = i;
      column->subject = found;
    }

  return TRUE;
}

/* A value cell: CSV leaves a missing value empty, Markdown writes “—”. */
static const char *
value_text (Import *self,
            VsTableCell   *cell)
{
  if (cell->text[0] == '\0')
    return NULL;

  if (self->format == VS_TABLE_FORMAT_MARKDOWN && strcmp (cell->text, "—") == 0)
    return NULL;

  return cell->text;
}

static gboolean
read_score (VsTableCell     *cell,
            JsonNode *node,
            GError  **error)
{
  g_autofree char *text = g_strstrip (g_strdup (cell->text));
  char *end = NULL;
  double score;

  /* A decimal comma, as spreadsheets write it in many languages. */
  g_strdelimit (text, ",", '.');
  score = g_ascii_strtod (text, &end);

  if (end == text || *end != '\0' || !(score >= 0 && score <= VS_SCORE_MAX))
    return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_VALUE, cell->line, cell->col,
                             _("the score “%s” is not a number from 0 to 5"), text);

  if (score == (gint64)score)
    json_node_init_int (node, (gint64)score);
  else
    json_node_init_double (node, score);

  return TRUE;
}

static gboolean
read_advantage (Import     *self,
                VsTableCell       *cell,
                JsonObject *feature,
                GError    **error)
{
  g_autofree char *text = g_strstrip (g_strdup (cell->text));

  if (*text == '\0' || (self->format == VS_TABLE_FORMAT_MARKDOWN && strcmp (text, "—") == 0))
    return TRUE;

  if (names_column (text, "Tie", C_("advantage", "Tie")))
    {
      json_object_set_string_member (feature, "advantage", "tie");
      return TRUE;
    }

  for (guint pass = 0; pass < 3; pass++)
    {
      for (guint s = 0; s < self->subjects->len; s++)
        {
          Subject *subject = &g_array_index (self->subjects, Subject, s);

          if ((pass == 0 && strcmp (subject->name, text) == 0) ||
              (pass == 1 && names_equal (subject->name, text)) ||
              (pass == 2 && strcmp (subject->id, text) == 0))
            {
              json_object_set_string_member (feature, "advantage", subject->id);
              return TRUE;
            }
        }
    }

  return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_VALUE, cell->line, cell->col,
                           _("the advantage “%s” is neither a subject of the table nor “Tie”"),
                           text);
}

static const char *
category_id (Import     *self,
             const char *name)
{
  const char *id = g_hash_table_lookup (self->category_ids, name);

  if (id == NULL)
    {
      id = unique_id (self->used_category_ids, name, "category");
      g_ptr_array_add (self->category_names, g_strdup (name));
      g_hash_table_insert (self->category_ids, g_strdup (name), (char *)id);
    }

  return id;
}

/* Appends @text to @out, each line indented by @indent spaces. */
static void
append_indented (GString    *out,
                 const char *text,
                 guint       indent)
{
  const char *line = text;

  while (line != NULL)
    {
      const char *end = strchr (line, '\n');

      for (guint i = 0; i < indent; i++)
        g_string_append_c (out, ' ');
      g_string_append_len (out, line, end != NULL ? end - line : (gssize)strlen (line));
      if (end == NULL)
        break;
      g_string_append_c (out, '\n');
      line = end + 1;
    }
}

#define JSON_TAIL "\n  ]\n}\n"

/* The loader's paths count the features from the piece's first. */
static void
renumber_error (GError *error,
                guint   first)
{
  const char *prefix = "$.features[";
  guint64 index;
  char *end = NULL;
  char *message;

  if (first == 0 || error->domain != VS_DATASET_ERROR || !g_str_has_prefix (error->message, prefix))
    return;

  index = g_ascii_strtoull (error->message + strlen (prefix), &end, 10);
  if (end == NULL || *end != ']')
    return;

  message = g_strdup_printf ("%s%" G_GUINT64_FORMAT "%s", prefix, index + first, end);
  g_free (error->message);
  error->message = message;
}

/* Checks the features generated since the last piece with the loader, as
 * a dataset of their own with the same subjects and categories, and writes
 * them out. Each feature is checked on its own by the loader, and the ids
 * (derived unique) are the only rule across features, so that the pieces
 * pass exactly when the whole dataset would: but a large table is never
 * held as a parse tree, nor its JSON as a whole.
 */
static gboolean
write_piece (Import  *self,
             GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(VsDataset) loaded = NULL;
  const char *text = self->features->str;
  gsize length = self->features->len;

  if (length == 0)
    return TRUE;

  /* A piece after the first starts with the separator. */
  if (self->piece_first > 0)
    {
      g_assert (g_str_has_prefix (text, ",\n"));
      text += strlen (",\n");
      length -= strlen (",\n");
    }

  if (self->written + self->features->len + strlen (JSON_TAIL) > VS_DATASET_MAX_SIZE)
    {
      g_set_error (error, VS_TABLE_IMPORT_ERROR, VS_TABLE_IMPORT_ERROR_TOO_LARGE,
                   _("the dataset of this table would be larger than %u MiB, "
                     "the largest dataset Versus reads"),
                   VS_DATASET_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  /* Whatever is written must open: the loader has the last word. */
  g_string_truncate (self->check, 0);
  g_string_append_len (self->check, self->head, self->head_length);
  g_string_append_len (self->check, text, length);
  g_string_append (self->check, JSON_TAIL);
  bytes = g_bytes_new_static (self->check->str, self->check->len);
  loaded = vs_dataset_loader_load_bytes (bytes, error);
  if (loaded == NULL)
    {
      if (error != NULL)
        renumber_error (*error, self->piece_first);
      return FALSE;
    }

  if (!self->write (self->features->str, self->features->len, self->user_data, error))
    return FALSE;

  self->written += self->features->len;
  self->piece_first = self->n_features;
  g_string_truncate (self->features, 0);

  return TRUE;
}

static gboolean
read_feature (Import  *self,
              GArray  *cells,
              GError **error)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonObject) feature = json_object_new ();
  g_autoptr(JsonObject) values = json_object_new ();
  g_autoptr(JsonObject) scores = json_object_new ();
  g_autofree char *text = NULL;
  VsTableCell *name = &g_array_index (cells, VsTableCell, self->feature_column);
  VsTableCell *category = NULL, *advantage = NULL;
  g_autofree char *stripped_name = NULL;

  if (is_blank (name->text))
    return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_VALUE, name->line, name->col,
                             _("the feature has no name"));

  for (guint i = 0; i < cells->len; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);

      if (column->role == ROLE_CATEGORY)
        category = &g_array_index (cells, VsTableCell, i);
      else if (column->role == ROLE_ADVANTAGE)
        advantage = &g_array_index (cells, VsTableCell, i);
    }

  stripped_name = g_strstrip (g_strdup (name->text));
  json_object_set_string_member (feature, "id",
                                 unique_id (self->used_feature_ids, stripped_name, "feature"));
  json_object_set_string_member (feature, "name", stripped_name);

  if (category != NULL && !is_blank (category->text))
    {
      g_autofree char *category_name = g_strstrip (g_strdup (category->text));

      json_object_set_string_member (feature, "category", category_id (self, category_name));
    }

  for (guint s = 0; s < self->subjects->len; s++)
    {
      Subject *subject = &g_array_index (self->subjects, Subject, s);

      for (guint i = 0; i < cells->len; i++)
        {
          Column *column = &g_array_index (self->columns, Column, i);
          VsTableCell *cell = &g_array_index (cells, VsTableCell, i);

          if (column->role == ROLE_SUBJECT && column->subject == s)
            {
              const char *value = value_text (self, cell);

              if (value != NULL)
                json_object_set_string_member (values, subject->id, value);
            }
          else if (column->role == ROLE_SCORE && column->subject == s && !is_blank (cell->text))
            {
              g_autoptr(JsonNode) score = json_node_alloc ();

              if (!read_score (cell, score, error))
                return FALSE;
              json_object_set_member (scores, subject->id, g_steal_pointer (&score));
            }
        }
    }

  json_object_set_object_member (feature, "values", g_steal_pointer (&values));
  if (json_object_get_size (scores) > 0)
    json_object_set_object_member (feature, "scores", g_steal_pointer (&scores));

  if (advantage != NULL && !read_advantage (self, advantage, feature, error))
    return FALSE;

  /* The first pass only checks the row, and finds the categories. */
  if (!self->generate)
    {
      self->n_features++;
      return TRUE;
    }

  json_node_set_object (node, feature);
  json_generator_set_root (self->generator, node);
  text = json_generator_to_data (self->generator, NULL);

  if (self->n_features > 0)
    g_string_append (self->features, ",\n");
  append_indented (self->features, text, 4);
  self->n_features++;

  if (self->features->len >= self->piece_size)
    return write_piece (self, error);

  return TRUE;
}

/* The dataset's JSON up to the features array's opening bracket, as
 * JsonGenerator writes a whole tree: the top level is generated with an
 * empty features array, which the features generated one by one then fill.
 */
static char *
generate_head (Import     *self,
               const char *title,
               gsize      *head_length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *id = vs_table_import_derive_id (title);
  const char *empty_features = "\"features\" : []\n}";
  char *head;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "versus/comparison");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, VS_DATASET_FORMAT_VERSION);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, *id != '\0' ? id : "comparison");
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title);

  json_builder_set_member_name (builder, "subjects");
  json_builder_begin_array (builder);
  for (guint s = 0; s < self->subjects->len; s++)
    {
      Subject *subject = &g_array_index (self->subjects, Subject, s);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, subject->id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, subject->name);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (self->category_names->len > 0)
    {
      json_builder_set_member_name (builder, "categories");
      json_builder_begin_array (builder);
      for (guint c = 0; c < self->category_names->len; c++)
        {
          const char *name = g_ptr_array_index (self->category_names, c);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, g_hash_table_lookup (self->category_ids, name));
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, name);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_set_member_name (builder, "features");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (self->generator, root);
  head = json_generator_to_data (self->generator, head_length);

  g_assert (g_str_has_suffix (head, empty_features));
  *head_length -= strlen ("]\n}");
  head[(*head_length)++] = '\n';
  head[*head_length] = '\0';

  return head;
}

/* The title: the one given, the table's heading, or the file's name. */
static char *
choose_title (const char *title,
              const char *heading,
              const char *file_name)
{
  if (!is_blank (title))
    return g_strstrip (g_strdup (title));

  if (!is_blank (heading))
    return g_strstrip (g_strdup (heading));

  if (!is_blank (file_name))
    {
      g_autofree char *base = g_path_get_basename (file_name);
      char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base)
        *dot = '\0';
      if (!is_blank (base))
        return g_strstrip (g_steal_pointer (&base));
    }

  return g_strdup (_("Imported Table"));
}

/* ------------------------------------------------------------------------ */
/* Public API                                                                */
/* ------------------------------------------------------------------------ */

/* Reads the table, its header row and then its rows. */
static gboolean
read_table (Import  *self,
            VsTableReader  *reader,
            GError **error)
{
  g_autoptr(GArray) cells = g_array_new (FALSE, TRUE, sizeof (VsTableCell));

  g_array_set_clear_func (cells, vs_table_cell_clear);

  if (!reader->read_row (reader, cells, error))
    return FALSE;

  if (cells->len == 0)
    {
      g_set_error (error, VS_TABLE_IMPORT_ERROR, VS_TABLE_IMPORT_ERROR_LIMIT,
                   _("the table is empty: its first row names the subjects, "
                     "and each row after it is a feature"));
      return FALSE;
    }

  if (self->columns == NULL && !read_header (self, cells, error))
    return FALSE;

  for (;;)
    {
      if (!reader->read_row (reader, cells, error))
        return FALSE;
      if (cells->len == 0)
        break;

      if (cells->len != self->columns->len)
        {
          VsTableCell *last = &g_array_index (cells, VsTableCell,
                                              MIN (cells->len, self->columns->len + 1) - 1);

          return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_RAGGED, last->line, last->col,
                                   ngettext ("this row has %u cell, but the header row has %u",
                                             "this row has %u cells, but the header row has %u",
                                             cells->len),
                                   cells->len, self->columns->len);
        }

      if (!read_feature (self, cells, error))
        return FALSE;
    }

  if (self->n_features == 0)
    return vs_table_fail_at (error, VS_TABLE_IMPORT_ERROR_LIMIT, self->header_line, 1,
                             _("the table has no feature: each row after the header row is one"));

  return TRUE;
}


static gboolean
append_to_string_cb (const char  *data,
                     gsize        length,
                     gpointer     user_data,
                     GError     **error)
{
  g_string_append_len (user_data, data, length);

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Public API                                                                */
/* ------------------------------------------------------------------------ */

/**
 * vs_table_import_write:
 * @data: the table's text
 * @length: its length in bytes
 * @format: whether it is CSV or Markdown
 * @title: (nullable): the dataset's title, or %NULL for the Markdown
 *   table's heading, else the name of @file_name without its extension
 * @file_name: (nullable): the table's file name, for the title
 * @write: (scope call): called with the dataset's JSON, a piece at a time
 * @user_data: data for @write
 * @summary: (out caller-allocates) (optional): what the dataset holds
 * @error: return location for an error in %VS_TABLE_IMPORT_ERROR or
 *   %VS_DATASET_ERROR, or of @write
 *
 * Makes a dataset of a feature table: its JSON, pretty-printed in a stable
 * order of members, goes to @write a piece at a time, each checked by the
 * loader before. The table is read twice (first for its categories), a row
 * at a time, so that the memory taken stays about that of a piece. On
 * failure @write may have been given part of the JSON: write it to a file
 * that is only kept on success (see vs_export_file_open()).
 *
 * Returns: whether the whole dataset was written
 */
gboolean
vs_table_import_write (const char             *data,
                       gsize                   length,
                       VsTableFormat           format,
                       const char             *title,
                       const char             *file_name,
                       VsTableImportWriteFunc  write,
                       gpointer                user_data,
                       VsTableImportSummary   *summary,
                       GError                **error)
{
  g_auto(Import) self = { 0 };
  g_autofree char *chosen_title = NULL;
  VsTableReader reader = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (format == VS_TABLE_FORMAT_CSV || format == VS_TABLE_FORMAT_MARKDOWN,
                        FALSE);
  g_return_val_if_fail (write != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (summary != NULL)
    *summary = (VsTableImportSummary) { 0 };

  if (length > VS_DATASET_MAX_SIZE)
    {
      g_set_error (error, VS_TABLE_IMPORT_ERROR, VS_TABLE_IMPORT_ERROR_TOO_LARGE,
                   _("the table is larger than %u MiB, the largest dataset Versus reads"),
                   VS_DATASET_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  if (!vs_table_check_encoding (data, length, error))
    return FALSE;

  /* A byte order mark is no part of the first cell. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (format == VS_TABLE_FORMAT_CSV)
    vs_table_reader_init_csv (&reader, data, length);
  else
    vs_table_reader_init_markdown (&reader, data, length);

  self.format = format;
  self.category_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.category_names = g_ptr_array_new_with_free_func (g_free);
  self.used_category_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.used_feature_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.generator = json_generator_new ();
  json_generator_set_pretty (self.generator, TRUE);
  json_generator_set_indent (self.generator, 2);
  self.features = g_string_new (NULL);
  self.check = g_string_new (NULL);
  self.write = write;
  self.user_data = user_data;

  /* First pass: every row is checked, the categories are found. */
  ok = read_table (&self, &reader, error);
  if (ok)
    chosen_title = choose_title (title, reader.heading, file_name);
  vs_table_reader_rewind (&reader);
  if (!ok)
    return FALSE;

  self.head = generate_head (&self, chosen_title, &self.head_length);
  self.piece_size = MAX (PIECE_SIZE, self.head_length);
  if (!write (self.head, self.head_length, user_data, error))
    return FALSE;
  self.written = self.head_length;

  /* Second pass: the features are generated and written. */
  g_hash_table_remove_all (self.used_feature_ids);
  self.n_features = 0;
  self.generate = TRUE;
  ok = read_table (&self, &reader, error);
  vs_table_reader_rewind (&reader);
  if (!ok || !write_piece (&self, error) || !write (JSON_TAIL, strlen (JSON_TAIL), user_data, error))
    return FALSE;

  if (summary != NULL)
    {
      summary->title = g_steal_pointer (&chosen_title);
      summary->n_subjects = self.subjects->len;
      summary->n_features = self.n_features;
    }

  return TRUE;
}

/**
 * vs_table_import:
 * @data: the table's text
 * @length: its length in bytes
 * @format: whether it is CSV or Markdown
 * @title: (nullable): the dataset's title, or %NULL for the Markdown
 *   table's heading, else the name of @file_name without its extension
 * @file_name: (nullable): the table's file name, for the title
 * @summary: (out caller-allocates) (optional): what the dataset holds
 * @error: return location for an error in %VS_TABLE_IMPORT_ERROR or
 *   %VS_DATASET_ERROR
 *
 * Makes a dataset of a feature table, as vs_table_import_write() does, as
 * one string.
 *
 * Returns: (transfer full): the dataset's JSON, or %NULL on error
 */
char *
vs_table_import (const char           *data,
                 gsize                 length,
                 VsTableFormat         format,
                 const char           *title,
                 const char           *file_name,
                 VsTableImportSummary *summary,
                 GError              **error)
{
  g_autoptr(GString) json = g_string_new (NULL);

  if (!vs_table_import_write (data, length, format, title, file_name, append_to_string_cb, json,
                              summary, error))
    return NULL;

  return g_string_free (g_steal_pointer (&json), FALSE);
}

/**
 * vs_table_import_summary_clear:
 * @summary: a summary filled by vs_table_import()
 *
 * Frees what @summary holds.
 */
void
vs_table_import_summary_clear (VsTableImportSummary *summary)
{
  g_return_if_fail (summary != NULL);

  g_clear_pointer (&summary->title, g_free);
}

/**
 * vs_table_import_error_format:
 * @file_label: how to name the table's file, as the user gave it
 * @error: an error of vs_table_import()
 *
 * Puts the file's name in front of the message, in the form compilers use:
 * `FILE:LINE:COL: message`, or `FILE: message`.
 *
 * Returns: (transfer full): the message
 */
char *
vs_table_import_error_format (const char   *file_label,
                              const GError *error)
{
  g_return_val_if_fail (file_label != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == VS_TABLE_IMPORT_ERROR && g_ascii_isdigit (error->message[0]))
    return g_strdup_printf ("%s:%s", file_label, error->message);

  return g_strdup_printf ("%s: %s", file_label, error->message);
}
