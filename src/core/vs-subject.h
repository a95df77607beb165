/* vs-subject.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "vs-source.h"

G_BEGIN_DECLS

#define VS_TYPE_SUBJECT (vs_subject_get_type ())

G_DECLARE_FINAL_TYPE (VsSubject, vs_subject, VS, SUBJECT, GObject)

const char         *vs_subject_get_id         (VsSubject *self);
const char         *vs_subject_get_name       (VsSubject *self);
const char         *vs_subject_get_kind       (VsSubject *self);
const char         *vs_subject_get_summary    (VsSubject *self);
const char         *vs_subject_get_homepage   (VsSubject *self);
const char         *vs_subject_get_color      (VsSubject *self);
const char * const *vs_subject_get_highlights (VsSubject *self);
VsSource           *vs_subject_get_source     (VsSubject *self);
guint               vs_subject_get_index      (VsSubject *self);

G_END_DECLS
