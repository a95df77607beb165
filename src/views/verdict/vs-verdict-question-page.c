/* vs-verdict-question-page.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-verdict-page.h"
#include "vs-verdict-question-page.h"

/* One question of the verdict wizard: its prompt and help, its choices as
 * radio rows, the “important to me” switch, and Back, Skip and Next (the
 * view's actions). While active, the page writes the answer to the verdict
 * as soon as a choice is picked, so that Back and Next keep it.
 */

struct _VsVerdictQuestionPage
{
  AdwBin parent_instance;

  VsQuestion *question;
  guint n_questions;

  /* Set between activate and deactivate only. */
  VsVerdict *verdict;

  /* One row and one check button per choice, in the question's order. */
  GPtrArray *rows;
  GPtrArray *checks;

  /* Template widgets */
  GtkLabel *progress_label;
  GtkProgressBar *progress_bar;
  GtkLabel *prompt_label;
  GtkLabel *help_label;
  GtkListBox *choices_list;
  GtkListBox *important_list;
  GtkSwitch *important_switch;
  GtkButton *next_button;
};

static void verdict_page_iface_init (VsVerdictPageInterface *iface);
static void choice_toggled_cb       (VsVerdictQuestionPage  *self,
                                     GtkCheckButton         *check);

G_DEFINE_FINAL_TYPE_WITH_CODE (VsVerdictQuestionPage, vs_verdict_question_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (VS_TYPE_VERDICT_PAGE,
                                                      verdict_page_iface_init))

enum {
  PROP_0,
  PROP_QUESTION,
  PROP_N_QUESTIONS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static VsChoice *
get_choice (VsVerdictQuestionPage *self,
            guint                  index)
{
  VsChoice *choice = g_list_model_get_item (vs_question_get_choices (self->question), index);

  /* The question keeps its choices alive: hand out a borrowed pointer. */
  g_object_unref (choice);

  return choice;
}

/* The widgets show the verdict's answer to this question. */
static void
sync_from_verdict (VsVerdictQuestionPage *self,
                   VsVerdict             *verdict)
{
  VsChoice *answer = vs_verdict_get_answer (verdict, self->question);

  for (guint i = 0; i < self->checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->checks, i),
                                 get_choice (self, i) == answer);

  gtk_switch_set_active (self->important_switch,
                         vs_verdict_get_important (verdict, self->question));

  /* The bar shows the answers given, so that it is full only once the
   * last one is.
   */
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 (double)vs_verdict_get_n_answers (verdict) /
                                 MAX (self->n_questions, 1));
}

static void
build_choices (VsVerdictQuestionPage *self)
{
  GListModel *choices = vs_question_get_choices (self->question);
  GtkCheckButton *group = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      VsChoice *choice = get_choice (self, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      /* The row, not the check button, takes the focus: one stop per choice,
       * arrows move between them, Space picks one. Not even Tab may enter the
       * check button: a grouped one hands the focus to the active one of
       * its group, which keeps Tab from ever leaving the list.
       */
      gtk_widget_set_can_focus (check, FALSE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      g_signal_connect_object (check, "toggled", G_CALLBACK (choice_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, vs_choice_get_label (choice),
                                      -1);
      group = GTK_CHECK_BUTTON (check);

      /* A row's title is markup in libadwaita 1.2; the dataset's text is not. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vs_choice_get_label (choice));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_widget_add_css_class (row, "vs-verdict-choice");

      gtk_list_box_append (self->choices_list, row);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->checks, check);
    }
}

static gboolean
focus_is_in (GtkWidget *focus,
             GtkWidget *ancestor)
{
  return focus != NULL && (focus == ancestor || gtk_widget_is_ancestor (focus, ancestor));
}

/* ------------------------------------------------------------------------- */
/* Signal callbacks                                                          */
/* ------------------------------------------------------------------------- */

static void
choice_toggled_cb (VsVerdictQuestionPage *self,
                   GtkCheckButton        *check)
{
  guint index;

  /* Only the choice that becomes active counts; the one it replaces
   * toggles off at the same time.
   */
  if (self->verdict == NULL || !gtk_check_button_get_active (check))
    return;

  if (g_ptr_array_find (self->checks, check, &index))
    vs_verdict_set_answer (self->verdict, self->question, get_choice (self, index));
}

static void
important_changed_cb (VsVerdictQuestionPage *self)
{
  if (self->verdict != NULL)
    vs_verdict_set_important (self->verdict, self->question,
                              gtk_switch_get_active (self->important_switch));
}

static void
verdict_changed_cb (VsVerdictQuestionPage *self,
                    VsVerdict             *verdict)
{
  sync_from_verdict (self, verdict);
}

/* Enter goes on to the next question, except where Enter already means
 * something: on a button, on the switch row, and on a choice that is not
 * picked yet (Enter picks it; a second Enter goes on).
 */
static gboolean
enter_pressed_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  VsVerdictQuestionPage *self = VS_VERDICT_QUESTION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && (GTK_IS_BUTTON (focus) ||
                        focus_is_in (focus, GTK_WIDGET (self->important_list))))
    return FALSE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      if (focus_is_in (focus, g_ptr_array_index (self->rows, i)) &&
          !gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
        return FALSE;
    }

  if (!gtk_widget_is_sensitive (GTK_WIDGET (self->next_button)))
    return FALSE;

  return gtk_widget_activate_action (widget, "verdict.next", NULL);
}

/* ------------------------------------------------------------------------- */
/* VsVerdictPage                                                             */
/* ------------------------------------------------------------------------- */

static void
vs_verdict_question_page_activate (VsVerdictPage *page,
                                   VsVerdict     *verdict)
{
  VsVerdictQuestionPage *self = VS_VERDICT_QUESTION_PAGE (page);

  g_assert (self->verdict == NULL);

  sync_from_verdict (self, verdict);

  self->verdict = g_object_ref (verdict);
  g_signal_connect_object (verdict, "changed", G_CALLBACK (verdict_changed_cb), self,
                           G_CONNECT_SWAPPED);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
vs_verdict_question_page_deactivate (VsVerdictPage *page)
{
  VsVerdictQuestionPage *self = VS_VERDICT_QUESTION_PAGE (page);

  if (self->verdict == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self->verdict, verdict_changed_cb, self);
  g_clear_object (&self->verdict);
}

static void
verdict_page_iface_init (VsVerdictPageInterface *iface)
{
  iface->activate = vs_verdict_question_page_activate;
  iface->deactivate = vs_verdict_question_page_deactivate;
}

/* ------------------------------------------------------------------------- */
/* GObject and GtkWidget                                                     */
/* ------------------------------------------------------------------------- */

/* Focus lands on the picked choice, or on the first one. */
static gboolean
vs_verdict_question_page_grab_focus (GtkWidget *widget)
{
  VsVerdictQuestionPage *self = VS_VERDICT_QUESTION_PAGE (widget);

  for (guint i = 0; i < self->checks->len; i++)
    {
      if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
        return gtk_widget_grab_focus (g_ptr_array_index (self->rows, i));
    }

  if (self->rows->len > 0)
    return gtk_widget_grab_focus (g_ptr_array_index (self->rows, 0));

  return FALSE;
}

static void
vs_verdict_question_page_constructed (GObject *object)
{
  VsVerdictQuestionPage *self = (VsVerdictQuestionPage *)object;
  g_autofree char *progress = NULL;
  const char *help;
  guint position;

  G_OBJECT_CLASS (vs_verdict_question_page_parent_class)->constructed (object);

  g_assert (VS_IS_QUESTION (self->question));

  position = vs_question_get_index (self->question) + 1;
  /* Translators: the wizard's progress, “Question 2 of 9” */
  progress = g_strdup_printf (_("Question %u of %u"), position, self->n_questions);
  gtk_label_set_label (self->progress_label, progress);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, progress,
                                  -1);

  /* Plain text labels: the dataset's text is never markup. */
  gtk_label_set_label (self->prompt_label, vs_question_get_prompt (self->question));
  help = vs_question_get_help (self->question);
  gtk_label_set_label (self->help_label, help ? help : "");
  gtk_widget_set_visible (GTK_WIDGET (self->help_label), help != NULL && *help != '\0');

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->choices_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  vs_question_get_prompt (self->question),
                                  -1);

  build_choices (self);

  /* The last question's Next leads to the verdict, and says so. */
  if (position == self->n_questions)
    {
      gtk_button_set_label (self->next_button, _("See _Verdict"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("See Verdict"),
                                      -1);
    }
}

static void
vs_verdict_question_page_dispose (GObject *object)
{
  VsVerdictQuestionPage *self = (VsVerdictQuestionPage *)object;

  vs_verdict_question_page_deactivate (VS_VERDICT_PAGE (self));
  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_VERDICT_QUESTION_PAGE);

  G_OBJECT_CLASS (vs_verdict_question_page_parent_class)->dispose (object);
}

static void
vs_verdict_question_page_finalize (GObject *object)
{
  VsVerdictQuestionPage *self = (VsVerdictQuestionPage *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_object (&self->question);

  G_OBJECT_CLASS (vs_verdict_question_page_parent_class)->finalize (object);
}

static void
vs_verdict_question_page_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  VsVerdictQuestionPage *self = VS_VERDICT_QUESTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_QUESTION:
      g_value_set_object (value, self->question);
      break;

    case PROP_N_QUESTIONS:
      g_value_set_uint (value, self->n_questions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_verdict_question_page_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  VsVerdictQuestionPage *self = VS_VERDICT_QUESTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_QUESTION:
      self->question = g_value_dup_object (value);
      break;

    case PROP_N_QUESTIONS:
      self->n_questions = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_verdict_question_page_class_init (VsVerdictQuestionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vs_verdict_question_page_constructed;
  object_class->dispose = vs_verdict_question_page_dispose;
  object_class->finalize = vs_verdict_question_page_finalize;
  object_class->get_property = vs_verdict_question_page_get_property;
  object_class->set_property = vs_verdict_question_page_set_property;

  widget_class->grab_focus = vs_verdict_question_page_grab_focus;

  properties [PROP_QUESTION] =
    g_param_spec_object ("question", NULL, NULL,
                         VS_TYPE_QUESTION,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_N_QUESTIONS] =
    g_param_spec_uint ("n-questions", NULL, NULL,
                       1, G_MAXUINT, 1,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/versusapp/Versus/"
                                               "ui/views/verdict/vs-verdict-question-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VsVerdictQuestionPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictQuestionPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictQuestionPage, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictQuestionPage, help_label);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictQuestionPage, choices_list);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictQuestionPage, important_list);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictQuestionPage, important_switch);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictQuestionPage, next_button);
  gtk_widget_class_bind_template_callback (widget_class, important_changed_cb);
}

static void
vs_verdict_question_page_init (VsVerdictQuestionPage *self)
{
  GtkEventController *controller;
  GtkShortcutTrigger *trigger;
  GtkShortcutAction *action;

  self->rows = g_ptr_array_new ();
  self->checks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In the capture phase, before the focused row or button sees the key:
   * see enter_pressed_cb().
   */
  trigger = gtk_shortcut_trigger_parse_string ("Return|KP_Enter|ISO_Enter");
  action = gtk_callback_action_new (enter_pressed_cb, NULL, NULL);
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (trigger, action));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * vs_verdict_question_page_new:
 * @question: the question asked
 * @n_questions: how many questions the wizard asks, for the progress
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
vs_verdict_question_page_new (VsQuestion *question,
                              guint       n_questions)
{
  g_return_val_if_fail (VS_IS_QUESTION (question), NULL);
  g_return_val_if_fail (vs_question_get_index (question) < n_questions, NULL);

  return g_object_new (VS_TYPE_VERDICT_QUESTION_PAGE,
                       "question", question,
                       "n-questions", n_questions,
                       NULL);
}

/**
 * vs_verdict_question_page_get_question:
 *
 * Returns: (transfer none): the question asked
 */
VsQuestion *
vs_verdict_question_page_get_question (VsVerdictQuestionPage *self)
{
  g_return_val_if_fail (VS_IS_VERDICT_QUESTION_PAGE (self), NULL);

  return self->question;
}
