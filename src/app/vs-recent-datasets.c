/* vs-recent-datasets.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vs-recent-datasets.h"

/* The datasets opened last, for the main menu's Open Recent: kept in
 * GSettings (`recent-datasets`, the URIs, most recent first, and
 * `recent-titles`, the title each had when it was opened), and shown as a
 * menu model whose items activate `win.open-recent` with the URI. Its
 * Remove from Recent submenu forgets one (`win.forget-recent`), Clear
 * Recent all of them (`win.clear-recent`). Local files that no longer exist
 * are dropped when the menu is refreshed.
 */

struct _VsRecentDatasets
{
  GObject parent_instance;

  GSettings *settings;

  /* The Open Recent submenu's content, and its parts. */
  GMenu *menu;
  GMenu *open_section;
  GMenu *manage_section;
  GMenu *forget_menu;
};

G_DEFINE_FINAL_TYPE (VsRecentDatasets, vs_recent_datasets, G_TYPE_OBJECT)

/* ------------------------------------------------------------------------- */
/* Helpers                                                                   */
/* ------------------------------------------------------------------------- */

/* Menu labels take mnemonics: an underscore in a title or a file name is
 * shown, not taken as one.
 */
static char *
escape_mnemonics (const char *text)
{
  g_autoptr(GString) escaped = g_string_new (text);

  g_string_replace (escaped, "_", "__", 0);

  return g_string_free (g_steal_pointer (&escaped), FALSE);
}

/* A menu item does not ellipsize, and a popover is no wider than the
 * window (360 px at the narrowest): labels are kept to this many
 * characters.
 */
#define MAX_LABEL_CHARS 40

/* @text cut to @max_chars characters, the last one an ellipsis; in the
 * middle if @middle, so that a file name keeps its extension.
 */
static char *
shorten (const char *text,
         glong       max_chars,
         gboolean    middle)
{
  glong length = g_utf8_strlen (text, -1);
  glong head;
  const char *head_end;
  const char *tail;

  if (length <= max_chars)
    return g_strdup (text);

  head = middle ? (max_chars - 1) / 2 : max_chars - 1;
  head_end = g_utf8_offset_to_pointer (text, head);
  tail = g_utf8_offset_to_pointer (text, length - (max_chars - 1 - head));

  return g_strdup_printf ("%.*s…%s", (int)(head_end - text), text, tail);
}

/* “Title (file.json)”, or the file's name alone when the title is unknown;
 * the title is shortened first, then the name.
 */
static char *
make_label (const char *uri,
            const char *title)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *short_name = NULL;
  g_autofree char *short_title = NULL;
  g_autofree char *label = NULL;
  glong name_chars;

  if (name == NULL)
    name = g_strdup (uri);

  if (title == NULL || *title == '\0')
    {
      short_name = shorten (name, MAX_LABEL_CHARS, TRUE);
      return escape_mnemonics (short_name);
    }

  /* At least 12 characters of the title, and the name in what is left. */
  name_chars = MAX (g_utf8_strlen (name, -1), 1);
  short_title = shorten (title, MAX (MAX_LABEL_CHARS - 3 - name_chars, 12), FALSE);
  short_name = shorten (name, MAX (MAX_LABEL_CHARS - 3 - g_utf8_strlen (short_title, -1), 8),
                        TRUE);

  /* Translators: an Open Recent item: a dataset's title, and its file's name */
  label = g_strdup_printf (_("%s (%s)"), short_title, short_name);

  return escape_mnemonics (label);
}


static GMenuItem *
make_item (const char *label,
           const char *action,
           const char *uri)
{
  GMenuItem *item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (uri));

  return item;
}

static void
rebuild_menu (VsRecentDatasets *self)
{
  g_auto(GStrv) uris = g_settings_get_strv (self->settings, "recent-datasets");
  g_autoptr(GVariant) titles = g_settings_get_value (self->settings, "recent-titles");

  g_menu_remove_all (self->open_section);
  g_menu_remove_all (self->manage_section);
  g_menu_remove_all (self->forget_menu);

  for (guint i = 0; uris[i] != NULL; i++)
    {
      const char *title = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) open_item = NULL;
      g_autoptr(GMenuItem) forget_item = NULL;

      g_variant_lookup (titles, uris[i], "&s", &title);
      label = make_label (uris[i], title);
      open_item = make_item (label, "win.open-recent", uris[i]);
      forget_item = make_item (label, "win.forget-recent", uris[i]);
      g_menu_append_item (self->open_section, open_item);
      g_menu_append_item (self->forget_menu, forget_item);
    }

  /* No action of that name: the item is shown, insensitive. */
  if (uris[0] == NULL)
    {
      g_menu_append (self->open_section, _("No Recent Datasets"), "win.no-recent-datasets");
      return;
    }

  g_menu_append_submenu (self->manage_section, _("_Remove from Recent"),
                         G_MENU_MODEL (self->forget_menu));
  g_menu_append (self->manage_section, _("_Clear Recent"), "win.clear-recent");
}

/* Keeps the titles of the URIs listed, and no others. */
static void
save (VsRecentDatasets   *self,
      const char * const *uris,
      GHashTable         *titles)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));

  for (guint i = 0; uris[i] != NULL; i++)
    {
      const char *title = g_hash_table_lookup (titles, uris[i]);

      if (title != NULL)
        g_variant_builder_add (&builder, "{ss}", uris[i], title);
    }

  /* The titles first: the menu is rebuilt when the list changes. No
   * g_settings_delay(): the window's settings would stay delayed.
   */
  g_settings_set_value (self->settings, "recent-titles", g_variant_builder_end (&builder));
  g_settings_set_strv (self->settings, "recent-datasets", uris);
}

static GHashTable *
load_titles (VsRecentDatasets *self)
{
  g_autoptr(GVariant) value = g_settings_get_value (self->settings, "recent-titles");
  GHashTable *titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GVariantIter iter;
  char *uri;
  char *title;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "{ss}", &uri, &title))
    g_hash_table_insert (titles, uri, title);

  return titles;
}

/* Forgets the URIs for which @drop says TRUE. */
static void
remove_where (VsRecentDatasets *self,
              gboolean        (*drop) (const char *uri,
                                       gpointer    data),
              gpointer          data)
{
  g_auto(GStrv) uris = g_settings_get_strv (self->settings, "recent-datasets");
  g_autoptr(GHashTable) titles = load_titles (self);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) kept_uris = NULL;
  gboolean changed = FALSE;

  for (guint i = 0; uris[i] != NULL; i++)
    {
      if (drop (uris[i], data))
        changed = TRUE;
      else
        g_strv_builder_add (kept, uris[i]);
    }

  if (!changed)
    return;

  kept_uris = g_strv_builder_end (kept);
  save (self, (const char * const *)kept_uris, titles);
}

static gboolean
is_uri (const char *uri,
        gpointer    data)
{
  return g_str_equal (uri, data);
}

/* A local file that is gone. Remote files are not looked at: that could
 * block, and they may come back.
 */
static gboolean
is_missing (const char *uri,
            gpointer    data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  return g_file_is_native (file) && !g_file_query_exists (file, NULL);
}

/* ------------------------------------------------------------------------- */
/* GObject                                                                   */
/* ------------------------------------------------------------------------- */

static void
vs_recent_datasets_finalize (GObject *object)
{
  VsRecentDatasets *self = (VsRecentDatasets *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->menu);
  g_clear_object (&self->open_section);
  g_clear_object (&self->manage_section);
  g_clear_object (&self->forget_menu);

  G_OBJECT_CLASS (vs_recent_datasets_parent_class)->finalize (object);
}

static void
vs_recent_datasets_class_init (VsRecentDatasetsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vs_recent_datasets_finalize;
}

static void
vs_recent_datasets_init (VsRecentDatasets *self)
{
  self->menu = g_menu_new ();
  self->open_section = g_menu_new ();
  self->manage_section = g_menu_new ();
  self->forget_menu = g_menu_new ();

  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (self->open_section));
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (self->manage_section));
}

/* ------------------------------------------------------------------------- */
/* Public API                                                                */
/* ------------------------------------------------------------------------- */

/**
 * vs_recent_datasets_new:
 * @settings: the application's settings
 *
 * Returns: (transfer full): the recent datasets kept in @settings
 */
VsRecentDatasets *
vs_recent_datasets_new (GSettings *settings)
{
  VsRecentDatasets *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (VS_TYPE_RECENT_DATASETS, NULL);
  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed::recent-datasets", G_CALLBACK (rebuild_menu), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::recent-titles", G_CALLBACK (rebuild_menu), self,
                           G_CONNECT_SWAPPED);
  rebuild_menu (self);

  return self;
}

/**
 * vs_recent_datasets_get_menu:
 *
 * Returns: (transfer none): the content of the Open Recent submenu
 */
GMenuModel *
vs_recent_datasets_get_menu (VsRecentDatasets *self)
{
  g_return_val_if_fail (VS_IS_RECENT_DATASETS (self), NULL);

  return G_MENU_MODEL (self->menu);
}

/**
 * vs_recent_datasets_add:
 * @file: a dataset file that was opened
 * @title: (nullable): its title
 *
 * Puts @file first, and forgets the oldest beyond %VS_RECENT_DATASETS_MAX.
 */
void
vs_recent_datasets_add (VsRecentDatasets *self,
                        GFile            *file,
                        const char       *title)
{
  g_autofree char *uri = NULL;
  g_auto(GStrv) uris = NULL;
  g_autoptr(GHashTable) titles = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) new_uris = NULL;
  guint n = 1;

  g_return_if_fail (VS_IS_RECENT_DATASETS (self));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  uris = g_settings_get_strv (self->settings, "recent-datasets");
  titles = load_titles (self);

  g_strv_builder_add (builder, uri);
  for (guint i = 0; uris[i] != NULL && n < VS_RECENT_DATASETS_MAX; i++)
    {
      if (!g_str_equal (uris[i], uri))
        {
          g_strv_builder_add (builder, uris[i]);
          n++;
        }
    }

  if (title != NULL)
    g_hash_table_insert (titles, g_strdup (uri), g_strdup (title));
  else
    g_hash_table_remove (titles, uri);

  new_uris = g_strv_builder_end (builder);
  save (self, (const char * const *)new_uris, titles);
}

/**
 * vs_recent_datasets_remove:
 * @uri: the URI of a recent dataset
 *
 * Forgets @uri, if it is listed.
 */
void
vs_recent_datasets_remove (VsRecentDatasets *self,
                           const char       *uri)
{
  g_return_if_fail (VS_IS_RECENT_DATASETS (self));
  g_return_if_fail (uri != NULL);

  remove_where (self, is_uri, (gpointer)uri);
}

/**
 * vs_recent_datasets_clear:
 *
 * Forgets every recent dataset.
 */
void
vs_recent_datasets_clear (VsRecentDatasets *self)
{
  g_return_if_fail (VS_IS_RECENT_DATASETS (self));

  g_settings_reset (self->settings, "recent-titles");
  g_settings_reset (self->settings, "recent-datasets");
}

/**
 * vs_recent_datasets_refresh:
 *
 * Drops the local files that no longer exist: called when the menu is
 * about to be shown.
 */
void
vs_recent_datasets_refresh (VsRecentDatasets *self)
{
  g_return_if_fail (VS_IS_RECENT_DATASETS (self));

  remove_where (self, is_missing, NULL);
}
