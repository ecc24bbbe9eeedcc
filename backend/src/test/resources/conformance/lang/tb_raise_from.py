# Explicit chaining with raise ... from ...
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("port setting is missing") from e

print(read_port({"port": "8080"}))
print(read_port({"host": "localhost"}))
