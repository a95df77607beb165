/* vs-window-reload.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-choice.h"
#include "vs-dataset-loader.h"
#include "vs-display-text.h"
#include "vs-question.h"
#include "vs-subject.h"
#include "vs-window-private.h"

/* Reloading: the window watches the file on screen, and shows it again
 * when it changes on disk (a save from the editor or from anywhere else),
 * on the same view, with the verdict's answers that still apply.
 */

/* A save writes in several steps (or renames a new file into place): the
 * file is read again once it has been quiet this long.
 */
#define RELOAD_DELAY_MS 250

typedef struct
{
  char *question;
  char *choice;
  gboolean important;
} Answer;

static void
answer_free (gpointer data)
{
  Answer *answer = data;

  g_free (answer->question);
  g_free (answer->choice);
  g_free (answer);
}

/* The verdict's answers, by id, to give again to the dataset reloaded. */
static GPtrArray *
dup_answers (VsWindow *self)
{
  GPtrArray *answers = g_ptr_array_new_with_free_func (answer_free);
  VsVerdict *verdict = vs_session_get_verdict (self->session);
  GListModel *questions;

  if (verdict == NULL || vs_verdict_get_n_answers (verdict) == 0)
    return answers;

  questions = vs_dataset_get_questions (vs_session_get_dataset (self->session));
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(VsQuestion) question = g_list_model_get_item (questions, i);
      VsChoice *choice = vs_verdict_get_answer (verdict, question);
      Answer *answer;

      if (choice == NULL)
        continue;

      answer = g_new0 (Answer, 1);
      answer->question = g_strdup (vs_question_get_id (question));
      answer->choice = g_strdup (vs_choice_get_id (choice));
      answer->important = vs_verdict_get_important (verdict, question);
      g_ptr_array_add (answers, answer);
    }

  return answers;
}

/* The answers that still apply: a question or choice gone is dropped. */
static void
restore_answers (VsWindow  *self,
                 GPtrArray *answers)
{
  VsVerdict *verdict;

  if (answers->len == 0)
    return;

  verdict = vs_session_get_verdict (self->session);
  if (verdict == NULL)
    return;

  for (guint i = 0; i < answers->len; i++)
    {
      Answer *answer = g_ptr_array_index (answers, i);

      if (vs_verdict_answer_by_id (verdict, answer->question, answer->choice, NULL) &&
          answer->important)
        vs_verdict_mark_important_by_id (verdict, answer->question, NULL);
    }
}

/* The subjects whose columns are shown, by id, when some are hidden. */
static GStrv
dup_shown_subject_ids (VsWindow *self)
{
  GPtrArray *subjects = vs_session_get_subjects (self->session);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  if (vs_session_has_all_subjects (self->session))
    return NULL;

  for (guint i = 0; i < subjects->len; i++)
    g_strv_builder_add (ids, vs_subject_get_id (g_ptr_array_index (subjects, i)));

  return g_strv_builder_end (ids);
}

/* The columns hidden before stay hidden; a subject gone is dropped. */
static void
restore_shown_subjects (VsWindow *self,
                        GStrv     ids)
{
  VsDataset *dataset = vs_session_get_dataset (self->session);
  g_autoptr(GPtrArray) subjects = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      VsSubject *subject = vs_dataset_find_subject (dataset, ids[i]);

      if (subject != NULL)
        g_ptr_array_add (subjects, subject);
    }

  if (subjects->len > 0)
    vs_session_set_subjects (self->session, subjects);
}

/* The file changed on disk: what it holds now replaces the dataset on
 * screen, on the same view, with the verdict's answers that still apply.
 * A file that no longer loads leaves the last good one on screen, and a
 * toast says why.
 */
static void
reload_file_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VsWindow) self = user_data;
  g_autoptr(VsDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) answers = NULL;
  g_auto(GStrv) subject_ids = NULL;

  dataset = vs_dataset_loader_load_file_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->dataset_file == NULL)
    return;

  file = g_object_ref (self->dataset_file);
  if (dataset == NULL)
    {
      g_autofree char *name = vs_display_file_name (file);
      g_autofree char *message = vs_dataset_error_format (name, error);
      g_autofree char *title = NULL;
      AdwToast *toast;

      /* Translators: the placeholder is the loader's message, which names the file */
      title = g_markup_printf_escaped (_("The file changed and no longer opens: %s"), message);
      toast = adw_toast_new (title);
      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  answers = dup_answers (self);
  subject_ids = dup_shown_subject_ids (self);
  vs_window_set_dataset (self, dataset);
  g_set_object (&self->dataset_file, file);
  vs_window_watch_file (self, file);
  restore_answers (self, answers);
  restore_shown_subjects (self, subject_ids);
  vs_window_show_warnings (self, file);
}

static gboolean
reload_cb (gpointer user_data)
{
  VsWindow *self = user_data;

  self->reload_source = 0;
  if (self->dataset_file == NULL)
    return G_SOURCE_REMOVE;

  g_cancellable_cancel (self->reload_cancellable);
  g_clear_object (&self->reload_cancellable);
  self->reload_cancellable = g_cancellable_new ();
  vs_dataset_loader_load_file_async (self->dataset_file, self->reload_cancellable,
                                     reload_file_cb, g_object_ref (self));

  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 VsWindow          *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      /* Each change starts the wait again. */
      g_clear_handle_id (&self->reload_source, g_source_remove);
      self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
      break;

    /* A file deleted keeps its dataset on screen, until it comes back. */
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    default:
      break;
    }
}

/* Watches @file, or nothing when it is %NULL. */
void
vs_window_watch_file (VsWindow *self,
                      GFile    *file)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_handle_id (&self->reload_source, g_source_remove);
  /* A reload under way was of the file watched until now. */
  g_cancellable_cancel (self->reload_cancellable);

  if (file == NULL)
    return;

  /* Not every file can be watched (a remote one, say): it is then not
   * reloaded, and nothing else changes.
   */
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
}

