#!/usr/bin/python3
# check-schema.py
#
# Copyright 2026 The Versus developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Checks data/versus-comparison.schema.json, printing TAP.

  check-schema.py SCHEMA TESTS_DATA_DIR DATASET…

The schema must be a valid draft 2020-12 schema; every file of
TESTS_DATA_DIR/valid and every DATASET must pass it; the files of
TESTS_DATA_DIR/invalid listed in REFUSED must fail it, at the place where
the loader refuses them (TESTS_DATA_DIR/invalid/expected.tsv), and those in
ACCEPTED, whose fault a schema cannot express, must pass it. With
VERSUS_BIN set, small datasets with values at the edges of each rule are
given to both the schema and `versus --validate`, which must agree.

Uses python3-jsonschema from Debian (4.10 in Debian 12). Python's `re`
lets `$` match before a final newline, where ECMA-262 (the dialect of
schema patterns, and of editors) does not: an id such as "a\\n" passes
the patterns here, so the edge cases leave it out.
"""

import copy
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema

# The invalid files the schema refuses. The place of the refusal is the
# loader's (expected.tsv) unless PLACES says otherwise.
REFUSED = """
category-id-underscore category-missing-id category-missing-name
choice-id-empty choice-missing-id choice-missing-label choice-weight-string
choice-weight-too-high choice-weight-too-low choice-weights-array
company-missing-name company-missing-subjects company-subjects-empty
feature-advantage-tie-capitalised feature-id-leading-dash feature-missing-id
feature-missing-name feature-missing-values feature-score-negative
feature-score-string feature-score-too-high feature-value-number
feature-value-unknown-subject-quoted-key feature-values-array features-empty
features-missing format-missing format-not-string format-wrong
guidance-missing-subject guidance-missing-text guidance-not-array
id-missing id-not-string id-uppercase
number-integer-overflow-score number-negative-overflow-score number-overflow-score
question-choices-not-array question-missing-choices question-missing-id
question-missing-prompt question-one-choice question-prompt-empty
source-date-bad-format source-missing-id source-missing-title source-url-ftp
subject-color-short subject-highlight-not-string subject-highlights-string
subject-homepage-file subject-homepage-javascript subject-homepage-relative
subject-id-uppercase subject-missing-id subject-missing-name subject-name-empty
subject-name-not-string subject-not-object subjects-missing subjects-object
subjects-one subtitle-not-string thirty-three-subjects title-empty title-missing
top-level-array updated-bad-format updated-impossible-date
use-case-id-space use-case-missing-id use-case-missing-name
use-case-missing-recommended use-case-recommended-empty
use-case-recommended-string use-case-recommended-twice use-cases-not-array
verdict-missing-questions verdict-not-object verdict-questions-empty
version-0 version-2 version-fraction version-integer-overflow version-missing
version-negative version-string
""".split()

# Where the schema refuses a file when that is not where the loader does.
PLACES = {
    # The loader refuses these numbers as it reads the text (LINE:COL); as
    # numbers, they are out of range.
    "number-integer-overflow-score": "$.features[0].scores.python",
    "number-negative-overflow-score": "$.features[0].scores.python",
    "number-overflow-score": "$.features[0].scores.nodejs",
    "version-integer-overflow": "$.version",
    # uniqueItems is a rule about the whole array.
    "use-case-recommended-twice": "$.use_cases[0].recommended",
}

# The invalid files the schema accepts: what is wrong with them is beyond
# what a schema can say.
ACCEPTED = {
    "category-duplicate-id": "ids are unique",
    "choice-duplicate-id": "ids are unique",
    "feature-duplicate-id": "ids are unique",
    "question-duplicate-id": "ids are unique",
    "source-duplicate-id": "ids are unique",
    "subject-duplicate-id": "ids are unique",
    "use-case-duplicate-id": "ids are unique",
    "choice-weight-unknown-subject": "references resolve",
    "company-source-unknown": "references resolve",
    "company-subject-unknown": "references resolve",
    "feature-advantage-unknown": "references resolve",
    "feature-category-unknown": "references resolve",
    "feature-score-unknown-subject": "references resolve",
    "feature-source-unknown": "references resolve",
    "feature-value-unknown-subject": "references resolve",
    "guidance-subject-unknown": "references resolve",
    "subject-source-unknown": "references resolve",
    "use-case-recommended-unknown": "references resolve",
    "use-case-source-unknown": "references resolve",
    "nesting-65": "the depth of nesting",
    "syntax-lone-surrogate-escape": "text is valid Unicode, once parsed",
    "syntax-u0000-escape": "text holds no NUL character, once parsed",
}


class Tap:
    def __init__(self):
        self.count = 0
        self.failed = 0

    # The diagnostics are printed for a failure only.
    def result(self, ok, name, diagnostics=(), skip=None):
        self.count += 1
        line = f"{'ok' if ok else 'not ok'} {self.count} - {name}"
        if skip is not None:
            line += f" # SKIP {skip}"
        print(line)
        if not ok:
            self.failed += 1
            for text in diagnostics:
                print(f"# {text}")


def load_strict(path):
    """Reads JSON as the loader does: UTF-8 with an optional byte order
    mark, and no NaN or Infinity."""

    def refuse_constant(name):
        raise ValueError(f"{name} is not JSON")

    with open(path, "rb") as file:
        text = file.read().decode("utf-8-sig")
    return json.loads(text, parse_constant=refuse_constant)


def format_path(steps):
    """Writes a path as the loader's messages do: $.features[3].values.ruby."""
    path = "$"
    for step in steps:
        if isinstance(step, int):
            path += f"[{step}]"
        elif re.fullmatch(r"[A-Za-z0-9_-]+", step):
            path += f".{step}"
        else:
            path += '["' + step.replace("\\", "\\\\").replace('"', '\\"') + '"]'
    return path


def error_places(validator, instance):
    """The places of the schema's errors, named as the loader names them:
    a missing member's own path, a key's path for a bad key."""
    places = set()
    for error in validator.iter_errors(instance):
        steps = list(error.absolute_path)
        if error.validator == "required":
            for member in error.validator_value:
                if isinstance(error.instance, dict) and member not in error.instance:
                    places.add(format_path(steps + [member]))
            continue
        if "propertyNames" in error.absolute_schema_path:
            steps.append(error.instance)
        places.add(format_path(steps))
    return places


def read_expected(path):
    expected = {}
    with open(path, encoding="utf-8") as file:
        for line in file:
            if line.startswith("#") or not line.strip():
                continue
            name, _code, place = line.rstrip("\n").split("\t")
            expected[name.removesuffix(".json")] = place
    return expected


def check_valid(tap, validator, path):
    errors = sorted(validator.iter_errors(load_strict(path)), key=lambda e: list(e.path))
    tap.result(not errors, f"valid: {os.path.basename(path)}",
               [f"{format_path(e.absolute_path)}: {e.message}" for e in errors])


def check_invalid(tap, validator, directory):
    expected = read_expected(os.path.join(directory, "expected.tsv"))
    names = sorted(f.removesuffix(".json") for f in os.listdir(directory) if f.endswith(".json"))

    for name in REFUSED + list(ACCEPTED):
        if name not in names:
            tap.result(False, f"invalid: {name}.json is listed but does not exist")

    for name in names:
        path = os.path.join(directory, name + ".json")
        try:
            instance = load_strict(path)
        except ValueError as error:
            # Syntax and encoding: the loader refuses the text before any rule.
            tap.result(name not in REFUSED and name not in ACCEPTED,
                       f"invalid: {name}.json is not JSON, beyond the schema", [str(error)])
            continue

        places = error_places(validator, instance)
        if name in REFUSED:
            place = PLACES.get(name, expected.get(name))
            tap.result(place in places, f"invalid: {name}.json is refused at {place}",
                       [f"the schema refuses it at: {', '.join(sorted(places)) or 'nowhere'}"])
        elif name in ACCEPTED:
            tap.result(not places,
                       f"invalid: {name}.json is accepted (a schema cannot check that "
                       f"{ACCEPTED[name]})",
                       [f"the schema refuses it at: {', '.join(sorted(places))}; "
                        "move it to REFUSED"] if places else [])
        else:
            tap.result(True, f"invalid: {name}.json",
                       skip=f"not listed in check-schema.py; the schema "
                            f"{'refuses' if places else 'accepts'} it")


# A dataset with one of everything, and values at the edges of each rule:
# (path, value) sets a member, or removes it with value DELETE.
BASE = {
    "format": "versus/comparison",
    "version": 1,
    "id": "edges",
    "title": "Edges",
    "updated": "2025-01-15",
    "sources": [{"id": "s", "title": "Notes", "url": "https://example.org/", "date": "2025-01-01"}],
    "subjects": [
        {"id": "a", "name": "A", "homepage": "https://example.org/a", "color": "#3c873a",
         "highlights": ["Fast"], "source": "s"},
        {"id": "b", "name": "B"},
    ],
    "categories": [{"id": "c", "name": "Category"}],
    "features": [
        {"id": "f", "name": "Feature", "category": "c", "values": {"a": "x", "b": "y"},
         "scores": {"a": 1, "b": 2}, "advantage": "a", "source": "s"},
    ],
    "use_cases": [{"id": "u", "name": "Use", "tags": ["t"], "recommended": ["a"]}],
    "companies": [{"name": "Co", "subjects": ["a", "b"], "sector": "Web"}],
    "verdict": {
        "intro": "Answer.",
        "questions": [
            {"id": "q", "prompt": "Which?", "choices": [
                {"id": "y", "label": "Yes", "weights": {"a": 1}, "reason": "Because"},
                {"id": "n", "label": "No"},
            ]},
        ],
        "guidance": [{"subject": "b", "text": "Choose B."}],
    },
}

DELETE = object()

EDGE_CASES = [
    (["$schema"], "versus-comparison.schema.json"),
    (["colour_scheme"], "dark"),
    (["id"], "0"), (["id"], "a-"), (["id"], "-a"), (["id"], "A"), (["id"], "a_b"),
    (["id"], ""), (["id"], "a b"), (["id"], "é"),
    (["version"], 1), (["version"], 2), (["version"], True), (["version"], None),
    (["format"], "versus/comparison "), (["format"], DELETE),
    (["title"], " "), (["title"], "\u3000"), (["title"], "\u00a0\u2028"), (["title"], "\u000b"),
    (["title"], "\u0085"), (["title"], "\ufeff"), (["title"], " x "), (["title"], None),
    (["subtitle"], None), (["subtitle"], ""), (["subtitle"], 1),
    (["updated"], "2024-02-29"), (["updated"], "2023-02-29"), (["updated"], "1900-02-29"),
    (["updated"], "2000-02-29"), (["updated"], "0000-01-01"), (["updated"], "0001-01-01"),
    (["updated"], "2025-04-31"), (["updated"], "2025-12-31"), (["updated"], "2025-00-10"),
    (["updated"], "2025-13-01"), (["updated"], "9999-12-31"), (["updated"], "2025-1-01"),
    (["updated"], "\u0968\u0966\u0968\u096b-01-01"), (["updated"], ""), (["updated"], None),
    (["subjects", 0, "color"], "#A0b1C2"), (["subjects", 0, "color"], "#abc"),
    (["subjects", 0, "color"], "3c873a1"), (["subjects", 0, "color"], "#gggggg"),
    (["subjects", 0, "color"], None),
    (["subjects", 0, "homepage"], "HTTP://example.org"), (["subjects", 0, "homepage"], "https://"),
    (["subjects", 0, "homepage"], "http:///x"), (["subjects", 0, "homepage"], "http://u@/"),
    (["subjects", 0, "homepage"], "http://@x"), (["subjects", 0, "homepage"], "http://:80/"),
    (["subjects", 0, "homepage"], "http://[::1]/"), (["subjects", 0, "homepage"], "http:x.org"),
    (["subjects", 0, "homepage"], "mailto:a@b.org"), (["subjects", 0, "homepage"], ""),
    (["subjects", 0, "homepage"], "https://example.org/a b"),
    (["subjects", 0, "highlights"], []), (["subjects", 0, "highlights"], None),
    (["subjects", 0, "highlights"], ["x", " "]), (["subjects", 0, "source"], None),
    (["subjects", 0, "kind"], ""), (["subjects", 1, "name"], ""),
    (["use_cases"], None), (["companies"], None), (["sources", 0, "publisher"], None), (["sources", 0, "url"], None),
    (["features", 0, "scores", "a"], 0), (["features", 0, "scores", "a"], 5),
    (["features", 0, "scores", "a"], 5.000001), (["features", 0, "scores", "a"], -0.0),
    (["features", 0, "scores", "a"], 2.5), (["features", 0, "scores", "a"], True),
    (["features", 0, "scores", "a"], None), (["features", 0, "scores"], None),
    (["features", 0, "scores"], {}), (["features", 0, "values"], {}),
    (["features", 0, "values", "a"], ""), (["features", 0, "values", "A"], "x"),
    (["features", 0, "values"], None),
    (["features", 0, "advantage"], "tie"), (["features", 0, "advantage"], "b"),
    (["features", 0, "advantage"], ""), (["features", 0, "advantage"], None),
    (["features", 0, "category"], None),
    (["use_cases", 0, "recommended"], ["a", "b"]), (["use_cases", 0, "recommended"], ["b", "b"]),
    (["use_cases", 0, "tags"], [""]),
    (["companies", 0, "subjects"], []), (["companies", 0, "name"], "\t"),
    (["verdict", "questions", 0, "choices", 0, "weights", "b"], -10),
    (["verdict", "questions", 0, "choices", 0, "weights", "b"], 10.0),
    (["verdict", "questions", 0, "choices", 0, "weights", "b"], 10.5),
    (["verdict", "questions", 0, "choices", 0, "weights", "b"], "1"),
    (["verdict", "questions", 0, "choices", 0, "weights"], None),
    (["verdict", "questions", 0, "choices", 0, "reason"], None),
    (["verdict", "questions", 0, "choices", 1], DELETE),
    (["verdict", "guidance"], None), (["verdict", "guidance", 0, "subject"], None),
    (["verdict", "intro"], None), (["verdict"], None), (["verdict"], {}),
]


def apply_case(path, value):
    dataset = copy.deepcopy(BASE)
    parent = dataset
    for step in path[:-1]:
        parent = parent[step]
    if value is DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return dataset


def check_edges(tap, validator, versus):
    with tempfile.TemporaryDirectory() as directory:
        for path, value in EDGE_CASES:
            dataset = apply_case(path, value)
            name = f"{format_path(path)} = {'(removed)' if value is DELETE else json.dumps(value)}"
            file_name = os.path.join(directory, "edge.json")
            with open(file_name, "w", encoding="utf-8") as file:
                json.dump(dataset, file, ensure_ascii=False)

            run = subprocess.run([versus, "--validate", file_name],
                                 capture_output=True, text=True, check=False)
            # A sanitizer build exits with 1 on an error too: look for its report.
            if run.returncode not in (0, 1) or re.search(r"Sanitizer|runtime error:", run.stderr):
                tap.result(False, f"edge: {name}", [f"versus exited with {run.returncode}",
                                                    *run.stderr.splitlines()])
                continue

            loader_accepts = run.returncode == 0
            schema_accepts = validator.is_valid(dataset)
            verdict = "accept" if loader_accepts else "refuse"
            tap.result(loader_accepts == schema_accepts,
                       f"edge: {name}: the loader and the schema {verdict} it",
                       [] if loader_accepts == schema_accepts else
                       [f"the loader {'accepts' if loader_accepts else 'refuses'} it, "
                        f"the schema {'accepts' if schema_accepts else 'refuses'} it",
                        *run.stderr.splitlines()])


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2

    schema_path, data_dir, datasets = argv[1], argv[2], argv[3:]
    tap = Tap()

    with open(schema_path, encoding="utf-8") as file:
        schema = json.load(file)

    validator_class = jsonschema.validators.validator_for(schema, default=None)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
        meta_errors = []
    except jsonschema.SchemaError as error:
        meta_errors = [str(error).splitlines()[0]]
    tap.result(validator_class is jsonschema.Draft202012Validator and not meta_errors,
               "schema: a valid JSON Schema, draft 2020-12", meta_errors)
    if meta_errors:
        print(f"1..{tap.count}")
        return 1

    validator = jsonschema.Draft202012Validator(schema)

    valid_dir = os.path.join(data_dir, "valid")
    for name in sorted(os.listdir(valid_dir)):
        if name.endswith(".json"):
            check_valid(tap, validator, os.path.join(valid_dir, name))
    for path in datasets:
        check_valid(tap, validator, path)

    check_invalid(tap, validator, os.path.join(data_dir, "invalid"))

    versus = os.environ.get("VERSUS_BIN")
    if versus:
        check_edges(tap, validator, versus)
    else:
        tap.result(True, "edge cases", skip="VERSUS_BIN is not set")

    print(f"1..{tap.count}")
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
