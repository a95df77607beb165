/* vs-company-group.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-subject.h"

G_BEGIN_DECLS

#define VS_TYPE_COMPANY_GROUP (vs_company_group_get_type ())

G_DECLARE_FINAL_TYPE (VsCompanyGroup, vs_company_group, VS, COMPANY_GROUP, AdwBin)

GtkWidget *vs_company_group_new             (VsSubject      *subject,
                                             GListModel     *companies,
                                             GtkFilter      *filter);
VsSubject *vs_company_group_get_subject     (VsCompanyGroup *self);
guint      vs_company_group_get_n_companies (VsCompanyGroup *self);

G_END_DECLS
