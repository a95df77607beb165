/* vs-dataset-file.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vs-dataset-file.h"
#include "vs-dataset-loader.h"

/* Reading a dataset file: only regular files, at most VS_DATASET_MAX_SIZE
 * bytes. What the bytes hold is the loader's business.
 */

#define READ_CHUNK (64 * 1024)

static char *
describe_io_error (GFile        *file,
                   const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return g_strdup (_("no such file"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    return g_strdup (_("this is a folder, not a dataset file"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return g_strdup (_("permission denied"));

  return g_strdup_printf (_("the file could not be read: %s"), error->message);
}

static void
set_io_error (GError       **error,
              const GError  *io_error)
{
  g_autofree char *message = NULL;

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_error_copy (io_error));
      return;
    }

  message = describe_io_error (NULL, io_error);
  g_set_error_literal (error, VS_DATASET_ERROR, VS_DATASET_ERROR_IO, message);
}

static void
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_autoptr(GError) io_error = g_error_new_literal (G_IO_ERROR, g_io_error_from_errno (saved_errno),
                                                     g_strerror (saved_errno));

  set_io_error (error, io_error);
}

/* Refuses what is not a regular file, by its mode, saying what it is. */
static gboolean
check_regular (mode_t    mode,
               GError  **error)
{
  const char *message;

  if (S_ISREG (mode))
    return TRUE;

  if (S_ISDIR (mode))
    message = _("this is a folder, not a dataset file");
  else if (S_ISFIFO (mode))
    message = _("this is not a regular file (a named pipe)");
  else if (S_ISCHR (mode))
    message = _("this is not a regular file (a character device)");
  else if (S_ISBLK (mode))
    message = _("this is not a regular file (a block device)");
  else if (S_ISSOCK (mode))
    message = _("this is not a regular file (a socket)");
  else
    message = _("this is not a regular file");

  g_set_error_literal (error, VS_DATASET_ERROR, VS_DATASET_ERROR_IO, message);

  return FALSE;
}

static gboolean
set_too_large_error (GError **error)
{
  g_set_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_TOO_LARGE,
               _("the file is larger than %u MiB"), VS_DATASET_MAX_SIZE / (1024 * 1024));

  return FALSE;
}

/* Reads a local file, which must be a regular file (or a link to one).
 *
 * Opening a named pipe waits for a writer, forever, and reading a device
 * may never end: anything else is refused before it is opened, by its
 * stat(), and again by the fstat() of what was opened, in case the name
 * was pointed elsewhere in between (O_NONBLOCK, so that even then opening
 * a pipe returns at once).
 */
static GBytes *
read_local_file (const char    *path,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GByteArray) contents = NULL;
  GStatBuf info;
  int fd, flags;

  if (g_stat (path, &info) != 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }
  if (!check_regular (info.st_mode, error))
    return NULL;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }

  if (fstat (fd, &info) != 0)
    {
      set_errno_error (error, errno);
      close (fd);
      return NULL;
    }
  if (!check_regular (info.st_mode, error))
    {
      close (fd);
      return NULL;
    }
  if (info.st_size > VS_DATASET_MAX_SIZE)
    {
      close (fd);
      set_too_large_error (error);
      return NULL;
    }

  /* A regular file: reads may block as usual. */
  flags = fcntl (fd, F_GETFL);
  if (flags != -1)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);

  /* The size is known: the buffer is made that size at once rather than
   * grown by copies. A file that grows while it is read is cut off one byte
   * past the limit.
   */
  contents = g_byte_array_sized_new (info.st_size + READ_CHUNK);
  for (;;)
    {
      guint offset = contents->len;
      gssize n_read;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          close (fd);
          return NULL;
        }

      g_byte_array_set_size (contents, offset + READ_CHUNK);
      n_read = read (fd, contents->data + offset, READ_CHUNK);
      if (n_read < 0 && errno == EINTR)
        {
          g_byte_array_set_size (contents, offset);
          continue;
        }
      if (n_read < 0)
        {
          set_errno_error (error, errno);
          close (fd);
          return NULL;
        }
      g_byte_array_set_size (contents, offset + n_read);

      if (contents->len > VS_DATASET_MAX_SIZE)
        {
          close (fd);
          set_too_large_error (error);
          return NULL;
        }
      if (n_read == 0)
        break;
    }

  close (fd);

  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}

/**
 * vs_dataset_file_read:
 * @file: a dataset file
 * @cancellable: (nullable): a #GCancellable
 * @error: a #VsDatasetError (%VS_DATASET_ERROR_IO or %VS_DATASET_ERROR_TOO_LARGE), or
 *   %G_IO_ERROR_CANCELLED
 *
 * Reads the bytes of a dataset file, refusing what is not a regular file
 * and what is larger than %VS_DATASET_MAX_SIZE.
 *
 * Returns: (transfer full): the contents, or %NULL with @error set
 */
GBytes *
vs_dataset_file_read (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize n_read;

  if (g_file_peek_path (file) != NULL)
    return read_local_file (g_file_peek_path (file), cancellable, error);

  /* Elsewhere (a URI that GIO mounts), what the file is can only be asked. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info == NULL)
    {
      set_io_error (error, local_error);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      check_regular (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY ? S_IFDIR : 0,
                     error);
      return NULL;
    }
  g_clear_object (&info);

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      g_autofree char *message = describe_io_error (file, local_error);
      g_set_error_literal (error, VS_DATASET_ERROR, VS_DATASET_ERROR_IO, message);
      return NULL;
    }

  info = g_file_input_stream_query_info (stream,
                                         G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                         G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                         cancellable, NULL);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
      g_file_info_get_size (info) > VS_DATASET_MAX_SIZE)
    {
      g_set_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_TOO_LARGE,
                   _("the file is larger than %u MiB"), VS_DATASET_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  /* Read at most one byte past the limit, so that a device or a pipe that
   * never ends cannot exhaust memory. A regular file's size is known: the
   * buffer is made that size at once rather than grown by copies.
   */
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR)
    contents = g_byte_array_sized_new (g_file_info_get_size (info) + READ_CHUNK);
  else
    contents = g_byte_array_new ();
  do
    {
      guint offset = contents->len;

      g_byte_array_set_size (contents, offset + READ_CHUNK);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), contents->data + offset, READ_CHUNK,
                                    &n_read, cancellable, &local_error))
        {
          g_autofree char *message = describe_io_error (file, local_error);
          g_set_error_literal (error, VS_DATASET_ERROR, VS_DATASET_ERROR_IO, message);
          return NULL;
        }
      g_byte_array_set_size (contents, offset + n_read);

      if (contents->len > VS_DATASET_MAX_SIZE)
        {
          g_set_error (error, VS_DATASET_ERROR, VS_DATASET_ERROR_TOO_LARGE,
                       _("the file is larger than %u MiB"), VS_DATASET_MAX_SIZE / (1024 * 1024));
          return NULL;
        }
    }
  while (n_read == READ_CHUNK);

  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}
