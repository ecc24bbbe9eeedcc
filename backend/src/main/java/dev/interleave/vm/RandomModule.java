package dev.interleave.vm;

import dev.interleave.lang.Operator;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The random module and its Random class, drawing exactly the numbers CPython 3.13 draws
 * (same Mersenne Twister, seeding and algorithms). The module functions use one generator
 * per run, seeded at first use as random.seed(run seed) would. Sequence methods (choice,
 * shuffle, sample, ...) are in {@link RandomSequences}.
 */
final class RandomModule implements NativeModule {

    /** An instance of random.Random (or of a program's subclass of it). */
    static final class State extends PyObject {
        final PyType type;
        final MersenneTwister mt = new MersenneTwister();
        PyObject gaussNext = PyNone.NONE;
        private PyDict dict;

        State(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict dict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    static final PyType RANDOM = new PyType("Random", Builtins.OBJECT, true);

    private static final int ADD = Operator.Bin.ADD.ordinal();
    private static final int SUB = Operator.Bin.SUB.ordinal();
    private static final int MULT = Operator.Bin.MULT.ordinal();
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);

    /** Method name to implementation; the module exposes each bound to the run's generator. */
    private static final List<PyBuiltinFunction> MODULE_FUNCTIONS;

    static {
        RANDOM.setModule("random");
        RANDOM.allocator(RandomModule::allocate);
        List<PyBuiltinFunction> fns = new ArrayList<>();
        method(fns, "__init__", (in, a, k) -> {
            int npos = a.length - ClinicArgs.kwCount(k);
            if (npos > 2) {
                throw PyErr.typeError("Random.__init__() takes from 1 to 2 positional arguments but " + npos
                        + " were given");
            }
            PyObject[] p = Args.parse("Random.__init__", a, k, 1, new String[] {"x"}, 0);
            seed(in, self(a), p[0] == null ? PyNone.NONE : p[0]);
            return PyNone.NONE;
        }, false);
        method(fns, "seed", (in, a, k) -> {
            PyObject[] p = Args.parse("seed", a, k, 1, new String[] {"a", "version"}, 0);
            seed(in, self(a), p[0] == null ? PyNone.NONE : p[0]);
            return PyNone.NONE;
        }, true);
        method(fns, "random", (in, a, k) -> {
            ClinicArgs.none("random", a, k, 1);
            return new PyFloat(self(a).mt.random());
        }, true);
        method(fns, "getrandbits", (in, a, k) -> {
            PyObject n = ClinicArgs.one("getrandbits", a, k, 1);
            long bits = ClinicArgs.ssize(in, n);
            if (bits < 0) {
                throw PyErr.valueError("number of bits must be non-negative");
            }
            if (bits > Integer.MAX_VALUE - 64) {
                throw PyErr.overflow("Python int too large to convert to C int");
            }
            return self(a).mt.getrandbits((int) bits);
        }, true);
        method(fns, "uniform", (in, a, k) -> {
            PyObject[] p = Args.parse("uniform", a, k, 1, new String[] {"a", "b"}, 2);
            PyObject r = new PyFloat(self(a).mt.random());
            return Arith.binary(in, ADD, p[0], Arith.binary(in, MULT, Arith.binary(in, SUB, p[1], p[0]), r));
        }, true);
        method(fns, "triangular", RandomModule::triangular, true);
        method(fns, "normalvariate", (in, a, k) -> {
            PyObject[] p = Args.parse("normalvariate", a, k, 1, new String[] {"mu", "sigma"}, 0);
            MersenneTwister mt = self(a).mt;
            double z;
            while (true) {
                double u1 = mt.random();
                double u2 = 1.0 - mt.random();
                z = NV_MAGICCONST * (u1 - 0.5) / u2;
                double zz = z * z / 4.0;
                if (zz <= -Math.log(u2)) {
                    break;
                }
            }
            return muSigma(in, p, z);
        }, true);
        method(fns, "gauss", (in, a, k) -> {
            PyObject[] p = Args.parse("gauss", a, k, 1, new String[] {"mu", "sigma"}, 0);
            State s = self(a);
            PyObject z = s.gaussNext;
            s.gaussNext = PyNone.NONE;
            if (z == PyNone.NONE) {
                double x2pi = s.mt.random() * (2 * Math.PI);
                double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - s.mt.random()));
                z = new PyFloat(Math.cos(x2pi) * g2rad);
                s.gaussNext = new PyFloat(Math.sin(x2pi) * g2rad);
            }
            return muSigma(in, p, ((PyFloat) z).value);
        }, true);
        method(fns, "expovariate", (in, a, k) -> {
            PyObject[] p = Args.parse("expovariate", a, k, 1, new String[] {"lambd"}, 0);
            double lambd = p[0] == null ? 1.0 : ClinicArgs.real(in, p[0]);
            double u = 1.0 - self(a).mt.random();
            if (lambd == 0.0) {
                throw PyErr.zeroDivision("float division by zero");
            }
            return new PyFloat(-Math.log(u) / lambd);
        }, true);
        method(fns, "getstate", (in, a, k) -> {
            ClinicArgs.none("getstate", a, k, 1);
            State s = self(a);
            long[] words = s.mt.state();
            PyObject[] items = new PyObject[words.length];
            for (int i = 0; i < words.length; i++) {
                items[i] = PyInt.of(words[i]);
            }
            return PyTuple.of(PyInt.of(3), new PyTuple(items), s.gaussNext);
        }, true);
        method(fns, "setstate", RandomModule::setstate, true);
        RandomSequences.install(fns);
        MODULE_FUNCTIONS = List.copyOf(fns);
    }

    @FunctionalInterface
    interface Method {
        PyObject call(Interpreter in, PyObject[] args, String[] kwnames);
    }

    /** Defines a method of Random and, when {@code module}, the module function bound to the run's generator. */
    static void method(List<PyBuiltinFunction> moduleFns, String name, Method m, boolean module) {
        Methods.def(RANDOM, name, m::call);
        if (module) {
            moduleFns.add(Methods.fn(name, (in, a, k) -> {
                PyObject[] full = new PyObject[a.length + 1];
                full[0] = defaultState(in);
                System.arraycopy(a, 0, full, 1, a.length);
                return m.call(in, full, k);
            }));
        }
    }

    static State self(PyObject[] a) {
        if (a.length > 0 && a[0] instanceof State s) {
            return s;
        }
        throw PyErr.typeError("descriptor for 'Random' objects doesn't apply to a '"
                + (a.length > 0 ? a[0].type().name() : "nothing") + "' object");
    }

    @Override
    public String name() {
        return "random";
    }

    @Override
    public PyModule create(Interpreter in) {
        PyModule m = new PyModule("random");
        for (PyBuiltinFunction f : MODULE_FUNCTIONS) {
            m.put(f.name, f);
        }
        m.put("Random", RANDOM);
        return m;
    }

    /** The run's shared generator, seeded from the run's seed at first use. */
    static State defaultState(Interpreter in) {
        return in.moduleState("random", () -> {
            State s = new State(RANDOM);
            s.mt.seed(BigInteger.valueOf(in.seed()).abs());
            return s;
        });
    }

    /** Random(x=None): allocation plus what Random.__init__ does (for subclasses __init__ runs again). */
    private static PyObject allocate(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        State s = new State(type);
        if (type != RANDOM) {
            seed(in, s, PyNone.NONE);
            return s;
        }
        int npos = args.length - ClinicArgs.kwCount(kwnames);
        if (npos > 1) {
            throw PyErr.typeError("Random.__init__() takes from 1 to 2 positional arguments but " + (npos + 1)
                    + " were given");
        }
        ClinicArgs.onlyKeywords("Random.__init__", kwnames, "x");
        PyObject x = npos == 1 ? args[0] : ClinicArgs.keyword(args, kwnames, "x");
        seed(in, s, x == null ? PyNone.NONE : x);
        return s;
    }

    /** Random.seed(a): None, int, float, str; bytes are not supported by this engine. */
    static void seed(Interpreter in, State s, PyObject a) {
        BigInteger n;
        if (a == PyNone.NONE) {
            long[] counter = in.moduleState("random.instances", () -> new long[1]);
            long c = counter[0]++;
            n = BigInteger.valueOf(in.seed()).abs().shiftLeft(64).or(BigInteger.valueOf(c + 1));
        } else if (a instanceof PyInt i) {
            n = i.toBig().abs();
        } else if (a instanceof PyStr str) {
            byte[] utf8 = str.value.getBytes(StandardCharsets.UTF_8);
            byte[] digest = sha512(utf8);
            byte[] all = new byte[utf8.length + digest.length + 1];
            System.arraycopy(utf8, 0, all, 1, utf8.length);
            System.arraycopy(digest, 0, all, 1 + utf8.length, digest.length);
            n = new BigInteger(all);
        } else if (a instanceof PyFloat) {
            long h = Ops.pyHash(in, a);
            n = new BigInteger(Long.toUnsignedString(h));
        } else {
            throw PyErr.typeError("The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.");
        }
        s.mt.seed(n);
        s.gaussNext = PyNone.NONE;
    }

    private static byte[] sha512(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java runtime", e);
        }
    }

    private static PyObject muSigma(Interpreter in, PyObject[] p, double z) {
        PyObject mu = p[0] == null ? new PyFloat(0.0) : p[0];
        PyObject sigma = p[1] == null ? new PyFloat(1.0) : p[1];
        return Arith.binary(in, ADD, mu, Arith.binary(in, MULT, new PyFloat(z), sigma));
    }

    private static PyObject triangular(Interpreter in, PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("triangular", a, k, 1, new String[] {"low", "high", "mode"}, 0);
        double u = self(a).mt.random();
        double low = p[0] == null ? 0.0 : ClinicArgs.real(in, p[0]);
        double high = p[1] == null ? 1.0 : ClinicArgs.real(in, p[1]);
        double c;
        if (p[2] == null || p[2] == PyNone.NONE) {
            c = 0.5;
        } else {
            if (high - low == 0.0) {
                return p[0] == null ? new PyFloat(low) : p[0];
            }
            c = (ClinicArgs.real(in, p[2]) - low) / (high - low);
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double t = low;
            low = high;
            high = t;
        }
        return new PyFloat(low + (high - low) * Math.sqrt(u * c));
    }

    private static PyObject setstate(Interpreter in, PyObject[] a, String[] k) {
        State s = self(a);
        PyObject state = ClinicArgs.one("setstate", a, k, 1);
        if (!(state instanceof PyTuple t) || t.size() != 3) {
            throw PyErr.typeError("state vector must be a tuple");
        }
        PyObject version = t.get(0);
        if (!(version instanceof PyInt v) || v.isBig() || v.value != 3 && v.value != 2) {
            throw PyErr.valueError("state with version " + Ops.str(in, version)
                    + " passed to Random.setstate() of version 3");
        }
        if (!(t.get(1) instanceof PyTuple words)) {
            throw PyErr.typeError("state vector must be a tuple");
        }
        if (words.size() != MersenneTwister.N + 1) {
            throw PyErr.valueError("state vector is the wrong size");
        }
        long[] w = new long[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++) {
            BigInteger x = ClinicArgs.indexObject(in, words.get(i)).toBig();
            w[i] = x.mod(BigInteger.ONE.shiftLeft(32)).longValue();
        }
        long index = ClinicArgs.ssize(in, words.get(MersenneTwister.N));
        if (index < 0 || index > MersenneTwister.N) {
            throw PyErr.valueError("invalid state");
        }
        s.mt.setState(w, (int) index);
        s.gaussNext = t.get(2);
        return PyNone.NONE;
    }
}
