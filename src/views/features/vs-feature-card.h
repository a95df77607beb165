/* vs-feature-card.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "vs-dataset.h"

G_BEGIN_DECLS

#define VS_TYPE_FEATURE_CARD (vs_feature_card_get_type ())

G_DECLARE_FINAL_TYPE (VsFeatureCard, vs_feature_card, VS, FEATURE_CARD, GtkWidget)

GtkWidget *vs_feature_card_new              (VsDataset     *dataset);
VsFeature *vs_feature_card_get_feature      (VsFeatureCard *self);
void       vs_feature_card_set_feature      (VsFeatureCard *self,
                                             VsFeature     *feature);
GtkWidget *vs_feature_card_get_subject_line (VsFeatureCard *self,
                                             guint          subject_index);

G_END_DECLS
