# multiprocessing's popen_fork.Popen over the engine's natives: _start forks a simulated
# process that runs process_obj._bootstrap(); poll and wait reap it; terminate and kill signal it.

#@line 12
class _ForkPopen(object):
    method = 'fork'

    def __init__(self, process_obj):
        self.returncode = None
        self.finalizer = None
        self.pid = None
#@line 20
        self._launch(process_obj)

    def poll(self, flag=True):
        if self.returncode is None:
            self.returncode = _poll(self.pid, False, None)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            self.returncode = _poll(self.pid, True, timeout)
        return self.returncode

    def terminate(self):
        if self.returncode is None:
            _signal(self.pid, 15)

    def kill(self):
        if self.returncode is None:
            _signal(self.pid, 9)

    def close(self):
        pass

    def _launch(self, process_obj):
        self.pid = _start(process_obj, 'fork', None)
        self.sentinel = self.pid
