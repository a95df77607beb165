/* vs-question.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vs-choice.h"

G_BEGIN_DECLS

#define VS_TYPE_QUESTION (vs_question_get_type ())

G_DECLARE_FINAL_TYPE (VsQuestion, vs_question, VS, QUESTION, GObject)

const char *vs_question_get_id     (VsQuestion *self);
const char *vs_question_get_prompt (VsQuestion *self);
const char *vs_question_get_help   (VsQuestion *self);
guint       vs_question_get_index   (VsQuestion *self);
GListModel *vs_question_get_choices (VsQuestion *self);
VsChoice   *vs_question_find_choice (VsQuestion *self,
                                     const char *choice_id);

G_END_DECLS
