/* vs-report-table-private.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vs-feature.h"
#include "vs-report-private.h"

G_BEGIN_DECLS

/* What the feature table (vs-report-table.c) and the laying out of its
 * rows, counted and drawn in several threads (vs-report-rows.c), share.
 */

/* What a thread that lays out rows keeps (vs-report-rows.c). */
typedef struct _VsRowThread VsRowThread;

/* A cell of the feature table. */
typedef struct
{
  /* The cell's lines: laid out by Pango, or made of the glyphs of its
   * words (a cell of plain text, see vs_word_widths_shape()).
   */
  PangoLayout *layout;
  VsGlyphLines *glyph_lines;
  const char *tag;
  /* The cell's text, and whether its lines are those
   * vs_word_widths_break() found, joined by line breaks in the layout.
   */
  const char *text;
  gboolean broken;
  Rgb color;
  gboolean has_bar;
  Rgb bar;
  double x;
  /* The tops of the layout's lines, and its height, after the last one. */
  GArray *tops;
  guint next_line;
  /* The lines of the layout that count (see vs_report_make_piece()), and the text
   * after them, laid out a piece at a time as the row goes on.
   */
  guint n_lines;
  Style style;
  double text_width;
  const char *rest;
  gsize rest_length;
  /* On the page being laid out: the last lines of the piece before, above
   * those of the layout.
   */
  PangoLayout *before;
  guint before_first;
  guint before_count;
  double before_height;
} Cell;

/* The feature table's columns, for some of the shown subjects. */
typedef struct
{
  guint n_cells;
  double *x;
  double *widths;
  Cell *header;
  double header_height;
  double left;
  double width;
  /* Whether the values of a feature's row share one TD (see
   * MAX_TAGGED_CELLS).
   */
  gboolean shared_data_cell;
  /* What the rows show. */
  GPtrArray *subjects;
  gboolean has_category;
  gboolean has_advantage;
} Table;

/* What a cell of a feature's row shows: pointers into the dataset. */
typedef struct
{
  const char *tag;
  Style style;
  const char *text;
  Rgb color;
  /* Whether the same text comes back in the column's other rows: a
   * category, an advantage, a missing value.
   */
  gboolean repeats;
} CellText;

#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.5

void    vs_report_cell_set            (VsReport       *self,
                                       PangoContext   *context,
                                       VsWordWidths   *words,
                                       Cell           *cell,
                                       const char     *tag,
                                       Style           style,
                                       const char     *text,
                                       const Rgb      *color,
                                       double          x,
                                       double          width);
void    vs_report_cell_clear          (Cell           *cell);
guint   vs_report_cell_n_lines        (Cell           *cell);
double  vs_report_cell_lines_height   (Cell           *cell,
                                       guint           first,
                                       guint           count);
void    vs_report_row_texts           (VsReport       *self,
                                       Table          *table,
                                       VsFeature      *feature,
                                       CellText       *texts);
void    vs_report_table_draw_header   (Flow           *flow,
                                       Table          *table);
void    vs_report_table_add_row       (Flow           *flow,
                                       Table          *table,
                                       Cell           *cells,
                                       const Rgb      *fill);

void    vs_report_count_rows          (VsReport       *self,
                                       Flow           *flow,
                                       Table          *table,
                                       GListModel     *features);
void    vs_report_draw_rows           (VsReport       *self,
                                       Flow           *flow,
                                       Table          *table,
                                       GListModel     *features);
void    vs_report_add_rows            (VsReport       *self,
                                       Flow           *flow,
                                       Table          *table,
                                       GListModel     *features);

G_END_DECLS
