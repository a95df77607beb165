/* vs-verdict-entry.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "vs-choice.h"
#include "vs-question.h"
#include "vs-subject.h"

G_BEGIN_DECLS

/**
 * VsVerdictReason:
 * @question: the question answered
 * @choice: the answer, which has a weight for the subject (positive or negative)
 * @weight: what the answer added to the subject's score, doubled when important
 * @important: whether the user marked the answer as important
 */
typedef struct
{
  VsQuestion *question;
  VsChoice *choice;
  double weight;
  gboolean important;
} VsVerdictReason;

#define VS_TYPE_VERDICT_ENTRY (vs_verdict_entry_get_type ())

G_DECLARE_FINAL_TYPE (VsVerdictEntry, vs_verdict_entry, VS, VERDICT_ENTRY, GObject)

VsVerdictEntry        *vs_verdict_entry_new         (VsSubject             *subject,
                                                     double                 score,
                                                     guint                  rank,
                                                     gboolean               tied,
                                                     GArray                *reasons) G_GNUC_WARN_UNUSED_RESULT;
VsSubject             *vs_verdict_entry_get_subject (VsVerdictEntry        *self);
double                 vs_verdict_entry_get_score   (VsVerdictEntry        *self);
guint                  vs_verdict_entry_get_rank    (VsVerdictEntry        *self);
gboolean               vs_verdict_entry_get_tied    (VsVerdictEntry        *self);
guint                  vs_verdict_entry_get_n_reasons (VsVerdictEntry      *self);
const VsVerdictReason *vs_verdict_entry_get_reason  (VsVerdictEntry        *self,
                                                     guint                  index);
char                  *vs_verdict_reason_describe   (const VsVerdictReason *reason) G_GNUC_WARN_UNUSED_RESULT;
char                  *vs_verdict_reason_format_points (const VsVerdictReason *reason) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
