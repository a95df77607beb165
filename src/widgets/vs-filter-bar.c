/* vs-filter-bar.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-filter-bar.h"

/* A row of filters: the first child (the search entry) takes the width the
 * others leave. When the row is too narrow for all of them, the others move
 * to a second line under the first child and share its width, so that a
 * filter bar never makes the window wider than a phone. Children are added
 * in a template with <child>, as to any GtkWidget.
 */

struct _VsFilterBar
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (VsFilterBar, vs_filter_bar, GTK_TYPE_WIDGET)

#define SPACING 6
/* Below this width, the first child would be too small to type in. */
#define MIN_FIRST_WIDTH 160

/* A drop-down's button shows at least this many characters of the name
 * chosen (“All subjects”), its list at least this many on a line.
 */
#define DROP_DOWN_MIN_CHARS 12
#define DROP_DOWN_LIST_MIN_CHARS 14

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural)
{
  gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

/* The width of the filters after the first, side by side, at natural size. */
static int
others_natural_width (GtkWidget *first,
                      int       *n_others)
{
  int width = 0;

  *n_others = 0;
  for (GtkWidget *child = gtk_widget_get_next_sibling (first);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum, natural;

      if (!gtk_widget_should_layout (child))
        continue;

      measure_child (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural);
      width += natural + SPACING;
      (*n_others)++;
    }

  return width;
}

static gboolean
fits_one_line (GtkWidget *widget,
               int        width)
{
  GtkWidget *first = gtk_widget_get_first_child (widget);
  int first_minimum, first_natural, n_others;
  int others = others_natural_width (first, &n_others);

  if (n_others == 0)
    return TRUE;

  measure_child (first, GTK_ORIENTATION_HORIZONTAL, -1, &first_minimum, &first_natural);

  return width >= MAX (MIN_FIRST_WIDTH, first_natural) + others;
}

static void
vs_filter_bar_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  GtkWidget *first = gtk_widget_get_first_child (widget);
  int first_minimum = 0, first_natural = 0;
  int others_minimum = 0, others_natural = 0;
  gboolean one_line;

  *minimum = *natural = 0;
  if (first == NULL)
    return;

  one_line = orientation == GTK_ORIENTATION_HORIZONTAL || for_size < 0 ||
             fits_one_line (widget, for_size);

  measure_child (first, orientation, -1, &first_minimum, &first_natural);

  for (GtkWidget *child = gtk_widget_get_next_sibling (first);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;

      measure_child (child, orientation, -1, &child_minimum, &child_natural);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          others_minimum += child_minimum + SPACING;
          others_natural += child_natural + SPACING;
        }
      else
        {
          others_minimum = MAX (others_minimum, child_minimum);
          others_natural = MAX (others_natural, child_natural);
        }
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Folded, the first child and the others each take a line. */
      *minimum = MAX (first_minimum, MAX (others_minimum - SPACING, 0));
      *natural = MAX (first_natural, MIN_FIRST_WIDTH) + others_natural;
    }
  else if (one_line)
    {
      *minimum = MAX (first_minimum, others_minimum);
      *natural = MAX (first_natural, others_natural);
    }
  else
    {
      *minimum = first_minimum + SPACING + others_minimum;
      *natural = first_natural + SPACING + others_natural;
    }
}

static void
allocate_child (GtkWidget *widget,
                GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  /* Mirror the positions for right-to-left languages. */
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    x = gtk_widget_get_width (widget) - x - width;

  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

static void
vs_filter_bar_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  GtkWidget *first = gtk_widget_get_first_child (widget);
  g_autofree GtkRequestedSize *sizes = NULL;
  int n_others, others_width, first_height, dummy, x, extra;
  guint i = 0;

  if (first == NULL)
    return;

  others_width = others_natural_width (first, &n_others);
  sizes = g_new0 (GtkRequestedSize, MAX (n_others, 1));

  if (fits_one_line (widget, width))
    {
      allocate_child (widget, first, 0, 0, width - others_width, height);
      x = width - others_width + SPACING;
      for (GtkWidget *child = gtk_widget_get_next_sibling (first);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int minimum, natural;

          if (!gtk_widget_should_layout (child))
            continue;

          measure_child (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural);
          allocate_child (widget, child, x, 0, natural, height);
          x += natural + SPACING;
        }
      return;
    }

  measure_child (first, GTK_ORIENTATION_VERTICAL, width, &dummy, &first_height);
  first_height = MIN (first_height, height);
  allocate_child (widget, first, 0, 0, width, first_height);

  /* The others share the second line: each gets its minimum, then what is
   * left goes towards natural sizes, then equally to all of them.
   */
  extra = width - SPACING * (n_others - 1);
  for (GtkWidget *child = gtk_widget_get_next_sibling (first);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;

      sizes[i].data = child;
      measure_child (child, GTK_ORIENTATION_HORIZONTAL, -1,
                     &sizes[i].minimum_size, &sizes[i].natural_size);
      extra -= sizes[i].minimum_size;
      i++;
    }

  extra = gtk_distribute_natural_allocation (MAX (extra, 0), n_others, sizes);

  x = 0;
  for (i = 0; i < (guint) n_others; i++)
    {
      int child_width = sizes[i].minimum_size + extra / n_others;

      if (i < (guint) (extra % n_others))
        child_width++;

      allocate_child (widget, sizes[i].data, x, first_height + SPACING, child_width,
                      MAX (height - first_height - SPACING, 0));
      x += child_width + SPACING;
    }
}

static GtkSizeRequestMode
vs_filter_bar_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vs_filter_bar_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (vs_filter_bar_parent_class)->dispose (object);
}

static void
vs_filter_bar_class_init (VsFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_filter_bar_dispose;

  widget_class->get_request_mode = vs_filter_bar_get_request_mode;
  widget_class->measure = vs_filter_bar_measure;
  widget_class->size_allocate = vs_filter_bar_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "vs-filter-bar");
}

static void
vs_filter_bar_init (VsFilterBar *self)
{
}

GtkWidget *
vs_filter_bar_new (void)
{
  return g_object_new (VS_TYPE_FILTER_BAR, NULL);
}

/* ------------------------------------------------------------------------ */
/* Drop-downs                                                               */
/* ------------------------------------------------------------------------ */

static void
setup_button_item_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      GtkDropDown              *drop_down)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), DROP_DOWN_MIN_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_button_item_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     GtkDropDown              *drop_down)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      gtk_string_object_get_string (item));
}

static void
update_check (GtkListItem *list_item,
              GtkDropDown *drop_down)
{
  GtkWidget *check = gtk_widget_get_last_child (gtk_list_item_get_child (list_item));

  gtk_widget_set_opacity (check,
                          gtk_list_item_get_position (list_item) ==
                          gtk_drop_down_get_selected (drop_down) ? 1 : 0);
}

static void
selected_changed_cb (GtkListItem *list_item,
                     GParamSpec  *pspec,
                     GtkDropDown *drop_down)
{
  update_check (list_item, drop_down);
}

static void
setup_list_item_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    GtkDropDown              *drop_down)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  /* Long names wrap between words, never inside one. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_width_chars (GTK_LABEL (label), DROP_DOWN_LIST_MIN_CHARS);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_list_item_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   GtkDropDown              *drop_down)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (item));
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (selected_changed_cb),
                           list_item, G_CONNECT_SWAPPED);
  update_check (list_item, drop_down);
}

static void
unbind_list_item_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     GtkDropDown              *drop_down)
{
  g_signal_handlers_disconnect_by_func (drop_down, selected_changed_cb, list_item);
}

/**
 * vs_filter_bar_setup_drop_down:
 * @drop_down: a drop-down over a #GtkStringList
 *
 * Makes @drop_down ellipsize the chosen string, so that a long name from a
 * dataset cannot widen the window; its menu shows whole names and marks the
 * chosen one.
 */
void
vs_filter_bar_setup_drop_down (GtkDropDown *drop_down)
{
  g_autoptr(GtkListItemFactory) button_factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  g_signal_connect (button_factory, "setup", G_CALLBACK (setup_button_item_cb), drop_down);
  g_signal_connect (button_factory, "bind", G_CALLBACK (bind_button_item_cb), drop_down);
  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_list_item_cb), drop_down);
  g_signal_connect (list_factory, "bind", G_CALLBACK (bind_list_item_cb), drop_down);
  g_signal_connect (list_factory, "unbind", G_CALLBACK (unbind_list_item_cb), drop_down);

  gtk_drop_down_set_factory (drop_down, button_factory);
  gtk_drop_down_set_list_factory (drop_down, list_factory);
}

/**
 * vs_filter_bar_fill_subjects:
 * @drop_down: a drop-down of subjects
 * @dataset: (nullable): the dataset shown
 *
 * Lists “All subjects”, then the subjects of @dataset, and chooses the first.
 */
void
vs_filter_bar_fill_subjects (GtkDropDown *drop_down,
                             VsDataset   *dataset)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));
  g_return_if_fail (dataset == NULL || VS_IS_DATASET (dataset));

  gtk_string_list_append (names, _("All subjects"));
  for (guint i = 0; dataset != NULL && i < vs_dataset_get_n_subjects (dataset); i++)
    gtk_string_list_append (names, vs_subject_get_name (vs_dataset_get_subject (dataset, i)));

  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (drop_down, 0);
}

/**
 * vs_filter_bar_get_subject:
 * @drop_down: a drop-down whose item 0 stands for every subject and item n
 *   for the subject n - 1 of @dataset, as vs_filter_bar_fill_subjects()
 *   makes it (items past the subjects stand for none)
 * @dataset: (nullable): the dataset it was filled with
 *
 * Returns: (transfer none) (nullable): the subject chosen, or %NULL for all
 */
VsSubject *
vs_filter_bar_get_subject (GtkDropDown *drop_down,
                           VsDataset   *dataset)
{
  guint selected;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (drop_down), NULL);

  selected = gtk_drop_down_get_selected (drop_down);
  if (dataset == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > vs_dataset_get_n_subjects (dataset))
    return NULL;

  return vs_dataset_get_subject (dataset, selected - 1);
}
