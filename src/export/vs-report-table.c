/* vs-report-table.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <string.h>

#include "vs-export-text.h"
#include "vs-feature.h"
#include "vs-report-private.h"
#include "vs-subject.h"

/* The feature table: a row per feature, split into as many tables as the
 * subjects need, and rows split between pages between their lines.
 */

/* A cell of the feature table. */
typedef struct
{
  PangoLayout *layout;
  const char *tag;
  /* The cell's text, and whether the layout holds its lines as
   * vs_word_widths_break() found them, joined by line breaks.
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

/* Counting the pages needs only the height of each row, which does not
 * depend on the page: the rows are measured ahead, a batch at a time, in
 * as many threads as there are processors, each with a Pango context of
 * its own (Pango contexts and font maps are not thread-safe). The batches
 * keep the memory bounded whatever the number of rows.
 */
#define BATCH_ROWS 2048
#define JOB_ROWS 32
#define MAX_MEASURE_THREADS 8
/* Fewer rows than this are measured in the calling thread alone. */
#define MIN_PARALLEL_ROWS 256

/* Drawing the pages, the same threads lay out the cells of the next rows
 * while the calling thread draws: PREPARE_SLOTS slots of PREPARE_ROWS
 * rows, one drawn while the next ones are prepared, which keeps the other
 * threads busy and the memory to a few pages. A row with a cell longer
 * than MAX_PREPARED_TEXT is laid out when it is drawn. Layouts made with
 * another thread's context draw the same: cairo gives the same font faces
 * and scaled fonts for the same font files, whichever Pango font map asks.
 */
#define PREPARE_ROWS 64
#define PREPARE_SLOTS 4
#define PREPARE_JOB_ROWS 16
#define MAX_PREPARED_TEXT 1024

/* What a thread measures and lays out with: its Pango context, and the
 * cells of repeated texts (CellText.repeats) it has laid out, keyed by
 * column and text (pointers into the dataset, which stay while the
 * report is drawn).
 */
#define MAX_CACHED_CELLS 256

typedef struct
{
  PangoContext *context;
  VsWordWidths *words;
  GHashTable *cached;
} Worker;

typedef struct
{
  const char *text;
  guint column;
} CacheKey;

typedef struct
{
  CacheKey key;
  double height;
  /* The cell laid out, or no layout when only measured. */
  Cell cell;
} Cached;

typedef struct _Measurer Measurer;

/* Rows start to end - 1 of the batch, to measure, or to prepare (in slot
 * @slot).
 */
typedef struct
{
  Measurer *measurer;
  guint start;
  guint end;
  gboolean prepare;
  guint slot;
  /* Or the operations of a page drawn, to free. */
  GPtrArray *garbage;
} Job;

struct _Measurer
{
  VsReport *report;
  Table *table;
  CellText *texts;
  double *heights;
  Job jobs[BATCH_ROWS / JOB_ROWS];
  GAsyncQueue *todo;
  GAsyncQueue *done;
  GPtrArray *threads;
  /* Preparing rows: their cells, whether a row's are laid out, and the
   * jobs of each slot not done yet.
   */
  Cell *cells;
  gboolean *prepared;
  guint pending[PREPARE_SLOTS];
  /* The calling thread's context and cache. */
  Worker worker;
};

/* Tells a measuring thread to end. */
static Job stop_job;

#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.5
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

static void
cell_clear (Cell *cell)
{
  g_clear_object (&cell->layout);
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

/* Lays out a cell of plain text in the lines vs_word_widths_break() finds
 * for it, if it does.
 */
static gboolean
cell_set_broken (VsReport *self,
                 Worker   *worker,
                 Cell     *cell)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *lines = NULL;
  guint n_lines;

  n_lines = vs_word_widths_break (worker->words, cell->style, cell->text, cell->text_width,
                                  starts);
  if (n_lines == 0)
    return FALSE;

  lines = g_strdup (cell->text);
  for (guint i = 0; i < starts->len; i++)
    lines[g_array_index (starts, guint, i) - 1] = '\n';

  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->tops, g_array_unref);
  cell->layout = vs_report_make_layout_in_context (self, worker->context, cell->style, lines, -1,
                                                   -1);
  cell->tops = vs_report_layout_line_tops (cell->layout);
  cell->n_lines = n_lines;
  cell->next_line = 0;
  cell->broken = TRUE;
  cell->rest += cell->rest_length;
  cell->rest_length = 0;
  g_assert (pango_layout_get_line_count (cell->layout) == (int)n_lines);

  return TRUE;
}

/* Lays out a cell with @worker's context, or the report's if %NULL. A row's
 * cells are laid out with a worker, with the lines vs_word_widths_break()
 * finds where it does, in every pass: counting and drawing the pages must
 * find the same heights.
 */
static void
cell_set_in_context (VsReport     *self,
                     Worker       *worker,
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

  if (worker != NULL && cell_set_broken (self, worker, cell))
    return;

  cell_next_piece_in_context (self, worker != NULL ? worker->context : self->context, cell);
}

static void
cell_set (VsReport   *self,
          Cell       *cell,
          const char *tag,
          Style       style,
          const char *text,
          const Rgb  *color,
          double      x,
          double      width)
{
  cell_set_in_context (self, NULL, cell, tag, style, text, color, x, width);
}

static guint
cell_n_lines (Cell *cell)
{
  return cell->n_lines;
}

static double
cell_lines_height (Cell  *cell,
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
         cell_lines_height (cell, cell->next_line, count + 1) <= available + 0.01)
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
  /* The fill leaves the rule above it visible. */
  if (fill != NULL)
    flow_fill (flow, table->left, flow->y + 0.3, table->width, height - 0.3, fill);

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
      if (counts[c] > 0)
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

  flow_rule (flow, table->left, flow->y + height, table->width, 0, &rule_color);
  flow->y += height;
}

static void
table_draw_header (Flow  *flow,
                   Table *table)
{
  g_autofree guint *counts = g_new0 (guint, table->n_cells);

  for (guint c = 0; c < table->n_cells; c++)
    counts[c] = cell_n_lines (&table->header[c]);

  table_draw_row (flow, table, table->header, counts, table->header_height, HEADER_BAR,
                  &header_fill, NULL);
}

/* Draws a row of cells, on this page if it fits, or else at the top of the
 * next one, under the header. A row taller than a page is split between
 * lines, never inside one.
 */
static void
table_add_row (Flow      *flow,
               Table     *table,
               Cell      *cells,
               const Rgb *fill)
{
  g_autofree guint *counts = g_new0 (guint, table->n_cells);
  g_autoptr(PangoLayout) continued = NULL;
  double height = 0;
  gboolean done = FALSE;

  for (guint c = 0; c < table->n_cells; c++)
    height = MAX (height, cell_lines_height (&cells[c], 0, cell_n_lines (&cells[c])));
  height += 2 * CELL_PAD_Y;

  if (flow->y + height > flow->bottom &&
      height <= flow->bottom - flow->top - table->header_height)
    {
      flow_new_page (flow);
      table_draw_header (flow, table);
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
          if (cell->rest_length > 0 && cell->next_line + counts[c] == cell_n_lines (cell))
            {
              if (counts[c] > 0)
                {
                  cell->before = g_object_ref (cell->layout);
                  cell->before_first = cell->next_line;
                  cell->before_count = counts[c];
                  cell->before_height = cell_lines_height (cell, cell->next_line, counts[c]);
                }
              cell_next_piece (flow->report, cell);
              counts[c] = cell_count_lines (cell, available - cell->before_height);
            }

          /* At the top of a page, a line taller than the page goes anyway. */
          if (counts[c] == 0 && cell->before_count == 0 && cell->next_line < cell_n_lines (cell) &&
              flow->y <= flow->top + table->header_height + 0.5)
            counts[c] = 1;

          if (counts[c] > 0 || cell->before_count > 0)
            {
              piece = MAX (piece, cell->before_height +
                                  cell_lines_height (cell, cell->next_line, counts[c]));
              any = TRUE;
            }
          if (cell->next_line + counts[c] < cell_n_lines (cell) || cell->rest_length > 0)
            done = FALSE;
        }

      if (!any)
        {
          flow_new_page (flow);
          table_draw_header (flow, table);
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
          table_draw_header (flow, table);

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
static void
row_texts (VsReport  *self,
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

static guint
cache_key_hash (gconstpointer data)
{
  const CacheKey *key = data;

  return g_direct_hash (key->text) ^ (key->column * 2654435761u);
}

static gboolean
cache_key_equal (gconstpointer a,
                 gconstpointer b)
{
  const CacheKey *key_a = a;
  const CacheKey *key_b = b;

  return key_a->text == key_b->text && key_a->column == key_b->column;
}

static void
cached_free (gpointer data)
{
  Cached *cached = data;

  cell_clear (&cached->cell);
  g_free (cached);
}

static void
worker_init (Worker       *worker,
             VsReport     *self,
             PangoContext *context)
{
  worker->context = context;
  worker->words = vs_word_widths_new (self, context);
  worker->cached = g_hash_table_new_full (cache_key_hash, cache_key_equal, NULL, cached_free);
}

static void
worker_clear (Worker *worker)
{
  g_clear_pointer (&worker->cached, g_hash_table_unref);
  g_clear_pointer (&worker->words, vs_word_widths_free);
}

/* The cell of a repeated text in column @column, laid out once. */
static Cached *
lookup_cached (Worker         *worker,
               guint           column,
               const CellText *text)
{
  CacheKey key = { text->text, column };
  Cached *cached = g_hash_table_lookup (worker->cached, &key);

  /* The same text in the same column has the same style; if not, it is
   * laid out anew.
   */
  if (cached != NULL && cached->cell.style != text->style)
    return NULL;

  return cached;
}

static void
add_cached (Worker         *worker,
            guint           column,
            const CellText *text,
            double          height,
            const Cell     *cell)
{
  Cached *cached;

  if (g_hash_table_size (worker->cached) >= MAX_CACHED_CELLS)
    return;

  cached = g_new0 (Cached, 1);
  cached->key = (CacheKey) { text->text, column };
  cached->height = height;
  cached->cell.style = text->style;
  if (cell != NULL && cell->rest_length == 0)
    {
      cached->cell = *cell;
      cached->cell.layout = g_object_ref (cell->layout);
      cached->cell.tops = g_array_ref (cell->tops);
      cached->cell.before = NULL;
    }
  g_hash_table_replace (worker->cached, &cached->key, cached);
}

/* The height of the text of a cell in column @column. */
static double
measure_cell (VsReport       *self,
              Worker         *worker,
              Table          *table,
              guint           column,
              const CellText *text)
{
  double width = table->widths[column] - 2 * CELL_PAD_X;
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GArray) tops = NULL;
  Cached *cached = NULL;
  double height;
  guint n_lines;

  if (text->repeats && (cached = lookup_cached (worker, column, text)) != NULL)
    return cached->height;

  /* As cell_set_in_context() lays it out. */
  n_lines = vs_word_widths_break (worker->words, text->style, text->text, width, NULL);
  if (n_lines > 0)
    {
      height = vs_word_widths_height (worker->words, text->style, n_lines);
    }
  else
    {
      layout = vs_report_make_layout_in_context (self, worker->context, text->style, text->text,
                                                 -1, width);
      tops = vs_report_layout_line_tops (layout);
      height = g_array_index (tops, double, tops->len - 1) - g_array_index (tops, double, 0);
    }

  if (text->repeats)
    add_cached (worker, column, text, height, NULL);

  return height;
}

/* The height of a row, as table_add_row() measures it, or -1 for a row
 * with a cell laid out a piece at a time (see vs_report_make_piece()).
 */
static double
measure_row (VsReport       *self,
             Worker         *worker,
             Table          *table,
             const CellText *texts)
{
  double height = 0;

  for (guint c = 0; c < table->n_cells; c++)
    {
      if (strlen (texts[c].text) > MAX_PIECE)
        return -1;

      height = MAX (height, measure_cell (self, worker, table, c, &texts[c]));
    }

  return height + 2 * CELL_PAD_Y;
}

/* Lays out a cell of a row being prepared. */
static void
prepare_cell (VsReport       *self,
              Worker         *worker,
              Table          *table,
              guint           column,
              const CellText *text,
              Cell           *cell)
{
  Cached *cached = NULL;

  if (text->repeats && (cached = lookup_cached (worker, column, text)) != NULL &&
      cached->cell.layout != NULL)
    {
      *cell = cached->cell;
      cell->layout = g_object_ref (cached->cell.layout);
      cell->tops = g_array_ref (cached->cell.tops);
      cell->tag = text->tag;
      cell->color = text->color;
      return;
    }

  cell_set_in_context (self, worker, cell, text->tag, text->style, text->text,
                       &text->color, table->x[column], table->widths[column]);

  if (text->repeats)
    add_cached (worker, column, text,
                cell_lines_height (cell, 0, cell_n_lines (cell)), cell);
}

static void
prepare_job (Job    *job,
             Worker *worker)
{
  Measurer *measurer = job->measurer;
  Table *table = measurer->table;

  for (guint r = job->start; r < job->end; r++)
    {
      const CellText *texts = &measurer->texts[r * table->n_cells];
      Cell *cells = &measurer->cells[r * table->n_cells];
      gboolean prepared = TRUE;

      for (guint c = 0; c < table->n_cells && prepared; c++)
        prepared = strlen (texts[c].text) <= MAX_PREPARED_TEXT;

      for (guint c = 0; c < table->n_cells && prepared; c++)
        prepare_cell (measurer->report, worker, table, c, &texts[c], &cells[c]);
      measurer->prepared[r] = prepared;
    }
}

static void
measure_job (Job    *job,
             Worker *worker)
{
  Measurer *measurer = job->measurer;

  if (job->prepare)
    {
      prepare_job (job, worker);
      return;
    }

  for (guint r = job->start; r < job->end; r++)
    measurer->heights[r] = measure_row (measurer->report, worker, measurer->table,
                                        &measurer->texts[r * measurer->table->n_cells]);
}

/* Frees a job of garbage; returns whether @job was one. */
static gboolean
free_garbage (Job *job)
{
  if (job->garbage == NULL)
    return FALSE;

  g_ptr_array_unref (job->garbage);
  g_free (job);

  return TRUE;
}

static gpointer
measure_thread_cb (gpointer data)
{
  Measurer *measurer = data;
  VsReport *self = measurer->report;
  PangoFontMap *font_map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_surface_t *surface;
  cairo_t *cr;
  Worker worker;
  Job *job;

  /* A context set up as the report's, on a target of the same kind. */
  surface = cairo_pdf_surface_create_for_stream (NULL, NULL, 100, 100);
  cr = cairo_create (surface);
  cairo_set_matrix (cr, &self->context_matrix);
  vs_report_configure_context (context);
  pango_cairo_update_context (cr, context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  worker_init (&worker, self, context);
  while ((job = g_async_queue_pop (measurer->todo)) != &stop_job)
    {
      if (free_garbage (job))
        continue;

      measure_job (job, &worker);
      g_async_queue_push (measurer->done, job);
    }
  worker_clear (&worker);

  g_object_unref (context);
  g_object_unref (font_map);

  return NULL;
}

static void
measurer_init (Measurer *measurer,
               VsReport *self,
               Table    *table,
               guint     n_rows)
{
  guint n_threads = 0;

  measurer->report = self;
  measurer->table = table;
  worker_init (&measurer->worker, self, self->context);
  measurer->texts = g_new0 (CellText, (gsize)MAX (MIN (n_rows, BATCH_ROWS),
                                                  PREPARE_SLOTS * PREPARE_ROWS) *
                                      table->n_cells);
  measurer->heights = g_new0 (double, MIN (n_rows, BATCH_ROWS));
  measurer->cells = g_new0 (Cell, PREPARE_SLOTS * PREPARE_ROWS * table->n_cells);
  measurer->prepared = g_new0 (gboolean, PREPARE_SLOTS * PREPARE_ROWS);
  measurer->todo = g_async_queue_new ();
  measurer->done = g_async_queue_new ();
  measurer->threads = g_ptr_array_new ();

  /* The other threads' contexts are made for a PDF surface. */
  if (n_rows >= MIN_PARALLEL_ROWS && self->context_surface_type == CAIRO_SURFACE_TYPE_PDF)
    n_threads = MIN (g_get_num_processors (), MAX_MEASURE_THREADS) - 1;

  /* Without a thread, this one does all the work. */
  for (guint i = 0; i < n_threads; i++)
    {
      GThread *thread = g_thread_try_new ("versus-measure", measure_thread_cb, measurer, NULL);

      if (thread == NULL)
        break;
      g_ptr_array_add (measurer->threads, thread);
    }
}

static void
measurer_clear (Measurer *measurer)
{
  for (guint i = 0; i < measurer->threads->len; i++)
    g_async_queue_push (measurer->todo, &stop_job);
  for (guint i = 0; i < measurer->threads->len; i++)
    g_thread_join (g_ptr_array_index (measurer->threads, i));

  g_ptr_array_unref (measurer->threads);
  g_async_queue_unref (measurer->todo);
  g_async_queue_unref (measurer->done);
  g_free (measurer->texts);
  g_free (measurer->heights);
  for (guint i = 0; i < PREPARE_SLOTS * PREPARE_ROWS * measurer->table->n_cells; i++)
    cell_clear (&measurer->cells[i]);
  g_free (measurer->cells);
  g_free (measurer->prepared);
  worker_clear (&measurer->worker);
}

/* Measures the first @n_rows rows of the batch, whose texts are set. */
static void
measure_batch (Measurer *measurer,
               guint     n_rows)
{
  guint n_jobs = 0;
  Job *job;

  for (guint start = 0; start < n_rows; start += JOB_ROWS)
    {
      job = &measurer->jobs[n_jobs++];
      job->measurer = measurer;
      job->start = start;
      job->end = MIN (n_rows, start + JOB_ROWS);
      g_async_queue_push (measurer->todo, job);
    }

  /* This thread takes its share, then waits for the others'. */
  while ((job = g_async_queue_try_pop (measurer->todo)) != NULL)
    {
      measure_job (job, &measurer->worker);
      g_async_queue_push (measurer->done, job);
    }
  for (guint i = 0; i < n_jobs; i++)
    g_async_queue_pop (measurer->done);
}

static void
set_row_cells (VsReport       *self,
               Worker         *worker,
               Table          *table,
               const CellText *texts,
               Cell           *cells)
{
  for (guint c = 0; c < table->n_cells; c++)
    cell_set_in_context (self, worker, &cells[c], texts[c].tag, texts[c].style, texts[c].text,
                         &texts[c].color, table->x[c], table->widths[c]);
}

/* Adds the rows of the table while counting the pages: as table_add_row()
 * does, from the rows' heights, measured ahead. A row that does not fit on
 * a page, or has a cell of pieces, goes through table_add_row().
 */
static void
count_rows (VsReport   *self,
            Flow       *flow,
            Table      *table,
            GListModel *features)
{
  guint n_features = g_list_model_get_n_items (features);
  double page_room = flow->bottom - flow->top - table->header_height;
  g_autofree Cell *cells = g_new0 (Cell, table->n_cells);
  Measurer measurer = { 0 };

  measurer_init (&measurer, self, table, n_features);

  for (guint first = 0; first < n_features && !flow_cancelled (flow); first += BATCH_ROWS)
    {
      guint n_rows = MIN (n_features - first, BATCH_ROWS);

      for (guint r = 0; r < n_rows; r++)
        {
          g_autoptr(VsFeature) feature = g_list_model_get_item (features, first + r);

          row_texts (self, table, feature, &measurer.texts[r * table->n_cells]);
        }

      measure_batch (&measurer, n_rows);

      for (guint r = 0; r < n_rows && !flow_cancelled (flow); r++)
        {
          double height = measurer.heights[r];

          if (height < 0 || height > page_room)
            {
              set_row_cells (self, &measurer.worker, table, &measurer.texts[r * table->n_cells],
                             cells);
              table_add_row (flow, table, cells, (first + r) % 2 == 1 ? &stripe_fill : NULL);
              for (guint c = 0; c < table->n_cells; c++)
                cell_clear (&cells[c]);
              continue;
            }

          if (flow->y + height > flow->bottom)
            {
              flow_new_page (flow);
              table_draw_header (flow, table);
            }
          flow->y += height;
        }
    }

  measurer_clear (&measurer);
}

/* Adds the rows of the table, a feature at a time. */
static void
add_rows (VsReport   *self,
          Flow       *flow,
          Table      *table,
          GListModel *features)
{
  g_autofree Cell *cells = g_new0 (Cell, table->n_cells);
  g_autofree CellText *texts = g_new0 (CellText, table->n_cells);
  Worker worker;

  worker_init (&worker, self, self->context);

  for (guint f = 0; f < g_list_model_get_n_items (features) && !flow_cancelled (flow); f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);

      row_texts (self, table, feature, texts);
      set_row_cells (self, &worker, table, texts, cells);
      table_add_row (flow, table, cells, f % 2 == 1 ? &stripe_fill : NULL);

      for (guint c = 0; c < table->n_cells; c++)
        cell_clear (&cells[c]);
    }

  worker_clear (&worker);
}

/* Sets the texts of rows @first to @first + @n_rows - 1 in slot @slot and
 * has them prepared.
 */
static void
prepare_slot (Measurer   *measurer,
              GListModel *features,
              guint       first,
              guint       n_rows,
              guint       slot)
{
  Table *table = measurer->table;
  guint base = slot * PREPARE_ROWS;

  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, first + r);

      row_texts (measurer->report, table, feature, &measurer->texts[(base + r) * table->n_cells]);
    }

  for (guint start = 0; start < n_rows; start += PREPARE_JOB_ROWS)
    {
      Job *job = &measurer->jobs[(base + start) / PREPARE_JOB_ROWS];

      *job = (Job) { measurer, base + start, base + MIN (n_rows, start + PREPARE_JOB_ROWS),
                     TRUE, slot };
      measurer->pending[slot]++;
      g_async_queue_push (measurer->todo, job);
    }
}

/* Waits until the rows of slot @slot are prepared, preparing some while
 * the other threads are still at them: the jobs done come first, so that
 * this thread, which draws, leaves the jobs queued to the others.
 */
static void
wait_slot (Measurer *measurer,
           guint     slot)
{
  while (measurer->pending[slot] > 0)
    {
      Job *job = g_async_queue_try_pop (measurer->done);

      if (job == NULL && (job = g_async_queue_try_pop (measurer->todo)) != NULL)
        {
          if (free_garbage (job))
            continue;
          measure_job (job, &measurer->worker);
        }
      else if (job == NULL)
        {
          job = g_async_queue_pop (measurer->done);
        }

      measurer->pending[job->slot]--;
    }
}

/* The pages drawn let go of their layouts in the other threads too. */
static void
release_ops (GPtrArray *ops,
             gpointer   data)
{
  Measurer *measurer = data;
  Job *job = g_new0 (Job, 1);

  job->garbage = ops;
  g_async_queue_push (measurer->todo, job);
}

/* Adds the rows of the table while drawing the pages, the cells of the
 * next rows laid out in the other threads meanwhile.
 */
static void
draw_rows (VsReport   *self,
           Flow       *flow,
           Table      *table,
           GListModel *features)
{
  guint n_features = g_list_model_get_n_items (features);
  Measurer measurer = { 0 };
  guint slot = 0;

  measurer_init (&measurer, self, table, n_features);
  if (measurer.threads->len == 0)
    {
      measurer_clear (&measurer);
      add_rows (self, flow, table, features);
      return;
    }

  flow->release_ops = release_ops;
  flow->release_data = &measurer;

  for (guint i = 0; i < PREPARE_SLOTS - 1 && i * PREPARE_ROWS < n_features; i++)
    prepare_slot (&measurer, features, i * PREPARE_ROWS,
                  MIN (n_features - i * PREPARE_ROWS, PREPARE_ROWS), i);

  for (guint first = 0; first < n_features && !flow_cancelled (flow); first += PREPARE_ROWS)
    {
      guint n_rows = MIN (n_features - first, PREPARE_ROWS);
      guint next = first + (PREPARE_SLOTS - 1) * PREPARE_ROWS;

      /* The slot drawn before this one is free again. */
      if (next < n_features)
        prepare_slot (&measurer, features, next, MIN (n_features - next, PREPARE_ROWS),
                      (slot + PREPARE_SLOTS - 1) % PREPARE_SLOTS);
      wait_slot (&measurer, slot);

      for (guint r = 0; r < n_rows && !flow_cancelled (flow); r++)
        {
          guint row = slot * PREPARE_ROWS + r;
          Cell *cells = &measurer.cells[row * table->n_cells];

          if (!measurer.prepared[row])
            set_row_cells (self, &measurer.worker, table, &measurer.texts[row * table->n_cells],
                           cells);
          table_add_row (flow, table, cells, (first + r) % 2 == 1 ? &stripe_fill : NULL);
          for (guint c = 0; c < table->n_cells; c++)
            cell_clear (&cells[c]);
        }

      slot = (slot + 1) % PREPARE_SLOTS;
    }

  for (guint i = 0; i < PREPARE_SLOTS; i++)
    wait_slot (&measurer, i);
  flow->release_ops = NULL;
  flow->release_data = NULL;
  measurer_clear (&measurer);
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
  cell_set (self, &table.header[c], "TH", STYLE_CELL_BOLD, _("Feature"), &text_color,
            table.x[c], table.widths[c]);
  c++;
  if (has_category)
    {
      cell_set (self, &table.header[c], "TH", STYLE_CELL_BOLD, _("Category"), &text_color,
                table.x[c], table.widths[c]);
      c++;
    }
  for (guint i = 0; i < subjects->len; i++, c++)
    {
      VsSubject *subject = g_ptr_array_index (subjects, i);
      Rgb text = vs_report_subject_text_color (self, subject);
      Rgb color = vs_rgb_stand_out (&text, &header_fill, VS_MIN_TEXT_CONTRAST);

      cell_set (self, &table.header[c], "TH", STYLE_CELL_BOLD, vs_subject_get_name (subject),
                &color, table.x[c], table.widths[c]);
      vs_report_align_with_document (table.header[c].layout);
      table.header[c].has_bar = TRUE;
      table.header[c].bar = vs_report_subject_fill_color (self, subject);
    }
  if (has_advantage)
    cell_set (self, &table.header[c], "TH", STYLE_CELL_BOLD, _("Advantage"), &text_color,
              table.x[c], table.widths[c]);

  for (guint i = 0; i < table.n_cells; i++)
    table.header_height = MAX (table.header_height,
                               cell_lines_height (&table.header[i], 0,
                                                  cell_n_lines (&table.header[i])));
  table.header_height += 2 * CELL_PAD_Y + HEADER_BAR;

  flow_ensure (flow, table.header_height + 40);
  flow_begin (flow, "Table", NULL);
  table_draw_header (flow, &table);

  /* Counting the pages. */
  if (flow->streaming && flow->cr == NULL)
    count_rows (self, flow, &table, features);
  /* Drawing them as they are laid out. */
  else if (flow->streaming)
    draw_rows (self, flow, &table, features);
  else
    add_rows (self, flow, &table, features);

  flow_end (flow);

  for (guint i = 0; i < table.n_cells; i++)
    cell_clear (&table.header[i]);
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
