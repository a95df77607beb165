/* vs-features-view.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-feature-card.h"
#include "vs-feature-details.h"
#include "vs-feature-filter.h"
#include "vs-feature-list-model.h"
#include "vs-feature-sorter.h"
#include "vs-features-view.h"
#include "vs-filter-bar.h"
#include "vs-format.h"
#include "vs-slot-list-model.h"
#include "vs-subject-style.h"
#include "vs-text-cell.h"

/* The Features view: every feature of the dataset in a sortable, searchable
 * table. Its rows are a VsFeatureListModel: the features that pass the
 * VsFeatureFilter, in the order of the column view's sorter, each column
 * bringing its own VsFeatureSorter. (It does the work of a GtkFilterListModel
 * and a GtkSortListModel, fast enough for 100,000 features; what it has to
 * prepare for a large dataset, it prepares in a thread, and the view shows
 * its progress when that takes more than a second.) The column view gets
 * them as VsRowSlots, which keep their place when the rows are sorted, and
 * shows their texts in VsTextCells: GTK 4.8 lays out again every row it
 * keeps on each change, and these make that cheap.
 *
 * When the view is too narrow for every column shown at its smallest
 * readable width, an AdwSqueezer shows the same rows as cards instead (a
 * list view over the same selection), sorted with the “Sort” menu: the
 * table then never scrolls sideways.
 *
 * The filters sit beside the search entry; when the view is too narrow for
 * them, an AdwSqueezer folds them into the “Filters” popover, whose controls
 * follow the wide ones. Each drop-down has a list of its own: two drop-downs
 * bound to each other over one list trip over each other when it changes.
 */

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

/* Work that takes longer than this shows its progress, updated this often. */
#define PROGRESS_DELAY_MS    1000
#define PROGRESS_INTERVAL_MS 100

#define TEMPLATE "/io/github/versusapp/Versus/ui/views/features/vs-features-view.ui"

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

static void text_cell_set_up_cb      (GtkSignalListItemFactory *factory,
                                      GtkListItem              *item,
                                      gpointer                  user_data);
static void value_cell_set_up_cb     (GtkSignalListItemFactory *factory,
                                      GtkListItem              *item,
                                      gpointer                  user_data);
static void advantage_cell_set_up_cb (GtkSignalListItemFactory *factory,
                                      GtkListItem              *item,
                                      gpointer                  user_data);
static void name_cell_bound_cb       (GtkSignalListItemFactory *factory,
                                      GtkListItem              *item,
                                      gpointer                  user_data);
static void category_cell_bound_cb   (GtkSignalListItemFactory *factory,
                                      GtkListItem              *item,
                                      gpointer                  user_data);
static void value_cell_bound_cb      (GtkSignalListItemFactory *factory,
                                      GtkListItem              *item,
                                      gpointer                  user_data);
static void advantage_cell_bound_cb  (GtkSignalListItemFactory *factory,
                                      GtkListItem              *item,
                                      gpointer                  user_data);

static void view_iface_init (VsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VsFeaturesView, vs_features_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (VS_TYPE_VIEW, view_iface_init))

enum {
  PROP_0,
  PROP_SORT_COLUMN,
  PROP_SORT_ORDER,
  N_PROPS,
  /* The interface's, overridden. */
  PROP_SESSION = N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* ------------------------------------------------------------------------ */
/* The session                                                              */
/* ------------------------------------------------------------------------ */

/* The view writes into its session what the exports show: the subjects of
 * the columns shown, and its rows (the model, live, which the exports
 * copy). All columns hidden is all subjects shown, as the exports have it.
 */
static void
publish_subjects (VsFeaturesView *self)
{
  g_autoptr(GPtrArray) shown = NULL;
  GListModel *columns;

  if (self->session == NULL || self->dataset == NULL || self->syncing_subjects)
    return;

  /* The columns are Feature, Category, one per subject, then Advantage. */
  shown = g_ptr_array_new ();
  columns = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < vs_dataset_get_n_subjects (self->dataset); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 2 + i);

      if (column != NULL && gtk_column_view_column_get_visible (column))
        g_ptr_array_add (shown, vs_dataset_get_subject (self->dataset, i));
    }

  self->syncing_subjects = TRUE;
  vs_session_set_subjects (self->session, shown);
  self->syncing_subjects = FALSE;
}

/* The columns shown are those of the session's subjects. */
static void
follow_subjects (VsFeaturesView *self)
{
  GPtrArray *subjects = vs_session_get_subjects (self->session);
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  self->syncing_subjects = TRUE;
  for (guint i = 0; i < vs_dataset_get_n_subjects (self->dataset); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 2 + i);
      VsSubject *subject = vs_dataset_get_subject (self->dataset, i);

      if (column != NULL)
        gtk_column_view_column_set_visible (column, g_ptr_array_find (subjects, subject, NULL));
    }
  self->syncing_subjects = FALSE;
}

/* The session no longer shows this view's rows. */
static void
unpublish (VsFeaturesView *self)
{
  if (self->session != NULL && self->model != NULL &&
      vs_session_get_features (self->session) == G_LIST_MODEL (self->model))
    vs_session_set_features (self->session, NULL);
}

/* ------------------------------------------------------------------------ */
/* Cells and columns                                                        */
/* ------------------------------------------------------------------------ */

static void
set_cell_text (VsTextCell *cell,
               const char *text)
{
  /* Plain text: a dataset's "<b>" stays "<b>". */
  if (text != NULL)
    {
      vs_text_cell_set_text (cell, text);
      gtk_widget_remove_css_class (GTK_WIDGET (cell), "dim-label");
    }
  else
    {
      vs_text_cell_set_text (cell, "—");
      gtk_widget_add_css_class (GTK_WIDGET (cell), "dim-label");
    }
}

/* The rows are VsRowSlots (vs-slot-list-model.c): a cell is bound again
 * when its slot takes another feature. The factory keeps how its cells are
 * bound, a cell its factory.
 */
typedef void (*CellBoundFunc) (GtkSignalListItemFactory *factory,
                               GtkListItem              *item,
                               gpointer                  user_data);

typedef struct {
  CellBoundFunc bound;
  gpointer user_data;
} CellBinding;

static GQuark cell_binding_quark;
static GQuark cell_factory_quark;

static VsFeature *
get_cell_feature (GtkListItem *item)
{
  return vs_row_slot_get_item (gtk_list_item_get_item (item));
}

static void
slot_item_changed_cb (VsRowSlot   *slot,
                      GParamSpec  *pspec,
                      GtkListItem *item)
{
  GtkSignalListItemFactory *factory = g_object_get_qdata (G_OBJECT (item), cell_factory_quark);
  CellBinding *binding = g_object_get_qdata (G_OBJECT (factory), cell_binding_quark);

  binding->bound (factory, item, binding->user_data);
}

static void
cell_set_up_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  g_object_set_qdata (G_OBJECT (item), cell_factory_quark, factory);
}

static void
cell_bound_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  g_signal_connect_object (gtk_list_item_get_item (item), "notify::item",
                           G_CALLBACK (slot_item_changed_cb), item, 0);
}

static void
cell_unbound_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item),
                                        slot_item_changed_cb, item);
}

/* A factory of cells (or cards) over VsRowSlots. */
static GtkListItemFactory *
create_slot_factory (GCallback set_up_cb,
                     GCallback bound_cb,
                     gpointer  user_data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  CellBinding *binding = g_new (CellBinding, 1);

  binding->bound = (CellBoundFunc) bound_cb;
  binding->user_data = user_data;
  g_object_set_qdata_full (G_OBJECT (factory), cell_binding_quark, binding, g_free);

  g_signal_connect (factory, "setup", G_CALLBACK (cell_set_up_cb), NULL);
  g_signal_connect (factory, "setup", set_up_cb, user_data);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bound_cb), NULL);
  g_signal_connect (factory, "bind", bound_cb, user_data);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbound_cb), NULL);

  return factory;
}

static GtkColumnViewColumn *
append_column (VsFeaturesView  *self,
               const char      *title,
               GCallback        set_up_cb,
               GCallback        bound_cb,
               gpointer         user_data,
               VsFeatureSorter *sorter)
{
  GtkListItemFactory *factory = create_slot_factory (set_up_cb, bound_cb, user_data);
  GtkColumnViewColumn *column;

  column = gtk_column_view_column_new (title, factory);

  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (sorter);

  /* The column view holds the column. */
  g_object_unref (column);

  return column;
}

static GtkWidget *
create_column_check (VsSubject           *subject,
                     GtkColumnViewColumn *column)
{
  GtkWidget *check = gtk_check_button_new_with_label (vs_subject_get_name (subject));

  g_object_bind_property (column, "visible", check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  return check;
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
remove_columns (VsFeaturesView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, column);
    }

  remove_children (self->columns_box);
  remove_children (self->narrow_columns_box);
}

/* The narrowest the table may be: every column shown at its smallest
 * width. Below it, the view shows cards (the layout squeezer). Counted
 * here rather than measured through the column view, which would measure
 * the cells of every row it keeps.
 */
static void
update_table_width (VsFeaturesView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->column_view));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                        pango_font_metrics_get_approximate_digit_width (metrics));
  int width = 0;

  pango_font_metrics_unref (metrics);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      int fixed = gtk_column_view_column_get_fixed_width (column);

      if (!gtk_column_view_column_get_visible (column))
        continue;

      /* As a text cell counts its width (vs-text-cell.c), and a pixel. */
      width += fixed > 0 ? fixed
                         : PANGO_PIXELS_CEIL (VALUE_MIN_CHARS * char_width) + CELL_PADDING + 1;
    }

  gtk_widget_set_size_request (self->table_scroller, width, -1);
}

/* The width of the Advantage column: its widest badge, within bounds
 * (a longer name is ellipsized, with the whole name as tooltip). The badge
 * is measured in the view, with the view's font: again once in a window.
 */
static void
update_advantage_width (VsFeaturesView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr(GtkColumnViewColumn) column = NULL;
  GtkWidget *badge;
  guint n_subjects;
  int widest = 0;

  if (self->dataset == NULL)
    return;

  n_subjects = vs_dataset_get_n_subjects (self->dataset);
  column = g_list_model_get_item (columns, 2 + n_subjects);
  if (column == NULL)
    return;

  badge = gtk_label_new (NULL);
  gtk_widget_add_css_class (badge, "vs-badge");
  gtk_widget_set_parent (badge, GTK_WIDGET (self));
  for (guint i = 0; i <= n_subjects; i++)
    {
      int natural;

      gtk_label_set_text (GTK_LABEL (badge),
                          i < n_subjects
                          ? vs_subject_get_name (vs_dataset_get_subject (self->dataset, i))
                          : C_("advantage", "Tie"));
      gtk_widget_measure (badge, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      widest = MAX (widest, natural);
    }

  gtk_widget_unparent (badge);

  gtk_column_view_column_set_fixed_width (column, CLAMP (widest + CELL_PADDING,
                                                         ADVANTAGE_COLUMN_MIN_WIDTH,
                                                         ADVANTAGE_COLUMN_MAX_WIDTH));
  update_table_width (self);
}

static void
build_columns (VsFeaturesView *self)
{
  guint n_subjects = vs_dataset_get_n_subjects (self->dataset);
  guint n_categories = g_list_model_get_n_items (vs_dataset_get_categories (self->dataset));
  GtkColumnViewColumn *column;

  column = append_column (self, _("Feature"),
                          G_CALLBACK (text_cell_set_up_cb), G_CALLBACK (name_cell_bound_cb), NULL,
                          vs_feature_sorter_new (self->dataset, VS_FEATURE_SORT_BY_NAME, 0));
  gtk_column_view_column_set_fixed_width (column, FEATURE_COLUMN_WIDTH);

  column = append_column (self, _("Category"),
                          G_CALLBACK (text_cell_set_up_cb), G_CALLBACK (category_cell_bound_cb),
                          NULL,
                          vs_feature_sorter_new (self->dataset, VS_FEATURE_SORT_BY_CATEGORY, 0));
  gtk_column_view_column_set_fixed_width (column, CATEGORY_COLUMN_WIDTH);
  gtk_column_view_column_set_visible (column, n_categories > 0);

  for (guint i = 0; i < n_subjects; i++)
    {
      VsSubject *subject = vs_dataset_get_subject (self->dataset, i);

      /* Column titles are plain text. */
      column = append_column (self, vs_subject_get_name (subject),
                              G_CALLBACK (value_cell_set_up_cb), G_CALLBACK (value_cell_bound_cb),
                              VALUE_COLUMN_DATA (i, n_subjects),
                              vs_feature_sorter_new (self->dataset, VS_FEATURE_SORT_BY_VALUE, i));
      gtk_column_view_column_set_expand (column, TRUE);
      g_signal_connect_object (column, "notify::visible", G_CALLBACK (update_table_width), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (column, "notify::visible", G_CALLBACK (publish_subjects), self,
                               G_CONNECT_SWAPPED);

      if (n_subjects > MAX_SUBJECTS_WITHOUT_CHOOSER)
        {
          gtk_box_append (self->columns_box, create_column_check (subject, column));
          gtk_box_append (self->narrow_columns_box, create_column_check (subject, column));
        }
    }

  column = append_column (self, _("Advantage"),
                          G_CALLBACK (advantage_cell_set_up_cb),
                          G_CALLBACK (advantage_cell_bound_cb), NULL,
                          vs_feature_sorter_new (self->dataset, VS_FEATURE_SORT_BY_ADVANTAGE, 0));
  update_advantage_width (self);
}

/* ------------------------------------------------------------------------ */
/* Cards                                                                    */
/* ------------------------------------------------------------------------ */

static void
card_set_up_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                VsFeaturesView           *self)
{
  GtkWidget *card = vs_feature_card_new (self->dataset);
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  /* A subject's line is hidden with its column. */
  for (guint i = 0; i < vs_dataset_get_n_subjects (self->dataset); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 2 + i);

      g_object_bind_property (column, "visible",
                              vs_feature_card_get_subject_line (VS_FEATURE_CARD (card), i),
                              "visible", G_BINDING_SYNC_CREATE);
    }

  gtk_widget_add_css_class (card, "card");
  gtk_list_item_set_child (item, card);
}

static void
card_bound_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               VsFeaturesView           *self)
{
  vs_feature_card_set_feature (VS_FEATURE_CARD (gtk_list_item_get_child (item)),
                               get_cell_feature (item));
}

static void
set_up_cards (VsFeaturesView *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  if (self->dataset != NULL)
    factory = create_slot_factory (G_CALLBACK (card_set_up_cb), G_CALLBACK (card_bound_cb), self);

  gtk_list_view_set_factory (self->card_list, factory);
}

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
static void
build_sort_menu (VsFeaturesView *self)
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

static void
sort_by (VsFeaturesView *self,
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
static void
sorter_changed_cb (VsFeaturesView *self)
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
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SORT_COLUMN]);
    }

  if (order != self->sort_order)
    {
      self->sort_order = order;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SORT_ORDER]);
    }
}

/* Ctrl+N: sorts by the Nth column shown, again to reverse the order. */
static void
sort_by_position_cb (GtkWidget  *widget,
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
          sort_by (self, i, order);
          return;
        }
    }

  gtk_widget_error_bell (widget);
}

/* ------------------------------------------------------------------------ */
/* Filters                                                                  */
/* ------------------------------------------------------------------------ */

static VsCategory *
get_selected_category (VsFeaturesView *self)
{
  guint selected = gtk_drop_down_get_selected (self->category_dropdown);
  GListModel *categories;

  /* The first item is “All categories”. */
  if (self->dataset == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  categories = vs_dataset_get_categories (self->dataset);
  if (selected > g_list_model_get_n_items (categories))
    return NULL;

  /* The dataset holds the category. */
  return g_list_model_get_item (categories, selected - 1);
}

/* The advantage menu is “Anyone leads”, one item per subject, then “Ties”. */
static VsSubject *
get_selected_leader (VsFeaturesView *self)
{
  return vs_filter_bar_get_subject (self->advantage_dropdown, self->dataset);
}

static gboolean
get_ties_selected (VsFeaturesView *self)
{
  guint selected = gtk_drop_down_get_selected (self->advantage_dropdown);

  return (self->dataset != NULL &&
          selected != GTK_INVALID_LIST_POSITION &&
          selected == vs_dataset_get_n_subjects (self->dataset) + 1);
}

/* Says, in markup, which filters leave no feature. */
static char *
describe_filters (VsFeaturesView *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *search = g_strstrip (g_strdup (text));
  g_autofree char *joined = NULL;
  g_autoptr(VsCategory) category = get_selected_category (self);
  VsSubject *leader = get_selected_leader (self);

  /* The description of a status page is markup: the dataset's and the
   * user's text is escaped.
   */
  if (search[0] != '\0')
    g_ptr_array_add (parts, g_markup_printf_escaped (_("the search “%s”"), search));
  if (category != NULL)
    g_ptr_array_add (parts, g_markup_printf_escaped (_("the category “%s”"),
                                                     vs_category_get_name (category)));
  if (leader != NULL)
    g_ptr_array_add (parts, g_markup_printf_escaped (_("the filter “Where %s leads”"),
                                                     vs_subject_get_name (leader)));
  if (get_ties_selected (self))
    g_ptr_array_add (parts, g_markup_escape_text (_("the filter “Ties”"), -1));
  if (gtk_toggle_button_get_active (self->differences_button))
    g_ptr_array_add (parts, g_markup_escape_text (_("the filter “Differences Only”"), -1));

  if (parts->len == 0)
    return g_markup_escape_text (_("No feature matches the filters."), -1);

  joined = vs_format_join_names (parts, FALSE);

  /* Translators: the placeholder is a list of filters, such as
   * “the search “GIL” and the category “Runtime””
   */
  return g_strdup_printf (_("No feature matches %s."), joined);
}

static void
update_results (VsFeaturesView *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  guint n_features = 0;
  g_autofree char *count = NULL;

  if (self->dataset != NULL)
    n_features = g_list_model_get_n_items (vs_dataset_get_features (self->dataset));

  if (n_items == n_features)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u feature", "%u features", n_features),
                             n_features);
  else
    /* Translators: “3 of 16 features” */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u feature", "%u of %u features",
                                          n_features),
                             n_items, n_features);

  gtk_label_set_text (self->count_label, count);
  gtk_label_set_text (self->narrow_count_label, count);

  if (n_items == 0 && n_features > 0)
    {
      g_autofree char *description = describe_filters (self);

      adw_status_page_set_description (self->empty_page, description);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->content_stack, "table");
    }
}

static void
apply_filters (VsFeaturesView *self)
{
  g_autoptr(VsCategory) category = NULL;

  if (self->resetting || self->filter == NULL)
    return;

  category = get_selected_category (self);

  vs_feature_filter_set_search (self->filter,
                                gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  vs_feature_filter_set_category (self->filter, category);
  vs_feature_filter_set_leader (self->filter, get_selected_leader (self));
  vs_feature_filter_set_ties_only (self->filter, get_ties_selected (self));
  vs_feature_filter_set_differences_only (self->filter,
                                          gtk_toggle_button_get_active (self->differences_button));

  /* Folded away, the filters still show that they are on. */
  if (category != NULL ||
      vs_feature_filter_get_leader (self->filter) != NULL ||
      vs_feature_filter_get_ties_only (self->filter) ||
      vs_feature_filter_get_differences_only (self->filter))
    gtk_widget_add_css_class (GTK_WIDGET (self->filters_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filters_button), "accent");

  /* The count may stay at zero while the reason changes. */
  update_results (self);
}

static void
reset_filters (VsFeaturesView *self)
{
  self->resetting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_drop_down_set_selected (self->narrow_category_dropdown, 0);
  gtk_drop_down_set_selected (self->advantage_dropdown, 0);
  gtk_drop_down_set_selected (self->narrow_advantage_dropdown, 0);
  gtk_toggle_button_set_active (self->differences_button, FALSE);
  self->resetting = FALSE;

  apply_filters (self);
}

static void
replace_strings (GtkStringList      *list,
                 const char * const *strings)
{
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)), strings);
}

static void
fill_filter_lists (VsFeaturesView *self)
{
  g_autoptr(GStrvBuilder) categories = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) leaders = g_strv_builder_new ();
  g_auto(GStrv) category_names = NULL;
  g_auto(GStrv) leader_names = NULL;
  guint n_categories = 0;
  guint n_subjects = 0;
  gboolean has_chooser;

  g_strv_builder_add (categories, _("All categories"));
  g_strv_builder_add (leaders, _("Anyone leads"));

  if (self->dataset != NULL)
    {
      GListModel *list = vs_dataset_get_categories (self->dataset);

      n_categories = g_list_model_get_n_items (list);
      for (guint i = 0; i < n_categories; i++)
        {
          g_autoptr(VsCategory) category = g_list_model_get_item (list, i);

          g_strv_builder_add (categories, vs_category_get_name (category));
        }

      n_subjects = vs_dataset_get_n_subjects (self->dataset);
      for (guint i = 0; i < n_subjects; i++)
        {
          VsSubject *subject = vs_dataset_get_subject (self->dataset, i);
          g_autofree char *label = NULL;

          /* Translators: an item of the advantage filter; the placeholder is a subject */
          label = g_strdup_printf (_("Where %s leads"), vs_subject_get_name (subject));
          g_strv_builder_add (leaders, label);
        }
    }

  g_strv_builder_add (leaders, _("Ties"));

  category_names = g_strv_builder_end (categories);
  leader_names = g_strv_builder_end (leaders);

  replace_strings (self->category_list, (const char * const *)category_names);
  replace_strings (self->narrow_category_list, (const char * const *)category_names);
  replace_strings (self->advantage_list, (const char * const *)leader_names);
  replace_strings (self->narrow_advantage_list, (const char * const *)leader_names);

  gtk_widget_set_visible (GTK_WIDGET (self->category_dropdown), n_categories > 0);
  gtk_widget_set_visible (self->narrow_category_box, n_categories > 0);
  has_chooser = n_subjects > MAX_SUBJECTS_WITHOUT_CHOOSER;
  gtk_widget_set_visible (GTK_WIDGET (self->columns_button), has_chooser);
  gtk_widget_set_visible (self->narrow_columns_section, has_chooser);
}

static void
show_dataset (VsFeaturesView *self)
{
  self->resetting = TRUE;

  vs_feature_list_model_set_dataset (self->model, NULL, NULL);
  g_clear_object (&self->filter);
  remove_columns (self);
  update_table_width (self);
  fill_filter_lists (self);

  self->resetting = FALSE;

  if (self->dataset != NULL)
    {
      self->filter = vs_feature_filter_new (self->dataset);
      build_columns (self);
      vs_feature_list_model_set_dataset (self->model, self->dataset, self->filter);
    }

  set_up_cards (self);
  build_sort_menu (self);
  reset_filters (self);
  update_results (self);
}

/* ------------------------------------------------------------------------ */
/* Signal callbacks                                                         */
/* ------------------------------------------------------------------------ */

/* The Feature and Category columns have a fixed width, which their cells
 * fill.
 */
static void
text_cell_set_up_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GtkWidget *cell = vs_text_cell_new (TEXT_MIN_CHARS, TEXT_MIN_CHARS);

  gtk_widget_set_valign (cell, GTK_ALIGN_START);
  gtk_list_item_set_child (item, cell);
}

/* These bounds keep the subjects' columns side by side and readable. */
static void
value_cell_set_up_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  GtkWidget *cell = vs_text_cell_new (VALUE_MIN_CHARS, VALUE_MAX_CHARS);

  gtk_widget_set_valign (cell, GTK_ALIGN_START);
  gtk_list_item_set_child (item, cell);
}

static void
name_cell_bound_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  VsFeature *feature = get_cell_feature (item);

  set_cell_text (VS_TEXT_CELL (gtk_list_item_get_child (item)), vs_feature_get_name (feature));
}

static void
category_cell_bound_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *item,
                        gpointer                  user_data)
{
  VsFeature *feature = get_cell_feature (item);
  VsCategory *category = vs_feature_get_category (feature);

  set_cell_text (VS_TEXT_CELL (gtk_list_item_get_child (item)),
                 category != NULL ? vs_category_get_name (category) : NULL);
}

static void
set_cell_score (VsTextCell *cell,
                VsFeature  *feature,
                guint       subject_index,
                guint       n_subjects)
{
  double score = NAN;
  double best = vs_feature_get_best_score (feature, n_subjects);

  vs_feature_get_score (feature, subject_index, &score);
  vs_text_cell_set_score (cell, score, !isnan (score) && score == best);
}

static void
value_cell_bound_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  VsFeature *feature = get_cell_feature (item);
  guint subject_index = VALUE_COLUMN_SUBJECT (user_data);

  VsTextCell *cell = VS_TEXT_CELL (gtk_list_item_get_child (item));

  set_cell_text (cell, vs_feature_get_value (feature, subject_index));
  set_cell_score (cell, feature, subject_index, VALUE_COLUMN_N_SUBJECTS (user_data));
}

/* A subject's badge, which may be ellipsized, has its name as tooltip. It
 * is given when asked for: gtk_widget_set_tooltip_text() on each bind
 * asks the display where the pointer is, a round trip per row.
 */
static gboolean
badge_tooltip_queried_cb (GtkWidget  *badge,
                          int         x,
                          int         y,
                          gboolean    keyboard_mode,
                          GtkTooltip *tooltip,
                          gpointer    user_data)
{
  const char *name = gtk_label_get_text (GTK_LABEL (badge));

  if (gtk_widget_has_css_class (badge, "vs-tie-badge") || name[0] == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, name);

  return TRUE;
}

static void
advantage_cell_set_up_cb (GtkSignalListItemFactory *factory,
                          GtkListItem              *item,
                          gpointer                  user_data)
{
  GtkWidget *badge = gtk_label_new (NULL);

  /* The same badge as vs_subject_badge_new(), recoloured on each bind. */
  gtk_label_set_ellipsize (GTK_LABEL (badge), PANGO_ELLIPSIZE_END);
  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_widget_set_has_tooltip (badge, TRUE);
  g_signal_connect (badge, "query-tooltip", G_CALLBACK (badge_tooltip_queried_cb), NULL);
  gtk_list_item_set_child (item, badge);
}

static void
advantage_cell_bound_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *item,
                         gpointer                  user_data)
{
  VsFeature *feature = get_cell_feature (item);
  VsSubject *advantage = vs_feature_get_advantage (feature);
  GtkWidget *badge = gtk_list_item_get_child (item);

  if (advantage != NULL)
    {
      g_autofree char *subject_class = vs_subject_style_class (advantage);
      const char *classes[] = { "vs-badge", subject_class, NULL };

      gtk_label_set_text (GTK_LABEL (badge), vs_subject_get_name (advantage));
      gtk_widget_set_css_classes (badge, classes);
      gtk_widget_set_visible (badge, TRUE);
    }
  else if (vs_feature_get_is_tie (feature))
    {
      const char *classes[] = { "vs-badge", "vs-tie-badge", NULL };

      gtk_label_set_text (GTK_LABEL (badge), C_("advantage", "Tie"));
      gtk_widget_set_css_classes (badge, classes);
      gtk_widget_set_visible (badge, TRUE);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (badge), "");
      gtk_widget_set_visible (badge, FALSE);
    }
}

static void
search_changed_cb (VsFeaturesView *self,
                   GtkSearchEntry *entry)
{
  apply_filters (self);
}

static void
search_stopped_cb (VsFeaturesView *self,
                   GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
filter_changed_cb (VsFeaturesView *self)
{
  apply_filters (self);
}

static void
dropdown_selected_cb (VsFeaturesView *self,
                      GParamSpec     *pspec,
                      GtkDropDown    *dropdown)
{
  GtkDropDown *twin;
  guint selected;

  if (self->resetting)
    return;

  if (dropdown == self->category_dropdown)
    twin = self->narrow_category_dropdown;
  else if (dropdown == self->narrow_category_dropdown)
    twin = self->category_dropdown;
  else if (dropdown == self->advantage_dropdown)
    twin = self->narrow_advantage_dropdown;
  else
    twin = self->advantage_dropdown;

  /* The wide drop-down is the one the filters read. */
  selected = gtk_drop_down_get_selected (dropdown);
  if (selected != GTK_INVALID_LIST_POSITION && gtk_drop_down_get_selected (twin) != selected)
    {
      self->resetting = TRUE;
      gtk_drop_down_set_selected (twin, selected);
      self->resetting = FALSE;
    }

  apply_filters (self);
}

static void
clear_button_clicked_cb (VsFeaturesView *self,
                         GtkButton      *button)
{
  reset_filters (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_details (VsFeaturesView *self,
              guint           position)
{
  g_autoptr(VsFeature) feature = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  VsFeatureDetails *details;

  if (feature == NULL)
    return;

  details = vs_feature_details_new (self->dataset, feature);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (details), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (details));
}

static void
row_activated_cb (VsFeaturesView *self,
                  guint           position,
                  GtkColumnView  *column_view)
{
  show_details (self, position);
}

static void
card_activated_cb (VsFeaturesView *self,
                   guint           position,
                   GtkListView    *list_view)
{
  show_details (self, position);
}

/* The table or the cards: the cards' list has the rows only when shown,
 * so that the table's sorts and searches do not bind cards out of sight.
 */
static void
layout_changed_cb (VsFeaturesView *self)
{
  gboolean cards;

  if (self->selection == NULL)
    return;

  cards = adw_squeezer_get_visible_child (self->layout_squeezer) == self->card_scroller;
  gtk_list_view_set_model (self->card_list, cards ? GTK_SELECTION_MODEL (self->selection) : NULL);
}

/* The rows' slots do not move when the rows are sorted again (see
 * append_column()), nor does the selection with them: it follows its
 * feature here.
 */
static void
rows_changing_cb (VsFeaturesView *self,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GListModel     *model)
{
  VsRowSlot *selected = gtk_single_selection_get_selected_item (self->selection);

  g_set_object (&self->selected_feature, selected ? vs_row_slot_get_item (selected) : NULL);
}

static void
items_changed_cb (VsFeaturesView *self,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GListModel     *model)
{
  if (self->selected_feature != NULL)
    {
      gtk_single_selection_set_selected (self->selection,
                                         vs_feature_list_model_find (self->model,
                                                                     self->selected_feature));
      g_clear_object (&self->selected_feature);
    }

  if (!self->resetting)
    update_results (self);
}

static gboolean
progress_ticked_cb (gpointer user_data)
{
  VsFeaturesView *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar,
                                 vs_feature_list_model_get_progress (self->model));

  return G_SOURCE_CONTINUE;
}

static gboolean
progress_delay_passed_cb (gpointer user_data)
{
  VsFeaturesView *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar,
                                 vs_feature_list_model_get_progress (self->model));
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  self->progress_source = g_timeout_add (PROGRESS_INTERVAL_MS, progress_ticked_cb, self);

  return G_SOURCE_REMOVE;
}

/* The rows wait for work in a thread (the first sort by a column of a
 * large dataset): after a second, the view says how far it got.
 */
static void
pending_changed_cb (VsFeaturesView *self)
{
  if (vs_feature_list_model_get_pending (self->model) > 0)
    {
      if (self->progress_source == 0)
        self->progress_source = g_timeout_add (PROGRESS_DELAY_MS, progress_delay_passed_cb, self);
    }
  else
    {
      g_clear_handle_id (&self->progress_source, g_source_remove);
      gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
    }
}

static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VsFeaturesView *self = VS_FEATURES_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ------------------------------------------------------------------------ */
/* VsView                                                                   */
/* ------------------------------------------------------------------------ */

static void
vs_features_view_session_changed (VsView          *view,
                                  VsSession       *session,
                                  VsSessionChange  what)
{
  VsFeaturesView *self = VS_FEATURES_VIEW (view);
  VsDataset *dataset = session != NULL ? vs_session_get_dataset (session) : NULL;

  if (self->session != session)
    {
      unpublish (self);
      g_set_object (&self->session, session);
    }

  if (g_set_object (&self->dataset, dataset))
    show_dataset (self);

  if (session == NULL || dataset == NULL)
    return;

  if ((what & VS_SESSION_CHANGE_SUBJECTS) && !self->syncing_subjects)
    follow_subjects (self);

  if (vs_session_get_features (session) != G_LIST_MODEL (self->model))
    vs_session_set_features (session, G_LIST_MODEL (self->model));
}

static void
view_iface_init (VsViewInterface *iface)
{
  iface->session_changed = vs_features_view_session_changed;
}

/* ------------------------------------------------------------------------ */
/* Class                                                                    */
/* ------------------------------------------------------------------------ */

static void
vs_features_view_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (vs_features_view_parent_class)->root (widget);

  update_advantage_width (VS_FEATURES_VIEW (widget));
}

static void
vs_features_view_dispose (GObject *object)
{
  VsFeaturesView *self = (VsFeaturesView *)object;

  /* Takes the view's rows out of the session, which may outlive it. */
  vs_view_set_session (VS_VIEW (self), NULL);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_handle_id (&self->progress_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_FEATURES_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->selected_feature);
  g_clear_object (&self->model);
  g_clear_object (&self->filter);
  g_clear_object (&self->dataset);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (vs_features_view_parent_class)->dispose (object);
}

static void
vs_features_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VsFeaturesView *self = VS_FEATURES_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, vs_view_get_session (VS_VIEW (self)));
      break;

    case PROP_SORT_COLUMN:
      g_value_set_int (value, self->sort_column);
      break;

    case PROP_SORT_ORDER:
      g_value_set_enum (value, self->sort_order);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_features_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VsFeaturesView *self = VS_FEATURES_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      vs_view_set_session (VS_VIEW (self), g_value_get_object (value));
      break;

    case PROP_SORT_COLUMN:
      sort_by (self, g_value_get_int (value), self->sort_order);
      break;

    case PROP_SORT_ORDER:
      sort_by (self, self->sort_column, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_features_view_class_init (VsFeaturesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_features_view_dispose;
  widget_class->root = vs_features_view_root;

  cell_binding_quark = g_quark_from_static_string ("vs-cell-binding");
  cell_factory_quark = g_quark_from_static_string ("vs-cell-factory");
  object_class->get_property = vs_features_view_get_property;
  object_class->set_property = vs_features_view_set_property;

  /* The column sorted by: its position among the columns (hidden ones
   * too), -1 for the dataset's order.
   */
  properties [PROP_SORT_COLUMN] =
    g_param_spec_int ("sort-column", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties [PROP_SORT_ORDER] =
    g_param_spec_enum ("sort-order", NULL, NULL,
                       GTK_TYPE_SORT_TYPE, GTK_SORT_ASCENDING,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_SESSION, "session");

  gtk_widget_class_set_template_from_resource (widget_class, TEMPLATE);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, sort_button);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, advantage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, differences_button);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, columns_button);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, columns_box);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, count_label);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, filters_button);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_count_label);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_category_box);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_advantage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_differences_switch);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_columns_section);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_columns_box);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, layout_squeezer);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, table_scroller);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, card_scroller);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, column_view);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, card_list);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, category_list);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, advantage_list);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_category_list);
  gtk_widget_class_bind_template_child (widget_class, VsFeaturesView, narrow_advantage_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, layout_changed_cb);

  /* Every view has a “view.search” action: the window's search button and
   * Ctrl+F activate it on the visible view.
   */
  gtk_widget_class_install_action (widget_class, "view.search", NULL, search_action_cb);

  gtk_widget_class_install_property_action (widget_class, "features.sort-column", "sort-column");
  gtk_widget_class_install_property_action (widget_class, "features.sort-order", "sort-order");
  gtk_widget_class_install_action (widget_class, "features.sort-by-position", "i",
                                   sort_by_position_cb);
  for (int i = 0; i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "features.sort-by-position", "i", i);
}

static void
vs_features_view_init (VsFeaturesView *self)
{
  VsSlotListModel *slots;

  self->sort_column = -1;
  self->sort_order = GTK_SORT_ASCENDING;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The narrow switch is the wide toggle in another place. */
  g_object_bind_property (self->differences_button, "active",
                          self->narrow_differences_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  self->model = vs_feature_list_model_new (gtk_column_view_get_sorter (self->column_view));
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (rows_changing_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::pending",
                           G_CALLBACK (pending_changed_cb), self, G_CONNECT_SWAPPED);

  slots = vs_slot_list_model_new (G_LIST_MODEL (self->model));
  /* After the slots have taken their new features. */
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);

  self->selection = gtk_single_selection_new (G_LIST_MODEL (slots));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  layout_changed_cb (self);

  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);

  show_dataset (self);
}
