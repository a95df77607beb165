/* vs-dataset-writer.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "vs-category.h"
#include "vs-choice.h"
#include "vs-company.h"
#include "vs-dataset-loader.h"
#include "vs-dataset-writer.h"
#include "vs-feature.h"
#include "vs-guidance.h"
#include "vs-question.h"
#include "vs-source.h"
#include "vs-subject.h"
#include "vs-use-case.h"

/* Writes a dataset back as the JSON of docs/dataset-format.md, for Save and
 * for the imports' round trips.
 *
 * The output is stable so that a saved file diffs well under version
 * control: members in the order the format document lists them, subjects'
 * values and scores in subject order, two spaces of indentation, one member
 * per line, short lists of strings on one line. Writing what a load of the
 * output gives writes the same bytes again.
 *
 * Members the loader ignored (unknown ones) are not kept: the dataset does
 * not hold them.
 */

/* Lists of strings up to this width stay on one line. */
#define INLINE_WIDTH 72

typedef struct
{
  GString *out;
  guint    depth;
  gboolean first;  /* no member or element written yet in this container */
} Writer;

static void
write_indent (Writer *w)
{
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

static void
write_string (Writer     *w,
              const char *text)
{
  g_string_append_c (w->out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':  g_string_append (w->out, "\\\""); break;
        case '\\': g_string_append (w->out, "\\\\"); break;
        case '\n': g_string_append (w->out, "\\n"); break;
        case '\r': g_string_append (w->out, "\\r"); break;
        case '\t': g_string_append (w->out, "\\t"); break;
        case '\b': g_string_append (w->out, "\\b"); break;
        case '\f': g_string_append (w->out, "\\f"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (w->out, "\\u%04x", c);
          else
            g_string_append_c (w->out, (char) c);
        }
    }
  g_string_append_c (w->out, '"');
}

/* The shortest decimal that reads back as the same double: scores and
 * weights are usually small integers or halves, written as such.
 */
static void
write_number (Writer *w,
              double  value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == 0)
    value = 0;  /* no “-0” */

  if (value == nearbyint (value) && fabs (value) < 1e15)
    {
      g_string_append_printf (w->out, "%.0f", value);
      return;
    }

  for (int digits = 1; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  g_string_append (w->out, buffer);
}

static void
begin_container (Writer *w,
                 char    bracket)
{
  g_string_append_c (w->out, bracket);
  w->depth++;
  w->first = TRUE;
}

static void
end_container (Writer *w,
               char    bracket)
{
  gboolean empty = w->first;

  w->depth--;
  if (!empty)
    write_indent (w);
  g_string_append_c (w->out, bracket);
  w->first = FALSE;
}

static void
next_item (Writer *w)
{
  if (!w->first)
    g_string_append_c (w->out, ',');
  write_indent (w);
  w->first = FALSE;
}

static void
write_key (Writer     *w,
           const char *name)
{
  next_item (w);
  write_string (w, name);
  g_string_append (w->out, ": ");
}

static void
member_string (Writer     *w,
               const char *name,
               const char *value)
{
  if (value == NULL)
    return;

  write_key (w, name);
  write_string (w, value);
}

static void
member_number (Writer     *w,
               const char *name,
               double      value)
{
  write_key (w, name);
  write_number (w, value);
}

static void
member_source (Writer   *w,
               VsSource *source)
{
  if (source != NULL)
    member_string (w, "source", vs_source_get_id (source));
}

/* A list of strings, on one line when it is short. */
static void
member_strings (Writer             *w,
                const char         *name,
                const char * const *strings,
                guint               n_strings)
{
  gsize width = 0;

  if (strings == NULL || n_strings == 0)
    return;

  for (guint i = 0; i < n_strings; i++)
    width += strlen (strings[i]) + 4;

  write_key (w, name);
  if (width + strlen (name) + 2 * w->depth <= INLINE_WIDTH)
    {
      g_string_append_c (w->out, '[');
      for (guint i = 0; i < n_strings; i++)
        {
          if (i > 0)
            g_string_append (w->out, ", ");
          write_string (w, strings[i]);
        }
      g_string_append_c (w->out, ']');
      return;
    }

  begin_container (w, '[');
  for (guint i = 0; i < n_strings; i++)
    {
      next_item (w);
      write_string (w, strings[i]);
    }
  end_container (w, ']');
}

static void
member_subject_ids (Writer     *w,
                    const char *name,
                    GPtrArray  *subjects)
{
  g_autofree const char **ids = g_new0 (const char *, subjects->len + 1);

  for (guint i = 0; i < subjects->len; i++)
    ids[i] = vs_subject_get_id (g_ptr_array_index (subjects, i));

  member_strings (w, name, ids, subjects->len);
}

static void
begin_member (Writer     *w,
              const char *name,
              char        bracket)
{
  write_key (w, name);
  begin_container (w, bracket);
}

static void
begin_element (Writer *w)
{
  next_item (w);
  begin_container (w, '{');
}

static void
write_sources (Writer    *w,
               VsDataset *dataset)
{
  GListModel *sources = vs_dataset_get_sources (dataset);
  guint n = g_list_model_get_n_items (sources);

  if (n == 0)
    return;

  begin_member (w, "sources", '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VsSource) source = g_list_model_get_item (sources, i);

      begin_element (w);
      member_string (w, "id", vs_source_get_id (source));
      member_string (w, "title", vs_source_get_title (source));
      member_string (w, "publisher", vs_source_get_publisher (source));
      member_string (w, "url", vs_source_get_url (source));
      member_string (w, "date", vs_source_get_date (source));
      end_container (w, '}');
    }
  end_container (w, ']');
}

static void
write_subjects (Writer    *w,
                VsDataset *dataset)
{
  guint n = vs_dataset_get_n_subjects (dataset);

  begin_member (w, "subjects", '[');
  for (guint i = 0; i < n; i++)
    {
      VsSubject *subject = vs_dataset_get_subject (dataset, i);
      const char * const *highlights = vs_subject_get_highlights (subject);

      begin_element (w);
      member_string (w, "id", vs_subject_get_id (subject));
      member_string (w, "name", vs_subject_get_name (subject));
      member_string (w, "kind", vs_subject_get_kind (subject));
      member_string (w, "summary", vs_subject_get_summary (subject));
      member_string (w, "homepage", vs_subject_get_homepage (subject));
      member_string (w, "color", vs_subject_get_color (subject));
      member_strings (w, "highlights", highlights,
                      highlights != NULL ? g_strv_length ((char **) highlights) : 0);
      member_source (w, vs_subject_get_source (subject));
      end_container (w, '}');
    }
  end_container (w, ']');
}

static void
write_categories (Writer    *w,
                  VsDataset *dataset)
{
  GListModel *categories = vs_dataset_get_categories (dataset);
  guint n = g_list_model_get_n_items (categories);

  if (n == 0)
    return;

  begin_member (w, "categories", '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VsCategory) category = g_list_model_get_item (categories, i);

      begin_element (w);
      member_string (w, "id", vs_category_get_id (category));
      member_string (w, "name", vs_category_get_name (category));
      end_container (w, '}');
    }
  end_container (w, ']');
}

static void
write_feature (Writer    *w,
               VsDataset *dataset,
               VsFeature *feature)
{
  guint n_subjects = vs_dataset_get_n_subjects (dataset);
  VsCategory *category = vs_feature_get_category (feature);
  VsSubject *advantage = vs_feature_get_advantage (feature);
  gboolean scored = FALSE;

  begin_element (w);
  member_string (w, "id", vs_feature_get_id (feature));
  member_string (w, "name", vs_feature_get_name (feature));
  if (category != NULL)
    member_string (w, "category", vs_category_get_id (category));

  begin_member (w, "values", '{');
  for (guint i = 0; i < n_subjects; i++)
    member_string (w, vs_subject_get_id (vs_dataset_get_subject (dataset, i)),
                   vs_feature_get_value (feature, i));
  end_container (w, '}');

  for (guint i = 0; i < n_subjects && !scored; i++)
    scored = vs_feature_get_score (feature, i, NULL);

  if (scored)
    {
      begin_member (w, "scores", '{');
      for (guint i = 0; i < n_subjects; i++)
        {
          double score;

          if (vs_feature_get_score (feature, i, &score))
            member_number (w, vs_subject_get_id (vs_dataset_get_subject (dataset, i)), score);
        }
      end_container (w, '}');
    }

  if (vs_feature_get_is_tie (feature))
    member_string (w, "advantage", "tie");
  else if (advantage != NULL)
    member_string (w, "advantage", vs_subject_get_id (advantage));

  member_source (w, vs_feature_get_source (feature));
  end_container (w, '}');
}

static void
write_features (Writer    *w,
                VsDataset *dataset)
{
  guint n = vs_dataset_get_n_features (dataset);

  begin_member (w, "features", '[');
  for (guint i = 0; i < n; i++)
    write_feature (w, dataset, vs_dataset_get_feature (dataset, i));
  end_container (w, ']');
}

static void
write_use_cases (Writer    *w,
                 VsDataset *dataset)
{
  GListModel *use_cases = vs_dataset_get_use_cases (dataset);
  guint n = g_list_model_get_n_items (use_cases);

  if (n == 0)
    return;

  begin_member (w, "use_cases", '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VsUseCase) use_case = g_list_model_get_item (use_cases, i);
      const char * const *tags = vs_use_case_get_tags (use_case);

      begin_element (w);
      member_string (w, "id", vs_use_case_get_id (use_case));
      member_string (w, "name", vs_use_case_get_name (use_case));
      member_string (w, "description", vs_use_case_get_description (use_case));
      member_strings (w, "tags", tags, tags != NULL ? g_strv_length ((char **) tags) : 0);
      member_subject_ids (w, "recommended", vs_use_case_get_recommended (use_case));
      member_source (w, vs_use_case_get_source (use_case));
      end_container (w, '}');
    }
  end_container (w, ']');
}

static void
write_companies (Writer    *w,
                 VsDataset *dataset)
{
  GListModel *companies = vs_dataset_get_companies (dataset);
  guint n = g_list_model_get_n_items (companies);

  if (n == 0)
    return;

  begin_member (w, "companies", '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VsCompany) company = g_list_model_get_item (companies, i);

      begin_element (w);
      member_string (w, "name", vs_company_get_name (company));
      member_subject_ids (w, "subjects", vs_company_get_subjects (company));
      member_string (w, "sector", vs_company_get_sector (company));
      member_source (w, vs_company_get_source (company));
      end_container (w, '}');
    }
  end_container (w, ']');
}

static void
write_choice (Writer    *w,
              VsDataset *dataset,
              VsChoice  *choice)
{
  guint n_subjects = vs_dataset_get_n_subjects (dataset);
  gboolean weighted = FALSE;

  begin_element (w);
  member_string (w, "id", vs_choice_get_id (choice));
  member_string (w, "label", vs_choice_get_label (choice));

  /* A missing weight means 0, so only the others are written. */
  for (guint i = 0; i < n_subjects && !weighted; i++)
    weighted = vs_choice_get_weight (choice, i) != 0;

  if (weighted)
    {
      begin_member (w, "weights", '{');
      for (guint i = 0; i < n_subjects; i++)
        {
          double weight = vs_choice_get_weight (choice, i);

          if (weight != 0)
            member_number (w, vs_subject_get_id (vs_dataset_get_subject (dataset, i)), weight);
        }
      end_container (w, '}');
    }

  member_string (w, "reason", vs_choice_get_reason (choice));
  end_container (w, '}');
}

static void
write_verdict (Writer    *w,
               VsDataset *dataset)
{
  GListModel *questions = vs_dataset_get_questions (dataset);
  GListModel *guidance = vs_dataset_get_guidance (dataset);
  guint n_questions = g_list_model_get_n_items (questions);
  guint n_guidance = g_list_model_get_n_items (guidance);

  if (n_questions == 0)
    return;

  begin_member (w, "verdict", '{');
  member_string (w, "intro", vs_dataset_get_verdict_intro (dataset));

  begin_member (w, "questions", '[');
  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(VsQuestion) question = g_list_model_get_item (questions, i);
      GListModel *choices = vs_question_get_choices (question);

      begin_element (w);
      member_string (w, "id", vs_question_get_id (question));
      member_string (w, "prompt", vs_question_get_prompt (question));
      member_string (w, "help", vs_question_get_help (question));
      begin_member (w, "choices", '[');
      for (guint j = 0; j < g_list_model_get_n_items (choices); j++)
        {
          g_autoptr(VsChoice) choice = g_list_model_get_item (choices, j);

          write_choice (w, dataset, choice);
        }
      end_container (w, ']');
      end_container (w, '}');
    }
  end_container (w, ']');

  if (n_guidance > 0)
    {
      begin_member (w, "guidance", '[');
      for (guint i = 0; i < n_guidance; i++)
        {
          g_autoptr(VsGuidance) item = g_list_model_get_item (guidance, i);

          begin_element (w);
          member_string (w, "subject", vs_subject_get_id (vs_guidance_get_subject (item)));
          member_string (w, "text", vs_guidance_get_text (item));
          end_container (w, '}');
        }
      end_container (w, ']');
    }

  end_container (w, '}');
}

/**
 * vs_dataset_writer_write:
 * @dataset: a dataset
 * @out: where to append the JSON
 *
 * Appends @dataset to @out as a Versus comparison file: pretty-printed JSON
 * in a stable member order, ending with a newline.
 */
void
vs_dataset_writer_write (VsDataset *dataset,
                         GString   *out)
{
  Writer w = { out, 0, TRUE };

  g_return_if_fail (VS_IS_DATASET (dataset));
  g_return_if_fail (out != NULL);

  begin_container (&w, '{');
  member_string (&w, "format", "versus/comparison");
  member_number (&w, "version", VS_DATASET_FORMAT_VERSION);
  member_string (&w, "id", vs_dataset_get_id (dataset));
  member_string (&w, "title", vs_dataset_get_title (dataset));
  member_string (&w, "subtitle", vs_dataset_get_subtitle (dataset));
  member_string (&w, "description", vs_dataset_get_description (dataset));
  member_string (&w, "updated", vs_dataset_get_updated (dataset));
  member_string (&w, "license", vs_dataset_get_license (dataset));
  write_sources (&w, dataset);
  write_subjects (&w, dataset);
  write_categories (&w, dataset);
  write_features (&w, dataset);
  write_use_cases (&w, dataset);
  write_companies (&w, dataset);
  write_verdict (&w, dataset);
  end_container (&w, '}');
  g_string_append_c (out, '\n');
}

/**
 * vs_dataset_writer_to_bytes:
 * @dataset: a dataset
 *
 * Returns: (transfer full): @dataset as the JSON of a comparison file
 */
GBytes *
vs_dataset_writer_to_bytes (VsDataset *dataset)
{
  GString *out;

  g_return_val_if_fail (VS_IS_DATASET (dataset), NULL);

  out = g_string_new (NULL);
  vs_dataset_writer_write (dataset, out);

  return g_string_free_to_bytes (out);
}
