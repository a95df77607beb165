/* vs-dataset-loader.h
 *
 * Copyright 2026 The Versus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vs-dataset.h"
#include "vs-diagnostic.h"

G_BEGIN_DECLS

#define VS_DATASET_ERROR (vs_dataset_error_quark ())

/* The largest file, and the deepest nesting, that the loader reads. */
#define VS_DATASET_MAX_SIZE  (64 * 1024 * 1024)
#define VS_DATASET_MAX_DEPTH 64

/* What a dataset may hold (docs/dataset-format.md, “Limits”), so that its
 * memory stays bounded: json-glib is given the file in slices, and no slice
 * can be large in memory.
 */
#define VS_DATASET_MAX_FEATURES     200000
#define VS_DATASET_MAX_USE_CASES    10000
#define VS_DATASET_MAX_COMPANIES    10000
/* Members of any one object. */
#define VS_DATASET_MAX_MEMBERS      64
/* JSON values (strings, numbers, arrays, objects…) in one feature, use case
 * or company, and in the rest of the file.
 */
#define VS_DATASET_MAX_ITEM_VALUES  10000
#define VS_DATASET_MAX_HEAD_VALUES  100000
/* JSON values in the whole file, but for unknown top-level members. */
#define VS_DATASET_MAX_VALUES       3000000
/* The bytes of the value of a top-level member that the format does not know. */
#define VS_DATASET_MAX_UNKNOWN_SIZE (64 * 1024)

/* The format version this Versus reads. */
#define VS_DATASET_FORMAT_VERSION 1

/* The resource path of the built-in dataset. */
#define VS_DATASET_BUILTIN_PATH "/io/github/versusapp/Versus/datasets/node-vs-python.json"

/**
 * VsDatasetError:
 * @VS_DATASET_ERROR_IO: the file could not be read, or is not a regular file
 * @VS_DATASET_ERROR_TOO_LARGE: the file is larger than %VS_DATASET_MAX_SIZE, or an object has
 *   more than 64 members (the message says `LINE:COL`)
 * @VS_DATASET_ERROR_ENCODING: the file is not valid UTF-8, or holds a NUL character
 * @VS_DATASET_ERROR_TOO_DEEP: arrays and objects nest deeper than %VS_DATASET_MAX_DEPTH
 * @VS_DATASET_ERROR_SYNTAX: the file is not JSON (the message says `LINE:COL`)
 * @VS_DATASET_ERROR_NUMBER: a number is not finite (the message says `LINE:COL`)
 * @VS_DATASET_ERROR_FORMAT: the JSON is not a Versus comparison (`format` is wrong)
 * @VS_DATASET_ERROR_VERSION: the format version is newer than this Versus reads
 * @VS_DATASET_ERROR_MISSING: a required member is missing
 * @VS_DATASET_ERROR_TYPE: a member has the wrong JSON type
 * @VS_DATASET_ERROR_VALUE: a value breaks a rule (id pattern, range, URL, date, colour, count…)
 * @VS_DATASET_ERROR_DUPLICATE: an id is used twice in the same array, or a member name twice in
 *   the same object (the message says `LINE:COL`)
 * @VS_DATASET_ERROR_REFERENCE: a reference names an id that does not exist
 *
 * Every rule error's message starts with the JSON path of the offending
 * value (`$.features[3].values.ruby: …`); syntax, encoding, nesting and
 * number errors start with `LINE:COL: …`.
 */
typedef enum
{
  VS_DATASET_ERROR_IO,
  VS_DATASET_ERROR_TOO_LARGE,
  VS_DATASET_ERROR_ENCODING,
  VS_DATASET_ERROR_TOO_DEEP,
  VS_DATASET_ERROR_SYNTAX,
  VS_DATASET_ERROR_NUMBER,
  VS_DATASET_ERROR_FORMAT,
  VS_DATASET_ERROR_VERSION,
  VS_DATASET_ERROR_MISSING,
  VS_DATASET_ERROR_TYPE,
  VS_DATASET_ERROR_VALUE,
  VS_DATASET_ERROR_DUPLICATE,
  VS_DATASET_ERROR_REFERENCE,
} VsDatasetError;

GQuark      vs_dataset_error_quark            (void);

VsDataset  *vs_dataset_loader_load_bytes      (GBytes               *bytes,
                                               GError              **error) G_GNUC_WARN_UNUSED_RESULT;
VsDataset  *vs_dataset_loader_load_file       (GFile                *file,
                                               GCancellable         *cancellable,
                                               GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void        vs_dataset_loader_load_file_async (GFile                *file,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
VsDataset  *vs_dataset_loader_load_file_finish (GAsyncResult        *result,
                                                GError             **error) G_GNUC_WARN_UNUSED_RESULT;
VsDataset  *vs_dataset_loader_load_builtin    (void) G_GNUC_WARN_UNUSED_RESULT;

GPtrArray  *vs_dataset_validate_bytes         (GBytes               *bytes,
                                               VsDataset           **dataset) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray  *vs_dataset_validate_file          (GFile                *file,
                                               GCancellable         *cancellable,
                                               VsDataset           **dataset) G_GNUC_WARN_UNUSED_RESULT;

char       *vs_dataset_error_format           (const char           *file_label,
                                               const GError         *error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
