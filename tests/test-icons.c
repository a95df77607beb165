/* test-icons.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

/* The header bar's own icons come pre-rendered (symbolic PNGs, made by
 * build-aux/render-symbolic-icons): GTK 4.8 draws an SVG icon through
 * librsvg, whose loading costs the first frame about 15 ms. These tests
 * check that GTK finds the PNGs where the window shows the icons, the SVGs
 * everywhere else, and that the PNGs are the SVGs rendered.
 */

#define ICONS_PATH "/io/github/versusapp/Versus/icons"

static const char * const icon_names[] = {
  "vs-overview-symbolic",
  "vs-features-symbolic",
  "vs-use-cases-symbolic",
  "vs-companies-symbolic",
  "vs-verdict-symbolic",
};

static GtkIconTheme *
get_icon_theme (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  /* What GtkApplication does with the app's resource base path. */
  if (!gtk_icon_theme_has_icon (theme, icon_names[0]))
    gtk_icon_theme_add_resource_path (theme, ICONS_PATH);

  return theme;
}

static char *
lookup_uri (const char *name,
            int         size,
            int         scale)
{
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;

  icon = gtk_icon_theme_lookup_icon (get_icon_theme (), name, NULL, size, scale,
                                     GTK_TEXT_DIR_LTR, 0);
  file = gtk_icon_paintable_get_file (icon);
  g_assert_nonnull (file);

  return g_file_get_uri (file);
}

static void
test_header_bar_size (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (icon_names); i++)
    {
      g_autofree char *uri_1 = lookup_uri (icon_names[i], 16, 1);
      g_autofree char *uri_2 = lookup_uri (icon_names[i], 16, 2);
      g_autofree char *png_1 = g_strdup_printf ("resource://" ICONS_PATH "/16x16/actions/%s.symbolic.png",
                                                icon_names[i]);
      g_autofree char *png_2 = g_strdup_printf ("resource://" ICONS_PATH "/16x16@2/actions/%s.symbolic.png",
                                                icon_names[i]);

      g_assert_cmpstr (uri_1, ==, png_1);
      g_assert_cmpstr (uri_2, ==, png_2);
    }
}

static void
test_large_size (void)
{
  /* The wizard draws them at 96 px, the status pages at 128 px. */
  for (guint i = 0; i < G_N_ELEMENTS (icon_names); i++)
    {
      g_autofree char *svg = g_strdup_printf ("resource://" ICONS_PATH "/scalable/actions/%s.svg",
                                              icon_names[i]);
      g_autofree char *uri_96 = lookup_uri (icon_names[i], 96, 1);
      g_autofree char *uri_128 = lookup_uri (icon_names[i], 128, 1);

      g_assert_cmpstr (uri_96, ==, svg);
      g_assert_cmpstr (uri_128, ==, svg);
    }
}

static GBytes *
download (GdkTexture *texture)
{
  gsize stride = gdk_texture_get_width (texture) * 4;
  gsize size = stride * gdk_texture_get_height (texture);
  guchar *data = g_malloc (size);

  gdk_texture_download (texture, data, stride);

  return g_bytes_new_take (data, size);
}

/* Whether @a and @b are the same picture: another version of librsvg may
 * round a pixel's edge another way, never draw another shape.
 */
static gboolean
same_pixels (GBytes *a,
             GBytes *b)
{
  gsize size_a, size_b;
  const guchar *data_a = g_bytes_get_data (a, &size_a);
  const guchar *data_b = g_bytes_get_data (b, &size_b);

  if (size_a != size_b)
    return FALSE;

  for (gsize i = 0; i < size_a; i++)
    if (ABS (data_a[i] - data_b[i]) > 16)
      return FALSE;

  return TRUE;
}

static void
test_rendered_from_svg (void)
{
  g_autofree char *tool = g_find_program_in_path ("gtk4-encode-symbolic-svg");
  g_autofree char *tmpdir = NULL;
  g_autoptr(GError) error = NULL;
  static const struct {
    const char *folder;
    const char *size;
  } renderings[] = {
    { "16x16", "16x16" },
    { "16x16@2", "32x32" },
  };

  if (tool == NULL)
    {
      g_test_skip ("gtk4-encode-symbolic-svg is not installed (Debian: libgtk-4-bin)");
      return;
    }

  tmpdir = g_dir_make_tmp ("versus-icons-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (icon_names); i++)
    {
      g_autofree char *svg_name = g_strconcat (icon_names[i], ".svg", NULL);
      g_autofree char *svg = g_test_build_filename (G_TEST_DIST, "..", "data", "icons", "scalable",
                                                    "actions", svg_name, NULL);
      g_autofree char *png_name = g_strconcat (icon_names[i], ".symbolic.png", NULL);
      g_autofree char *rendered = g_build_filename (tmpdir, png_name, NULL);

      for (guint r = 0; r < G_N_ELEMENTS (renderings); r++)
        {
          g_autofree char *resource = g_strdup_printf (ICONS_PATH "/%s/actions/%s",
                                                       renderings[r].folder, png_name);
          const char *argv[] = { tool, "-o", tmpdir, svg, renderings[r].size, NULL };
          g_autoptr(GdkTexture) expected = NULL;
          g_autoptr(GdkTexture) shipped = NULL;
          g_autoptr(GBytes) expected_pixels = NULL;
          g_autoptr(GBytes) shipped_pixels = NULL;
          int status;

          /* Its output would be taken for the test's (TAP). */
          g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                        NULL, &status, &error);
          g_assert_no_error (error);
          g_spawn_check_wait_status (status, &error);
          g_assert_no_error (error);

          expected = gdk_texture_new_from_filename (rendered, &error);
          g_assert_no_error (error);
          shipped = gdk_texture_new_from_resource (resource);

          g_test_message ("%s against %s", resource, svg);
          g_assert_cmpint (gdk_texture_get_width (shipped), ==, gdk_texture_get_width (expected));
          g_assert_cmpint (gdk_texture_get_height (shipped), ==, gdk_texture_get_height (expected));
          expected_pixels = download (expected);
          shipped_pixels = download (shipped);
          /* Differs when an SVG changed: run build-aux/render-symbolic-icons. */
          g_assert_true (same_pixels (shipped_pixels, expected_pixels));

          g_unlink (rendered);
        }
    }

  g_rmdir (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/versus/icons/header-bar-size", test_header_bar_size);
  g_test_add_func ("/versus/icons/large-size", test_large_size);
  g_test_add_func ("/versus/icons/rendered-from-svg", test_rendered_from_svg);

  return g_test_run ();
}
