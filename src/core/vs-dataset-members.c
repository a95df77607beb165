/* vs-dataset-members.c
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
#include "vs-hash.h"

/* The members of each part of a dataset (dataset-format.md), one table per
 * part: a member is named once, and both read and known (what is not in the
 * table is warned about) by that line. The table's order is the order in
 * which the members are read: which error loading stops at, and the order in
 * which vs_dataset_validate_file() lists a file's errors.
 */

#define FIELD(type, member) G_STRUCT_OFFSET (type, member)

/* ------------------------------------------------------------------------ */
/* Sources, subjects, categories                                            */
/* ------------------------------------------------------------------------ */

typedef struct
{
  const char *id, *title, *publisher, *url, *date;
} SourceFields;

static const VsMember source_members[] = {
  { "id", vs_loader_read_id, REQUIRED, FIELD (SourceFields, id) },
  { "title", vs_loader_read_string, REQUIRED, FIELD (SourceFields, title) },
  { "publisher", vs_loader_read_string, OPTIONAL, FIELD (SourceFields, publisher) },
  { "url", vs_loader_read_url, OPTIONAL, FIELD (SourceFields, url) },
  { "date", vs_loader_read_date, OPTIONAL, FIELD (SourceFields, date) },
  { NULL }
};

static gboolean
read_source (Loader     *self,
             JsonObject *object,
             guint       index,
             GHashTable *ids)
{
  g_autoptr(VsSource) source = NULL;
  SourceFields f = { 0 };
  gboolean ok;

  ok = vs_loader_read_members (self, object, source_members, ids, &f);
  if (!vs_loader_salvage (self, ok, f.id))
    return FALSE;

  source = g_object_new (VS_TYPE_SOURCE,
                         "id", f.id,
                         "title", f.title,
                         "publisher", f.publisher,
                         "url", f.url,
                         "date", f.date,
                         NULL);
  g_hash_table_insert (self->sources, (char *)f.id, source);
  vs_dataset_append (self->dataset, VS_DATASET_SOURCES, source);

  return ok;
}

typedef struct
{
  const char *id, *name, *kind, *summary, *homepage, *color;
  GStrvBuilder *highlights;
  VsSource *source;
} SubjectFields;

static const VsMember subject_members[] = {
  { "id", vs_loader_read_id, REQUIRED, FIELD (SubjectFields, id) },
  { "name", vs_loader_read_string, REQUIRED, FIELD (SubjectFields, name) },
  { "kind", vs_loader_read_string, OPTIONAL, FIELD (SubjectFields, kind) },
  { "summary", vs_loader_read_string, OPTIONAL, FIELD (SubjectFields, summary) },
  { "homepage", vs_loader_read_url, OPTIONAL, FIELD (SubjectFields, homepage) },
  { "color", vs_loader_read_color, OPTIONAL, FIELD (SubjectFields, color) },
  { "highlights", vs_loader_read_string_list, OPTIONAL, FIELD (SubjectFields, highlights) },
  { "source", vs_loader_read_source, OPTIONAL, FIELD (SubjectFields, source) },
  { NULL }
};

static gboolean
read_subject (Loader     *self,
              JsonObject *object,
              guint       index,
              GHashTable *ids)
{
  g_autoptr(GStrvBuilder) highlights = g_strv_builder_new ();
  g_auto(GStrv) highlights_strv = NULL;
  g_autoptr(VsSubject) subject = NULL;
  SubjectFields f = { .highlights = highlights };
  gboolean ok;

  ok = vs_loader_read_members (self, object, subject_members, ids, &f);
  if (!vs_loader_salvage (self, ok, f.id))
    return FALSE;

  highlights_strv = g_strv_builder_end (highlights);
  subject = g_object_new (VS_TYPE_SUBJECT,
                          "id", f.id,
                          "name", vs_loader_tr (self, f.name),
                          "kind", vs_loader_tr (self, f.kind),
                          "summary", vs_loader_tr (self, f.summary),
                          "homepage", f.homepage,
                          "color", f.color,
                          "highlights", highlights_strv,
                          "source", f.source,
                          "index", vs_dataset_get_n_subjects (self->dataset),
                          NULL);
  g_hash_table_insert (self->subjects, (char *)f.id, subject);
  vs_dataset_append (self->dataset, VS_DATASET_SUBJECTS, subject);

  return ok;
}

typedef struct
{
  const char *id, *name;
} CategoryFields;

static const VsMember category_members[] = {
  { "id", vs_loader_read_id, REQUIRED, FIELD (CategoryFields, id) },
  { "name", vs_loader_read_string, REQUIRED, FIELD (CategoryFields, name) },
  { NULL }
};

static gboolean
read_category (Loader     *self,
               JsonObject *object,
               guint       index,
               GHashTable *ids)
{
  g_autoptr(VsCategory) category = NULL;
  CategoryFields f = { 0 };
  gboolean ok;

  ok = vs_loader_read_members (self, object, category_members, ids, &f);
  if (!vs_loader_salvage (self, ok, f.id))
    return FALSE;

  category = g_object_new (VS_TYPE_CATEGORY,
                           "id", f.id,
                           "name", vs_loader_tr (self, f.name),
                           "index", index,
                           NULL);
  g_hash_table_insert (self->categories, (char *)f.id, category);
  vs_dataset_append (self->dataset, VS_DATASET_CATEGORIES, category);

  return ok;
}

/* ------------------------------------------------------------------------ */
/* Features                                                                 */
/* ------------------------------------------------------------------------ */

/* When validating, an item that fails keeps its id in @ids, a copy (the
 * tree that @id is in is freed, see read_chunks()), so that another item
 * with the same id is still told.
 */
static void
keep_failed_id (Loader     *self,
                GHashTable *ids,
                const char *id,
                guint       index)
{
  if (self->diagnostics == NULL || id == NULL)
    return;

  if (self->id_copies == NULL)
    self->id_copies = g_string_chunk_new (4096);
  g_hash_table_replace (ids, g_string_chunk_insert (self->id_copies, id),
                        GUINT_TO_POINTER (index + 1));
}

typedef struct
{
  const char *id, *name, *advantage_id;
  /* The member that names the advantage, for its message. */
  const char *advantage_member;
  VsCategory *category;
  VsSubject *advantage;
  gboolean is_tie;
  VsSource *source;
  double scores[MAX_SUBJECTS];
  /* Indexed by subject: texts of the parse tree (or of the translations),
   * which the feature copies.
   */
  const char *values[MAX_SUBJECTS];
} FeatureFields;

static gboolean
read_advantage (Loader         *self,
                JsonObject     *object,
                const VsMember *member,
                GHashTable     *ids,
                gpointer        fields)
{
  ((FeatureFields *)fields)->advantage_member = member->name;

  return vs_loader_read_string (self, object, member, ids, fields);
}

/* Once the source is read too: the advantage is “tie”, or a subject. */
static gboolean
check_advantage (Loader         *self,
                 JsonObject     *object,
                 const VsMember *member,
                 GHashTable     *ids,
                 gpointer        fields)
{
  FeatureFields *f = fields;

  if (g_strcmp0 (f->advantage_id, "tie") == 0)
    {
      f->is_tie = TRUE;
    }
  else if (f->advantage_id != NULL)
    {
      f->advantage = g_hash_table_lookup (self->subjects, f->advantage_id);
      if (f->advantage == NULL)
        {
          g_autofree char *quoted = vs_loader_quote (f->advantage_id);

          vs_loader_suggest (self, f->advantage_id, self->subjects);
          /* Failing ends the load, so the path need not be restored. */
          vs_loader_push_member (self, f->advantage_member);
          return vs_loader_fail (self, VS_DATASET_ERROR_REFERENCE,
                                 _("there is no subject %s in this dataset (nor is it “tie”)"),
                                 quoted);
        }
    }

  return TRUE;
}

static gboolean
read_feature_values (Loader         *self,
                     JsonObject     *object,
                     const VsMember *member,
                     GHashTable     *ids,
                     gpointer        fields)
{
  const char **values = ((FeatureFields *)fields)->values;
  JsonObjectIter iter;
  const char *subject_id;
  JsonObject *map;
  JsonNode *node;
  gsize mark;

  if (!vs_loader_get_object (self, object, member->name, member->presence, &map))
    return FALSE;

  for (guint i = 0; i < self->n_subjects; i++)
    values[i] = NULL;

  mark = vs_loader_push_member (self, member->name);
  json_object_iter_init (&iter, map);
  while (json_object_iter_next (&iter, &subject_id, &node))
    {
      gsize key_mark = vs_loader_push_member (self, subject_id);
      VsSubject *subject = g_hash_table_lookup (self->subjects, subject_id);

      if (subject == NULL)
        {
          g_autofree char *quoted = vs_loader_quote (subject_id);

          vs_loader_suggest (self, subject_id, self->subjects);
          return vs_loader_fail (self, VS_DATASET_ERROR_REFERENCE,
                                 _("there is no %s %s in this dataset"),
                                 C_("reference", "subject"), quoted);
        }

      if (!vs_loader_is_string (node))
        return vs_loader_fail_type (self, node, _("a string"));

      values[vs_subject_get_index (subject)] = vs_loader_tr (self, json_node_get_string (node));
      vs_loader_pop_path (self, key_mark);
    }

  for (guint i = 0; i < self->n_subjects; i++)
    {
      if (values[i] == NULL)
        {
          VsSubject *subject = vs_dataset_get_subject (self->dataset, i);
          gsize key_mark = vs_loader_push_member (self, vs_subject_get_id (subject));
          const char *name = vs_subject_get_name (subject);
          g_autofree char *shown = NULL;

          /* A subject whose name failed is still read when validating. */
          if (name == NULL)
            name = vs_subject_get_id (subject);
          shown = vs_display_text (name, -1, VS_DISPLAY_TEXT_DEFAULT);

          vs_loader_warn (self, _("no value for “%s”; it shows as “—”"), shown);
          vs_loader_pop_path (self, key_mark);
        }
    }
  vs_loader_pop_path (self, mark);

  return TRUE;
}

static const VsNumberRange score_range = { 0, VS_SCORE_MAX, NAN };

static const VsMember feature_members[] = {
  { "id", vs_loader_read_id, REQUIRED, FIELD (FeatureFields, id) },
  { "name", vs_loader_read_string, REQUIRED, FIELD (FeatureFields, name) },
  { "category", vs_loader_read_category, OPTIONAL, FIELD (FeatureFields, category) },
  { "scores", vs_loader_read_numbers, OPTIONAL, FIELD (FeatureFields, scores), &score_range },
  { "advantage", read_advantage, OPTIONAL, FIELD (FeatureFields, advantage_id) },
  { "source", vs_loader_read_source, OPTIONAL, FIELD (FeatureFields, source) },
  { NULL, check_advantage },
  /* Values last: their warnings should only be given for a feature that loads. */
  { "values", read_feature_values, REQUIRED },
  { NULL }
};

gboolean
vs_loader_read_feature (Loader     *self,
                        JsonObject *object,
                        guint       index,
                        GHashTable *ids)
{
  g_autoptr(VsFeature) feature = NULL;
  FeatureFields f;

  /* Not all of it: the arrays are filled by their members. */
  f.id = f.name = f.advantage_id = f.advantage_member = NULL;
  f.category = NULL;
  f.advantage = NULL;
  f.is_tie = FALSE;
  f.source = NULL;

  if (!vs_loader_read_members (self, object, feature_members, ids, &f))
    {
      keep_failed_id (self, ids, f.id, index);
      return FALSE;
    }

  feature = vs_feature_new_loaded (index, f.id, vs_loader_tr (self, f.name), f.category,
                                   f.advantage, f.source, f.values, f.scores, self->n_subjects,
                                   f.is_tie);

  /* The table of ids outlives the tree that @id is in (see read_chunks()). */
  g_hash_table_replace (ids, (char *)vs_feature_get_id (feature), GUINT_TO_POINTER (index + 1));
  if (self->features != NULL)
    g_ptr_array_add (self->features, g_steal_pointer (&feature));
  else
    vs_dataset_append (self->dataset, VS_DATASET_FEATURES, feature);

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Use cases and companies                                                  */
/* ------------------------------------------------------------------------ */

typedef struct
{
  const char *id, *name, *description;
  GStrvBuilder *tags;
  GPtrArray *recommended;
  VsSource *source;
} UseCaseFields;

static const VsMember use_case_members[] = {
  { "id", vs_loader_read_id, REQUIRED, FIELD (UseCaseFields, id) },
  { "name", vs_loader_read_string, REQUIRED, FIELD (UseCaseFields, name) },
  { "description", vs_loader_read_string, OPTIONAL, FIELD (UseCaseFields, description) },
  { "tags", vs_loader_read_string_list, OPTIONAL, FIELD (UseCaseFields, tags) },
  { "recommended", vs_loader_read_subject_list, REQUIRED, FIELD (UseCaseFields, recommended) },
  { "source", vs_loader_read_source, OPTIONAL, FIELD (UseCaseFields, source) },
  { NULL }
};

static gboolean
read_use_case (Loader     *self,
               JsonObject *object,
               guint       index,
               GHashTable *ids)
{
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_auto(GStrv) tags_strv = NULL;
  g_autoptr(GPtrArray) recommended = g_ptr_array_new ();
  g_autoptr(VsUseCase) use_case = NULL;
  UseCaseFields f = { .tags = tags, .recommended = recommended };

  if (!vs_loader_read_members (self, object, use_case_members, ids, &f))
    {
      keep_failed_id (self, ids, f.id, index);
      return FALSE;
    }

  tags_strv = g_strv_builder_end (tags);
  use_case = g_object_new (VS_TYPE_USE_CASE,
                           "id", f.id,
                           "name", vs_loader_tr (self, f.name),
                           "description", vs_loader_tr (self, f.description),
                           "tags", tags_strv,
                           "source", f.source,
                           NULL);
  for (guint i = 0; i < recommended->len; i++)
    vs_use_case_add_recommended (use_case, g_ptr_array_index (recommended, i));

  /* The table of ids outlives the tree that @id is in (see read_chunks()). */
  g_hash_table_replace (ids, (char *)vs_use_case_get_id (use_case), GUINT_TO_POINTER (index + 1));
  vs_dataset_append (self->dataset, VS_DATASET_USE_CASES, use_case);

  return TRUE;
}

typedef struct
{
  const char *name, *sector;
  GPtrArray *subjects;
  VsSource *source;
} CompanyFields;

static const VsMember company_members[] = {
  { "name", vs_loader_read_string, REQUIRED, FIELD (CompanyFields, name) },
  { "subjects", vs_loader_read_subject_list, REQUIRED, FIELD (CompanyFields, subjects) },
  { "sector", vs_loader_read_string, OPTIONAL, FIELD (CompanyFields, sector) },
  { "source", vs_loader_read_source, OPTIONAL, FIELD (CompanyFields, source) },
  { NULL }
};

static gboolean
read_company (Loader     *self,
              JsonObject *object,
              guint       index,
              GHashTable *ids)
{
  g_autoptr(GPtrArray) subjects = g_ptr_array_new ();
  g_autoptr(VsCompany) company = NULL;
  CompanyFields f = { .subjects = subjects };

  if (!vs_loader_read_members (self, object, company_members, ids, &f))
    return FALSE;

  company = g_object_new (VS_TYPE_COMPANY,
                          "name", f.name,
                          "sector", vs_loader_tr (self, f.sector),
                          "source", f.source,
                          NULL);
  for (guint i = 0; i < subjects->len; i++)
    vs_company_add_subject (company, g_ptr_array_index (subjects, i));

  vs_dataset_append (self->dataset, VS_DATASET_COMPANIES, company);

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* The verdict                                                              */
/* ------------------------------------------------------------------------ */

typedef struct
{
  const char *id, *label, *reason;
  double weights[MAX_SUBJECTS];
} ChoiceFields;

static const VsNumberRange weight_range = { -MAX_WEIGHT, MAX_WEIGHT, 0 };

static const VsMember choice_members[] = {
  { "id", vs_loader_read_id, REQUIRED, FIELD (ChoiceFields, id) },
  { "label", vs_loader_read_string, REQUIRED, FIELD (ChoiceFields, label) },
  { "weights", vs_loader_read_numbers, OPTIONAL, FIELD (ChoiceFields, weights), &weight_range },
  { "reason", vs_loader_read_string, OPTIONAL, FIELD (ChoiceFields, reason) },
  { NULL }
};

static gboolean
read_choice (Loader     *self,
             JsonObject *object,
             guint       index,
             GHashTable *ids)
{
  g_autoptr(VsChoice) choice = NULL;
  ChoiceFields f = { 0 };

  if (!vs_loader_read_members (self, object, choice_members, ids, &f))
    return FALSE;

  choice = g_object_new (VS_TYPE_CHOICE,
                         "id", f.id,
                         "label", vs_loader_tr (self, f.label),
                         "reason", vs_loader_tr (self, f.reason),
                         NULL);
  vs_choice_set_weights (choice, g_memdup2 (f.weights, self->n_subjects * sizeof (double)),
                         self->n_subjects);
  vs_question_add_choice (self->question, choice);

  return TRUE;
}

typedef struct
{
  const char *id, *prompt, *help;
  guint index;
  VsQuestion *question;
} QuestionFields;

/* The question is made before its choices are read, which it holds. */
static gboolean
make_question (Loader         *self,
               JsonObject     *object,
               const VsMember *member,
               GHashTable     *ids,
               gpointer        fields)
{
  QuestionFields *f = fields;

  f->question = g_object_new (VS_TYPE_QUESTION,
                              "id", f->id,
                              "prompt", vs_loader_tr (self, f->prompt),
                              "help", vs_loader_tr (self, f->help),
                              "index", f->index,
                              NULL);
  self->question = f->question;

  return TRUE;
}

static gboolean
read_choices (Loader         *self,
              JsonObject     *object,
              const VsMember *member,
              GHashTable     *ids,
              gpointer        fields)
{
  /* Choice ids are unique within their question only. */
  if (!vs_loader_read_array (self, object, member->name, member->presence, read_choice, NULL))
    return FALSE;

  if (vs_loader_array_length (self, object, member->name) < 2)
    {
      vs_loader_push_member (self, member->name);
      return vs_loader_fail (self, VS_DATASET_ERROR_VALUE,
                             _("a question needs at least 2 choices, this one has %u"),
                             vs_loader_array_length (self, object, member->name));
    }

  return TRUE;
}

static const VsMember question_members[] = {
  { "id", vs_loader_read_id, REQUIRED, FIELD (QuestionFields, id) },
  { "prompt", vs_loader_read_string, REQUIRED, FIELD (QuestionFields, prompt) },
  { "help", vs_loader_read_string, OPTIONAL, FIELD (QuestionFields, help) },
  { NULL, make_question },
  { "choices", read_choices, REQUIRED },
  { NULL }
};

static gboolean
read_question (Loader     *self,
               JsonObject *object,
               guint       index,
               GHashTable *ids)
{
  g_autoptr(VsQuestion) question = NULL;
  QuestionFields f = { .index = index };
  gboolean ok;

  ok = vs_loader_read_members (self, object, question_members, ids, &f);
  question = f.question;
  if (!ok)
    return FALSE;

  vs_dataset_append (self->dataset, VS_DATASET_QUESTIONS, question);

  return TRUE;
}

typedef struct
{
  VsSubject *subject;
  const char *text;
} GuidanceFields;

static const VsMember guidance_members[] = {
  { "subject", vs_loader_read_subject, REQUIRED, FIELD (GuidanceFields, subject) },
  { "text", vs_loader_read_string, REQUIRED, FIELD (GuidanceFields, text) },
  { NULL }
};

static gboolean
read_guidance (Loader     *self,
               JsonObject *object,
               guint       index,
               GHashTable *ids)
{
  g_autoptr(VsGuidance) guidance = NULL;
  GuidanceFields f = { 0 };

  if (!vs_loader_read_members (self, object, guidance_members, ids, &f))
    return FALSE;

  guidance = g_object_new (VS_TYPE_GUIDANCE,
                           "subject", f.subject,
                           "text", vs_loader_tr (self, f.text),
                           NULL);
  vs_dataset_append (self->dataset, VS_DATASET_GUIDANCE, guidance);

  return TRUE;
}

/* Reads an array of items with the ReadItem of @member. */
static gboolean
read_items (Loader         *self,
            JsonObject     *object,
            const VsMember *member,
            GHashTable     *ids,
            gpointer        fields)
{
  return vs_loader_read_array (self, object, member->name, member->presence,
                               (ReadItem)member->data, NULL);
}

static gboolean
read_questions (Loader         *self,
                JsonObject     *object,
                const VsMember *member,
                GHashTable     *ids,
                gpointer        fields)
{
  if (!vs_loader_read_array (self, object, member->name, member->presence, read_question, NULL))
    return FALSE;

  if (vs_loader_array_length (self, object, member->name) == 0)
    {
      vs_loader_push_member (self, member->name);
      return vs_loader_fail (self, VS_DATASET_ERROR_VALUE,
                             _("the verdict needs at least one question"));
    }

  return TRUE;
}

typedef struct
{
  const char *intro;
} VerdictFields;

/* The intro, first, is read with the dataset's strings (it is a construct
 * property of the dataset); the rest once the features are read.
 */
static const VsMember verdict_members[] = {
  { "intro", vs_loader_read_string, OPTIONAL, FIELD (VerdictFields, intro) },
  { "questions", read_questions, REQUIRED },
  { "guidance", read_items, OPTIONAL, 0, read_guidance },
  { NULL }
};

/* ------------------------------------------------------------------------ */
/* The dataset                                                              */
/* ------------------------------------------------------------------------ */

typedef struct
{
  const char *id, *title, *subtitle, *description, *updated, *license;
  JsonObject *verdict;
  const char *verdict_name;
  VerdictFields verdict_fields;
} DatasetFields;

/* “$schema” names the JSON Schema an editor checks the file against
 * (docs/dataset-format.md): Versus knows the member, and reads nothing of it.
 */
static gboolean
read_schema (Loader         *self,
             JsonObject     *object,
             const VsMember *member,
             GHashTable     *ids,
             gpointer        fields)
{
  return TRUE;
}

static gboolean
read_format (Loader         *self,
             JsonObject     *object,
             const VsMember *member,
             GHashTable     *ids,
             gpointer        fields)
{
  JsonNode *node = json_object_get_member (object, member->name);

  if (node == NULL || !vs_loader_is_string (node) ||
      g_strcmp0 (json_node_get_string (node), "versus/comparison") != 0)
    {
      vs_loader_push_member (self, member->name);
      self->stop = TRUE;
      return vs_loader_fail (self, VS_DATASET_ERROR_FORMAT,
                             _("this is not a Versus comparison "
                               "(its “format” must be “versus/comparison”)"));
    }

  return TRUE;
}

static gboolean
read_version (Loader         *self,
              JsonObject     *object,
              const VsMember *member,
              GHashTable     *ids,
              gpointer        fields)
{
  g_autofree char *version_text = NULL;
  JsonNode *node;
  gint64 version;
  gsize mark;

  /* A file whose version is not known is not read further. */
  self->stop = TRUE;
  if (!vs_loader_get_member (self, object, member->name, member->presence, &node))
    return FALSE;

  mark = vs_loader_push_member (self, member->name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return vs_loader_fail_type (self, node, _("an integer"));

  /* The number is formatted first: xgettext cannot see through G_GINT64_FORMAT. */
  version = json_node_get_int (node);
  version_text = g_strdup_printf ("%" G_GINT64_FORMAT, version);
  if (version > VS_DATASET_FORMAT_VERSION)
    return vs_loader_fail (self, VS_DATASET_ERROR_VERSION,
                           _("format version %s is newer than this Versus reads (%d)"),
                           version_text, VS_DATASET_FORMAT_VERSION);
  if (version < 1)
    return vs_loader_fail (self, VS_DATASET_ERROR_VALUE,
                           _("format version %s does not exist (the first is 1)"), version_text);
  vs_loader_pop_path (self, mark);
  self->stop = FALSE;

  return TRUE;
}

/* The verdict's intro (see verdict_members). */
static gboolean
read_verdict_intro (Loader         *self,
                    JsonObject     *object,
                    const VsMember *member,
                    GHashTable     *ids,
                    gpointer        fields)
{
  DatasetFields *f = fields;
  gboolean ok;
  gsize mark;

  if (!vs_loader_get_object (self, object, member->name, member->presence, &f->verdict))
    return FALSE;
  if (f->verdict == NULL)
    return TRUE;

  f->verdict_name = member->name;
  mark = vs_loader_push_member (self, member->name);
  ok = verdict_members[0].read (self, f->verdict, &verdict_members[0], NULL, &f->verdict_fields);
  vs_loader_pop_path (self, mark);

  return ok;
}

/* The rest of the verdict, last. */
static gboolean
read_verdict (Loader         *self,
              JsonObject     *object,
              const VsMember *member,
              GHashTable     *ids,
              gpointer        fields)
{
  DatasetFields *f = fields;
  gsize mark;

  if (f->verdict == NULL)
    return TRUE;

  mark = vs_loader_push_member (self, f->verdict_name);
  vs_loader_warn_unknown_members (self, f->verdict, verdict_members);
  if (!vs_loader_read_member_list (self, f->verdict, verdict_members + 1, NULL,
                                   &f->verdict_fields))
    return FALSE;
  vs_loader_pop_path (self, mark);

  return TRUE;
}

/* The dataset's strings are its construct properties; it is made once they
 * are read, so that the parts can be appended while they are read.
 */
static gboolean
make_dataset (Loader         *self,
              JsonObject     *object,
              const VsMember *member,
              GHashTable     *ids,
              gpointer        fields)
{
  DatasetFields *f = fields;

  self->dataset = g_object_new (VS_TYPE_DATASET,
                                "id", f->id,
                                "title", vs_loader_tr (self, f->title),
                                "subtitle", vs_loader_tr (self, f->subtitle),
                                "description", vs_loader_tr (self, f->description),
                                "updated", f->updated,
                                "license", f->license,
                                "verdict-intro", vs_loader_tr (self, f->verdict_fields.intro),
                                NULL);

  return TRUE;
}

static gboolean
read_subjects (Loader         *self,
               JsonObject     *object,
               const VsMember *member,
               GHashTable     *ids,
               gpointer        fields)
{
  JsonNode *node = json_object_get_member (object, member->name);
  gboolean ok;
  guint length;

  ok = vs_loader_read_array (self, object, member->name, member->presence, read_subject, NULL);

  if (!ok && self->diagnostics == NULL)
    return FALSE;

  /* Without its subjects, nothing else of a dataset can be checked. */
  if (!ok && (node == NULL || !JSON_NODE_HOLDS_ARRAY (node)))
    {
      self->stop = TRUE;
      return FALSE;
    }

  /* The elements, whether they all were read (when validating) or not. */
  self->n_subjects = vs_dataset_get_n_subjects (self->dataset);
  length = vs_loader_array_length (self, object, member->name);
  if (length < MIN_SUBJECTS || length > MAX_SUBJECTS)
    {
      vs_loader_push_member (self, member->name);
      self->stop = TRUE;
      return vs_loader_fail (self, VS_DATASET_ERROR_VALUE,
                             _("a comparison needs %u to %u subjects, this one has %u"),
                             MIN_SUBJECTS, MAX_SUBJECTS, length);
    }

  return ok;
}

static gboolean
read_features (Loader         *self,
               JsonObject     *object,
               const VsMember *member,
               GHashTable     *ids,
               gpointer        fields)
{
  if (!vs_loader_read_features (self, object, member->name))
    return FALSE;

  if (vs_loader_array_length (self, object, member->name) == 0)
    {
      vs_loader_push_member (self, member->name);
      return vs_loader_fail (self, VS_DATASET_ERROR_VALUE,
                             _("a comparison needs at least one feature"));
    }

  return TRUE;
}

/* The first N_HEADER_MEMBERS are read before the others are looked at. */
#define N_HEADER_MEMBERS 2

static const VsMember dataset_members[] = {
  { "format", read_format, REQUIRED },
  { "version", read_version, REQUIRED },
  { "id", vs_loader_read_id, REQUIRED, FIELD (DatasetFields, id) },
  { "title", vs_loader_read_string, REQUIRED, FIELD (DatasetFields, title) },
  { "subtitle", vs_loader_read_string, OPTIONAL, FIELD (DatasetFields, subtitle) },
  { "description", vs_loader_read_string, OPTIONAL, FIELD (DatasetFields, description) },
  { "updated", vs_loader_read_date, OPTIONAL, FIELD (DatasetFields, updated) },
  { "license", vs_loader_read_string, OPTIONAL, FIELD (DatasetFields, license) },
  { "$schema", read_schema, OPTIONAL },
  { "verdict", read_verdict_intro, OPTIONAL },
  { NULL, make_dataset },
  /* Referenced parts first, in dependency order. */
  { "sources", read_items, OPTIONAL, 0, read_source },
  { "subjects", read_subjects, REQUIRED },
  { "categories", read_items, OPTIONAL, 0, read_category },
  { "features", read_features, REQUIRED },
  { "use_cases", read_items, OPTIONAL, 0, read_use_case },
  { "companies", read_items, OPTIONAL, 0, read_company },
  { NULL, read_verdict },
  { NULL }
};

gboolean
vs_loader_read_dataset (Loader   *self,
                        JsonNode *root)
{
  g_autoptr(GHashTable) top_ids = g_hash_table_new (vs_str_hash, g_str_equal);
  DatasetFields f = { 0 };

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return vs_loader_fail (self, VS_DATASET_ERROR_FORMAT,
                           _("this is not a Versus comparison: the file holds %s, not an object"),
                           vs_loader_type_name (root));

  self->root = json_node_get_object (root);

  /* The format and its version first: a file that is not a comparison
   * Versus reads gets no warnings about its members.
   */
  for (guint i = 0; i < N_HEADER_MEMBERS; i++)
    if (!dataset_members[i].read (self, self->root, &dataset_members[i], top_ids, &f))
      return FALSE;

  vs_loader_warn_unknown_members (self, self->root, dataset_members);

  return vs_loader_read_member_list (self, self->root, dataset_members + N_HEADER_MEMBERS,
                                     top_ids, &f);
}
