/* test-verdict-view.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "test-widgets.h"
#include "vs-dataset-loader.h"
#include "vs-format.h"
#include "vs-subject-style.h"
#include "vs-verdict-intro-page.h"
#include "vs-verdict-question-page.h"
#include "vs-verdict-result-page.h"
#include "vs-verdict-view.h"

/* The wizard is walked as a user walks it: through its actions and by
 * picking choices, and the assertions read what the pages show.
 */

typedef struct
{
  GtkWindow *window;
  VsVerdictView *view;
} Wizard;

/* An answer as `versus --verdict` takes it, with the label the wizard shows. */
typedef struct
{
  const char *question;
  const char *choice;
  gboolean important;
} Answer;

/* One subject's line in the result page. */
typedef struct
{
  char *rank;
  char *name;
  char *score;
  GPtrArray *reasons;
  GPtrArray *points;    /* of each reason: “+3”, “−1” */
} Ranked;

/* ------------------------------------------------------------------------- */
/* Helpers                                                                   */
/* ------------------------------------------------------------------------- */

static VsDataset *
load_test_dataset (const char *folder,
                   const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  VsDataset *dataset = vs_dataset_loader_load_file (file, NULL, &error);

  g_assert_no_error (error);

  return dataset;
}

static void
wait_a_little (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static Wizard
wizard_new (VsDataset *dataset)
{
  g_autoptr(VsSession) session = NULL;
  Wizard wizard;

  vs_subject_style_apply (dataset);

  wizard.window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (wizard.window, 800, 600);
  session = vs_session_new (dataset);
  wizard.view = g_object_new (VS_TYPE_VERDICT_VIEW, "session", session, NULL);
  gtk_window_set_child (wizard.window, GTK_WIDGET (wizard.view));
  gtk_window_present (wizard.window);
  wait_a_little ();

  return wizard;
}

/* The answers the wizard writes into: the session's. */
static VsVerdict *
get_verdict (Wizard *wizard)
{
  return vs_session_get_verdict (vs_view_get_session (VS_VIEW (wizard->view)));
}

/* The view must go away with its window: no reference is left behind. */
static void
wizard_destroy (Wizard *wizard)
{
  g_object_ref (wizard->view);
  gtk_window_destroy (wizard->window);
  g_assert_finalize_object (wizard->view);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  return test_find_first (widget, type, NULL, NULL);
}

static gboolean
is_shown (GtkWidget *widget)
{
  return gtk_widget_get_visible (widget) && gtk_widget_get_child_visible (widget);
}

/* Widgets of @type with @css_class (or any, when NULL), shown, in order. */
static void
collect_widgets (GtkWidget  *widget,
                 GType       type,
                 const char *css_class,
                 GPtrArray  *found)
{
  if (!is_shown (widget))
    return;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (css_class == NULL || gtk_widget_has_css_class (widget, css_class)))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, css_class, found);
}

static GPtrArray *
find_all (GtkWidget  *widget,
          GType       type,
          const char *css_class)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_widgets (widget, type, css_class, found);

  return found;
}

static GtkWidget *
find_one (GtkWidget  *widget,
          GType       type,
          const char *css_class)
{
  g_autoptr(GPtrArray) found = find_all (widget, type, css_class);

  g_assert_cmpuint (found->len, >, 0);

  return g_ptr_array_index (found, 0);
}

static GtkWidget *
visible_page (Wizard *wizard)
{
  GtkStack *stack = GTK_STACK (find_widget (GTK_WIDGET (wizard->view), GTK_TYPE_STACK));

  return gtk_stack_get_visible_child (stack);
}

/* Everything the visible page says, one label a line. */
static char *
page_text (Wizard *wizard)
{
  g_autoptr(GPtrArray) labels = find_all (visible_page (wizard), GTK_TYPE_LABEL, NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (text, "%s\n", gtk_label_get_text (g_ptr_array_index (labels, i)));

  return g_string_free (text, FALSE);
}

static void
assert_page_says (Wizard     *wizard,
                  const char *expected)
{
  g_autofree char *text = page_text (wizard);

  if (strstr (text, expected) == NULL)
    g_error ("The page does not say “%s”; it says:\n%s", expected, text);
}

static void
assert_page_does_not_say (Wizard     *wizard,
                          const char *unexpected)
{
  g_autofree char *text = page_text (wizard);

  if (strstr (text, unexpected) != NULL)
    g_error ("The page says “%s”:\n%s", unexpected, text);
}

static void
activate (Wizard     *wizard,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (wizard->view), action, NULL));
  wait_a_little ();
}

static GtkWidget *
find_button (Wizard     *wizard,
             const char *action)
{
  g_autoptr(GPtrArray) buttons = find_all (visible_page (wizard), GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    {
      const char *name = gtk_actionable_get_action_name (g_ptr_array_index (buttons, i));

      if (g_strcmp0 (name, action) == 0)
        return g_ptr_array_index (buttons, i);
    }

  g_error ("No button for %s on the visible page", action);
  return NULL;
}

static VsQuestion *
current_question (Wizard *wizard)
{
  GtkWidget *page = visible_page (wizard);

  g_assert_true (VS_IS_VERDICT_QUESTION_PAGE (page));

  return vs_verdict_question_page_get_question (VS_VERDICT_QUESTION_PAGE (page));
}

/* The choice rows of the visible question page. */
static GPtrArray *
choice_rows (Wizard *wizard)
{
  return find_all (visible_page (wizard), ADW_TYPE_ACTION_ROW, "vs-verdict-choice");
}

static GtkCheckButton *
choice_check (Wizard     *wizard,
              const char *label)
{
  g_autoptr(GPtrArray) rows = choice_rows (wizard);

  for (guint i = 0; i < rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (row), label) == 0)
        return GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
    }

  g_error ("No choice “%s” on the visible page", label);
  return NULL;
}

/* The label of the choice shown as picked, or NULL. */
static const char *
picked_choice (Wizard *wizard)
{
  g_autoptr(GPtrArray) rows = choice_rows (wizard);

  for (guint i = 0; i < rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (rows, i);
      GtkWidget *check = adw_action_row_get_activatable_widget (row);

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
    }

  return NULL;
}

static GtkSwitch *
important_switch (Wizard *wizard)
{
  return GTK_SWITCH (find_one (visible_page (wizard), GTK_TYPE_SWITCH, NULL));
}

static const char *
choice_label (VsQuestion *question,
              const char *choice_id)
{
  VsChoice *choice = vs_question_find_choice (question, choice_id);

  g_assert_nonnull (choice);

  return vs_choice_get_label (choice);
}

static const Answer *
find_answer (const Answer *answers,
             const char   *question_id)
{
  for (guint i = 0; answers[i].question != NULL; i++)
    {
      if (g_str_equal (answers[i].question, question_id))
        return &answers[i];
    }

  return NULL;
}

/* Starts the wizard and answers its questions in the order it asks them,
 * skipping those @answers leave out, up to the result page.
 */
static void
walk_wizard (Wizard       *wizard,
             const Answer *answers)
{
  activate (wizard, "verdict.start");

  while (VS_IS_VERDICT_QUESTION_PAGE (visible_page (wizard)))
    {
      VsQuestion *question = current_question (wizard);
      const Answer *answer = find_answer (answers, vs_question_get_id (question));

      if (answer == NULL)
        {
          activate (wizard, "verdict.skip");
          continue;
        }

      gtk_check_button_set_active (choice_check (wizard, choice_label (question, answer->choice)),
                                   TRUE);
      gtk_switch_set_active (important_switch (wizard), answer->important);
      g_assert_true (gtk_widget_is_sensitive (find_button (wizard, "verdict.next")));
      activate (wizard, "verdict.next");
    }

  g_assert_true (VS_IS_VERDICT_RESULT_PAGE (visible_page (wizard)));
}

static const char *
label_text (GtkWidget  *widget,
            const char *css_class)
{
  return gtk_label_get_text (GTK_LABEL (find_one (widget, GTK_TYPE_LABEL, css_class)));
}

static void
ranked_free (gpointer data)
{
  Ranked *ranked = data;

  g_free (ranked->rank);
  g_free (ranked->name);
  g_free (ranked->score);
  g_ptr_array_unref (ranked->reasons);
  g_clear_pointer (&ranked->points, g_ptr_array_unref);
  g_free (ranked);
}

/* The ranking as the result page shows it. */
static GPtrArray *
shown_ranking (Wizard *wizard)
{
  g_autoptr(GPtrArray) rows = find_all (visible_page (wizard), GTK_TYPE_LIST_BOX_ROW,
                                        "vs-verdict-entry");
  GPtrArray *ranking = g_ptr_array_new_with_free_func (ranked_free);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      g_autoptr(GPtrArray) reasons = find_all (row, GTK_TYPE_LABEL, "vs-verdict-reason");
      g_autoptr(GPtrArray) points = find_all (row, GTK_TYPE_LABEL, "vs-verdict-points");
      Ranked *ranked = g_new0 (Ranked, 1);

      ranked->rank = g_strdup (label_text (row, "vs-verdict-rank"));
      ranked->name = g_strdup (label_text (row, "vs-badge"));
      ranked->score = g_strdup (label_text (row, "vs-verdict-score"));
      ranked->reasons = g_ptr_array_new_with_free_func (g_free);
      ranked->points = g_ptr_array_new_with_free_func (g_free);
      /* Each reason with its points before it. */
      g_assert_cmpuint (points->len, ==, reasons->len);
      for (guint r = 0; r < reasons->len; r++)
        {
          g_ptr_array_add (ranked->reasons,
                           g_strdup (gtk_label_get_text (g_ptr_array_index (reasons, r))));
          g_ptr_array_add (ranked->points,
                           g_strdup (gtk_label_get_text (g_ptr_array_index (points, r))));
        }

      g_ptr_array_add (ranking, ranked);
    }

  return ranking;
}

static Ranked *
ranked_at (GPtrArray *ranking,
           guint      index)
{
  g_assert_cmpuint (index, <, ranking->len);

  return g_ptr_array_index (ranking, index);
}

static Ranked *
ranked_named (GPtrArray  *ranking,
              const char *name)
{
  for (guint i = 0; i < ranking->len; i++)
    {
      if (g_str_equal (ranked_at (ranking, i)->name, name))
        return ranked_at (ranking, i);
    }

  g_error ("“%s” is not in the ranking", name);
  return NULL;
}

static gboolean
has_reason (Ranked     *ranked,
            const char *reason)
{
  for (guint i = 0; i < ranked->reasons->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (ranked->reasons, i), reason))
        return TRUE;
    }

  return FALSE;
}

static void
assert_reason (Ranked     *ranked,
               const char *reason)
{
  if (!has_reason (ranked, reason))
    g_error ("%s has no reason “%s”", ranked->name, reason);
}

/* @ranked shows @reason with @points before it. */
static void
assert_reason_points (Ranked     *ranked,
                      const char *reason,
                      const char *points)
{
  for (guint i = 0; i < ranked->reasons->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (ranked->reasons, i), reason))
        {
          g_assert_cmpstr (g_ptr_array_index (ranked->points, i), ==, points);
          return;
        }
    }

  g_error ("%s has no reason “%s”", ranked->name, reason);
}

static GtkWidget *
focus_widget (Wizard *wizard)
{
  return gtk_root_get_focus (GTK_ROOT (wizard->window));
}

/* ------------------------------------------------------------------------- */
/* Tests                                                                     */
/* ------------------------------------------------------------------------- */

static void
test_intro (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(VsQuestion) first = g_list_model_get_item (vs_dataset_get_questions (dataset), 0);
  g_autoptr(GPtrArray) rows = NULL;
  Wizard wizard = wizard_new (dataset);

  g_assert_nonnull (get_verdict (&wizard));
  assert_page_says (&wizard, "Node.js or Python?");
  assert_page_says (&wizard, vs_dataset_get_verdict_intro (dataset));
  assert_page_says (&wizard, "9 questions");
  g_assert_true (gtk_widget_is_sensitive (find_button (&wizard, "verdict.start")));
  g_assert_true (focus_widget (&wizard) == find_button (&wizard, "verdict.start"));

  /* The Verdict has nothing to search: the window falls back to the Features. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (wizard.view), "view.search", NULL));

  activate (&wizard, "verdict.start");
  g_assert_true (current_question (&wizard) == first);
  assert_page_says (&wizard, "Question 1 of 9");
  assert_page_says (&wizard, "Which language does your team know best?");
  assert_page_says (&wizard, vs_question_get_help (first));

  rows = choice_rows (&wizard);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==, "JavaScript");
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 3)), ==, "Neither yet");

  /* Focus lands on the first choice; Next waits for one. */
  g_assert_true (focus_widget (&wizard) == g_ptr_array_index (rows, 0));
  g_assert_null (picked_choice (&wizard));
  g_assert_false (gtk_widget_is_sensitive (find_button (&wizard, "verdict.next")));
  g_assert_true (gtk_widget_is_sensitive (find_button (&wizard, "verdict.skip")));

  gtk_check_button_set_active (choice_check (&wizard, "Python"), TRUE);
  g_assert_true (gtk_widget_is_sensitive (find_button (&wizard, "verdict.next")));

  activate (&wizard, "verdict.next");
  assert_page_says (&wizard, "Question 2 of 9");

  /* Back shows the answer given, with the focus on it. */
  activate (&wizard, "verdict.back");
  assert_page_says (&wizard, "Question 1 of 9");
  g_assert_cmpstr (picked_choice (&wizard), ==, "Python");
  g_assert_true (focus_widget (&wizard) == g_ptr_array_index (rows, 1));

  activate (&wizard, "verdict.back");
  assert_page_says (&wizard, "9 questions");

  wizard_destroy (&wizard);
}

/* A data-science team gets Python, and is told why. */
static void
test_data_science_team (void)
{
  static const Answer answers[] = {
    { "ai-ml", "yes", FALSE },
    { "team-language", "python", FALSE },
    { "scientific", "yes", FALSE },
    { "prototyping", "yes", FALSE },
    { "automation", "yes", FALSE },
    { "real-time", "no", FALSE },
    { "network-apps", "no", FALSE },
    { NULL }
  };
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(GPtrArray) ranking = NULL;
  Wizard wizard = wizard_new (dataset);
  Ranked *python;

  walk_wizard (&wizard, answers);
  ranking = shown_ranking (&wizard);

  g_assert_cmpuint (ranking->len, ==, 2);
  python = ranked_at (ranking, 0);
  g_assert_cmpstr (python->name, ==, "Python");
  g_assert_cmpstr (python->rank, ==, "1");
  g_assert_cmpstr (python->score, ==, "12");
  assert_reason (python, "Your project involves data science or AI/ML");
  assert_reason (python, "Your team knows Python");
  assert_reason (python, "You prioritize extensive scientific libraries");
  assert_reason (python, "You want rapid prototyping with clean syntax");
  assert_reason (python, "Your focus is on automation and scripting");
  g_assert_cmpuint (python->reasons->len, ==, 5);

  g_assert_cmpstr (ranked_at (ranking, 1)->name, ==, "Node.js");
  g_assert_cmpstr (ranked_at (ranking, 1)->rank, ==, "2");
  g_assert_cmpstr (ranked_at (ranking, 1)->score, ==, "0");
  assert_page_says (&wizard, "None of your answers favoured Node.js.");

  assert_page_says (&wizard, "Your Verdict");
  assert_page_says (&wizard, "Python fits your answers best.");
  assert_page_says (&wizard, "Based on your answers to 7 of 9 questions.");

  /* The use cases and companies of the winner, and only of the winner. */
  assert_page_says (&wizard, "Matching Use Cases");
  assert_page_says (&wizard, "AI, machine learning and data science");
  assert_page_does_not_say (&wizard, "Real-time applications");
  assert_page_says (&wizard, "Companies Using Python");
  assert_page_says (&wizard, "Google, Instagram, Spotify and NASA");
  assert_page_does_not_say (&wizard, "Netflix");

  /* The comparison's advice for the winner. */
  assert_page_says (&wizard, "When to Choose Each");
  assert_page_says (&wizard, "Choose Python if:");
  assert_page_says (&wizard, "You prioritize extensive scientific libraries");
  assert_page_does_not_say (&wizard, "Choose Node.js if:");
  assert_page_does_not_say (&wizard, "You need real-time capabilities and high scalability");

  /* The window's action exports the verdict (tested in test-window.c). */
  assert_page_says (&wizard, "Export Verdict as PDF…");
  g_assert_nonnull (find_button (&wizard, "win.export-verdict-pdf"));
  g_assert_true (gtk_widget_is_sensitive (find_button (&wizard, "verdict.restart")));
  g_assert_true (focus_widget (&wizard) ==
                 find_one (visible_page (&wizard), GTK_TYPE_LIST_BOX_ROW, "vs-verdict-entry"));

  wizard_destroy (&wizard);
}

/* A real-time chat team that knows JavaScript gets Node.js. */
static void
test_real_time_chat_team (void)
{
  static const Answer answers[] = {
    { "real-time", "yes", FALSE },
    { "team-language", "javascript", FALSE },
    { "connections", "yes", FALSE },
    { "network-apps", "yes", FALSE },
    { NULL }
  };
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(GPtrArray) ranking = NULL;
  Wizard wizard = wizard_new (dataset);
  Ranked *nodejs;

  walk_wizard (&wizard, answers);
  ranking = shown_ranking (&wizard);

  nodejs = ranked_at (ranking, 0);
  g_assert_cmpstr (nodejs->name, ==, "Node.js");
  g_assert_cmpstr (nodejs->rank, ==, "1");
  g_assert_cmpstr (nodejs->score, ==, "10");
  assert_reason (nodejs, "You need real-time capabilities");
  assert_reason (nodejs, "Your team is proficient in JavaScript");
  assert_reason (nodejs, "You require efficient handling of simultaneous connections");
  assert_reason (nodejs, "You want to build scalable network applications");

  assert_page_says (&wizard, "Node.js fits your answers best.");
  assert_page_says (&wizard, "Real-time applications");
  assert_page_says (&wizard, "Netflix, PayPal, LinkedIn and Uber");
  assert_page_says (&wizard, "Choose Node.js if:");
  assert_page_does_not_say (&wizard, "Choose Python if:");

  wizard_destroy (&wizard);
}

/* Skipping everything names no winner. */
static void
test_skip_everything (void)
{
  static const Answer answers[] = { { NULL } };
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(GPtrArray) ranking = NULL;
  Wizard wizard = wizard_new (dataset);

  walk_wizard (&wizard, answers);
  ranking = shown_ranking (&wizard);

  assert_page_says (&wizard, "Your answers do not separate Node.js and Python.");
  assert_page_says (&wizard, "You skipped every question.");
  assert_page_does_not_say (&wizard, "fits your answers best");
  assert_page_does_not_say (&wizard, "Matching Use Cases");
  assert_page_does_not_say (&wizard, "Companies Using");

  /* A tie, shown as one: both first, with empty bars and no reasons. */
  g_assert_cmpuint (ranking->len, ==, 2);
  for (guint i = 0; i < ranking->len; i++)
    {
      g_assert_cmpstr (ranked_at (ranking, i)->rank, ==, "=1");
      g_assert_cmpstr (ranked_at (ranking, i)->score, ==, "0");
      g_assert_cmpuint (ranked_at (ranking, i)->reasons->len, ==, 0);
    }

  /* Without a winner, all the advice, grouped by subject. */
  assert_page_says (&wizard, "Choose Node.js if:");
  assert_page_says (&wizard, "Choose Python if:");

  wizard_destroy (&wizard);
}

/* Answers that cancel out are a tie too, said as such. */
static void
test_tied_answers (void)
{
  static const Answer answers[] = {
    { "ai-ml", "yes", FALSE },
    { "real-time", "yes", FALSE },
    { NULL }
  };
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(GPtrArray) ranking = NULL;
  Wizard wizard = wizard_new (dataset);

  walk_wizard (&wizard, answers);
  ranking = shown_ranking (&wizard);

  assert_page_says (&wizard, "Your answers do not separate Node.js and Python.");
  assert_page_says (&wizard, "They get the same score from your answers.");
  g_assert_cmpstr (ranked_at (ranking, 0)->rank, ==, "=1");
  g_assert_cmpstr (ranked_at (ranking, 0)->score, ==, "3");
  assert_reason (ranked_named (ranking, "Python"), "Your project involves data science or AI/ML");
  assert_reason (ranked_named (ranking, "Node.js"), "You need real-time capabilities");

  wizard_destroy (&wizard);
}

/* Back from the result, another answer, Next: the result follows. */
static void
test_back_changes_the_result (void)
{
  static const Answer answers[] = {
    { "real-time", "yes", FALSE },
    { "team-language", "javascript", FALSE },
    { "connections", "yes", FALSE },
    { "network-apps", "yes", FALSE },
    { NULL }
  };
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  Wizard wizard = wizard_new (dataset);

  walk_wizard (&wizard, answers);
  before = shown_ranking (&wizard);
  g_assert_cmpstr (ranked_named (before, "Node.js")->score, ==, "10");

  /* The last question still shows its answer. */
  activate (&wizard, "verdict.back");
  g_assert_cmpstr (vs_question_get_id (current_question (&wizard)), ==, "network-apps");
  g_assert_cmpstr (picked_choice (&wizard), ==, "Yes");

  /* Back to the first question, then the team turns out to know Python. */
  while (!g_str_equal (vs_question_get_id (current_question (&wizard)), "team-language"))
    activate (&wizard, "verdict.back");
  g_assert_cmpstr (picked_choice (&wizard), ==, "JavaScript");
  gtk_check_button_set_active (choice_check (&wizard, "Python"), TRUE);

  /* Forward again: answered questions keep their answers. */
  while (VS_IS_VERDICT_QUESTION_PAGE (visible_page (&wizard)))
    {
      if (picked_choice (&wizard) != NULL)
        activate (&wizard, "verdict.next");
      else
        activate (&wizard, "verdict.skip");
    }

  after = shown_ranking (&wizard);
  g_assert_cmpstr (ranked_at (after, 0)->name, ==, "Node.js");
  g_assert_cmpstr (ranked_named (after, "Node.js")->score, ==, "7");
  g_assert_cmpstr (ranked_named (after, "Python")->score, ==, "3");
  g_assert_false (has_reason (ranked_named (after, "Node.js"),
                              "Your team is proficient in JavaScript"));
  assert_reason (ranked_named (after, "Python"), "Your team knows Python");

  /* The result page also follows the verdict while it is shown. */
  vs_verdict_set_answer (get_verdict (&wizard),
                         vs_dataset_find_question (dataset, "real-time"),
                         vs_question_find_choice (vs_dataset_find_question (dataset, "real-time"),
                                                  "no"));
  g_clear_pointer (&after, g_ptr_array_unref);
  after = shown_ranking (&wizard);
  g_assert_cmpstr (ranked_named (after, "Node.js")->score, ==, "4");

  wizard_destroy (&wizard);
}

/* An important answer counts twice, and says so. */
static void
test_important_doubles (void)
{
  static const Answer answers[] = {
    { "ai-ml", "yes", TRUE },
    { "team-language", "javascript", FALSE },
    { NULL }
  };
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  g_autoptr(GPtrArray) ranking = NULL;
  Wizard wizard = wizard_new (dataset);
  Ranked *python;

  walk_wizard (&wizard, answers);
  ranking = shown_ranking (&wizard);

  python = ranked_at (ranking, 0);
  g_assert_cmpstr (python->name, ==, "Python");
  g_assert_cmpstr (python->score, ==, "6");
  assert_reason (python,
                 "Your project involves data science or AI/ML (important to you: counted twice)");
  g_assert_cmpstr (ranked_at (ranking, 1)->score, ==, "3");

  /* Skip clears the answer and its importance. */
  activate (&wizard, "verdict.back");
  while (!g_str_equal (vs_question_get_id (current_question (&wizard)), "ai-ml"))
    activate (&wizard, "verdict.back");
  g_assert_cmpstr (picked_choice (&wizard), ==, "Yes");
  g_assert_true (gtk_switch_get_active (important_switch (&wizard)));
  activate (&wizard, "verdict.skip");
  activate (&wizard, "verdict.back");
  g_assert_null (picked_choice (&wizard));
  g_assert_false (gtk_switch_get_active (important_switch (&wizard)));
  g_assert_false (gtk_widget_is_sensitive (find_button (&wizard, "verdict.next")));

  while (VS_IS_VERDICT_QUESTION_PAGE (visible_page (&wizard)))
    activate (&wizard, picked_choice (&wizard) ? "verdict.next" : "verdict.skip");

  g_clear_pointer (&ranking, g_ptr_array_unref);
  ranking = shown_ranking (&wizard);
  g_assert_cmpstr (ranked_at (ranking, 0)->name, ==, "Node.js");
  g_assert_cmpstr (ranked_named (ranking, "Python")->score, ==, "0");

  wizard_destroy (&wizard);
}

/* A dataset with three subjects brings its own questions. */
static void
test_three_subjects (void)
{
  static const Answer answers[] = {
    { "server", "no", FALSE },
    { "ops", "no", FALSE },
    { "size", "small", FALSE },
    { NULL }
  };
  g_autoptr(VsDataset) dataset = load_test_dataset ("valid", "three-subjects.json");
  GListModel *questions = vs_dataset_get_questions (dataset);
  g_autoptr(GPtrArray) ranking = NULL;
  Wizard wizard = wizard_new (dataset);

  assert_page_says (&wizard, "PostgreSQL, MySQL or SQLite?");
  assert_page_says (&wizard,
                    "Answer a few questions about your project; skip any that do not apply.");
  assert_page_says (&wizard, "5 questions");

  activate (&wizard, "verdict.start");
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(VsQuestion) question = g_list_model_get_item (questions, i);
      g_autofree char *progress = g_strdup_printf ("Question %u of 5", i + 1);
      g_autoptr(GPtrArray) rows = choice_rows (&wizard);
      GListModel *choices = vs_question_get_choices (question);

      g_assert_true (current_question (&wizard) == question);
      assert_page_says (&wizard, progress);
      assert_page_says (&wizard, vs_question_get_prompt (question));
      g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (choices));
      for (guint c = 0; c < rows->len; c++)
        {
          g_autoptr(VsChoice) choice = g_list_model_get_item (choices, c);
          g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, c)), ==,
                           vs_choice_get_label (choice));
        }

      activate (&wizard, "verdict.skip");
    }
  g_assert_true (VS_IS_VERDICT_RESULT_PAGE (visible_page (&wizard)));
  assert_page_says (&wizard, "Your answers do not separate PostgreSQL, MySQL and SQLite.");

  activate (&wizard, "verdict.restart");
  assert_page_says (&wizard, "5 questions");
  g_assert_cmpuint (vs_verdict_get_n_answers (get_verdict (&wizard)), ==, 0);

  walk_wizard (&wizard, answers);
  ranking = shown_ranking (&wizard);
  g_assert_cmpuint (ranking->len, ==, 3);
  g_assert_cmpstr (ranked_at (ranking, 0)->name, ==, "SQLite");
  g_assert_cmpstr (ranked_at (ranking, 0)->score, ==, "8");
  assert_reason (ranked_at (ranking, 0), "SQLite needs no administration");
  /* PostgreSQL and MySQL tie below it, with negative scores and empty bars;
   * the answers that counted against them are there with their points.
   */
  assert_reason_points (ranked_at (ranking, 0), "SQLite needs no administration", "+3");
  assert_reason_points (ranked_at (ranking, 1), "SQLite needs no administration", "\u22121.5");
  assert_reason_points (ranked_at (ranking, 2), "SQLite needs no administration", "\u22121.5");
  g_assert_cmpstr (ranked_at (ranking, 1)->rank, ==, "=2");
  g_assert_cmpstr (ranked_at (ranking, 1)->score, ==, "−1.5");
  g_assert_cmpstr (ranked_at (ranking, 2)->rank, ==, "=2");
  assert_page_says (&wizard, "SQLite fits your answers best.");
  assert_page_says (&wizard, "Desktop and mobile apps");
  assert_page_says (&wizard, "Apple and Example Corp");
  assert_page_says (&wizard,
                    "Choose SQLite for local, single-user storage, tests and embedded devices.");
  assert_page_does_not_say (&wizard, "Choose PostgreSQL if:");

  wizard_destroy (&wizard);
}

/* Runs `versus --verdict` for the same answers and reads its ranking back
 * as lines “RANK NAME SCORE”.
 */
static char *
cli_ranking (const char   *dataset_path,
             const Answer *answers)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) args = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GRegex) reason_regex = NULL;
  GString *ranking = g_string_new (NULL);
  const char *versus = g_getenv ("VERSUS_BIN");
  int status;

  g_assert_nonnull (versus);

  g_strv_builder_add_many (args, versus, "--verdict", NULL);
  for (guint i = 0; answers[i].question != NULL; i++)
    {
      g_autofree char *answer = g_strdup_printf ("%s=%s", answers[i].question, answers[i].choice);

      g_strv_builder_add_many (args, "--answer", answer, NULL);
      if (answers[i].important)
        g_strv_builder_add_many (args, "--important", answers[i].question, NULL);
    }
  if (dataset_path != NULL)
    g_strv_builder_add (args, dataset_path);
  strv = g_strv_builder_end (args);

  g_spawn_sync (NULL, strv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  /* “=1. Node.js  0” */
  regex = g_regex_new ("^(=?[0-9]+)\\. (.*\\S)\\s+(\u2212?[0-9.]+)$", 0, 0, &error);
  g_assert_no_error (error);
  /* “   +3  Your team knows Python”, the points right-aligned. */
  reason_regex = g_regex_new ("^ +([+\u2212][0-9.]+)  (.*)$", 0, 0, &error);
  g_assert_no_error (error);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autoptr(GMatchInfo) reason_match = NULL;

      if (g_regex_match (regex, lines[i], 0, &match))
        {
          g_autofree char *rank = g_match_info_fetch (match, 1);
          g_autofree char *name = g_match_info_fetch (match, 2);
          g_autofree char *score = g_match_info_fetch (match, 3);

          g_string_append_printf (ranking, "%s %s %s\n", rank, name, score);
        }
      else if (g_regex_match (reason_regex, lines[i], 0, &reason_match))
        {
          g_autofree char *points = g_match_info_fetch (reason_match, 1);
          g_autofree char *reason = g_match_info_fetch (reason_match, 2);

          g_string_append_printf (ranking, "  %s %s\n", points, reason);
        }
    }

  return g_string_free (ranking, FALSE);
}

/* The same ranking, as the result page shows it. */
static char *
gui_ranking (Wizard *wizard)
{
  g_autoptr(GPtrArray) ranking = shown_ranking (wizard);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < ranking->len; i++)
    {
      Ranked *ranked = ranked_at (ranking, i);

      g_string_append_printf (text, "%s %s %s\n", ranked->rank, ranked->name, ranked->score);
      for (guint r = 0; r < ranked->reasons->len; r++)
        g_string_append_printf (text, "  %s %s\n", (char *)g_ptr_array_index (ranked->points, r),
                                (char *)g_ptr_array_index (ranked->reasons, r));
    }

  return g_string_free (text, FALSE);
}

/* And as the engine computes it. */
static char *
engine_ranking (VsDataset    *dataset,
                const Answer *answers)
{
  g_autoptr(VsVerdict) verdict = vs_verdict_new (dataset);
  g_autoptr(VsVerdictResult) result = NULL;
  GString *text = g_string_new (NULL);

  for (guint i = 0; answers[i].question != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      vs_verdict_answer_by_id (verdict, answers[i].question, answers[i].choice, &error);
      g_assert_no_error (error);
      if (answers[i].important)
        vs_verdict_mark_important_by_id (verdict, answers[i].question, &error);
      g_assert_no_error (error);
    }

  result = vs_verdict_compute (verdict);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (result)); i++)
    {
      VsVerdictEntry *entry = vs_verdict_result_get_entry (result, i);

      g_autofree char *score = vs_format_score (vs_verdict_entry_get_score (entry));

      g_string_append_printf (text, "%s%u %s %s\n",
                              vs_verdict_entry_get_tied (entry) ? "=" : "",
                              vs_verdict_entry_get_rank (entry),
                              vs_subject_get_name (vs_verdict_entry_get_subject (entry)),
                              score);
      for (guint r = 0; r < vs_verdict_entry_get_n_reasons (entry); r++)
        {
          const VsVerdictReason *reason = vs_verdict_entry_get_reason (entry, r);
          g_autofree char *described = vs_verdict_reason_describe (reason);
          g_autofree char *points = vs_verdict_reason_format_points (reason);

          if (reason->important)
            g_string_append_printf (text, "  %s %s (important to you: counted twice)\n",
                                    points, described);
          else
            g_string_append_printf (text, "  %s %s\n", points, described);
        }
    }

  return g_string_free (text, FALSE);
}

/* The wizard, the engine and `versus --verdict` agree. */
static void
test_agrees_with_engine_and_cli (void)
{
  static const Answer builtin_sets[][10] = {
    { { "ai-ml", "yes", TRUE }, { "team-language", "neither", FALSE },
      { "microservices", "yes", FALSE }, { "connections", "yes", TRUE }, { NULL } },
    { { "team-language", "both", FALSE }, { "real-time", "no", FALSE }, { NULL } },
    { { "automation", "yes", FALSE }, { "network-apps", "yes", FALSE },
      { "prototyping", "yes", TRUE }, { "scientific", "no", FALSE }, { NULL } },
  };
  static const Answer three_sets[][6] = {
    { { "server", "yes", FALSE }, { "sql-features", "some", TRUE }, { "hosting", "yes", FALSE },
      { NULL } },
    { { "ops", "no", TRUE }, { "size", "large", FALSE }, { "sql-features", "no", FALSE },
      { NULL } },
  };
  g_autofree char *three_path = g_test_build_filename (G_TEST_DIST, "data", "valid",
                                                       "three-subjects.json", NULL);
  g_autoptr(VsDataset) builtin = vs_dataset_loader_load_builtin ();
  g_autoptr(VsDataset) three = load_test_dataset ("valid", "three-subjects.json");

  for (guint i = 0; i < G_N_ELEMENTS (builtin_sets) + G_N_ELEMENTS (three_sets); i++)
    {
      gboolean is_builtin = i < G_N_ELEMENTS (builtin_sets);
      const Answer *answers = (is_builtin ? builtin_sets[i]
                                          : three_sets[i - G_N_ELEMENTS (builtin_sets)]);
      VsDataset *dataset = is_builtin ? builtin : three;
      Wizard wizard = wizard_new (dataset);
      g_autofree char *gui = NULL;
      g_autofree char *engine = engine_ranking (dataset, answers);
      g_autofree char *cli = cli_ranking (is_builtin ? NULL : three_path, answers);

      walk_wizard (&wizard, answers);
      gui = gui_ranking (&wizard);

      g_test_message ("Answers %u:\n%s", i, gui);
      g_assert_cmpstr (gui, ==, engine);
      g_assert_cmpstr (gui, ==, cli);

      wizard_destroy (&wizard);
    }
}

/* Another dataset, another wizard, back at its start. */
static void
test_dataset_change_resets (void)
{
  static const Answer answers[] = {
    { "ai-ml", "yes", FALSE },
    { NULL }
  };
  g_autoptr(VsDataset) builtin = vs_dataset_loader_load_builtin ();
  g_autoptr(VsDataset) three = load_test_dataset ("valid", "three-subjects.json");
  g_autoptr(VsDataset) minimal = load_test_dataset ("valid", "minimal.json");
  Wizard wizard = wizard_new (builtin);
  VsVerdict *old_verdict = get_verdict (&wizard);

  walk_wizard (&wizard, answers);
  g_assert_cmpuint (vs_verdict_get_n_answers (old_verdict), ==, 1);

  test_set_dataset (wizard.view, three);
  wait_a_little ();
  g_assert_true (get_verdict (&wizard) != old_verdict);
  g_assert_true (vs_verdict_get_dataset (get_verdict (&wizard)) == three);
  g_assert_cmpuint (vs_verdict_get_n_answers (get_verdict (&wizard)), ==, 0);
  assert_page_says (&wizard, "5 questions");
  g_assert_true (gtk_widget_is_sensitive (find_button (&wizard, "verdict.start")));

  activate (&wizard, "verdict.start");
  assert_page_says (&wizard, "Question 1 of 5");
  assert_page_says (&wizard,
                    "Will several machines or processes write to the database at the same time?");

  /* A dataset without questions has no wizard, and says so. */
  test_set_dataset (wizard.view, minimal);
  wait_a_little ();
  g_assert_cmpuint (vs_verdict_get_n_answers (get_verdict (&wizard)), ==, 0);
  g_assert_true (ADW_IS_STATUS_PAGE (visible_page (&wizard)));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (visible_page (&wizard))), ==,
                   "No Verdict for This Comparison");
  gtk_widget_activate_action (GTK_WIDGET (wizard.view), "verdict.start", NULL);
  g_assert_true (ADW_IS_STATUS_PAGE (visible_page (&wizard)));

  test_set_dataset (wizard.view, builtin);
  wait_a_little ();
  assert_page_says (&wizard, "9 questions");

  wizard_destroy (&wizard);
}

/* The answers stay while the user looks at another view. */
static void
test_answers_survive_view_switch (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  AdwViewStack *stack = ADW_VIEW_STACK (adw_view_stack_new ());
  g_autoptr(VsSession) session = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  Wizard wizard;

  vs_subject_style_apply (dataset);
  wizard.window = window;
  session = vs_session_new (dataset);
  wizard.view = g_object_new (VS_TYPE_VERDICT_VIEW, "session", session, NULL);
  adw_view_stack_add_named (stack, gtk_label_new ("Elsewhere"), "elsewhere");
  adw_view_stack_add_named (stack, GTK_WIDGET (wizard.view), "verdict");
  adw_view_stack_set_visible_child_name (stack, "verdict");
  gtk_window_set_child (window, GTK_WIDGET (stack));
  gtk_window_present (window);
  wait_a_little ();

  activate (&wizard, "verdict.start");
  activate (&wizard, "verdict.skip");
  gtk_check_button_set_active (choice_check (&wizard, "Yes"), TRUE);

  adw_view_stack_set_visible_child_name (stack, "elsewhere");
  wait_a_little ();
  adw_view_stack_set_visible_child_name (stack, "verdict");
  wait_a_little ();

  assert_page_says (&wizard, "Question 2 of 9");
  g_assert_cmpstr (picked_choice (&wizard), ==, "Yes");
  g_assert_cmpuint (vs_verdict_get_n_answers (get_verdict (&wizard)), ==, 1);

  /* Coming back puts the focus on the picked choice, for the keyboard. */
  rows = choice_rows (&wizard);
  g_assert_true (focus_widget (&wizard) == g_ptr_array_index (rows, 0));

  wizard_destroy (&wizard);
}

static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  g_autoptr(GPtrArray) labels = find_all (widget, GTK_TYPE_LABEL, NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      if (g_str_equal (gtk_label_get_text (g_ptr_array_index (labels, i)), text))
        return TRUE;
    }

  return FALSE;
}

/* The dataset's text is shown as text, never as markup. */
static void
test_markup_is_text (void)
{
  static const Answer answers[] = {
    { "q", "yes", TRUE },
    { NULL }
  };
  g_autoptr(VsDataset) dataset = load_test_dataset ("ui", "verdict-view-markup.json");
  g_autoptr(GPtrArray) ranking = NULL;
  Wizard wizard = wizard_new (dataset);

  g_assert_true (shows_label (visible_page (&wizard), "Intro with <b>bold</b> & an ampersand"));
  g_assert_true (shows_label (visible_page (&wizard), "A & <i>B</i> or Plain?"));

  activate (&wizard, "verdict.start");
  g_assert_true (shows_label (visible_page (&wizard), "Prompt <b>bold</b>?"));
  g_assert_true (shows_label (visible_page (&wizard), "Help & <i>italic</i>"));
  g_assert_true (shows_label (visible_page (&wizard), "<b>Yes</b> & more"));
  g_assert_true (shows_label (visible_page (&wizard), "No <span>tag"));

  activate (&wizard, "verdict.back");
  walk_wizard (&wizard, answers);
  ranking = shown_ranking (&wizard);
  g_assert_cmpstr (ranked_at (ranking, 0)->name, ==, "A & <i>B</i>");
  assert_reason (ranked_at (ranking, 0),
                 "Reason <b>bold</b> & more (important to you: counted twice)");
  g_assert_true (shows_label (visible_page (&wizard), "A & <i>B</i> fits your answers best."));
  g_assert_true (shows_label (visible_page (&wizard), "Use <b>case</b>"));
  g_assert_true (shows_label (visible_page (&wizard), "Described & <u>underlined</u>"));
  g_assert_true (shows_label (visible_page (&wizard), "Company <big>&amp;</big>"));
  g_assert_true (shows_label (visible_page (&wizard), "Choose A & <i>B</i> if:"));
  g_assert_true (shows_label (visible_page (&wizard), "Guidance <b>bold</b> & more"));

  wizard_destroy (&wizard);
}

/* Start Over, from its button, leaves the focus on Start: a second Enter
 * starts again (it used to fall to the window's first button).
 */
static void
test_start_over_focus (void)
{
  static const Answer answers[] = { { NULL } };
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  Wizard wizard = wizard_new (dataset);
  GtkWidget *restart;

  walk_wizard (&wizard, answers);
  restart = find_button (&wizard, "verdict.restart");
  g_assert_true (gtk_widget_grab_focus (restart));
  g_assert_true (focus_widget (&wizard) == restart);

  /* As Enter on the button does: the button clicks a moment later. */
  g_assert_true (gtk_widget_activate (restart));
  while (!VS_IS_VERDICT_INTRO_PAGE (visible_page (&wizard)))
    g_main_context_iteration (NULL, TRUE);
  wait_a_little ();
  g_assert_true (focus_widget (&wizard) == find_button (&wizard, "verdict.start"));

  wizard_destroy (&wizard);
}

static double
progress_shown (Wizard *wizard)
{
  GtkWidget *bar = find_widget (visible_page (wizard), GTK_TYPE_PROGRESS_BAR);

  g_assert_nonnull (bar);

  return gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (bar));
}

static const char *
next_label (Wizard *wizard)
{
  return gtk_button_get_label (GTK_BUTTON (find_button (wizard, "verdict.next")));
}

/* The bar counts the answers, so it is full only with the last one; the
 * last question's Next says where it leads.
 */
static void
test_progress_and_last_button (void)
{
  g_autoptr(VsDataset) dataset = vs_dataset_loader_load_builtin ();
  guint n_questions = g_list_model_get_n_items (vs_dataset_get_questions (dataset));
  Wizard wizard = wizard_new (dataset);

  g_assert_cmpuint (n_questions, >, 2);
  activate (&wizard, "verdict.start");

  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(GPtrArray) rows = choice_rows (&wizard);
      GtkCheckButton *check = GTK_CHECK_BUTTON (
        adw_action_row_get_activatable_widget (g_ptr_array_index (rows, 0)));

      g_assert_cmpfloat_with_epsilon (progress_shown (&wizard), (double)i / n_questions, 1e-9);
      g_assert_cmpfloat (progress_shown (&wizard), <, 1.0);

      if (i + 1 < n_questions)
        g_assert_cmpstr (next_label (&wizard), ==, "_Next");
      else
        g_assert_cmpstr (next_label (&wizard), ==, "See _Verdict");

      gtk_check_button_set_active (check, TRUE);
      wait_a_little ();
      g_assert_cmpfloat_with_epsilon (progress_shown (&wizard), (double)(i + 1) / n_questions,
                                      1e-9);

      /* Back and forth: the bar stays with the answers. */
      if (i == 1)
        {
          activate (&wizard, "verdict.back");
          g_assert_cmpfloat_with_epsilon (progress_shown (&wizard), 2.0 / n_questions, 1e-9);
          activate (&wizard, "verdict.next");
        }

      activate (&wizard, "verdict.next");
    }

  g_assert_true (VS_IS_VERDICT_RESULT_PAGE (visible_page (&wizard)));

  /* A skipped question leaves the bar short of full. */
  activate (&wizard, "verdict.back");
  activate (&wizard, "verdict.skip");
  activate (&wizard, "verdict.back");
  g_assert_cmpfloat_with_epsilon (progress_shown (&wizard), (double)(n_questions - 1) / n_questions,
                                  1e-9);

  wizard_destroy (&wizard);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/versus/verdict-view/intro", test_intro);
  g_test_add_func ("/versus/verdict-view/start-over-focus", test_start_over_focus);
  g_test_add_func ("/versus/verdict-view/progress-and-last-button", test_progress_and_last_button);
  g_test_add_func ("/versus/verdict-view/data-science-team", test_data_science_team);
  g_test_add_func ("/versus/verdict-view/real-time-chat-team", test_real_time_chat_team);
  g_test_add_func ("/versus/verdict-view/skip-everything", test_skip_everything);
  g_test_add_func ("/versus/verdict-view/tied-answers", test_tied_answers);
  g_test_add_func ("/versus/verdict-view/back-changes-the-result", test_back_changes_the_result);
  g_test_add_func ("/versus/verdict-view/important-doubles", test_important_doubles);
  g_test_add_func ("/versus/verdict-view/three-subjects", test_three_subjects);
  g_test_add_func ("/versus/verdict-view/agrees-with-engine-and-cli",
                   test_agrees_with_engine_and_cli);
  g_test_add_func ("/versus/verdict-view/dataset-change-resets", test_dataset_change_resets);
  g_test_add_func ("/versus/verdict-view/answers-survive-view-switch",
                   test_answers_survive_view_switch);
  g_test_add_func ("/versus/verdict-view/markup-is-text", test_markup_is_text);

  return g_test_run ();
}
