/* vs-verdict-view.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-verdict-intro-page.h"
#include "vs-verdict-page.h"
#include "vs-verdict-question-page.h"
#include "vs-verdict-result-page.h"
#include "vs-verdict-view.h"

/* The Verdict view: a wizard that asks the dataset's questions and ranks
 * the subjects for the answers. The answers are the session's (a VsVerdict,
 * one per dataset, kept while the user looks at other views, and exported
 * from there); the view has the wizard's actions, and the pages behind
 * VsVerdictPage show and edit the answers.
 */

struct _VsVerdictView
{
  AdwBin parent_instance;

  VsDataset *dataset;
  VsVerdict *verdict;

  /* The question pages, in the dataset's order; the stack owns them. */
  GPtrArray *question_pages;

  /* The page shown, activated; NULL when there is nothing to ask. */
  VsVerdictPage *current;

  /* The bin's child (not bound: AdwBin unparents it itself). */
  GtkStack *stack;

  /* Template widgets */
  GtkWidget *intro_page;
  GtkWidget *result_page;
  GtkWidget *empty_page;
};

static void view_iface_init (VsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VsVerdictView, vs_verdict_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (VS_TYPE_VIEW, view_iface_init))

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

typedef enum
{
  GO_FORWARD,
  GO_BACK,
  GO_AFRESH,
} Direction;

/* ------------------------------------------------------------------------- */
/* Helpers                                                                   */
/* ------------------------------------------------------------------------- */

/* The index of the question shown, or -1 on the intro and result pages. */
static int
current_question (VsVerdictView *self)
{
  guint index;

  if (self->current != NULL &&
      g_ptr_array_find (self->question_pages, self->current, &index))
    return index;

  return -1;
}

static VsQuestion *
get_question (VsVerdictView *self,
              guint          index)
{
  return vs_verdict_question_page_get_question (g_ptr_array_index (self->question_pages, index));
}

static void
update_actions (VsVerdictView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_verdict = self->verdict != NULL;
  gboolean on_intro = self->current == VS_VERDICT_PAGE (self->intro_page);
  gboolean on_result = self->current == VS_VERDICT_PAGE (self->result_page);
  int question = current_question (self);
  gboolean answered = FALSE;

  if (has_verdict && question >= 0)
    answered = vs_verdict_get_answer (self->verdict, get_question (self, question)) != NULL;

  gtk_widget_action_set_enabled (widget, "verdict.start", has_verdict && on_intro);
  gtk_widget_action_set_enabled (widget, "verdict.next", has_verdict && (on_intro || answered));
  gtk_widget_action_set_enabled (widget, "verdict.back",
                                 has_verdict && (question >= 0 || on_result));
  gtk_widget_action_set_enabled (widget, "verdict.skip", has_verdict && question >= 0);
  gtk_widget_action_set_enabled (widget, "verdict.restart", has_verdict);
}

static void
show_page (VsVerdictView *self,
           GtkWidget     *page,
           Direction      direction)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  GtkStackTransitionType left = GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT;
  GtkStackTransitionType right = GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT;
  GtkStackTransitionType transition;

  g_assert (self->verdict != NULL);
  g_assert (VS_IS_VERDICT_PAGE (page));

  switch (direction)
    {
    case GO_FORWARD:
      /* The next page comes from where the text goes. */
      transition = rtl ? right : left;
      break;

    case GO_BACK:
      transition = rtl ? left : right;
      break;

    case GO_AFRESH:
    default:
      transition = GTK_STACK_TRANSITION_TYPE_CROSSFADE;
      break;
    }

  if (self->current != NULL)
    vs_verdict_page_deactivate (self->current);

  gtk_stack_set_transition_type (self->stack, transition);
  gtk_stack_set_visible_child (self->stack, page);

  /* The actions first: the page puts the focus on a button that may
   * only now be enabled (Start, after Start Over).
   */
  self->current = VS_VERDICT_PAGE (page);
  update_actions (self);
  vs_verdict_page_activate (self->current, self->verdict);
}

static void
show_question (VsVerdictView *self,
               guint          index,
               Direction      direction)
{
  show_page (self, g_ptr_array_index (self->question_pages, index), direction);
}

/* After question @index: the next question, or the result. */
static void
go_on_from (VsVerdictView *self,
            guint          index)
{
  if (index + 1 < self->question_pages->len)
    show_question (self, index + 1, GO_FORWARD);
  else
    show_page (self, self->result_page, GO_FORWARD);
}

static void
verdict_changed_cb (VsVerdictView *self)
{
  update_actions (self);
}

static void
clear_wizard (VsVerdictView *self)
{
  if (self->current != NULL)
    vs_verdict_page_deactivate (self->current);
  self->current = NULL;

  for (guint i = 0; i < self->question_pages->len; i++)
    gtk_stack_remove (self->stack, g_ptr_array_index (self->question_pages, i));
  g_ptr_array_set_size (self->question_pages, 0);

  if (self->verdict != NULL)
    g_signal_handlers_disconnect_by_func (self->verdict, verdict_changed_cb, self);
  g_clear_object (&self->verdict);
}

/* A new dataset, a new wizard: its own questions, the session's answers
 * (none yet), the intro.
 */
static void
build_wizard (VsVerdictView *self)
{
  GListModel *questions;
  guint n_questions;

  clear_wizard (self);

  questions = self->dataset ? vs_dataset_get_questions (self->dataset) : NULL;
  n_questions = questions ? g_list_model_get_n_items (questions) : 0;

  if (n_questions == 0)
    {
      gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_NONE);
      gtk_stack_set_visible_child (self->stack, self->empty_page);
      update_actions (self);
      return;
    }

  self->verdict = g_object_ref (vs_session_get_verdict (vs_view_get_session (VS_VIEW (self))));
  g_signal_connect_object (self->verdict, "changed", G_CALLBACK (verdict_changed_cb), self,
                           G_CONNECT_SWAPPED);

  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(VsQuestion) question = g_list_model_get_item (questions, i);
      GtkWidget *page = vs_verdict_question_page_new (question, n_questions);
      g_autofree char *name = g_strdup_printf ("question-%u", i + 1);

      gtk_stack_add_named (self->stack, page, name);
      g_ptr_array_add (self->question_pages, page);
    }

  show_page (self, self->intro_page, GO_AFRESH);
}

/* ------------------------------------------------------------------------- */
/* Actions                                                                   */
/* ------------------------------------------------------------------------- */

static void
start_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VsVerdictView *self = VS_VERDICT_VIEW (widget);

  if (self->verdict != NULL && self->question_pages->len > 0)
    show_question (self, 0, GO_FORWARD);
}

static void
next_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VsVerdictView *self = VS_VERDICT_VIEW (widget);
  int question = current_question (self);

  if (self->verdict == NULL)
    return;

  if (self->current == VS_VERDICT_PAGE (self->intro_page))
    show_question (self, 0, GO_FORWARD);
  else if (question >= 0 && vs_verdict_get_answer (self->verdict, get_question (self, question)))
    go_on_from (self, question);
}

static void
back_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VsVerdictView *self = VS_VERDICT_VIEW (widget);
  int question = current_question (self);

  if (self->verdict == NULL)
    return;

  if (self->current == VS_VERDICT_PAGE (self->result_page))
    show_question (self, self->question_pages->len - 1, GO_BACK);
  else if (question > 0)
    show_question (self, question - 1, GO_BACK);
  else if (question == 0)
    show_page (self, self->intro_page, GO_BACK);
}

static void
skip_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VsVerdictView *self = VS_VERDICT_VIEW (widget);
  int question = current_question (self);

  if (self->verdict == NULL || question < 0)
    return;

  /* A skipped question has no answer, and so nothing to count twice. */
  vs_verdict_set_answer (self->verdict, get_question (self, question), NULL);
  vs_verdict_set_important (self->verdict, get_question (self, question), FALSE);
  go_on_from (self, question);
}

static void
restart_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VsVerdictView *self = VS_VERDICT_VIEW (widget);

  if (self->verdict == NULL)
    return;

  vs_verdict_reset (self->verdict);
  show_page (self, self->intro_page, GO_AFRESH);
}

/* ------------------------------------------------------------------------- */
/* VsView                                                                    */
/* ------------------------------------------------------------------------- */

static void
vs_verdict_view_session_changed (VsView          *view,
                                 VsSession       *session,
                                 VsSessionChange  what)
{
  VsVerdictView *self = VS_VERDICT_VIEW (view);
  VsDataset *dataset = session != NULL ? vs_session_get_dataset (session) : NULL;
  gboolean new_dataset = g_set_object (&self->dataset, dataset);

  /* The same dataset in another session has other answers. */
  if (new_dataset ||
      (self->verdict != NULL && self->verdict != vs_session_get_verdict (session)))
    build_wizard (self);
}

static void
view_iface_init (VsViewInterface *iface)
{
  iface->session_changed = vs_verdict_view_session_changed;
}

/* ------------------------------------------------------------------------- */
/* GObject and GtkWidget                                                     */
/* ------------------------------------------------------------------------- */

/* Coming to the view, as after Alt+5, puts the focus on the page's first
 * control, so that the wizard goes on from the keyboard.
 */
static void
vs_verdict_view_map (GtkWidget *widget)
{
  VsVerdictView *self = VS_VERDICT_VIEW (widget);

  GTK_WIDGET_CLASS (vs_verdict_view_parent_class)->map (widget);

  if (self->current != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->current));
}

static void
vs_verdict_view_dispose (GObject *object)
{
  VsVerdictView *self = (VsVerdictView *)object;

  clear_wizard (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_VERDICT_VIEW);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (vs_verdict_view_parent_class)->dispose (object);
}

static void
vs_verdict_view_finalize (GObject *object)
{
  VsVerdictView *self = (VsVerdictView *)object;

  g_clear_pointer (&self->question_pages, g_ptr_array_unref);

  G_OBJECT_CLASS (vs_verdict_view_parent_class)->finalize (object);
}

static void
vs_verdict_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VsVerdictView *self = VS_VERDICT_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, vs_view_get_session (VS_VIEW (self)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_verdict_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VsVerdictView *self = VS_VERDICT_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      vs_view_set_session (VS_VIEW (self), g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_verdict_view_class_init (VsVerdictViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_verdict_view_dispose;
  object_class->finalize = vs_verdict_view_finalize;
  object_class->get_property = vs_verdict_view_get_property;
  object_class->set_property = vs_verdict_view_set_property;

  widget_class->map = vs_verdict_view_map;

  g_object_class_override_property (object_class, PROP_SESSION, "session");

  g_type_ensure (VS_TYPE_VERDICT_INTRO_PAGE);
  g_type_ensure (VS_TYPE_VERDICT_RESULT_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/"
                                               "ui/views/verdict/vs-verdict-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VsVerdictView, intro_page);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictView, result_page);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictView, empty_page);

  /* No “view.search”: the Verdict has nothing to search, and the window
   * then searches the Features view instead.
   */
  gtk_widget_class_install_action (widget_class, "verdict.start", NULL, start_action_cb);
  gtk_widget_class_install_action (widget_class, "verdict.next", NULL, next_action_cb);
  gtk_widget_class_install_action (widget_class, "verdict.back", NULL, back_action_cb);
  gtk_widget_class_install_action (widget_class, "verdict.skip", NULL, skip_action_cb);
  gtk_widget_class_install_action (widget_class, "verdict.restart", NULL, restart_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "verdict.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK,
                                       "verdict.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "verdict.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, GDK_ALT_MASK,
                                       "verdict.next", NULL);
}

static void
vs_verdict_view_init (VsVerdictView *self)
{
  self->question_pages = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  update_actions (self);
}
