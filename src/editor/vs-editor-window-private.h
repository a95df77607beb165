/* vs-editor-window-private.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-draft.h"
#include "vs-editor-window.h"

G_BEGIN_DECLS

struct _VsEditorWindow
{
  AdwApplicationWindow parent_instance;

  VsDraft *draft;
  GFile *file;
  gboolean builtin;

  /* Path → the field that edits it (not owned), for the error mark and
   * the focus.
   */
  GHashTable *fields;
  GtkWidget *error_field;
  /* The paths of the other fields marked as refused. */
  GPtrArray *marked_paths;
  /* An edit made by a field, which the fields already show. */
  gboolean editing;
  /* The fields are being made: their signals are not edits. */
  gboolean building;
  /* The subjects' names in the Features page's header are out of date. */
  gboolean features_stale;
  /* What the fields were made for (dup_shape(), dup_subject_names()). */
  char *shape;
  char *subject_names;
  /* The window closes once saved, or without saving. */
  gboolean close_after_save;
  gboolean closing;
  /* The file opened, with members the loader ignored, which saving over
   * it would drop (see vs_editor_window_set_n_unknown_members()), and
   * where Save goes once that is confirmed.
   */
  GFile *unknown_members_file;
  guint n_unknown_members;
  GFile *confirming_file;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack *view_stack;
  GtkRevealer *copy_revealer;
  GtkRevealer *error_revealer;
  GtkLabel *error_label;
  GtkBox *comparison_box;
  GtkBox *features_box;
  GtkBox *use_cases_box;
  GtkBox *verdict_box;
};

/* What a field edits. */
typedef enum
{
  FIELD_TEXT,           /* required text */
  FIELD_OPTIONAL_TEXT,  /* text, removed when empty */
  FIELD_NUMBER,         /* a number, removed when empty */
  FIELD_CATEGORY,       /* a feature's category, by name */
  FIELD_LIST,           /* a list of strings, comma-separated, removed when empty */
} FieldKind;

#define PATH_KEY "vs-editor-path"
#define KIND_KEY "vs-editor-kind"

/* vs-editor-window-actions.c */
void vs_editor_window_focus_new (VsEditorWindow *self,
                                 const char     *path);
void vs_editor_window_show_error_action_cb (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter);

/* vs-editor-window-fields.c */
void vs_editor_window_add_element_buttons (VsEditorWindow *self,
                                           GtkWidget      *box,
                                           const char     *array,
                                           const char     *kind,
                                           guint          index,
                                           guint          length);
void vs_editor_window_alias_field (VsEditorWindow *self,
                                   GtkWidget      *widget,
                                   const char     *path);
char *vs_editor_window_dup_value_text (VsEditorWindow *self,
                                       const char     *path);
const char *vs_editor_window_field_path (GtkWidget *widget);
GtkWidget *vs_editor_window_make_entry (VsEditorWindow *self,
                                        const char     *path,
                                        FieldKind      kind,
                                        int            width_chars,
                                        const char     *placeholder,
                                        const char     *label);
GtkWidget *vs_editor_window_make_entry_row (VsEditorWindow *self,
                                            const char     *title,
                                            const char     *path,
                                            FieldKind      kind);
GtkWidget *vs_editor_window_make_icon_button (VsEditorWindow *self,
                                              const char     *icon_name,
                                              const char     *tooltip,
                                              const char     *action,
                                              GVariant       *target,
                                              const char     *path);
void vs_editor_window_register_field (VsEditorWindow *self,
                                      GtkWidget      *widget,
                                      const char     *path);
void vs_editor_window_set_accessible_label (GtkWidget  *widget,
                                            const char *label);

/* vs-editor-window-pages.c */
guint vs_editor_window_advantage_position (VsEditorWindow *self,
                                           const char     *path);
void vs_editor_window_build_comparison_page (VsEditorWindow *self);
void vs_editor_window_build_features_page (VsEditorWindow *self);
void vs_editor_window_build_use_cases_page (VsEditorWindow *self);
void vs_editor_window_build_verdict_page (VsEditorWindow *self);
char *vs_editor_window_category_name (VsEditorWindow *self,
                                      const char     *id);

/* vs-editor-window.c */
void vs_editor_window_focus_field (VsEditorWindow *self,
                                   const char     *path);
gboolean vs_editor_window_save (VsEditorWindow *self);
void vs_editor_window_refresh_fields (VsEditorWindow *self);
void vs_editor_window_save_as (VsEditorWindow *self);

/* vs-editor-window-actions.c */
void vs_editor_window_class_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
