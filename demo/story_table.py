#!/usr/bin/env python3
"""Loads the demo articles through the gateway, waits for their analysis and prints the story report as a
table: claims down, sources across; ✓ supports, ✗ denies, ~ discusses (hedged support is marked ✓?).
Writes as the editor whose token is in CROSSCHECK_TOKEN (./run mints one)."""
import json
import os
import sys
import time
import urllib.error
import urllib.request

API = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
ARTICLES = sys.argv[2] if len(sys.argv) > 2 else "demo/articles.json"


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    headers = {"Content-Type": "application/json"}
    if os.environ.get("CROSSCHECK_TOKEN"):
        headers["Authorization"] = "Bearer " + os.environ["CROSSCHECK_TOKEN"]
    request = urllib.request.Request(API + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def main():
    with open(ARTICLES, encoding="utf-8") as f:
        articles = json.load(f)
    ids = []
    for article in articles:
        stored = call("POST", "/api/articles", article)
        ids.append(stored["id"])
        print(f"stored  {stored['source']:<15} {stored['title']}")
    deadline = time.time() + 180
    pending = set(ids)
    while pending and time.time() < deadline:
        for article_id in list(pending):
            if call("GET", f"/api/articles/{article_id}")["analysis"]["status"] in ("DONE", "FAILED"):
                pending.discard(article_id)
        time.sleep(0.5)
    if pending:
        sys.exit(f"analysis did not finish for {len(pending)} articles")
    story_ids = {call("GET", f"/api/articles/{i}")["storyId"] for i in ids}
    reports = [call("GET", f"/api/stories/{s}") for s in story_ids if s]
    for report in sorted(reports, key=lambda r: -len(r["articles"])):
        print_report(report)


def print_report(report):
    sources = []
    for article in report["articles"]:
        if article["source"] not in sources:
            sources.append(article["source"])
    width = 60
    print()
    print(f"STORY  {report['title']}  ({len(report['articles'])} articles)")
    print(f"       in the browser: {API}/stories/{report['id']}")
    header = f"{'claim':<{width}} {'status':<13} " + " ".join(f"{s[:12]:^12}" for s in sources)
    print(header)
    print("-" * len(header))
    mark = {"SUPPORTS": "✓", "DENIES": "✗", "DISCUSSES": "~"}
    for claim in report["claims"]:
        by_source = {}
        for position in claim["positions"]:
            symbol = mark[position["stance"]] + ("?" if position.get("hedged") else "")
            by_source[position["source"]] = symbol
        statement = claim["statement"] if len(claim["statement"]) <= width else claim["statement"][:width - 1] + "…"
        print(f"{statement:<{width}} {claim['status']:<13} " + " ".join(f"{by_source.get(s, ''):^12}" for s in sources))
        for conflict in claim.get("conflicts", [])[:2]:
            print(f"    {conflict['kind']}: {conflict['detail']}")
    print("✓ supports  ✗ denies  ~ discusses  ? hedged")


if __name__ == "__main__":
    try:
        main()
    except urllib.error.URLError as e:
        sys.exit(f"cannot reach {API}: {e}")
