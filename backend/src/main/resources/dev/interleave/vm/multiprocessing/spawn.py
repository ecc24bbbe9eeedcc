# multiprocessing's spawn module: what a spawned child runs. spawn_main prepares the process
# (runs the main module again as __mp_main__), receives the process object and bootstraps it.

import sys

#@line 95
def spawn_main(pipe_handle, parent_pid=None, tracker_fd=None):
    '''
    Run code specified by data received over pipe
    '''
    fd = pipe_handle
    parent_sentinel = parent_pid
#@line 122
    exitcode = _main(fd, parent_sentinel)
    sys.exit(exitcode)

#@line 126
def _main(fd, parent_sentinel):
    if True:
        current_process()._inheriting = True
    try:
        preparation_data = _preparation_data()
        prepare(preparation_data)
        self = _receive()
    finally:
        del current_process()._inheriting
    return self._bootstrap(parent_sentinel)


#@line 138
def _check_not_importing_main():
    if getattr(current_process(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        ''')


#@line 160
def get_preparation_data(name):
    '''
    Return info about parent needed by child to unpickle process object
    '''
    _check_not_importing_main()
    d = dict(
        name=name,
        start_method=get_start_method(),
        init_main_from_path=_main_path(),
        )
    return d

#@line 230
def prepare(data):
    '''
    Try to get current process ready to unpickle process object
    '''
    if 'name' in data:
        current_process().name = data['name']
#@line 242
    if 'start_method' in data:
        set_start_method(data['start_method'], force=True)

    if 'init_main_from_path' in data:
        _fixup_main_from_path(data['init_main_from_path'])

#@line 276
def _fixup_main_from_path(main_path):
    # the child starts with an empty __main__: run the program again as __mp_main__
#@line 297
    main_content = runpy.run_path(main_path,
                                  run_name="__mp_main__")


class _SpawnModule:
    pass

spawn = _SpawnModule()
spawn.get_preparation_data = get_preparation_data
