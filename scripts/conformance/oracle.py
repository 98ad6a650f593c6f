"""Runs a format's reference validator over files and prints one JSON line per file:
{"file": path, "accepted": bool, "errors": [first messages]}.

    oracle.py croissant FILE...   mlcroissant (mlc.Dataset, as `mlcroissant validate` does)
    oracle.py spdx3 FILE...       spdx3-validate (JSON Schema + SHACL, as `spdx3-validate --json` does)

No network: spdx3-validate downloads the SPDX JSON Schema, SHACL model and JSON-LD context from
spdx.org; an opener installed here serves them from fixtures/conformance/spdx3/model/<version>/
instead, and refuses every other URL so a run can never depend on what a server says today.
"""

import email.message
import io
import json
import logging
import os
import sys
import urllib.request
import urllib.response

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SPDX_MODEL = os.path.join(ROOT, "fixtures", "conformance", "spdx3", "model")

# URL → (local file, media type). spdx3-validate and rdflib ask for exactly these.
OFFLINE = {}
for version in ("3.0.0", "3.0.1"):
    base = os.path.join(SPDX_MODEL, version)
    OFFLINE[f"https://spdx.org/rdf/{version}/spdx-context.jsonld"] = (os.path.join(base, "spdx-context.jsonld"), "application/ld+json")
    OFFLINE[f"https://spdx.org/rdf/{version}/spdx-model.ttl"] = (os.path.join(base, "spdx-model.ttl"), "text/turtle")
    OFFLINE[f"https://spdx.org/schema/{version}/spdx-json-schema.json"] = (os.path.join(base, "schema.json"), "application/json")


class OfflineHandler(urllib.request.BaseHandler):
    handler_order = 100  # before the network handlers

    def _serve(self, req):
        url = req.get_full_url()
        if url not in OFFLINE:
            raise urllib.error.URLError(f"offline conformance run: no local copy of {url}")
        path, media = OFFLINE[url]
        with open(path, "rb") as f:
            body = f.read()
        headers = email.message.Message()
        headers["Content-Type"] = media
        headers["Content-Length"] = str(len(body))
        response = urllib.response.addinfourl(io.BytesIO(body), headers, url, 200)
        response.msg = "OK"  # read by urllib's HTTPErrorProcessor
        return response

    def http_open(self, req):
        return self._serve(req)

    def https_open(self, req):
        return self._serve(req)


urllib.request.install_opener(urllib.request.build_opener(OfflineHandler()))


def first_lines(messages, limit=3):
    out = []
    for m in messages:
        text = " ".join(str(m).split())
        out.append(text[:300])
        if len(out) == limit:
            break
    return out


def croissant(paths):
    logging.disable(logging.CRITICAL)
    import absl.logging

    absl.logging.set_verbosity(absl.logging.FATAL)
    import mlcroissant as mlc

    for path in paths:
        try:
            mlc.Dataset(path)
            yield path, True, []
        except mlc.ValidationError as e:
            yield path, False, first_lines(str(e).splitlines()[1:] or [str(e)])
        except Exception as e:  # noqa: BLE001 - a crash of the validator on a file is a rejection
            yield path, False, first_lines([f"{type(e).__name__}: {e}"])


def spdx3(paths):
    import functools

    from spdx3_validate import core

    # validate() loads (parses) the schema and the SHACL model again for every file; once is enough.
    core.load_validation_data = functools.lru_cache(maxsize=None)(core.load_validation_data)
    validate = core.validate

    for path in paths:
        try:
            result = validate(path)
            yield path, result.valid, first_lines(result.errors)
        except Exception as e:  # noqa: BLE001 - unreadable or unknown version: the tool rejects it
            yield path, False, first_lines([f"{type(e).__name__}: {e}"])


def main(argv):
    if len(argv) < 2 or argv[0] not in ("croissant", "spdx3"):
        print(__doc__, file=sys.stderr)
        return 2
    run = croissant if argv[0] == "croissant" else spdx3
    for path, accepted, errors in run(argv[1:]):
        print(json.dumps({"file": path, "accepted": accepted, "errors": errors}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
