/* vs-subject-card.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-subject.h"

G_BEGIN_DECLS

#define VS_TYPE_SUBJECT_CARD (vs_subject_card_get_type ())

G_DECLARE_FINAL_TYPE (VsSubjectCard, vs_subject_card, VS, SUBJECT_CARD, AdwBin)

GtkWidget *vs_subject_card_new         (VsSubject     *subject);
VsSubject *vs_subject_card_get_subject (VsSubjectCard *self);

G_END_DECLS
