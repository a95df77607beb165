/* vs-report-rows.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <string.h>

#include "vs-report-table-private.h"

/* The rows of the feature table, counted and drawn: laid out ahead, in as
 * many threads as there are processors.
 */

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

/* What a thread lays out with, kept from counting the pages to drawing
 * them, so that each thread shapes a word once (see
 * vs_report_release_row_threads()): a Pango context of its own and its
 * words. The calling thread's is the first, with the report's context.
 */
struct _VsRowThread
{
  PangoFontMap *font_map;
  PangoContext *context;
  VsWordWidths *words;
};

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

/* What a measuring thread starts with. */
typedef struct
{
  Measurer *measurer;
  VsRowThread *row_thread;
} ThreadStart;

/* Tells a measuring thread to end. */
static Job stop_job;

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

  vs_report_cell_clear (&cached->cell);
  g_free (cached);
}

static void
row_thread_free (gpointer data)
{
  VsRowThread *row_thread = data;

  vs_word_widths_free (row_thread->words);
  g_clear_object (&row_thread->context);
  g_clear_object (&row_thread->font_map);
  g_free (row_thread);
}

/* Lets go of what the threads that laid out rows kept: at the end of a
 * layout or a drawing (the fonts or the page may change after it).
 */
void
vs_report_release_row_threads (VsReport *self)
{
  g_clear_pointer (&self->row_threads, g_ptr_array_unref);
}

/* What thread @index lays out with: 0 is the calling thread's. Its
 * context is made in that thread, the first time.
 */
static VsRowThread *
get_row_thread (VsReport *self,
                guint     index)
{
  if (self->row_threads == NULL)
    self->row_threads = g_ptr_array_new_with_free_func (row_thread_free);
  while (self->row_threads->len <= index)
    g_ptr_array_add (self->row_threads, g_new0 (VsRowThread, 1));

  return g_ptr_array_index (self->row_threads, index);
}

/* Sets up @row_thread's context, in the thread that uses it: one set up
 * as the report's, on a target of the same kind.
 */
static void
ensure_row_thread_context (VsReport    *self,
                           VsRowThread *row_thread)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  if (row_thread->context != NULL)
    return;

  row_thread->font_map = pango_cairo_font_map_new ();
  row_thread->context = pango_font_map_create_context (row_thread->font_map);
  surface = cairo_pdf_surface_create_for_stream (NULL, NULL, 100, 100);
  cr = cairo_create (surface);
  cairo_set_matrix (cr, &self->context_matrix);
  vs_report_configure_context (row_thread->context);
  pango_cairo_update_context (cr, row_thread->context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
worker_init (Worker      *worker,
             VsReport    *self,
             VsRowThread *row_thread)
{
  if (row_thread->words == NULL)
    row_thread->words = vs_word_widths_new (self, row_thread->context);
  worker->context = row_thread->context;
  worker->words = row_thread->words;
  worker->cached = g_hash_table_new_full (cache_key_hash, cache_key_equal, NULL, cached_free);
}

static void
worker_clear (Worker *worker)
{
  g_clear_pointer (&worker->cached, g_hash_table_unref);
  worker->words = NULL;
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
      if (cell->layout != NULL)
        cached->cell.layout = g_object_ref (cell->layout);
      if (cell->glyph_lines != NULL)
        cached->cell.glyph_lines = vs_glyph_lines_ref (cell->glyph_lines);
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

  /* As vs_report_cell_set() lays it out. */
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

/* The height of a row, as vs_report_table_add_row() measures it, or -1 for a row
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
      cached->cell.tops != NULL)
    {
      *cell = cached->cell;
      if (cached->cell.layout != NULL)
        cell->layout = g_object_ref (cached->cell.layout);
      if (cached->cell.glyph_lines != NULL)
        cell->glyph_lines = vs_glyph_lines_ref (cached->cell.glyph_lines);
      cell->tops = g_array_ref (cached->cell.tops);
      cell->tag = text->tag;
      cell->color = text->color;
      return;
    }

  vs_report_cell_set (self, worker->context, worker->words, cell, text->tag, text->style,
                      text->text, &text->color, table->x[column], table->widths[column]);

  if (text->repeats)
    add_cached (worker, column, text,
                vs_report_cell_lines_height (cell, 0, vs_report_cell_n_lines (cell)), cell);
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
  g_autofree ThreadStart *start = data;
  Measurer *measurer = start->measurer;
  Worker worker;
  Job *job;

  ensure_row_thread_context (measurer->report, start->row_thread);
  worker_init (&worker, measurer->report, start->row_thread);
  while ((job = g_async_queue_pop (measurer->todo)) != &stop_job)
    {
      if (free_garbage (job))
        continue;

      measure_job (job, &worker);
      g_async_queue_push (measurer->done, job);
    }
  worker_clear (&worker);

  return NULL;
}

static void
measurer_init (Measurer *measurer,
               VsReport *self,
               Table    *table,
               guint     n_rows)
{
  VsRowThread *calling_thread = get_row_thread (self, 0);
  guint n_threads = 0;

  measurer->report = self;
  measurer->table = table;
  g_set_object (&calling_thread->context, self->context);
  worker_init (&measurer->worker, self, calling_thread);
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
      ThreadStart *start = g_new0 (ThreadStart, 1);
      GThread *thread;

      start->measurer = measurer;
      start->row_thread = get_row_thread (self, i + 1);
      thread = g_thread_try_new ("versus-measure", measure_thread_cb, start, NULL);
      if (thread == NULL)
        {
          g_free (start);
          break;
        }
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
    vs_report_cell_clear (&measurer->cells[i]);
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
    vs_report_cell_set (self, worker->context, worker->words, &cells[c], texts[c].tag,
                        texts[c].style, texts[c].text, &texts[c].color, table->x[c],
                        table->widths[c]);
}

/* Adds the rows of the table while counting the pages: as vs_report_table_add_row()
 * does, from the rows' heights, measured ahead. A row that does not fit on
 * a page, or has a cell of pieces, goes through vs_report_table_add_row().
 */
void
vs_report_count_rows (VsReport   *self,
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

          vs_report_row_texts (self, table, feature, &measurer.texts[r * table->n_cells]);
        }

      measure_batch (&measurer, n_rows);

      for (guint r = 0; r < n_rows && !flow_cancelled (flow); r++)
        {
          double height = measurer.heights[r];

          if (height < 0 || height > page_room)
            {
              set_row_cells (self, &measurer.worker, table, &measurer.texts[r * table->n_cells],
                             cells);
              vs_report_table_add_row (flow, table, cells,
                                       (first + r) % 2 == 1 ? &stripe_fill : NULL);
              for (guint c = 0; c < table->n_cells; c++)
                vs_report_cell_clear (&cells[c]);
              continue;
            }

          if (flow->y + height > flow->bottom)
            {
              flow_new_page (flow);
              vs_report_table_draw_header (flow, table);
            }
          flow->y += height;
        }
    }

  measurer_clear (&measurer);
}

/* Adds the rows of the table, a feature at a time. */
void
vs_report_add_rows (VsReport   *self,
                    Flow       *flow,
                    Table      *table,
                    GListModel *features)
{
  g_autofree Cell *cells = g_new0 (Cell, table->n_cells);
  g_autofree CellText *texts = g_new0 (CellText, table->n_cells);
  VsRowThread *calling_thread = get_row_thread (self, 0);
  Worker worker;

  g_set_object (&calling_thread->context, self->context);
  worker_init (&worker, self, calling_thread);

  for (guint f = 0; f < g_list_model_get_n_items (features) && !flow_cancelled (flow); f++)
    {
      g_autoptr(VsFeature) feature = g_list_model_get_item (features, f);

      vs_report_row_texts (self, table, feature, texts);
      set_row_cells (self, &worker, table, texts, cells);
      vs_report_table_add_row (flow, table, cells, f % 2 == 1 ? &stripe_fill : NULL);

      for (guint c = 0; c < table->n_cells; c++)
        vs_report_cell_clear (&cells[c]);
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

      vs_report_row_texts (measurer->report, table, feature,
                           &measurer->texts[(base + r) * table->n_cells]);
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
void
vs_report_draw_rows (VsReport   *self,
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
      vs_report_add_rows (self, flow, table, features);
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
          vs_report_table_add_row (flow, table, cells, (first + r) % 2 == 1 ? &stripe_fill : NULL);
          for (guint c = 0; c < table->n_cells; c++)
            vs_report_cell_clear (&cells[c]);
        }

      slot = (slot + 1) % PREPARE_SLOTS;
    }

  for (guint i = 0; i < PREPARE_SLOTS; i++)
    wait_slot (&measurer, i);
  flow->release_ops = NULL;
  flow->release_data = NULL;
  measurer_clear (&measurer);
}
