/* vs-text-cell.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "vs-text-cell.h"

/* The text of a cell of the Features table: plain text that wraps, as a
 * wrapping GtkLabel would show it, for a fraction of the work.
 *
 * GTK 4.8's column view lays out again the ~200 rows it keeps each time
 * the rows are sorted or searched. A wrapping GtkLabel shapes its whole
 * text three times or more to be measured (its natural width, its
 * smallest width, its height at the width it gets) and copies its layout
 * to do so. This cell asks for widths counted in characters, which need
 * no shaping, so that the columns keep their widths whatever the rows
 * show, and shapes its text once per width it is given; out of sight, not
 * until it comes into sight.
 *
 * Under the text, a cell may show a short note on one line, smaller: a
 * subject's score, in bold with a star for the best of its feature.
 */

/* Between the text and the note, in pixels. */
#define NOTE_SPACING 2

struct _VsTextCell
{
  GtkWidget parent_instance;

  char *text;
  int min_chars;
  int max_chars;

  /* Made when first needed, and again when the font changes. */
  PangoLayout *layout;
  PangoFontDescription *font;
  /* The width @layout was shaped for, in pixels; -1 for none yet. */
  int layout_width;
  /* The last width it was shaped for, kept when the text changes; -1
   * before the first.
   */
  int last_width;
  /* Of the widget's font, in Pango units. */
  int char_width;
  /* The height of its text when last shaped; -1 before. */
  int height;
  /* Whether it answered with @height for a text it has not shaped. */
  gboolean stale;
  /* The tick callback that has it measured again (see map()); 0 for none. */
  guint remeasure_tick;

  /* The note under the text, NULL for none; its layout is made with the
   * text's, and its height (one line) measured then.
   */
  char *note;
  gboolean note_strong;
  PangoLayout *note_layout;
  int note_height;
};

G_DEFINE_FINAL_TYPE (VsTextCell, vs_text_cell, GTK_TYPE_WIDGET)

/* The cells in sight waiting to be measured again. */
static guint n_waiting;

/* The note is smaller than the text, and in bold when strong. */
static void
set_note_attributes (PangoLayout *layout,
                     gboolean     strong)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_weight_new (strong ? PANGO_WEIGHT_BOLD
                                                               : PANGO_WEIGHT_NORMAL));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

static void
ensure_layout (VsTextCell *self)
{
  PangoContext *context;
  PangoFontMetrics *metrics;

  if (self->layout != NULL)
    return;

  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  self->layout_width = -1;

  /* The note's height is that of one line, whatever it says. */
  g_clear_object (&self->note_layout);
  self->note_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "★ 5/5");
  set_note_attributes (self->note_layout, TRUE);
  pango_layout_get_pixel_size (self->note_layout, NULL, &self->note_height);

  context = pango_layout_get_context (self->layout);
  g_clear_pointer (&self->font, pango_font_description_free);
  self->font = pango_font_description_copy (pango_context_get_font_description (context));
  metrics = pango_context_get_metrics (context, self->font, NULL);
  self->char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                          pango_font_metrics_get_approximate_digit_width (metrics));
  pango_font_metrics_unref (metrics);
}

/* Shapes the text for @width pixels, unless it is already. */
static void
set_layout_width (VsTextCell *self,
                  int         width)
{
  ensure_layout (self);

  if (self->layout_width == width)
    return;

  pango_layout_set_width (self->layout, width > 0 ? width * PANGO_SCALE : -1);
  self->layout_width = width;
  self->last_width = width;
}

static GtkSizeRequestMode
vs_text_cell_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vs_text_cell_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  VsTextCell *self = VS_TEXT_CELL (widget);

  ensure_layout (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = PANGO_PIXELS_CEIL (self->min_chars * self->char_width);
      *natural = PANGO_PIXELS_CEIL (self->max_chars * self->char_width);
    }
  else
    {
      int width = for_size;
      int height;

      /* Out of sight, a cell whose text changed keeps the height it had,
       * and is measured again when it comes into sight (see map()). GTK
       * 4.8 keeps ~200 rows and asks each for its height after every
       * change, though it shows ten or twenty: shaping the text of those
       * out of sight took half the time of a sort to the next frame.
       */
      if (self->layout_width < 0 && self->height >= 0 && !gtk_widget_get_mapped (widget))
        {
          self->stale = TRUE;
          *minimum = *natural = self->height;
          return;
        }

      /* Asked without a width, the height at the last width it had, else
       * at its natural width. The list view asks so of every row it keeps,
       * visible or not, before it asks each for its height at the width
       * it gives it: after a sort or a search, a cell then shapes its new
       * text once, not twice (at 100,000 features, about 20 ms less to
       * the next frame, in bench/).
       */
      if (width < 0)
        width = self->last_width >= 0 ? self->last_width
                                      : PANGO_PIXELS_CEIL (self->max_chars * self->char_width);
      set_layout_width (self, width);
      pango_layout_get_pixel_size (self->layout, NULL, &height);
      if (self->note != NULL)
        height += NOTE_SPACING + self->note_height;
      self->height = height;
      self->stale = FALSE;
      *minimum = *natural = height;
    }
}

/* At the next frame, before its layout: measured again. (Queued while the
 * list view allocates the rows it brings into sight, a resize leaves the
 * row unallocated when the frame is painted, which GTK warns of.)
 */
static gboolean
frame_started_cb (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  VsTextCell *self = VS_TEXT_CELL (widget);

  self->remeasure_tick = 0;
  n_waiting--;
  gtk_widget_queue_resize (widget);

  return G_SOURCE_REMOVE;
}

/* In sight again: a height given for older text is measured again, at the
 * next frame. For this one, the row may have the height of what it showed
 * before (the text is clipped to it, see snapshot()).
 */
static void
vs_text_cell_map (GtkWidget *widget)
{
  VsTextCell *self = VS_TEXT_CELL (widget);

  GTK_WIDGET_CLASS (vs_text_cell_parent_class)->map (widget);

  if (self->stale && self->remeasure_tick == 0)
    {
      self->stale = FALSE;
      self->remeasure_tick = gtk_widget_add_tick_callback (widget, frame_started_cb, NULL, NULL);
      n_waiting++;
    }
}

static void
vs_text_cell_unmap (GtkWidget *widget)
{
  VsTextCell *self = VS_TEXT_CELL (widget);

  /* Out of sight, it waits to come back (see measure()). */
  if (self->remeasure_tick != 0)
    {
      gtk_widget_remove_tick_callback (widget, self->remeasure_tick);
      self->remeasure_tick = 0;
      n_waiting--;
      self->stale = TRUE;
    }

  GTK_WIDGET_CLASS (vs_text_cell_parent_class)->unmap (widget);
}

static void
vs_text_cell_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  set_layout_width (VS_TEXT_CELL (widget), width);
}

static void
vs_text_cell_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  VsTextCell *self = VS_TEXT_CELL (widget);

  set_layout_width (self, gtk_widget_get_width (widget));

  /* With the height of its old text, for a frame: not over the next row. */
  if (self->remeasure_tick != 0)
    gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                           gtk_widget_get_height (widget)));
  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (widget), 0, 0,
                              self->layout);
  if (self->note != NULL)
    {
      int text_height;

      pango_layout_get_pixel_size (self->layout, NULL, &text_height);
      set_note_attributes (self->note_layout, self->note_strong);
      pango_layout_set_text (self->note_layout, self->note, -1);
      gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (widget), 0,
                                  text_height + NOTE_SPACING, self->note_layout);
    }
  if (self->remeasure_tick != 0)
    gtk_snapshot_pop (snapshot);
}

/* A new font: shape again, with its metrics. Other changes of style (the
 * row hovered, selected or in a window in the background) keep the shape.
 */
static void
vs_text_cell_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  VsTextCell *self = VS_TEXT_CELL (widget);
  PangoContext *context;

  GTK_WIDGET_CLASS (vs_text_cell_parent_class)->css_changed (widget, change);

  context = gtk_widget_get_pango_context (widget);
  if (self->layout == NULL ||
      pango_font_description_equal (self->font, pango_context_get_font_description (context)))
    return;

  g_clear_object (&self->layout);
  gtk_widget_queue_resize (widget);
}

static void
vs_text_cell_system_setting_changed (GtkWidget        *widget,
                                     GtkSystemSetting  setting)
{
  VsTextCell *self = VS_TEXT_CELL (widget);

  GTK_WIDGET_CLASS (vs_text_cell_parent_class)->system_setting_changed (widget, setting);

  g_clear_object (&self->layout);
  gtk_widget_queue_resize (widget);
}

static void
vs_text_cell_finalize (GObject *object)
{
  VsTextCell *self = VS_TEXT_CELL (object);

  g_clear_object (&self->layout);
  g_clear_object (&self->note_layout);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_free (self->text);
  g_free (self->note);

  G_OBJECT_CLASS (vs_text_cell_parent_class)->finalize (object);
}

static void
vs_text_cell_class_init (VsTextCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = vs_text_cell_finalize;

  widget_class->get_request_mode = vs_text_cell_get_request_mode;
  widget_class->measure = vs_text_cell_measure;
  widget_class->size_allocate = vs_text_cell_size_allocate;
  widget_class->map = vs_text_cell_map;
  widget_class->unmap = vs_text_cell_unmap;
  widget_class->snapshot = vs_text_cell_snapshot;
  widget_class->css_changed = vs_text_cell_css_changed;
  widget_class->system_setting_changed = vs_text_cell_system_setting_changed;

  /* Styled and read out as the labels it stands for. */
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
vs_text_cell_init (VsTextCell *self)
{
  self->text = g_strdup ("");
  self->layout_width = -1;
  self->last_width = -1;
  self->height = -1;
}

/**
 * vs_text_cell_new:
 * @min_chars: the narrowest it may be, in characters
 * @max_chars: the width it asks for, in characters, beyond which it wraps
 */
GtkWidget *
vs_text_cell_new (int min_chars,
                  int max_chars)
{
  VsTextCell *self = g_object_new (VS_TYPE_TEXT_CELL, NULL);

  g_return_val_if_fail (min_chars > 0 && max_chars >= min_chars, NULL);

  self->min_chars = min_chars;
  self->max_chars = max_chars;

  return GTK_WIDGET (self);
}

const char *
vs_text_cell_get_text (VsTextCell *self)
{
  g_return_val_if_fail (VS_IS_TEXT_CELL (self), NULL);

  return self->text;
}

/**
 * vs_text_cell_set_text:
 * @text: plain text, never markup
 */
void
vs_text_cell_set_text (VsTextCell *self,
                       const char *text)
{
  g_return_if_fail (VS_IS_TEXT_CELL (self));
  g_return_if_fail (text != NULL);

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);

  if (self->layout != NULL)
    {
      pango_layout_set_text (self->layout, text, -1);
      self->layout_width = -1;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * vs_text_cell_get_n_waiting:
 *
 * Returns: how many cells in sight show, for this frame, the height of
 *   their text before it changed (see map()); for the benchmark and tests
 */
guint
vs_text_cell_get_n_waiting (void)
{
  return n_waiting;
}

/**
 * vs_text_cell_set_score:
 * @score: a score from 0 to 5, or NAN for none
 * @best: whether it is the best score of its feature
 *
 * Shows @score under the text, as “4/5”, and the best in bold with a star
 * (not only by its colour); screen readers read it as the cell's
 * description.
 */
void
vs_text_cell_set_score (VsTextCell *self,
                        double      score,
                        gboolean    best)
{
  g_autofree char *number = NULL;
  g_autofree char *note = NULL;
  g_autofree char *description = NULL;
  gboolean had_note;

  g_return_if_fail (VS_IS_TEXT_CELL (self));

  had_note = self->note != NULL;

  if (!isnan (score))
    {
      number = g_strdup_printf ("%g", score);
      if (best)
        {
          /* Translators: under a subject's value, its score out of 5, the
           * best of the feature
           */
          note = g_strdup_printf (_("★ %s/5 best"), number);
          description = g_strdup_printf (_("Score %s of 5, the best of this feature"), number);
        }
      else
        {
          /* Translators: under a subject's value, its score out of 5 */
          note = g_strdup_printf (_("%s/5"), number);
          description = g_strdup_printf (_("Score %s of 5"), number);
        }
    }

  if (g_strcmp0 (note, self->note) == 0)
    return;

  g_free (self->note);
  self->note = g_steal_pointer (&note);
  self->note_strong = best;

  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  /* The height changes only with a note shown or taken away. */
  if (had_note != (self->note != NULL))
    {
      self->layout_width = -1;
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
  else
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/**
 * vs_text_cell_get_note:
 *
 * Returns: (nullable): the note shown under the text, as it reads
 */
const char *
vs_text_cell_get_note (VsTextCell *self)
{
  g_return_val_if_fail (VS_IS_TEXT_CELL (self), NULL);

  return self->note;
}

/**
 * vs_text_cell_get_note_strong:
 *
 * Returns: whether the note is in bold, as the best score is
 */
gboolean
vs_text_cell_get_note_strong (VsTextCell *self)
{
  g_return_val_if_fail (VS_IS_TEXT_CELL (self), FALSE);

  return self->note != NULL && self->note_strong;
}

/**
 * vs_text_cell_get_note_height:
 *
 * Returns: how much higher the note makes the cell than its text, in pixels
 */
int
vs_text_cell_get_note_height (VsTextCell *self)
{
  g_return_val_if_fail (VS_IS_TEXT_CELL (self), 0);

  if (self->note == NULL)
    return 0;

  ensure_layout (self);

  return NOTE_SPACING + self->note_height;
}
