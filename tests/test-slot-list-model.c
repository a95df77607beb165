/* test-slot-list-model.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "vs-slot-list-model.h"

/* The rows of a model as slots that keep their place: what a list view
 * holds shows the model's rows after every change, and only the change of
 * length is emitted.
 */

typedef struct {
  GListStore *store;
  VsSlotListModel *slots;
  GString *changes;
} Fixture;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  g_string_append_printf (fixture->changes, "(%u,%u,%u)", position, removed, added);
}

static void
set_strings (Fixture    *fixture,
             const char *strings)
{
  g_auto(GStrv) split = g_strsplit (strings, " ", -1);
  guint n = g_strv_length (split);
  g_autofree gpointer *items = g_new (gpointer, n);

  for (guint i = 0; i < n; i++)
    items[i] = gtk_string_object_new (split[i]);
  g_list_store_splice (fixture->store, 0, g_list_model_get_n_items (G_LIST_MODEL (fixture->store)),
                       items, n);
  for (guint i = 0; i < n; i++)
    g_object_unref (items[i]);
}

static const char *
slot_string (VsRowSlot *slot)
{
  return gtk_string_object_get_string (vs_row_slot_get_item (slot));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  set_strings (fixture, "a b c d e f");
  fixture->slots = vs_slot_list_model_new (G_LIST_MODEL (fixture->store));
  fixture->changes = g_string_new (NULL);
  g_signal_connect (fixture->slots, "items-changed", G_CALLBACK (items_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->slots);
  g_object_unref (fixture->store);
  g_string_free (fixture->changes, TRUE);
}

/* Held slots, as a view holds the rows it shows. */
static GPtrArray *
hold_slots (Fixture *fixture)
{
  GPtrArray *held = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fixture->slots)); i++)
    g_ptr_array_add (held, g_list_model_get_item (G_LIST_MODEL (fixture->slots), i));

  return held;
}

/* Each row reads through a held slot, at its place. */
static char *
read_rows (Fixture *fixture)
{
  GListModel *model = G_LIST_MODEL (fixture->slots);
  g_autoptr(GString) rows = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VsRowSlot) slot = g_list_model_get_item (model, i);

      g_assert_true (VS_IS_ROW_SLOT (slot));
      g_string_append (rows, slot_string (slot));
    }

  return g_string_free (g_steal_pointer (&rows), FALSE);
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) held = hold_slots (fixture);
  g_autofree char *rows = NULL;

  set_strings (fixture, "f e d c b a");

  /* Nothing moved: each slot holds its new item. */
  g_assert_cmpstr (fixture->changes->str, ==, "");
  for (guint i = 0; i < held->len; i++)
    {
      g_autoptr(VsRowSlot) slot = g_list_model_get_item (G_LIST_MODEL (fixture->slots), i);

      g_assert_true (slot == g_ptr_array_index (held, i));
    }
  rows = read_rows (fixture);
  g_assert_cmpstr (rows, ==, "fedcba");
}

static void
test_shorter_and_longer (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) held = hold_slots (fixture);
  g_autofree char *shorter = NULL;
  g_autofree char *longer = NULL;
  g_autofree char *middle = NULL;

  /* A search: fewer rows, from the start. */
  set_strings (fixture, "b d");
  g_assert_cmpstr (fixture->changes->str, ==, "(2,4,0)");
  shorter = read_rows (fixture);
  g_assert_cmpstr (shorter, ==, "bd");
  g_assert_cmpstr (slot_string (g_ptr_array_index (held, 0)), ==, "b");

  /* Cleared: the rows come back after the kept ones. */
  g_string_truncate (fixture->changes, 0);
  set_strings (fixture, "a b c d e f");
  g_assert_cmpstr (fixture->changes->str, ==, "(2,0,4)");
  longer = read_rows (fixture);
  g_assert_cmpstr (longer, ==, "abcdef");

  /* A change in the middle: the slots after it move with their rows. */
  g_string_truncate (fixture->changes, 0);
  g_list_store_remove (fixture->store, 1);
  g_assert_cmpstr (fixture->changes->str, ==, "(1,1,0)");
  middle = read_rows (fixture);
  g_assert_cmpstr (middle, ==, "acdef");
}

static void
test_slots_let_go (Fixture       *fixture,
                   gconstpointer  data)
{
  GPtrArray *held = hold_slots (fixture);
  g_autofree char *rows = NULL;

  /* Slots nobody holds are gone, and made again when asked for. */
  g_ptr_array_unref (held);
  set_strings (fixture, "x y");
  g_assert_cmpstr (fixture->changes->str, ==, "(2,4,0)");
  rows = read_rows (fixture);
  g_assert_cmpstr (rows, ==, "xy");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/versus/slot-list-model/sort", Fixture, NULL,
              fixture_set_up, test_sort, fixture_tear_down);
  g_test_add ("/versus/slot-list-model/shorter-and-longer", Fixture, NULL,
              fixture_set_up, test_shorter_and_longer, fixture_tear_down);
  g_test_add ("/versus/slot-list-model/slots-let-go", Fixture, NULL,
              fixture_set_up, test_slots_let_go, fixture_tear_down);

  return g_test_run ();
}
