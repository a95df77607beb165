/* vs-session.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vs-dataset.h"
#include "vs-verdict.h"

G_BEGIN_DECLS

/**
 * VsSessionChange:
 * @VS_SESSION_CHANGE_DATASET: another dataset, which resets the rest
 * @VS_SESSION_CHANGE_SUBJECTS: the shown subjects or their order
 * @VS_SESSION_CHANGE_FEATURES: the model of the shown features
 * @VS_SESSION_CHANGE_ANSWERS: an answer of the verdict or its importance
 *
 * What a #VsSession::changed emission is about.
 */
typedef enum /*< flags >*/
{
  VS_SESSION_CHANGE_DATASET  = 1 << 0,
  VS_SESSION_CHANGE_SUBJECTS = 1 << 1,
  VS_SESSION_CHANGE_FEATURES = 1 << 2,
  VS_SESSION_CHANGE_ANSWERS  = 1 << 3,
} VsSessionChange;

#define VS_SESSION_CHANGE_ALL (VS_SESSION_CHANGE_DATASET | VS_SESSION_CHANGE_SUBJECTS | \
                               VS_SESSION_CHANGE_FEATURES | VS_SESSION_CHANGE_ANSWERS)

#define VS_TYPE_SESSION_CHANGE (vs_session_change_get_type ())
GType vs_session_change_get_type (void) G_GNUC_CONST;

#define VS_TYPE_SESSION (vs_session_get_type ())

G_DECLARE_FINAL_TYPE (VsSession, vs_session, VS, SESSION, GObject)

VsSession  *vs_session_new              (VsDataset  *dataset) G_GNUC_WARN_UNUSED_RESULT;
VsDataset  *vs_session_get_dataset      (VsSession  *self);
void        vs_session_set_dataset      (VsSession  *self,
                                         VsDataset  *dataset);
GPtrArray  *vs_session_get_subjects     (VsSession  *self);
gboolean    vs_session_has_all_subjects (VsSession  *self);
void        vs_session_set_subjects     (VsSession  *self,
                                         GPtrArray  *subjects);
GListModel *vs_session_get_features     (VsSession  *self);
void        vs_session_set_features     (VsSession  *self,
                                         GListModel *features);
VsVerdict  *vs_session_get_verdict      (VsSession  *self);

G_END_DECLS
