# Nested dictionaries as configuration
config = {
    "server": {"host": "localhost", "port": 8080, "tls": False},
    "db": {"name": "app", "pool": {"min": 1, "max": 10}},
    "features": ["search", "export"],
}
def get_path(d, path, default=None):
    node = d
    for part in path.split("."):
        if isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return default
    return node
for p in ["server.port", "db.pool.max", "db.pool.idle", "features", "nope.x"]:
    print(p, "=", get_path(config, p, "<unset>"))
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = prefix + k
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out
flat = flatten(config)
for k, v in flat.items():
    print(f"{k:16} {v!r}")
config["server"]["port"] += 1
config["db"]["pool"]["max"] *= 2
print(config["server"], config["db"])
print(len(flat), sorted(flat)[:3])
