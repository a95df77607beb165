/* vs-dataset.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-dataset-private.h"
#include "vs-feature-index.h"
#include "vs-hash.h"
#include "vs-item-list.h"

/* A whole comparison, as read by the loader. Its lists are list models so
 * that views can wrap them; they never change once the loader is done.
 * They are arrays (VsItemList): reading an item costs nothing, whatever
 * the number of features.
 */

struct _VsDataset
{
  GObject parent_instance;

  char *id;
  char *title;
  char *subtitle;
  char *description;
  char *updated;
  char *license;
  char *verdict_intro;

  VsItemList *parts[VS_DATASET_N_PARTS];

  /* Search texts and sort ranks of the features, made when first needed. */
  VsFeatureIndex *feature_index;

  /* The same subjects and questions as in parts[], for lookups. */
  GPtrArray *subjects;
  GHashTable *subjects_by_id;
  GHashTable *questions_by_id;

  GPtrArray *warnings;
  guint n_unknown_members;
  /* Warnings the loader counted but did not keep (see the last warning). */
  guint n_dropped_warnings;
};

G_DEFINE_FINAL_TYPE (VsDataset, vs_dataset, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_DESCRIPTION,
  PROP_UPDATED,
  PROP_LICENSE,
  PROP_VERDICT_INTRO,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GType
part_item_type (VsDatasetPart part)
{
  switch (part)
    {
    case VS_DATASET_SOURCES:    return VS_TYPE_SOURCE;
    case VS_DATASET_SUBJECTS:   return VS_TYPE_SUBJECT;
    case VS_DATASET_CATEGORIES: return VS_TYPE_CATEGORY;
    case VS_DATASET_FEATURES:   return VS_TYPE_FEATURE;
    case VS_DATASET_USE_CASES:  return VS_TYPE_USE_CASE;
    case VS_DATASET_COMPANIES:  return VS_TYPE_COMPANY;
    case VS_DATASET_QUESTIONS:  return VS_TYPE_QUESTION;
    case VS_DATASET_GUIDANCE:   return VS_TYPE_GUIDANCE;
    case VS_DATASET_N_PARTS:
    default:
      g_assert_not_reached ();
    }
}

static char **
string_field (VsDataset *self,
              guint      prop_id)
{
  switch (prop_id)
    {
    case PROP_ID:            return &self->id;
    case PROP_TITLE:         return &self->title;
    case PROP_SUBTITLE:      return &self->subtitle;
    case PROP_DESCRIPTION:   return &self->description;
    case PROP_UPDATED:       return &self->updated;
    case PROP_LICENSE:       return &self->license;
    case PROP_VERDICT_INTRO: return &self->verdict_intro;
    default:                 return NULL;
    }
}

static void
vs_dataset_finalize (GObject *object)
{
  VsDataset *self = (VsDataset *)object;

  for (guint prop_id = PROP_ID; prop_id < N_PROPS; prop_id++)
    g_clear_pointer (string_field (self, prop_id), g_free);
  g_clear_object (&self->feature_index);
  for (guint part = 0; part < VS_DATASET_N_PARTS; part++)
    g_clear_object (&self->parts[part]);
  g_clear_pointer (&self->subjects, g_ptr_array_unref);
  g_clear_pointer (&self->subjects_by_id, g_hash_table_unref);
  g_clear_pointer (&self->questions_by_id, g_hash_table_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_dataset_parent_class)->finalize (object);
}

static void
vs_dataset_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VsDataset *self = VS_DATASET (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    g_value_set_string (value, *field);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
vs_dataset_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  VsDataset *self = VS_DATASET (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      g_free (*field);
      *field = g_value_dup_string (value);
    }
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
vs_dataset_class_init (VsDatasetClass *klass)
{
  static const char * const names[N_PROPS] = {
    [PROP_ID] = "id",
    [PROP_TITLE] = "title",
    [PROP_SUBTITLE] = "subtitle",
    [PROP_DESCRIPTION] = "description",
    [PROP_UPDATED] = "updated",
    [PROP_LICENSE] = "license",
    [PROP_VERDICT_INTRO] = "verdict-intro",
  };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_dataset_finalize;
  object_class->get_property = vs_dataset_get_property;
  object_class->set_property = vs_dataset_set_property;

  for (guint prop_id = PROP_ID; prop_id < N_PROPS; prop_id++)
    properties[prop_id] = g_param_spec_string (names[prop_id], NULL, NULL,
                                               NULL,
                                               (G_PARAM_READWRITE |
                                                G_PARAM_CONSTRUCT_ONLY |
                                                G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vs_dataset_init (VsDataset *self)
{
  for (guint part = 0; part < VS_DATASET_N_PARTS; part++)
    self->parts[part] = vs_item_list_new (part_item_type (part));

  self->subjects = g_ptr_array_new_with_free_func (g_object_unref);
  self->subjects_by_id = g_hash_table_new (vs_str_hash, g_str_equal);
  self->questions_by_id = g_hash_table_new (vs_str_hash, g_str_equal);
  self->warnings = g_ptr_array_new_null_terminated (0, g_free, TRUE);
}

const char *
vs_dataset_get_id (VsDataset *self)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);

  return self->id;
}

const char *
vs_dataset_get_title (VsDataset *self)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);

  return self->title;
}

const char *
vs_dataset_get_subtitle (VsDataset *self)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);

  return self->subtitle;
}

const char *
vs_dataset_get_description (VsDataset *self)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);

  return self->description;
}

/**
 * vs_dataset_get_updated:
 *
 * Returns: (nullable): the date of the dataset, as `YYYY-MM-DD`
 */
const char *
vs_dataset_get_updated (VsDataset *self)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);

  return self->updated;
}

const char *
vs_dataset_get_license (VsDataset *self)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);

  return self->license;
}

const char *
vs_dataset_get_verdict_intro (VsDataset *self)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);

  return self->verdict_intro;
}

/**
 * vs_dataset_get_part:
 *
 * Returns: (transfer none): the list model of @part
 */
GListModel *
vs_dataset_get_part (VsDataset     *self,
                     VsDatasetPart  part)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);
  g_return_val_if_fail (part < VS_DATASET_N_PARTS, NULL);

  return G_LIST_MODEL (self->parts[part]);
}

GListModel *
vs_dataset_get_sources (VsDataset *self)
{
  return vs_dataset_get_part (self, VS_DATASET_SOURCES);
}

GListModel *
vs_dataset_get_subjects (VsDataset *self)
{
  return vs_dataset_get_part (self, VS_DATASET_SUBJECTS);
}

GListModel *
vs_dataset_get_categories (VsDataset *self)
{
  return vs_dataset_get_part (self, VS_DATASET_CATEGORIES);
}

GListModel *
vs_dataset_get_features (VsDataset *self)
{
  return vs_dataset_get_part (self, VS_DATASET_FEATURES);
}

GListModel *
vs_dataset_get_use_cases (VsDataset *self)
{
  return vs_dataset_get_part (self, VS_DATASET_USE_CASES);
}

GListModel *
vs_dataset_get_companies (VsDataset *self)
{
  return vs_dataset_get_part (self, VS_DATASET_COMPANIES);
}

GListModel *
vs_dataset_get_questions (VsDataset *self)
{
  return vs_dataset_get_part (self, VS_DATASET_QUESTIONS);
}

GListModel *
vs_dataset_get_guidance (VsDataset *self)
{
  return vs_dataset_get_part (self, VS_DATASET_GUIDANCE);
}

guint
vs_dataset_get_n_features (VsDataset *self)
{
  g_return_val_if_fail (VS_IS_DATASET (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->parts[VS_DATASET_FEATURES]));
}

/**
 * vs_dataset_get_feature:
 * @index: an index below vs_dataset_get_n_features()
 *
 * Returns: (transfer none): the feature at @index, without a new reference
 */
VsFeature *
vs_dataset_get_feature (VsDataset *self,
                        guint      index)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);

  return vs_item_list_get (self->parts[VS_DATASET_FEATURES], index);
}

/**
 * vs_dataset_peek_features:
 * @n_features: (out): the number of features
 *
 * Returns: (transfer none) (array length=n_features): the features, in order
 */
VsFeature * const *
vs_dataset_peek_features (VsDataset *self,
                          guint     *n_features)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);

  return (VsFeature * const *)vs_item_list_peek (self->parts[VS_DATASET_FEATURES], n_features);
}

/**
 * vs_dataset_get_feature_index:
 *
 * Returns: (transfer none): the search texts and sort ranks of the
 *   features, shared by everything that searches or sorts them
 */
VsFeatureIndex *
vs_dataset_get_feature_index (VsDataset *self)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);

  if (self->feature_index == NULL)
    self->feature_index = vs_feature_index_new (self);

  return self->feature_index;
}

guint
vs_dataset_get_n_subjects (VsDataset *self)
{
  g_return_val_if_fail (VS_IS_DATASET (self), 0);

  return self->subjects->len;
}

/**
 * vs_dataset_get_subject:
 * @index: an index below vs_dataset_get_n_subjects()
 *
 * Returns: (transfer none): the subject at @index
 */
VsSubject *
vs_dataset_get_subject (VsDataset *self,
                        guint      index)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);
  g_return_val_if_fail (index < self->subjects->len, NULL);

  return g_ptr_array_index (self->subjects, index);
}

/**
 * vs_dataset_find_subject:
 *
 * Returns: (transfer none) (nullable): the subject with that id
 */
VsSubject *
vs_dataset_find_subject (VsDataset  *self,
                         const char *subject_id)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);
  g_return_val_if_fail (subject_id != NULL, NULL);

  return g_hash_table_lookup (self->subjects_by_id, subject_id);
}

/**
 * vs_dataset_find_question:
 *
 * Returns: (transfer none) (nullable): the verdict question with that id
 */
VsQuestion *
vs_dataset_find_question (VsDataset  *self,
                          const char *question_id)
{
  g_return_val_if_fail (VS_IS_DATASET (self), NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  return g_hash_table_lookup (self->questions_by_id, question_id);
}

/**
 * vs_dataset_get_warnings:
 *
 * Returns: (transfer none): what the loader found odd but harmless, such as
 *   unknown members, each starting with its JSON path
 */
const char * const *
vs_dataset_get_warnings (VsDataset *self)
{
  static const char * const no_warnings[] = { NULL };

  g_return_val_if_fail (VS_IS_DATASET (self), NULL);

  /* An empty null-terminated GPtrArray may have no vector at all yet. */
  if (self->warnings->pdata == NULL)
    return no_warnings;

  return (const char * const *)self->warnings->pdata;
}

/**
 * vs_dataset_get_n_unknown_members:
 *
 * Returns: how many members of the file the loader ignored as unknown
 *   (each is among the warnings, as long as they are listed): what writing
 *   the dataset back leaves out
 */
guint
vs_dataset_get_n_unknown_members (VsDataset *self)
{
  g_return_val_if_fail (VS_IS_DATASET (self), 0);

  return self->n_unknown_members;
}

/**
 * vs_dataset_get_n_warnings:
 *
 * Returns: how many warnings the loader found: those of
 *   vs_dataset_get_warnings(), and those it only counted beyond them
 */
guint
vs_dataset_get_n_warnings (VsDataset *self)
{
  g_return_val_if_fail (VS_IS_DATASET (self), 0);

  /* The last warning then says how many more there were: not one itself. */
  if (self->n_dropped_warnings > 0)
    return self->warnings->len - 1 + self->n_dropped_warnings;

  return self->warnings->len;
}

void
vs_dataset_append (VsDataset     *self,
                   VsDatasetPart  part,
                   gpointer       item)
{
  g_assert (VS_IS_DATASET (self));
  g_assert (G_TYPE_CHECK_INSTANCE_TYPE (item, part_item_type (part)));

  vs_item_list_append (self->parts[part], item);

  if (part == VS_DATASET_SUBJECTS)
    {
      g_ptr_array_add (self->subjects, g_object_ref (item));
      g_hash_table_insert (self->subjects_by_id, (char *)vs_subject_get_id (item), item);
    }
  else if (part == VS_DATASET_QUESTIONS)
    {
      g_hash_table_insert (self->questions_by_id, (char *)vs_question_get_id (item), item);
    }
}

void
vs_dataset_add_warning (VsDataset  *self,
                        const char *warning)
{
  g_assert (VS_IS_DATASET (self));

  g_ptr_array_add (self->warnings, g_strdup (warning));
}

void
vs_dataset_set_n_unknown_members (VsDataset *self,
                                  guint      n_unknown)
{
  g_assert (VS_IS_DATASET (self));

  self->n_unknown_members = n_unknown;
}

/* After the last warning, which says how many more there were. */
void
vs_dataset_set_n_dropped_warnings (VsDataset *self,
                                   guint      n_dropped)
{
  g_assert (VS_IS_DATASET (self));
  g_assert (n_dropped == 0 || self->warnings->len > 0);

  self->n_dropped_warnings = n_dropped;
}
