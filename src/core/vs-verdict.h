/* vs-verdict.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vs-dataset.h"
#include "vs-verdict-result.h"

G_BEGIN_DECLS

#define VS_VERDICT_ERROR (vs_verdict_error_quark ())

typedef enum
{
  VS_VERDICT_ERROR_UNKNOWN_QUESTION,
  VS_VERDICT_ERROR_UNKNOWN_CHOICE,
} VsVerdictError;

#define VS_TYPE_VERDICT (vs_verdict_get_type ())

G_DECLARE_FINAL_TYPE (VsVerdict, vs_verdict, VS, VERDICT, GObject)

GQuark           vs_verdict_error_quark    (void);
VsVerdict       *vs_verdict_new            (VsDataset   *dataset) G_GNUC_WARN_UNUSED_RESULT;
VsVerdict       *vs_verdict_copy           (VsVerdict   *self) G_GNUC_WARN_UNUSED_RESULT;
VsDataset       *vs_verdict_get_dataset    (VsVerdict   *self);
void             vs_verdict_set_answer     (VsVerdict   *self,
                                            VsQuestion  *question,
                                            VsChoice    *choice);
VsChoice        *vs_verdict_get_answer     (VsVerdict   *self,
                                            VsQuestion  *question);
void             vs_verdict_set_important  (VsVerdict   *self,
                                            VsQuestion  *question,
                                            gboolean     important);
gboolean         vs_verdict_get_important  (VsVerdict   *self,
                                            VsQuestion  *question);
gboolean         vs_verdict_answer_by_id   (VsVerdict   *self,
                                            const char  *question_id,
                                            const char  *choice_id,
                                            GError     **error);
gboolean         vs_verdict_mark_important_by_id (VsVerdict   *self,
                                                  const char  *question_id,
                                                  GError     **error);
void             vs_verdict_reset          (VsVerdict   *self);
guint            vs_verdict_get_n_answers  (VsVerdict   *self);
VsVerdictResult *vs_verdict_compute        (VsVerdict   *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
