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
#include <stdio.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "vs-dataset-file.h"
#include "vs-dataset-loader.h"
#include "vs-dataset-private.h"
#include "vs-dataset-reader.h"
#include "vs-display-text.h"
#include "vs-hash.h"
#include "vs-json-check.h"

/* Reads the format of dataset-format.md. Every rule is checked by the
 * loader, so the rest of Versus can trust a VsDataset: ids are unique,
 * references resolve, numbers are in range. Errors carry the JSON path of
 * what broke the rule.
 *
 * This file drives the reading: it has the file checked and outlined
 * (vs_json_scan()), gives json-glib the head and the items in slices, reads
 * the features of a large file in two threads, and holds the public API.
 * The rules of the members are in vs-dataset-reader.c, the table of each
 * part of a dataset in vs-dataset-members.c, reading the file in
 * vs-dataset-file.c.
 */

G_DEFINE_QUARK (vs-dataset-error-quark, vs_dataset_error)

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
  if (node == NULL || !vs_loader_is_string (node) ||
      !vs_loader_is_valid_id (id = json_node_get_string (node)))
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
  gboolean ok = TRUE;

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
          if (self->diagnostics != NULL)
            {
              self->stop = TRUE;
              return vs_loader_fail (self, VS_DATASET_ERROR_SYNTAX, "%s", parse_error->message);
            }
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
          gsize element_mark = vs_loader_push_index (self, i);
          JsonObject *object = NULL;

          if (!vs_loader_element_object (self, element, &object) ||
              !read_item (self, object, i, ids))
            {
              if (failed_at != NULL)
                *failed_at = i;
              if (failed_id != NULL)
                {
                  g_free (*failed_id);
                  *failed_id = g_strdup (get_element_id (element));
                }

              /* When validating, the next elements are read all the same. */
              if (self->diagnostics == NULL || self->stop)
                return FALSE;
              ok = FALSE;
            }

          vs_loader_pop_path (self, element_mark);
        }

      first = last + 1;
    }

  return ok;
}

/* Reads every element of an array member with @read_item, each an object. */
gboolean
vs_loader_read_array (Loader     *self,
                      JsonObject *parent,
                      const char *member,
                      Presence    presence,
                      ReadItem    read_item,
                      GHashTable *ids)
{
  g_autoptr(GHashTable) seen = NULL;
  gboolean ok = TRUE;
  JsonArray *array;
  GArray *items;
  gsize mark;

  if (!vs_loader_get_array (self, parent, member, presence, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  if (ids == NULL)
    ids = seen = g_hash_table_new (vs_str_hash, g_str_equal);

  mark = vs_loader_push_member (self, member);
  items = get_items (self, parent, member);
  if (items != NULL && !read_chunks (self, items, 0, items->len / 2, read_item, ids, NULL, NULL))
    return FALSE;

  for (guint i = 0; items == NULL && i < json_array_get_length (array); i++)
    {
      gsize element_mark = vs_loader_push_index (self, i);
      JsonObject *object = NULL;

      if (!vs_loader_element_object (self, json_array_get_element (array, i), &object) ||
          !read_item (self, object, i, ids))
        {
          /* When validating, the next elements are read all the same. */
          if (self->diagnostics == NULL || self->stop)
            return FALSE;
          ok = FALSE;
        }

      vs_loader_pop_path (self, element_mark);
    }
  vs_loader_pop_path (self, mark);

  return ok;
}

/* The length of the array @member, once vs_loader_read_array() has accepted it. */
guint
vs_loader_array_length (Loader     *self,
                        JsonObject *parent,
                        const char *member)
{
  JsonNode *node = json_object_get_member (parent, member);
  GArray *items = get_items (self, parent, member);

  if (items != NULL)
    return items->len / 2;

  return node != NULL ? json_array_get_length (json_node_get_array (node)) : 0;
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
 * at most MAX_WARNINGS; when validating, every error in the same order
 * (merge_validated_halves()). The tests lower the limit
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
  gsize mark = vs_loader_push_member (self, "features");

  self->features = half->features;
  if (!read_chunks (self, half->items, half->start, half->end, vs_loader_read_feature, half->ids,
                    &half->failed_at, &half->failed_id))
    return FALSE;
  vs_loader_pop_path (self, mark);

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
 * @first used, as vs_loader_get_id() would have: fails at it if there is one.
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

      vs_loader_push_member (self, "features");
      vs_loader_push_index (self, i);
      mark = vs_loader_push_member (self, "id");

      return vs_loader_fail_duplicate_id (self, mark, id, GPOINTER_TO_UINT (first_use));
    }

  return TRUE;
}

/* When validating: fails at every element of @second whose id @first used,
 * in the order of the elements, each put among the diagnostics of @second
 * (which are about its elements, in order) where reading in order would
 * have found it; @second's diagnostics then go to this loader's, within
 * the limits that reading in order would have kept to.
 */
typedef struct
{
  guint index;
  const char *id;
  guint first_use;
} Duplicate;

static int
compare_duplicates (gconstpointer a,
                    gconstpointer b)
{
  const Duplicate *x = a, *y = b;

  return x->index < y->index ? -1 : x->index > y->index;
}

/* The element of the features that a diagnostic of a half is about. */
static guint
diagnostic_element (const VsDiagnostic *diagnostic)
{
  guint index = 0;

  if (diagnostic->path != NULL)
    sscanf (diagnostic->path, "$.features[%u]", &index);

  return index;
}

static void
add_half_diagnostic (Loader       *self,
                     VsDiagnostic *diagnostic)
{
  if (diagnostic->kind == VS_DIAGNOSTIC_ERROR && self->n_errors++ >= MAX_ERRORS)
    {
      vs_diagnostic_free (diagnostic);
      return;
    }

  g_ptr_array_add (self->diagnostics, diagnostic);
}

static gboolean
merge_validated_halves (Loader       *self,
                        FeaturesHalf *first,
                        FeaturesHalf *second,
                        GPtrArray    *second_diagnostics)
{
  g_autoptr(GArray) duplicates = g_array_new (FALSE, FALSE, sizeof (Duplicate));
  guint n_listed_errors = 0, n_kept_warnings = self->warnings->len;
  GHashTableIter iter;
  gpointer id, use;
  guint d = 0;

  g_hash_table_iter_init (&iter, second->ids);
  while (g_hash_table_iter_next (&iter, &id, &use))
    {
      gpointer first_use;

      if (g_hash_table_lookup_extended (first->ids, id, NULL, &first_use))
        {
          Duplicate duplicate = { GPOINTER_TO_UINT (use) - 1, id, GPOINTER_TO_UINT (first_use) };
          g_array_append_val (duplicates, duplicate);
        }
    }
  g_array_sort (duplicates, compare_duplicates);

  for (guint i = 0; i <= second_diagnostics->len; i++)
    {
      VsDiagnostic *diagnostic = i < second_diagnostics->len
                                 ? g_steal_pointer (&second_diagnostics->pdata[i]) : NULL;
      guint element = diagnostic != NULL ? diagnostic_element (diagnostic) : G_MAXUINT;

      for (; d < duplicates->len && g_array_index (duplicates, Duplicate, d).index <= element; d++)
        {
          const Duplicate *duplicate = &g_array_index (duplicates, Duplicate, d);
          gsize mark = self->path_length;

          vs_loader_push_member (self, "features");
          vs_loader_push_index (self, duplicate->index);
          vs_loader_fail_duplicate_id (self, vs_loader_push_member (self, "id"), duplicate->id,
                                       duplicate->first_use);
          vs_loader_pop_path (self, mark);
        }

      if (diagnostic == NULL)
        continue;

      /* The warnings that reading in order would have kept. */
      if (diagnostic->kind == VS_DIAGNOSTIC_WARNING && n_kept_warnings++ >= MAX_WARNINGS)
        {
          vs_diagnostic_free (diagnostic);
          continue;
        }

      if (diagnostic->kind == VS_DIAGNOSTIC_ERROR)
        n_listed_errors++;
      add_half_diagnostic (self, diagnostic);
    }

  /* The errors that the second half only counted. */
  self->n_errors += second->loader.n_errors - n_listed_errors;

  return first->ok && second->ok && duplicates->len == 0;
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
  g_autoptr(GPtrArray) second_diagnostics = NULL;
  guint length = items->len / 2;
  FeaturesHalf first = { *self, items, 0, length / 2, first_ids, first_features };
  FeaturesHalf second = { *self, items, length / 2, length, second_ids, second_features };
  GThread *thread;
  gboolean ok;

  /* The first half reports to this loader; the second keeps its own. */
  second.loader.warnings = second_warnings;
  second.loader.n_dropped_warnings = 0;
  second.loader.n_unknown_members = 0;
  second.loader.error = &second.error;
  if (self->diagnostics != NULL)
    {
      second_diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)vs_diagnostic_free);
      second.loader.diagnostics = second_diagnostics;
      second.loader.n_errors = 0;
      second.loader.suggestion = NULL;
      second.loader.id_copies = NULL;
    }

  thread = g_thread_new ("vs-read-half", read_features_half_thread, &second);
  first.ok = read_features_half (&first);
  g_thread_join (thread);

  self->n_dropped_warnings = first.loader.n_dropped_warnings;
  self->n_unknown_members = first.loader.n_unknown_members + second.loader.n_unknown_members;
  if (self->diagnostics != NULL)
    {
      /* What the first half's copy of this loader changed. */
      self->n_errors = first.loader.n_errors;
      self->stop = first.loader.stop || second.loader.stop;
      self->id_copies = first.loader.id_copies;
      self->position = first.loader.position;
      g_clear_pointer (&first.loader.suggestion, g_free);
      g_clear_pointer (&second.loader.suggestion, g_free);
      ok = merge_validated_halves (self, &first, &second, second_diagnostics);
      g_clear_pointer (&second.loader.id_copies, g_string_chunk_free);
    }
  else
    {
      ok = first.ok && check_ids_across (self, &first, &second);
    }
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
gboolean
vs_loader_read_features (Loader     *self,
                         JsonObject *object,
                         const char *member)
{
  JsonArray *array;
  GArray *items;

  if (!vs_loader_get_array (self, object, member, REQUIRED, &array))
    return FALSE;

  items = get_items (self, object, member);
  if (items->len / 2 < MAX (split_features, 2))
    return vs_loader_read_array (self, object, member, REQUIRED, vs_loader_read_feature, NULL);

  return read_features_in_halves (self, items);
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

/* When validating: how many errors and warnings were not listed. */
static void
add_summaries (Loader *self)
{
  if (self->n_errors > MAX_ERRORS)
    {
      guint n_more = self->n_errors - MAX_ERRORS;
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "… and %u more error",
                                                            "… and %u more errors",
                                                            n_more),
                                               n_more);

      g_ptr_array_add (self->diagnostics,
                       vs_diagnostic_new (VS_DIAGNOSTIC_ERROR, VS_DATASET_ERROR_VALUE, 0, 0,
                                          NULL, more, NULL));
    }

  if (self->n_dropped_warnings > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "and %u more warning",
                                                            "and %u more warnings",
                                                            self->n_dropped_warnings),
                                               self->n_dropped_warnings);

      g_ptr_array_add (self->diagnostics,
                       vs_diagnostic_new (VS_DIAGNOSTIC_WARNING, 0, 0, 0, "$", more, NULL));
    }
}

/* Reads a dataset from @bytes; its parse tree is left in @parser for the
 * caller to free (see free_parser()).
 */
static VsDataset *
load_bytes (GBytes      *bytes,
            gboolean     translate,
            GPtrArray   *diagnostics,
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
  self.length = length;
  self.outline = &outline;
  self.diagnostics = diagnostics;
  self.position = VS_JSON_POSITION_INIT;

  self.error = error;
  self.translate = translate;
  self.sources = g_hash_table_new (vs_str_hash, g_str_equal);
  self.categories = g_hash_table_new (vs_str_hash, g_str_equal);
  self.subjects = g_hash_table_new (vs_str_hash, g_str_equal);
  self.warnings = g_ptr_array_new_with_free_func (g_free);

  ok = vs_loader_read_dataset (&self, json_parser_get_root (parser)) && self.n_errors == 0;
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
  if (ok)
    vs_dataset_set_n_unknown_members (self.dataset, self.n_unknown_members);


  if (diagnostics != NULL)
    add_summaries (&self);

  g_hash_table_unref (self.sources);
  g_hash_table_unref (self.categories);
  g_hash_table_unref (self.subjects);
  g_ptr_array_unref (self.warnings);
  g_clear_pointer (&self.id_copies, g_string_chunk_free);
  g_clear_pointer (&self.suggestion, g_free);

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

  dataset = load_bytes (bytes, FALSE, NULL, &parser, error);
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
    dataset = load_bytes (bytes, FALSE, NULL, &parser, &error);

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

      dataset = load_bytes (bytes, TRUE, NULL, &parser, &error);
      free_parser (parser, bytes);
    }

  /* The tests load it too: failing here is a bug in the build. */
  if (bytes == NULL || dataset == NULL)
    g_error ("The built-in dataset does not load: %s", error->message);

  return dataset;
}

/* Adds the error of a file that could not be read, or that is not JSON:
 * nothing after it could be checked.
 */
static void
add_fatal_error (GPtrArray    *diagnostics,
                 const GError *error)
{
  g_autofree char *message = NULL;
  const char *text = error->message;
  guint line = 0, column = 0;
  int n_chars = 0;

  /* The pre-check's messages start with `LINE:COL: `. */
  if (error->domain == VS_DATASET_ERROR &&
      sscanf (text, "%u:%u: %n", &line, &column, &n_chars) == 2 && n_chars > 0)
    {
      text += n_chars;
      /* Translators: after a JSON syntax error (or a file too deep, too large…) */
      message = g_strdup_printf (_("%s; nothing after it can be checked"), text);
    }
  else
    {
      line = column = 0;
      message = g_strdup (text);
    }

  g_ptr_array_add (diagnostics,
                   vs_diagnostic_new (VS_DIAGNOSTIC_ERROR,
                                      error->domain == VS_DATASET_ERROR ? error->code
                                                                        : VS_DATASET_ERROR_IO,
                                      line, column, NULL, message, NULL));
}

/**
 * vs_dataset_validate_bytes:
 * @bytes: the contents of a dataset file
 * @dataset: (out) (optional) (transfer full): where to put the dataset, if
 *   the file has no errors; %NULL otherwise
 *
 * Checks a dataset as vs_dataset_loader_load_bytes() does, but does not
 * stop at the first error: it lists every error and every warning, in the
 * order it finds them, each with its line, column and JSON path, and
 * suggests what a misspelt member name or id may have been meant to be.
 * A file that is not JSON (or not UTF-8, too deep, too large…) cannot be
 * read past its first error, which is then the only one. At most 50 errors
 * and 100 warnings are listed; a last #VsDiagnostic without a line (“… and
 * 12 more errors”, “and 3 more warnings”) says how many more there are.
 *
 * Returns: (transfer full) (element-type VsDiagnostic): the errors and
 *   warnings; empty for a file without either
 */
GPtrArray *
vs_dataset_validate_bytes (GBytes     *bytes,
                           VsDataset **dataset)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  JsonParser *parser = NULL;
  VsDataset *result;

  g_return_val_if_fail (bytes != NULL, NULL);

  diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)vs_diagnostic_free);
  result = load_bytes (bytes, FALSE, diagnostics, &parser, &error);
  free_parser (parser, bytes);

  /* Only what stops the reading is an error of its own. */
  if (error != NULL)
    add_fatal_error (diagnostics, error);

  if (dataset != NULL)
    *dataset = result;
  else
    g_clear_object (&result);

  return g_steal_pointer (&diagnostics);
}

/**
 * vs_dataset_validate_file:
 * @file: a dataset file
 * @cancellable: (nullable): a #GCancellable
 * @dataset: (out) (optional) (transfer full): where to put the dataset, if
 *   the file has no errors; %NULL otherwise
 *
 * Reads @file, blocking, and checks it with vs_dataset_validate_bytes(). A
 * file that cannot be read gives one error, without a line.
 *
 * Returns: (transfer full) (element-type VsDiagnostic): the errors and
 *   warnings; empty for a file without either
 */
GPtrArray *
vs_dataset_validate_file (GFile         *file,
                          GCancellable  *cancellable,
                          VsDataset    **dataset)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *diagnostics;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  if (dataset != NULL)
    *dataset = NULL;

  bytes = vs_dataset_file_read (file, cancellable, &error);
  if (bytes != NULL)
    return vs_dataset_validate_bytes (bytes, dataset);

  diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)vs_diagnostic_free);
  add_fatal_error (diagnostics, error);

  return diagnostics;
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
