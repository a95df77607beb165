/* vs-features-view-table.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-feature-card.h"
#include "vs-feature-sorter.h"
#include "vs-features-view-private.h"
#include "vs-slot-list-model.h"
#include "vs-subject-style.h"
#include "vs-text-cell.h"

/* The rows of the Features view: the column view's columns (Feature,
 * Category, one per subject shown, Advantage) and their cells, and the
 * cards shown in their place when the view is narrow.
 */

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

static GQuark
cell_binding_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("vs-cell-binding");

  return quark;
}

static GQuark
cell_factory_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("vs-cell-factory");

  return quark;
}

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
  GtkSignalListItemFactory *factory = g_object_get_qdata (G_OBJECT (item), cell_factory_quark ());
  CellBinding *binding = g_object_get_qdata (G_OBJECT (factory), cell_binding_quark ());

  binding->bound (factory, item, binding->user_data);
}

static void
cell_set_up_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  g_object_set_qdata (G_OBJECT (item), cell_factory_quark (), factory);
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
  g_object_set_qdata_full (G_OBJECT (factory), cell_binding_quark (), binding, g_free);

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

void
vs_features_view_remove_columns (VsFeaturesView *self)
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
void
vs_features_view_update_table_width (VsFeaturesView *self)
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
void
vs_features_view_update_advantage_width (VsFeaturesView *self)
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
  vs_features_view_update_table_width (self);
}

void
vs_features_view_build_columns (VsFeaturesView *self)
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
      g_signal_connect_object (column, "notify::visible",
                               G_CALLBACK (vs_features_view_update_table_width), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (column, "notify::visible",
                               G_CALLBACK (vs_features_view_publish_subjects), self,
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
  vs_features_view_update_advantage_width (self);
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

void
vs_features_view_set_up_cards (VsFeaturesView *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  if (self->dataset != NULL)
    factory = create_slot_factory (G_CALLBACK (card_set_up_cb), G_CALLBACK (card_bound_cb), self);

  gtk_list_view_set_factory (self->card_list, factory);
}

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
