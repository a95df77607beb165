/* vs-draft-edits.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vs-draft-private.h"
#include "vs-table-import.h"

/* The draft's edits that know the comparison format: new ids, subjects and
 * features, a subject removed with everything that refers to it, a
 * feature's category. They are groups of the plain edits of vs-draft.c.
 */

/**
 * vs_draft_dup_unique_id:
 * @array_path: an array of objects with ids (`$.subjects`)
 * @name: the name to derive the id from
 *
 * Returns: (transfer full): an id made from @name (as the table import
 *   makes them) that no element of the array has yet
 */
char *
vs_draft_dup_unique_id (VsDraft    *self,
                        const char *array_path,
                        const char *name)
{
  g_autofree char *base = NULL;
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode *array;
  char *id;

  g_return_val_if_fail (VS_IS_DRAFT (self), NULL);
  g_return_val_if_fail (array_path != NULL && name != NULL, NULL);

  base = vs_table_import_derive_id (name);
  if (*base == '\0')
    {
      g_free (base);
      base = g_strdup ("item");
    }

  array = vs_draft_lookup (self, array_path);
  if (array != NULL && JSON_NODE_HOLDS_ARRAY (array))
    {
      JsonArray *elements = json_node_get_array (array);

      for (guint i = 0; i < json_array_get_length (elements); i++)
        {
          JsonNode *element = json_array_get_element (elements, i);
          JsonNode *element_id;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          element_id = json_object_get_member (json_node_get_object (element), "id");
          if (element_id != NULL && json_node_get_value_type (element_id) == G_TYPE_STRING)
            g_hash_table_add (used, (gpointer) json_node_get_string (element_id));
        }
    }

  id = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (used, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }

  return id;
}

/**
 * vs_draft_add_subject:
 * @name: the new subject's name
 *
 * Adds a subject at the end, with an id made from @name.
 *
 * Returns: its index
 */
guint
vs_draft_add_subject (VsDraft    *self,
                      const char *name)
{
  g_autofree char *id = vs_draft_dup_unique_id (self, "$.subjects", name);

  vs_draft_insert (self, "$.subjects", -1,
                   vs_draft_object_node (vs_draft_object_with_id (id, "name", name)));

  return vs_draft_get_length (self, "$.subjects") - 1;
}

/**
 * vs_draft_add_feature:
 * @name: the new feature's name
 *
 * Adds a feature at the end, with an id made from @name and no values.
 *
 * Returns: its index
 */
guint
vs_draft_add_feature (VsDraft    *self,
                      const char *name)
{
  g_autofree char *id = vs_draft_dup_unique_id (self, "$.features", name);
  JsonObject *feature = vs_draft_object_with_id (id, "name", name);

  json_object_set_object_member (feature, "values", json_object_new ());
  vs_draft_insert (self, "$.features", -1, vs_draft_object_node (feature));

  return vs_draft_get_length (self, "$.features") - 1;
}

/* Removes every string element of the array at @path equal to @id. */
static void
remove_id_elements (VsDraft    *self,
                    const char *path,
                    const char *id)
{
  for (guint i = vs_draft_get_length (self, path); i > 0; i--)
    {
      g_autofree char *element = g_strdup_printf ("%s[%u]", path, i - 1);

      if (g_strcmp0 (vs_draft_get_string (self, element), id) == 0)
        vs_draft_remove (self, element);
    }
}

/* Removes @id from the @member list of each element of @path, and the
 * elements that it leaves without any.
 */
static void
remove_id_references (VsDraft    *self,
                      const char *path,
                      const char *member,
                      const char *id)
{
  for (guint i = vs_draft_get_length (self, path); i > 0; i--)
    {
      g_autofree char *element = g_strdup_printf ("%s[%u]", path, i - 1);
      g_autofree char *list = g_strdup_printf ("%s.%s", element, member);
      guint length = vs_draft_get_length (self, list);

      remove_id_elements (self, list, id);
      if (length > 0 && vs_draft_get_length (self, list) == 0)
        vs_draft_remove (self, element);
    }
}

/**
 * vs_draft_remove_subject:
 * @index: a subject's index
 *
 * Removes a subject, and everything about it: its values, scores,
 * advantages, recommendations, companies' mentions, weights and guidance.
 * One undo step.
 */
void
vs_draft_remove_subject (VsDraft *self,
                         guint    index)
{
  g_autofree char *path = g_strdup_printf ("$.subjects[%u]", index);
  g_autofree char *id_path = g_strdup_printf ("$.subjects[%u].id", index);
  g_autofree char *id = NULL;

  g_return_if_fail (VS_IS_DRAFT (self));
  g_return_if_fail (index < vs_draft_get_length (self, "$.subjects"));

  id = g_strdup (vs_draft_get_string (self, id_path));

  vs_draft_begin_group (self);
  if (id != NULL)
    {
      for (guint i = 0; i < vs_draft_get_length (self, "$.features"); i++)
        {
          g_autofree char *values = g_strdup_printf ("$.features[%u].values.%s", i, id);
          g_autofree char *scores = g_strdup_printf ("$.features[%u].scores.%s", i, id);
          g_autofree char *advantage = g_strdup_printf ("$.features[%u].advantage", i);

          if (vs_draft_lookup (self, values) != NULL)
            vs_draft_remove (self, values);
          if (vs_draft_lookup (self, scores) != NULL)
            vs_draft_remove (self, scores);
          if (g_strcmp0 (vs_draft_get_string (self, advantage), id) == 0)
            vs_draft_remove (self, advantage);
        }
      /* A use case or company about this subject alone goes with it. */
      remove_id_references (self, "$.use_cases", "recommended", id);
      remove_id_references (self, "$.companies", "subjects", id);
      for (guint q = 0; q < vs_draft_get_length (self, "$.verdict.questions"); q++)
        {
          g_autofree char *choices = g_strdup_printf ("$.verdict.questions[%u].choices", q);

          for (guint c = 0; c < vs_draft_get_length (self, choices); c++)
            {
              g_autofree char *weight = g_strdup_printf ("%s[%u].weights.%s", choices, c, id);
              if (vs_draft_lookup (self, weight) != NULL)
                vs_draft_remove (self, weight);
            }
        }
      for (guint i = vs_draft_get_length (self, "$.verdict.guidance"); i > 0; i--)
        {
          g_autofree char *guidance = g_strdup_printf ("$.verdict.guidance[%u]", i - 1);
          g_autofree char *subject = g_strdup_printf ("%s.subject", guidance);

          if (g_strcmp0 (vs_draft_get_string (self, subject), id) == 0)
            vs_draft_remove (self, guidance);
        }
    }
  vs_draft_remove (self, path);
  vs_draft_end_group (self);
}

/**
 * vs_draft_set_feature_category:
 * @feature: a feature's index
 * @category_name: the name of its category; empty for none
 *
 * Puts a feature in the category named @category_name, which is made if
 * there is none of that name yet. One undo step.
 */
void
vs_draft_set_feature_category (VsDraft    *self,
                               guint       feature,
                               const char *category_name)
{
  g_autofree char *path = g_strdup_printf ("$.features[%u].category", feature);
  g_autofree char *name = NULL;
  g_autofree char *id = NULL;
  guint n_categories;

  g_return_if_fail (VS_IS_DRAFT (self));
  g_return_if_fail (category_name != NULL);

  name = g_strstrip (g_strdup (category_name));
  if (*name == '\0')
    {
      vs_draft_remove (self, path);
      return;
    }

  n_categories = vs_draft_get_length (self, "$.categories");
  for (guint i = 0; i < n_categories && id == NULL; i++)
    {
      g_autofree char *name_path = g_strdup_printf ("$.categories[%u].name", i);
      g_autofree char *id_path = g_strdup_printf ("$.categories[%u].id", i);

      if (g_strcmp0 (vs_draft_get_string (self, name_path), name) == 0)
        id = g_strdup (vs_draft_get_string (self, id_path));
    }

  vs_draft_begin_group (self);
  if (id == NULL)
    {
      id = vs_draft_dup_unique_id (self, "$.categories", name);
      if (vs_draft_lookup (self, "$.categories") == NULL)
        {
          JsonNode *array = json_node_new (JSON_NODE_ARRAY);

          json_node_take_array (array, json_array_new ());
          vs_draft_set (self, "$.categories", array);
        }
      vs_draft_insert (self, "$.categories", -1,
                       vs_draft_object_node (vs_draft_object_with_id (id, "name", name)));
    }
  vs_draft_set (self, path, vs_draft_string_node (id));
  vs_draft_end_group (self);
}

