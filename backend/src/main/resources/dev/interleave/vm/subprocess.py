# The Python half of Interleave's subprocess module (CPython's Lib/subprocess.py, POSIX side,
# with the same messages): commands run as simulated processes through the engine's natives
# _launch, _read, _write, _wait and _signal.

import signal as _signal_module
import time as _time_module

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3
_PARENT_STDOUT = -4
_PARENT_STDERR = -5


class SubprocessError(Exception): pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status.
    """
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (
                        self.cmd, _signal_module.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (
                        self.cmd, -self.returncode)
        else:
            return "Command '%s' returned non-zero exit status %d." % (
                    self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process.
    """
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" %
                (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    for timeout seconds, then return the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')

    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty

    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


class CompletedProcess(object):
    """A process that has finished running."""
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


def run(*popenargs,
        input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE

    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE

    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _translate_newlines(data, encoding, errors):
    data = data.decode(encoding)
    return data.replace("\r\n", "\n").replace("\r", "\n")


class _PipeFile:
    """The program's end of a pipe to a command: a binary or a text stream over it."""

    def __init__(self, end, mode, text, encoding):
        self._end = end
        self.mode = mode
        self._text = text
        self.encoding = encoding

    @property
    def closed(self):
        return _closed(self._end)

    def _out(self, data):
        if self._text:
            return _translate_newlines(data, self.encoding, None)
        return data

    def _check(self, reading):
        if _closed(self._end):
            raise ValueError("I/O operation on closed file.")
        if reading and self.mode != 'rb':
            raise _io_unsupported("not readable")
        if not reading and self.mode != 'wb':
            raise _io_unsupported("not writable")

    def read(self, size=-1):
        self._check(True)
        return self._out(_read(self._end, -1 if size is None else size))

    def readline(self):
        self._check(True)
        return self._out(_readline(self._end))

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check(False)
        if self._text:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            return _write(self._end, data.encode(self.encoding)) and len(data)
        if not isinstance(data, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        return _write(self._end, data)

    def flush(self):
        if _closed(self._end):
            raise ValueError("I/O operation on closed file.")

    def close(self):
        _close(self._end)

    def fileno(self):
        return id(self._end) % 1000 + 3

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _UnsupportedOperation(OSError):
    pass

_UnsupportedOperation.__module__ = 'io'
_UnsupportedOperation.__name__ = _UnsupportedOperation.__qualname__ = 'UnsupportedOperation'


def _io_unsupported(msg):
    return _UnsupportedOperation(msg)


class Popen:
    """ Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        """Create new Popen instance."""
        self._child_created = False
        self._communication_started = False
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        if (text is not None and universal_newlines is not None
            and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')

        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = "utf-8"

        if isinstance(args, (str, bytes)):
            args = [args]
        else:
            args = list(args)
        if shell:
            unix_shell = ('/system/bin/sh' if
                      hasattr(sys, 'getandroidapilevel') else '/bin/sh')
            args = [unix_shell, "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]

        if stdin is not None and stdin not in (PIPE, DEVNULL):
            if isinstance(stdin, _PipeFile):
                stdin = stdin._end
            else:
                raise TypeError("Interleave runs commands with stdin None, PIPE, DEVNULL "
                                "or another command's stdout")
        # the program's own sys.stdout / sys.stderr: the command writes where the program does
        if stdout is sys.stdout or stdout is sys.__stdout__:
            stdout = None
        elif stdout is sys.stderr or stdout is sys.__stderr__:
            stdout = _PARENT_STDERR
        if stderr is sys.stderr or stderr is sys.__stderr__:
            stderr = None
        elif stderr is sys.stdout or stderr is sys.__stdout__:
            stderr = _PARENT_STDOUT
        for stream in (stdout, stderr):
            if stream is not None and stream not in (PIPE, STDOUT, DEVNULL, _PARENT_STDOUT, _PARENT_STDERR):
                raise TypeError("Interleave runs commands with stdout and stderr None, "
                                "PIPE, STDOUT or DEVNULL")

        self.pid, p2cwrite, c2pread, errread = _launch(
            [executable] + args[1:], stdin, stdout, stderr)
        self._child_created = True
        if p2cwrite is not None:
            self.stdin = _PipeFile(p2cwrite, 'wb', self.text_mode, self.encoding)
        if c2pread is not None:
            self.stdout = _PipeFile(c2pread, 'rb', self.text_mode, self.encoding)
        if errread is not None:
            self.stderr = _PipeFile(errread, 'rb', self.text_mode, self.encoding)

    def __repr__(self):
        obj_repr = (
            f"<{self.__class__.__name__}: "
            f"returncode: {self.returncode} args: {self.args!r}>"
        )
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    @property
    def universal_newlines(self):
        return self.text_mode

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:  # Flushing a BufferedWriter may raise an error
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                if self._sigint_wait_secs > 0:
                    try:
                        self._wait(timeout=self._sigint_wait_secs)
                    except TimeoutExpired:
                        pass
                self._sigint_wait_secs = 0  # Note that this has been done.
            else:
                # Wait for the process to terminate, to avoid zombies.
                self.wait()

    _sigint_wait_secs = 0.25

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass  # communicate() must ignore broken pipe errors.
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass  # communicate() must ignore broken pipe errors.

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin and close it.
        Read data from stdout and stderr, until end-of-file is
        reached.  Wait for process to terminate."""

        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        if (timeout is None and not self._communication_started and
            [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
        else:
            if timeout is not None:
                endtime = _time() + timeout
            else:
                endtime = None

            try:
                stdout, stderr = self._communicate(input, endtime, timeout)
            finally:
                self._communication_started = True

            sts = self.wait(timeout=self._remaining_time(endtime))

        return (stdout, stderr)

    def poll(self):
        """Check if child process has terminated. Set and return returncode
        attribute."""
        return self._internal_poll()

    def _remaining_time(self, endtime):
        """Convenience for _communicate when computing timeouts."""
        if endtime is None:
            return None
        else:
            return endtime - _time()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq,
                       skip_check_and_raise=False):
        """Convenience for checking if a timeout has expired."""
        if endtime is None:
            return
        if skip_check_and_raise or _time() > endtime:
            raise TimeoutExpired(
                    self.args, orig_timeout,
                    output=b''.join(stdout_seq) if stdout_seq else None,
                    stderr=b''.join(stderr_seq) if stderr_seq else None)

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if timeout is not None:
            endtime = _time() + timeout
        return self._wait(timeout=timeout)

    def _internal_poll(self):
        if self.returncode is None:
            code = _wait(self.pid, 0)
            if code is not None:
                self.returncode = code
        return self.returncode

    def _wait(self, timeout):
        """Internal implementation of wait() on POSIX."""
        if self.returncode is not None:
            return self.returncode
        if timeout is not None and timeout <= 0:
            timeout = 0
        code = _wait(self.pid, timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return self.returncode

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass  # communicate() must ignore BrokenPipeError.

        stdout = None
        stderr = None

        if not self._communication_started:
            self._fileobj2output = {}
            if self.stdout:
                self._fileobj2output[self.stdout] = []
            if self.stderr:
                self._fileobj2output[self.stderr] = []

        if self.stdout:
            stdout = self._fileobj2output[self.stdout]
        if self.stderr:
            stderr = self._fileobj2output[self.stderr]

        if self.text_mode and input is not None:
            input = input.encode(self.encoding)
        if self.stdin and input and not self.stdin.closed:
            try:
                _write(self.stdin._end, input)
            except BrokenPipeError:
                pass
            self.stdin.close()

        for f, seq in ((self.stdout, stdout), (self.stderr, stderr)):
            if f is None or f.closed:
                continue
            data, eof = _read_until(f._end, self._remaining_time(endtime))
            if data:
                seq.append(data)
            if not eof:
                self._check_timeout(endtime, orig_timeout, stdout, stderr,
                                    skip_check_and_raise=True)
            f.close()

        self.wait(timeout=self._remaining_time(endtime))

        if stdout is not None:
            stdout = b''.join(stdout)
        if stderr is not None:
            stderr = b''.join(stderr)

        if self.text_mode:
            if stdout is not None:
                stdout = _translate_newlines(stdout, self.stdout.encoding,
                                             self.stdout.errors if hasattr(self.stdout, 'errors') else None)
            if stderr is not None:
                stderr = _translate_newlines(stderr, self.stderr.encoding,
                                             None)

        return (stdout, stderr)

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return
        _signal(self.pid, sig)

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(_signal_module.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(_signal_module.SIGKILL)


def _time():
    return _time_module.monotonic()


def _os_popen(cmd, mode="r", buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    if mode == "r":
        proc = Popen(cmd, shell=True, text=True, stdout=PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    else:
        proc = Popen(cmd, shell=True, text=True, stdin=PIPE, bufsize=buffering)
        return _wrap_close(proc.stdin, proc)


class _wrap_close:
    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc
    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8  # Shift left to match old behavior
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.close()
    def __getattr__(self, name):
        return getattr(self._stream, name)
    def __iter__(self):
        return iter(self._stream)


import sys
