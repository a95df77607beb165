/* vs-report.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "vs-dataset.h"
#include "vs-session.h"
#include "vs-verdict.h"

G_BEGIN_DECLS

/**
 * VsReportPaper:
 * @VS_REPORT_PAPER_A4: ISO A4, 210 × 297 mm (595 × 842 pt)
 * @VS_REPORT_PAPER_LETTER: US Letter, 8.5 × 11 in (612 × 792 pt)
 */
typedef enum
{
  VS_REPORT_PAPER_A4,
  VS_REPORT_PAPER_LETTER,
} VsReportPaper;

#define VS_TYPE_REPORT_PAPER (vs_report_paper_get_type ())
GType vs_report_paper_get_type (void) G_GNUC_CONST;

#define VS_TYPE_REPORT (vs_report_get_type ())

G_DECLARE_FINAL_TYPE (VsReport, vs_report, VS, REPORT, GObject)

void           vs_report_paper_get_size   (VsReportPaper  paper,
                                           double        *width,
                                           double        *height);

VsReport      *vs_report_new              (VsDataset     *dataset) G_GNUC_WARN_UNUSED_RESULT;
VsReport      *vs_report_new_for_session  (VsSession     *session) G_GNUC_WARN_UNUSED_RESULT;
VsDataset     *vs_report_get_dataset      (VsReport      *self);
GPtrArray     *vs_report_get_subjects     (VsReport      *self);
void           vs_report_set_subjects     (VsReport      *self,
                                           GPtrArray     *subjects);
VsVerdict     *vs_report_get_verdict      (VsReport      *self);
void           vs_report_set_verdict      (VsReport      *self,
                                           VsVerdict     *verdict);
VsReportPaper  vs_report_get_paper        (VsReport      *self);
void           vs_report_set_paper        (VsReport      *self,
                                           VsReportPaper  paper);
GDateTime     *vs_report_get_generated_on (VsReport      *self);
void           vs_report_set_generated_on (VsReport      *self,
                                           GDateTime     *generated_on);

GListModel    *vs_report_get_features     (VsReport      *self);
void           vs_report_set_features     (VsReport      *self,
                                           GListModel    *features);
guint          vs_report_layout           (VsReport      *self,
                                           cairo_t       *cr,
                                           double         width,
                                           double         height);
guint          vs_report_draw             (VsReport      *self,
                                           cairo_t       *cr,
                                           double         width,
                                           double         height,
                                           GCancellable  *cancellable);
guint          vs_report_get_n_pages      (VsReport      *self);
void           vs_report_draw_page        (VsReport      *self,
                                           cairo_t       *cr,
                                           guint          page_nr);

G_END_DECLS
