/* vs-verdict-question-page.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-question.h"

G_BEGIN_DECLS

#define VS_TYPE_VERDICT_QUESTION_PAGE (vs_verdict_question_page_get_type ())

G_DECLARE_FINAL_TYPE (VsVerdictQuestionPage, vs_verdict_question_page,
                      VS, VERDICT_QUESTION_PAGE, AdwBin)

GtkWidget  *vs_verdict_question_page_new          (VsQuestion            *question,
                                                   guint                  n_questions);
VsQuestion *vs_verdict_question_page_get_question (VsVerdictQuestionPage *self);

G_END_DECLS
