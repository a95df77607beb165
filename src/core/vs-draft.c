/* vs-draft.c
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
#include "vs-dataset-writer.h"
#include "vs-diagnostic.h"
#include "vs-draft-private.h"
#include "vs-table-import.h"

/* A comparison being edited: the JSON tree of a dataset, changed by edits
 * addressed by JSON paths (`$.features[3].values.alpha`), the same paths
 * that the loader's errors start with.
 *
 * Every edit is recorded, so that it can be undone and redone; edits made
 * between vs_draft_begin_group() and vs_draft_end_group() are undone as
 * one, and typing into the same text (vs_draft_edit_text()) is one step
 * until something else happens. After each change the tree is checked by
 * the loader itself, from the bytes it would be saved as: the draft holds
 * either the dataset it makes or the loader's error, whose path names the
 * value to fix.
 *
 * Saving writes the dataset with the dataset writer, so that a saved file
 * has the stable member order of every other file Versus writes.
 */

typedef enum
{
  OP_SET,     /* an object's member: old → new (NULL: absent) */
  OP_INSERT,  /* an array's element at index */
  OP_REMOVE,  /* an array's element at index */
  OP_MOVE,    /* an array's element from index to index2 */
} OpKind;

typedef struct
{
  OpKind    kind;
  char     *container;  /* the path of the object or array */
  char     *member;
  guint     index;
  guint     index2;
  JsonNode *old_value;
  JsonNode *new_value;
} Op;

typedef struct
{
  GPtrArray *ops;
  guint      serial;
  /* The path that typing into keeps extending, or NULL. */
  char      *merge_path;
} Step;

struct _VsDraft
{
  GObject parent_instance;

  JsonNode *root;

  GPtrArray *undo_stack;
  GPtrArray *redo_stack;
  /* The step being built inside a group, or NULL. */
  Step *group;
  guint group_depth;
  gboolean merge_broken;

  guint next_serial;
  guint saved_serial;

  VsDataset *dataset;
  GError *error;
  char *error_path;
  /* Every error of the draft, as VsDiagnostics (empty when it loads). */
  GPtrArray *problems;
};

G_DEFINE_FINAL_TYPE (VsDraft, vs_draft, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* Steps                                                                     */
/* ------------------------------------------------------------------------ */

static void
op_free (gpointer data)
{
  Op *op = data;

  g_free (op->container);
  g_free (op->member);
  g_clear_pointer (&op->old_value, json_node_unref);
  g_clear_pointer (&op->new_value, json_node_unref);
  g_free (op);
}

static Step *
step_new (void)
{
  Step *step = g_new0 (Step, 1);

  step->ops = g_ptr_array_new_with_free_func (op_free);

  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->ops);
  g_free (step->merge_path);
  g_free (step);
}

/* ------------------------------------------------------------------------ */
/* Paths                                                                     */
/* ------------------------------------------------------------------------ */

/* Splits the last step off @path: `$.a[2].b` gives `$.a[2]` and member
 * `b`; `$.a[2]` gives `$.a` and index 2.
 */
static gboolean
split_path (const char  *path,
            char       **container,
            char       **member,
            guint       *index)
{
  const char *end = path + strlen (path);

  *member = NULL;
  *index = 0;

  if (end > path && end[-1] == ']')
    {
      const char *open = g_strrstr (path, "[");
      g_autofree char *digits = NULL;
      guint64 n;

      if (open == NULL)
        return FALSE;
      digits = g_strndup (open + 1, end - open - 2);
      if (!g_ascii_string_to_unsigned (digits, 10, 0, G_MAXUINT, &n, NULL))
        return FALSE;
      *container = g_strndup (path, open - path);
      *index = n;
      return TRUE;
    }
  else
    {
      const char *dot = g_strrstr (path, ".");

      if (dot == NULL || dot[1] == '\0')
        return FALSE;
      *container = g_strndup (path, dot - path);
      *member = g_strdup (dot + 1);
      return TRUE;
    }
}

/* The node at @path, or NULL. Member names are ids: they hold no `.` or `[`. */
static JsonNode *
lookup (JsonNode   *root,
        const char *path)
{
  JsonNode *node = root;
  const char *p = path;

  if (*p != '$')
    return NULL;
  p++;

  while (*p != '\0' && node != NULL)
    {
      if (*p == '.')
        {
          size_t len = strcspn (p + 1, ".[");
          g_autofree char *name = g_strndup (p + 1, len);

          if (!JSON_NODE_HOLDS_OBJECT (node))
            return NULL;
          node = json_object_get_member (json_node_get_object (node), name);
          p += 1 + len;
        }
      else if (*p == '[')
        {
          char *end = NULL;
          guint64 n = g_ascii_strtoull (p + 1, &end, 10);
          JsonArray *array;

          if (end == p + 1 || *end != ']' || !JSON_NODE_HOLDS_ARRAY (node))
            return NULL;
          array = json_node_get_array (node);
          if (n >= json_array_get_length (array))
            return NULL;
          node = json_array_get_element (array, n);
          p = end + 1;
        }
      else
        {
          return NULL;
        }
    }

  return node;
}

/* ------------------------------------------------------------------------ */
/* Applying                                                                  */
/* ------------------------------------------------------------------------ */

/* JsonArray cannot insert: the array is rebuilt, in the same node, from
 * the same element nodes.
 */
static void
splice (JsonNode *array_node,
        guint     remove_at,
        guint     insert_at,
        JsonNode *insert)
{
  JsonArray *old_array = json_node_get_array (array_node);
  g_autoptr(GPtrArray) elements = g_ptr_array_new ();
  JsonArray *new_array;

  for (guint i = 0; i < json_array_get_length (old_array); i++)
    if (i != remove_at)
      g_ptr_array_add (elements, json_array_get_element (old_array, i));

  if (insert != NULL)
    g_ptr_array_insert (elements, MIN (insert_at, elements->len), insert);

  new_array = json_array_sized_new (elements->len);
  for (guint i = 0; i < elements->len; i++)
    json_array_add_element (new_array, json_node_ref (g_ptr_array_index (elements, i)));

  json_node_take_array (array_node, new_array);
}

static void
apply (VsDraft  *self,
       Op       *op,
       gboolean  forward)
{
  JsonNode *container = lookup (self->root, op->container);

  g_assert (container != NULL);

  switch (op->kind)
    {
    case OP_SET:
      {
        JsonNode *value = forward ? op->new_value : op->old_value;
        JsonObject *object = json_node_get_object (container);

        if (value == NULL)
          json_object_remove_member (object, op->member);
        else
          json_object_set_member (object, op->member, json_node_ref (value));
      }
      break;

    case OP_INSERT:
    case OP_REMOVE:
      if ((op->kind == OP_INSERT) == forward)
        splice (container, G_MAXUINT, op->index, op->kind == OP_INSERT ? op->new_value
                                                                       : op->old_value);
      else
        splice (container, op->index, G_MAXUINT, NULL);
      break;

    case OP_MOVE:
      {
        guint from = forward ? op->index : op->index2;
        guint to = forward ? op->index2 : op->index;
        JsonNode *element = json_array_get_element (json_node_get_array (container), from);

        json_node_ref (element);
        splice (container, from, to, element);
        json_node_unref (element);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

/* ------------------------------------------------------------------------ */
/* Checking                                                                  */
/* ------------------------------------------------------------------------ */

static GBytes *
tree_to_bytes (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length = 0;
  char *text;

  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (text, length);
}

/* The loader reads what would be saved, and says what is wrong with it. */
static void
check (VsDraft *self)
{
  g_autoptr(GBytes) bytes = tree_to_bytes (self->root);
  g_autoptr(GError) error = NULL;
  g_autoptr(VsDataset) dataset = NULL;

  dataset = vs_dataset_loader_load_bytes (bytes, &error);

  g_clear_error (&self->error);
  g_clear_pointer (&self->error_path, g_free);
  g_ptr_array_set_size (self->problems, 0);
  if (dataset == NULL)
    {
      const char *colon = strstr (error->message, ": ");
      g_autoptr(GPtrArray) diagnostics = NULL;

      if (error->message[0] == '$' && colon != NULL)
        self->error_path = g_strndup (error->message, colon - error->message);
      self->error = g_steal_pointer (&error);

      /* Not only the first: the editor marks every field that is refused. */
      diagnostics = vs_dataset_validate_bytes (bytes, NULL);
      for (guint i = 0; i < diagnostics->len; i++)
        {
          VsDiagnostic *diagnostic = g_ptr_array_index (diagnostics, i);

          if (diagnostic->kind == VS_DIAGNOSTIC_ERROR)
            g_ptr_array_add (self->problems, vs_diagnostic_copy (diagnostic));
        }
    }

  g_set_object (&self->dataset, dataset);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATASET]);
}

static guint
state_serial (VsDraft *self)
{
  if (self->undo_stack->len == 0)
    return 0;

  return ((Step *) g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->serial;
}

/* After every change: check, then tell. */
static void
changed (VsDraft *self)
{
  check (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODIFIED]);
  g_signal_emit (self, signals [CHANGED], 0);
}

/* Applies @op and records it in the open step, or in a step of its own. */
static void
record (VsDraft    *self,
        Op         *op,
        const char *merge_path)
{
  Step *top = NULL;

  if (self->undo_stack->len > 0)
    top = g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);

  apply (self, op, TRUE);
  g_ptr_array_set_size (self->redo_stack, 0);

  /* Typing on: the step that began it now ends in the new text. */
  if (self->group == NULL && merge_path != NULL && !self->merge_broken && top != NULL &&
      g_strcmp0 (top->merge_path, merge_path) == 0)
    {
      Op *first = g_ptr_array_index (top->ops, 0);

      g_clear_pointer (&first->new_value, json_node_unref);
      first->new_value = g_steal_pointer (&op->new_value);
      op_free (op);
      top->serial = ++self->next_serial;
      changed (self);
      return;
    }

  if (self->group != NULL)
    {
      g_ptr_array_add (self->group->ops, op);
      return;
    }

  top = step_new ();
  g_ptr_array_add (top->ops, op);
  top->serial = ++self->next_serial;
  top->merge_path = g_strdup (merge_path);
  g_ptr_array_add (self->undo_stack, top);
  self->merge_broken = FALSE;
  changed (self);
}

static void
set_member (VsDraft    *self,
            const char *path,
            JsonNode   *value,
            const char *merge_path)
{
  g_autoptr(JsonNode) owned = value;
  g_autofree char *container = NULL;
  g_autofree char *member = NULL;
  guint index;
  JsonNode *parent;
  JsonNode *old;
  Op *op;

  if (!split_path (path, &container, &member, &index) || member == NULL)
    g_return_if_reached ();

  parent = lookup (self->root, container);

  /* The first score of a feature makes its `scores`. */
  if (parent == NULL && value != NULL && g_str_has_suffix (container, "]") == FALSE)
    {
      JsonNode *object = json_node_new (JSON_NODE_OBJECT);

      json_node_take_object (object, json_object_new ());
      vs_draft_begin_group (self);
      set_member (self, container, object, NULL);
      set_member (self, path, g_steal_pointer (&owned), NULL);
      vs_draft_end_group (self);
      return;
    }
  g_return_if_fail (parent != NULL && JSON_NODE_HOLDS_OBJECT (parent));

  old = json_object_get_member (json_node_get_object (parent), member);
  if (old == NULL && value == NULL)
    return;
  if (old != NULL && value != NULL && json_node_equal (old, value))
    return;

  op = g_new0 (Op, 1);
  op->kind = OP_SET;
  op->container = g_steal_pointer (&container);
  op->member = g_steal_pointer (&member);
  op->old_value = old ? json_node_ref (old) : NULL;
  op->new_value = g_steal_pointer (&owned);
  record (self, op, merge_path);
}

JsonNode *
vs_draft_string_node (const char *text)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, text);

  return node;
}

JsonObject *
vs_draft_object_with_id (const char *id,
                         const char *name_member,
                         const char *name)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", id);
  json_object_set_string_member (object, name_member, name);

  return object;
}

JsonNode *
vs_draft_object_node (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);

  return node;
}

/* ------------------------------------------------------------------------ */
/* Class                                                                     */
/* ------------------------------------------------------------------------ */

static void
vs_draft_finalize (GObject *object)
{
  VsDraft *self = (VsDraft *)object;

  g_clear_pointer (&self->root, json_node_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->group, step_free);
  g_clear_object (&self->dataset);
  g_clear_error (&self->error);
  g_clear_pointer (&self->error_path, g_free);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_draft_parent_class)->finalize (object);
}

static void
vs_draft_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  VsDraft *self = VS_DRAFT (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, vs_draft_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, vs_draft_get_can_redo (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, vs_draft_get_modified (self));
      break;

    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_draft_class_init (VsDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_draft_finalize;
  object_class->get_property = vs_draft_get_property;

  properties [PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, VS_TYPE_DATASET,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VsDraft::changed:
   *
   * Emitted after every edit, undo and redo, once the draft is checked.
   */
  signals [CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
vs_draft_init (VsDraft *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func (step_free);
  self->redo_stack = g_ptr_array_new_with_free_func (step_free);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) vs_diagnostic_free);
}

/* ------------------------------------------------------------------------ */
/* Public API                                                                */
/* ------------------------------------------------------------------------ */

/**
 * vs_draft_new:
 *
 * A blank comparison, as New Comparison starts it: a title, two subjects
 * and one feature.
 *
 * Returns: (transfer full): a new draft
 */
VsDraft *
vs_draft_new (void)
{
  VsDraft *self = g_object_new (VS_TYPE_DRAFT, NULL);
  JsonObject *root = json_object_new ();
  JsonArray *subjects = json_array_new ();
  JsonArray *features = json_array_new ();
  JsonObject *feature;

  json_object_set_string_member (root, "format", "versus/comparison");
  json_object_set_int_member (root, "version", VS_DATASET_FORMAT_VERSION);
  json_object_set_string_member (root, "id", "untitled-comparison");
  json_object_set_string_member (root, "title", _("Untitled Comparison"));

  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("subject-%u", i);
      /* Translators: the name of a new subject: Subject 1, Subject 2… */
      g_autofree char *name = g_strdup_printf (_("Subject %u"), i);

      json_array_add_object_element (subjects, vs_draft_object_with_id (id, "name", name));
    }
  json_object_set_array_member (root, "subjects", subjects);

  feature = vs_draft_object_with_id ("feature-1", "name", _("Feature 1"));
  json_object_set_object_member (feature, "values", json_object_new ());
  json_array_add_object_element (features, feature);
  json_object_set_array_member (root, "features", features);

  self->root = vs_draft_object_node (root);
  check (self);

  return self;
}

/**
 * vs_draft_new_from_dataset:
 * @dataset: a dataset
 *
 * A draft of @dataset, as the dataset writer writes it.
 *
 * Returns: (transfer full): a new draft
 */
VsDraft *
vs_draft_new_from_dataset (VsDataset *dataset)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  VsDraft *self;

  g_return_val_if_fail (VS_IS_DATASET (dataset), NULL);

  self = g_object_new (VS_TYPE_DRAFT, NULL);
  bytes = vs_dataset_writer_to_bytes (dataset);
  self->root = json_from_string (g_bytes_get_data (bytes, NULL), &error);
  /* The writer writes JSON. */
  g_assert_no_error (error);
  check (self);

  return self;
}

/**
 * vs_draft_lookup:
 * @path: a JSON path: `$`, `$.title`, `$.features[2].values.alpha`
 *
 * Returns: (transfer none) (nullable): the value at @path, or %NULL
 */
JsonNode *
vs_draft_lookup (VsDraft    *self,
                 const char *path)
{
  g_return_val_if_fail (VS_IS_DRAFT (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  return lookup (self->root, path);
}

/**
 * vs_draft_get_string:
 *
 * Returns: (nullable): the string at @path, or %NULL if there is none
 */
const char *
vs_draft_get_string (VsDraft    *self,
                     const char *path)
{
  JsonNode *node = vs_draft_lookup (self, path);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* The length of the array at @path; 0 if there is none. */
guint
vs_draft_get_length (VsDraft    *self,
                     const char *path)
{
  JsonNode *node = vs_draft_lookup (self, path);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return 0;

  return json_array_get_length (json_node_get_array (node));
}

/**
 * vs_draft_set:
 * @path: the path of an object's member, whose object exists
 * @value: (transfer full) (nullable): the new value, %NULL to remove the member
 */
void
vs_draft_set (VsDraft    *self,
              const char *path,
              JsonNode   *value)
{
  g_return_if_fail (VS_IS_DRAFT (self));
  g_return_if_fail (path != NULL);

  set_member (self, path, value, NULL);
}

/**
 * vs_draft_edit_text:
 * @text: what the user typed
 * @optional: whether empty text removes the member
 *
 * Sets the string at @path as the user types it: typing into the same
 * value is one undo step, until vs_draft_break_merge() or another edit.
 */
void
vs_draft_edit_text (VsDraft    *self,
                    const char *path,
                    const char *text,
                    gboolean    optional)
{
  g_return_if_fail (VS_IS_DRAFT (self));
  g_return_if_fail (path != NULL && text != NULL);

  set_member (self, path, optional && *text == '\0' ? NULL : vs_draft_string_node (text),
              path);
}

/**
 * vs_draft_edit_list:
 * @text: what the user typed: items separated by commas
 *
 * Sets the list of strings at @path as the user types it (see
 * vs_draft_edit_text()): each item trimmed, empty ones left out. Text
 * with no item removes the member.
 */
void
vs_draft_edit_list (VsDraft    *self,
                    const char *path,
                    const char *text)
{
  g_auto(GStrv) items = NULL;
  JsonArray *array;
  JsonNode *node;

  g_return_if_fail (VS_IS_DRAFT (self));
  g_return_if_fail (path != NULL && text != NULL);

  items = g_strsplit (text, ",", -1);
  array = json_array_new ();
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_strstrip (items[i]);
      if (*items[i] != '\0')
        json_array_add_string_element (array, items[i]);
    }

  if (json_array_get_length (array) == 0)
    {
      json_array_unref (array);
      set_member (self, path, NULL, path);
      return;
    }

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, array);
  set_member (self, path, node, path);
}

/**
 * vs_draft_edit_number:
 * @text: what the user typed: a number with `.` or `,`, or nothing
 *
 * Sets the number at @path as the user types it (see
 * vs_draft_edit_text()). Empty text removes the member; text that is not
 * a number is kept as a string, which the check then refuses at @path.
 */
void
vs_draft_edit_number (VsDraft    *self,
                      const char *path,
                      const char *text)
{
  g_autofree char *stripped = NULL;
  JsonNode *node = NULL;
  char *end = NULL;
  double number;

  g_return_if_fail (VS_IS_DRAFT (self));
  g_return_if_fail (path != NULL && text != NULL);

  stripped = g_strstrip (g_strdup (text));
  g_strdelimit (stripped, ",", '.');

  if (*stripped != '\0')
    {
      number = g_ascii_strtod (stripped, &end);
      node = json_node_new (JSON_NODE_VALUE);
      if (*end == '\0' && isfinite (number))
        json_node_set_double (node, number);
      else
        json_node_set_string (node, text);
    }

  set_member (self, path, node, path);
}

/**
 * vs_draft_insert:
 * @path: the path of an array
 * @index: where, or -1 for the end
 * @value: (transfer full): the new element
 */
void
vs_draft_insert (VsDraft    *self,
                 const char *path,
                 int         index,
                 JsonNode   *value)
{
  JsonNode *array;
  guint length;
  Op *op;

  g_return_if_fail (VS_IS_DRAFT (self));
  g_return_if_fail (path != NULL && value != NULL);

  array = lookup (self->root, path);
  g_return_if_fail (array != NULL && JSON_NODE_HOLDS_ARRAY (array));

  length = json_array_get_length (json_node_get_array (array));
  op = g_new0 (Op, 1);
  op->kind = OP_INSERT;
  op->container = g_strdup (path);
  op->index = index < 0 || (guint) index > length ? length : (guint) index;
  op->new_value = value;
  record (self, op, NULL);
}

/**
 * vs_draft_append:
 * @path: the path of an array, which is made if there is none yet (with
 *   the objects above it)
 * @value: (transfer full): the new element
 *
 * Adds @value at the end of the array at @path. One undo step.
 */
void
vs_draft_append (VsDraft    *self,
                 const char *path,
                 JsonNode   *value)
{
  g_return_if_fail (VS_IS_DRAFT (self));
  g_return_if_fail (path != NULL && value != NULL);

  vs_draft_begin_group (self);
  if (vs_draft_lookup (self, path) == NULL)
    {
      JsonNode *array = json_node_new (JSON_NODE_ARRAY);

      json_node_take_array (array, json_array_new ());
      vs_draft_set (self, path, array);
    }
  vs_draft_insert (self, path, -1, value);
  vs_draft_end_group (self);
}

/**
 * vs_draft_remove:
 * @path: the path of an array's element (`$.subjects[1]`) or an object's member
 */
void
vs_draft_remove (VsDraft    *self,
                 const char *path)
{
  g_autofree char *container = NULL;
  g_autofree char *member = NULL;
  JsonNode *node;
  guint index;
  Op *op;

  g_return_if_fail (VS_IS_DRAFT (self));
  g_return_if_fail (path != NULL);

  node = lookup (self->root, path);
  if (node == NULL)
    return;
  if (!split_path (path, &container, &member, &index))
    g_return_if_reached ();
  if (member != NULL)
    {
      set_member (self, path, NULL, NULL);
      return;
    }

  op = g_new0 (Op, 1);
  op->kind = OP_REMOVE;
  op->container = g_steal_pointer (&container);
  op->index = index;
  op->old_value = json_node_ref (node);
  record (self, op, NULL);
}

/**
 * vs_draft_move:
 * @path: the path of an array
 *
 * Moves the element at @from so that it ends at @to.
 */
void
vs_draft_move (VsDraft    *self,
               const char *path,
               guint       from,
               guint       to)
{
  guint length = vs_draft_get_length (self, path);
  Op *op;

  g_return_if_fail (from < length && to < length);

  if (from == to)
    return;

  op = g_new0 (Op, 1);
  op->kind = OP_MOVE;
  op->container = g_strdup (path);
  op->index = from;
  op->index2 = to;
  record (self, op, NULL);
}

/**
 * vs_draft_begin_group:
 *
 * Starts a group of edits that undo as one. Groups nest; the draft is
 * checked when the outermost one ends.
 */
void
vs_draft_begin_group (VsDraft *self)
{
  g_return_if_fail (VS_IS_DRAFT (self));

  if (self->group_depth++ == 0)
    self->group = step_new ();
}

void
vs_draft_end_group (VsDraft *self)
{
  Step *step;

  g_return_if_fail (VS_IS_DRAFT (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  step = g_steal_pointer (&self->group);
  if (step->ops->len == 0)
    {
      step_free (step);
      return;
    }

  step->serial = ++self->next_serial;
  g_ptr_array_add (self->undo_stack, step);
  self->merge_broken = FALSE;
  changed (self);
}

/**
 * vs_draft_break_merge:
 *
 * Ends the typing step: the next edit of the same text is a step of its
 * own (for example when the entry loses the focus).
 */
void
vs_draft_break_merge (VsDraft *self)
{
  g_return_if_fail (VS_IS_DRAFT (self));

  self->merge_broken = TRUE;
}

gboolean
vs_draft_get_can_undo (VsDraft *self)
{
  g_return_val_if_fail (VS_IS_DRAFT (self), FALSE);

  return self->undo_stack->len > 0;
}

gboolean
vs_draft_get_can_redo (VsDraft *self)
{
  g_return_val_if_fail (VS_IS_DRAFT (self), FALSE);

  return self->redo_stack->len > 0;
}

void
vs_draft_undo (VsDraft *self)
{
  Step *step;

  g_return_if_fail (VS_IS_DRAFT (self));
  g_return_if_fail (self->group == NULL);

  if (self->undo_stack->len == 0)
    return;

  step = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  for (guint i = step->ops->len; i > 0; i--)
    apply (self, g_ptr_array_index (step->ops, i - 1), FALSE);
  g_ptr_array_add (self->redo_stack, step);
  self->merge_broken = TRUE;
  changed (self);
}

void
vs_draft_redo (VsDraft *self)
{
  Step *step;

  g_return_if_fail (VS_IS_DRAFT (self));
  g_return_if_fail (self->group == NULL);

  if (self->redo_stack->len == 0)
    return;

  step = g_ptr_array_steal_index (self->redo_stack, self->redo_stack->len - 1);
  for (guint i = 0; i < step->ops->len; i++)
    apply (self, g_ptr_array_index (step->ops, i), TRUE);
  g_ptr_array_add (self->undo_stack, step);
  self->merge_broken = TRUE;
  changed (self);
}

/* Whether the draft differs from what was last saved (or opened). */
gboolean
vs_draft_get_modified (VsDraft *self)
{
  g_return_val_if_fail (VS_IS_DRAFT (self), FALSE);

  return state_serial (self) != self->saved_serial;
}

/* The draft as it is now is saved. */
void
vs_draft_set_saved (VsDraft *self)
{
  g_return_if_fail (VS_IS_DRAFT (self));

  self->saved_serial = state_serial (self);
  self->merge_broken = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODIFIED]);
}

/**
 * vs_draft_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset the draft makes, or
 *   %NULL if the loader refuses it (see vs_draft_get_error())
 */
VsDataset *
vs_draft_get_dataset (VsDraft *self)
{
  g_return_val_if_fail (VS_IS_DRAFT (self), NULL);

  return self->dataset;
}

/**
 * vs_draft_get_error:
 *
 * Returns: (transfer none) (nullable): why the loader refuses the draft,
 *   or %NULL if it does not
 */
const GError *
vs_draft_get_error (VsDraft *self)
{
  g_return_val_if_fail (VS_IS_DRAFT (self), NULL);

  return self->error;
}

/**
 * vs_draft_get_error_path:
 *
 * Returns: (transfer none) (nullable): the path of the value the error
 *   is about (`$.features[3].values.alpha`), or %NULL
 */
const char *
vs_draft_get_error_path (VsDraft *self)
{
  g_return_val_if_fail (VS_IS_DRAFT (self), NULL);

  return self->error_path;
}

/**
 * vs_draft_get_problems:
 *
 * Returns: (transfer none) (element-type VsDiagnostic): every error of
 *   the draft, the first being vs_draft_get_error(); empty when it is a
 *   valid comparison
 */
GPtrArray *
vs_draft_get_problems (VsDraft *self)
{
  g_return_val_if_fail (VS_IS_DRAFT (self), NULL);

  return self->problems;
}

/**
 * vs_draft_to_bytes:
 *
 * The file to save, as the dataset writer writes it.
 *
 * Returns: (transfer full) (nullable): the bytes, or %NULL with the
 *   loader's error if the draft does not load
 */
GBytes *
vs_draft_to_bytes (VsDraft  *self,
                   GError  **error)
{
  g_return_val_if_fail (VS_IS_DRAFT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->dataset == NULL)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return NULL;
    }

  return vs_dataset_writer_to_bytes (self->dataset);
}
