# The frames CPython's frozen runpy module adds when spawn runs the main module again: their
# file is "<frozen runpy>", whose lines tracebacks do not show.

#@line 65
def _run_code(code, run_globals, init_globals=None,
              mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Helper to run code in a new namespace"""
#@line 88
    _exec_main(code, run_globals)
    return run_globals

def _run_module_code(code, init_globals=None,
                    mod_name=None, mod_spec=None,
                    pkg_name=None, script_name=None):
    """Helper to run code in new namespace with sys modified"""
    mod_globals = _new_main_globals(mod_name, script_name)
    if True:
#@line 98
        _run_code(code, mod_globals, init_globals,
                  mod_name, mod_spec, pkg_name, script_name)
    return mod_globals

#@line 262
def run_path(path_name, init_globals=None, run_name=None):
    """Execute code located at the specified filesystem location."""
    code = path_name
    pkg_name = None
#@line 287
    return _run_module_code(code, init_globals, run_name,
                            pkg_name=pkg_name, script_name=path_name)


class _RunpyModule:
    pass

runpy = _RunpyModule()
runpy.run_path = run_path
