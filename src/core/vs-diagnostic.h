/* vs-diagnostic.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VS_TYPE_DIAGNOSTIC (vs_diagnostic_get_type ())

typedef enum
{
  VS_DIAGNOSTIC_ERROR,
  VS_DIAGNOSTIC_WARNING,
} VsDiagnosticKind;

/**
 * VsDiagnostic:
 * @kind: an error or a warning
 * @code: for an error, its #VsDatasetError
 * @line: the line of the problem, from 1; 0 if it has none
 * @column: its column, from 1, in characters; 0 if it has none
 * @path: (nullable): the JSON path of the problem (`$.features[3].id`), or
 *   %NULL for JSON syntax and the like
 * @message: what is wrong, one line
 * @suggestion: (nullable): what a misspelt member name or id may have been
 *   meant to be
 *
 * One problem of a dataset file, as vs_dataset_validate_file() finds them.
 */
typedef struct
{
  VsDiagnosticKind kind;
  int code;
  guint line;
  guint column;
  char *path;
  char *message;
  char *suggestion;
} VsDiagnostic;

GType         vs_diagnostic_get_type (void) G_GNUC_CONST;
VsDiagnostic *vs_diagnostic_new      (VsDiagnosticKind    kind,
                                      int                 code,
                                      guint               line,
                                      guint               column,
                                      const char         *path,
                                      const char         *message,
                                      const char         *suggestion) G_GNUC_WARN_UNUSED_RESULT;
VsDiagnostic *vs_diagnostic_copy     (const VsDiagnostic *self) G_GNUC_WARN_UNUSED_RESULT;
void          vs_diagnostic_free     (VsDiagnostic       *self);
char         *vs_diagnostic_format   (const VsDiagnostic *self,
                                      const char         *file_label) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VsDiagnostic, vs_diagnostic_free)

G_END_DECLS
