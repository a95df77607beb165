/* vs-export-file.c
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vs-export-file.h"

/* Every export (PDF, CSV, Markdown) is written through this file, so that
 * all of them are atomic in the same way: write a temporary file next to the
 * target, flush it to the disk, and rename it over the target. A rename
 * within one folder either happens whole or not at all.
 */

struct _VsExportFile
{
  /* A local file: the temporary file's descriptor and path. */
  int fd;
  char *temp_path;
  char *path;
  char *folder;

  /* Any other GFile (a remote location): GIO's own replace stream, which
   * keeps the old file until it is closed without being cancelled.
   */
  GOutputStream *stream;
  GCancellable *abort;

  gboolean failed;
  gboolean committed;
};

G_DEFINE_QUARK (vs-export-error-quark, vs_export_error)

/* ------------------------------------------------------------------------ */
/* Errors                                                                    */
/* ------------------------------------------------------------------------ */

/* Explains @errno_value, seen while creating a file in @folder. */
static void
set_folder_error (GError     **error,
                  int          errno_value,
                  const char  *folder)
{
  g_autofree char *name = g_filename_display_name (folder);

  switch (errno_value)
    {
    case ENOENT:
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NO_FOLDER,
                   _("the folder “%s” does not exist"), name);
      break;

    case ENOTDIR:
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NO_FOLDER,
                   _("“%s” is not a folder"), name);
      break;

    case EACCES:
    case EPERM:
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_PERMISSION,
                   _("there is no permission to write in the folder “%s”"), name);
      break;

    case EROFS:
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_PERMISSION,
                   _("the folder “%s” is on a read-only disk"), name);
      break;

    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NO_SPACE,
                   _("there is no space left on the disk"));
      break;

    default:
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_WRITE,
                   _("cannot create a file in the folder “%s”: %s"), name,
                   g_strerror (errno_value));
      break;
    }
}

/* Explains @errno_value, seen while writing or renaming the file. */
static void
set_write_error (GError     **error,
                 int          errno_value,
                 const char  *folder)
{
  switch (errno_value)
    {
    case EISDIR:
    case ENOTEMPTY:
    case EEXIST:
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_IS_FOLDER,
                   _("it is a folder, not a file"));
      break;

    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
    case ENOENT:
    case ENOTDIR:
    case EACCES:
    case EPERM:
    case EROFS:
      set_folder_error (error, errno_value, folder);
      break;

    default:
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_WRITE,
                   _("cannot write the file: %s"), g_strerror (errno_value));
      break;
    }
}

/* Turns a GIO error (from a non-local location) into an export error. */
static void
propagate_gio_error (GError **error,
                     GError  *gio_error)
{
  VsExportError code = VS_EXPORT_ERROR_WRITE;

  if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, gio_error);
      return;
    }

  if (gio_error->domain == G_IO_ERROR)
    {
      switch (gio_error->code)
        {
        case G_IO_ERROR_NOT_FOUND:
        case G_IO_ERROR_NOT_DIRECTORY:
          code = VS_EXPORT_ERROR_NO_FOLDER;
          break;

        case G_IO_ERROR_PERMISSION_DENIED:
        case G_IO_ERROR_READ_ONLY:
          code = VS_EXPORT_ERROR_PERMISSION;
          break;

        case G_IO_ERROR_IS_DIRECTORY:
          code = VS_EXPORT_ERROR_IS_FOLDER;
          break;

        case G_IO_ERROR_NO_SPACE:
          code = VS_EXPORT_ERROR_NO_SPACE;
          break;

        default:
          break;
        }
    }

  g_set_error_literal (error, VS_EXPORT_ERROR, code, gio_error->message);
  g_error_free (gio_error);
}

/* ------------------------------------------------------------------------ */
/* Temporary files removed on a signal                                       */
/* ------------------------------------------------------------------------ */

/* The temporary files of the exports under way, process-wide, so that
 * SIGTERM, SIGINT or SIGHUP in the middle of an export leaves none behind.
 * The handler reads the slots without a lock (it may interrupt a thread
 * that holds it): each slot is a pointer read and written atomically, and
 * a path stays allocated until its slot is cleared.
 */
#define MAX_TEMP_FILES 64

static gpointer temp_files[MAX_TEMP_FILES];
static GMutex temp_files_lock;
static const int cleanup_signals[] = { SIGTERM, SIGINT, SIGHUP };

static void
register_temp_file (char *path)
{
  g_mutex_lock (&temp_files_lock);
  for (guint i = 0; i < MAX_TEMP_FILES; i++)
    {
      if (g_atomic_pointer_get (&temp_files[i]) == NULL)
        {
          g_atomic_pointer_set (&temp_files[i], path);
          break;
        }
    }
  g_mutex_unlock (&temp_files_lock);
}

static void
unregister_temp_file (char *path)
{
  g_mutex_lock (&temp_files_lock);
  for (guint i = 0; i < MAX_TEMP_FILES; i++)
    {
      if (g_atomic_pointer_get (&temp_files[i]) == path)
        {
          g_atomic_pointer_set (&temp_files[i], NULL);
          break;
        }
    }
  g_mutex_unlock (&temp_files_lock);
}

/* Only async-signal-safe calls: unlink() and raise(). SA_RESETHAND has
 * put back the default action, so that raising the signal again ends the
 * process with the signal's status, as if there were no handler.
 */
static void
remove_temp_files_cb (int signum)
{
  int saved_errno = errno;

  for (guint i = 0; i < MAX_TEMP_FILES; i++)
    {
      const char *path = g_atomic_pointer_get (&temp_files[i]);

      if (path != NULL)
        unlink (path);
    }

  errno = saved_errno;
  raise (signum);
}

/* ------------------------------------------------------------------------ */
/* Targets                                                                   */
/* ------------------------------------------------------------------------ */

/* Refuses a @path that exists and is not a file that may be replaced: the
 * rename would put a regular file in place of a device, a pipe or a
 * dangling link (as root, even /dev/null), or replace a read-only file.
 * A path that does not exist yet is fine: it is created.
 */
static gboolean
check_target_path (const char  *path,
                   GError     **error)
{
  struct stat link_buf;
  struct stat buf;

  /* Missing, or in a folder that cannot be read: creating the temporary
   * file says what is wrong with the folder.
   */
  if (lstat (path, &link_buf) != 0)
    return TRUE;

  if (stat (path, &buf) != 0)
    {
      int saved_errno = errno;

      if (S_ISLNK (link_buf.st_mode) && saved_errno == ENOENT)
        {
          g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NOT_FILE,
                       _("this is a link to a missing file; choose a file to export to"));
          return FALSE;
        }

      if (saved_errno == ELOOP)
        {
          g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NOT_FILE,
                       _("this link leads to a loop of links; choose a file to export to"));
          return FALSE;
        }

      return TRUE;
    }

  if (S_ISDIR (buf.st_mode))
    {
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_IS_FOLDER,
                   _("it is a folder, not a file"));
      return FALSE;
    }

  if (S_ISCHR (buf.st_mode) || S_ISBLK (buf.st_mode))
    {
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NOT_FILE,
                   _("this is a device, not a file; choose a file to export to"));
      return FALSE;
    }

  if (S_ISFIFO (buf.st_mode))
    {
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NOT_FILE,
                   _("this is a pipe, not a file; choose a file to export to"));
      return FALSE;
    }

  if (S_ISSOCK (buf.st_mode))
    {
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NOT_FILE,
                   _("this is a socket, not a file; choose a file to export to"));
      return FALSE;
    }

  if (!S_ISREG (buf.st_mode))
    {
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_NOT_FILE,
                   _("this is not a regular file; choose a file to export to"));
      return FALSE;
    }

  /* The mode bits, not access(): root may write anything, yet a file that
   * nobody may write was made read-only on purpose.
   */
  if ((buf.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    {
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_READ_ONLY,
                   _("this file is read-only; choose another file, or make it writable"));
      return FALSE;
    }

  if (access (path, W_OK) != 0 && (errno == EACCES || errno == EPERM))
    {
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_READ_ONLY,
                   _("there is no permission to change this file; choose another file"));
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Public API                                                                */
/* ------------------------------------------------------------------------ */

/**
 * vs_export_file_check_target:
 * @target: where an export would go
 * @source: (nullable): the dataset file being read, if any
 * @error: return location for an error in %VS_EXPORT_ERROR
 *
 * Checks that @target may be replaced by an export: it does not exist, or
 * it is a writable regular file (or a link to one) other than @source
 * (compared by device and inode, so that another path or a link to the
 * same file counts). vs_export_file_open() makes the same checks, without
 * @source; callers call this first to refuse early, before any work.
 *
 * Returns: whether @target may be written
 */
gboolean
vs_export_file_check_target (GFile   *target,
                             GFile   *source,
                             GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *source_path = NULL;
  struct stat target_buf;
  struct stat source_buf;

  g_return_val_if_fail (G_IS_FILE (target), FALSE);
  g_return_val_if_fail (source == NULL || G_IS_FILE (source), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A remote location: GIO's replace stream refuses what it cannot replace. */
  if (!(path = g_file_get_path (target)))
    return TRUE;

  if (!check_target_path (path, error))
    return FALSE;

  if (source != NULL && (source_path = g_file_get_path (source)) != NULL &&
      stat (path, &target_buf) == 0 && stat (source_path, &source_buf) == 0 &&
      target_buf.st_dev == source_buf.st_dev && target_buf.st_ino == source_buf.st_ino)
    {
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_SAME_FILE,
                   _("this is the dataset file being exported; choose another file to export to"));
      return FALSE;
    }

  return TRUE;
}

/**
 * vs_export_file_install_signal_handlers:
 *
 * Makes SIGTERM, SIGINT and SIGHUP remove the temporary files of the
 * exports under way before they end the process, with the signal's status
 * as before. A signal that is ignored (as SIGHUP under nohup) or already
 * handled is left alone. Call it once, early in main().
 */
void
vs_export_file_install_signal_handlers (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    {
      struct sigaction action = { 0 };
      struct sigaction old_action;

      if (sigaction (cleanup_signals[i], NULL, &old_action) != 0 ||
          (old_action.sa_flags & SA_SIGINFO) != 0 || old_action.sa_handler != SIG_DFL)
        continue;

      action.sa_handler = remove_temp_files_cb;
      action.sa_flags = SA_RESETHAND;
      sigemptyset (&action.sa_mask);
      sigaction (cleanup_signals[i], &action, NULL);
    }
}

/**
 * vs_export_file_open:
 * @target: where the file goes in the end
 * @error: return location for an error in %VS_EXPORT_ERROR
 *
 * Starts writing @target: creates a temporary file `.versus-XXXXXX` in the
 * target's folder. Nothing happens to @target until vs_export_file_commit().
 * A target that is not a writable regular file is refused, as by
 * vs_export_file_check_target().
 *
 * Returns: (transfer full) (nullable): the file to write, or %NULL when the
 *   target is refused or the temporary file cannot be created
 */
VsExportFile *
vs_export_file_open (GFile   *target,
                     GError **error)
{
  g_autoptr(VsExportFile) self = NULL;
  g_autofree char *template = NULL;
  sigset_t cleanup_set;
  sigset_t old_set;
  struct stat existing;
  char *resolved;
  int saved_errno;

  g_return_val_if_fail (G_IS_FILE (target), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (VsExportFile, 1);
  self->fd = -1;
  self->path = g_file_get_path (target);

  if (self->path == NULL)
    {
      GError *gio_error = NULL;

      self->abort = g_cancellable_new ();
      self->stream = G_OUTPUT_STREAM (g_file_replace (target, NULL, FALSE,
                                                      G_FILE_CREATE_REPLACE_DESTINATION,
                                                      NULL, &gio_error));
      if (self->stream == NULL)
        {
          propagate_gio_error (error, gio_error);
          return NULL;
        }

      return g_steal_pointer (&self);
    }

  if (!check_target_path (self->path, error))
    return NULL;

  /* Through a symbolic link, replace the file it points to, not the link. */
  resolved = realpath (self->path, NULL);
  if (resolved != NULL)
    {
      g_free (self->path);
      self->path = g_strdup (resolved);
      free (resolved);
    }

  self->folder = g_path_get_dirname (self->path);
  template = g_build_filename (self->folder, ".versus-XXXXXX", NULL);

  /* The cleanup signals wait until the temporary file is registered, so
   * that none comes between its creation and its registration.
   */
  sigemptyset (&cleanup_set);
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    sigaddset (&cleanup_set, cleanup_signals[i]);
  pthread_sigmask (SIG_BLOCK, &cleanup_set, &old_set);

  /* 0666 less the umask, as for any new file: not mkstemp's 0600. */
  self->fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0666);
  saved_errno = errno;
  if (self->fd >= 0)
    {
      self->temp_path = g_steal_pointer (&template);
      register_temp_file (self->temp_path);
    }
  pthread_sigmask (SIG_SETMASK, &old_set, NULL);

  if (self->fd < 0)
    {
      set_folder_error (error, saved_errno, self->folder);
      return NULL;
    }

  /* A file that is replaced keeps its permissions. */
  if (stat (self->path, &existing) == 0 && S_ISREG (existing.st_mode))
    fchmod (self->fd, existing.st_mode & 07777);

  return g_steal_pointer (&self);
}

/**
 * vs_export_file_write:
 * @self: a file being exported
 * @data: (array length=length): the bytes
 * @length: how many bytes
 * @error: return location for an error in %VS_EXPORT_ERROR
 *
 * Appends @data to the temporary file. After a failure, every later write
 * and the commit fail too.
 *
 * Returns: whether all of @data was written
 */
gboolean
vs_export_file_write (VsExportFile  *self,
                      const void    *data,
                      gsize          length,
                      GError       **error)
{
  const char *bytes = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  if (self->failed)
    {
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_WRITE,
                   _("cannot write the file after an earlier error"));
      return FALSE;
    }

  if (self->stream != NULL)
    {
      GError *gio_error = NULL;

      if (!g_output_stream_write_all (self->stream, data, length, NULL, NULL, &gio_error))
        {
          self->failed = TRUE;
          propagate_gio_error (error, gio_error);
          return FALSE;
        }

      return TRUE;
    }

  while (length > 0)
    {
      gssize written = write (self->fd, bytes, length);

      if (written < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;

          self->failed = TRUE;
          set_write_error (error, saved_errno, self->folder);
          return FALSE;
        }

      bytes += written;
      length -= written;
    }

  return TRUE;
}

/**
 * vs_export_file_commit:
 * @self: a file being exported
 * @cancellable: (nullable): a #GCancellable: once cancelled, the target is
 *   left as it was
 * @error: return location for an error in %VS_EXPORT_ERROR or %G_IO_ERROR
 *
 * Flushes the temporary file to the disk and renames it over the target.
 * On failure, the temporary file is removed and the target is left as it
 * was.
 *
 * Returns: whether the target now holds what was written
 */
gboolean
vs_export_file_commit (VsExportFile  *self,
                       GCancellable  *cancellable,
                       GError       **error)
{
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->failed)
    {
      g_set_error (error, VS_EXPORT_ERROR, VS_EXPORT_ERROR_WRITE,
                   _("cannot write the file after an earlier error"));
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      self->failed = TRUE;
      return FALSE;
    }

  if (self->stream != NULL)
    {
      GError *gio_error = NULL;

      if (!g_output_stream_close (self->stream, NULL, &gio_error))
        {
          self->failed = TRUE;
          propagate_gio_error (error, gio_error);
          return FALSE;
        }

      self->committed = TRUE;
      return TRUE;
    }

  /* A full disk may only show when the data is flushed, or closed. */
  fd = self->fd;
  self->fd = -1;
  if (fsync (fd) != 0 && errno != EINVAL && errno != EROFS)
    {
      int saved_errno = errno;

      close (fd);
      self->failed = TRUE;
      set_write_error (error, saved_errno, self->folder);
      return FALSE;
    }

  if (close (fd) != 0 && errno != EINTR)
    {
      self->failed = TRUE;
      set_write_error (error, errno, self->folder);
      return FALSE;
    }

  if (g_rename (self->temp_path, self->path) != 0)
    {
      self->failed = TRUE;
      set_write_error (error, errno, self->folder);
      return FALSE;
    }

  self->committed = TRUE;
  unregister_temp_file (self->temp_path);

  return TRUE;
}

/**
 * vs_export_file_free:
 * @self: (transfer full): a file being exported
 *
 * Frees @self. Unless it was committed, removes the temporary file and
 * leaves the target as it was.
 */
void
vs_export_file_free (VsExportFile *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);

  if (!self->committed && self->temp_path != NULL)
    {
      unregister_temp_file (self->temp_path);
      g_unlink (self->temp_path);
    }

  if (self->stream != NULL)
    {
      /* A cancelled close keeps the old file and drops the new one. */
      if (!self->committed && !g_output_stream_is_closed (self->stream))
        {
          g_cancellable_cancel (self->abort);
          g_output_stream_close (self->stream, self->abort, NULL);
        }
      g_object_unref (self->stream);
    }

  g_clear_object (&self->abort);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self->folder);
  g_free (self);
}

/**
 * vs_export_file_replace_contents:
 * @target: the file to write
 * @contents: (array length=length): what to write
 * @length: how many bytes
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error in %VS_EXPORT_ERROR or %G_IO_ERROR
 *
 * Replaces @target with @contents, atomically: on failure @target is left
 * as it was and no partial file remains.
 *
 * Returns: whether @target was written
 */
gboolean
vs_export_file_replace_contents (GFile         *target,
                                 const char    *contents,
                                 gsize          length,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autoptr(VsExportFile) file = NULL;

  g_return_val_if_fail (G_IS_FILE (target), FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!(file = vs_export_file_open (target, error)))
    return FALSE;

  if (!vs_export_file_write (file, contents, length, error))
    return FALSE;

  return vs_export_file_commit (file, cancellable, error);
}
