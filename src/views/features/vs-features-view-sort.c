/* vs-features-view-sort.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-feature-sorter.h"
#include "vs-features-view-private.h"

/* Sorting the Features view: the column view's sorter, the Sort menu
 * that does the same in the narrow layout, and Ctrl+1…9.
 */

/* ------------------------------------------------------------------------ */
/* Sorting                                                                  */
/* ------------------------------------------------------------------------ */

/* A dataset's name in a menu, where “_” would mark a mnemonic. */
static char *
escape_mnemonics (const char *label)
{
  GString *escaped = g_string_new (label);

  g_string_replace (escaped, "_", "__", 0);

  return g_string_free (escaped, FALSE);
}

static void
append_sort_item (GMenu      *menu,
                  const char *label,
                  int         position)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (NULL, NULL);

  g_menu_item_set_label (item, label);
  g_menu_item_set_action_and_target_value (item, "features.sort-column",
                                           g_variant_new_int32 (position));
  g_menu_append_item (menu, item);
}

/* The “Sort” menu: every column, then the order. */
void
vs_features_view_build_sort_menu (VsFeaturesView *self)
{
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenu) columns = NULL;
  g_autoptr(GMenu) orders = NULL;
  GListModel *list;

  if (self->dataset == NULL)
    {
      gtk_menu_button_set_menu_model (self->sort_button, NULL);
      return;
    }

  menu = g_menu_new ();
  columns = g_menu_new ();
  orders = g_menu_new ();
  list = gtk_column_view_get_columns (self->column_view);

  append_sort_item (columns, _("Dataset Order"), -1);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (list, i);
      g_autofree char *label = NULL;

      /* No categories, no Category column. */
      if (i == 1 && !gtk_column_view_column_get_visible (column))
        continue;

      label = escape_mnemonics (gtk_column_view_column_get_title (column));
      append_sort_item (columns, label, i);
    }

  g_menu_append (orders, _("Ascending"), "features.sort-order::ascending");
  g_menu_append (orders, _("Descending"), "features.sort-order::descending");

  g_menu_append_section (menu, _("Sort By"), G_MENU_MODEL (columns));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (orders));
  gtk_menu_button_set_menu_model (self->sort_button, G_MENU_MODEL (menu));
}

void
vs_features_view_sort_by (VsFeaturesView *self,
                          int             position,
                          GtkSortType     order)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr(GtkColumnViewColumn) column = NULL;

  /* Kept for the next column chosen, when none is. */
  self->sort_order = order;

  if (position >= 0)
    column = g_list_model_get_item (columns, position);

  gtk_column_view_sort_by_column (self->column_view, column, order);
}

/* The position of a sort key's column among the columns. */
static int
get_key_position (VsFeaturesView         *self,
                  const VsFeatureSortKey *key)
{
  switch (key->sort_by)
    {
    case VS_FEATURE_SORT_BY_NAME:
      return 0;
    case VS_FEATURE_SORT_BY_CATEGORY:
      return 1;
    case VS_FEATURE_SORT_BY_VALUE:
      return 2 + key->subject_index;
    case VS_FEATURE_SORT_BY_ADVANTAGE:
      return 2 + vs_dataset_get_n_subjects (self->dataset);
    default:
      g_assert_not_reached ();
    }
}

/* The column view sorts by another column, from a header or the menu. */
void
vs_features_view_sorter_changed_cb (VsFeaturesView *self)
{
  VsFeatureSortKey key;
  int position = -1;
  GtkSortType order = self->sort_order;

  if (self->dataset != NULL &&
      vs_feature_sorter_read_keys (gtk_column_view_get_sorter (self->column_view),
                                   self->dataset, &key, 1) == 1)
    {
      position = get_key_position (self, &key);
      order = key.descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING;
    }

  if (position != self->sort_column)
    {
      self->sort_column = position;
      g_object_notify (G_OBJECT (self), "sort-column");
    }

  if (order != self->sort_order)
    {
      self->sort_order = order;
      g_object_notify (G_OBJECT (self), "sort-order");
    }
}

/* Ctrl+N: sorts by the Nth column shown, again to reverse the order. */
void
vs_features_view_sort_by_position_cb (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  VsFeaturesView *self = VS_FEATURES_VIEW (widget);
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  int wanted = g_variant_get_int32 (parameter);
  int shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (!gtk_column_view_column_get_visible (column))
        continue;

      if (shown++ == wanted)
        {
          GtkSortType order = GTK_SORT_ASCENDING;

          if (self->sort_column == (int) i && self->sort_order == GTK_SORT_ASCENDING)
            order = GTK_SORT_DESCENDING;
          vs_features_view_sort_by (self, i, order);
          return;
        }
    }

  gtk_widget_error_bell (widget);
}
