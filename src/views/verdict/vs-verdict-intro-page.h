/* vs-verdict-intro-page.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VS_TYPE_VERDICT_INTRO_PAGE (vs_verdict_intro_page_get_type ())

G_DECLARE_FINAL_TYPE (VsVerdictIntroPage, vs_verdict_intro_page, VS, VERDICT_INTRO_PAGE, AdwBin)

GtkWidget *vs_verdict_intro_page_new (void);

G_END_DECLS
