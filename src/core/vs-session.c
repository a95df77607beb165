/* vs-session.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vs-session.h"

/* What the user is looking at, shared by the window, its views and the
 * exports: the dataset, the subjects shown (the Features view's columns),
 * the features shown (what its search and filters leave, in its order) and
 * the verdict's answers (the wizard's). The views write into it and the
 * exports read from it, so that no one reaches into a view for its state.
 * The command line builds one from its options, so that it exports the
 * same way.
 *
 * One VsSession::changed emission per change says what changed; a new
 * dataset resets everything else and says so once.
 */

struct _VsSession
{
  GObject parent_instance;

  VsDataset *dataset;
  /* The shown subjects, in order: every subject unless set. */
  GPtrArray *subjects;
  gboolean all_subjects;
  /* The shown features, live, or NULL for all of them. */
  GListModel *features;
  VsVerdict *verdict;
};

G_DEFINE_FINAL_TYPE (VsSession, vs_session, G_TYPE_OBJECT)

G_DEFINE_FLAGS_TYPE (VsSessionChange, vs_session_change,
  G_DEFINE_ENUM_VALUE (VS_SESSION_CHANGE_DATASET, "dataset"),
  G_DEFINE_ENUM_VALUE (VS_SESSION_CHANGE_SUBJECTS, "subjects"),
  G_DEFINE_ENUM_VALUE (VS_SESSION_CHANGE_FEATURES, "features"),
  G_DEFINE_ENUM_VALUE (VS_SESSION_CHANGE_ANSWERS, "answers"))

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SUBJECTS,
  PROP_FEATURES,
  PROP_VERDICT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static GPtrArray *
list_all_subjects (VsDataset *dataset)
{
  guint n_subjects = dataset != NULL ? vs_dataset_get_n_subjects (dataset) : 0;
  GPtrArray *subjects = g_ptr_array_new_full (n_subjects, g_object_unref);

  for (guint i = 0; i < n_subjects; i++)
    g_ptr_array_add (subjects, g_object_ref (vs_dataset_get_subject (dataset, i)));

  return subjects;
}

static gboolean
same_subjects (GPtrArray *a,
               GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    if (g_ptr_array_index (a, i) != g_ptr_array_index (b, i))
      return FALSE;

  return TRUE;
}

static void
emit_changed (VsSession       *self,
              VsSessionChange  what)
{
  g_signal_emit (self, signals [CHANGED], 0, what);
}

static void
verdict_changed_cb (VsSession *self)
{
  emit_changed (self, VS_SESSION_CHANGE_ANSWERS);
}

static void
vs_session_dispose (GObject *object)
{
  VsSession *self = (VsSession *)object;

  if (self->verdict != NULL)
    g_signal_handlers_disconnect_by_data (self->verdict, self);
  g_clear_object (&self->verdict);
  g_clear_object (&self->features);

  G_OBJECT_CLASS (vs_session_parent_class)->dispose (object);
}

static void
vs_session_finalize (GObject *object)
{
  VsSession *self = (VsSession *)object;

  g_clear_pointer (&self->subjects, g_ptr_array_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (vs_session_parent_class)->finalize (object);
}

static void
vs_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VsSession *self = VS_SESSION (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_SUBJECTS:
      g_value_set_boxed (value, self->subjects);
      break;

    case PROP_FEATURES:
      g_value_set_object (value, self->features);
      break;

    case PROP_VERDICT:
      g_value_set_object (value, self->verdict);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  VsSession *self = VS_SESSION (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      vs_session_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_SUBJECTS:
      vs_session_set_subjects (self, g_value_get_boxed (value));
      break;

    case PROP_FEATURES:
      vs_session_set_features (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_session_class_init (VsSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vs_session_dispose;
  object_class->finalize = vs_session_finalize;
  object_class->get_property = vs_session_get_property;
  object_class->set_property = vs_session_set_property;

  properties [PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         VS_TYPE_DATASET,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * VsSession:subjects: (type GPtrArray(VsSubject))
   *
   * The subjects shown, in order: every subject of the dataset until the
   * user hides some.
   */
  properties [PROP_SUBJECTS] =
    g_param_spec_boxed ("subjects", NULL, NULL,
                        G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * VsSession:features:
   *
   * The features shown, in their order, as a live model; %NULL for all of
   * the dataset's, in its order.
   */
  properties [PROP_FEATURES] =
    g_param_spec_object ("features", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * VsSession:verdict:
   *
   * The answers to the dataset's questions; a new dataset brings a new one.
   */
  properties [PROP_VERDICT] =
    g_param_spec_object ("verdict", NULL, NULL,
                         VS_TYPE_VERDICT,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VsSession::changed:
   * @what: what changed
   *
   * Emitted once per change, after the properties' notifications.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, VS_TYPE_SESSION_CHANGE);
}

static void
vs_session_init (VsSession *self)
{
  self->subjects = list_all_subjects (NULL);
  self->all_subjects = TRUE;
}

/**
 * vs_session_new:
 * @dataset: (nullable): the dataset
 *
 * Returns: (transfer full): a session on @dataset showing every subject and
 *   feature, with no answers
 */
VsSession *
vs_session_new (VsDataset *dataset)
{
  g_return_val_if_fail (dataset == NULL || VS_IS_DATASET (dataset), NULL);

  return g_object_new (VS_TYPE_SESSION, "dataset", dataset, NULL);
}

/**
 * vs_session_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset
 */
VsDataset *
vs_session_get_dataset (VsSession *self)
{
  g_return_val_if_fail (VS_IS_SESSION (self), NULL);

  return self->dataset;
}

/**
 * vs_session_set_dataset:
 * @dataset: (nullable): the dataset
 *
 * Shows @dataset: every subject and feature, and a new verdict with no
 * answers.
 */
void
vs_session_set_dataset (VsSession *self,
                        VsDataset *dataset)
{
  g_autoptr(GObject) frozen = NULL;

  g_return_if_fail (VS_IS_SESSION (self));
  g_return_if_fail (dataset == NULL || VS_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  frozen = g_object_ref (G_OBJECT (self));
  g_object_freeze_notify (frozen);

  g_clear_pointer (&self->subjects, g_ptr_array_unref);
  self->subjects = list_all_subjects (dataset);
  self->all_subjects = TRUE;
  g_clear_object (&self->features);

  if (self->verdict != NULL)
    g_signal_handlers_disconnect_by_data (self->verdict, self);
  g_clear_object (&self->verdict);
  if (dataset != NULL)
    {
      self->verdict = vs_verdict_new (dataset);
      g_signal_connect_object (self->verdict, "changed", G_CALLBACK (verdict_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  g_object_notify_by_pspec (frozen, properties [PROP_DATASET]);
  g_object_notify_by_pspec (frozen, properties [PROP_SUBJECTS]);
  g_object_notify_by_pspec (frozen, properties [PROP_FEATURES]);
  g_object_notify_by_pspec (frozen, properties [PROP_VERDICT]);
  g_object_thaw_notify (frozen);

  emit_changed (self, VS_SESSION_CHANGE_ALL);
}

/**
 * vs_session_get_subjects:
 *
 * Returns: (transfer none) (element-type VsSubject): the subjects shown, in
 *   order; every subject of the dataset unless some were chosen
 */
GPtrArray *
vs_session_get_subjects (VsSession *self)
{
  g_return_val_if_fail (VS_IS_SESSION (self), NULL);

  return self->subjects;
}

/**
 * vs_session_has_all_subjects:
 *
 * Returns: whether every subject is shown, in the dataset's order
 */
gboolean
vs_session_has_all_subjects (VsSession *self)
{
  g_return_val_if_fail (VS_IS_SESSION (self), TRUE);

  return self->all_subjects;
}

/**
 * vs_session_set_subjects:
 * @subjects: (nullable) (element-type VsSubject): subjects of the dataset,
 *   each once, in the order to show them; %NULL or empty for all of them
 *
 * Chooses the subjects shown. Subjects of another dataset are refused with
 * a critical warning, and nothing changes.
 */
void
vs_session_set_subjects (VsSession *self,
                         GPtrArray *subjects)
{
  g_autoptr(GPtrArray) chosen = NULL;
  gboolean all;

  g_return_if_fail (VS_IS_SESSION (self));

  if (subjects == NULL || subjects->len == 0)
    {
      chosen = list_all_subjects (self->dataset);
    }
  else
    {
      chosen = g_ptr_array_new_full (subjects->len, g_object_unref);
      for (guint i = 0; i < subjects->len; i++)
        {
          VsSubject *subject = g_ptr_array_index (subjects, i);

          g_return_if_fail (VS_IS_SUBJECT (subject));

          if (self->dataset == NULL ||
              vs_subject_get_index (subject) >= vs_dataset_get_n_subjects (self->dataset) ||
              vs_dataset_get_subject (self->dataset,
                                      vs_subject_get_index (subject)) != subject)
            {
              g_critical ("%s: the subject “%s” is not one of the session's dataset",
                          G_STRFUNC, vs_subject_get_id (subject));
              return;
            }

          if (g_ptr_array_find (chosen, subject, NULL))
            {
              g_critical ("%s: the subject “%s” is listed twice",
                          G_STRFUNC, vs_subject_get_id (subject));
              return;
            }

          g_ptr_array_add (chosen, g_object_ref (subject));
        }
    }

  /* All of them in the dataset's order is the same as none chosen. */
  all = self->dataset == NULL || chosen->len == vs_dataset_get_n_subjects (self->dataset);
  for (guint i = 0; all && i < chosen->len; i++)
    all = vs_subject_get_index (g_ptr_array_index (chosen, i)) == i;

  if (same_subjects (chosen, self->subjects))
    return;

  g_clear_pointer (&self->subjects, g_ptr_array_unref);
  self->subjects = g_steal_pointer (&chosen);
  self->all_subjects = all;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUBJECTS]);
  emit_changed (self, VS_SESSION_CHANGE_SUBJECTS);
}

/**
 * vs_session_get_features:
 *
 * Returns: (transfer none) (nullable): the features shown, in order, or
 *   %NULL for all of the dataset's
 */
GListModel *
vs_session_get_features (VsSession *self)
{
  g_return_val_if_fail (VS_IS_SESSION (self), NULL);

  return self->features;
}

/**
 * vs_session_set_features:
 * @features: (nullable): a model of the dataset's features shown, in
 *   their order, or %NULL for all of them
 *
 * Publishes the features shown. The model stays live: its own changes are
 * not emissions of the session; the exports take a copy.
 */
void
vs_session_set_features (VsSession  *self,
                         GListModel *features)
{
  g_return_if_fail (VS_IS_SESSION (self));
  g_return_if_fail (features == NULL || G_IS_LIST_MODEL (features));

  if (!g_set_object (&self->features, features))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FEATURES]);
  emit_changed (self, VS_SESSION_CHANGE_FEATURES);
}

/**
 * vs_session_get_verdict:
 *
 * Returns: (transfer none) (nullable): the answers given so far, %NULL
 *   without a dataset
 */
VsVerdict *
vs_session_get_verdict (VsSession *self)
{
  g_return_val_if_fail (VS_IS_SESSION (self), NULL);

  return self->verdict;
}
