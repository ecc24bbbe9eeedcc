# multiprocessing's popen_spawn_posix.Popen: the process object crosses by pickle rules, then
# the engine's _start spawns a fresh interpreter that runs spawn.spawn_main.

#@line 26
class _SpawnPopen(_ForkPopen):
    method = 'spawn'

#@line 30
    def __init__(self, process_obj):
        self._fds = []
        super().__init__(process_obj)

    def duplicate_for_child(self, fd):
        self._fds.append(fd)
        return fd

#@line 38
    def _launch(self, process_obj):
        tracker_fd = 4
        self._fds.append(tracker_fd)
#@line 42
        prep_data = spawn.get_preparation_data(process_obj._name)
        self.pid = _start(_pickle(process_obj), 'spawn', prep_data)
        self.sentinel = self.pid
