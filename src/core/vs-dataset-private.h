/* vs-dataset-private.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vs-choice.h"
#include "vs-company.h"
#include "vs-dataset.h"
#include "vs-feature.h"
#include "vs-question.h"
#include "vs-use-case.h"

G_BEGIN_DECLS

/* What the loader uses to build a dataset; the rest of Versus sees
 * the objects as immutable.
 */

VsFeature *vs_feature_new_loaded (guint               index,
                                  const char         *id,
                                  const char         *name,
                                  VsCategory         *category,
                                  VsSubject          *advantage,
                                  VsSource           *source,
                                  const char * const *values,
                                  const double       *scores,
                                  guint               n_subjects,
                                  gboolean            is_tie);
void vs_choice_set_weights       (VsChoice    *self,
                                  double      *weights,
                                  guint        n_subjects);
void vs_use_case_add_recommended (VsUseCase   *self,
                                  VsSubject   *subject);
void vs_company_add_subject      (VsCompany   *self,
                                  VsSubject   *subject);
void vs_question_add_choice      (VsQuestion  *self,
                                  VsChoice    *choice);
void vs_dataset_append           (VsDataset   *self,
                                  VsDatasetPart part,
                                  gpointer     item);
void vs_dataset_add_warning      (VsDataset   *self,
                                  const char  *warning);
void vs_dataset_set_n_dropped_warnings (VsDataset *self,
                                        guint      n_dropped);
void vs_dataset_set_n_unknown_members (VsDataset *self,
                                       guint      n_unknown);

/* For the tests: how many features a dataset needs to be read in halves. */
void vs_dataset_loader_set_split_limit (guint n_features);
/* For the tests: how many bytes of features, use cases or companies json-glib parses at once. */
void vs_dataset_loader_set_chunk_size (gsize n_bytes);

G_END_DECLS
