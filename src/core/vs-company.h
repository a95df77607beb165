/* vs-company.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "vs-source.h"
#include "vs-subject.h"

G_BEGIN_DECLS

#define VS_TYPE_COMPANY (vs_company_get_type ())

G_DECLARE_FINAL_TYPE (VsCompany, vs_company, VS, COMPANY, GObject)

const char *vs_company_get_name   (VsCompany *self);
const char *vs_company_get_sector (VsCompany *self);
VsSource   *vs_company_get_source   (VsCompany *self);
GPtrArray  *vs_company_get_subjects (VsCompany *self);
gboolean    vs_company_uses         (VsCompany *self,
                                     VsSubject *subject);

G_END_DECLS
