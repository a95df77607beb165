/* vs-report-table.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "vs-export-text.h"
#include "vs-report-table-private.h"
#include "vs-subject.h"

/* The feature table: a row per feature, split into as many tables as the
 * subjects need, and rows split between pages between their lines.
 */

#define MIN_SUBJECT_COLUMN 72.0
#define HEADER_BAR 2.5

/* A tagged PDF has a structure element for each table cell, and cairo
 * 1.16 keeps every element (some 200 bytes) in memory until the document
 * ends: the 1.3 million cells of one letter of bench/pdf-hostile's 12 MB
 * shape peaked at 388 MB, against 57 MB untagged. Past this many cells in
 * the feature tables, each feature's row is tagged as its heading (TH, the
 * feature's name) and one TD that holds the row's values in the order of
 * the columns; the header rows stay tagged a cell at a time. Of the ways
 * to bound the tree, this keeps the most meaning: a screen reader still
 * reads a table, row by row, each row named by its feature and its values
 * in the order the header gave. What it loses is moving from value to
 * value within a row. The pages and their text stay the same.
 */
#define MAX_TAGGED_CELLS 100000

/* ------------------------------------------------------------------------ */
/* The feature table                                                        */
/* ------------------------------------------------------------------------ */

static void
cell_clear_before (Cell *cell)
{
  g_clear_object (&cell->before);
  cell->before_first = 0;
  cell->before_count = 0;
  cell->before_height = 0;
}

void
vs_report_cell_clear (Cell *cell)
{
  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->glyph_lines, vs_glyph_lines_unref);
  g_clear_pointer (&cell->tops, g_array_unref);
  cell_clear_before (cell);
}

/* Lays out the cell's next piece of text, from its first line, with
 * @context (of the calling thread).
 */
static void
cell_next_piece_in_context (VsReport     *self,
                            PangoContext *context,
                            Cell         *cell)
{
  gsize used;

  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->tops, g_array_unref);

  cell->layout = vs_report_make_piece_in_context (self, context, cell->style, cell->rest,
                                                  cell->rest_length, cell->text_width,
                                                  &cell->n_lines, &used);
  cell->tops = vs_report_layout_line_tops (cell->layout);
  cell->next_line = 0;
  cell->rest += used;
  cell->rest_length -= used;
}

static void
cell_next_piece (VsReport *self,
                 Cell     *cell)
{
  cell_next_piece_in_context (self, self->context, cell);
}

/* Sets a cell of plain text in the lines vs_word_widths_break() finds for
 * it, if it does: made of the glyphs of its words, or else laid out by
 * Pango in those lines.
 */
static gboolean
cell_set_broken (VsReport     *self,
                 PangoContext *context,
                 VsWordWidths *words,
                 Cell         *cell)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *lines = NULL;
  VsGlyphLines *glyph_lines;
  guint n_lines;

  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->glyph_lines, vs_glyph_lines_unref);
  g_clear_pointer (&cell->tops, g_array_unref);

  glyph_lines = vs_word_widths_shape (words, cell->style, cell->text, cell->text_width);
  if (glyph_lines != NULL)
    {
      n_lines = glyph_lines->n_lines;
      cell->glyph_lines = glyph_lines;
      cell->tops = g_array_sized_new (FALSE, FALSE, sizeof (double), n_lines + 1);
      for (guint i = 0; i <= n_lines; i++)
        {
          double top = vs_glyph_lines_top (glyph_lines, i);

          g_array_append_val (cell->tops, top);
        }
    }
  else
    {
      n_lines = vs_word_widths_break (words, cell->style, cell->text, cell->text_width, starts);
      if (n_lines == 0)
        return FALSE;

      lines = g_strdup (cell->text);
      for (guint i = 0; i < starts->len; i++)
        lines[g_array_index (starts, guint, i) - 1] = '\n';

      cell->layout = vs_report_make_layout_in_context (self, context, cell->style, lines, -1, -1);
      cell->tops = vs_report_layout_line_tops (cell->layout);
      g_assert (pango_layout_get_line_count (cell->layout) == (int)n_lines);
    }

  cell->n_lines = n_lines;
  cell->next_line = 0;
  cell->broken = TRUE;
  cell->rest += cell->rest_length;
  cell->rest_length = 0;

  return TRUE;
}

/* Lays out a cell with @context, in the lines vs_word_widths_break()
 * finds for it with @words if it does, or else in Pango's. A row's cells
 * are laid out with word widths in every pass: counting and drawing the
 * pages must find the same heights.
 */
void
vs_report_cell_set (VsReport     *self,
                    PangoContext *context,
                    VsWordWidths *words,
                    Cell         *cell,
                    const char   *tag,
                    Style         style,
                    const char   *text,
                    const Rgb    *color,
                    double        x,
                    double        width)
{
  cell->tag = tag;
  cell->color = *color;
  cell->x = x;
  cell->style = style;
  cell->text_width = width - 2 * CELL_PAD_X;
  cell->text = text;
  cell->broken = FALSE;
  cell->rest = text;
  cell->rest_length = strlen (text);

  if (words != NULL && cell_set_broken (self, context, words, cell))
    return;

  cell_next_piece_in_context (self, context, cell);
}

/* A cell of the header row, laid out by Pango. */
static void
set_header_cell (VsReport   *self,
                 Table      *table,
                 guint       column,
                 const char *text,
                 const Rgb  *color)
{
  vs_report_cell_set (self, self->context, NULL, &table->header[column], "TH", STYLE_CELL_BOLD,
                      text, color, table->x[column], table->widths[column]);
}

guint
vs_report_cell_n_lines (Cell *cell)
{
  return cell->n_lines;
}

double
vs_report_cell_lines_height (Cell  *cell,
                             guint  first,
                             guint  count)
{
  return (g_array_index (cell->tops, double, first + count) -
          g_array_index (cell->tops, double, first));
}

/* How many of the cell's next lines fit in @available points. */
static guint
cell_count_lines (Cell   *cell,
                  double  available)
{
  guint count = 0;

  while (cell->next_line + count < cell->n_lines &&
         vs_report_cell_lines_height (cell, cell->next_line, count + 1) <= available + 0.01)
    count++;

  return count;
}

static void
table_draw_row (Flow        *flow,
                Table       *table,
                Cell        *cells,
                guint       *counts,
                double       height,
                double       offset,
                const Rgb   *fill,
                PangoLayout *continued)
{
  /* The fill leaves the rule above it visible. The header's stays in
   * order, under its bars; the stripes of the rows go under the page.
   */
  if (fill != NULL)
    flow_grid (flow, cells == table->header ? OP_FILL : OP_GRID_FILL, table->left,
               flow->y + 0.3, table->width, height - 0.3, fill);

  for (guint c = 0; c < table->n_cells; c++)
    if (cells[c].has_bar)
      flow_fill (flow, cells[c].x, flow->y, table->widths[c], HEADER_BAR, &cells[c].bar);

  flow_begin (flow, "TR", NULL);
  for (guint c = 0; c < table->n_cells; c++)
    {
      Cell *cell = &cells[c];
      gboolean shared = table->shared_data_cell && cells != table->header && c > 0;

      if (!shared || c == 1)
        flow_begin (flow, cell->tag, NULL);
      if (cell->before_count > 0)
        flow_text (flow, cell->before, cell->x + CELL_PAD_X, flow->y + CELL_PAD_Y + offset,
                   cell->before_first, cell->before_count, &cell->color);
      if (counts[c] > 0 && cell->glyph_lines != NULL)
        flow_glyph_lines (flow, cell->glyph_lines, cell->x + CELL_PAD_X,
                          flow->y + CELL_PAD_Y + offset + cell->before_height,
                          cell->next_line, counts[c], &cell->color);
      else if (counts[c] > 0)
        flow_text (flow, cell->layout, cell->x + CELL_PAD_X,
                   flow->y + CELL_PAD_Y + offset + cell->before_height,
                   cell->next_line, counts[c], &cell->color);
      else if (c == 0 && continued != NULL && cell->before_count == 0)
        flow_text (flow, continued, cell->x + CELL_PAD_X, flow->y + CELL_PAD_Y + offset, 0,
                   pango_layout_get_line_count (continued), &secondary_color);
      if (!shared || c + 1 == table->n_cells)
        flow_end (flow);
    }
  flow_end (flow);

  flow_grid (flow, OP_GRID_RULE, table->left, flow->y + height, table->width, 0, &rule_color);
  flow->y += height;
}

void
vs_report_table_draw_header (Flow  *flow,
                             Table *table)
{
  g_autofree guint *counts = g_new0 (guint, table->n_cells);

  for (guint c = 0; c < table->n_cells; c++)
    counts[c] = vs_report_cell_n_lines (&table->header[c]);

  table_draw_row (flow, table, table->header, counts, table->header_height, HEADER_BAR,
                  &header_fill, NULL);
}

/* Draws a row of cells, on this page if it fits, or else at the top of the
 * next one, under the header. A row taller than a page is split between
 * lines, never inside one.
 */
void
vs_report_table_add_row (Flow      *flow,
                         Table     *table,
                         Cell      *cells,
                         const Rgb *fill)
{
  g_autofree guint *counts = g_new0 (guint, table->n_cells);
  g_autoptr(PangoLayout) continued = NULL;
  double height = 0;
  gboolean done = FALSE;

  for (guint c = 0; c < table->n_cells; c++)
    height = MAX (height, vs_report_cell_lines_height (&cells[c], 0,
                                                       vs_report_cell_n_lines (&cells[c])));
  height += 2 * CELL_PAD_Y;

  if (flow->y + height > flow->bottom &&
      height <= flow->bottom - flow->top - table->header_height)
    {
      flow_new_page (flow);
      vs_report_table_draw_header (flow, table);
    }

  while (!done)
    {
      double available = flow->bottom - flow->y - 2 * CELL_PAD_Y;
      double piece = 0;
      gboolean any = FALSE;

      done = TRUE;
      for (guint c = 0; c < table->n_cells; c++)
        {
          Cell *cell = &cells[c];

          counts[c] = cell_count_lines (cell, available);

          /* The cell's piece of text ends on this page: the next one goes
           * on under it.
           */
          if (cell->rest_length > 0 && cell->next_line + counts[c] == vs_report_cell_n_lines (cell))
            {
              if (counts[c] > 0)
                {
                  cell->before = g_object_ref (cell->layout);
                  cell->before_first = cell->next_line;
                  cell->before_count = counts[c];
                  cell->before_height = vs_report_cell_lines_height (cell, cell->next_line,
                                                                     counts[c]);
                }
              cell_next_piece (flow->report, cell);
              counts[c] = cell_count_lines (cell, available - cell->before_height);
            }

          /* At the top of a page, a line taller than the page goes anyway. */
          if (counts[c] == 0 && cell->before_count == 0 &&
              cell->next_line < vs_report_cell_n_lines (cell) &&
              flow->y <= flow->top + table->header_height + 0.5)
            counts[c] = 1;

          if (counts[c] > 0 || cell->before_count > 0)
            {
              piece = MAX (piece, cell->before_height +
                                  vs_report_cell_lines_height (cell, cell->next_line, counts[c]));
              any = TRUE;
            }
          if (cell->next_line + counts[c] < vs_report_cell_n_lines (cell) || cell->rest_length > 0)
            done = FALSE;
        }

      if (!any)
        {
          flow_new_page (flow);
          vs_report_table_draw_header (flow, table);
          done = FALSE;
          continue;
        }

      table_draw_row (flow, table, cells, counts, piece + 2 * CELL_PAD_Y, 0, fill, continued);

      for (guint c = 0; c < table->n_cells; c++)
        {
          cells[c].next_line += counts[c];
          cell_clear_before (&cells[c]);
        }

      if (!done)
        {
          flow_new_page (flow);
          vs_report_table_draw_header (flow, table);

          /* The rest of the row says whose it is. */
          if (continued == NULL)
            {
              /* Translators: in the feature table, atop the rest of a row that did
               * not fit on one page
               */
              g_autofree char *text = g_strdup_printf (_("%s (continued)"),
                                                       cells[0].broken
                                                         ? cells[0].text
                                                         : pango_layout_get_text (cells[0].layout));

              continued = vs_report_make_layout (flow->report, STYLE_CELL, text,
                                                 table->widths[0] - 2 * CELL_PAD_X);
            }
        }
    }
}

/* What each cell of @feature's row shows. */
void
vs_report_row_texts (VsReport  *self,
                     Table     *table,
                     VsFeature *feature,
                     CellText  *texts)
{
  VsSubject *advantage = vs_feature_get_advantage (feature);
  guint c = 0;

  texts[c] = (CellText) { "TH", STYLE_CELL_BOLD, vs_feature_get_name (feature), text_color };
  c++;
  if (table->has_category)
    {
      const char *category = vs_export_category_name (feature);

      texts[c] = (CellText) { "TD", STYLE_CELL, category != NULL ? category : "", secondary_color,
                              TRUE };
      c++;
    }
  for (guint i = 0; i < table->subjects->len; i++, c++)
    {
      VsSubject *subject = g_ptr_array_index (table->subjects, i);
      const char *value = vs_feature_get_value (feature, vs_subject_get_index (subject));

      texts[c] = (CellText) { "TD", STYLE_CELL, value != NULL ? value : VS_EXPORT_MISSING_VALUE,
                              value != NULL ? text_color : secondary_color, value == NULL };
    }
  if (table->has_advantage)
    {
      const char *label = vs_export_advantage_label (feature);

      texts[c] = (CellText) { "TD", advantage != NULL ? STYLE_CELL_BOLD : STYLE_CELL,
                              label != NULL ? label : "",
                              advantage != NULL ? vs_report_subject_text_color (self, advantage)
                                                : secondary_color,
                              TRUE };
    }
}

/* The width of the Advantage column: its widest label, within limits. */
static double
advantage_width (VsReport *self,
                 Flow     *flow)
{
  GListModel *features = vs_dataset_get_features (self->dataset);
  g_autoptr(PangoLayout) header = vs_report_make_layout (self, STYLE_CELL_BOLD, _("Advantage"), -1);
  double width = vs_report_layout_width (header);

  for (guint i = 0; i < vs_dataset_get_n_subjects (self->dataset); i++)
    {
      VsSubject *subject = vs_dataset_get_subject (self->dataset, i);
      g_autoptr(PangoLayout) name = vs_report_make_layout (self, STYLE_CELL_BOLD,
                                                           vs_subject_get_name (subject), -1);
      gboolean used = FALSE;

      for (guint f = 0; f < g_list_model_get_n_items (features) && !used; f++)
        {
          g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);

          used = vs_feature_get_advantage (feature) == subject;
        }

      if (used)
        width = MAX (width, vs_report_layout_width (name));
    }

  return CLAMP (width + 2 * CELL_PAD_X + 1, flow->width * 0.09, flow->width * 0.16);
}

static void
add_feature_table (VsReport  *self,
                   Flow      *flow,
                   GPtrArray *subjects,
                   gboolean   has_category,
                   double     advantage_column,
                   gboolean   shared_data_cell)
{
  gboolean has_advantage = advantage_column > 0;
  GListModel *features = vs_report_get_features (self);
  Table table = { 0 };
  double fixed = 0;
  double x;
  guint c;

  table.n_cells = subjects->len + 1 + (has_category ? 1 : 0) + (has_advantage ? 1 : 0);
  table.x = g_new0 (double, table.n_cells);
  table.widths = g_new0 (double, table.n_cells);
  table.header = g_new0 (Cell, table.n_cells);
  table.left = flow->left;
  table.width = flow->width;
  table.shared_data_cell = shared_data_cell;
  table.subjects = subjects;
  table.has_category = has_category;
  table.has_advantage = has_advantage;

  /* Feature, Category and Advantage take a fixed share, the subjects split
   * the rest.
   */
  c = 0;
  table.widths[c++] = flow->width * 0.17;
  if (has_category)
    table.widths[c++] = flow->width * 0.14;
  for (guint i = 0; i < table.n_cells; i++)
    fixed += table.widths[i];
  if (has_advantage)
    {
      table.widths[table.n_cells - 1] = advantage_column;
      fixed += table.widths[table.n_cells - 1];
    }
  for (guint i = 0; i < subjects->len; i++)
    table.widths[c++] = (flow->width - fixed) / subjects->len;

  x = flow->left;
  for (guint i = 0; i < table.n_cells; i++)
    {
      table.x[i] = x;
      x += table.widths[i];
    }

  c = 0;
  set_header_cell (self, &table, c++, _("Feature"), &text_color);
  if (has_category)
    set_header_cell (self, &table, c++, _("Category"), &text_color);
  for (guint i = 0; i < subjects->len; i++, c++)
    {
      VsSubject *subject = g_ptr_array_index (subjects, i);
      Rgb text = vs_report_subject_text_color (self, subject);
      Rgb color = vs_rgb_stand_out (&text, &header_fill, VS_MIN_TEXT_CONTRAST);

      set_header_cell (self, &table, c, vs_subject_get_name (subject), &color);
      vs_report_align_with_document (table.header[c].layout);
      table.header[c].has_bar = TRUE;
      table.header[c].bar = vs_report_subject_fill_color (self, subject);
    }
  if (has_advantage)
    set_header_cell (self, &table, c, _("Advantage"), &text_color);

  for (guint i = 0; i < table.n_cells; i++)
    {
      Cell *header = &table.header[i];

      table.header_height = MAX (table.header_height,
                                 vs_report_cell_lines_height (header, 0,
                                                              vs_report_cell_n_lines (header)));
    }
  table.header_height += 2 * CELL_PAD_Y + HEADER_BAR;

  flow_ensure (flow, table.header_height + 40);
  flow_begin (flow, "Table", NULL);
  vs_report_table_draw_header (flow, &table);

  /* Counting the pages. */
  if (flow->streaming && flow->cr == NULL)
    vs_report_count_rows (self, flow, &table, features);
  /* Drawing them as they are laid out. */
  else if (flow->streaming)
    vs_report_draw_rows (self, flow, &table, features);
  else
    vs_report_add_rows (self, flow, &table, features);

  flow_end (flow);

  for (guint i = 0; i < table.n_cells; i++)
    vs_report_cell_clear (&table.header[i]);
  g_free (table.header);
  g_free (table.x);
  g_free (table.widths);
}

void
vs_report_add_features (VsReport *self,
                        Flow     *flow)
{
  GListModel *features = vs_report_get_features (self);
  guint n_features = g_list_model_get_n_items (features);
  guint n_all = g_list_model_get_n_items (vs_dataset_get_features (self->dataset));
  gboolean has_category = FALSE;
  gboolean has_advantage = FALSE;
  double subjects_width;
  double advantage = 0;
  guint per_table;
  guint n_tables;
  guint64 n_cells;

  for (guint f = 0; f < g_list_model_get_n_items (features); f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);

      has_category |= vs_feature_get_category (feature) != NULL;
      has_advantage |= vs_export_advantage_label (feature) != NULL;
    }

  flow_section (flow, _("Features"), TRUE);

  if (n_features != n_all)
    {
      /* Translators: under the heading of the report's feature table, when
       * the window's search or filters hide some features
       */
      g_autofree char *text = g_strdup_printf (ngettext ("The %u feature of %u shown in the window.",
                                                         "The %u features of %u shown in the window.",
                                                         n_features),
                                               n_features, n_all);

      flow_paragraph (flow, "P", STYLE_SMALL, text, &secondary_color, 0, 8);
    }

  /* Many subjects do not fit across a page: they are shown a few at a time,
   * in as many tables.
   */
  if (has_advantage)
    advantage = advantage_width (self, flow);
  subjects_width = flow->width * (1 - 0.17 - (has_category ? 0.14 : 0)) - advantage;
  per_table = MAX (1, (guint)(subjects_width / MIN_SUBJECT_COLUMN));
  n_tables = (self->subjects->len + per_table - 1) / per_table;
  n_cells = (guint64)n_features * (self->subjects->len +
                                   n_tables * (1 + (has_category ? 1 : 0) +
                                               (advantage > 0 ? 1 : 0)));

  for (guint t = 0; t < n_tables; t++)
    {
      g_autoptr(GPtrArray) subjects = g_ptr_array_new ();
      guint first = t * self->subjects->len / n_tables;
      guint end = (t + 1) * self->subjects->len / n_tables;

      /* As many subjects in each table, give or take one. */
      for (guint i = first; i < end; i++)
        g_ptr_array_add (subjects, g_ptr_array_index (self->subjects, i));

      if (n_tables > 1)
        {
          g_autoptr(PangoLayout) names = NULL;

          names = vs_report_make_subject_names_layout (self, STYLE_H2, "", subjects, ", ",
                                                       flow->width);

          if (t > 0)
            flow->y += 18;
          flow_ensure (flow, vs_report_layout_height (names) + 80);
          flow_paragraph_layout (flow, "H2", names, &text_color, 0, 8);
        }

      add_feature_table (self, flow, subjects, has_category, advantage,
                         n_cells > MAX_TAGGED_CELLS);
    }
}
