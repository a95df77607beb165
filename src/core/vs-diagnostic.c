/* vs-diagnostic.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-diagnostic.h"

G_DEFINE_BOXED_TYPE (VsDiagnostic, vs_diagnostic, vs_diagnostic_copy, vs_diagnostic_free)

/**
 * vs_diagnostic_new:
 *
 * Returns: (transfer full): a new diagnostic holding copies of the strings
 */
VsDiagnostic *
vs_diagnostic_new (VsDiagnosticKind  kind,
                   int               code,
                   guint             line,
                   guint             column,
                   const char       *path,
                   const char       *message,
                   const char       *suggestion)
{
  VsDiagnostic *self;

  g_return_val_if_fail (message != NULL, NULL);

  self = g_new0 (VsDiagnostic, 1);
  self->kind = kind;
  self->code = code;
  self->line = line;
  self->column = column;
  self->path = g_strdup (path);
  self->message = g_strdup (message);
  self->suggestion = g_strdup (suggestion);

  return self;
}

VsDiagnostic *
vs_diagnostic_copy (const VsDiagnostic *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return vs_diagnostic_new (self->kind, self->code, self->line, self->column, self->path,
                            self->message, self->suggestion);
}

void
vs_diagnostic_free (VsDiagnostic *self)
{
  if (self == NULL)
    return;

  g_free (self->path);
  g_free (self->message);
  g_free (self->suggestion);
  g_free (self);
}

/**
 * vs_diagnostic_format:
 * @self: a diagnostic
 * @file_label: how to name the file, as the user gave it (and shown with
 *   vs_display_path())
 *
 * Writes the diagnostic out as compilers do: `FILE:LINE:COL: $.path: message`,
 * without the parts it does not have, and with its suggestion.
 *
 * Returns: (transfer full): one line
 */
char *
vs_diagnostic_format (const VsDiagnostic *self,
                      const char         *file_label)
{
  GString *line;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (file_label != NULL, NULL);

  line = g_string_new (file_label);
  if (self->line > 0)
    g_string_append_printf (line, ":%u:%u", self->line, self->column);
  g_string_append (line, ": ");
  if (self->path != NULL)
    g_string_append_printf (line, "%s: ", self->path);
  g_string_append (line, self->message);
  if (self->suggestion != NULL)
    {
      g_autofree char *suggestion = NULL;

      /* Translators: after a message about a misspelt name, as in
       * “unknown member, ignored (did you mean “use_cases”?)”
       */
      suggestion = g_strdup_printf (_(" (did you mean “%s”?)"), self->suggestion);
      g_string_append (line, suggestion);
    }

  return g_string_free (line, FALSE);
}
