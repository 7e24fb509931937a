#!/usr/bin/env python3
"""What changed between two catalog.json files, as Markdown: new models,
price changes (input/output per 1M tokens, per offer), removed offers.
Usage: catalog-diff.py OLD NEW"""
import json
import sys


def load(path):
    with open(path) as f:
        c = json.load(f)
    offers = {(o["provider"], o["provider_model_id"], o.get("service_tier", "standard")): o for o in c["offers"]}
    models = {m["id"]: m for m in c["models"]}
    aliases = {a for m in c["models"] for a in m.get("aliases", [])}
    return c, offers, models, aliases


def money(v, cur):
    if v is None:
        return "unknown"
    sign = {"USD": "$", "EUR": "€"}.get(cur, cur + " ")
    return f"{sign}{v:.6g}"


def main(old_path, new_path):
    old, old_offers, old_models, _ = load(old_path)
    new, new_offers, new_models, new_aliases = load(new_path)
    added = [m for mid, m in sorted(new_models.items()) if mid not in old_models and mid not in new_aliases and not any(a in old_models for a in m.get("aliases", []))]
    changes = []
    for key, o in sorted(new_offers.items()):
        p = old_offers.get(key)
        if not p:
            continue
        cur = o.get("currency", "USD")
        for field in ("input", "output"):
            a, b = p["prices"].get(field), o["prices"].get(field)
            if a != b and not (a is not None and b is not None and abs(a - b) <= 1e-9 * max(abs(a), abs(b))):
                changes.append(f"- {key[0]}/{key[1]}: {field} {money(a, cur)} → {money(b, cur)}")
    removed = [f"- {k[0]}/{k[1]}" + ("" if k[2] == "standard" else f" ({k[2]})") for k in sorted(old_offers) if k not in new_offers]
    out = [f"# Catalog refresh: {old['generated_at'][:10]} → {new['generated_at'][:10]}", ""]
    out.append(f"{len(new['models'])} models ({len(added):+d} new), {len(new['offers'])} offers, {len(changes)} price changes, {len(removed)} offers removed.")
    out += ["", f"## New models ({len(added)})"] + [f"- {m['name']} (`{m['id']}`, {m['creator']})" for m in added[:200]]
    out += ["", f"## Price changes ({len(changes)})"] + changes[:500]
    out += ["", f"## Removed offers ({len(removed)})"] + removed[:500]
    print("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
