/* vs-dataset.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vs-category.h"
#include "vs-choice.h"
#include "vs-company.h"
#include "vs-feature.h"
#include "vs-guidance.h"
#include "vs-question.h"
#include "vs-source.h"
#include "vs-subject.h"
#include "vs-use-case.h"

G_BEGIN_DECLS

#define VS_TYPE_DATASET (vs_dataset_get_type ())

G_DECLARE_FINAL_TYPE (VsDataset, vs_dataset, VS, DATASET, GObject)

typedef struct _VsFeatureIndex VsFeatureIndex;

/**
 * VsDatasetPart:
 *
 * The lists a dataset is made of, each a #GListModel.
 */
typedef enum
{
  VS_DATASET_SOURCES,
  VS_DATASET_SUBJECTS,
  VS_DATASET_CATEGORIES,
  VS_DATASET_FEATURES,
  VS_DATASET_USE_CASES,
  VS_DATASET_COMPANIES,
  VS_DATASET_QUESTIONS,
  VS_DATASET_GUIDANCE,
  VS_DATASET_N_PARTS
} VsDatasetPart;

const char         *vs_dataset_get_id                (VsDataset     *self);
const char         *vs_dataset_get_title             (VsDataset     *self);
const char         *vs_dataset_get_subtitle          (VsDataset     *self);
const char         *vs_dataset_get_description       (VsDataset     *self);
const char         *vs_dataset_get_updated           (VsDataset     *self);
const char         *vs_dataset_get_license           (VsDataset     *self);
const char         *vs_dataset_get_verdict_intro     (VsDataset     *self);
GListModel         *vs_dataset_get_sources           (VsDataset     *self);
GListModel         *vs_dataset_get_subjects          (VsDataset     *self);
GListModel         *vs_dataset_get_categories        (VsDataset     *self);
GListModel         *vs_dataset_get_features          (VsDataset     *self);
GListModel         *vs_dataset_get_use_cases         (VsDataset     *self);
GListModel         *vs_dataset_get_companies         (VsDataset     *self);
GListModel         *vs_dataset_get_questions         (VsDataset     *self);
GListModel         *vs_dataset_get_guidance          (VsDataset     *self);
GListModel         *vs_dataset_get_part              (VsDataset     *self,
                                                      VsDatasetPart  part);
guint               vs_dataset_get_n_features        (VsDataset     *self);
VsFeature          *vs_dataset_get_feature           (VsDataset     *self,
                                                      guint          index);
VsFeature * const  *vs_dataset_peek_features         (VsDataset     *self,
                                                      guint         *n_features);
VsFeatureIndex     *vs_dataset_get_feature_index     (VsDataset     *self);
guint               vs_dataset_get_n_subjects        (VsDataset     *self);
VsSubject          *vs_dataset_get_subject           (VsDataset     *self,
                                                      guint          index);
VsSubject          *vs_dataset_find_subject          (VsDataset     *self,
                                                      const char    *subject_id);
VsQuestion         *vs_dataset_find_question         (VsDataset     *self,
                                                      const char    *question_id);
const char * const *vs_dataset_get_warnings          (VsDataset     *self);
guint               vs_dataset_get_n_warnings        (VsDataset     *self);
guint               vs_dataset_get_n_unknown_members (VsDataset     *self);

G_END_DECLS
