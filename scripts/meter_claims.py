#!/usr/bin/env python3
"""Checks `tandem claims --json` on METER against its folders (a story is
category/date/story in the path: a Press Association report and the
newspapers' versions of it). METER has no claim labels; this counts how many
corroboration links stay inside one story, how many PA claims a newspaper
version of the same story states, and lists the possible conflicts.

    $B/tandem claims ../shared/bench/meter_raw --json --no-state > meter-claims.json
    python3 scripts/meter_claims.py meter-claims.json [--conflicts]
"""
import json
import sys


def story(path):
    return tuple(path.split("/")[2:5])


def main(path, show_conflicts):
    claims = json.load(open(path))["claims"]
    links = [(c["article"], x["article"]) for c in claims for x in c["corroborations"]]
    inside = sum(story(a) == story(b) for a, b in links)
    stories_with_papers = {story(c["article"]) for c in claims if c["article"].startswith("newspapers/")}
    pa = [c for c in claims if c["article"].startswith("PA/") and story(c["article"]) in stories_with_papers]
    stated = sum(any(x["article"].startswith("newspapers/") and story(x["article"]) == story(c["article"])
                     for x in c["corroborations"]) for c in pa)
    conflicts = [(c, x) for c in claims for x in c["conflicts"]]
    pairs = {}
    for c, x in conflicts:
        pairs.setdefault(frozenset([c["text"], x["text"]]), (c, x))
    print(f"claims {len(claims)}, corroborated {sum(1 for c in claims if c['corroborations'])}")
    print(f"corroboration links {len(links)}, inside one story {inside / max(len(links), 1):.1%}")
    print(f"PA claims with a newspaper version {len(pa)}, stated by one {stated / max(len(pa), 1):.1%}")
    print(f"possible conflicts {len(conflicts)} ({len(pairs)} pairs of sentences, "
          f"{sum(story(c['article']) == story(x['article']) for c, x in conflicts)} inside one story)")
    if show_conflicts:
        for c, x in pairs.values():
            print(f"\n  {c['text']}\n  {x['text']}")


if __name__ == "__main__":
    main(sys.argv[1], "--conflicts" in sys.argv[2:])
