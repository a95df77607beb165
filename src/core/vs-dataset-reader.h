/* vs-dataset-reader.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "vs-dataset-loader.h"
#include "vs-diagnostic.h"
#include "vs-json-check.h"
#include "vs-json-locate.h"

G_BEGIN_DECLS

/* What the parts of the loader share (not installed, not for the rest of
 * Versus): vs-dataset-reader.c holds the paths, messages and value rules,
 * vs-dataset-members.c the members of each part of a dataset, and
 * vs-dataset-loader.c reads the file in slices, in threads.
 */

#define MAX_SUBJECTS 32
#define MIN_SUBJECTS 2
#define MAX_WEIGHT 10.0

/* At most this many warnings are kept; the rest are counted. */
#define MAX_WARNINGS 100

/* One step of the JSON path of what is being read: a member, or the
 * index of an array element.
 */
typedef VsJsonStep PathStep;

/* vs_dataset_validate_file() lists at most this many errors; the rest are counted. */
#define MAX_ERRORS 50

/* Objects and arrays nest at most VS_DATASET_MAX_DEPTH deep (one step
 * each), and a scalar member adds one.
 */
#define MAX_PATH_STEPS (VS_DATASET_MAX_DEPTH + 2)

typedef struct _Loader Loader;

struct _Loader
{
  VsDataset *dataset;
  GError **error;
  GPtrArray *warnings;
  /* Warnings past MAX_WARNINGS are only counted. */
  guint n_dropped_warnings;
  /* Members ignored as unknown, all of them, warned of or not. */
  guint n_unknown_members;

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
  gsize length;
  JsonObject *root;
  VsJsonOutline *outline;

  /* When validating (vs_dataset_validate_file()): every error and warning,
   * as a VsDiagnostic, in the order they are found. An error then does not
   * end the reading: the member, or the element, that fails is left out,
   * unless the rest cannot be read (@stop). NULL when loading.
   */
  GPtrArray *diagnostics;
  /* All the errors, listed or not. */
  guint n_errors;
  gboolean stop;
  /* Where the last error or warning was in the file. */
  VsJsonPosition position;
  /* For the next error or warning: what the misspelt name may be. */
  char *suggestion;
  /* Copies of the ids of items that failed, for their tables of ids. */
  GStringChunk *id_copies;
};

typedef enum
{
  OPTIONAL,
  REQUIRED,
} Presence;

typedef struct _VsMember VsMember;

/* Reads @member of @object into @fields, the reader's structure of what it
 * read; @ids is the table of ids of the array being read, if any.
 */
typedef gboolean (*VsMemberRead) (Loader         *self,
                                  JsonObject     *object,
                                  const VsMember *member,
                                  GHashTable     *ids,
                                  gpointer        fields);

/* One member of an object of the format, as a line of the table of its
 * object (ending with a line whose @read is NULL): the members are read in
 * the order of the table, and those that are not in it are warned about.
 * A line with no @name is a step of the reader of the object between two
 * members (making the object before its parts are read…).
 */
struct _VsMember
{
  const char *name;
  VsMemberRead read;
  Presence presence;
  /* Where the value goes in @fields. */
  gsize offset;
  /* What @read needs besides: a ReadItem, a VsNumberRange… */
  gconstpointer data;
};

#define VS_MEMBER_FIELD(fields, member, type) \
  ((type *)G_STRUCT_MEMBER_P ((fields), (member)->offset))

/* The range of the numbers of a VsMember read by vs_loader_read_numbers(),
 * and the value of the subjects it leaves out.
 */
typedef struct
{
  double min;
  double max;
  double missing;
} VsNumberRange;

/* Reads the element @index of an array, an object, with @ids its array's table of ids. */
typedef gboolean (*ReadItem) (Loader     *self,
                              JsonObject *object,
                              guint       index,
                              GHashTable *ids);

/* Paths and messages (vs-dataset-reader.c) */
gsize       vs_loader_push_member (Loader     *self,
                                   const char *member);
gsize       vs_loader_push_index  (Loader     *self,
                                   guint       index);
void        vs_loader_pop_path    (Loader     *self,
                                   gsize       length);
char       *vs_loader_quote       (const char *text) G_GNUC_WARN_UNUSED_RESULT;
gboolean    vs_loader_fail        (Loader     *self,
                                   int         code,
                                   const char *format,
                                   ...) G_GNUC_PRINTF (3, 4);
void        vs_loader_warn        (Loader     *self,
                                   const char *format,
                                   ...) G_GNUC_PRINTF (2, 3);
const char *vs_loader_type_name   (JsonNode   *node);
gboolean    vs_loader_fail_type   (Loader     *self,
                                   JsonNode   *node,
                                   const char *expected);
const char *vs_loader_tr          (Loader     *self,
                                   const char *text);
void        vs_loader_suggest     (Loader     *self,
                                   const char *word,
                                   GHashTable *table);
gboolean    vs_loader_salvage     (Loader     *self,
                                   gboolean    ok,
                                   const char *id);

/* Members and values (vs-dataset-reader.c) */
gboolean vs_loader_is_string          (JsonNode     *node);
gboolean vs_loader_is_valid_id        (const char   *id);
gboolean vs_loader_get_member         (Loader       *self,
                                       JsonObject   *object,
                                       const char   *member,
                                       Presence      presence,
                                       JsonNode    **node);
gboolean vs_loader_get_string         (Loader       *self,
                                       JsonObject   *object,
                                       const char   *member,
                                       Presence      presence,
                                       const char  **value);
gboolean vs_loader_get_array          (Loader       *self,
                                       JsonObject   *object,
                                       const char   *member,
                                       Presence      presence,
                                       JsonArray   **array);
gboolean vs_loader_get_object         (Loader       *self,
                                       JsonObject   *object,
                                       const char   *member,
                                       Presence      presence,
                                       JsonObject  **value);
gboolean vs_loader_element_object     (Loader       *self,
                                       JsonNode     *node,
                                       JsonObject  **object);
gboolean vs_loader_fail_duplicate_id  (Loader       *self,
                                       gsize         mark,
                                       const char   *id,
                                       guint         first_use);
gboolean vs_loader_resolve            (Loader       *self,
                                       JsonNode     *node,
                                       GHashTable   *table,
                                       const char   *what,
                                       gpointer     *item);
void     vs_loader_warn_unknown_members (Loader         *self,
                                         JsonObject     *object,
                                         const VsMember *members);
gboolean vs_loader_read_member_list   (Loader         *self,
                                       JsonObject     *object,
                                       const VsMember *members,
                                       GHashTable     *ids,
                                       gpointer        fields);
gboolean vs_loader_read_members       (Loader         *self,
                                       JsonObject     *object,
                                       const VsMember *members,
                                       GHashTable     *ids,
                                       gpointer        fields);

/* The readers of the kinds of members (vs-dataset-reader.c), for the tables. */
#define VS_MEMBER_READER(name) \
  gboolean name (Loader         *self, \
                 JsonObject     *object, \
                 const VsMember *member, \
                 GHashTable     *ids, \
                 gpointer        fields)

VS_MEMBER_READER (vs_loader_read_id);
VS_MEMBER_READER (vs_loader_read_string);
VS_MEMBER_READER (vs_loader_read_url);
VS_MEMBER_READER (vs_loader_read_date);
VS_MEMBER_READER (vs_loader_read_color);
VS_MEMBER_READER (vs_loader_read_string_list);
VS_MEMBER_READER (vs_loader_read_source);
VS_MEMBER_READER (vs_loader_read_category);
VS_MEMBER_READER (vs_loader_read_subject);
VS_MEMBER_READER (vs_loader_read_subject_list);
VS_MEMBER_READER (vs_loader_read_numbers);

/* The parts of a dataset (vs-dataset-members.c) */
gboolean vs_loader_read_dataset (Loader     *self,
                                 JsonNode   *root);
gboolean vs_loader_read_feature (Loader     *self,
                                 JsonObject *object,
                                 guint       index,
                                 GHashTable *ids);

/* Item arrays, a slice at a time (vs-dataset-loader.c) */
gboolean vs_loader_read_array    (Loader     *self,
                                  JsonObject *parent,
                                  const char *member,
                                  Presence    presence,
                                  ReadItem    read_item,
                                  GHashTable *ids);
guint    vs_loader_array_length  (Loader     *self,
                                  JsonObject *parent,
                                  const char *member);
gboolean vs_loader_read_features (Loader     *self,
                                  JsonObject *object,
                                  const char *member);

G_END_DECLS
