/* vs-features-view-private.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vs-feature-filter.h"
#include "vs-feature-list-model.h"
#include "vs-features-view.h"
#include "vs-session.h"

G_BEGIN_DECLS

/* Widths of the columns, in pixels. Below the sum of the widths of the
 * columns shown, the view shows cards.
 */
#define FEATURE_COLUMN_WIDTH   180
#define CATEGORY_COLUMN_WIDTH  140
/* The Advantage column is as wide as its widest badge, within these. */
#define ADVANTAGE_COLUMN_MIN_WIDTH 100
#define ADVANTAGE_COLUMN_MAX_WIDTH 200
/* The padding of a cell, left and right (style.css), and the line that
 * separates it from the next one.
 */
#define CELL_PADDING 21

/* Narrowest and widest natural width of a subject's cell, in characters:
 * five subjects fit in a 1280 px window, two in 800 px.
 */
#define VALUE_MIN_CHARS 15
#define VALUE_MAX_CHARS 40
/* The narrowest a Feature or Category cell may be, in characters. */
#define TEXT_MIN_CHARS 8

/* A subject's column tells its cells the subject, and how many there are
 * (to find the best score), in its factory's data.
 */
#define VALUE_COLUMN_DATA(subject, n_subjects) GUINT_TO_POINTER ((subject) << 16 | (n_subjects))
#define VALUE_COLUMN_SUBJECT(data)             (GPOINTER_TO_UINT (data) >> 16)
#define VALUE_COLUMN_N_SUBJECTS(data)          (GPOINTER_TO_UINT (data) & 0xffff)

/* With more subjects than this, the user chooses the columns shown. */
#define MAX_SUBJECTS_WITHOUT_CHOOSER 3

struct _VsFeaturesView
{
  AdwBin parent_instance;

  VsDataset *dataset;
  /* The session the view writes its shown subjects and features into. */
  VsSession *session;
  VsFeatureFilter *filter;
  VsFeatureListModel *model;
  /* Over the model's rows as slots (vs-slot-list-model.c). */
  GtkSingleSelection *selection;
  /* The feature selected while the rows change. */
  VsFeature *selected_feature;
  guint progress_source;

  /* Set while the controls are reset, so that they do not filter one by one. */
  gboolean resetting;
  /* Set while the columns follow the session's subjects, and while the
   * view writes them, so that neither echoes the other.
   */
  gboolean syncing_subjects;

  /* The column sorted by (its position among the columns, -1 for none)
   * and the order, as the column view's sorter says.
   */
  int sort_column;
  GtkSortType sort_order;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkMenuButton *sort_button;
  GtkDropDown *category_dropdown;
  GtkDropDown *advantage_dropdown;
  GtkToggleButton *differences_button;
  GtkMenuButton *columns_button;
  GtkBox *columns_box;
  GtkLabel *count_label;
  GtkMenuButton *filters_button;
  GtkLabel *narrow_count_label;
  GtkWidget *narrow_category_box;
  GtkDropDown *narrow_category_dropdown;
  GtkDropDown *narrow_advantage_dropdown;
  GtkSwitch *narrow_differences_switch;
  GtkWidget *narrow_columns_section;
  GtkBox *narrow_columns_box;
  GtkRevealer *progress_revealer;
  GtkProgressBar *progress_bar;
  GtkStack *content_stack;
  AdwSqueezer *layout_squeezer;
  GtkWidget *table_scroller;
  GtkWidget *card_scroller;
  GtkColumnView *column_view;
  GtkListView *card_list;
  AdwStatusPage *empty_page;
  GtkStringList *category_list;
  GtkStringList *advantage_list;
  GtkStringList *narrow_category_list;
  GtkStringList *narrow_advantage_list;
};

/* vs-features-view-table.c: the table's columns and cells, and the cards. */
void vs_features_view_remove_columns         (VsFeaturesView *self);
void vs_features_view_update_table_width     (VsFeaturesView *self);
void vs_features_view_update_advantage_width (VsFeaturesView *self);
void vs_features_view_build_columns          (VsFeaturesView *self);
void vs_features_view_set_up_cards           (VsFeaturesView *self);

/* vs-features-view-sort.c: the Sort menu, the column view's sorter and
 * Ctrl+1…9.
 */
void vs_features_view_build_sort_menu     (VsFeaturesView *self);
void vs_features_view_sort_by             (VsFeaturesView *self,
                                           int             position,
                                           GtkSortType     order);
void vs_features_view_sorter_changed_cb   (VsFeaturesView *self);
void vs_features_view_sort_by_position_cb (GtkWidget      *widget,
                                           const char     *action_name,
                                           GVariant       *parameter);

/* vs-features-view.c: the shown subjects, into the session. */
void vs_features_view_publish_subjects (VsFeaturesView *self);

G_END_DECLS
