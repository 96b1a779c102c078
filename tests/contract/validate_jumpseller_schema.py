#!/usr/bin/env python3
"""Validate captured Jumpseller JSON samples against the official OpenAPI 3.0 spec.

The FakeJumpseller contract tests write every request and response body they exchange to the
directory named by PUENTE_SCHEMA_SAMPLES, one file per body, named

    <Schema>.<kind>.<tag>-<n>.json

<Schema> is a component schema of the spec (Product, Order, Count, NotFound, ...) or one of the
pseudo schemas below; <kind> says how the document relates to it:

    one      the document is an instance of the schema
    list     the document is an array of instances
    inner    the document is an object with one key whose value is an instance (the spec shows
             Store flat, the live API wraps it as {"store": {...}})
    partial  like "one", but no "required" applies (partial PUT bodies such as
             {"product": {"stock": 5}}, which ProductEditFields' required name/price forbid)

Pseudo schemas (answers the spec types loosely): String (DELETE's bare JSON string) and Errors
({"errors": [...]}, the validation-failure shape of POST /jsapps.json).

How OpenAPI 3.0 is mapped onto JSON Schema:
  * "$ref": "#/components/schemas/X" resolves inside the spec document itself;
  * "nullable": true admits null;
  * the spec's global rule "All empty value are replaced with null" admits null for every
    property (switch off with --strict-null to see where the fake relies on it);
  * objects that list properties admit no others ("additionalProperties": false; switch off with
    --allow-unknown), except the few documented extras in KNOWN_EXTRAS;
  * wrapper schemas ({"product": {"$ref": ...}}) require their one key, so {} is not a Product;
  * non-array "required" values (the spec has "required": "false" inside properties) are dropped;
  * "format" is informative only.

Usage:
    validate_jumpseller_schema.py SPEC SAMPLES_DIR [--strict-null] [--allow-unknown]
    validate_jumpseller_schema.py SPEC SAMPLES_DIR --run TEST_BINARY [--run ...]

With --run the directory is emptied, each test binary runs with PUENTE_SCHEMA_SAMPLES pointing
at it, then the samples are validated. When SPEC does not exist the script validates nothing,
says so plainly and exits with 77 (for CTest's SKIP_RETURN_CODE).

Exit status: 0 all samples valid, 1 invalid samples or a failing test binary, 2 usage error or
no samples, 77 spec absent (skipped, not run).
"""

import argparse
import copy
import json
import os
import shutil
import subprocess
import sys
from collections import Counter, defaultdict

try:
    import jsonschema
except ImportError:  # pragma: no cover - depends on the machine
    print("SKIPPED (not run): python3-jsonschema is not installed; no schema validation was performed.")
    sys.exit(77)

SKIP = 77

# Fields the fake sends that the spec's schemas do not list, each documented in
# the project's Jumpseller API notes (jumpseller.md) as present in real answers.
KNOWN_EXTRAS = {
    # §2.3: "Real GET responses also carry product_option_id" (the Odoo connector reads it).
    "ProductOptionVariantEdit": ["product_option_id"],
}

PSEUDO_SCHEMAS = {
    "String": {"type": "string"},
    "Errors": {
        "type": "object",
        "required": ["errors"],
        "properties": {"errors": {"type": "array", "items": {"type": "string"}}},
    },
}

KINDS = ("one", "list", "inner", "partial")


def nullable(schema):
    return {"anyOf": [schema, {"type": "null"}]}


def convert(schema, options, name=None, partial=False):
    """Returns a JSON Schema equivalent of an OpenAPI 3.0 schema object (deep copy)."""
    if isinstance(schema, list):
        return [convert(item, options, partial=partial) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            props = {}
            for prop, sub in value.items():
                converted = convert(sub, options, partial=partial)
                if not options.strict_null:
                    converted = nullable(converted)
                props[prop] = converted
            out["properties"] = props
        elif key in ("items", "additionalProperties", "not"):
            out[key] = convert(value, options, partial=partial)
        elif key in ("allOf", "anyOf", "oneOf"):
            out[key] = [convert(item, options, partial=partial) for item in value]
        elif key == "required":
            if isinstance(value, list) and not partial:
                out["required"] = list(value)
        elif key in ("nullable", "example", "examples", "xml", "externalDocs", "discriminator",
                     "readOnly", "writeOnly", "deprecated", "format"):
            continue
        else:
            out[key] = copy.deepcopy(value)
    if schema.get("nullable") is True:
        out = nullable(out)
        return out
    props = out.get("properties")
    if isinstance(props, dict):
        for extra in KNOWN_EXTRAS.get(name, []):
            props.setdefault(extra, {})
        if "additionalProperties" not in out and not options.allow_unknown:
            out["additionalProperties"] = False
        # A wrapper ({"product": {"$ref": ...}}) must carry its key.
        if len(schema.get("properties", {})) == 1:
            (only_key, only_value), = schema["properties"].items()
            if isinstance(only_value, dict) and "$ref" in only_value:
                out.setdefault("required", [only_key])
    return out


def build_root(spec, options, partial):
    schemas = spec.get("components", {}).get("schemas", {})
    converted = {name: convert(body, options, name=name, partial=partial) for name, body in schemas.items()}
    for name, body in PSEUDO_SCHEMAS.items():
        converted.setdefault(name, copy.deepcopy(body))
    return {"components": {"schemas": converted}}


def validator_for(root, schema_name, kind):
    ref = {"$ref": "#/components/schemas/" + schema_name}
    target = {"type": "array", "items": ref} if kind == "list" else ref
    document = dict(root)
    document.update(target)
    return jsonschema.Draft7Validator(document)


def describe(error):
    """The most specific messages of a validation error."""
    leaves = []

    def walk(err):
        if err.context:
            for sub in err.context:
                walk(sub)
        else:
            leaves.append(err)

    walk(error)
    # Drop the "None is not of type 'null'" branches of the null alternative.
    useful = [e for e in leaves if not (e.validator == "type" and e.validator_value == "null")] or leaves
    lines = set()
    for leaf in useful:
        where = "/".join(str(p) for p in leaf.absolute_path) or "(root)"
        message = leaf.message if len(leaf.message) < 300 else leaf.message[:300] + "..."
        lines.add(where + ": " + message)
    return "; ".join(sorted(lines))


def count_nulls(value, path, sink):
    if value is None:
        sink.append(path)
    elif isinstance(value, dict):
        for key, sub in value.items():
            count_nulls(sub, path + "/" + key, sink)
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            count_nulls(sub, path + "/" + str(index), sink)


def run_tests(binaries, samples_dir):
    if os.path.isdir(samples_dir):
        shutil.rmtree(samples_dir)
    os.makedirs(samples_dir, exist_ok=True)
    env = dict(os.environ, PUENTE_SCHEMA_SAMPLES=os.path.abspath(samples_dir))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    ok = True
    for binary in binaries:
        print("running", binary)
        result = subprocess.run([binary], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if result.returncode != 0:
            ok = False
            print(result.stdout[-4000:])
            print("FAILED: %s exited with %d" % (binary, result.returncode))
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spec", help="path to the Jumpseller OpenAPI 3.0 JSON (jumpseller-openapi.json)")
    parser.add_argument("samples", help="directory of <Schema>.<kind>.<tag>-<n>.json samples")
    parser.add_argument("--run", action="append", default=[], metavar="BINARY",
                        help="run this test binary first to capture samples (repeatable)")
    parser.add_argument("--strict-null", action="store_true",
                        help="do not apply the spec's global 'empty values are null' rule")
    parser.add_argument("--allow-unknown", action="store_true", help="accept properties the schemas do not list")
    parser.add_argument("--quiet", action="store_true", help="print failures and the summary only")
    options = parser.parse_args()

    if not options.spec:
        print("SKIPPED (not run): no OpenAPI spec given (configure with "
              "-DPUENTE_JUMPSELLER_OPENAPI=/path/to/jumpseller-openapi.json); no schema validation was performed.")
        return SKIP
    if not os.path.isfile(options.spec):
        print("SKIPPED (not run): OpenAPI spec not found at %s; no schema validation was performed." % options.spec)
        return SKIP
    if options.run and not run_tests(options.run, options.samples):
        return 1
    if not os.path.isdir(options.samples):
        print("ERROR: samples directory %s does not exist" % options.samples)
        return 2

    with open(options.spec, encoding="utf-8") as handle:
        spec = json.load(handle)
    roots = {False: build_root(spec, options, False), True: build_root(spec, options, True)}
    known = set(roots[False]["components"]["schemas"])

    files = sorted(f for f in os.listdir(options.samples) if f.endswith(".json"))
    if not files:
        print("ERROR: no samples in %s" % options.samples)
        return 2
    validators = {}
    per_schema = defaultdict(Counter)
    failures = 0
    null_paths = Counter()
    for file_name in files:
        parts = file_name.split(".")
        schema_name, kind = parts[0], parts[1] if len(parts) > 2 else "?"
        label = "%s.%s" % (schema_name, kind)
        problems = []
        if schema_name not in known:
            problems.append("unknown schema %r" % schema_name)
        if kind not in KINDS:
            problems.append("unknown kind %r (use %s)" % (kind, ", ".join(KINDS)))
        document = None
        if not problems:
            try:
                with open(os.path.join(options.samples, file_name), encoding="utf-8") as handle:
                    document = json.load(handle)
            except (OSError, ValueError) as error:
                problems.append("not JSON: %s" % error)
        if not problems and kind == "inner":
            if not isinstance(document, dict) or len(document) != 1:
                problems.append("(root): expected an object with exactly one key")
            else:
                document = next(iter(document.values()))
        if not problems:
            key = (schema_name, kind)
            if key not in validators:
                root = roots[kind == "partial"]
                validators[key] = validator_for(root, schema_name, "list" if kind == "list" else "one")
            problems = [describe(e) for e in sorted(validators[key].iter_errors(document), key=lambda e: list(e.path))]
            nulls = []
            count_nulls(document, "", nulls)
            for path in nulls:
                null_paths[schema_name + ":" + "/".join(p for p in path.split("/") if not p.isdigit())] += 1
        per_schema[label]["files"] += 1
        if problems:
            failures += 1
            per_schema[label]["invalid"] += 1
            print("FAIL %s" % file_name)
            for problem in problems[:20]:
                print("     " + problem)
        elif not options.quiet:
            print("ok   %s" % file_name)

    print()
    print("%-40s %6s %8s" % ("schema.kind", "files", "invalid"))
    for label in sorted(per_schema):
        print("%-40s %6d %8d" % (label, per_schema[label]["files"], per_schema[label]["invalid"]))
    rule = "strict (no implicit nulls)" if options.strict_null else "spec rule: empty values may be null"
    unknown = "accepted" if options.allow_unknown else "refused (except %s)" % ", ".join(
        "%s.%s" % (k, p) for k, v in KNOWN_EXTRAS.items() for p in v)
    print()
    print("null handling: %s; %d null values in %d distinct places" % (rule, sum(null_paths.values()), len(null_paths)))
    print("unknown properties: %s" % unknown)
    print("%d of %d samples valid against %s" % (len(files) - failures, len(files), options.spec))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
